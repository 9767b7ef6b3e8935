//! The live check against real Dovecot (IMAP, POP3, submission with an SMTP sink as its relay) and,
//! only for misbehaviour no real server shows, small scripted servers.

mod support;

use std::time::{Duration, Instant};

use mailsetup::address::Address;
use mailsetup::check::{CheckTimeouts, ProblemKind, ServerCheck, check, check_server};
use mailsetup::model::{Auth, Protocol, Secret, Security, Server, SourceId};
use support::{Behaviour, Block, Ca, Dns, Dovecot, DovecotExtras, DovecotPorts, Rogue, Zone};

const PW: &str = "alicepw";

fn server(
    protocol: Protocol,
    host: &str,
    port: u16,
    security: Security,
    username: &str,
    trusted: bool,
) -> Server {
    Server {
        protocol,
        host: host.into(),
        port,
        security,
        username: username.into(),
        auth: Auth::PasswordCleartext,
        source: if trusted {
            SourceId::Autoconfig
        } else {
            SourceId::Guess
        },
        url: "test".into(),
        trusted,
        oauth: None,
    }
}

fn timeouts() -> CheckTimeouts {
    support::check_timeouts()
}

struct Site {
    _dns: Dns,
    _sink: Rogue,
    dovecot: Dovecot,
    net: mailsetup::net::Net,
    ca: Ca,
    block: Block,
}

/// DNS for `mail.<domain>` → Dovecot (with the given certificate and ports) plus an SMTP sink relay.
fn site(domain: &str, leaf_kind: &str, ports: DovecotPorts, no_tls: bool) -> Site {
    let block = Block::fresh();
    let ca = Ca::new();
    let host = format!("mail.{domain}");
    let mail_ip = block.ip(3);
    let dns = Dns::start(block.ip(1), &Zone::default().host(&host, mail_ip));
    let leaf = match leaf_kind {
        "wrong-host" => ca.leaf(&["elsewhere.example.net"]),
        "expired" => ca.expired_leaf(&[&host]),
        "self-signed" => ca.self_signed_leaf(&[&host]),
        _ => ca.leaf(&[&host]),
    };
    let relay = std::net::SocketAddr::from((block.ip(5), 2525));
    let sink = Rogue::start(relay, Behaviour::SmtpSink);
    let users = [format!("alice@{domain}"), "bob".to_string()];
    let users: Vec<&str> = users.iter().map(String::as_str).collect();
    let dovecot = Dovecot::start_with(
        mail_ip,
        &leaf,
        &users,
        ports,
        DovecotExtras {
            relay: Some(relay),
            no_tls,
            lmtp: None,
        },
    );
    let net = support::net(&dns, &ca, None);
    Site {
        _dns: dns,
        _sink: sink,
        dovecot,
        net,
        ca,
        block,
    }
}

async fn one(site: &Site, addr: &str, s: &Server, pw: &str) -> ServerCheck {
    let addr = Address::parse(addr).expect("address");
    check_server(
        &site.net,
        &addr,
        s,
        &Secret::new(pw.to_string()),
        &timeouts(),
    )
    .await
}

