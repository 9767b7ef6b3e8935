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

/// The flags that put the binary on a test network: its DNS server, its CA, and an ISPDB that is
/// not there.
fn on_test_net(c: &mut Command, dns: &Dns, ca: &Ca, b: &Block) {
    c.arg("--dns-server")
        .arg(dns.addr.to_string())
        .arg("--ca-file")
        .arg(&ca.pem_path)
        .arg("--ispdb-url")
        .arg(format!("https://{}/nothing/", b.ip(9)));
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
    let common = |c: &mut Command| on_test_net(c, &dns, &ca, &b);
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

/// A TCP relay in front of a server that counts the connections its clients hold open at once.
/// Each time a client connects, the connections already relayed are looked at as the kernel sees
/// them (a peek that does not wait): one whose client has closed its end no longer counts, even if
/// the relay's own threads have not noticed yet.
struct Counting {
    most: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    total: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

/// Whether the client of `s` still holds its end open: pending bytes are waited for (the relay
/// reads them at once) until the peek says "nothing yet" (open) or "end of stream" (closed).
fn client_still_open(s: &std::net::TcpStream) -> bool {
    use rustix::net::{RecvFlags, recv};
    for _ in 0..500 {
        let mut byte = [0u8; 1];
        match recv(s, &mut byte, RecvFlags::PEEK | RecvFlags::DONTWAIT) {
            Ok((0, _)) => return false,
            Ok(_) => std::thread::sleep(std::time::Duration::from_millis(2)),
            Err(e) => return e == rustix::io::Errno::AGAIN,
        }
    }
    true
}

impl Counting {
    /// Relays each of `ports` on `front` to the same port on `back`, all counted together.
    fn start(front: std::net::Ipv4Addr, back: std::net::Ipv4Addr, ports: &[u16]) -> Counting {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::{Arc, Mutex};
        let c = Counting {
            most: Arc::new(AtomicUsize::new(0)),
            total: Arc::new(AtomicUsize::new(0)),
        };
        let open: Arc<Mutex<Vec<std::net::TcpStream>>> = Arc::default();
        for &port in ports {
            let listener = std::net::TcpListener::bind((front, port)).expect("bind relay");
            let (open, most, total) = (open.clone(), c.most.clone(), c.total.clone());
            std::thread::spawn(move || {
                for client in listener.incoming().flatten() {
                    let Ok(server) = std::net::TcpStream::connect((back, port)) else {
                        continue;
                    };
                    {
                        let mut open = open.lock().expect("lock");
                        open.retain(client_still_open);
                        open.push(client.try_clone().expect("clone"));
                        most.fetch_max(open.len(), Ordering::SeqCst);
                    }
                    total.fetch_add(1, Ordering::SeqCst);
                    let (c2, s2) = (
                        client.try_clone().expect("clone"),
                        server.try_clone().expect("clone"),
                    );
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut &client, &mut &server);
                        let _ = server.shutdown(std::net::Shutdown::Write);
                    });
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut &s2, &mut &c2);
                        let _ = c2.shutdown(std::net::Shutdown::Write);
                    });
                }
            });
        }
        c
    }

    fn most(&self) -> usize {
        self.most.load(std::sync::atomic::Ordering::SeqCst)
    }
}

const BATCH_XML: &str = r#"<clientConfig version="1.1"><emailProvider id="DOMAIN"><domain>DOMAIN</domain>
<incomingServer type="imap"><hostname>mail.DOMAIN</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>mail.DOMAIN</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#;

