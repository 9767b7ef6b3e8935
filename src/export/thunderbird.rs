//! Thunderbird profiles: a new profile directory whose `prefs.js` defines the account, registering it
//! in `profiles.ini`, or adding the account to an existing profile under unused keys.
//!
//! Prefs as docs/formats.md lists them (tested against Thunderbird 153 ESR): the server's `type` and
//! `hostname` (an account without them is silently dropped), `socketType` always written (0 plain,
//! 2 STARTTLS, 3 TLS), `authMethod` (3 password, 4 encrypted password, 10 OAuth2), `userName`; the
//! SMTP server's security in `try_ssl`. Passwords are not prefs. Nothing existing is lost or
//! half-written: files are written to a temporary name and renamed, and a backup is kept.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::Account;
use crate::model::{Auth, Protocol, Security, Server};

/// Why a profile could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("{}", crate::t!("error-thunderbird-io", path = .path.display().to_string(), error = .error.to_string()))]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{}", crate::t!("error-thunderbird-running"))]
    Running,
    #[error("{}", crate::t!("error-thunderbird-locked", path = .0.display().to_string()))]
    Locked(PathBuf),
    #[error("{}", crate::t!("error-thunderbird-exists", path = .0.display().to_string()))]
    Exists(PathBuf),
    #[error("{}", crate::t!("error-thunderbird-not-a-profile", path = .0.display().to_string()))]
    NotAProfile(PathBuf),
    #[error("{}", crate::t!("error-thunderbird-bad-profiles-ini", path = .path.display().to_string(), reason = .reason.as_str()))]
    BadProfilesIni { path: PathBuf, reason: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ProfileError + '_ {
    move |error| ProfileError::Io {
        path: path.to_owned(),
        error,
    }
}

// Thunderbird's vocabulary, one home for the writer here and the reader and repairs in
// `diagnose`: the `authMethod` numbers (its nsMsgAuthMethod), the `socketType` numbers, and the
// names of a server's prefs.

/// `authMethod`: no authentication.
pub(crate) const AUTH_NONE: i64 = 1;
/// `authMethod`: a normal password (Thunderbird's default).
pub(crate) const AUTH_PASSWORD: i64 = 3;
const AUTH_PASSWORD_ENCRYPTED: i64 = 4;
const AUTH_GSSAPI: i64 = 5;
const AUTH_NTLM: i64 = 6;
const AUTH_TLS_CERTIFICATE: i64 = 7;
/// `authMethod`: a sign-in on the provider's page (OAuth2).
pub(crate) const AUTH_OAUTH2: i64 = 10;

/// `socketType` (and an SMTP server's `try_ssl`): none, STARTTLS, SSL/TLS.
const SOCKET_PLAIN: i64 = 0;
/// Old profiles' "STARTTLS if offered", read as STARTTLS.
const SOCKET_STARTTLS_IF_OFFERED: i64 = 1;
const SOCKET_STARTTLS: i64 = 2;
const SOCKET_TLS: i64 = 3;

/// The pref `name` of the incoming server `key` (`mail.server.server1.hostname`).
pub(crate) fn server_pref(key: &str, name: &str) -> String {
    format!("mail.server.{key}.{name}")
}

/// The pref `name` of the outgoing server `key` (`mail.smtpserver.smtp1.hostname`).
pub(crate) fn smtp_pref(key: &str, name: &str) -> String {
    format!("mail.smtpserver.{key}.{name}")
}

pub(crate) fn socket_type(s: &Server) -> i64 {
    match s.security {
        Security::Plain => SOCKET_PLAIN,
        Security::Starttls => SOCKET_STARTTLS,
        Security::Tls => SOCKET_TLS,
    }
}

/// The security of a `socketType` / `try_ssl` number (anything unknown counts as none).
pub(crate) fn security_of(n: i64) -> Security {
    match n {
        SOCKET_TLS => Security::Tls,
        SOCKET_STARTTLS_IF_OFFERED | SOCKET_STARTTLS => Security::Starttls,
        _ => Security::Plain,
    }
}

pub(crate) fn auth_method(a: Auth) -> i64 {
    match a {
        Auth::PasswordEncrypted => AUTH_PASSWORD_ENCRYPTED,
        Auth::OAuth2 => AUTH_OAUTH2,
        Auth::Gssapi => AUTH_GSSAPI,
        Auth::Ntlm => AUTH_NTLM,
        Auth::TlsClientCert => AUTH_TLS_CERTIFICATE,
        Auth::None | Auth::ClientIpAddress | Auth::SmtpAfterPop => AUTH_NONE,
        Auth::PasswordCleartext => AUTH_PASSWORD,
    }
}

