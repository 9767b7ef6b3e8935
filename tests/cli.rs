//! The `mailsetup discover` command as scripts use it: the JSON contract and the exit codes.

mod support;

use std::process::Command;

use support::{Block, Ca, Dns, Reply, Web, Zone};

/// The binary in British English, whatever language the machine running the tests uses.
fn mailsetup() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
    c.env("MAILSETUP_LOCALE", "en-GB");
    c
}

const XML: &str = r#"<clientConfig version="1.1"><emailProvider id="cli.test"><domain>cli.test</domain>
<incomingServer type="imap"><hostname>imap.cli.test</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<incomingServer type="pop3"><hostname>pop.cli.test</hostname><port>995</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<incomingServer type="imap"><hostname>plain.cli.test</hostname><port>143</port><socketType>plain</socketType></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.cli.test</hostname><port>587</port><socketType>STARTTLS</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#;

#[test]
fn discover_json_contract_and_exit_codes() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default().host("autoconfig.cli.test", web_ip),
    );
    let _web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.cli.test"],
        vec![(
            "https",
            "autoconfig.cli.test",
            "/mail/config-v1.1.xml",
            Reply::Body(XML.into()),
        )],
    );
    let common = |c: &mut Command| {
        c.arg("--dns-server")
            .arg(dns.addr.to_string())
            .arg("--ca-file")
            .arg(&ca.pem_path)
            .arg("--ispdb-url")
            .arg(format!("https://{}/nothing/", b.ip(9)));
    };
    let mut c = mailsetup();
    common(&mut c);
    let out = c
        .args(["discover", "me@cli.test", "--json", "--timeout", "8"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let obj = v.as_object().unwrap();
    let mut keys: Vec<_> = obj.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        ["address", "elapsed_ms", "incoming", "outgoing", "sources"]
    );
    assert_eq!(v["address"], "me@cli.test");
    let server = v["incoming"][0].as_object().unwrap();
    let mut skeys: Vec<_> = server.keys().map(String::as_str).collect();
    skeys.sort();
    assert_eq!(
        skeys,
        [
            "auth", "host", "port", "protocol", "security", "source", "trusted", "url", "username"
        ]
    );
    assert_eq!(v["incoming"][0]["protocol"], "imap");
    assert_eq!(v["incoming"][0]["security"], "tls");
    assert_eq!(v["incoming"][0]["port"], 993);
    assert_eq!(v["incoming"][0]["auth"], "password-cleartext");
    assert_eq!(v["incoming"][0]["source"], "autoconfig");
    assert_eq!(v["incoming"][0]["trusted"], true);
    assert_eq!(v["incoming"][1]["protocol"], "pop3");
    assert_eq!(
        v["incoming"].as_array().unwrap().len(),
        2,
        "plain text is never offered"
    );
    assert_eq!(v["outgoing"][0]["security"], "starttls");
    for s in v["sources"].as_array().unwrap() {
        let mut k: Vec<_> = s.as_object().unwrap().keys().map(String::as_str).collect();
        k.sort();
        assert_eq!(k, ["detail", "elapsed_ms", "name", "status"]);
    }
    // The settings JSON reads back as the library's type.
    let back: mailsetup::discover::Discovery = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(back.incoming[0].host, "imap.cli.test");

    // Human output names the servers and where they came from.
    let mut c = mailsetup();
    common(&mut c);
    let out = c.args(["discover", "me@cli.test"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("imap.cli.test") && text.contains("smtp.cli.test"),
        "{text}"
    );
    assert!(
        text.contains("from Your domain’s settings (https://autoconfig.cli.test"),
        "{text}"
    );

    // Nothing found: exit 1 with a plain message.
    let mut c = mailsetup();
    common(&mut c);
    let out = c
        .args(["discover", "me@nothing.test", "--json", "--timeout", "8"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["incoming"].as_array().unwrap().len(), 0);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("No incoming mail server could be found")
    );

    // A malformed address: exit 2, no lookups.
    for bad in ["not-an-address", "a@b", "a@[127.0.0.1]", "a b@example.com"] {
        let out = mailsetup().args(["discover", bad]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("is not a valid email address"));
    }
}

#[test]
fn bad_flags_are_bad_input() {
    let out = mailsetup()
        .args(["--dns-server", "nonsense", "discover", "a@example.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = mailsetup()
        .args([
            "--ca-file",
            "/nonexistent/ca.pem",
            "discover",
            "a@example.com",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/ca.pem"));
}

mod check_command {
    use super::mailsetup;
    use crate::support::{
        Behaviour, Block, Ca, Dns, Dovecot, DovecotExtras, DovecotPorts, Rogue, Zone,
    };
    use std::io::Write;
    use std::process::{Command, Stdio};

    fn run(mut c: Command, password: &str) -> (Option<i32>, String, String) {
        let mut child = c
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn mailsetup");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(format!("{password}\n").as_bytes())
            .expect("write password");
        let out = child.wait_with_output().expect("mailsetup output");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// One mail domain served for real: its DNS (SRV records for IMAP and submission), a Dovecot
    /// with `alice@<domain>` and an SMTP sink it relays to, each on this test's own addresses.
    struct MailDomain {
        b: Block,
        ca: Ca,
        dns: Dns,
        _sink: Rogue,
        _dovecot: Dovecot,
    }

    impl MailDomain {
        fn start(domain: &str) -> MailDomain {
            let b = Block::fresh();
            let ca = Ca::new();
            let mail = b.ip(3);
            let host = format!("mail.{domain}");
            let dns = Dns::start(
                b.ip(1),
                &Zone::default()
                    .host(&host, mail)
                    .srv(&format!("_imaps._tcp.{domain}"), &host, 993, 0, 0)
                    .srv(&format!("_submissions._tcp.{domain}"), &host, 465, 0, 0),
            );
            let relay = std::net::SocketAddr::from((b.ip(5), 2525));
            let _sink = Rogue::start(relay, Behaviour::SmtpSink);
            let leaf = ca.leaf(&[host.as_str()]);
            let _dovecot = Dovecot::start_with(
                mail,
                &leaf,
                &[format!("alice@{domain}").as_str()],
                DovecotPorts::STANDARD,
                DovecotExtras {
                    relay: Some(relay),
                    no_tls: false,
                    lmtp: None,
                },
            );
            MailDomain {
                b,
                ca,
                dns,
                _sink,
                _dovecot,
            }
        }

        /// `c` pointed at this domain's DNS and CA, with the ISPDB unreachable.
        fn aim<'c>(&self, c: &'c mut Command) -> &'c mut Command {
            crate::support::aim(c, &self.dns, &self.ca, self.b.ip(9))
        }
    }

    #[test]
    fn check_discovers_logs_in_and_reports_json() {
        let domain = MailDomain::start("cc.test");
        let base = || {
            let mut c = mailsetup();
            domain.aim(&mut c);
            c
        };
        // Discover, then check, with the password on stdin.
        let mut c = base();
        c.args(["check", "alice@cc.test", "--password-stdin", "--json"]);
        let (code, out, err) = run(c, "alicepw");
        assert_eq!(code, Some(0), "{out}\n{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        for side in ["incoming", "outgoing"] {
            let mut keys: Vec<_> = v[side]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            keys.sort();
            assert_eq!(keys, ["ok", "problem", "server"]);
            assert_eq!(v[side]["ok"], true);
            assert!(v[side]["problem"].is_null());
        }
        assert_eq!(v["incoming"]["server"]["port"], 993);
        assert_eq!(v["outgoing"]["server"]["protocol"], "smtp");

        // A wrong password: exit 1, a plain-English problem, and the password nowhere in the output.
        let mut c = base();
        c.args(["check", "alice@cc.test", "--password-stdin", "--json"]);
        let (code, out, err) = run(c, "Sup3rWrong");
        assert_eq!(code, Some(1));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["incoming"]["ok"], false);
        assert_eq!(v["incoming"]["problem"]["kind"], "wrong-password");
        assert!(!out.contains("Sup3rWrong") && !err.contains("Sup3rWrong"));

        // Settings from a file; human output with the helpdesk transcript, still without the password.
        let dir = crate::support::tempdir();
        let settings = dir.path().join("settings.json");
        let mut c = base();
        let disc = c
            .args(["discover", "alice@cc.test", "--json"])
            .output()
            .unwrap();
        std::fs::write(&settings, &disc.stdout).unwrap();
        let mut c = base();
        c.args([
            "check",
            "alice@cc.test",
            "--password-stdin",
            "--details",
            "--settings",
        ])
        .arg(&settings);
        let (code, out, _) = run(c, "alicepw");
        assert_eq!(code, Some(0), "{out}");
        assert!(
            out.contains("Incoming mail: working") && out.contains("Outgoing mail: working"),
            "{out}"
        );
        assert!(
            out.contains("AUTHENTICATE PLAIN [redacted]") && !out.contains("alicepw"),
            "{out}"
        );
        assert!(out.contains("Your email account works."));

        // Settings for another address, a missing file, no password: bad input.
        let mut c = base();
        c.args(["check", "bob@cc.test", "--password-stdin", "--settings"])
            .arg(&settings);
        assert_eq!(run(c, "x").0, Some(2));
        let mut c = base();
        c.args([
            "check",
            "alice@cc.test",
            "--password-stdin",
            "--settings",
            "/nonexistent.json",
        ]);
        assert_eq!(run(c, "x").0, Some(2));
        let mut c = base();
        c.args(["check", "alice@cc.test"]);
        let (code, _, err) = run(c, "");
        assert_eq!(code, Some(2));
        assert!(err.contains("--password-stdin"), "{err}");
    }

    #[test]
    fn check_refuses_an_unvouched_server_outside_the_domain() {
        let dir = crate::support::tempdir();
        let settings = dir.path().join("s.json");
        let server = |protocol: &str, port: u16| {
            serde_json::json!({"protocol": protocol, "host": "mail.stranger.example", "port": port, "security": "tls",
                "username": "a@ours.example", "auth": "password-cleartext", "source": "srv",
                "url": "dns:_imaps._tcp.ours.example", "trusted": false})
        };
        let json = serde_json::json!({"address": "a@ours.example", "incoming": [server("imap", 993)],
            "outgoing": [server("smtp", 465)], "sources": [], "elapsed_ms": 1});
        std::fs::write(&settings, json.to_string()).unwrap();
        let mut c = mailsetup();
        c.args(["check", "a@ours.example", "--password-stdin", "--settings"])
            .arg(&settings);
        let (code, out, err) = run(c, "pw");
        assert_eq!(code, Some(1), "{out}{err}");
        assert!(
            err.contains("stranger.example") && err.contains("--trust"),
            "{err}"
        );

        // With --json the refusal is each side's problem, in one JSON object on stdout.
        let check_json = |settings: &std::path::Path| {
            let mut c = mailsetup();
            c.args(["check", "a@ours.example", "--password-stdin", "--json"])
                .arg("--settings")
                .arg(settings);
            let (code, out, err) = run(c, "pw");
            assert_eq!(code, Some(1), "{out}{err}");
            let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
            (out, v)
        };
        let (out, v) = check_json(&settings);
        for side in ["incoming", "outgoing"] {
            assert_eq!(v[side]["ok"], false, "{out}");
            assert_eq!(v[side]["problem"]["kind"], "not-vouched", "{out}");
            assert_eq!(v[side]["server"]["host"], "mail.stranger.example", "{out}");
            let message = v[side]["problem"]["message"].as_str().expect("message");
            assert!(message.contains("--trust"), "{message}");
        }
        assert!(!out.contains("pw"), "{out}");

        // Settings with no incoming server: not-found, still one JSON object.
        let empty = dir.path().join("empty.json");
        let json = serde_json::json!({"address": "a@ours.example", "incoming": [],
            "outgoing": [], "sources": [], "elapsed_ms": 1});
        std::fs::write(&empty, json.to_string()).unwrap();
        let (out, v) = check_json(&empty);
        assert_eq!(v["incoming"]["problem"]["kind"], "not-found", "{out}");
        assert!(v["incoming"]["server"].is_null(), "{out}");

        // A malformed address with --json: an error object, exit 2.
        let mut c = mailsetup();
        c.args(["check", "not an address", "--password-stdin", "--json"]);
        let (code, out, _) = run(c, "pw");
        assert_eq!(code, Some(2));
        let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
        assert_eq!(v["error"]["kind"], "bad-input", "{out}");
    }

    /// `mailsetup check` against a real Dovecot in the language asked for: German problems and
    /// advice with `MAILSETUP_LOCALE=de-DE`, French from `LANG`, English when `LC_ALL=C`.
    #[test]
    fn check_speaks_the_language_asked_for() {
        let domain = MailDomain::start("lang.test");
        // The check, with only the given locale variables set.
        let check = |locale_vars: &[(&str, &str)], password: &str| {
            let mut c = Command::new(env!("CARGO_BIN_EXE_mailsetup"));
            for var in [
                "MAILSETUP_LOCALE",
                "LANGUAGE",
                "LC_ALL",
                "LC_MESSAGES",
                "LANG",
            ] {
                c.env_remove(var);
            }
            c.envs(locale_vars.iter().copied());
            domain
                .aim(&mut c)
                .args(["check", "alice@lang.test", "--password-stdin"]);
            run(c, password)
        };

        let (code, out, err) = check(
            &[("MAILSETUP_LOCALE", "de-DE"), ("LANG", "fr_FR.UTF-8")],
            "falsch",
        );
        assert_eq!(code, Some(1), "{out}{err}");
        for german in [
            "Posteingang: funktioniert NICHT",
            "Problem: mail.lang.test hat Ihr Passwort nicht angenommen.",
            "Was Sie tun können: Prüfen Sie das Passwort",
            "„alice@lang.test“",
        ] {
            assert!(out.contains(german), "no {german:?} in:\n{out}");
        }
        assert!(
            !out.contains("password") && !out.contains("Incoming"),
            "{out}"
        );
        assert!(!out.contains("falsch"), "{out}");

        // The fixture gives every user the password alicepw.
        let (code, out, err) = check(&[("MAILSETUP_LOCALE", "de-DE")], "alicepw");
        assert_eq!(code, Some(0), "{out}{err}");
        assert!(out.contains("Postausgang: funktioniert"), "{out}");
        assert!(out.contains("Ihr E-Mail-Konto funktioniert."), "{out}");

        // No override: the system's language, LC_ALL before LANG; C means English.
        let (_, out, _) = check(&[("LANG", "fr_FR.UTF-8")], "faux");
        assert!(out.contains("n’a pas accepté votre mot de passe"), "{out}");
        let (_, out, _) = check(&[("LC_ALL", "es_ES.UTF-8"), ("LANG", "de_DE.UTF-8")], "mal");
        assert!(out.contains("no ha aceptado su contraseña"), "{out}");
        let (_, out, _) = check(&[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")], "wrong");
        assert!(out.contains("Your password was not accepted"), "{out}");
    }
}
