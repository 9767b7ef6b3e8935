//! A real OAuth2 authorization server: npm's `oauth2-mock-server` (checks PKCE, signs RS256 JWTs)
//! run by `tests/oauth2-server/server.js` under node, over HTTPS with a test-CA certificate, on a
//! loopback address and port of the test's own. `tests/install-deps.sh` installs node and runs
//! `npm ci` there. Also the test "browser" (`tests/oauth2-server/browser.py`) that `$BROWSER`
//! points at.

use std::io::{BufRead as _, BufReader};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use super::{Behaviour, Block, Ca, Dns, Dovecot, Leaf, Rogue, Zone, tempdir};

/// The folder of the npm project (package.json, package-lock.json, server.js, browser.py).
pub fn oauth_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oauth2-server")
}

/// How the authorization server behaves.
#[derive(Clone, Copy, Default)]
pub struct OAuthMode {
    /// The person says no on the sign-in page: the redirect carries `error=access_denied`.
    pub deny: bool,
    /// Registration-free sign-in: RFC 8414 metadata at `https://<host>/`, an RFC 7591
    /// registration endpoint, `iss` in every redirect (RFC 9207), and the token endpoint refusing
    /// clients it did not register.
    pub dynamic: bool,
    /// The redirect names another issuer (`iss=https://evil.example`).
    pub wrong_iss: bool,
    /// The tenant restricts consent: the redirect carries `consent_required` and AADSTS65001.
    pub consent_required: bool,
}

/// A running authorization server.
pub struct OAuthServer {
    child: Child,
    pub dir: tempfile::TempDir,
    pub addr: SocketAddr,
    /// The host name its certificate is for (resolve it to `addr`'s IP in the test's DNS).
    pub host: String,
}

impl OAuthServer {
    pub fn start(
        ip: Ipv4Addr,
        port: u16,
        host: &str,
        leaf: &Leaf,
        email: &str,
        mode: OAuthMode,
    ) -> OAuthServer {
        let dir = tempdir();
        let d = dir.path();
        std::fs::write(d.join("leaf.pem"), &leaf.cert_pem).expect("cert");
        std::fs::write(d.join("leaf.key"), &leaf.key_pem).expect("key");
        let mut cmd = Command::new("node");
        cmd.arg(oauth_dir().join("server.js"))
            .args(["--host", &ip.to_string(), "--port", &port.to_string()])
            .arg("--cert")
            .arg(d.join("leaf.pem"))
            .arg("--key")
            .arg(d.join("leaf.key"))
            .arg("--dir")
            .arg(d)
            .args(["--email", email])
            .current_dir(oauth_dir())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if mode.deny {
            cmd.arg("--deny");
        }
        // The issuer identifier is the host the certificate is for, on 443 (its OpenID metadata
        // then names the issuer a sign-in asks for).
        cmd.args(["--issuer", &format!("https://{host}")]);
        for (on, flag) in [
            (mode.dynamic, "--dynamic"),
            (mode.wrong_iss, "--wrong-iss"),
            (mode.consent_required, "--consent-required"),
        ] {
            if on {
                cmd.arg(flag);
            }
        }
        let mut child = cmd.spawn().expect(
            "node is installed and tests/oauth2-server has its packages (tests/install-deps.sh)",
        );
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("read");
        assert_eq!(line.trim(), "ready", "the OAuth2 server did not start");
        OAuthServer {
            child,
            dir,
            addr: SocketAddr::from((ip, port)),
            host: host.to_owned(),
        }
    }

    /// The signing key's public half (PEM) and its key id, for Dovecot.
    pub fn key(&self) -> (String, String) {
        let read = |n: &str| std::fs::read_to_string(self.dir.path().join(n)).expect("key files");
        (read("key.pem"), read("kid"))
    }

    /// Dovecot on `ip` (standard ports, one user) checking this server's tokens, relaying
    /// submissions to `relay`; `only`: no password logins at all.
    pub fn dovecot(
        &self,
        ip: Ipv4Addr,
        leaf: &Leaf,
        user: &str,
        relay: SocketAddr,
        only: bool,
    ) -> super::Dovecot {
        let (key_pem, kid) = self.key();
        super::Dovecot::start_oauth(
            ip,
            leaf,
            &[user],
            super::DovecotPorts::STANDARD,
            super::DovecotExtras {
                relay: Some(relay),
                no_tls: false,
                lmtp: None,
            },
            &super::DovecotOAuth { key_pem, kid, only },
        )
    }

    /// The endpoints as provider data would give them.
    pub fn endpoints(&self, issuer: &str) -> mailsetup::model::OAuthEndpoints {
        let base = format!("https://{}:{}", self.host, self.addr.port());
        mailsetup::model::OAuthEndpoints {
            issuer: issuer.into(),
            auth_url: format!("{base}/authorize"),
            token_url: format!("{base}/token"),
            scope: "openid email offline_access".into(),
        }
    }