fn lines_of(out: &std::process::Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// A hundred accounts in one run against real Dovecot behind a counting relay: the JSON Lines in
/// the file's order, each kind of failure in its own words, one discovery per domain, and never
/// more than the per-server limit of connections open at once. Then the file's permissions and a
/// malformed row stop the run before anything is sent.
#[test]
fn check_batch_of_a_hundred_accounts() {
    use std::os::unix::fs::PermissionsExt;
    use support::{Dovecot, DovecotPorts};
    let b = Block::fresh();
    let ca = Ca::new();
    let (web_ip, relay_ip, dovecot_ip, down_ip) = (b.ip(2), b.ip(3), b.ip(4), b.ip(5));
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("autoconfig.batch.test", web_ip)
            .host("autoconfig.down.test", web_ip)
            .host("mail.batch.test", relay_ip)
            .host("mail.down.test", down_ip),
    );
    let xml = |d: &str| Reply::Body(BATCH_XML.replace("DOMAIN", d));
    let web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.batch.test", "autoconfig.down.test"],
        vec![
            (
                "https",
                "autoconfig.batch.test",
                "/mail/config-v1.1.xml",
                xml("batch.test"),
            ),
            (
                "https",
                "autoconfig.down.test",
                "/mail/config-v1.1.xml",
                xml("down.test"),
            ),
        ],
    );
    let users: Vec<String> = (1..=97).map(|n| format!("u{n}@batch.test")).collect();
    let user_refs: Vec<&str> = users.iter().map(String::as_str).collect();
    let leaf = ca.leaf(&["mail.batch.test"]);
    let _dovecot = Dovecot::start(dovecot_ip, &leaf, &user_refs, DovecotPorts::STANDARD);
    let relay = Counting::start(relay_ip, dovecot_ip, &[993, 465]);

    let dir = support::tempdir();
    let mut csv = String::from("address,password,name\n");
    let mut expected: Vec<String> = Vec::new();
    for (i, u) in users.iter().enumerate() {
        let password = match i + 1 {
            7 | 50 => "wrong",
            90..=97 => "",
            _ => "alicepw",
        };
        csv.push_str(&format!("{u},{password},\"User {}, Batch\"\n", i + 1));
        expected.push(u.clone());
        if i == 40 {
            for odd in [
                "someone@down.test",
                "someone@unknown.test",
                "not an address",
            ] {
                csv.push_str(&format!("{odd},alicepw,\n"));
                expected.push(odd.to_owned());
            }
        }
    }
    assert_eq!(expected.len(), 100);
    let file = dir.path().join("accounts.csv");
    std::fs::write(&file, &csv).expect("csv");
    let common = |c: &mut Command| on_test_net(c, &dns, &ca, &b);

    // Readable by the group: refused, nothing looked up.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let mut c = mailsetup();
    common(&mut c);
    let out = c
        .args(["check", "--batch"])
        .arg(&file)
        .arg("--json")
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("chmod 600"), "{err}");
    assert_eq!(lines_of(&out)[0]["error"]["kind"], "bad-input");
    assert!(web.seen().is_empty(), "nothing was looked up");

    // A malformed row: its line, and nothing looked up either.
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "address,password\nu1@batch.test,alicepw\nu2@batch.test,alicepw,extra\n",
    )
    .expect("csv");
    std::fs::set_permissions(&bad, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let mut c = mailsetup();
    common(&mut c);
    let out = c
        .args(["check", "--batch"])
        .arg(&bad)
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("line 3"), "{err}");
    assert!(web.seen().is_empty(), "nothing was looked up");

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let mut c = mailsetup();
    common(&mut c);
    let out = c
        .args(["check", "--batch"])
        .arg(&file)
        .args(["--json", "--per-server", "2"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = lines_of(&out);
    assert_eq!(lines.len(), 101, "one line per account and the summary");
    let order: Vec<&str> = lines[..100]
        .iter()
        .map(|l| l["address"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        order,
        expected.iter().map(String::as_str).collect::<Vec<_>>()
    );
    let by = |a: &str| lines.iter().find(|l| l["address"] == a).expect(a);
    let kind = |a: &str| {
        by(a)["problems"][0]["kind"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };
    for u in ["u1@batch.test", "u89@batch.test"] {
        assert_eq!(
            (by(u)["ok"].clone(), by(u)["login"].clone()),
            (true.into(), true.into()),
            "{}",
            by(u)
        );
        assert_eq!(by(u)["incoming"]["server"]["host"], "mail.batch.test");
    }
    assert_eq!(by("u2@batch.test")["name"], "User 2, Batch");
    // No password: as far as the login, and no further.
    assert_eq!(
        (
            by("u95@batch.test")["ok"].clone(),
            by("u95@batch.test")["login"].clone()
        ),
        (true.into(), false.into())
    );
    assert_eq!(kind("u7@batch.test"), "wrong-password");
    assert_eq!(kind("u50@batch.test"), "wrong-password");
    assert_eq!(kind("someone@down.test"), "unreachable");
    assert_eq!(kind("someone@unknown.test"), "not-found");
    assert_eq!(kind("not an address"), "bad-address");
    let summary = &lines[100]["summary"];
    assert_eq!(summary["accounts"], 100);
    assert_eq!(summary["ok"], 95);
    assert_eq!(summary["failed"], 5);
    assert!(summary["seconds"].as_f64().is_some());
    // Politeness: one autoconfig request per domain, at most two connections at once.
    let asked = |host: &str| {
        web.seen()
            .iter()
            .filter(|s| s.host.starts_with(host))
            .count()
    };
    assert_eq!(asked("autoconfig.batch.test"), 1);
    assert_eq!(asked("autoconfig.down.test"), 1);
    assert!(relay.most() <= 2, "{} connections at once", relay.most());
    assert_eq!(relay.most(), 2, "the two allowed were used");
    assert!(relay.total.load(std::sync::atomic::Ordering::SeqCst) >= 190);
}

/// Ctrl-C in a batch that waits on a server that never answers: what finished, the summary, 130.
#[test]
fn check_batch_stops_on_ctrl_c_with_a_summary() {
    use support::{Behaviour, Rogue};
    let b = Block::fresh();
    let ca = Ca::new();
    let (web_ip, hang_ip) = (b.ip(2), b.ip(3));
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("autoconfig.hang.test", web_ip)
            .host("mail.hang.test", hang_ip),
    );
    let _web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.hang.test"],
        vec![(
            "https",
            "autoconfig.hang.test",
            "/mail/config-v1.1.xml",
            Reply::Body(BATCH_XML.replace("DOMAIN", "hang.test")),
        )],
    );
    let _a = Rogue::start((hang_ip, 993).into(), Behaviour::Silent);
    let _b = Rogue::start((hang_ip, 465).into(), Behaviour::Silent);
    let dir = support::tempdir();
    let file = dir.path().join("list.csv");
    let rows: String = (1..=20)
        .map(|n| format!("p{n}@hang.test\nbad{n}\n"))
        .collect();
    std::fs::write(&file, format!("address\n{rows}")).expect("csv");
    let mut c = mailsetup();
    on_test_net(&mut c, &dns, &ca, &b);
    c.args(["check", "--batch"])
        .arg(&file)
        .arg("--json")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = c.spawn().expect("start");
    // The scenario is an interruption once the run has gone on for a while: the malformed rows are
    // done, the hanging ones are not. Nothing on the outside says so (JSON lines come in the
    // file's order, and there is no progress bar without a terminal), so this waits by the clock.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let started = std::time::Instant::now();
    let out = child.wait_with_output().expect("wait");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "stopped promptly"
    );
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = lines_of(&out);
    let summary = lines
        .iter()
        .find_map(|l| l.get("summary"))
        .expect("a summary line");
    assert_eq!(summary["interrupted"], true);
    let done = summary["accounts"].as_u64().unwrap_or(0);
    assert!((1..40).contains(&done), "{summary}");
    assert!(
        lines.iter().all(|l| l.get("error").is_none()),
        "the summary is the last word"
    );
    assert_eq!(summary["not_checked"].as_u64(), Some(40 - done));
    // The malformed addresses finish at once; the hanging server's accounts do not.
    assert!(
        lines
            .iter()
            .any(|l| l["address"] == "bad1" && l["ok"] == false)
    );
}
