//! Helpdesk presets through the real program: `--preset` with discovery that needs no lookups, the
//! rules, certificate pins against a real Dovecot with a self-signed certificate, and a broken preset
//! reported with its file and line while the program carries on without it.

mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use support::{Behaviour, Block, Ca, Dns, Dovecot, DovecotExtras, DovecotPorts, Rogue, Zone};

fn mailsetup() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mailsetup"))
}

/// Runs the program with `stdin` as input; (exit code, stdout, stderr).
fn run(mut c: Command, stdin: &str) -> (Option<i32>, String, String) {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start mailsetup");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The SHA-256 fingerprint the way a helpdesk gets it: `openssl x509 -fingerprint -sha256`.
fn fingerprint(dir: &Path, cert_pem: &str) -> String {
    let path = dir.join("server.pem");
    std::fs::write(&path, cert_pem).expect("write cert");
    let out = Command::new("openssl")
        .args(["x509", "-noout", "-fingerprint", "-sha256", "-in"])
        .arg(&path)
        .output()
        .expect("openssl");
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim()
        .split_once('=')
        .map(|(_, fp)| fp.to_owned())
        .unwrap_or_else(|| panic!("no fingerprint in {text:?}"))
}

fn write_preset(dir: &Path, domain: &str, extra: &str) -> PathBuf {
    let path = dir.join("preset.toml");
    std::fs::write(
        &path,
        format!(
            r#"[organisation]
name = "Pinned Ltd"
[support]
email = "helpdesk@{domain}"
[mail]
domains = ["{domain}"]
[[mail.incoming]]
host = "mail.{domain}"
port = 993
security = "tls"
username = "%EMAILADDRESS%"
[[mail.outgoing]]
host = "mail.{domain}"
port = 465
security = "tls"
{extra}"#
        ),
    )
    .expect("write preset");
    path
}

struct Site {
    _dns: Dns,
    _sink: Rogue,
    dovecot: Dovecot,
    ca: Ca,
    dns_addr: std::net::SocketAddr,
    cert_pem: String,
}

/// mail.<domain> → Dovecot with a self-signed or a CA-signed certificate.
fn site(domain: &str, self_signed: bool) -> Site {
    let block = Block::fresh();
    let ca = Ca::new();
    let host = format!("mail.{domain}");
    let dns = Dns::start(block.ip(1), &Zone::default().host(&host, block.ip(3)));
    let leaf = if self_signed {
        ca.self_signed_leaf(&[&host])
    } else {
        ca.leaf(&[&host])
    };
    let relay = std::net::SocketAddr::from((block.ip(5), 2525));
    let sink = Rogue::start(relay, Behaviour::SmtpSink);
    let user = format!("alice@{domain}");
    let dovecot = Dovecot::start_with(
        block.ip(3),
        &leaf,
        &[&user],
        DovecotPorts::STANDARD,
        DovecotExtras {
            relay: Some(relay),
            no_tls: false,
            lmtp: None,
        },
    );
    Site {
        dns_addr: dns.addr,
        _dns: dns,
        _sink: sink,
        dovecot,
        ca,
        cert_pem: leaf.cert_pem,
    }
}

fn check(site: &Site, preset: &Path, domain: &str, ca: bool) -> (Option<i32>, String, String) {
    let mut c = mailsetup();
    c.arg("--preset")
        .arg(preset)
        .args(["--dns-server", &site.dns_addr.to_string()]);
    if ca {
        c.arg("--ca-file").arg(&site.ca.pem_path);
    }
    c.args(["check", &format!("alice@{domain}"), "--password-stdin"]);
    run(c, "alicepw\n")
}

#[test]
fn a_pinned_self_signed_server_is_trusted_and_only_with_the_pin() {
    let domain = "pinned.test";
    let site = site(domain, true);
    let dir = tempfile::tempdir().expect("tempdir");

    // Without a pin the self-signed certificate is refused and no password is sent.
    let plain = write_preset(dir.path(), domain, "");
    let (code, out, _) = check(&site, &plain, domain, false);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("self-signed"), "{out}");
    assert!(out.contains("For help: helpdesk@pinned.test"), "{out}");
    assert!(
        !site.dovecot.log().contains("auth: passwd-file"),
        "no login reached the server"
    );

    // With the organisation's pin it works, incoming and outgoing.
    let fp = fingerprint(dir.path(), &site.cert_pem);
    let pinned = write_preset(
        dir.path(),
        domain,
        &format!("[[certificate_pins]]\nhost = \"mail.{domain}\"\nsha256 = \"{fp}\"\n"),
    );
    let (code, out, err) = check(&site, &pinned, domain, false);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(out.contains("Your email account works."), "{out}");
}

