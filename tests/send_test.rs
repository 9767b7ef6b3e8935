//! The send-and-receive test (`check --send-test`) with real delivery: Dovecot's submission relays
//! to a real Postfix, which delivers to Dovecot over LMTP, so the test message really lands in the
//! mailbox; a hand-written sink only for "accepted and dropped".

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use mailsetup::address::Address;
use mailsetup::check::send_test::{Cleanup, TestMessage, send_test};
use mailsetup::check::{CheckTimeouts, LoginSecret, ProblemKind};
use mailsetup::model::{Auth, Protocol, Secret, Security, Server, SourceId};
use support::{
    Behaviour, Block, Ca, Dns, Dovecot, DovecotExtras, DovecotPorts, Postfix, Rogue, Zone,
};

const DOMAIN: &str = "flow.test";
const USER: &str = "alice@flow.test";
const PW: &str = "alicepw";
const LMTP_PORT: u16 = 24;

fn timeouts() -> CheckTimeouts {
    support::check_timeouts()
}

fn server(protocol: Protocol, port: u16, security: Security) -> Server {
    Server {
        protocol,
        host: format!("mail.{DOMAIN}"),
        port,
        security,
        username: USER.into(),
        auth: Auth::PasswordCleartext,
        source: SourceId::Manual,
        url: "test".into(),
        trusted: true,
        oauth: None,
    }
}

/// Where the relay of Dovecot's submission goes.
enum Relay {
    /// A real Postfix delivering to Dovecot, refusing this sender if given.
    Postfix(Option<&'static str>),
    /// A sink that accepts every message and drops it.
    Sink,
}

struct Site {
    _dns: Dns,
    ca: Ca,
    dovecot: Dovecot,
    postfix: Option<Postfix>,
    _sink: Option<Rogue>,
    net: mailsetup::net::Net,
}

fn site(relay: Relay) -> Site {
    let block = Block::fresh();
    let ca = Ca::new();
    let host = format!("mail.{DOMAIN}");
    let mail_ip = block.ip(2);
    let mx_ip = block.ip(3);
    let dns = Dns::start(
        block.ip(1),
        &Zone::default()
            .host(&host, mail_ip)
            .host(&format!("mx.{DOMAIN}"), mx_ip)
            .host("mx.elsewhere.example", block.ip(9))
            .mx(
                DOMAIN,
                match relay {
                    Relay::Postfix(_) => "mx.flow.test",
                    Relay::Sink => "mx.elsewhere.example",
                },
                10,
            ),
    );
    let (postfix, sink, relay_addr) = match relay {
        Relay::Postfix(refuse) => {
            let lmtp = std::net::SocketAddr::from((mail_ip, LMTP_PORT));
            let p = Postfix::start(mx_ip, DOMAIN, lmtp, refuse);
            let a = p.addr;
            (Some(p), None, a)
        }
        Relay::Sink => {
            let a = std::net::SocketAddr::from((block.ip(5), 2525));
            (None, Some(Rogue::start(a, Behaviour::SmtpSink)), a)
        }
    };
    let dovecot = Dovecot::start_with(
        mail_ip,
        &ca.leaf(&[&host]),
        &[USER],
        DovecotPorts::STANDARD,
        DovecotExtras {
            relay: Some(relay_addr),
            no_tls: false,
            lmtp: Some(LMTP_PORT),
        },
    );
    let net = support::net(&dns, &ca, None);
    Site {
        ca,
        _dns: dns,
        dovecot,
        postfix,
        _sink: sink,
        net,
    }
}

/// Every message file of a Maildir: its unique name → its flags (`cur/` files, after ":2,").
fn maildir(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for sub in ["new", "cur"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let (base, flags) = name.split_once(":2,").unwrap_or((&name, ""));
            out.insert(base.to_owned(), flags.to_owned());
        }
    }
    out
}

/// Whether any message file holds `needle`.
fn any_holds(dir: &Path, needle: &str) -> bool {
    ["new", "cur"].iter().any(|sub| {
        std::fs::read_dir(dir.join(sub)).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| std::fs::read_to_string(e.path()).is_ok_and(|text| text.contains(needle)))
        })
    })
}

/// Two other messages in the mailbox first, delivered for real.
fn two_other_messages(s: &Site) -> BTreeMap<String, String> {
    let p = s.postfix.as_ref().expect("a real MTA");
    for n in 1..=2 {
        p.deliver(
            "bob@sender.test",
            USER,
            &format!("Subject: other {n}\r\nMessage-ID: <other{n}@sender.test>\r\n\r\nhello"),
        );
    }
    p.wait_for_empty_queue();
    let dir = s.dovecot.maildir(USER);
    let start = Instant::now();
    while maildir(&dir).len() < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the two messages did not arrive:\n{}\n{}",
            p.log(),
            s.dovecot.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    maildir(&dir)
}

fn run(s: &Site, incoming: &Server, wait: Duration) -> TestMessage {
    let addr = Address::parse(USER).expect("an address");
    let outgoing = server(Protocol::Smtp, 465, Security::Tls);
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(send_test(
        &s.net,
        &addr,
        incoming,
        &outgoing,
        &LoginSecret::Password(Secret::new(PW.into())),
        wait,
        &timeouts(),
    ))
}

