//! `diagnose --fix`: writes the repairs a diagnosis found ([`super::Repair`]) into the profile's
//! `prefs.js`, for one account only: the working port and security, SMTP login switched on with
//! the incoming username, leave-on-server on, the working username form, the discovered server.
//!
//! Rules: never while the profile is open in a running Thunderbird (its `lock`); only repairs that
//! passed a live check; a backup first (`prefs.js.mailsetup-backup`); the file written whole or not
//! at all. The repaired prefs are appended after a `// Fixed by Mail Setup.` comment: the last line
//! setting a pref wins, so every other line stays as it was, and Thunderbird tidies the file the
//! next time it saves it. A new incoming server name or username goes in `hostname` / `userName`
//! themselves: Thunderbird 153 reads no `realhostname` any more (its folder paths are kept in
//! `directory`, so they stay where they are). Nothing here
//! deletes mail: the repairs only change where and how Thunderbird connects, and make POP3 keep
//! mail on the server.

use std::path::{Path, PathBuf};

use super::account::{AUTH_PASSWORD, TbAccount};
use super::prefs::{self, PrefsError};
use super::{DiagnosisId, Repair};
use crate::export::thunderbird::{
    Pref, ProfileError, line, profile_locked, server_pref, smtp_pref, socket_type, write_atomic,
};
use crate::model::Server;

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub(crate) enum FixError {
    #[error("{}", crate::t!("error-fix-locked", path = .0.display().to_string()))]
    Locked(PathBuf),
    #[error("{}", crate::t!("error-fix-not-verified"))]
    NotVerified,
    #[error("{}", crate::t!("error-fix-nothing"))]
    Nothing,
    #[error("{}", crate::t!("error-fix-prefs", reason = .0.to_string()))]
    Prefs(#[from] PrefsError),
    #[error(transparent)]
    Write(#[from] ProfileError),
}

/// The prefs that make `account` use the repaired settings (only those that change).
pub(crate) fn repair_prefs(account: &TbAccount, repair: &Repair) -> Vec<(String, Pref)> {
    let mut out: Vec<(String, Pref)> = Vec::new();
    let inc = &account.incoming;
    let s = |k: &str| server_pref(&inc.key, k);
    if let Some(new) = &repair.incoming {
        if !new.host.eq_ignore_ascii_case(&inc.host) {
            out.push((s("hostname"), Pref::Str(new.host.clone())));
        }
        if new.port != inc.port {
            out.push((s("port"), Pref::Int(i64::from(new.port))));
        }
        if new.security != inc.security {
            out.push((s("socketType"), Pref::Int(socket_type(new))));
        }
        if new.username != inc.username {
            out.push((s("userName"), Pref::Str(new.username.clone())));
        }
        // The folder settings (Sent, Drafts, Templates, Archives, Junk) name the server by its
        // name and username: they move with it, or Thunderbird files into folders of no account.
        if !new.host.eq_ignore_ascii_case(&inc.host) || new.username != inc.username {
            for (name, value) in &account.folders {
                if let Some(moved) = follow_server(value, &inc.host, &inc.username, new) {
                    out.push((name.clone(), Pref::Str(moved)));
                }
            }
        }
    }
    if repair.leave_on_server {
        out.push((s("leave_on_server"), Pref::Bool(true)));
        out.push((s("delete_by_age_from_server"), Pref::Bool(false)));
    }
    if let Some(smtp) = &account.outgoing {
        let k = |n: &str| smtp_pref(&smtp.key, n);
        let new: Option<&Server> = repair.outgoing.as_ref();
        if let Some(new) = new {
            if !new.host.eq_ignore_ascii_case(&smtp.host) {
                out.push((k("hostname"), Pref::Str(new.host.clone())));
            }
            if new.port != smtp.port {
                out.push((k("port"), Pref::Int(i64::from(new.port))));
            }
            if new.security != smtp.security {
                out.push((k("try_ssl"), Pref::Int(socket_type(new))));
            }
            if new.username != smtp.username {
                out.push((k("username"), Pref::Str(new.username.clone())));
            }
        }
        if repair.smtp_login {
            out.push((k("authMethod"), Pref::Int(AUTH_PASSWORD)));
            if new.is_none() && smtp.username.is_empty() {
                out.push((k("username"), Pref::Str(inc.username.clone())));
            }
        }
    }
    out
}

/// A folder URI of the old server (`imap://alice%40example.com@old.example.com/Sent`, also
/// `mailbox://` for POP3) rewritten to name the new server and username; None for a URI of
/// another server.
fn follow_server(uri: &str, old_host: &str, old_user: &str, new: &Server) -> Option<String> {
    let mut u = url::Url::parse(uri).ok()?;
    if !matches!(u.scheme(), "imap" | "mailbox" | "pop3") {
        return None;
    }
    if !u.host_str()?.eq_ignore_ascii_case(old_host) {
        return None;
    }
    let named_user = !u.username().is_empty();
    if named_user {
        let mut old = u.clone();
        old.set_username(old_user).ok()?;
        if !old.username().eq_ignore_ascii_case(u.username()) {
            return None;
        }
        u.set_username(&new.username).ok()?;
    }
    u.set_host(Some(&new.host)).ok()?;
    Some(u.to_string())
}

/// `prefs.js` with the repairs appended.
pub(crate) fn repaired_text(existing: &str, lines: &[(String, Pref)]) -> String {
    let mut out = existing.to_owned();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("// Fixed by Mail Setup.\n");
    for (name, value) in lines {
        out.push_str(&line(name, value));
    }
    out
}

/// Writes the repairs of one account into the profile at `dir`; the ids it fixed.
pub(crate) fn apply(
    dir: &Path,
    account: &TbAccount,
    repair: &Repair,
) -> Result<Vec<DiagnosisId>, FixError> {
    if profile_locked(dir) {
        return Err(FixError::Locked(dir.to_owned()));
    }
    if !repair.verified {
        return Err(FixError::NotVerified);
    }
    let lines = repair_prefs(account, repair);
    if lines.is_empty() {
        return Err(FixError::Nothing);
    }
    write_lines(dir, &lines)?;
    let mut fixed = repair.fixes.clone();
    fixed.sort();
    fixed.dedup();
    Ok(fixed)
}

/// Appends `lines` to the profile's `prefs.js`, a backup first; a file that cannot be read the
/// way Thunderbird reads it is left alone.
pub(crate) fn write_lines(dir: &Path, lines: &[(String, Pref)]) -> Result<(), FixError> {
    let path = dir.join("prefs.js");
    let existing = prefs::read_text(&path).map_err(|e| match e {
        prefs::ReadError::Io(error) => FixError::Write(ProfileError::Io {
            path: path.clone(),
            error,
        }),
        prefs::ReadError::Prefs(e) => FixError::Prefs(e),
    })?;
    // A file we cannot read the way Thunderbird does is left alone.
    prefs::parse(&existing)?;
    write_atomic(&dir.join("prefs.js.mailsetup-backup"), existing.as_bytes())?;
    write_atomic(&path, repaired_text(&existing, lines).as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::account::accounts;
    use crate::model::{Protocol, Security};

    #[test]
    fn folder_settings_follow_a_new_server_and_username() {
        let new = Server {
            protocol: Protocol::Imap,
            host: "mail.new.test".into(),
            port: 993,
            security: Security::Tls,
            username: "alice@new.test".into(),
            auth: crate::model::Auth::PasswordCleartext,
            source: crate::model::SourceId::Manual,
            url: String::new(),
            trusted: true,
            oauth: None,
        };
        assert_eq!(
            follow_server(
                "imap://alice%40old.test@Mail.Old.Test/Sent",
                "mail.old.test",
                "alice@old.test",
                &new
            )
            .as_deref(),
            Some("imap://alice%40new.test@mail.new.test/Sent")
        );
        assert_eq!(
            follow_server(
                "mailbox://alice@pop.old.test/Drafts",
                "pop.old.test",
                "alice",
                &new
            )
            .as_deref(),
            Some("mailbox://alice%40new.test@mail.new.test/Drafts")
        );
        // Another server's folder, another user's, Local Folders: left alone.
        for other in [
            "imap://alice%40old.test@elsewhere.test/Sent",
            "imap://bob%40old.test@mail.old.test/Sent",
            "mailbox://nobody@Local%20Folders/Sent",
        ] {
            assert_eq!(
                follow_server(other, "mail.old.test", "alice@old.test", &new),
                None
            );
        }
    }

    const PROFILE: &str = r#"user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.identity.id1.useremail", "bob@example.test");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.server.server1.type", "pop3");
user_pref("mail.server.server1.hostname", "pop.example.test");
user_pref("mail.server.server1.userName", "bob");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.test");
user_pref("mail.smtpserver.smtp1.authMethod", 1);
"#;

    #[test]
    fn repairs_become_prefs_that_read_back() {
        let a = &accounts(&prefs::parse(PROFILE).expect("parses"))[0];
        let mut incoming = a.incoming.to_server();
        incoming.host = "mail.example.test".into();
        incoming.port = 995;
        incoming.security = Security::Tls;
        incoming.username = "bob@example.test".into();
        let repair = Repair {
            incoming: Some(incoming),
            outgoing: None,
            smtp_login: true,
            leave_on_server: true,
            fixes: vec![DiagnosisId::WrongServer],
            verified: true,
        };
        let text = repaired_text(PROFILE, &repair_prefs(a, &repair));
        assert!(text.starts_with(PROFILE), "nothing before is changed");
        let b = &accounts(&prefs::parse(&text).expect("still parses"))[0];
        assert_eq!(b.incoming.protocol, Protocol::Pop3);
        assert_eq!(b.incoming.host, "mail.example.test");
        assert_eq!((b.incoming.port, b.incoming.security), (995, Security::Tls));
        assert_eq!(b.incoming.username, "bob@example.test");
        assert!(
            b.pop3
                .is_some_and(|k| k.leave_on_server && !k.delete_by_age)
        );
        let smtp = b.outgoing.as_ref().expect("smtp");
        assert_eq!(
            (smtp.auth_method, smtp.username.as_str()),
            (AUTH_PASSWORD, "bob")
        );
    }

    #[test]
    fn a_locked_or_unchecked_profile_is_not_written() {
        let dir = std::env::temp_dir().join(format!("mailsetup-fix-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join("prefs.js"), PROFILE).expect("write");
        let a = &accounts(&prefs::parse(PROFILE).expect("parses"))[0];
        let mut repair = Repair {
            leave_on_server: true,
            ..Repair::default()
        };
        assert!(matches!(
            apply(&dir, a, &repair),
            Err(FixError::NotVerified)
        ));
        repair.verified = true;
        #[cfg(unix)]
        {
            let lock = dir.join("lock");
            std::os::unix::fs::symlink(format!("127.0.0.1:+{}", std::process::id()), &lock)
                .expect("lock");
            assert!(matches!(apply(&dir, a, &repair), Err(FixError::Locked(_))));
            std::fs::remove_file(&lock).expect("unlock");
        }
        assert_eq!(
            std::fs::read_to_string(dir.join("prefs.js")).expect("read"),
            PROFILE
        );
        apply(&dir, a, &repair).expect("written");
        assert_eq!(
            std::fs::read_to_string(dir.join("prefs.js.mailsetup-backup")).expect("backup"),
            PROFILE
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
