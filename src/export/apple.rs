//! Apple configuration profiles (`.mobileconfig`) for Mail on macOS, iPhone and iPad: an XML plist
//! with one `com.apple.mail.managed` payload (keys from apple/device-management,
//! `mdm/profiles/com.apple.mail.managed.yaml`). Identifiers are derived from the address, so a new
//! profile for the same address replaces the old one; UUIDs are fresh each time. No password unless
//! asked for.

use plist::{Dictionary, Value};

use super::Account;
use crate::model::{Auth, Protocol, Secret, Security, Server};

fn auth(a: Auth) -> &'static str {
    match a {
        Auth::PasswordEncrypted => "EmailAuthCRAMMD5",
        Auth::Ntlm => "EmailAuthNTLM",
        Auth::None | Auth::ClientIpAddress | Auth::SmtpAfterPop => "EmailAuthNone",
        _ => "EmailAuthPassword",
    }
}

/// The reverse-DNS identifier for an address: `uk.co.example.mailsetup.hello`.
pub fn identifier(a: &Account) -> String {
    let reversed: Vec<&str> = a.address.domain().rsplit('.').collect();
    let local: String = a
        .address
        .local_part()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("{}.mailsetup.{local}", reversed.join("."))
}

fn server(d: &mut Dictionary, prefix: &str, s: &Server) {
    d.insert(
        format!("{prefix}MailServerHostName"),
        Value::String(s.host.clone()),
    );
    d.insert(
        format!("{prefix}MailServerPortNumber"),
        Value::Integer(i64::from(s.port).into()),
    );
    d.insert(
        format!("{prefix}MailServerUseSSL"),
        Value::Boolean(s.security != Security::Plain),
    );
    d.insert(
        format!("{prefix}MailServerUsername"),
        Value::String(s.username.clone()),
    );
    d.insert(
        format!("{prefix}MailServerAuthentication"),
        Value::String(auth(s.auth).into()),
    );
}

/// The profile as XML plist bytes.
pub fn render(a: &Account, password: Option<&Secret<String>>) -> Vec<u8> {
    let id = identifier(a);
    let address = a.address.to_string();
    let mut mail = Dictionary::new();
    mail.insert(
        "PayloadType".into(),
        Value::String("com.apple.mail.managed".into()),
    );
    mail.insert("PayloadVersion".into(), Value::Integer(1.into()));
    mail.insert(
        "PayloadIdentifier".into(),
        Value::String(format!("{id}.mail")),
    );
    mail.insert(
        "PayloadUUID".into(),
        Value::String(uuid::Uuid::new_v4().to_string().to_uppercase()),
    );
    mail.insert("PayloadDisplayName".into(), Value::String(address.clone()));
    mail.insert(
        "EmailAccountType".into(),
        Value::String(
            if a.incoming.protocol == Protocol::Pop3 {
                "EmailTypePOP"
            } else {
                "EmailTypeIMAP"
            }
            .into(),
        ),
    );
    mail.insert(
        "EmailAccountDescription".into(),
        Value::String(address.clone()),
    );
    mail.insert("EmailAccountName".into(), Value::String(a.name.clone()));
    mail.insert("EmailAddress".into(), Value::String(address.clone()));
    server(&mut mail, "Incoming", &a.incoming);
    if let Some(o) = &a.outgoing {
        server(&mut mail, "Outgoing", o);
        mail.insert(
            "OutgoingPasswordSameAsIncomingPassword".into(),
            Value::Boolean(true),
        );
    }
    if let Some(p) = password {
        mail.insert("IncomingPassword".into(), Value::String(p.expose().clone()));
        if a.outgoing.is_some() {
            mail.insert("OutgoingPassword".into(), Value::String(p.expose().clone()));
        }
    }
    let mut root = Dictionary::new();
    root.insert("PayloadType".into(), Value::String("Configuration".into()));
    root.insert("PayloadVersion".into(), Value::Integer(1.into()));
    root.insert("PayloadIdentifier".into(), Value::String(id));
    root.insert(
        "PayloadUUID".into(),
        Value::String(uuid::Uuid::new_v4().to_string().to_uppercase()),
    );
    root.insert(
        "PayloadDisplayName".into(),
        Value::String(crate::t!("apple-profile-name", address = address.as_str())),
    );
    root.insert(
        "PayloadDescription".into(),
        Value::String(crate::t!(
            "apple-profile-description",
            address = address.as_str()
        )),
    );
    root.insert(
        "PayloadContent".into(),
        Value::Array(vec![Value::Dictionary(mail)]),
    );
    let mut out = Vec::new();
    // Writing a plist to memory cannot fail for these value types.
    let _ = plist::to_writer_xml(&mut out, &Value::Dictionary(root));
    out
}
