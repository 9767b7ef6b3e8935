//! Time of a full live check (incoming IMAP and outgoing SMTP at once, TLS, login, logout) against
//! local Dovecot, and of the same with an outgoing host that accepts connections and never answers.
//! Run with `cargo bench --bench check`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use mailsetup::address::Address;
use mailsetup::check::{CheckTimeouts, check};
use mailsetup::model::{Auth, Protocol, Secret, Security, Server, SourceId};
use support::{Behaviour, Block, Ca, Dns, Dovecot, DovecotExtras, DovecotPorts, Rogue, Zone};

fn server(protocol: Protocol, host: &str, port: u16) -> Server {
    Server {
        protocol,
        host: host.into(),
        port,
        security: Security::Tls,
        username: "alice@bench.test".into(),
        auth: Auth::PasswordCleartext,
        source: SourceId::Autoconfig,
        url: "bench".into(),
        trusted: true,
        oauth: None,
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let b = Block::fresh();
    let ca = Ca::new();
    let mail = b.ip(3);
    let hang = b.ip(4);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("mail.bench.test", mail)
            .host("hang.bench.test", hang),
    );
    let relay = std::net::SocketAddr::from((b.ip(5), 2525));
    let _sink = Rogue::start(relay, Behaviour::SmtpSink);
    let _silent = Rogue::start((hang, 465).into(), Behaviour::Silent);
    let leaf = ca.leaf(&["mail.bench.test"]);
    let _dovecot = Dovecot::start_with(
        mail,
        &leaf,
        &["alice@bench.test"],
        DovecotPorts::STANDARD,
        DovecotExtras {
            relay: Some(relay),
            no_tls: false,
            lmtp: None,
        },
    );
    let addr = Address::parse("alice@bench.test").expect("address");
    let password = Secret::new("alicepw".to_string());
    let imap = server(Protocol::Imap, "mail.bench.test", 993);
    let smtp = server(Protocol::Smtp, "mail.bench.test", 465);
    let stuck = server(Protocol::Smtp, "hang.bench.test", 465);
    let t = CheckTimeouts {
        connect: Duration::from_secs(1),
        handshake: Duration::from_secs(1),
        greeting: Duration::from_secs(1),
        reply: Duration::from_secs(1),
        whole: Duration::from_secs(10),
    };
    println!("live check: incoming IMAP + outgoing SMTP at once, TLS, login (median / min / max)");
    let cases: [(&str, &Server, usize); 2] = [
        ("both answer (Dovecot)", &smtp, 30),
        ("outgoing host hangs (1 s reply timeout)", &stuck, 5),
    ];
    for (name, outgoing, runs) in cases {
        let mut times = Vec::new();
        for _ in 0..runs {
            let net = rt.block_on(async { support::net(&dns, &ca, None) });
            let start = Instant::now();
            let r = rt.block_on(check(&net, &addr, &imap, Some(outgoing), &password, &t));
            times.push(start.elapsed());
            assert!(r.incoming.ok, "{:?}", r.incoming.error);
        }
        times.sort();
        println!(
            "  {name:<42} {:>8.1} ms  {:>8.1} ms  {:>8.1} ms  ({runs} runs)",
            times[runs / 2].as_secs_f64() * 1e3,
            times[0].as_secs_f64() * 1e3,
            times[runs - 1].as_secs_f64() * 1e3
        );
    }
}