/// One preference value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Pref {
    Str(String),
    Int(i64),
    Bool(bool),
}

impl Pref {
    fn js(&self) -> String {
        match self {
            Pref::Str(s) => serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()),
            Pref::Int(i) => i.to_string(),
            Pref::Bool(b) => b.to_string(),
        }
    }
}

/// The keys an account is written under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Keys {
    pub account: String,
    pub identity: String,
    pub server: String,
    pub smtp: String,
}

/// The account's prefs under `keys` (not the account lists, which depend on the profile).
pub(crate) fn account_prefs(a: &Account, k: &Keys) -> Vec<(String, Pref)> {
    let s = &a.incoming;
    let address = a.address.to_string();
    let mut p: Vec<(String, Pref)> = Vec::new();
    let mut put = |name: String, v: Pref| p.push((name, v));
    put(
        format!("mail.account.{}.identities", k.account),
        Pref::Str(k.identity.clone()),
    );
    put(
        format!("mail.account.{}.server", k.account),
        Pref::Str(k.server.clone()),
    );
    let sv = format!("mail.server.{}", k.server);
    put(format!("{sv}.type"), Pref::Str(s.protocol.as_str().into()));
    put(format!("{sv}.hostname"), Pref::Str(s.host.clone()));
    put(format!("{sv}.port"), Pref::Int(i64::from(s.port)));
    put(format!("{sv}.socketType"), Pref::Int(socket_type(s)));
    put(format!("{sv}.authMethod"), Pref::Int(auth_method(s.auth)));
    put(format!("{sv}.userName"), Pref::Str(s.username.clone()));
    put(format!("{sv}.name"), Pref::Str(address.clone()));
    put(format!("{sv}.login_at_startup"), Pref::Bool(true));
    if s.protocol == Protocol::Pop3 {
        put(
            format!("{sv}.leave_on_server"),
            Pref::Bool(a.leave_on_server),
        );
        put(
            format!("{sv}.delete_mail_left_on_server"),
            Pref::Bool(false),
        );
    }
    let id = format!("mail.identity.{}", k.identity);
    put(format!("{id}.fullName"), Pref::Str(a.name.clone()));
    put(format!("{id}.useremail"), Pref::Str(address.clone()));
    put(format!("{id}.valid"), Pref::Bool(true));
    if s.protocol == Protocol::Imap {
        // As Thunderbird's own account wizard does: Sent and Drafts on the IMAP server.
        let user: String = url::form_urlencoded::byte_serialize(s.username.as_bytes()).collect();
        let base = format!("imap://{}@{}", user.replace('+', "%20"), s.host);
        put(
            format!("{id}.fcc_folder"),
            Pref::Str(format!("{base}/Sent")),
        );
        put(
            format!("{id}.fcc_folder_picker_mode"),
            Pref::Str("0".into()),
        );
        put(
            format!("{id}.draft_folder"),
            Pref::Str(format!("{base}/Drafts")),
        );
        put(
            format!("{id}.drafts_folder_picker_mode"),
            Pref::Str("0".into()),
        );
    }
    if let Some(o) = &a.outgoing {
        put(format!("{id}.smtpServer"), Pref::Str(k.smtp.clone()));
        let sm = format!("mail.smtpserver.{}", k.smtp);
        put(format!("{sm}.hostname"), Pref::Str(o.host.clone()));
        put(format!("{sm}.port"), Pref::Int(i64::from(o.port)));
        put(format!("{sm}.try_ssl"), Pref::Int(socket_type(o)));
        put(format!("{sm}.authMethod"), Pref::Int(auth_method(o.auth)));
        put(format!("{sm}.username"), Pref::Str(o.username.clone()));
        put(format!("{sm}.description"), Pref::Str(address));
    }
    p
}

pub(crate) fn line(name: &str, v: &Pref) -> String {
    format!(
        "user_pref({}, {});\n",
        serde_json::to_string(name).expect("a string always serialises as JSON"),
        v.js()
    )
}

/// `prefs.js` for a new profile holding only this account.
pub fn new_prefs(a: &Account) -> String {
    let k = Keys {
        account: "account1".into(),
        identity: "id1".into(),
        server: "server1".into(),
        smtp: "smtp1".into(),
    };
    let mut out = String::from("// Mozilla User Preferences\n// Written by Mail Setup.\n\n");
    out.push_str(&line(
        "mail.accountmanager.accounts",
        &Pref::Str(k.account.clone()),
    ));
    out.push_str(&line(
        "mail.accountmanager.defaultaccount",
        &Pref::Str(k.account.clone()),
    ));
    if a.outgoing.is_some() {
        out.push_str(&line("mail.smtpservers", &Pref::Str(k.smtp.clone())));
        out.push_str(&line("mail.smtp.defaultserver", &Pref::Str(k.smtp.clone())));
    }
    for (n, v) in account_prefs(a, &k) {
        out.push_str(&line(&n, &v));
    }
    out
}

