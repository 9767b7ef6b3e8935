//! `mailsetup setup`, the wizard in the terminal, driven through a pseudo-terminal by Python's
//! pexpect (tests/pty_driver.py) against the real fixtures: dnsmasq, the HTTPS autoconfig server,
//! Dovecot, gnome-keyring in its own D-Bus session (checked with `secret-tool lookup`), and a home
//! folder with a Thunderbird on the PATH. The conversations are written here from the catalogue's
//! own messages, so they follow the words the window uses.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::json;
use support::{MailDomains, say, say_with};

const BIN: &str = env!("CARGO_BIN_EXE_mailsetup");

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

/// The first screen: name and address (the password comes after the lookup, when the plan needs
/// it).
fn you(address: &str) -> Vec<serde_json::Value> {
    vec![
        expect(step_of("1", "step-you")),
        expect(prompt(&say("you-name"))),
        send("Sam Taylor"),
        expect(prompt(&say("you-address"))),
        send(address),
    ]
}

/// The password, asked once the servers are known (checked not to echo).
fn password(password: &str) -> Vec<serde_json::Value> {
    vec![
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
    let on = Network {
        dns: f.dns_addr.to_string(),
        ca: f.ca.pem_path.clone(),
        ispdb: f.ispdb_url(),
        env: Vec::new(),
        keyring_user: "alice@wiz.test".into(),
    };
    run_on(&on, steps, colour, |_| {})
}

/// Where `mailsetup setup` runs: the DNS server, the test CA, the ISPDB address, more
/// environment, and the keyring entry read afterwards.
struct Network {
    dns: String,
    ca: PathBuf,
    ispdb: String,
    env: Vec<(String, String)>,
    keyring_user: String,
}

/// The same on any test network; `prepare` lays out the home folder first.
fn run_on(
    on: &Network,
    steps: Vec<serde_json::Value>,
    colour: bool,
    prepare: impl FnOnce(&Path),
) -> Ran {
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
    prepare(&home);
    let transcript = dir.path().join("transcript.txt");
    let mut env = json!({
        "HOME": home,
        "XDG_CONFIG_HOME": home.join("config"),
        "PATH": format!("{}:/usr/bin:/bin", bin.display()),
        "TERM": "xterm",
        "MAILSETUP_LOCALE": "en-GB",
    });
    if !colour {
        env["NO_COLOR"] = json!("1");
    }
    for (k, v) in &on.env {
        env[k] = json!(v);
    }
    let script = json!({
        "program": BIN,
        "args": [
            "--no-preset",
            "--dns-server", on.dns,
            "--ca-file", on.ca,
            "--ispdb-url", on.ispdb,
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
         {{ secret-tool lookup service mailsetup username {user:?} > {secret:?}; true; }}",
        user = on.keyring_user,
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
        .env("XDG_CONFIG_HOME", home.join("config"))
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
    let mut steps = you("alice@wiz.test");
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
    ]);
    steps.extend(password("alicepw"));
    steps.extend([
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
    let mut steps = you("alice@wiz.test");
    steps.extend([expect(prompt(&say("setup-choose"))), send("1")]);
    steps.extend(password("not-the-password"));
    steps.extend([
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
    let mut steps = you("alice@away.test");
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
    assert!(
        !ran.transcript.contains(&prompt(&say("you-password"))),
        "no password asked for a server refused: {}",
        ran.transcript
    );
}

#[test]
fn typing_the_domain_confirms_the_trust_question() {
    let f = MailDomains::start();
    let mut steps = you("alice@away.test");
    steps.extend([
        expect(prompt(&say_with(
            "setup-trust-type",
            &[("domain", "elsewhere-hosting.test")],
        ))),
        send("Elsewhere-Hosting.test"),
    ]);
    steps.extend(password("alicepw"));
    steps.extend([
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
    let mut steps = you("alice@wiz.test");
    steps.extend([
        expect(prompt(&say("setup-choose"))),
        send(""),
        expect(prompt(&say("you-password"))),
        echo(false),
        json!(["interrupt", null]),
        expect(say("setup-stopped")),
    ]);
    let ran = run(&f, steps, false);
    assert_eq!(ran.status, Some(130), "{}", ran.transcript);
    assert_eq!(ran.keyring, "");
    assert!(!ran.home.join(".thunderbird").exists());
    // After the password was saved, at the Thunderbird question: the password is there whole, and
    // Thunderbird was not touched.
    let mut steps = you("alice@wiz.test");
    steps.extend([expect(prompt(&say("setup-choose"))), send("")]);
    steps.extend(password("alicepw"));
    steps.extend([
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

/// An OAuth2 site and the network settings that aim `mailsetup setup` at it, with the test
/// browser as `$BROWSER`.
fn oauth_network(site: &support::OAuthSite, keyring_user: &str, log: &Path) -> Network {
    Network {
        dns: site.dns.addr.to_string(),
        ca: site.ca.pem_path.clone(),
        ispdb: format!("https://{}/none/", site.block.ip(9)),
        env: support::browser_env(&site.ca.pem_path, &site.provider, log, false),
        keyring_user: keyring_user.into(),
    }
}

#[test]
fn signs_in_in_the_browser_keeps_the_sign_in_and_adds_to_thunderbird() {
    let mode = support::OAuthMode {
        dynamic: true,
        ..support::OAuthMode::default()
    };
    let site = support::OAuthSite::start("tty.test", true, mode);
    let log = tempfile::NamedTempFile::new().expect("log");
    let on = oauth_network(&site, "oauth2:login.tty.test:alice@tty.test", log.path());
    let mut steps = you("alice@tty.test");
    steps.extend([
        expect(say("receive-only-imap")),
        expect(step_of("4", "step-checking")),
        expect(say_with("sign-in-title", &[("provider", "login.tty.test")])),
        expect(
            say("setup-sign-in-waiting")
                .replace("{ setup-cancel-word }", &say("setup-cancel-word")),
        ),
        expect(say_with(
            "setup-signed-in",
            &[("provider", "login.tty.test")],
        )),
        expect(say_with(
            "done-incoming-works",
            &[("host", "mail.tty.test")],
        )),
        expect(say_with(
            "done-outgoing-works",
            &[("host", "mail.tty.test")],
        )),
        expect(yes_no("done-keep-signed-in")),
        send(""),
        expect(say("done-saved")),
        expect(yes_no("done-add-thunderbird")),
        send("y"),
        expect(say("done-title")),
    ]);
    let ran = run_on(&on, steps, false, |home| {
        site.site_file(&home.join("config"), "login.tty.test", false);
    });
    assert_eq!(ran.status, Some(0), "{}", ran.transcript);
    assert!(
        !ran.transcript.contains(&prompt(&say("you-password"))),
        "no password asked: {}",
        ran.transcript
    );
    assert!(!ran.keyring.trim().is_empty(), "the sign-in is kept");
    assert!(!ran.transcript.contains(ran.keyring.trim()));
    let (_, prefs) = thunderbird_profile(&ran.home).expect("a Thunderbird profile");
    assert!(prefs.contains("authMethod\", 10)"), "{prefs}");
}

#[test]
fn without_any_sign_in_it_offers_thunderbird_which_signs_in_itself() {
    let site = support::OAuthSite::start("none.test", true, support::OAuthMode::default());
    let log = tempfile::NamedTempFile::new().expect("log");
    let on = oauth_network(&site, "alice@none.test", log.path());
    let (yes, no) = (say("setup-yes"), say("setup-no"));
    let anyway = prompt(&say_with(
        "setup-yes-no",
        &[
            ("question", &say("setup-add-unchecked")),
            ("yes", &yes),
            ("no", &no),
            ("default", &no),
        ],
    ));
    let mut steps = you("alice@none.test");
    steps.extend([
        expect(say_with(
            "sign-in-title",
            &[("provider", "login.none.test")],
        )),
        expect(say_with(
            "sign-in-not-configured",
            &[("provider", "login.none.test")],
        )),
        expect(anyway),
        send("y"),
        expect(say("setup-unchecked-added")),
    ]);
    let ran = run_on(&on, steps, false, |home| {
        site.site_file(&home.join("config"), "login.none.test", true);
    });
    assert_eq!(ran.status, Some(0), "{}", ran.transcript);
    let (_, prefs) = thunderbird_profile(&ran.home).expect("a Thunderbird profile");
    assert!(prefs.contains("authMethod\", 10)"), "{prefs}");
    assert!(prefs.contains("\"mail.none.test\""), "{prefs}");
    assert!(
        site.provider.authorize_log().is_empty(),
        "no sign-in started"
    );
    assert_eq!(ran.keyring, "");
}