#[test]
fn a_certificate_other_than_the_pinned_one_is_refused_even_when_an_authority_signed_it() {
    let domain = "mismatch.test";
    let site = site(domain, false);
    let dir = tempfile::tempdir().expect("tempdir");
    // Control: trusted through the CA, no pin: it works.
    let plain = write_preset(dir.path(), domain, "");
    let (code, out, err) = check(&site, &plain, domain, true);
    assert_eq!(code, Some(0), "{out}\n{err}");
    let other = "11:".repeat(31) + "11";
    let pinned = write_preset(
        dir.path(),
        domain,
        &format!("[[certificate_pins]]\nhost = \"mail.{domain}\"\nsha256 = [\"{other}\"]\n"),
    );
    let logins_before = site.dovecot.log().matches("Login:").count();
    let (code, out, _) = check(&site, &pinned, domain, true);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("not the certificate your organisation said to expect"),
        "{out}"
    );
    assert!(
        out.contains(&fingerprint(dir.path(), &site.cert_pem)),
        "{out}"
    );
    assert_eq!(
        site.dovecot.log().matches("Login:").count(),
        logins_before,
        "no new login reached the server"
    );
}

/// A DNS server address where nothing answers: any lookup fails.
fn dead_dns() -> String {
    let b = Block::fresh();
    format!("{}:53", b.ip(250))
}

#[test]
fn the_preset_answers_for_its_domains_with_no_lookup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let preset = write_preset(dir.path(), "offline.test", "");
    let mut c = mailsetup();
    c.arg("--preset")
        .arg(&preset)
        .args(["--dns-server", &dead_dns()])
        .args(["discover", "Someone@Offline.test", "--json"]);
    let (code, out, err) = run(c, "");
    assert_eq!(code, Some(0), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["incoming"][0]["host"], "mail.offline.test");
    // The local part keeps its case; the domain is normalised.
    assert_eq!(v["incoming"][0]["username"], "Someone@offline.test");
    assert_eq!(v["incoming"][0]["source"], "preset");
    assert_eq!(v["incoming"][0]["trusted"], true);
    assert_eq!(v["outgoing"][0]["source"], "preset");
    let sources: Vec<&str> = v["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(sources, vec!["preset"]);
}

#[test]
fn preset_rules_limit_the_protocols_for_other_domains_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let preset = write_preset(
        dir.path(),
        "rules.test",
        "[rules]\nprotocols = [\"imap\"]\n",
    );
    let discover = |args: &[&str]| {
        let mut c = mailsetup();
        c.args(args).args([
            "--dns-server",
            &dead_dns(),
            "discover",
            "someone@gmail.com",
            "--json",
            "--timeout",
            "6",
        ]);
        let (code, out, err) = run(c, "");
        assert_eq!(code, Some(0), "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        v["incoming"]
            .as_array()
            .expect("incoming")
            .iter()
            .map(|s| s["protocol"].as_str().unwrap_or("").to_owned())
            .collect::<Vec<_>>()
    };
    // The bundled data (no network needed) has IMAP and POP3 for gmail.com …
    let all = discover(&["--no-preset"]);
    assert!(all.iter().any(|p| p == "pop3"), "{all:?}");
    // … and the rules leave IMAP only.
    let preset_arg = preset.to_string_lossy().into_owned();
    let imap_only = discover(&["--preset", &preset_arg]);
    assert!(
        !imap_only.is_empty() && imap_only.iter().all(|p| p == "imap"),
        "{imap_only:?}"
    );
}

#[test]
fn a_broken_preset_is_reported_with_file_and_line_and_left_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let preset = write_preset(dir.path(), "broken.test", "");
    let text = std::fs::read_to_string(&preset)
        .expect("read")
        .replace("port = 465", "port = 0");
    std::fs::write(&preset, text).expect("write");

    let mut c = mailsetup();
    c.arg("preset").arg(&preset);
    let (code, _, err) = run(c, "");
    assert_eq!(code, Some(2));
    assert!(
        err.contains(&format!(
            "{}, line 14: port 0 is not a port",
            preset.display()
        )),
        "{err}"
    );

    // Other commands say so and carry on without it (here the bundled data answers).
    let mut c = mailsetup();
    c.arg("--preset")
        .arg(&preset)
        .args(["--dns-server", &dead_dns()])
        .args(["discover", "someone@gmail.com", "--json", "--timeout", "6"]);
    let (code, out, err) = run(c, "");
    assert!(err.contains("line 14: port 0 is not a port"), "{err}");
    assert!(err.contains("carrying on without the preset"), "{err}");
    assert_eq!(code, Some(0), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["incoming"][0]["source"], "bundled");

    let mut c = mailsetup();
    c.arg("preset").arg("packaging/preset.example.toml");
    let (code, out, err) = run(c, "");
    assert_eq!(code, Some(0), "the shipped example is valid: {err}");
    assert!(out.contains("Example Ltd"), "{out}");
}
