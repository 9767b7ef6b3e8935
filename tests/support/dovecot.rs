//! Dovecot: IMAP, POP3 and submission on one loopback address, on the standard ports or any subset,
//! with TLS from the test CA (or none at all) and passwd-file users; with [`Dovecot::start_oauth`]
//! also OAuth2 logins (XOAUTH2, OAUTHBEARER) checked by its `oauth2` passdb against the
//! authorization server's signing key, locally (`introspection_mode = local`), or only those.

use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{Leaf, tempdir};

/// Which Dovecot listeners to open (port numbers; `None` leaves one out).
#[derive(Clone, Copy)]
pub struct DovecotPorts {
    pub imap: Option<u16>,
    pub imaps: Option<u16>,
    pub pop3: Option<u16>,
    pub pop3s: Option<u16>,
    pub submission: Option<u16>,
    pub submissions: Option<u16>,
}

impl DovecotPorts {
    pub const STANDARD: DovecotPorts = DovecotPorts {
        imap: Some(143),
        imaps: Some(993),
        pop3: Some(110),
        pop3s: Some(995),
        submission: Some(587),
        submissions: Some(465),
    };
}

/// A running Dovecot with one user, `alice@<domain>` / `alicepw`.
pub struct Dovecot {
    child: Child,
    dir: tempfile::TempDir,
    pub ip: Ipv4Addr,
}

fn listener(block: &mut String, name: &str, port: Option<u16>, ssl: bool) {
    // Port 0 switches off a listener Dovecot would otherwise open by default (imaps on 993 …).
    block.push_str(&format!(
        "  inet_listener {name} {{\n    port = {}\n",
        port.unwrap_or(0)
    ));
    if ssl && port.is_some() {
        block.push_str("    ssl = yes\n");
    }
    block.push_str("  }\n");
}

/// Extra Dovecot settings for a test.
#[derive(Clone, Copy, Default)]
pub struct DovecotExtras {
    /// Where submission relays mail after a good login (a sink); port 9 (nothing) when `None`.
    pub relay: Option<SocketAddr>,
    /// No TLS at all, and plain-text logins allowed: the "no encryption" server.
    pub no_tls: bool,
    /// An LMTP listener on this port (real delivery into the users' mailboxes, from Postfix).
    pub lmtp: Option<u16>,
}

/// OAuth2 logins: tokens are JWTs signed with this key (PEM public key and its `kid`), the user
/// named by their `email` claim.
#[derive(Clone)]
pub struct DovecotOAuth {
    pub key_pem: String,
    pub kid: String,
    /// Only OAuth2: no password mechanism at all (an OAuth-only provider).
    pub only: bool,
}

/// The auth part of the configuration: mechanisms and passdbs.
fn auth_config(t: &std::path::Path, oauth: Option<&DovecotOAuth>) -> String {
    let passwd = format!(
        "passdb {{\n  driver = passwd-file\n  {mech}args = scheme=PLAIN username_format=%u {t}/users\n}}\n",
        t = t.display(),
        mech = if oauth.is_some() {
            "mechanisms = plain login\n  "
        } else {
            ""
        }
    );
    let Some(o) = oauth else {
        return format!("auth_mechanisms = plain login\n{passwd}");
    };
    let keys = t.join("keys/default/RS256");
    std::fs::create_dir_all(&keys).expect("key dir");
    std::fs::write(keys.join(&o.kid), &o.key_pem).expect("key");
    std::fs::write(
        t.join("oauth2.conf"),
        format!(
            "introspection_mode = local\nlocal_validation_key_dict = fs:posix:prefix={}/keys/\n\
             username_attribute = email\n",
            t.display()
        ),
    )
    .expect("oauth2.conf");
    let oauth_passdb = format!(
        "passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {}/oauth2.conf\n}}\n",
        t.display()
    );
    if o.only {
        format!("auth_mechanisms = xoauth2 oauthbearer\n{oauth_passdb}")
    } else {
        format!("auth_mechanisms = plain login xoauth2 oauthbearer\n{oauth_passdb}{passwd}")
    }
}

impl Dovecot {
    /// With OAuth2 logins as well as (or, with `oauth.only`, instead of) passwords.
    pub fn start_oauth(
        ip: Ipv4Addr,
        leaf: &Leaf,
        users: &[&str],
        ports: DovecotPorts,
        extras: DovecotExtras,
        oauth: &DovecotOAuth,
    ) -> Dovecot {
        Dovecot::start_full(ip, leaf, users, ports, extras, Some(oauth))
    }

    pub fn start(ip: Ipv4Addr, leaf: &Leaf, users: &[&str], ports: DovecotPorts) -> Dovecot {
        Dovecot::start_with(ip, leaf, users, ports, DovecotExtras::default())
    }

