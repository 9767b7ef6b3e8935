//! `--add-to goa`: an "IMAP and SMTP" account in GNOME Online Accounts, added through goa-daemon's
//! own D-Bus API (`org.gnome.OnlineAccounts.Manager.AddAccount`, provider `imap_smtp`), exactly as
//! GNOME Settings' dialog adds one. goa-daemon keeps the passwords in the keyring; Evolution and
//! Geary show the account by themselves.
//!
//! goa-daemon checks nothing itself: we look for the address first (in GOA, and among Evolution's
//! own accounts, which would show it twice), and read the password back to learn whether the
//! keyring took it. Facts: docs/notes/linux-mail-programs.md; the details: docs/formats.md.

use std::collections::HashMap;

use zbus::zvariant::{OwnedObjectPath, Value};

use super::bus::{self, GOA};
use super::{AddError, Added, Env, MailProgram};
use crate::export::Account;
use crate::model::{Auth, Protocol, Secret, Security, Server};

const PROVIDER: &str = "imap_smtp";
const MANAGER: &str = "/org/gnome/OnlineAccounts/Manager";

/// `host`, or `host:port` when the port is not the one GOA assumes for that security (`protocol`'s
/// standard port: 993/143 for IMAP, 465/587 for SMTP); IPv6 literals in brackets.
fn host(s: &Server, protocol: Protocol) -> String {
    let default = protocol.standard_port(s.security);
    let host = if s.host.contains(':') {
        format!("[{}]", s.host)
    } else {
        s.host.clone()
    };
    if s.port == default {
        host
    } else {
        format!("{host}:{}", s.port)
    }
}

fn flag(b: bool) -> String {
    if b { "true" } else { "false" }.into()
}

/// The account's details as GOA stores them (`[Account …]` in goa-1.0/accounts.conf).
pub(crate) fn details(a: &Account) -> Result<HashMap<&'static str, String>, AddError> {
    super::password_only(a)?;
    if super::is_pop3(a) {
        return Err(AddError::NoPop3);
    }
    let out = a.outgoing.as_ref().ok_or(AddError::NoOutgoing)?;
    let (imap, smtp) = (&a.incoming, out);
    let smtp_login = smtp.auth != Auth::None;
    let mut d = HashMap::from([
        ("Enabled", flag(true)),
        ("EmailAddress", a.address.to_string()),
        ("Name", a.name.clone()),
        ("ImapHost", host(imap, Protocol::Imap)),
        ("ImapUserName", imap.username.clone()),
        ("ImapUseSsl", flag(imap.security == Security::Tls)),
        ("ImapUseTls", flag(imap.security == Security::Starttls)),
        ("ImapAcceptSslErrors", flag(false)),
        ("SmtpHost", host(smtp, Protocol::Smtp)),
        ("SmtpUseAuth", flag(smtp_login)),
        ("SmtpUseSsl", flag(smtp.security == Security::Tls)),
        ("SmtpUseTls", flag(smtp.security == Security::Starttls)),
        ("SmtpAcceptSslErrors", flag(false)),
    ]);
    if smtp_login {
        d.insert("SmtpUserName", smtp.username.clone());
        d.insert("SmtpAuthPlain", flag(true));
        d.insert("SmtpAuthLogin", flag(false));
    }
    // Neither flag would be a plain-text connection, which nothing we check ever chooses.
    super::encrypted_only(a)?;
    Ok(d)
}