    /// The query of every authorization request so far, one JSON object a line.
    pub fn authorize_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("authorize.log")).unwrap_or_default()
    }

    /// Every registration request so far (`--dynamic`), one JSON object a line.
    pub fn register_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("register.log")).unwrap_or_default()
    }

    /// The provider forgets every client registered so far (`--dynamic`).
    pub fn forget_clients(&self) {
        std::fs::write(self.dir.path().join("forget-clients"), "").expect("forget");
    }

    /// From now on every refresh grant is refused (`invalid_grant`): expired or revoked.
    pub fn revoke_refresh_tokens(&self) {
        std::fs::write(self.dir.path().join("revoked"), "").expect("revoke");
    }
}

impl Drop for OAuthServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The environment that makes the test browser follow a sign-in: `$BROWSER` and its settings.
pub fn browser_env(
    ca_pem: &Path,
    provider: &OAuthServer,
    log: &Path,
    wrong_state: bool,
) -> Vec<(String, String)> {
    let mut env = vec![
        (
            "MAILSETUP_TEST_RESOLVE".to_string(),
            format!("{}:{}", provider.host, provider.addr.ip()),
        ),
        (
            "BROWSER".to_string(),
            oauth_dir().join("browser.py").display().to_string(),
        ),
        (
            "MAILSETUP_TEST_CA".to_string(),
            ca_pem.display().to_string(),
        ),
        (
            "MAILSETUP_TEST_BROWSER_LOG".to_string(),
            log.display().to_string(),
        ),
    ];
    if wrong_state {
        env.push(("MAILSETUP_TEST_BROWSER".into(), "wrong-state".into()));
    }
    env
}

/// A whole OAuth2 mail site on a block of its own: DNS for `mail.<domain>` (Dovecot checking this
/// provider's tokens, or taking only those) and `login.<domain>` (the authorization server on
/// 443), and an SMTP sink for submission to relay to.
pub struct OAuthSite {
    pub dns: Dns,
    pub sink: Rogue,
    pub dovecot: Dovecot,
    pub provider: OAuthServer,
    pub ca: Ca,
    pub block: Block,
    pub domain: String,
}

impl OAuthSite {
    pub fn start(domain: &str, only_oauth: bool, mode: OAuthMode) -> OAuthSite {
        let block = Block::fresh();
        let ca = Ca::new();
        let mail_host = format!("mail.{domain}");
        let login_host = format!("login.{domain}");
        let dns = Dns::start(
            block.ip(1),
            &Zone::default()
                .host(&mail_host, block.ip(3))
                .host(&login_host, block.ip(4)),
        );
        let email = format!("alice@{domain}");
        let provider = OAuthServer::start(
            block.ip(4),
            443,
            &login_host,
            &ca.leaf(&[&login_host]),
            &email,
            mode,
        );
        let relay = SocketAddr::from((block.ip(5), 2525));
        let sink = Rogue::start(relay, Behaviour::SmtpSink);
        let dovecot = provider.dovecot(
            block.ip(3),
            &ca.leaf(&[&mail_host]),
            &email,
            relay,
            only_oauth,
        );
        OAuthSite {
            dns,
            sink,
            dovecot,
            provider,
            ca,
            block,
            domain: domain.to_owned(),
        }
    }

    /// The site file of [`site_file`] for this site: `issuer` with this provider's endpoints, or
    /// (`endpoints` false) the issuer alone.
    pub fn site_file(&self, config_home: &Path, issuer: &str, endpoints: bool) {
        let e = endpoints.then(|| self.provider.endpoints(issuer));
        site_file(config_home, &self.domain, issuer, e.as_ref());
    }
}

/// A site autoconfig file (a vouched source) for `domain` in `config_home`: IMAP and submission
/// on `mail.<domain>` that sign in with OAuth2 only, and `<oAuth2>` naming `issuer` — with
/// `endpoints`, or the issuer alone, so they come from its metadata.
pub fn site_file(
    config_home: &Path,
    domain: &str,
    issuer: &str,
    endpoints: Option<&mailsetup::model::OAuthEndpoints>,
) {
    let dir = config_home.join("mailsetup/autoconfig");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let d = domain;
    let oauth = match endpoints {
        Some(e) => format!(
            "<issuer>{issuer}</issuer><scope>{}</scope><authURL>{}</authURL><tokenURL>{}</tokenURL>",
            e.scope, e.auth_url, e.token_url
        ),
        None => format!("<issuer>{issuer}</issuer>"),
    };
    let xml = format!(
        r#"<clientConfig version="1.1"><emailProvider id="{d}"><domain>{d}</domain>
  <incomingServer type="imap"><hostname>mail.{d}</hostname><port>993</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
    <authentication>OAuth2</authentication></incomingServer>
  <outgoingServer type="smtp"><hostname>mail.{d}</hostname><port>465</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username>
    <authentication>OAuth2</authentication></outgoingServer>
</emailProvider>
<oAuth2>{oauth}</oAuth2>
</clientConfig>"#
    );
    std::fs::write(dir.join(format!("{d}.xml")), xml).expect("site file");
}
