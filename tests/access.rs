//! The real wizard window used through AT-SPI alone, as a screen reader (Orca) uses it: Xvfb, a
//! D-Bus session of its own with the accessibility bus marked enabled (at-spi2-core), the window
//! program on the test network (dnsmasq, the HTTPS autoconfig server, Dovecot), and
//! tests/atspi_driver.py, which finds the nodes by role and name with pyatspi, fills the fields
//! through the EditableText interface and presses buttons through the Action interface. The words
//! come from the catalogue, so they follow the window's.
#![cfg(target_os = "linux")]

mod support;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};
use support::{MailDomains, say, say_with};

const WINDOW: &str = env!("CARGO_BIN_EXE_mailsetup-window");

/// A status line as a screen reader reads it: its meaning in a word, then its text.
fn status(tone: &str, text: &str) -> String {
    say_with("access-status", &[("tone", &say(tone)), ("text", text)])
}

fn step(kind: &str, role: &str, name: &str) -> Value {
    json!([kind, role, name])
}

/// An X server of its own (the display number Xvfb picked), stopped on drop.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Xvfb {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "1024x768x24"])
            .args(["-nolisten", "tcp", "-noreset"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb (tests/install-deps.sh installs xvfb)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("Xvfb says its display");
        Xvfb {
            child,
            display: format!(":{}", line.trim()),
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs the window under the driver with these steps; panics with the driver's words when a step
/// fails.
fn drive(f: &MailDomains, steps: Vec<Value>) {
    let x = Xvfb::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("home");
    let run = dir.path().join("run");
    std::fs::create_dir_all(&home).expect("home");
    std::fs::create_dir_all(&run).expect("run");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let script = json!({
        "program": WINDOW,
        "application": Path::new(WINDOW).file_name().and_then(|n| n.to_str()),
        "args": [
            "--no-preset",
            "--dns-server", f.dns_addr.to_string(),
            "--ca-file", f.ca.pem_path,
            "--ispdb-url", f.ispdb_url(),
        ],
        "env": {
            "DISPLAY": x.display,
            "HOME": home,
            "XDG_CONFIG_HOME": home.join("config"),
            // No mail program here: the Done page offers the other ways.
            "PATH": "/usr/bin:/bin",
            "MAILSETUP_LOCALE": "en-GB",
            // The same pixels on every machine; what is read does not depend on them.
            "ICED_BACKEND": "tiny-skia",
        },
        "timeout": 30,
        "steps": steps,
    });
    let script_path = dir.path().join("script.json");
    std::fs::write(&script_path, script.to_string()).expect("script");
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/atspi_driver.py");
    // Debian's python3, which has pyatspi (python3-pyatspi), whatever `python3` is on the PATH.
    let out = Command::new("dbus-run-session")
        .args(["--", "/usr/bin/python3"])
        .arg(&driver)
        .arg(&script_path)
        .env("XDG_RUNTIME_DIR", &run)
        .env("HOME", &home)
        .env("DISPLAY", &x.display)
        .env("GSETTINGS_BACKEND", "memory")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("AT_SPI_BUS_ADDRESS")
        .output()
        .expect(
            "dbus-run-session (tests/install-deps.sh installs dbus, at-spi2-core, python3-pyatspi)",
        );
    assert!(
        out.status.success(),
        "the screen reader's walk did not go as written:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_screen_reader_user_sets_up_the_account_and_fixes_a_wrong_password() {
    let f = MailDomains::start();
    let host = [("host", "mail.wiz.test")];
    let steps = vec![
        // The first page: its place on the path, its heading, three labelled fields, Continue.
        step(
            "find",
            "label",
            &say_with(
                "step-of",
                &[("number", "1"), ("total", "4"), ("name", &say("step-you"))],
            ),
        ),
        step("find", "heading", &say("you-title")),
        json!(["set", "entry", say("you-name"), "Sam Taylor"]),
        json!(["set", "entry", say("you-address"), "alice@wiz.test"]),
        json!(["text", "entry", say("you-address"), "alice@wiz.test"]),
        // The address is checked as it is typed, and the check is said in words.
        step(
            "find",
            "label",
            &status(
                "access-success",
                &say_with("you-address-ok", &[("domain", "wiz.test")]),
            ),
        ),
        json!([
            "set",
            "password text",
            say("you-password"),
            "not-the-password"
        ]),
        json!([
            "hides",
            "password text",
            say("you-password"),
            "not-the-password"
        ]),
        step("press", "push button", &say("you-continue")),
        // How to receive mail: IMAP chosen and explained, POP3 offered.
        step("find", "heading", &say("receive-title")),
        json!(["checked", "radio button", say("receive-imap"), true]),
        json!(["checked", "radio button", say("receive-pop3"), false]),
        step("press", "push button", &say("receive-continue")),
        // The password is refused: "Something needs fixing", the problem in words, the field to
        // type it again.
        step("find", "heading", &say("fix-title")),
        step(
            "starts",
            "status bar",
            &status(
                "access-problem",
                &say_with(
                    "check-wrong-password",
                    &[("host", "mail.wiz.test"), ("server_says", "")],
                ),
            ),
        ),
        json!(["set", "password text", say("fix-password-again"), "alicepw"]),
        json!([
            "hides",
            "password text",
            say("fix-password-again"),
            "alicepw"
        ]),
        step("press", "push button", &say("fix-try-again")),
        // Both directions work.
        step("find", "heading", &say("done-works-title")),
        step(
            "find",
            "status bar",
            &status("access-success", &say_with("done-incoming-works", &host)),
        ),
        step(
            "find",
            "status bar",
            &status("access-success", &say_with("done-outgoing-works", &host)),
        ),
        // Not keeping the password turns Finish into Close, which closes the window.
        json!(["checked", "check box", say("done-save-password"), true]),
        step("press", "check box", &say("done-save-password")),
        json!(["checked", "check box", say("done-save-password"), false]),
        step("press", "push button", &say("done-close")),
        json!(["exit", 0]),
    ];
    drive(&f, steps);
}