/// Adds the account to GNOME Online Accounts, unless it is there (or in Evolution) already.
pub(crate) async fn add(
    a: &Account,
    password: Option<&Secret<String>>,
    env: &Env,
) -> Result<Added, AddError> {
    let details = details(a)?;
    let password = password
        .filter(|p| !p.expose().is_empty())
        .ok_or(AddError::NoPassword)?;
    let program = MailProgram::Goa;
    let address = a.address.to_string();
    if super::evolution::identity_in_files(env, &address).is_some_and(|via_goa| !via_goa) {
        return Ok(Added::AlreadyThere {
            program: MailProgram::Evolution,
        });
    }
    let conn = bus::session(program).await?;
    let supported: bool = bus::call(
        &conn,
        program,
        (GOA, MANAGER, "org.gnome.OnlineAccounts.Manager"),
        "IsSupportedProvider",
        &(PROVIDER,),
    )
    .await?;
    if !supported {
        return Err(AddError::NotAllowed);
    }
    if bus::goa_account(&conn, &address).await?.is_some() {
        return Ok(Added::AlreadyThere { program });
    }
    let mut credentials: HashMap<&str, Value> =
        HashMap::from([("imap-password", Value::from(password.expose().as_str()))]);
    if details.get("SmtpUseAuth").map(String::as_str) == Some("true") {
        credentials.insert("smtp-password", Value::from(password.expose().as_str()));
    }
    let path: OwnedObjectPath = bus::call(
        &conn,
        program,
        (GOA, MANAGER, "org.gnome.OnlineAccounts.Manager"),
        "AddAccount",
        &(PROVIDER, &address, &address, credentials, details),
    )
    .await?;
    // goa-daemon answers "added" even when no keyring took the password: ask for it back.
    let back: Result<String, AddError> = bus::call(
        &conn,
        program,
        (GOA, path.as_str(), "org.gnome.OnlineAccounts.PasswordBased"),
        "GetPassword",
        &("imap-password",),
    )
    .await;
    let keyring = match back {
        Ok(p) if p == *password.expose() => None,
        Ok(_) => Some(crate::secrets::KeyringError::Other(
            "a different password came back".into(),
        )),
        Err(e) => Some(crate::secrets::KeyringError::Unavailable(e.to_string())),
    };
    Ok(Added::Added { program, keyring })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desktop::fixtures::{account, server};

    #[test]
    fn details_are_as_gnome_settings_writes_them() {
        let a = account(
            server(Protocol::Imap, "imap.example.co.uk", 993, Security::Tls),
            server(Protocol::Smtp, "smtp.example.co.uk", 25, Security::Starttls),
        );
        let d = details(&a).unwrap();
        let get = |k: &str| d.get(k).map(String::as_str);
        assert_eq!(get("Enabled"), Some("true"));
        assert_eq!(get("EmailAddress"), Some("hello@example.co.uk"));
        assert_eq!(get("ImapHost"), Some("imap.example.co.uk"));
        assert_eq!(get("ImapUseSsl"), Some("true"));
        assert_eq!(get("ImapUseTls"), Some("false"));
        assert_eq!(get("SmtpHost"), Some("smtp.example.co.uk:25"));
        assert_eq!(get("SmtpUseTls"), Some("true"));
        assert_eq!(get("SmtpUseAuth"), Some("true"));
        assert_eq!(get("SmtpAuthPlain"), Some("true"));
        assert_eq!(get("SmtpUserName"), Some("hello@example.co.uk"));
    }

    #[test]
    fn ports_and_literals_go_into_the_host() {
        let s = server(Protocol::Imap, "2001:db8::1", 143, Security::Tls);
        assert_eq!(host(&s, Protocol::Imap), "[2001:db8::1]:143");
        let s = server(Protocol::Imap, "imap.example.org", 143, Security::Starttls);
        assert_eq!(host(&s, Protocol::Imap), "imap.example.org");
    }

    #[test]
    fn pop3_and_sign_in_accounts_are_refused() {
        let pop = account(
            server(Protocol::Pop3, "pop.example.co.uk", 995, Security::Tls),
            server(Protocol::Smtp, "smtp.example.co.uk", 465, Security::Tls),
        );
        assert_eq!(details(&pop), Err(AddError::NoPop3));
        let mut oauth = pop.clone();
        oauth.incoming = server(Protocol::Imap, "imap.example.co.uk", 993, Security::Tls);
        oauth.incoming.auth = Auth::OAuth2;
        assert_eq!(details(&oauth), Err(AddError::NotPassword));
        let mut none_out = oauth.clone();
        none_out.incoming.auth = Auth::PasswordCleartext;
        none_out.outgoing = None;
        assert_eq!(details(&none_out), Err(AddError::NoOutgoing));
    }
}