/// `removal`: the command that removed it, as the transcript shows it.
fn arrives_and_only_it_is_removed(incoming: Server, removal: &str) {
    let s = site(Relay::Postfix(None));
    let before = two_other_messages(&s);
    let t = run(&s, &incoming, Duration::from_secs(30));
    let logs = || {
        format!(
            "{:?}\n{}\n{}",
            t.transcript,
            s.postfix.as_ref().map(Postfix::log).unwrap_or_default(),
            s.dovecot.log()
        )
    };
    assert!(t.sent && t.arrived, "{t:?}\n{}", logs());
    assert!(t.problem.is_none(), "{t:?}");
    assert!(t.ms.is_some_and(|ms| ms < 30_000));
    assert_eq!(t.cleanup, Some(Cleanup::Removed), "{}", logs());
    assert!(
        t.transcript.iter().any(|l| l.contains(removal)),
        "{}",
        logs()
    );
    assert!(!t.transcript.iter().any(|l| l.contains(PW)));
    // The message really went through Postfix into the mailbox, and is gone again; the two others
    // are there with the same flags.
    let log = s.postfix.as_ref().expect("postfix").log();
    assert!(log.contains("status=sent"), "{log}");
    let dir = s.dovecot.maildir(USER);
    assert!(!any_holds(&dir, &t.message_id), "{}", logs());
    assert_eq!(maildir(&dir), before, "{}", logs());
    assert!(any_holds(&dir, "<other1@sender.test>") && any_holds(&dir, "<other2@sender.test>"));
}

#[test]
fn imap_the_test_message_arrives_and_only_it_is_removed() {
    arrives_and_only_it_is_removed(server(Protocol::Imap, 993, Security::Tls), "UID EXPUNGE");
}

#[test]
fn pop3_the_test_message_arrives_and_only_it_is_removed() {
    arrives_and_only_it_is_removed(server(Protocol::Pop3, 995, Security::Tls), "C: DELE ");
}

#[test]
fn accepted_and_dropped_is_not_delivered_in_bounded_time_and_names_the_mx() {
    let s = site(Relay::Sink);
    let start = Instant::now();
    let t = run(
        &s,
        &server(Protocol::Imap, 993, Security::Tls),
        Duration::from_secs(4),
    );
    assert!(t.sent && !t.arrived, "{t:?}");
    let p = t.problem.as_ref().expect("a problem");
    assert_eq!(p.kind, ProblemKind::NotDelivered);
    // The MX part of the domain check says where the domain's mail goes.
    assert!(p.advice.contains("mx.elsewhere.example"), "{p:?}");
    // Dovecot offers IDLE: the wait was an IDLE, ended with DONE, and a search after it.
    let said = |w: &str| {
        t.transcript
            .iter()
            .any(|l| l.starts_with("C: ") && l.ends_with(w))
    };
    assert!(said(" IDLE") && said("DONE"), "{:?}", t.transcript);
    assert!(
        start.elapsed() < Duration::from_secs(4 + 25),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_refused_sender_is_send_refused_with_the_servers_words() {
    let s = site(Relay::Postfix(Some(USER)));
    let t = run(
        &s,
        &server(Protocol::Imap, 993, Security::Tls),
        Duration::from_secs(10),
    );
    assert!(!t.sent && !t.arrived, "{t:?}");
    let p = t.problem.as_ref().expect("a problem");
    assert_eq!(
        p.kind,
        ProblemKind::SendRefused,
        "{p:?}\n{:?}",
        t.transcript
    );
    assert!(p.message.contains("not owned by this login"), "{p:?}");
    assert!(!t.transcript.iter().any(|l| l.contains(PW)));
}

/// `mailsetup check --send-test --json`: the `test_message` object, exit 0 when it arrived.
#[test]
fn the_check_command_reports_the_test_message_as_json() {
    let s = site(Relay::Postfix(None));
    let dir = support::tempdir();
    let settings = dir.path().join("settings.json");
    let json = serde_json::json!({
        "address": USER,
        "incoming": [server(Protocol::Imap, 993, Security::Tls)],
        "outgoing": [server(Protocol::Smtp, 465, Security::Tls)],
        "sources": [],
        "elapsed_ms": 0,
    });
    std::fs::write(&settings, json.to_string()).expect("settings");
    let run_cli = |extra: &[&str], password: &str| {
        use std::io::Write as _;
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_mailsetup"));
        c.arg("--dns-server")
            .arg(s._dns.addr.to_string())
            .arg("--ca-file")
            .arg(&s.ca.pem_path)
            .args(["check", USER, "--password-stdin", "--json", "--settings"])
            .arg(&settings)
            .args(extra)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().expect("mailsetup starts");
        writeln!(child.stdin.take().expect("stdin"), "{password}").expect("password");
        let out = child.wait_with_output().expect("output");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        (out.status.code(), v)
    };
    let (code, v) = run_cli(&["--send-test", "--wait", "20"], PW);
    assert_eq!(code, Some(0), "{v:#}");
    let t = &v["test_message"];
    assert_eq!(
        (t["sent"].as_bool(), t["arrived"].as_bool()),
        (Some(true), Some(true))
    );
    assert!(t["ms"].is_u64() && t["problem"].is_null(), "{t:#}");
    assert_eq!(t["cleanup"], "removed");
    // A wrong password: nothing is sent, the test says why, exit 1.
    let (code, v) = run_cli(&["--send-test"], "wrong-pw");
    assert_eq!(code, Some(1));
    assert_eq!(v["test_message"]["sent"], false);
    assert_eq!(v["test_message"]["problem"]["kind"], "not-checked");
    // Without --send-test there is no test_message.
    let (code, v) = run_cli(&[], PW);
    assert_eq!(code, Some(0));
    assert!(v.get("test_message").is_none());
}
