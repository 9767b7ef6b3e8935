//! `mailsetup setup`, the wizard in the terminal, driven through a pseudo-terminal by Python's
//! pexpect (tests/pty_driver.py) against the real fixtures: dnsmasq, the HTTPS autoconfig server,
//! Dovecot, gnome-keyring in its own D-Bus session (checked with `secret-tool lookup`), and a home
//! folder with a Thunderbird on the PATH. The conversations are written here from the catalogue's
//! own messages, so they follow the words the window uses.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::json;
use support::MailDomains;

const BIN: &str = env!("CARGO_BIN_EXE_mailsetup");

/// A message in en-GB.
fn say(id: &str) -> String {
    mailsetup::i18n::text(id, None)
}

fn say_with(id: &str, args: &[(&str, &str)]) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        a.set(*k, *v);
    }
    mailsetup::i18n::text(id, Some(&a))
}

/// What a prompt for `label` looks like.
fn prompt(label: &str) -> String {
    say_with("setup-prompt", &[("label", label)])
}

fn yes_no(question_id: &str) -> String {
    let (yes, no) = (say("setup-yes"), say("setup-no"));
    prompt(&say_with(
        "setup-yes-no",
        &[
            ("question", &say(question_id)),
            ("yes", &yes),
            ("no", &no),
            ("default", &yes),
        ],
    ))
}

fn step_of(number: &str, name: &str) -> String {
    say_with(
        "step-of",
        &[("number", number), ("total", "4"), ("name", &say(name))],
    )
}

fn expect(s: impl Into<String>) -> serde_json::Value {
    json!(["expect", s.into()])
}

fn send(s: &str) -> serde_json::Value {
    json!(["send", s])
}

fn echo(on: bool) -> serde_json::Value {
    json!(["echo", on])
}

/// The first screen: name, address, password (checked not to echo).
fn you(address: &str, password: &str) -> Vec<serde_json::Value> {
    vec![
        expect(step_of("1", "step-you")),
        expect(prompt(&say("you-name"))),
        send("Sam Taylor"),
        expect(prompt(&say("you-address"))),
        send(address),
        expect(prompt(&say("you-password"))),
        echo(false),
        send(password),
    ]
}

/// What one run left behind.
struct Ran {
    status: Option<i64>,
    transcript: String,
    /// What `secret-tool lookup` found for alice@wiz.test (empty: nothing).
    keyring: String,
    home: PathBuf,
    _dir: tempfile::TempDir,
}

/// Runs `mailsetup setup` on the fixture's network through a pseudo-terminal, with a fresh home
/// folder, a Thunderbird on the PATH and gnome-keyring in a D-Bus session of its own.
fn run(f: &MailDomains, steps: Vec<serde_json::Value>, colour: bool) -> Ran {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("home");
    let bin = dir.path().join("bin");
    for d in [
        &home,
        &bin,
        &dir.path().join("run"),
        &dir.path().join("data"),
    ] {
        std::fs::create_dir_all(d).expect("folder");
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        dir.path().join("run"),
        std::fs::Permissions::from_mode(0o700),
    )
    .expect("chmod");
    // Found as the installed Thunderbird; adding an account never starts it.
    let tb = bin.join("thunderbird");
    std::fs::write(&tb, "#!/bin/sh\nexit 0\n").expect("script");
    std::fs::set_permissions(&tb, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let transcript = dir.path().join("transcript.txt");
    let mut env = json!({
        "HOME": home,
        "PATH": format!("{}:/usr/bin:/bin", bin.display()),
        "TERM": "xterm",
        "MAILSETUP_LOCALE": "en-GB",
    });
    if !colour {
        env["NO_COLOR"] = json!("1");
    }
    let script = json!({
        "program": BIN,
        "args": [
            "--no-preset",
            "--dns-server", f.dns_addr.to_string(),
            "--ca-file", f.ca.pem_path,
            "--ispdb-url", f.ispdb_url(),
            "setup",
        ],
        "env": env,
        "inherit": ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "XDG_DATA_HOME"],
        "transcript": transcript,
        "timeout": 40,
        "steps": steps,
    });
    let script_path = dir.path().join("script.json");
    std::fs::write(&script_path, script.to_string()).expect("script");
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pty_driver.py");
    let shell = format!(
        "printf 'keyring-unlock' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 && \
         python3 {driver:?} {script:?} > {out:?} && \
         {{ secret-tool lookup service mailsetup username alice@wiz.test > {secret:?}; true; }}",
        script = script_path.display().to_string(),
        driver = driver.display().to_string(),
        out = dir.path().join("status.json").display().to_string(),
        secret = dir.path().join("secret.txt").display().to_string(),
    );
    let out = Command::new("dbus-run-session")
        .arg("--")
        .arg("sh")
        .arg("-c")
        .arg(&shell)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("XDG_RUNTIME_DIR", dir.path().join("run"))
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .expect("dbus-run-session (tests/install-deps.sh installs dbus, gnome-keyring, pexpect)");
    let transcript = std::fs::read_to_string(&transcript).unwrap_or_default();
    assert!(
        out.status.success(),
        "the conversation did not go as written:\n{}\n--- transcript ---\n{transcript}",
        String::from_utf8_lossy(&out.stderr)
    );
    let status: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("status.json")).expect("status"),
    )
    .expect("status json");
    Ran {
        status: status["status"].as_i64(),
        transcript,
        keyring: std::fs::read_to_string(dir.path().join("secret.txt")).unwrap_or_default(),
        home,
        _dir: dir,
    }
}

