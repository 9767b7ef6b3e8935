//! The mail accounts of a Thunderbird profile, read from its prefs ([`super::prefs`]): the account
//! list (`mail.accountmanager.accounts`), each account's incoming server (`mail.account.<A>.server` →
//! `mail.server.<S>.*`), its first identity (`mail.account.<A>.identities` → `mail.identity.<I>.*`)
//! and that identity's SMTP server (`mail.identity.<I>.smtpServer`, else `mail.smtp.defaultserver`
//! → `mail.smtpserver.<K>.*`). Only IMAP and POP3 accounts; Local Folders, feeds and news are not
//! mail accounts. Pref names and defaults as docs/formats.md lists them (Thunderbird 153 ESR).

use serde::Serialize;

use super::prefs::Prefs;
use crate::model::{Auth, Protocol, Security, Server, SourceId};

pub(crate) use crate::export::thunderbird::{AUTH_NONE, AUTH_OAUTH2, AUTH_PASSWORD, security_of};
use crate::export::thunderbird::{server_pref, smtp_pref};
/// The identity prefs that name a folder by its URI (Sent, Drafts, Templates, Archives).
const IDENTITY_FOLDERS: [&str; 4] = [
    "fcc_folder",
    "draft_folder",
    "stationery_folder",
    "archive_folder",
];
/// The incoming server's prefs that name a folder or an account by URI (where junk goes). Trash
/// is kept as a folder name (`trash_folder_name`), not a URI: nothing to follow there.
const SERVER_FOLDERS: [&str; 2] = ["spamActionTargetFolder", "spamActionTargetAccount"];
/// Most accounts read from one profile.
const MAX_ACCOUNTS: usize = 64;

/// One server as the profile holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TbServer {
    /// The pref key (`server2`, `smtp1`).
    #[serde(skip)]
    pub key: String,
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: String,
    /// Thunderbird's `authMethod` number.
    #[serde(skip)]
    pub auth_method: i64,
}

/// POP3 leave-on-server settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Pop3Keep {
    pub leave_on_server: bool,
    /// Deletes mail left on the server after some days.
    pub delete_by_age: bool,
}

/// One mail account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TbAccount {
    /// The account key (`account3`).
    #[serde(skip)]
    pub key: String,
    /// The identity's address (`useremail`), else the server's `name` when it is an address.
    pub address: Option<String>,
    pub incoming: TbServer,
    pub outgoing: Option<TbServer>,
    #[serde(skip)]
    pub pop3: Option<Pop3Keep>,
    /// Folder settings that name a server by URI (`imap://user@host/Sent`): pref name, value.
    #[serde(skip)]
    pub folders: Vec<(String, String)>,
}

/// Thunderbird's default port for a protocol and security (an absent or 0 `port`): the standard
/// one, except that SMTP without SSL/TLS defaults to the relay port.
pub(crate) fn default_port(protocol: Protocol, security: Security) -> u16 {
    match (protocol, security) {
        (Protocol::Smtp, Security::Starttls | Security::Plain) => Protocol::SMTP_RELAY_PORT,
        _ => protocol.standard_port(security),
    }
}

fn port_of(p: &Prefs, name: &str, protocol: Protocol, security: Security) -> u16 {
    p.int(name)
        .and_then(|n| u16::try_from(n).ok())
        .filter(|n| *n != 0)
        .unwrap_or_else(|| default_port(protocol, security))
}

