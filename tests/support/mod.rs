//! Real servers for the integration tests and the benchmark, started on loopback and stopped on drop:
//! dnsmasq (DNS), an in-process hyper server with rustls (HTTPS and HTTP), Dovecot (IMAP, POP3,
//! submission), a test CA made with rcgen, and small hand-written servers only for behaviour no real
//! server shows (a host that accepts and never speaks, one that sends endless lines).
//!
//! Every test takes its own block of loopback addresses (127.X.Y.0/24), so tests run in parallel and
//! real servers listen on their standard ports (443, 80, 993 …). This needs root, as on CI.
//!
//! One file per fixture: `ca.rs` (the test CA and its leaves), `dns.rs` (dnsmasq), `web.rs` (HTTPS
//! and HTTP), `dovecot.rs`, `postfix.rs` (a Postfix delivering to Dovecot's LMTP), `rogue.rs`
//! (hand-written misbehaving servers), `oauth.rs` (the OAuth2 server and the test browser),
//! `mail_domains.rs` (the domains the wizard tests set up, window and terminal), `mailroom.rs` (the
//! domains and Thunderbird profiles of the diagnose tests). This file keeps what they
//! share (address blocks, listening sockets, temporary folders) and the helpers that point the
//! program at a scenario; everything is re-exported here, so tests name it `support::Name`.
//! Each test binary uses only part of it, hence `dead_code` is allowed for the whole tree.
#![allow(dead_code)]

mod aiosmtpd;
mod ca;
mod dns;
mod dovecot;
mod mail_domains;
pub mod mailroom;
mod mailutils;
mod oauth;
mod postfix;
mod rogue;
mod web;

// The re-exports a binary does not use would warn like the items themselves; allowed the same way.
#[allow(unused_imports)]
pub use {
    aiosmtpd::Aiosmtpd,
    ca::{Ca, Leaf},
    dns::{Dns, Zone},
    dovecot::{Dovecot, DovecotExtras, DovecotOAuth, DovecotPorts},
    mail_domains::MailDomains,
    mailutils::Mailutils,
    oauth::{OAuthMode, OAuthServer, OAuthSite, browser_env, oauth_dir, site_file},
    postfix::Postfix,
    rogue::{Behaviour, Rogue},
    web::{Reply, Seen, Web},
};

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// A block of 256 loopback addresses of our own.
#[derive(Debug, Clone, Copy)]
pub struct Block(u8, u8);

static NEXT_BLOCK: AtomicU32 = AtomicU32::new(0);

impl Block {
    pub fn fresh() -> Block {
        let n = NEXT_BLOCK.fetch_add(1, Ordering::SeqCst);
        let pid = std::process::id();
        // X from the process (test binaries run one after another; benches apart), Y per test.
        let x = 10 + (pid % 230) as u8;
        let y = (n % 250) as u8 + 1;
        Block(x, y)
    }

    pub fn ip(&self, last: u8) -> Ipv4Addr {
        Ipv4Addr::new(127, self.0, self.1, last)
    }
}

/// A listening socket, non-blocking, ready for tokio (binding standard ports needs root).
fn std_listener(addr: SocketAddr) -> std::net::TcpListener {
    let l = std::net::TcpListener::bind(addr).unwrap_or_else(|e| panic!("bind {addr}: {e}"));
    l.set_nonblocking(true).expect("nonblocking");
    l
}

/// A temporary folder removed on drop.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("mailsetup-test")
        .tempdir()
        .expect("tempdir")
}

/// Waits until `addr` accepts TCP connections.
pub fn wait_for_port(addr: SocketAddr, what: &str) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("{what} did not start listening on {addr}");
}

// ---------------------------------------------------------------------------------------------
// Running the program against a scenario

/// The binary's network flags for a scenario: its DNS server, the test CA, and an ISPDB at an
/// address of the block where nothing listens (so the ISPDB answers nothing, quickly).
pub fn aim<'c>(
    c: &'c mut std::process::Command,
    dns: &Dns,
    ca: &Ca,
    no_ispdb: Ipv4Addr,
) -> &'c mut std::process::Command {
    c.arg("--dns-server")
        .arg(dns.addr.to_string())
        .arg("--ca-file")
        .arg(&ca.pem_path)
        .arg("--ispdb-url")
        .arg(format!("https://{no_ispdb}/none/"))
}

/// Builds the network layer for a scenario: its DNS server, the test CA, an ISPDB URL.
pub fn net(dns: &Dns, ca: &Ca, ispdb: Option<&str>) -> mailsetup::net::Net {
    mailsetup::net::Net::new(&mailsetup::net::NetConfig {
        dns_server: Some(dns.addr),
        ca_files: vec![ca.pem_path.clone()],
        ispdb_url: ispdb.map(|u| url::Url::parse(u).expect("url")),
        pins: Vec::new(),
    })
    .expect("net")
}

/// Options with short timeouts and no site folders (unless given).
pub fn options(site_dirs: &[&Path]) -> mailsetup::discover::Options {
    let mut o = mailsetup::discover::Options {
        site_dirs: site_dirs.iter().map(|p| p.to_path_buf()).collect(),
        ..Default::default()
    };
    o.timeouts.http = Duration::from_secs(2);
    o.timeouts.ispdb = Duration::from_secs(2);
    o.timeouts.dns = Duration::from_secs(2);
    o.timeouts.probe = Duration::from_secs(2);
    o.timeouts.overall = Duration::from_secs(8);
    o
}

/// Live-check limits for tests: generous, since several Dovecots start at once on two cores in CI.
pub fn check_timeouts() -> mailsetup::check::CheckTimeouts {
    mailsetup::check::CheckTimeouts {
        connect: Duration::from_secs(5),
        handshake: Duration::from_secs(10),
        greeting: Duration::from_secs(10),
        reply: Duration::from_secs(10),
        whole: Duration::from_secs(30),
    }
}

/// A message of the catalogue in the locale in force on this thread (the tests' words follow the
/// program's).
pub fn say(id: &str) -> String {
    mailsetup::i18n::text(id, None)
}

/// A message with its variables.
pub fn say_with(id: &str, args: &[(&str, &str)]) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        a.set(*k, *v);
    }
    mailsetup::i18n::text(id, Some(&a))
}
