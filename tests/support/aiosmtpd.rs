//! aiosmtpd (Debian's `python3-aiosmtpd`): a second SMTP submission implementation beside Dovecot's,
//! on ports 587 (STARTTLS required before anything but EHLO/NOOP/QUIT, AUTH only over TLS) and 465
//! (implicit TLS) of one loopback address, with a certificate from the test CA and users from a file
//! in a temporary folder, checked by an authenticator callback (AUTH PLAIN and LOGIN). Mail it
//! accepts is dropped.
//!
//! Like Dovecot it offers AUTH only over TLS; unlike it, it refuses every command but EHLO, NOOP,
//! QUIT and STARTTLS on 587 before TLS (`530 Must issue a STARTTLS command first`), answers a
//! refused login with `535 5.7.8 Authentication credentials invalid`, and its LOGIN challenges are
//! `User Name` and `Password` with a NUL byte at the end.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{Leaf, tempdir};

/// The server: `server.py IP HOSTNAME CERT KEY USERS`; one `user:password` a line in USERS.
const SERVER_PY: &str = r#"
import asyncio, ssl, sys
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

ip, hostname, cert, key, users_file = sys.argv[1:6]
users = {}
with open(users_file) as f:
    for line in f:
        user, _, password = line.rstrip("\n").partition(":")
        users[user.encode()] = password.encode()

def authenticator(server, session, envelope, mechanism, data):
    ok = isinstance(data, LoginPassword) and users.get(data.login) == data.password
    print(f"auth {mechanism} {data.login!r}: {'ok' if ok else 'refused'}", file=sys.stderr, flush=True)
    # handled=False: aiosmtpd answers the refusal itself (535 5.7.8); with the default (True) it
    # would say nothing at all and leave the client waiting.
    return AuthResult(success=ok, handled=False)

class Sink:
    async def handle_DATA(self, server, session, envelope):
        return "250 2.0.0 OK dropped"

def context():
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    c.load_cert_chain(cert, key)
    return c

def smtp(**tls):
    return lambda: SMTP(Sink(), hostname=hostname, authenticator=authenticator, timeout=60, **tls)

async def main():
    loop = asyncio.get_running_loop()
    # 587: STARTTLS first, AUTH only over TLS.
    await loop.create_server(
        smtp(tls_context=context(), require_starttls=True, auth_require_tls=True), ip, 587)
    # 465: TLS from the first byte. aiosmtpd counts only STARTTLS as TLS for `auth_require_tls`,
    # and nothing here is ever read in plain text.
    await loop.create_server(smtp(auth_require_tls=False), ip, 465, ssl=context())
    print("listening", file=sys.stderr, flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"#;

/// A running aiosmtpd whose users have the password `alicepw`.
pub struct Aiosmtpd {
    child: Child,
    dir: tempfile::TempDir,
    pub ip: Ipv4Addr,
}

impl Aiosmtpd {
    /// On `ip`, ports 587 and 465, greeting as `hostname`, for these usernames.
    pub fn start(ip: Ipv4Addr, leaf: &Leaf, hostname: &str, users: &[&str]) -> Aiosmtpd {
        let dir = tempdir();
        let d = dir.path();
        std::fs::write(d.join("server.py"), SERVER_PY).expect("server.py");
        std::fs::write(d.join("leaf.pem"), &leaf.cert_pem).expect("cert");
        std::fs::write(d.join("leaf.key"), &leaf.key_pem).expect("key");
        let users: String = users.iter().map(|u| format!("{u}:alicepw\n")).collect();
        std::fs::write(d.join("users"), users).expect("users");
        let log = std::fs::File::create(d.join("aiosmtpd.log")).expect("log");
        // Debian's own Python, where python3-aiosmtpd is installed (not whatever python3 is first
        // on the PATH).
        let child = Command::new("/usr/bin/python3")
            .arg(d.join("server.py"))
            .arg(ip.to_string())
            .arg(hostname)
            .arg(d.join("leaf.pem"))
            .arg(d.join("leaf.key"))
            .arg(d.join("users"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("python3 is installed (tests/install-deps.sh installs it)");
        let mut s = Aiosmtpd { child, dir, ip };
        let start = Instant::now();
        for port in [587, 465] {
            let addr = SocketAddr::new(IpAddr::V4(ip), port);
            while std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
                if start.elapsed() > Duration::from_secs(10)
                    || s.child.try_wait().ok().flatten().is_some()
                {
                    panic!("aiosmtpd did not start on {addr}:\n{}", s.log());
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        s
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("aiosmtpd.log")).unwrap_or_default()
    }
}

impl Drop for Aiosmtpd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
