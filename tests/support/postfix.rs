//! Postfix from Debian as a real MTA that delivers: one instance per test with its own configuration
//! folder, queue and log under a temporary folder, listening on port 25 of a test loopback address
//! (plain SMTP, no login: Dovecot's submission relays to it), delivering every recipient of its
//! domain to Dovecot over LMTP. Optionally it refuses one sender, the way a provider refuses an
//! address the login does not own.

use std::net::{Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{tempdir, wait_for_port};

/// The services this instance runs (Debian's master.cf without chroot, for a queue in /tmp).
const MASTER_CF: &str = "\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
";

/// A running Postfix.
pub struct Postfix {
    child: Child,
    dir: tempfile::TempDir,
    pub addr: SocketAddr,
}

impl Postfix {
    /// Postfix on `ip:25` for `domain`, delivering to the LMTP server at `lmtp`; `refuse_sender`
    /// is refused with a 553 naming the reason.
    pub fn start(
        ip: Ipv4Addr,
        domain: &str,
        lmtp: SocketAddr,
        refuse_sender: Option<&str>,
    ) -> Postfix {
        let dir = tempdir();
        let d = dir.path();
        std::fs::create_dir_all(d.join("queue")).expect("mkdir queue");
        std::fs::create_dir_all(d.join("data")).expect("mkdir data");
        let _ = Command::new("chmod").arg("0755").arg(d).status();
        let restrictions = match refuse_sender {
            Some(s) => format!(
                "smtpd_sender_restrictions = check_sender_access inline:{{ {{{s}=553 5.7.1 Sender address rejected: not owned by this login}} }}\n"
            ),
            None => String::new(),
        };
        let main = format!(
            "compatibility_level = 3.6\nqueue_directory = {t}/queue\ndata_directory = {t}/data\n\
             mail_owner = postfix\nsetgid_group = postdrop\ninet_interfaces = loopback-only\n\
             inet_protocols = ipv4\nmyhostname = mx.{domain}\nmydomain = {domain}\nmyorigin = {domain}\n\
             mydestination = {domain}\nmynetworks = 127.0.0.0/8\nlocal_recipient_maps =\n\
             local_transport = lmtp:inet:{lmtp}\nalias_maps =\nalias_database =\nbiff = no\n\
             maillog_file_prefixes = {t}\nmaillog_file = {t}/maillog\n{restrictions}",
            t = d.display(),
        );
        std::fs::write(d.join("main.cf"), main).expect("main.cf");
        let master = format!("{ip}:25 inet n - n - - smtpd\n{MASTER_CF}");
        std::fs::write(d.join("master.cf"), master).expect("master.cf");
        // `postfix check` creates the queue's folders with their owners.
        let checked = Command::new("postfix")
            .arg("-c")
            .arg(d)
            .arg("check")
            .stdin(Stdio::null())
            .status()
            .expect("postfix is installed (tests/install-deps.sh installs it)");
        assert!(
            checked.success(),
            "postfix check failed for {}",
            d.display()
        );
        let _ = Command::new("chown")
            .arg("postfix")
            .arg(d.join("data"))
            .status();
        let child = Command::new("/usr/lib/postfix/sbin/master")
            .arg("-c")
            .arg(d)
            .arg("-d")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("postfix's master");
        let addr = SocketAddr::from((ip, 25));
        wait_for_port(addr, "postfix");
        Postfix { child, dir, addr }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("maillog")).unwrap_or_default()
    }

    /// Sends one message to `to` over plain SMTP, as another mail server would.
    pub fn deliver(&self, from: &str, to: &str, message: &str) {
        use std::io::{BufRead, BufReader, Write};
        let tcp = std::net::TcpStream::connect(self.addr).expect("connect to postfix");
        tcp.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        let mut r = BufReader::new(tcp.try_clone().expect("clone"));
        let mut w = tcp;
        let mut reply = || loop {
            let mut l = String::new();
            r.read_line(&mut l).expect("a reply");
            if l.as_bytes().get(3) != Some(&b'-') {
                break l;
            }
        };
        assert!(reply().starts_with("220"));
        for (cmd, want) in [
            ("EHLO sender.test".to_string(), "250"),
            (format!("MAIL FROM:<{from}>"), "250"),
            (format!("RCPT TO:<{to}>"), "250"),
            ("DATA".to_string(), "354"),
            (format!("{message}\r\n."), "250"),
            ("QUIT".to_string(), "221"),
        ] {
            write!(w, "{cmd}\r\n").expect("send");
            let got = reply();
            assert!(got.starts_with(want), "{cmd} → {got}\n{}", self.log());
        }
    }

    /// Waits until the queue is empty (everything delivered or bounced), at most 20 s.
    pub fn wait_for_empty_queue(&self) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            let out = Command::new("postqueue")
                .arg("-c")
                .arg(self.dir.path())
                .arg("-j")
                .output()
                .expect("postqueue");
            if out.stdout.is_empty() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("postfix did not empty its queue:\n{}", self.log());
    }
}

impl Drop for Postfix {
    fn drop(&mut self) {
        // TERM lets the master stop its own children; then make sure it is gone.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