/// The Thunderbird profile the wizard made in `home`, as (profiles.ini, prefs.js).
fn thunderbird_profile(home: &Path) -> Option<(String, String)> {
    let root = home.join(".thunderbird");
    let ini = std::fs::read_to_string(root.join("profiles.ini")).ok()?;
    let folder = ini
        .lines()
        .find_map(|l| l.strip_prefix("Path="))?
        .to_owned();
    let prefs = std::fs::read_to_string(root.join(folder).join("prefs.js")).ok()?;
    Some((ini, prefs))
}

#[test]
fn happy_path_saves_the_password_and_adds_to_thunderbird() {
    let f = MailDomains::start();
    let mut steps = you("alice@wiz.test", "alicepw");
    steps.extend([
        expect(step_of("2", "step-finding")),
        expect(say_with(
            "setup-source",
            &[
                ("source", &say("source-autoconfig")),
                ("status", &say("finding-found")),
            ],
        )),
        expect(step_of("3", "step-receive")),
        expect(say("receive-title")),
        expect(say("receive-imap-explained")),
        expect(prompt(&say("setup-choose"))),
        send(""),
        expect(step_of("4", "step-checking")),
        expect(say_with(
            "done-incoming-works",
            &[("host", "mail.wiz.test")],
        )),
        expect(say_with(
            "done-outgoing-works",
            &[("host", "mail.wiz.test")],
        )),
        expect(yes_no("done-save-password")),
        echo(true),
        send(""),
        expect(say("done-saved")),
        expect(yes_no("done-add-thunderbird")),
        send("y"),
        expect(say("done-title")),
    ]);
    let ran = run(&f, steps, true);
    assert_eq!(ran.status, Some(0), "{}", ran.transcript);
    assert_eq!(ran.keyring.trim_end(), "alicepw");
    let (ini, prefs) = thunderbird_profile(&ran.home).expect("a Thunderbird profile");
    assert!(ini.contains("Default=1"), "{ini}");
    assert!(prefs.contains("\"mail.wiz.test\"") && !prefs.contains("alicepw"));
    assert!(!ran.transcript.contains("alicepw"), "{}", ran.transcript);
    // On a terminal without NO_COLOR the result lines are coloured (and say it in words too).
    assert!(ran.transcript.contains("\x1b[32m"), "{}", ran.transcript);
}

