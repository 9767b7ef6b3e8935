//! A small mail provider for the diagnosis tests: DNS for two domains, Dovecot (IMAP, POP3 and
//! submission on the standard ports, LMTP), a real Postfix delivering to it, the provider's published
//! settings as a site autoconfig file in a home folder of the test's own, and Thunderbird profiles
//! written the way Thunderbird writes them, with whatever is wrong in them.
//!
//! `diag.test`'s MX points at the provider; `away.test`'s at another provider (`mx-elsewhere`).

use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Block, Ca, Dns, Dovecot, DovecotExtras, DovecotPorts, Postfix, Zone, tempdir};

pub const DOMAIN: &str = "diag.test";
pub const AWAY: &str = "away.test";
pub const PASSWORD: &str = "alicepw";

/// The provider, running.
pub struct Mailroom {
    pub dns: Dns,
    pub ca: Ca,
    pub dovecot: Dovecot,
    pub postfix: Postfix,
    pub home: tempfile::TempDir,
    pub block: Block,
}

/// The settings the provider publishes for `domain` (IMAP first, POP3, SMTP), as autoconfig XML.
fn published(domain: &str) -> String {
    format!(
        r#"<clientConfig version="1.1"><emailProvider id="{domain}"><domain>{domain}</domain>
<incomingServer type="imap"><hostname>mail.{domain}</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<incomingServer type="pop3"><hostname>mail.{domain}</hostname><port>995</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>mail.{domain}</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#
    )
}

impl Mailroom {
    pub fn start() -> Mailroom {
        let block = Block::fresh();
        let ca = Ca::new();
        let mail_ip = block.ip(2);
        let mx_ip = block.ip(3);
        let mut zone = Zone::default()
            .host(&format!("mx.{DOMAIN}"), mx_ip)
            .host("mx.elsewhere.example", block.ip(9))
            .mx(DOMAIN, &format!("mx.{DOMAIN}"), 10)
            .mx(AWAY, "mx.elsewhere.example", 10);
        for d in [DOMAIN, AWAY] {
            zone = zone.host(&format!("mail.{d}"), mail_ip);
        }
        let dns = Dns::start(block.ip(1), &zone);
        let lmtp_port = 24;
        let postfix = Postfix::start(mx_ip, DOMAIN, SocketAddr::from((mail_ip, lmtp_port)), None);
        let leaf = ca.leaf(&[&format!("mail.{DOMAIN}"), &format!("mail.{AWAY}")]);
        let users = [format!("alice@{DOMAIN}"), format!("carol@{AWAY}")];
        let users: Vec<&str> = users.iter().map(String::as_str).collect();
        let dovecot = Dovecot::start_with(
            mail_ip,
            &leaf,
            &users,
            DovecotPorts::STANDARD,
            DovecotExtras {
                relay: Some(postfix.addr),
                no_tls: false,
                lmtp: Some(lmtp_port),
            },
        );
        let home = tempdir();
        let site = home.path().join(".config/mailsetup/autoconfig");
        std::fs::create_dir_all(&site).expect("site folder");
        for d in [DOMAIN, AWAY] {
            std::fs::write(site.join(format!("{d}.xml")), published(d)).expect("site file");
        }
        Mailroom {
            dns,
            ca,
            dovecot,
            postfix,
            home,
            block,
        }
    }

    /// The mail server's address.
    pub fn mail_ip(&self) -> Ipv4Addr {
        self.block.ip(2)
    }

    /// `mailsetup` pointed at this provider: its DNS, its CA, no ISPDB, the test's home folder.
    pub fn mailsetup(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
        super::aim(&mut c, &self.dns, &self.ca, self.block.ip(8))
            .env("HOME", self.home.path())
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("DBUS_SESSION_BUS_ADDRESS");
        c
    }
}

/// One account of a test profile, as Thunderbird's prefs hold it.
#[derive(Clone)]
pub struct TbAccount {
    pub email: String,
    /// `imap` or `pop3`.
    pub kind: &'static str,
    pub host: String,
    pub port: u16,
    /// 0 none, 2 STARTTLS, 3 TLS.
    pub socket_type: u8,
    pub user: String,
    pub leave_on_server: bool,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_ssl: u8,
    /// 1 no login, 3 password.
    pub smtp_auth: u8,
    pub smtp_user: String,
    /// The incoming `authMethod`: 3 password, 10 OAuth2.
    pub auth: u8,
    /// Sent, Drafts, Templates, Archives and Junk set to folders of this server, by URI.
    pub folders: bool,
}

