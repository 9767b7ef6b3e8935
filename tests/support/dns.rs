//! DNS: a dnsmasq on one loopback address, port 53, answering only from the records a test gives it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};

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