/// The string prefs of an existing `prefs.js` (name → raw string value).
fn read_string_prefs(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for l in text.lines() {
        let Some(rest) = l.trim().strip_prefix("user_pref(") else {
            continue;
        };
        let Some(rest) = rest.strip_suffix(");") else {
            continue;
        };
        let Some((name, value)) = rest.split_once(',') else {
            continue;
        };
        let (Ok(name), Ok(value)) = (
            serde_json::from_str::<String>(name.trim()),
            serde_json::from_str::<String>(value.trim()),
        ) else {
            continue;
        };
        out.push((name, value));
    }
    out
}

/// Server types of mail accounts (not Local Folders, feeds or newsgroups).
const MAIL_SERVER_TYPES: [&str; 4] = ["imap", "pop3", "ews", "owl"];

/// The server key of each listed account, with the string prefs they come from (pure helpers for
/// [`has_mail_account`] and [`already_set_up`]).
fn account_servers(prefs: &[(String, String)]) -> Vec<String> {
    let get = |name: &str| last_pref(prefs, name);
    get("mail.accountmanager.accounts")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .filter_map(|a| get(&format!("mail.account.{a}.server")))
        .collect()
}

/// A string pref's value as Thunderbird reads it: the last line that sets it wins.
fn last_pref(prefs: &[(String, String)], name: &str) -> Option<String> {
    prefs
        .iter()
        .rev()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
}

fn server_value(prefs: &[(String, String)], server: &str, key: &str) -> Option<String> {
    last_pref(prefs, &server_pref(server, key))
}

/// Whether the profile holds a mail account (an account whose server type is unknown counts, so an
/// unusual profile keeps its own default).
pub(crate) fn has_mail_account(existing: &str) -> bool {
    let prefs = read_string_prefs(existing);
    account_servers(&prefs)
        .iter()
        .any(|s| match server_value(&prefs, s, "type") {
            Some(t) => MAIL_SERVER_TYPES.contains(&t.as_str()),
            None => true,
        })
}

/// Whether the profile already has this address on this incoming server (same protocol, host and
/// username): then nothing needs adding.
pub(crate) fn already_set_up(existing: &str, a: &Account) -> bool {
    let prefs = read_string_prefs(existing);
    account_servers(&prefs).iter().any(|s| {
        let is = |key: &str, want: &str| {
            server_value(&prefs, s, key).is_some_and(|v| v.eq_ignore_ascii_case(want))
        };
        is("type", a.incoming.protocol.as_str())
            && is("hostname", &a.incoming.host)
            && is("userName", &a.incoming.username)
    })
}

/// The first `{prefix}{n}` not used in any pref name or list.
fn unused(prefix: &str, used: &BTreeSet<String>) -> String {
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|k| !used.contains(k))
        .expect("a finite set leaves some number unused")
}

/// Adds the account to an existing `prefs.js` text under unused keys. The default account stays as
/// it was, unless the profile had no mail account yet: then the new one becomes the default.
pub fn add_to_prefs(existing: &str, a: &Account) -> String {
    let becomes_default = !has_mail_account(existing);
    let prefs = read_string_prefs(existing);
    let all_names: Vec<&str> = existing
        .lines()
        .filter_map(|l| l.trim().strip_prefix("user_pref(\""))
        .filter_map(|l| l.split('"').next())
        .collect();
    let mut used = BTreeSet::new();
    for n in &all_names {
        for part in n.split('.') {
            used.insert(part.to_owned());
        }
    }
    for (_, v) in &prefs {
        for part in v.split(',') {
            used.insert(part.trim().to_owned());
        }
    }
    let k = Keys {
        account: unused("account", &used),
        identity: unused("id", &used),
        server: unused("server", &used),
        smtp: unused("smtp", &used),
    };
    let get = |name: &str| last_pref(&prefs, name);
    let join = |old: Option<String>, new: &str| match old {
        Some(o) if !o.trim().is_empty() => format!("{o},{new}"),
        _ => new.to_owned(),
    };
    let mut out = existing.to_owned();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("// Added by Mail Setup.\n");
    out.push_str(&line(
        "mail.accountmanager.accounts",
        &Pref::Str(join(get("mail.accountmanager.accounts"), &k.account)),
    ));
    if becomes_default || get("mail.accountmanager.defaultaccount").is_none() {
        out.push_str(&line(
            "mail.accountmanager.defaultaccount",
            &Pref::Str(k.account.clone()),
        ));
    }
    if a.outgoing.is_some() {
        out.push_str(&line(
            "mail.smtpservers",
            &Pref::Str(join(get("mail.smtpservers"), &k.smtp)),
        ));
        if get("mail.smtp.defaultserver").is_none() {
            out.push_str(&line("mail.smtp.defaultserver", &Pref::Str(k.smtp.clone())));
        }
    }
    for (n, v) in account_prefs(a, &k) {
        out.push_str(&line(&n, &v));
    }
    out
}