impl TbAccount {
    /// A healthy IMAP account at the provider: what its published settings say.
    pub fn good(email: &str) -> TbAccount {
        let domain = email.split('@').nth(1).expect("an address");
        TbAccount {
            email: email.into(),
            kind: "imap",
            host: format!("mail.{domain}"),
            port: 993,
            socket_type: 3,
            user: email.into(),
            leave_on_server: true,
            smtp_host: format!("mail.{domain}"),
            smtp_port: 465,
            smtp_ssl: 3,
            smtp_auth: 3,
            smtp_user: email.into(),
            auth: 3,
            folders: false,
        }
    }
}

/// Writes a profile folder holding `accounts` (keys `account<n>`, `server<n>`, `id<n>`, `smtp<n>`)
/// plus Local Folders, as Thunderbird itself lays out `prefs.js`.
pub fn write_profile(dir: &Path, accounts: &[TbAccount]) -> PathBuf {
    std::fs::create_dir_all(dir).expect("profile folder");
    let mut p = String::from("// Mozilla User Preferences\n\n");
    let mut keys: Vec<String> = (1..=accounts.len())
        .map(|n| format!("account{n}"))
        .collect();
    keys.push(format!("account{}", accounts.len() + 1));
    let pref = |p: &mut String, name: &str, v: &str| {
        p.push_str(&format!("user_pref(\"{name}\", {v});\n"));
    };
    let s = |v: &str| format!("\"{v}\"");
    pref(&mut p, "mail.accountmanager.accounts", &s(&keys.join(",")));
    pref(&mut p, "mail.accountmanager.defaultaccount", &s("account1"));
    let smtps: Vec<String> = (1..=accounts.len()).map(|n| format!("smtp{n}")).collect();
    pref(&mut p, "mail.smtpservers", &s(&smtps.join(",")));
    pref(&mut p, "mail.smtp.defaultserver", &s("smtp1"));
    for (i, a) in accounts.iter().enumerate() {
        let n = i + 1;
        pref(
            &mut p,
            &format!("mail.account.account{n}.identities"),
            &s(&format!("id{n}")),
        );
        pref(
            &mut p,
            &format!("mail.account.account{n}.server"),
            &s(&format!("server{n}")),
        );
        let sv = |k: &str| format!("mail.server.server{n}.{k}");
        pref(&mut p, &sv("type"), &s(a.kind));
        pref(&mut p, &sv("hostname"), &s(&a.host));
        pref(&mut p, &sv("port"), &a.port.to_string());
        pref(&mut p, &sv("socketType"), &a.socket_type.to_string());
        pref(&mut p, &sv("userName"), &s(&a.user));
        pref(&mut p, &sv("name"), &s(&a.email));
        pref(&mut p, &sv("authMethod"), &a.auth.to_string());
        pref(&mut p, &sv("login_at_startup"), "false");
        if a.kind == "pop3" {
            pref(
                &mut p,
                &sv("leave_on_server"),
                &a.leave_on_server.to_string(),
            );
        }
        let id = |k: &str| format!("mail.identity.id{n}.{k}");
        pref(&mut p, &id("useremail"), &s(&a.email));
        pref(&mut p, &id("fullName"), &s("Test Person"));
        pref(&mut p, &id("valid"), "true");
        pref(&mut p, &id("smtpServer"), &s(&format!("smtp{n}")));
        if a.folders {
            let scheme = if a.kind == "imap" { "imap" } else { "mailbox" };
            let user = a.user.replace('@', "%40");
            let uri = |f: &str| s(&format!("{scheme}://{user}@{}/{f}", a.host));
            for (k, f) in [
                ("fcc_folder", "Sent"),
                ("draft_folder", "Drafts"),
                ("stationery_folder", "Templates"),
                ("archive_folder", "Archives"),
            ] {
                pref(&mut p, &id(k), &uri(f));
            }
            pref(&mut p, &sv("spamActionTargetFolder"), &uri("Junk"));
        }
        let sm = |k: &str| format!("mail.smtpserver.smtp{n}.{k}");
        pref(&mut p, &sm("hostname"), &s(&a.smtp_host));
        pref(&mut p, &sm("port"), &a.smtp_port.to_string());
        pref(&mut p, &sm("try_ssl"), &a.smtp_ssl.to_string());
        pref(&mut p, &sm("authMethod"), &a.smtp_auth.to_string());
        pref(&mut p, &sm("username"), &s(&a.smtp_user));
    }
    let local = accounts.len() + 1;
    pref(
        &mut p,
        &format!("mail.account.account{local}.server"),
        &s(&format!("server{local}")),
    );
    pref(
        &mut p,
        &format!("mail.server.server{local}.type"),
        &s("none"),
    );
    pref(
        &mut p,
        &format!("mail.server.server{local}.hostname"),
        &s("Local Folders"),
    );
    pref(
        &mut p,
        &format!("mail.server.server{local}.userName"),
        &s("nobody"),
    );
    let path = dir.join("prefs.js");
    std::fs::write(&path, p).expect("prefs.js");
    path
}
