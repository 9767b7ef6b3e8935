//! A real OAuth2 authorization server: npm's `oauth2-mock-server` (checks PKCE, signs RS256 JWTs)
//! run by `tests/oauth2-server/server.js` under node, over HTTPS with a test-CA certificate, on a
//! loopback address and port of the test's own. `tests/install-deps.sh` installs node and runs
//! `npm ci` there. Also the test "browser" (`tests/oauth2-server/browser.py`) that `$BROWSER`
//! points at.

use std::io::{BufRead as _, BufReader};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use super::{Leaf, tempdir};

/// The folder of the npm project (package.json, package-lock.json, server.js, browser.py).
pub fn oauth_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oauth2-server")
}

/// How the authorization server behaves.
#[derive(Clone, Copy, Default)]
pub struct OAuthMode {
    /// The person says no on the sign-in page: the redirect carries `error=access_denied`.
    pub deny: bool,
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
