//! `mailsetup check --batch` as a helpdesk runs it: the binary from process start, on a list of
//! accounts spread over ten domains (each with its own HTTPS autoconfig) served by local Dovecot.
//! A batch of 200 accounts without passwords (connection, encryption and capabilities only) and
//! with passwords (the full live check), then how the time grows from 50 to 400 accounts; the
//! web server's request count shows discovery ran once per domain. Defaults: --jobs 8,
//! --per-server 2. Run with `cargo bench --bench batch`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use support::{Block, Ca, Dns, Dovecot, DovecotPorts, Reply, Web, Zone};

const DOMAINS: usize = 10;

fn xml(domain: &str) -> String {
    format!(
        r#"<clientConfig version="1.1"><emailProvider id="{d}"><domain>{d}</domain>
<incomingServer type="imap"><hostname>mail.{d}</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>mail.{d}</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#,
        d = domain
    )
}

/// A list of `n` accounts, round-robin over the domains, with or without passwords.
fn list(dir: &Path, n: usize, passwords: bool) -> std::path::PathBuf {
    let mut csv = String::from(if passwords {
        "address,password\n"
    } else {
        "address\n"
    });
    for i in 0..n {
        let user = format!("u{i}@d{}.test", i % DOMAINS);
        if passwords {
            csv.push_str(&format!("{user},alicepw\n"));
        } else {
            csv.push_str(&format!("{user}\n"));
        }
    }
    let path = dir.join(format!("list-{n}-{passwords}.csv"));
    std::fs::write(&path, csv).expect("csv");
    let _ = Command::new("chmod").arg("600").arg(&path).status();
    path
}

fn main() {
    let b = Block::fresh();
    let ca = Ca::new();
    let (web_ip, mail_ip) = (b.ip(2), b.ip(3));
    let domains: Vec<String> = (0..DOMAINS).map(|k| format!("d{k}.test")).collect();
    let mut zone = Zone::default();
    let mut names = Vec::new();
    let mut mail_names = Vec::new();
    for d in &domains {
        zone = zone
            .host(&format!("autoconfig.{d}"), web_ip)
            .host(&format!("mail.{d}"), mail_ip);
        names.push(format!("autoconfig.{d}"));
        mail_names.push(format!("mail.{d}"));
    }
    let dns = Dns::start(b.ip(1), &zone);
    let routes: Vec<(&str, &str, &str, Reply)> = domains
        .iter()
        .zip(&names)
        .map(|(d, host)| {
            (
                "https",
                host.as_str(),
                "/mail/config-v1.1.xml",
                Reply::Body(xml(d)),
            )
        })
        .collect();
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let web = Web::start(web_ip, &ca, &name_refs, routes);
    let users: Vec<String> = (0..400)
        .map(|i| format!("u{i}@d{}.test", i % DOMAINS))
        .collect();
    let user_refs: Vec<&str> = users.iter().map(String::as_str).collect();
    let mail_refs: Vec<&str> = mail_names.iter().map(String::as_str).collect();
    let _dovecot = Dovecot::start(
        mail_ip,
        &ca.leaf(&mail_refs),
        &user_refs,
        DovecotPorts::STANDARD,
    );
    let dir = support::tempdir();

    let run = |n: usize, passwords: bool| -> (Duration, usize) {
        let file = list(dir.path(), n, passwords);
        let before = web.seen().len();
        let start = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
            .env("MAILSETUP_LOCALE", "en-GB")
            .arg("--dns-server")
            .arg(dns.addr.to_string())
            .arg("--ca-file")
            .arg(&ca.pem_path)
            .arg("--ispdb-url")
            .arg(format!("https://{}/nothing/", b.ip(9)))
            .args(["check", "--batch"])
            .arg(&file)
            .arg("--json")
            .output()
            .expect("mailsetup");
        let took = start.elapsed();
        assert!(
            out.status.success(),
            "every account works: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        (took, web.seen().len() - before)
    };

    println!(
        "check --batch, {DOMAINS} domains, --jobs 8 --per-server 2 (binary from process start)"
    );
    for passwords in [false, true] {
        let what = if passwords {
            "with passwords (live login)"
        } else {
            "without passwords (no login)"
        };
        let mut times = Vec::new();
        for _ in 0..3 {
            times.push(run(200, passwords).0);
        }
        times.sort();
        println!(
            "  200 accounts {what:<30} median {:>7.2} s  min {:>7.2} s  max {:>7.2} s",
            times[1].as_secs_f64(),
            times[0].as_secs_f64(),
            times[2].as_secs_f64()
        );
    }
    println!("growth (with passwords):");
    for n in [50, 100, 200, 400] {
        let (took, asked) = run(n, true);
        println!(
            "  {n:>4} accounts {:>7.2} s  {:>6.1} ms per account  autoconfig requests {asked}",
            took.as_secs_f64(),
            took.as_secs_f64() * 1e3 / n as f64
        );
    }
}
