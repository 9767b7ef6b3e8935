//! DNS: a dnsmasq on one loopback address, port 53, answering only from the records a test gives it;
//! and, for behaviour no real server shows on demand, a hand-written one that answers every question
//! with SERVFAIL or REFUSED, or never answers at all ([`Dns::servfail`], [`Dns::refused`],
//! [`Dns::silent`]).

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, UdpSocket};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use super::{tempdir, wait_for_port};

/// Records for dnsmasq (its configuration syntax).
#[derive(Default, Clone)]
pub struct Zone {
    lines: Vec<String>,
}

impl Zone {
    pub fn host(mut self, name: &str, ip: Ipv4Addr) -> Self {
        self.lines.push(format!("host-record={name},{ip}"));
        self
    }
    pub fn mx(mut self, domain: &str, host: &str, pref: u16) -> Self {
        self.lines.push(format!("mx-host={domain},{host},{pref}"));
        self
    }
    pub fn srv(mut self, name: &str, target: &str, port: u16, priority: u16, weight: u16) -> Self {
        self.lines.push(format!(
            "srv-host={name},{target},{port},{priority},{weight}"
        ));
        self
    }
    /// An SRV record with target "." (service not offered).
    pub fn srv_none(mut self, name: &str) -> Self {
        self.lines.push(format!("srv-host={name}"));
        self
    }
    pub fn txt(mut self, name: &str, text: &str) -> Self {
        self.lines.push(format!("txt-record={name},\"{text}\""));
        self
    }
    /// Questions about `domain` and the names under it that have no record here are passed on to
    /// the DNS server at `to` (port 53), and its answer given back.
    pub fn forward(mut self, domain: &str, to: Ipv4Addr) -> Self {
        self.lines.push(format!("server=/{domain}/{to}"));
        self
    }
}

/// A running dnsmasq, authoritative (NXDOMAIN for unknown names) for `.test`.
pub struct Dns {
    child: Child,
    _dir: tempfile::TempDir,
    pub addr: SocketAddr,
}

impl Dns {
    pub fn start(ip: Ipv4Addr, zone: &Zone) -> Dns {
        let dir = tempdir();
        let conf = dir.path().join("dnsmasq.conf");
        let mut text = format!(
            "port=53\nlisten-address={ip}\nbind-interfaces\nno-resolv\nno-hosts\nno-daemon\nlocal=/test/\n"
        );
        for l in &zone.lines {
            text.push_str(l);
            text.push('\n');
        }
        std::fs::write(&conf, text).expect("write dnsmasq.conf");
        let child = Command::new("dnsmasq")
            .arg(format!("--conf-file={}", conf.display()))
            .arg("--pid-file=")
            .arg("--user=root")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dnsmasq is installed (tests/run.sh installs it)");
        let addr = SocketAddr::new(IpAddr::V4(ip), 53);
        wait_for_port(addr, "dnsmasq");
        Dns {
            child,
            _dir: dir,
            addr,
        }
    }
}

impl Drop for Dns {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A hand-written DNS server on port 53 of one loopback address that fails every question one way:
/// an answer with an error code (SERVFAIL, REFUSED) echoing the question, or silence (the UDP
/// questions read and dropped; TCP connections queued and never accepted).
pub struct FailingDns {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    _tcp: Option<TcpListener>,
}

/// RCODE 2 (RFC 1035 §4.1.1).
const SERVFAIL: u8 = 2;
/// RCODE 5 (RFC 1035 §4.1.1).
const REFUSED: u8 = 5;

impl Dns {
    /// A DNS server that answers every question with SERVFAIL ("server failure").
    pub fn servfail(ip: Ipv4Addr) -> FailingDns {
        FailingDns::start(ip, Some(SERVFAIL))
    }

    /// A DNS server that answers every question with REFUSED.
    pub fn refused(ip: Ipv4Addr) -> FailingDns {
        FailingDns::start(ip, Some(REFUSED))
    }

    /// A DNS server that reads every question and never answers, over UDP or TCP.
    pub fn silent(ip: Ipv4Addr) -> FailingDns {
        FailingDns::start(ip, None)
    }
}

impl FailingDns {
    fn start(ip: Ipv4Addr, rcode: Option<u8>) -> FailingDns {
        let addr = SocketAddr::new(IpAddr::V4(ip), 53);
        let udp = UdpSocket::bind(addr).unwrap_or_else(|e| panic!("bind udp {addr}: {e}"));
        udp.set_read_timeout(Some(Duration::from_millis(50)))
            .expect("read timeout");
        // Silence over TCP too: a listener that never accepts, so a resolver that tries TCP waits.
        let tcp = rcode
            .is_none()
            .then(|| TcpListener::bind(addr).unwrap_or_else(|e| panic!("bind tcp {addr}: {e}")));
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while !stopped.load(Ordering::Relaxed) {
                let Ok((n, from)) = udp.recv_from(&mut buf) else {
                    continue;
                };
                if let Some(reply) = rcode.and_then(|c| failure_reply(&buf[..n], c)) {
                    let _ = udp.send_to(&reply, from);
                }
            }
        });
        FailingDns {
            addr,
            stop,
            thread: Some(thread),
            _tcp: tcp,
        }
    }
}

/// The reply to `query` with `rcode` and no records: the same id, opcode, RD flag and question.
fn failure_reply(query: &[u8], rcode: u8) -> Option<Vec<u8>> {
    let header = query.get(..12)?;
    let questions = u16::from_be_bytes([header[4], header[5]]);
    // The first question: its name's labels up to the root, then type and class.
    let mut end = 12;
    if questions > 0 {
        loop {
            let len = usize::from(*query.get(end)?);
            end += 1;
            if len == 0 {
                break;
            }
            if len & 0xC0 != 0 {
                return None; // no compression in a question we sent
            }
            end += len;
        }
        end += 4;
        query.get(..end)?;
    }
    let mut reply = Vec::with_capacity(end);
    reply.extend_from_slice(&header[..2]);
    reply.push(0x80 | (header[2] & 0x79)); // QR, the query's opcode and RD
    reply.push(0x80 | rcode); // RA, the error code
    reply.extend_from_slice(&[0, u8::from(questions > 0), 0, 0, 0, 0, 0, 0]);
    reply.extend_from_slice(&query[12..end]);
    Some(reply)
}

impl Drop for FailingDns {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
