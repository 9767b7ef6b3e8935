//! Saving the password in a real Secret Service: gnome-keyring under its own D-Bus session, checked
//! with `secret-tool lookup`; and the clear failure when there is no keyring at all.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_mailsetup");

#[test]
fn password_lands_in_gnome_keyring() {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path();
    std::fs::create_dir_all(home.join("run")).expect("run dir");
    std::fs::create_dir_all(home.join("data")).expect("data dir");
    let _ = Command::new("chmod")
        .arg("700")
        .arg(home.join("run"))
        .status();
    let script = format!(
        "printf 'keyring-unlock' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 && \
         printf 'Corr3ct horse\\n' | {BIN} save-password alice@keyring.test --password-stdin && \
         secret-tool lookup service mailsetup username alice@keyring.test"
    );
    let out = Command::new("dbus-run-session")
        .arg("--")
        .arg("sh")
        .arg("-c")
        .arg(&script)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_RUNTIME_DIR", home.join("run"))
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .expect("dbus-run-session (tests/run.sh installs dbus and gnome-keyring)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.last(), Some(&"Corr3ct horse"), "{stdout}");
    assert!(lines[0].contains("saved"), "{stdout}");
}

#[test]
fn no_keyring_is_a_clear_message_not_a_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(BIN)
        .args(["save-password", "alice@keyring.test", "--password-stdin"])
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", dir.path())
        .env("HOME", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mailsetup");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"pw\n")
        .expect("write");
    let out = child.wait_with_output().expect("output");
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("was not saved"), "{err}");
    assert!(!err.contains("pw\n"));
}
