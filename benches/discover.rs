//! Time to a final answer against the local fixtures (real dnsmasq, HTTPS server, Dovecot on
//! loopback), printed as median / min / max over repeated runs. A fresh network layer (empty DNS
//! cache) is built before each run and not timed. Run with `cargo bench --bench discover`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use mailsetup::address::Address;
use mailsetup::discover::{Options, discover};
use support::{Block, Ca, Dns, Dovecot, DovecotPorts, Reply, Web, Zone};

fn xml(domain: &str) -> String {
    format!(
        r#"<clientConfig version="1.1"><emailProvider id="{domain}"><domain>{domain}</domain>
<incomingServer type="imap"><hostname>imap.{domain}</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.{domain}</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#
    )
}

struct Stats {
    median: Duration,
    min: Duration,
    max: Duration,
}

fn measure(
    rt: &tokio::runtime::Runtime,
    runs: usize,
    dns: &Dns,
    ca: &Ca,
    ispdb: Option<&str>,
    opts: &Options,
    address: &str,
) -> Stats {
    let addr = Address::parse(address).expect("address");
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let net = rt.block_on(async { support::net(dns, ca, ispdb) });
        let start = Instant::now();
        let d = rt.block_on(discover(&net, &addr, opts, None));
        times.push(start.elapsed());
        assert!(!d.incoming.is_empty(), "{address}: nothing found");
    }
    times.sort();
    Stats {
        median: times[times.len() / 2],
        min: times[0],
        max: times[times.len() - 1],
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let mail_ip = b.ip(3);
    let zone = Zone::default()
        // SRV only
        .srv("_imaps._tcp.srvonly.test", "imap.srvonly.test", 993, 0, 0)
        .srv(
            "_submissions._tcp.srvonly.test",
            "smtp.srvonly.test",
            465,
            0,
            0,
        )
        // domain autoconfig
        .host("autoconfig.auto.test", web_ip)
        // MX -> ISPDB
        .host("ispdb.test", web_ip)
        .mx("mxcust.test", "mx1.hoster.test", 10)
        // guess only
        .host("imap.guess.test", mail_ip)
        .host("smtp.guess.test", mail_ip)
        // a higher-priority source hangs; the SRV targets are real (Dovecot), so a probe confirms them
        .host("autoconfig.hang.test", web_ip)
        .host("imap.hang.test", mail_ip)
        .host("smtp.hang.test", mail_ip)
        .srv("_imaps._tcp.hang.test", "imap.hang.test", 993, 0, 0)
        .srv("_submissions._tcp.hang.test", "smtp.hang.test", 465, 0, 0);
    let dns = Dns::start(b.ip(1), &zone);
    let _web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.auto.test", "ispdb.test", "autoconfig.hang.test"],
        vec![
            (
                "https",
                "autoconfig.auto.test",
                "/mail/config-v1.1.xml",
                Reply::Body(xml("auto.test")),
            ),
            (
                "https",
                "ispdb.test",
                "/v1.1/hoster.test",
                Reply::Body(xml("hoster.test")),
            ),
            (
                "https",
                "autoconfig.hang.test",
                "/mail/config-v1.1.xml",
                Reply::Hang,
            ),
        ],
    );
    let leaf = ca.leaf(&[
        "imap.guess.test",
        "smtp.guess.test",
        "imap.hang.test",
        "smtp.hang.test",
    ]);
    let _dovecot = Dovecot::start(
        mail_ip,
        &leaf,
        &["alice@guess.test", "alice@hang.test"],
        DovecotPorts::STANDARD,
    );
    let ispdb = Some("https://ispdb.test/v1.1/");
    let opts = Options {
        site_dirs: Vec::new(),
        ..Options::default()
    };
    // The shipped example preset answers for example.co.uk with no lookup at all.
    let preset = mailsetup::preset::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/preset.example.toml"),
    )
    .expect("example preset");
    let preset_opts = Options {
        preset: Some(std::sync::Arc::new(preset)),
        ..opts.clone()
    };
    let load_start = Instant::now();
    let loads = 200;
    for _ in 0..loads {
        let _ = mailsetup::preset::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/preset.example.toml"),
        );
    }
    let per_load = load_start.elapsed() / loads;

    println!("discovery: time to a final answer on loopback (median / min / max)");
    let cases: [(&str, usize, &Options, &str); 6] = [
        ("helpdesk preset", 30, &preset_opts, "a@example.co.uk"),
        ("SRV only", 30, &opts, "a@srvonly.test"),
        ("domain autoconfig", 30, &opts, "a@auto.test"),
        ("MX -> ISPDB", 30, &opts, "a@mxcust.test"),
        ("guess only (Dovecot)", 30, &opts, "alice@guess.test"),
        (
            "autoconfig hangs (5 s timeout), SRV answers",
            5,
            &opts,
            "a@hang.test",
        ),
    ];
    for (name, runs, o, address) in cases {
        let s = measure(&rt, runs, &dns, &ca, ispdb, o, address);
        println!(
            "  {name:<46} {:>8.1} ms  {:>8.1} ms  {:>8.1} ms  ({runs} runs)",
            s.median.as_secs_f64() * 1e3,
            s.min.as_secs_f64() * 1e3,
            s.max.as_secs_f64() * 1e3
        );
    }
    println!(
        "  loading and checking the example preset (TOML, SVG logo)  {:>8.3} ms  (mean of {loads})",
        per_load.as_secs_f64() * 1e3
    );
}