#[test]
fn a_wrong_password_is_asked_again_and_no_color_is_honoured() {
    let f = MailDomains::start();
    let mut steps = you("alice@wiz.test", "not-the-password");
    steps.extend([
        expect(prompt(&say("setup-choose"))),
        send("1"),
        expect(say("fix-title")),
        expect(say_with(
            "check-wrong-password",
            &[("host", "mail.wiz.test"), ("server_says", "")],
        )),
        expect(prompt(&say("setup-password-again"))),
        echo(false),
        send("alicepw"),
        expect(say_with(
            "done-incoming-works",
            &[("host", "mail.wiz.test")],
        )),
        expect(yes_no("done-save-password")),
        send("n"),
        expect(yes_no("done-add-thunderbird")),
        send("no"),
    ]);
    let ran = run(&f, steps, false);
    assert_eq!(ran.status, Some(0), "{}", ran.transcript);
    assert_eq!(ran.keyring, "", "not saved when told not to");
    assert!(thunderbird_profile(&ran.home).is_none());
    assert!(
        !ran.transcript.contains("\x1b["),
        "NO_COLOR: {}",
        ran.transcript
    );
    assert!(!ran.transcript.contains("alicepw") && !ran.transcript.contains("not-the-password"));
}

#[test]
fn a_refused_trust_question_sends_the_password_nowhere() {
    let f = MailDomains::start();
    let mut steps = you("alice@away.test", "alicepw");
    steps.extend([
        expect(say("receive-foreign-title")),
        expect("elsewhere-hosting.test"),
        expect(prompt(&say_with(
            "setup-trust-type",
            &[("domain", "elsewhere-hosting.test")],
        ))),
        send("away.test"),
        expect(say_with(
            "setup-trust-refused",
            &[("domain", "elsewhere-hosting.test")],
        )),
    ]);
    let ran = run(&f, steps, false);
    assert_eq!(ran.status, Some(1), "{}", ran.transcript);
    assert!(
        !ran.transcript.contains(&step_of("4", "step-checking")),
        "no check started: {}",
        ran.transcript
    );
    assert_eq!(ran.keyring, "");
}

#[test]
fn typing_the_domain_confirms_the_trust_question() {
    let f = MailDomains::start();
    let mut steps = you("alice@away.test", "alicepw");
    steps.extend([
        expect(prompt(&say_with(
            "setup-trust-type",
            &[("domain", "elsewhere-hosting.test")],
        ))),
        send("Elsewhere-Hosting.test"),
        expect(say_with(
            "done-incoming-works",
            &[("host", "mail.elsewhere-hosting.test")],
        )),
        expect(yes_no("done-save-password")),
        send("n"),
        expect(yes_no("done-add-thunderbird")),
        send("n"),
    ]);
    let ran = run(&f, steps, false);
    assert_eq!(ran.status, Some(0), "{}", ran.transcript);
}

#[test]
fn ctrl_c_stops_cleanly_and_leaves_nothing_half_written() {
    let f = MailDomains::start();
    // At the password prompt: echo comes back, nothing is saved.
    let steps = vec![
        expect(prompt(&say("you-name"))),
        send("Sam Taylor"),
        expect(prompt(&say("you-address"))),
        send("alice@wiz.test"),
        expect(prompt(&say("you-password"))),
        echo(false),
        json!(["interrupt", null]),
        expect(say("setup-stopped")),
    ];
    let ran = run(&f, steps, false);
    assert_eq!(ran.status, Some(130), "{}", ran.transcript);
    assert_eq!(ran.keyring, "");
    assert!(!ran.home.join(".thunderbird").exists());
    // After the password was saved, at the Thunderbird question: the password is there whole, and
    // Thunderbird was not touched.
    let mut steps = you("alice@wiz.test", "alicepw");
    steps.extend([
        expect(prompt(&say("setup-choose"))),
        send(""),
        expect(yes_no("done-save-password")),
        send("y"),
        expect(say("done-saved")),
        expect(yes_no("done-add-thunderbird")),
        json!(["interrupt", null]),
        expect(say("setup-stopped")),
    ]);
    let ran = run(&f, steps, false);
    assert_eq!(ran.status, Some(130), "{}", ran.transcript);
    assert_eq!(ran.keyring.trim_end(), "alicepw");
    assert!(
        !ran.home.join(".thunderbird").exists(),
        "{}",
        ran.transcript
    );
}