fn list(value: Option<&str>) -> Vec<&str> {
    value
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn incoming(p: &Prefs, key: &str) -> Option<TbServer> {
    let pref = |k: &str| server_pref(key, k);
    let protocol = match p.str(&pref("type"))? {
        "imap" => Protocol::Imap,
        "pop3" => Protocol::Pop3,
        _ => return None,
    };
    let host = p.str(&pref("hostname"))?.trim().to_owned();
    let security = security_of(p.int(&pref("socketType")).unwrap_or(0));
    let username = p.str(&pref("userName")).unwrap_or("");
    Some(TbServer {
        key: key.to_owned(),
        protocol,
        port: port_of(p, &pref("port"), protocol, security),
        host,
        security,
        username: username.to_owned(),
        auth_method: p.int(&pref("authMethod")).unwrap_or(AUTH_PASSWORD),
    })
}

fn smtp(p: &Prefs, key: &str) -> Option<TbServer> {
    let pref = |k: &str| smtp_pref(key, k);
    let host = p.str(&pref("hostname"))?.trim().to_owned();
    let security = security_of(p.int(&pref("try_ssl")).unwrap_or(0));
    Some(TbServer {
        key: key.to_owned(),
        protocol: Protocol::Smtp,
        port: port_of(p, &pref("port"), Protocol::Smtp, security),
        host,
        security,
        username: p.str(&pref("username")).unwrap_or("").to_owned(),
        auth_method: p.int(&pref("authMethod")).unwrap_or(AUTH_PASSWORD),
    })
}

/// The mail accounts of a profile, in the account manager's order.
pub fn accounts(p: &Prefs) -> Vec<TbAccount> {
    let default_smtp = p.str("mail.smtp.defaultserver");
    list(p.str("mail.accountmanager.accounts"))
        .into_iter()
        .take(MAX_ACCOUNTS)
        .filter_map(|a| {
            let server_key = p.str(&format!("mail.account.{a}.server"))?;
            let inc = incoming(p, server_key)?;
            let identity = list(p.str(&format!("mail.account.{a}.identities")))
                .first()
                .map(|i| i.to_string());
            let ident = |k: &str| {
                identity
                    .as_ref()
                    .and_then(|i| p.str(&format!("mail.identity.{i}.{k}")))
            };
            let address = ident("useremail")
                .map(str::to_owned)
                .or_else(|| {
                    p.str(&server_pref(server_key, "name"))
                        .filter(|n| n.contains('@'))
                        .map(str::to_owned)
                })
                .map(|a| a.trim().to_owned());
            let outgoing = ident("smtpServer")
                .filter(|k| !k.is_empty())
                .or(default_smtp)
                .and_then(|k| smtp(p, k));
            let pop3 = (inc.protocol == Protocol::Pop3).then(|| {
                let b = |k: &str| p.bool(&server_pref(server_key, k));
                Pop3Keep {
                    leave_on_server: b("leave_on_server").unwrap_or(false),
                    delete_by_age: b("delete_by_age_from_server").unwrap_or(false),
                }
            });
            let identity_prefs = identity
                .iter()
                .flat_map(|i| IDENTITY_FOLDERS.map(|k| format!("mail.identity.{i}.{k}")));
            let server_prefs = SERVER_FOLDERS.map(|k| format!("mail.server.{server_key}.{k}"));
            let folders = identity_prefs
                .chain(server_prefs)
                .filter_map(|name| {
                    let value = p.str(&name)?.to_owned();
                    value.contains("://").then_some((name, value))
                })
                .collect();
            Some(TbAccount {
                key: a.to_owned(),
                address,
                incoming: inc,
                outgoing,
                pop3,
                folders,
            })
        })
        .collect()
}

impl TbAccount {
    /// The address to show for this account ("(no address)" when the profile names none).
    pub fn shown_address(&self) -> String {
        self.address
            .clone()
            .unwrap_or_else(|| crate::t!("diagnose-account-unknown"))
    }
}

impl TbServer {
    /// Whether this server signs in on the provider's page (OAuth2), never with a password.
    pub fn signs_in_with_provider(&self) -> bool {
        self.auth_method == AUTH_OAUTH2
    }

    /// The server as the live check takes it (source `manual`: the person's own settings).
    pub fn to_server(&self) -> Server {
        Server {
            protocol: self.protocol,
            host: self.host.clone(),
            port: self.port,
            security: self.security,
            username: self.username.clone(),
            auth: if self.auth_method == AUTH_OAUTH2 {
                Auth::OAuth2
            } else {
                Auth::PasswordCleartext
            },
            oauth: None,
            source: SourceId::Manual,
            url: "thunderbird:prefs.js".into(),
            trusted: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::prefs::parse;

    const PROFILE: &str = r#"
user_pref("mail.accountmanager.accounts", "account1,account2,account3");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "imap.example.test");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.userName", "alice@example.test");
user_pref("mail.identity.id1.useremail", "alice@example.test");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.test");
user_pref("mail.smtpserver.smtp1.port", 587);
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
user_pref("mail.smtpserver.smtp1.authMethod", 1);
user_pref("mail.smtpserver.smtp1.username", "alice@example.test");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.account.account2.identities", "id2");
user_pref("mail.server.server2.type", "pop3");
user_pref("mail.server.server2.hostname", "pop.example.test");
user_pref("mail.server.server2.userName", "bob");
user_pref("mail.server.server2.name", "bob@example.test");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.account.account3.server", "server3");
user_pref("mail.server.server3.type", "none");
user_pref("mail.server.server3.hostname", "Local Folders");
"#;

    #[test]
    fn accounts_with_their_servers_and_defaults() {
        let a = accounts(&parse(PROFILE).expect("parses"));
        assert_eq!(a.len(), 2, "Local Folders is not a mail account");
        assert_eq!(a[0].address.as_deref(), Some("alice@example.test"));
        assert_eq!(a[0].incoming.security, Security::Tls);
        let out = a[0].outgoing.as_ref().expect("an SMTP server");
        assert_eq!(
            (out.port, out.security, out.auth_method),
            (587, Security::Starttls, AUTH_NONE)
        );
        // POP3 with no port and no socketType: plain text on 110; no identity address, so the
        // server's name; the default SMTP server; leave_on_server off by default.
        assert_eq!(a[1].address.as_deref(), Some("bob@example.test"));
        assert_eq!(
            (a[1].incoming.port, a[1].incoming.security),
            (110, Security::Plain)
        );
        assert_eq!(
            a[1].outgoing.as_ref().map(|o| o.key.as_str()),
            Some("smtp1")
        );
        assert_eq!(
            a[1].pop3,
            Some(Pop3Keep {
                leave_on_server: false,
                delete_by_age: false
            })
        );
    }
}