fn kind(c: &ServerCheck) -> Option<ProblemKind> {
    // check_server leaves diagnosis to check(); run it the same way here.
    c.error.as_ref().map(|e| {
        mailsetup::check::diagnosis::diagnose(c.server.protocol.direction(), &c.server, e, None)
            .kind
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn right_password_passes_on_all_protocols_with_tls_and_starttls() {
    let site = site("ok.test", "good", DovecotPorts::STANDARD, false);
    let cases = [
        (Protocol::Imap, 993, Security::Tls),
        (Protocol::Imap, 143, Security::Starttls),
        (Protocol::Pop3, 995, Security::Tls),
        (Protocol::Pop3, 110, Security::Starttls),
        (Protocol::Smtp, 465, Security::Tls),
        (Protocol::Smtp, 587, Security::Starttls),
    ];
    for (p, port, sec) in cases {
        let s = server(p, "mail.ok.test", port, sec, "alice@ok.test", true);
        let c = one(&site, "alice@ok.test", &s, PW).await;
        assert!(
            c.ok,
            "{p} {port} {sec}: {:?}\n{}",
            c.error,
            c.transcript.join("\n")
        );
        assert!(
            c.transcript.iter().all(|l| !l.contains(PW)),
            "password in transcript"
        );
        assert!(c.transcript.iter().any(|l| l.contains("[redacted]")));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_and_username_variant() {
    let site = site("pw.test", "good", DovecotPorts::STANDARD, false);
    let addr = Address::parse("alice@pw.test").unwrap();
    let inc = server(
        Protocol::Imap,
        "mail.pw.test",
        993,
        Security::Tls,
        "alice@pw.test",
        true,
    );
    let out = server(
        Protocol::Smtp,
        "mail.pw.test",
        465,
        Security::Tls,
        "alice@pw.test",
        true,
    );
    let report = check(
        &site.net,
        &addr,
        &inc,
        Some(&out),
        &Secret::new("wrong".into()),
        &timeouts(),
    )
    .await;
    assert!(!report.ok());
    let p = report.incoming.problem.clone().unwrap();
    assert_eq!(p.kind, ProblemKind::WrongPassword);
    assert!(
        p.message.contains("password was not accepted"),
        "{}",
        p.message
    );
    let o = report.outgoing.as_ref().unwrap();
    assert_eq!(
        o.problem.as_ref().unwrap().kind,
        ProblemKind::WrongPassword,
        "{}",
        o.transcript.join("\n")
    );
    let details = report.details_for_helpdesk();
    assert!(
        details.contains("[redacted]") && !details.contains("wrong"),
        "{details}"
    );

    // "bob" exists only as a local part. An unvouched username form is tried the other way once.
    let guessed = server(
        Protocol::Imap,
        "mail.pw.test",
        993,
        Security::Tls,
        "bob@pw.test",
        false,
    );
    let c = one(&site, "bob@pw.test", &guessed, PW).await;
    assert!(c.ok, "{:?}", c.error);
    assert_eq!(c.server.username, "bob");
    assert!(c.notes.iter().any(|n| n.contains("“bob”")), "{:?}", c.notes);
    // A vouched username form is not second-guessed (no extra login attempt).
    let vouched = server(
        Protocol::Imap,
        "mail.pw.test",
        993,
        Security::Tls,
        "bob@pw.test",
        true,
    );
    let c = one(&site, "bob@pw.test", &vouched, PW).await;
    assert!(!c.ok);
    assert_eq!(kind(&c), Some(ProblemKind::WrongPassword));
    let attempts = c
        .transcript
        .iter()
        .filter(|l| l.starts_with("connecting"))
        .count();
    assert_eq!(attempts, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_problems_are_explained() {
    for (leaf, needle) in [
        ("wrong-host", "elsewhere.example.net"),
        ("expired", "expired"),
        ("self-signed", "self-signed"),
    ] {
        let domain = format!("{leaf}.test");
        let site = site(&domain, leaf, DovecotPorts::STANDARD, false);
        let s = server(
            Protocol::Imap,
            &format!("mail.{domain}"),
            993,
            Security::Tls,
            "alice",
            true,
        );
        let c = one(&site, &format!("alice@{domain}"), &s, PW).await;
        assert!(!c.ok);
        let p = mailsetup::check::diagnosis::diagnose(
            c.server.protocol.direction(),
            &c.server,
            c.error.as_ref().unwrap(),
            None,
        );
        assert_eq!(p.kind, ProblemKind::Certificate, "{leaf}: {p:?}");
        assert!(p.message.contains(needle), "{leaf}: {}", p.message);
        assert!(
            p.advice.contains("SHA-256"),
            "{leaf}: fingerprint shown: {}",
            p.advice
        );
        assert!(
            !site.dovecot.log().contains("auth: passwd-file"),
            "no login reached the server"
        );
        let _ = (&site.ca, &site.block);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_without_tls_never_gets_the_password() {
    let ports = DovecotPorts {
        imap: Some(143),
        imaps: None,
        pop3: None,
        pop3s: None,
        submission: Some(587),
        submissions: None,
    };
    let site = site("plain.test", "good", ports, true);
    for (p, port) in [(Protocol::Imap, 143), (Protocol::Smtp, 587)] {
        let s = server(
            p,
            "mail.plain.test",
            port,
            Security::Starttls,
            "alice@plain.test",
            true,
        );
        let c = one(&site, "alice@plain.test", &s, PW).await;
        assert_eq!(
            kind(&c),
            Some(ProblemKind::NoEncryption),
            "{p}: {:?}",
            c.error
        );
    }
    // Settings that say "no encryption" are refused before connecting at all.
    let s = server(
        Protocol::Imap,
        "mail.plain.test",
        143,
        Security::Plain,
        "alice@plain.test",
        true,
    );
    let c = one(&site, "alice@plain.test", &s, PW).await;
    assert_eq!(kind(&c), Some(ProblemKind::NoEncryption));
    // The server's side: no login was ever attempted (Dovecot logs the disconnect a moment later).
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut log = site.dovecot.log();
    while !log.contains("no auth attempts") && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
        log = site.dovecot.log();
    }
    assert!(!log.contains("auth: passwd-file"), "{log}");
    assert!(!log.contains("Login: user="), "{log}");
    assert!(log.contains("no auth attempts"), "{log}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_port_switches_to_the_other_standard_port() {
    let ports = DovecotPorts {
        imap: Some(143),
        imaps: None,
        pop3: None,
        pop3s: None,
        submission: Some(587),
        submissions: None,
    };
    let site = site("switch.test", "good", ports, false);
    let s = server(
        Protocol::Smtp,
        "mail.switch.test",
        465,
        Security::Tls,
        "alice@switch.test",
        true,
    );
    let c = one(&site, "alice@switch.test", &s, PW).await;
    assert!(c.ok, "{:?}", c.error);
    assert_eq!(
        (c.server.port, c.server.security),
        (587, Security::Starttls)
    );
    assert!(
        c.notes[0]
            .contains("Port 465 could not be reached or did not answer in time, so we tried port 587 instead — and it works")
    );
    let s = server(
        Protocol::Imap,
        "mail.switch.test",
        993,
        Security::Tls,
        "alice@switch.test",
        true,
    );
    let c = one(&site, "alice@switch.test", &s, PW).await;
    assert!(c.ok, "{:?}", c.error);
    assert_eq!(c.server.port, 143);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_servers_are_reported_within_ten_seconds_with_the_default_limits() {
    let block = Block::fresh();
    let ca = Ca::new();
    let (quiet_ip, greeter_ip) = (block.ip(4), block.ip(5));
    let dns = Dns::start(
        block.ip(1),
        &Zone::default()
            .host("quiet.test", quiet_ip)
            .host("greeter.test", greeter_ip),
    );
    // One accepts and never starts TLS; the other greets, then never answers again. Nothing
    // listens on their other standard ports, as on most real hosts.
    let _silent = Rogue::start((quiet_ip, 993).into(), Behaviour::Silent);
    let _greeter = Rogue::start(
        (greeter_ip, 143).into(),
        Behaviour::GreetThenSilent("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n"),
    );
    let net = support::net(&dns, &ca, None);
    let addr = Address::parse("a@quiet.test").unwrap();
    let cases = [
        server(Protocol::Imap, "quiet.test", 993, Security::Tls, "a", true),
        server(
            Protocol::Imap,
            "greeter.test",
            143,
            Security::Starttls,
            "a",
            true,
        ),
    ];
    for s in cases {
        let start = Instant::now();
        let c = check_server(
            &net,
            &addr,
            &s,
            &Secret::new(PW.into()),
            &CheckTimeouts::default(),
        )
        .await;
        let took = start.elapsed();
        assert!(!c.ok);
        assert_eq!(
            kind(&c),
            Some(ProblemKind::Timeout),
            "{}: {:?}",
            s.host,
            c.error
        );
        assert!(took < Duration::from_secs(12), "{}: {took:?}", s.host);
        assert!(!c.transcript.iter().any(|l| l.contains(PW)));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_port_does_not_hold_up_the_other_standard_port() {
    let ports = DovecotPorts {
        imap: Some(143),
        imaps: None,
        pop3: None,
        pop3s: None,
        submission: None,
        submissions: None,
    };
    let site = site("stall.test", "good", ports, false);
    // Port 993 of the same host accepts and then never starts TLS.
    let _silent = Rogue::start((site.dovecot.ip, 993).into(), Behaviour::Silent);
    let s = server(
        Protocol::Imap,
        "mail.stall.test",
        993,
        Security::Tls,
        "alice@stall.test",
        true,
    );
    let t = CheckTimeouts::default();
    let start = Instant::now();
    let addr = Address::parse("alice@stall.test").unwrap();
    let c = check_server(&site.net, &addr, &s, &Secret::new(PW.into()), &t).await;
    let took = start.elapsed();
    assert!(c.ok, "{:?}", c.error);
    assert_eq!(
        (c.server.port, c.server.security),
        (143, Security::Starttls)
    );
    assert!(
        c.notes.iter().any(|n| n.contains("did not answer in time")),
        "{:?}",
        c.notes
    );
    // Opened alongside after HEDGE_AFTER, not after the stalled port's own handshake limit.
    assert!(took < t.handshake, "{took:?}");
    assert!(took >= mailsetup::check::HEDGE_AFTER, "{took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn misbehaving_servers_end_in_clear_problems_in_time() {
    let block = Block::fresh();
    let ca = Ca::new();
    let ip = block.ip(4);
    let dns = Dns::start(block.ip(1), &Zone::default().host("rogue.test", ip));
    let net = support::net(&dns, &ca, None);
    let huge: &'static str = Box::leak(
        format!(
            "* CAPABILITY IMAP4rev1{}\r\na0 OK\r\n",
            " X-CAPABILITY".repeat(5000)
        )
        .into_boxed_str(),
    );
    let cases: Vec<(u16, Behaviour, ProblemKind)> = vec![
        (1143, Behaviour::Silent, ProblemKind::Timeout),
        (
            1144,
            Behaviour::Script {
                greeting: "SSH-2.0-OpenSSH_9.2\r\n",
                replies: &[],
            },
            ProblemKind::Other,
        ),
        (1145, Behaviour::EndlessLine, ProblemKind::Other),
        (
            1146,
            Behaviour::Script {
                greeting: "* OK [CAPABILITY IMAP4rev1 STARTTLS] hi\r\n",
                replies: &["a1 NO not today\r\n"],
            },
            ProblemKind::NoEncryption,
        ),
        (
            1147,
            Behaviour::Script {
                greeting: "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] stripped\r\n",
                replies: &[],
            },
            ProblemKind::NoEncryption,
        ),
        (
            1148,
            Behaviour::Script {
                greeting: "* OK hi\r\n",
                replies: &[],
            },
            ProblemKind::Other,
        ),
        (
            1149,
            Behaviour::Script {
                greeting: "* OK hi\r\n",
                replies: std::slice::from_ref(Box::leak(Box::new(huge))),
            },
            ProblemKind::Other,
        ),
    ];
    let mut rogues = Vec::new();
    for (port, b, _) in &cases {
        rogues.push(Rogue::start((ip, *port).into(), *b));
    }
    let t = CheckTimeouts {
        connect: Duration::from_secs(2),
        handshake: Duration::from_secs(1),
        greeting: Duration::from_secs(1),
        reply: Duration::from_secs(1),
        whole: Duration::from_secs(5),
    };
    let addr = Address::parse("a@rogue.test").unwrap();
    for (port, _, want) in &cases {
        let s = server(
            Protocol::Imap,
            "rogue.test",
            *port,
            Security::Starttls,
            "a@rogue.test",
            true,
        );
        let start = Instant::now();
        let c = check_server(&net, &addr, &s, &Secret::new(PW.into()), &t).await;
        assert!(
            start.elapsed() < Duration::from_secs(4),
            "port {port}: {:?}",
            start.elapsed()
        );
        assert_eq!(kind(&c), Some(*want), "port {port}: {:?}", c.error);
        assert!(c.transcript.iter().all(|l| !l.contains(PW)));
    }
}

/// The commonest mistake, both ways round, against real Dovecot: SSL/TLS set on the STARTTLS port
/// (the server greets in plain text) and STARTTLS set on the SSL/TLS port (the server waits for
/// encryption). Each is recovered from, with the working settings kept and a note naming the fix;
/// the password only ever travels encrypted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ssl_tls_and_starttls_mixed_up_are_recovered_both_ways() {
    use mailsetup::check::SwitchReason;
    let site = site("mix.test", "good", DovecotPorts::STANDARD, false);
    let cases = [
        (Protocol::Imap, 143, Security::Tls, Security::Starttls),
        (Protocol::Pop3, 110, Security::Tls, Security::Starttls),
        (Protocol::Smtp, 587, Security::Tls, Security::Starttls),
        (Protocol::Imap, 993, Security::Starttls, Security::Tls),
        (Protocol::Pop3, 995, Security::Starttls, Security::Tls),
        (Protocol::Smtp, 465, Security::Starttls, Security::Tls),
    ];
    for (p, port, set, works) in cases {
        let s = server(p, "mail.mix.test", port, set, "alice@mix.test", true);
        let c = one(&site, "alice@mix.test", &s, PW).await;
        let shown = c.transcript.join("\n");
        assert!(c.ok, "{p} {port} {set}: {:?}\n{shown}", c.error);
        assert_eq!((c.server.port, c.server.security), (port, works), "{shown}");
        let switched = c.switched.expect("the switch is reported");
        assert_eq!((switched.from_port, switched.from_security), (port, set));
        let (reason, words) = match set {
            Security::Tls => (
                SwitchReason::PlainTextGreeting,
                "uses STARTTLS, not SSL/TLS",
            ),
            _ => (SwitchReason::TlsExpected, "uses SSL/TLS, not STARTTLS"),
        };
        assert_eq!(switched.reason, reason);
        assert!(c.notes.iter().any(|n| n.contains(words)), "{:?}", c.notes);
        assert!(!shown.contains(PW), "password in transcript");
        assert!(
            c.transcript
                .iter()
                .any(|l| l.starts_with("TLS established (TLS 1.")),
            "the TLS outcome is recorded: {shown}"
        );
    }
}

/// SSL/TLS set on a port that speaks plain text and offers no STARTTLS, with SSL/TLS on the
/// standard port: the check moves there. With neither, the problem is named as the mix-up it is,
/// never as old encryption.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ssl_tls_on_a_plain_port_moves_to_the_tls_port_or_says_what_is_wrong() {
    let site = site("plain.test", "good", DovecotPorts::STANDARD, false);
    let rogue_port = 1143;
    let _plain = Rogue::start(
        (site.dovecot.ip, rogue_port).into(),
        Behaviour::Script {
            greeting: "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plain only\r\n",
            replies: &[],
        },
    );
    let s = server(
        Protocol::Imap,
        "mail.plain.test",
        rogue_port,
        Security::Tls,
        "alice@plain.test",
        true,
    );
    let c = one(&site, "alice@plain.test", &s, PW).await;
    assert!(c.ok, "{:?}\n{}", c.error, c.transcript.join("\n"));
    assert_eq!((c.server.port, c.server.security), (993, Security::Tls));
    assert!(
        c.notes
            .iter()
            .any(|n| n.contains("Port 1143 does not use SSL/TLS")),
        "{:?}",
        c.notes
    );
    // No SSL/TLS port to move to: the mix-up is named.
    let block = Block::fresh();
    let ip = block.ip(4);
    let dns = Dns::start(block.ip(1), &Zone::default().host("lone.test", ip));
    let net = support::net(&dns, &site.ca, None);
    let _lone = Rogue::start(
        (ip, 143).into(),
        Behaviour::Script {
            greeting: "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plain only\r\n",
            replies: &[],
        },
    );
    let s = server(Protocol::Imap, "lone.test", 143, Security::Tls, "a", true);
    let addr = Address::parse("a@lone.test").unwrap();
    let c = check_server(&net, &addr, &s, &Secret::new(PW.into()), &timeouts()).await;
    assert_eq!(kind(&c), Some(ProblemKind::WrongSecurity), "{:?}", c.error);
    let p = mailsetup::check::diagnosis::diagnose(
        mailsetup::model::Direction::Incoming,
        &c.server,
        c.error.as_ref().expect("an error"),
        None,
    );
    assert!(
        p.advice.contains("uses STARTTLS, not SSL/TLS"),
        "{}",
        p.advice
    );
    assert!(!p.advice.contains("old encryption"), "{}", p.advice);
    assert!(
        c.transcript
            .iter()
            .any(|l| l == "S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plain only"),
        "the greeting is in the details: {:?}",
        c.transcript
    );
}

/// Broken TLS, each kind in its own words (hand-written servers: no real server misbehaves on
/// demand): an aborted handshake names the alert; TLS 1.0 only is old encryption, naming the
/// version. The details record the TLS outcome.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_tls_is_told_truthfully() {
    let block = Block::fresh();
    let ca = Ca::new();
    let ip = block.ip(4);
    let dns = Dns::start(block.ip(1), &Zone::default().host("tls.test", ip));
    let net = support::net(&dns, &ca, None);
    let _alert = Rogue::start((ip, 993).into(), Behaviour::TlsAlert(40));
    let _old = Rogue::start((ip, 995).into(), Behaviour::Tls10Only);
    let addr = Address::parse("a@tls.test").unwrap();
    let check = |protocol, port| {
        let s = server(protocol, "tls.test", port, Security::Tls, "a", true);
        let net = net.clone();
        let addr = addr.clone();
        async move { check_server(&net, &addr, &s, &Secret::new(PW.into()), &timeouts()).await }
    };
    let aborted = check(Protocol::Imap, 993).await;
    assert_eq!(kind(&aborted), Some(ProblemKind::TlsAborted));
    let e = aborted.error.as_ref().expect("an error");
    let p = mailsetup::check::diagnosis::diagnose(
        mailsetup::model::Direction::Incoming,
        &aborted.server,
        e,
        None,
    );
    assert!(p.message.contains("handshake_failure"), "{}", p.message);
    assert!(!p.advice.contains("old encryption"), "{}", p.advice);
    assert!(
        aborted
            .transcript
            .iter()
            .any(|l| l.starts_with("TLS failed:") && l.contains("handshake_failure")),
        "{:?}",
        aborted.transcript
    );
    let old = check(Protocol::Pop3, 995).await;
    assert_eq!(
        kind(&old),
        Some(ProblemKind::OldEncryption),
        "{:?}",
        old.error
    );
    let p = mailsetup::check::diagnosis::diagnose(
        mailsetup::model::Direction::Incoming,
        &old.server,
        old.error.as_ref().expect("an error"),
        None,
    );
    assert!(p.message.contains("TLS 1.0"), "{}", p.message);
    assert!(p.message.contains("old encryption"), "{}", p.message);
}
