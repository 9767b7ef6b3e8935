//! GNU Mailutils' `imap4d` and `pop3d`: a second IMAP and POP3 implementation beside Dovecot (none
//! of its code shared), on the four standard ports of one loopback address, configured entirely from
//! a temporary folder: TLS from the test CA (implicit on 993 and 995, STARTTLS required before any
//! login on 143 and 110), users from a `virtdomain` password file (UNIX passwd format, crypt(3)
//! hashes), so they log in as `<user>@<domain>`.
//!
//! Unlike Dovecot it greets with a bare `* OK IMAP4rev1` (no capabilities), offers no SASL-IR,
//! advertises `XTLSREQUIRED` instead of `LOGINDISABLED` before TLS, and its POP3 has no SASL at all
//! (USER/PASS only, and only after STLS).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::os::unix::process::CommandExt as _;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{Leaf, tempdir};

/// `alicepw` hashed with SHA-512 crypt (`openssl passwd -6 -salt mailsetup alicepw`).
const ALICEPW_CRYPT: &str = "$6$mailsetup$1b2MLX/.YbhLaEi1dxHcotxtEEtnvMMkOadz8GFSsZ4b6zy46J4hTXHUKf02Z7OaRii5aWd.LkixRs4DIqDo8/";

/// The standard ports, in the order they are waited for.
const PORTS: [u16; 4] = [143, 993, 110, 995];

/// Running `imap4d` and `pop3d` whose users (`<local part>@<domain>`) have the password `alicepw`.
pub struct Mailutils {
    imap4d: Child,
    pop3d: Child,
    dir: tempfile::TempDir,
    pub ip: Ipv4Addr,
}

impl Mailutils {
    /// Both daemons on `ip`, for `domain`'s users with these local parts.
    pub fn start(ip: Ipv4Addr, leaf: &Leaf, domain: &str, local_parts: &[&str]) -> Mailutils {
        let dir = tempdir();
        let d = dir.path();
        std::fs::create_dir_all(d.join("passwd")).expect("mkdir passwd");
        // The daemons run a session as the user (nobody) once logged in; its mail lives here.
        let mut passwd = String::new();
        for u in local_parts {
            let home = d.join("home").join(u);
            std::fs::create_dir_all(&home).expect("mkdir home");
            let _ = Command::new("chmod").arg("0777").arg(&home).status();
            passwd.push_str(&format!(
                "{u}:{ALICEPW_CRYPT}:65534:65534:{u}:{}:/bin/false\n",
                home.display()
            ));
        }
        std::fs::write(d.join("passwd").join(domain), passwd).expect("passwd");
        let _ = Command::new("chmod").arg("0755").arg(d).status();
        std::fs::write(d.join("leaf.pem"), &leaf.cert_pem).expect("cert");
        std::fs::write(d.join("leaf.key"), &leaf.key_pem).expect("key");
        let common = format!(
            "logging {{ syslog false; }}\n\
             auth {{ authorization virtdomain; authentication generic; }}\n\
             virtdomain {{ passwd-dir {t}/passwd; }}\n\
             tls-file-checks {{ key-file none; cert-file none; ca-file none; }}\n\
             tls {{ ssl-certificate-file {t}/leaf.pem; ssl-key-file {t}/leaf.key; }}\n\
             tcp-wrappers {{ enable false; }}\n",
            t = d.display()
        );
        let conf = |plain: u16, tls: u16| {
            format!(
                "{common}server {ip}:{plain} {{ tls-mode required; }}\n\
                 server {ip}:{tls} {{ tls-mode connection; }}\n"
            )
        };
        std::fs::write(d.join("imap4d.conf"), conf(143, 993)).expect("imap4d.conf");
        std::fs::write(d.join("pop3d.conf"), conf(110, 995)).expect("pop3d.conf");
        let spawn = |program: &str| {
            let log = std::fs::File::create(d.join(format!("{program}.log"))).expect("log");
            Command::new(program)
                .arg(format!(
                    "--config-file={}",
                    d.join(format!("{program}.conf")).display()
                ))
                .arg("--daemon")
                .arg("--foreground")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(log)
                // Its own process group: the sessions it forks end with it (see `Drop`).
                .process_group(0)
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("{program} is installed (tests/install-deps.sh installs it): {e}")
                })
        };
        let m = Mailutils {
            imap4d: spawn("imap4d"),
            pop3d: spawn("pop3d"),
            dir,
            ip,
        };
        let start = Instant::now();
        for port in PORTS {
            let addr = SocketAddr::new(IpAddr::V4(ip), port);
            while std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
                if start.elapsed() > Duration::from_secs(10) {
                    panic!("mailutils did not start on {addr}:\n{}", m.log());
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        m
    }

    /// Both daemons' logs.
    pub fn log(&self) -> String {
        let read = |p: &str| std::fs::read_to_string(self.dir.path().join(p)).unwrap_or_default();
        format!(
            "imap4d:\n{}\npop3d:\n{}",
            read("imap4d.log"),
            read("pop3d.log")
        )
    }
}

impl Drop for Mailutils {
    fn drop(&mut self) {
        for child in [&mut self.imap4d, &mut self.pop3d] {
            // The daemon and the sessions it forked (their group is the daemon's id).
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg("--")
                .arg(format!("-{}", child.id()))
                .stderr(Stdio::null())
                .status();
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
