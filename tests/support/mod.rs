//! Real servers for the integration tests and the benchmark, started on loopback and stopped on drop:
//! dnsmasq (DNS), an in-process hyper server with rustls (HTTPS and HTTP), Dovecot (IMAP, POP3,
//! submission), a test CA made with rcgen, and small hand-written servers only for behaviour no real
//! server shows (a host that accepts and never speaks, one that sends endless lines).
//!
//! Every test takes its own block of loopback addresses (127.X.Y.0/24), so tests run in parallel and
//! real servers listen on their standard ports (443, 80, 993 …). This needs root, as on CI.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};
use rustls_pki_types::pem::PemObject;

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
// Certificates

/// A test certificate authority. Its PEM file is what `--ca-file` gets.
pub struct Ca {
    issuer: CertifiedIssuer<'static, KeyPair>,
    dir: tempfile::TempDir,
    pub pem_path: PathBuf,
}

/// A calendar date: year, month, day.
type Ymd = (i32, u8, u8);

/// A leaf certificate and its key, PEM.
#[derive(Clone)]
pub struct Leaf {
    pub cert_pem: String,
    pub key_pem: String,
}

impl Ca {
    pub fn new() -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
        params
            .distinguished_name
            .push(DnType::CommonName, "Mail Setup Test CA");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let key = KeyPair::generate().expect("key");
        let issuer = CertifiedIssuer::self_signed(params, key).expect("CA");
        let dir = tempdir();
        let pem_path = dir.path().join("ca.pem");
        std::fs::write(&pem_path, issuer.pem()).expect("write CA");
        Ca {
            issuer,
            dir,
            pem_path,
        }
    }

    /// A server certificate for these names, signed by this CA, that expired in 2021.
    pub fn expired_leaf(&self, names: &[&str]) -> Leaf {
        self.make_leaf(names, Some(((2020, 1, 1), (2021, 1, 1))), false)
    }

    /// A certificate for these names that signs itself (not by this CA, not a CA itself).
    pub fn self_signed_leaf(&self, names: &[&str]) -> Leaf {
        self.make_leaf(names, None, true)
    }

    /// A server certificate for these names, signed by this CA.
    pub fn leaf(&self, names: &[&str]) -> Leaf {
        self.make_leaf(names, None, false)
    }

    fn make_leaf(&self, names: &[&str], validity: Option<(Ymd, Ymd)>, self_signed: bool) -> Leaf {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        let mut params = CertificateParams::new(names.clone()).expect("params");
        params.distinguished_name.push(
            DnType::CommonName,
            names.first().cloned().unwrap_or_default(),
        );
        params.is_ca = IsCa::NoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        if let Some(((fy, fm, fd), (ty, tm, td))) = validity {
            params.not_before = rcgen::date_time_ymd(fy, fm, fd);
            params.not_after = rcgen::date_time_ymd(ty, tm, td);
        }
        let key = KeyPair::generate().expect("key");
        let cert = if self_signed {
            params.self_signed(&key).expect("self-sign")
        } else {
            params.signed_by(&key, &self.issuer).expect("sign")
        };
        Leaf {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// DNS: dnsmasq

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

// ---------------------------------------------------------------------------------------------
// HTTP(S): hyper + rustls in-process

/// What the web server answers for one URL.
#[derive(Clone, Debug)]
pub enum Reply {
    Body(String),
    Status(u16),
    Redirect(String),
    /// Accept the request and never answer.
    Hang,
    /// A body of this many bytes.
    Big(usize),
    /// This body, after this long.
    Slow(Duration, String),
}

/// A request the web server saw.
#[derive(Clone, Debug)]
pub struct Seen {
    pub scheme: &'static str,
    pub method: String,
    pub host: String,
    /// Path and query.
    pub target: String,
    pub body: String,
    pub has_authorization: bool,
}

/// An HTTPS (port 443) and HTTP (port 80) server on one address, routing by scheme, Host and path.
pub struct Web {
    rt: Option<tokio::runtime::Runtime>,
    seen: Arc<Mutex<Vec<Seen>>>,
    pub ip: Ipv4Addr,
}

type Routes = Arc<HashMap<(String, String, String), Reply>>;

async fn handle(
    req: hyper::Request<hyper::body::Incoming>,
    scheme: &'static str,
    routes: Routes,
    seen: Arc<Mutex<Vec<Seen>>>,
) -> Result<hyper::Response<Full<Bytes>>, std::convert::Infallible> {
    let host = req
        .headers()
        .get(hyper::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .to_owned();
    let method = req.method().to_string();
    let target = req
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_default();
    let path = req.uri().path().to_owned();
    let has_authorization = req.headers().contains_key(hyper::header::AUTHORIZATION);
    let body = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    seen.lock().expect("lock").push(Seen {
        scheme,
        method,
        host: host.clone(),
        target,
        body: String::from_utf8_lossy(&body).into_owned(),
        has_authorization,
    });
    let reply = routes
        .get(&(scheme.to_owned(), host, path))
        .cloned()
        .unwrap_or(Reply::Status(404));
    let resp = match reply {
        Reply::Body(b) => hyper::Response::builder()
            .header("content-type", "text/xml")
            .body(Full::new(Bytes::from(b))),
        Reply::Status(s) => hyper::Response::builder()
            .status(s)
            .body(Full::new(Bytes::from_static(b"not here"))),
        Reply::Redirect(to) => hyper::Response::builder()
            .status(302)
            .header("location", to)
            .body(Full::new(Bytes::new())),
        Reply::Hang => {
            std::future::pending::<()>().await;
            unreachable!()
        }
        Reply::Big(n) => hyper::Response::builder().body(Full::new(Bytes::from(vec![b'<'; n]))),
        Reply::Slow(after, b) => {
            tokio::time::sleep(after).await;
            hyper::Response::builder()
                .header("content-type", "text/xml")
                .body(Full::new(Bytes::from(b)))
        }
    };
    Ok(resp.expect("response"))
}

impl Web {
    /// Serves `routes`: (scheme, host, path) → reply. `names` go into the HTTPS certificate.
    pub fn start(
        ip: Ipv4Addr,
        ca: &Ca,
        names: &[&str],
        routes: Vec<(&str, &str, &str, Reply)>,
    ) -> Web {
        let leaf = ca.leaf(names);
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let routes: Routes = Arc::new(
            routes
                .into_iter()
                .map(|(s, h, p, r)| ((s.to_owned(), h.to_owned(), p.to_owned()), r))
                .collect(),
        );
        let seen = Arc::new(Mutex::new(Vec::new()));
        let certs = rustls_pki_types::CertificateDer::pem_slice_iter(leaf.cert_pem.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .expect("cert");
        let key =
            rustls_pki_types::PrivateKeyDer::from_pem_slice(leaf.key_pem.as_bytes()).expect("key");
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("versions")
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .expect("server config");
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        for (port, scheme) in [(443u16, "https"), (80u16, "http")] {
            let addr = SocketAddr::new(IpAddr::V4(ip), port);
            let listener = std_listener(addr);
            let routes = routes.clone();
            let seen = seen.clone();
            let acceptor = acceptor.clone();
            rt.spawn(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                loop {
                    let Ok((tcp, _)) = listener.accept().await else {
                        continue;
                    };
                    // As production web servers do; without it Nagle + delayed ACK add ~40 ms.
                    let _ = tcp.set_nodelay(true);
                    let routes = routes.clone();
                    let seen = seen.clone();
                    let acceptor = acceptor.clone();
                    tokio::spawn(async move {
                        let service = hyper::service::service_fn(move |req| {
                            handle(req, scheme, routes.clone(), seen.clone())
                        });
                        let builder = hyper::server::conn::http1::Builder::new();
                        if scheme == "https" {
                            if let Ok(tls) = acceptor.accept(tcp).await {
                                let _ = builder
                                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                                    .await;
                            }
                        } else {
                            let _ = builder
                                .serve_connection(hyper_util::rt::TokioIo::new(tcp), service)
                                .await;
                        }
                    });
                }
            });
        }
        Web {
            rt: Some(rt),
            seen,
            ip,
        }
    }

    /// Every request seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

impl Drop for Web {
    fn drop(&mut self) {
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Hand-written misbehaving servers

/// Listens on `addr`; each connection gets `behaviour`. Runs on its own thread, stops on drop.
pub struct Rogue {
    rt: Option<tokio::runtime::Runtime>,
}

#[derive(Clone, Copy)]
pub enum Behaviour {
    /// Accept and say nothing, ever.
    Silent,
    /// Send an endless line.
    EndlessLine,
    /// Send `greeting`, then answer each line received with the next reply; close when none is left.
    Script {
        greeting: &'static str,
        replies: &'static [&'static str],
    },
    /// A tiny SMTP sink (Dovecot's relay): 220, then 250 to everything, 354 to DATA, 221 to QUIT.
    SmtpSink,
    /// Send this greeting, then read whatever comes and never answer.
    GreetThenSilent(&'static str),
}

impl Rogue {
    pub fn start(addr: SocketAddr, behaviour: Behaviour) -> Rogue {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let listener = std_listener(addr);
        rt.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            loop {
                let Ok((mut tcp, _)) = listener.accept().await else {
                    continue;
                };
                tokio::spawn(async move {
                    use tokio::io::AsyncWriteExt;
                    match behaviour {
                        Behaviour::Silent => {
                            let _keep = &tcp;
                            std::future::pending::<()>().await;
                        }
                        Behaviour::EndlessLine => {
                            let chunk = vec![b'x'; 8192];
                            while tcp.write_all(&chunk).await.is_ok() {}
                        }
                        Behaviour::Script { greeting, replies } => {
                            use tokio::io::AsyncBufReadExt;
                            let (r, mut w) = tcp.into_split();
                            let mut lines = tokio::io::BufReader::new(r).lines();
                            let _ = w.write_all(greeting.as_bytes()).await;
                            for reply in replies {
                                if !matches!(lines.next_line().await, Ok(Some(_))) {
                                    return;
                                }
                                let _ = w.write_all(reply.as_bytes()).await;
                            }
                            let _ = lines.next_line().await;
                        }
                        Behaviour::GreetThenSilent(greeting) => {
                            use tokio::io::AsyncReadExt;
                            let _ = tcp.write_all(greeting.as_bytes()).await;
                            let mut buf = [0u8; 1024];
                            while matches!(tcp.read(&mut buf).await, Ok(n) if n > 0) {}
                        }
                        Behaviour::SmtpSink => {
                            use tokio::io::AsyncBufReadExt;
                            let (r, mut w) = tcp.into_split();
                            let mut lines = tokio::io::BufReader::new(r).lines();
                            let _ = w.write_all(b"220 sink ESMTP\r\n").await;
                            let mut in_data = false;
                            while let Ok(Some(l)) = lines.next_line().await {
                                let reply: &[u8] = if in_data {
                                    if l != "." {
                                        continue;
                                    }
                                    in_data = false;
                                    b"250 2.0.0 queued\r\n"
                                } else if l.eq_ignore_ascii_case("DATA") {
                                    in_data = true;
                                    b"354 go ahead\r\n"
                                } else if l.eq_ignore_ascii_case("QUIT") {
                                    let _ = w.write_all(b"221 bye\r\n").await;
                                    return;
                                } else {
                                    b"250 ok\r\n"
                                };
                                let _ = w.write_all(reply).await;
                            }
                        }
                    }
                });
            }
        });
        Rogue { rt: Some(rt) }
    }
}

impl Drop for Rogue {
    fn drop(&mut self) {
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Dovecot

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
}

impl Dovecot {
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
        // No brute-force penalty: tests fail logins on purpose, one after another.
        services.push_str(
            "}\nservice anvil {\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}\n",
        );
        let conf = format!(
            "base_dir = {t}/run\nstate_dir = {t}/state\nlog_path = /dev/stderr\n\
             protocols = imap pop3 submission\nlisten = {ip}\nhostname = mail.example.test\n\
             {ssl}\
             auth_mechanisms = plain login\nauth_failure_delay = 0\nauth_verbose = yes\n\
             passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u {t}/users\n}}\n\
             userdb {{\n  driver = static\n  args = uid=nobody gid=nogroup home={t}/home/%u\n}}\n\
             mail_location = maildir:~/Maildir\n\
             submission_relay_host = {relay_host}\nsubmission_relay_port = {relay_port}\n{services}",
            t = d.display(),
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

// ---------------------------------------------------------------------------------------------
// Running the program against a scenario

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