    pub fn start_with(
        ip: Ipv4Addr,
        leaf: &Leaf,
        users: &[&str],
        ports: DovecotPorts,
        extras: DovecotExtras,
    ) -> Dovecot {
        Dovecot::start_full(ip, leaf, users, ports, extras, None)
    }

    fn start_full(
        ip: Ipv4Addr,
        leaf: &Leaf,
        users: &[&str],
        ports: DovecotPorts,
        extras: DovecotExtras,
        oauth: Option<&DovecotOAuth>,
    ) -> Dovecot {
        let dir = tempdir();
        let d = dir.path();
        for sub in ["run", "state", "home"] {
            std::fs::create_dir_all(d.join(sub)).expect("mkdir");
        }
        let _ = Command::new("chmod")
            .arg("0777")
            .arg(d.join("home"))
            .status();
        let _ = Command::new("chmod").arg("0755").arg(d).status();
        std::fs::write(d.join("leaf.pem"), &leaf.cert_pem).expect("cert");
        std::fs::write(d.join("leaf.key"), &leaf.key_pem).expect("key");
        let mut userdb = String::new();
        for u in users {
            userdb.push_str(&format!("{u}:{{PLAIN}}alicepw::::::\n"));
        }
        std::fs::write(d.join("users"), userdb).expect("users");
        let mut services = String::new();
        services.push_str("service imap-login {\n");
        listener(&mut services, "imap", ports.imap, false);
        listener(&mut services, "imaps", ports.imaps, true);
        services.push_str("}\nservice pop3-login {\n");
        listener(&mut services, "pop3", ports.pop3, false);
        listener(&mut services, "pop3s", ports.pop3s, true);
        services.push_str("}\nservice submission-login {\n");
        listener(&mut services, "submission", ports.submission, false);
        listener(&mut services, "submissions", ports.submissions, true);
        if let Some(port) = extras.lmtp {
            services.push_str(&format!(
                "}}\nservice lmtp {{\n  inet_listener lmtp {{\n    address = {ip}\n    port = {port}\n  }}\n"
            ));
        }
        // No brute-force penalty: tests fail logins on purpose, one after another.
        services.push_str(
            "}\nservice anvil {\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}\n",
        );
        let conf = format!(
            "base_dir = {t}/run\nstate_dir = {t}/state\nlog_path = /dev/stderr\n\
             protocols = imap pop3 submission{lmtp}\nlisten = {ip}\nhostname = mail.example.test\n\
             {ssl}\
             {auth}auth_failure_delay = 0\nauth_verbose = yes\n\
             userdb {{\n  driver = static\n  args = uid=nobody gid=nogroup home={t}/home/%u\n}}\n\
             mail_location = maildir:~/Maildir\n\
             submission_relay_host = {relay_host}\nsubmission_relay_port = {relay_port}\n{services}",
            t = d.display(),
            auth = auth_config(d, oauth),
            lmtp = if extras.lmtp.is_some() { " lmtp" } else { "" },
            ssl = if extras.no_tls {
                "ssl = no\ndisable_plaintext_auth = no\n".to_string()
            } else {
                format!(
                    "ssl = yes\nssl_cert = <{t}/leaf.pem\nssl_key = <{t}/leaf.key\n",
                    t = d.display()
                )
            },
            relay_host = extras
                .relay
                .map_or("127.0.0.1".to_string(), |a| a.ip().to_string()),
            relay_port = extras.relay.map_or(9, |a| a.port()),
        );
        std::fs::write(d.join("dovecot.conf"), conf).expect("conf");
        let log = std::fs::File::create(d.join("dovecot.log")).expect("log");
        let child = Command::new("dovecot")
            .arg("-F")
            .arg("-c")
            .arg(d.join("dovecot.conf"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("dovecot is installed (tests/run.sh installs it)");
        let first = [
            ports.imaps,
            ports.imap,
            ports.pop3s,
            ports.pop3,
            ports.submissions,
            ports.submission,
        ]
        .into_iter()
        .flatten()
        .next()
        .expect("at least one listener");
        let start = Instant::now();
        let addr = SocketAddr::new(IpAddr::V4(ip), first);
        while std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
            if start.elapsed() > Duration::from_secs(10) {
                let log = std::fs::read_to_string(d.join("dovecot.log")).unwrap_or_default();
                panic!("dovecot did not start on {addr}:\n{log}");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        Dovecot { child, dir, ip }
    }

    /// A user's mailbox folder (Maildir), once something was delivered to it or it was opened.
    pub fn maildir(&self, user: &str) -> std::path::PathBuf {
        self.dir.path().join("home").join(user).join("Maildir")
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("dovecot.log")).unwrap_or_default()
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::io::stderr().flush();
    }
}