/// Writes `contents` to `path` through a temporary file and a rename.
pub(crate) fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), ProfileError> {
    super::write_file(path, contents, false).map_err(io(path))
}

/// Whether a Thunderbird process is running (Linux: /proc).
pub(crate) fn thunderbird_running() -> bool {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return false;
    };
    dir.flatten().any(|e| {
        std::fs::read_to_string(e.path().join("comm"))
            .map(|c| c.trim() == "thunderbird" || c.trim() == "thunderbird-bin")
            .unwrap_or(false)
    })
}

/// Whether a profile is open in a running Thunderbird: its `lock` symlink (`<ip>:+<pid>`) exists and,
/// where we can tell, that process is alive (a crash or forced quit leaves a stale link behind).
pub(crate) fn profile_locked(dir: &Path) -> bool {
    let Ok(target) = std::fs::read_link(dir.join("lock")) else {
        return false;
    };
    let pid = target
        .to_string_lossy()
        .rsplit_once('+')
        .and_then(|(_, p)| p.parse::<u32>().ok());
    match pid {
        Some(pid) if Path::new("/proc/self").exists() => {
            Path::new(&format!("/proc/{pid}")).exists()
        }
        _ => true,
    }
}

/// Creates a new profile directory holding the account.
pub(crate) fn create_profile(dir: &Path, a: &Account) -> Result<(), ProfileError> {
    if dir.join("prefs.js").exists() {
        return Err(ProfileError::Exists(dir.to_owned()));
    }
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    write_atomic(&dir.join("prefs.js"), new_prefs(a).as_bytes())
}

/// Adds the account to an existing profile, keeping `prefs.js.mailsetup-backup`.
pub(crate) fn add_to_profile(dir: &Path, a: &Account) -> Result<(), ProfileError> {
    let prefs = dir.join("prefs.js");
    if !prefs.exists() {
        return Err(ProfileError::NotAProfile(dir.to_owned()));
    }
    if profile_locked(dir) {
        return Err(ProfileError::Locked(dir.to_owned()));
    }
    let existing = std::fs::read_to_string(&prefs).map_err(io(&prefs))?;
    let backup = dir.join("prefs.js.mailsetup-backup");
    write_atomic(&backup, existing.as_bytes())?;
    write_atomic(&prefs, add_to_prefs(&existing, a).as_bytes())
}

/// Registers `profile` in `profiles.ini` (backup first), refusing while Thunderbird runs. The file
/// is parsed (rust-ini) to find a free `[ProfileN]` and to refuse a file that is not an INI file;
/// the new section is then appended, so the rest of the file stays byte for byte as it was.
pub fn register(profiles_ini: &Path, profile: &Path, name: &str) -> Result<(), ProfileError> {
    if thunderbird_running() {
        return Err(ProfileError::Running);
    }
    let existing = match std::fs::read_to_string(profiles_ini) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        // Anything else (no permission, not text) must not be overwritten with our one entry.
        Err(e) => return Err(io(profiles_ini)(e)),
    };
    let parsed = ini::Ini::load_from_str(&existing).map_err(|e| ProfileError::BadProfilesIni {
        path: profiles_ini.to_owned(),
        reason: e.to_string(),
    })?;
    let n = (0..)
        .find(|n| parsed.section(Some(format!("Profile{n}"))).is_none())
        .expect("a finite file leaves some profile number free");
    if !existing.is_empty() {
        write_atomic(
            &profiles_ini.with_extension("ini.mailsetup-backup"),
            existing.as_bytes(),
        )?;
    }
    let mut out = existing.clone();
    if out.is_empty() {
        out.push_str("[General]\nStartWithLastProfile=1\nVersion=2\n");
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!(
        "\n[Profile{n}]\nName={name}\nIsRelative=0\nPath={}\n",
        profile.display()
    ));
    write_atomic(profiles_ini, out.as_bytes())
}
