//! A real Thunderbird (Debian's, 153 ESR) reads the profiles we write. An AutoConfig hook
//! (`tests/thunderbird/`, installed into Thunderbird's directory; it does nothing unless
//! MAILSETUP_TB_DUMP is set) lists the accounts Thunderbird loaded, then quits.

use std::path::{Path, PathBuf};
use std::process::Command;

const INSTALL: &str = "/usr/lib/thunderbird";

fn install_hook() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/thunderbird");
    std::fs::copy(
        src.join("mailsetup-test.cfg"),
        Path::new(INSTALL).join("mailsetup-test.cfg"),
    )
    .expect("install hook (needs root and Debian's thunderbird)");
    std::fs::copy(
        src.join("mailsetup-test.js"),
        Path::new(INSTALL).join("defaults/pref/mailsetup-test.js"),
    )
    .expect("install hook prefs");
}

/// The accounts Thunderbird loads from `profile`, one JSON object each.
fn accounts(profile: &Path, home: &Path) -> Vec<serde_json::Value> {
    install_hook();
    let out = home.join("accounts.txt");
    let status = Command::new("timeout")
        .args([
            "60",
            "thunderbird",
            "--headless",
            "--no-remote",
            "--profile",
        ])
        .arg(profile)
        .env("MAILSETUP_TB_DUMP", &out)
        .env("HOME", home)
        .output()
        .expect("thunderbird");
    let text = std::fs::read_to_string(&out).unwrap_or_else(|_| {
        panic!(
            "no account dump; thunderbird said: {}",
            String::from_utf8_lossy(&status.stderr)
        )
    });
    assert!(!text.starts_with("ERROR"), "{text}");
    text.lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

fn settings(dir: &Path, address: &str, protocol: &str, port: u16, security: &str) -> PathBuf {
    let server = |p: &str, host: &str, port: u16, sec: &str| {
        serde_json::json!({"protocol": p, "host": host, "port": port, "security": sec, "username": address,
            "auth": "password-cleartext", "source": "autoconfig", "url": "x", "trusted": true})
    };
    let domain = address.split('@').nth(1).expect("domain");
    let json = serde_json::json!({
        "address": address,
        "incoming": [server(protocol, &format!("{protocol}.{domain}"), port, security)],
        "outgoing": [server("smtp", &format!("smtp.{domain}"), 465, "tls")],
        "sources": [], "elapsed_ms": 1
    });
    let path = dir.join(format!("{address}.json"));
    std::fs::write(&path, json.to_string()).expect("settings");
    path
}

fn export(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args(args)
        .output()
        .expect("mailsetup");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn thunderbird_reads_a_new_profile_and_an_added_account() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let profile = h.join("profile");
    let s1 = settings(h, "jane@example.test", "imap", 993, "tls");
    export(&[
        "export",
        "jane@example.test",
        "--format",
        "thunderbird",
        "--name",
        "Jane Doe",
        "--settings",
        s1.to_str().expect("path"),
        "--output",
        profile.to_str().expect("path"),
    ]);
    let got = accounts(&profile, h);
    assert_eq!(got.len(), 1, "{got:?}");
    let a = &got[0];
    assert_eq!(a["type"], "imap");
    assert_eq!(a["host"], "imap.example.test");
    assert_eq!(a["port"], 993);
    assert_eq!(a["socketType"], 3);
    assert_eq!(a["authMethod"], 3);
    assert_eq!(a["userName"], "jane@example.test");
    assert_eq!(a["email"], "jane@example.test");
    assert_eq!(a["fullName"], "Jane Doe");
    assert_eq!(a["smtpHost"], "smtp.example.test");
    assert_eq!(a["smtpPort"], 465);
    assert_eq!(a["smtpSocketType"], 3);

    // Add a POP3 account to the profile Thunderbird has now used: both survive.
    let s2 = settings(h, "bob@other.test", "pop3", 110, "starttls");
    export(&[
        "export",
        "bob@other.test",
        "--format",
        "thunderbird",
        "--name",
        "Bob",
        "--settings",
        s2.to_str().expect("path"),
        "--add-to",
        profile.to_str().expect("path"),
    ]);
    assert!(profile.join("prefs.js.mailsetup-backup").exists());
    let got = accounts(&profile, h);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter()
            .any(|a| a["email"] == "jane@example.test" && a["type"] == "imap")
    );
    let bob = got
        .iter()
        .find(|a| a["email"] == "bob@other.test")
        .expect("bob's account");
    assert_eq!(
        (
            bob["type"].as_str(),
            bob["port"].as_i64(),
            bob["socketType"].as_i64()
        ),
        (Some("pop3"), Some(110), Some(2))
    );
    assert_eq!(bob["leaveOnServer"], true);
    assert_eq!(bob["smtpHost"], "smtp.other.test");
}

#[test]
fn a_profile_in_use_is_refused_and_an_existing_one_is_not_overwritten() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let profile = h.join("p");
    std::fs::create_dir_all(&profile).expect("dir");
    std::fs::write(
        profile.join("prefs.js"),
        "user_pref(\"mail.accountmanager.accounts\", \"account1\");\n",
    )
    .expect("prefs");
    let s = settings(h, "jane@example.test", "imap", 993, "tls");
    // A new profile is never written over an existing one.
    let out = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args([
            "export",
            "jane@example.test",
            "--format",
            "thunderbird",
            "--settings",
            s.to_str().expect("path"),
            "--output",
            profile.to_str().expect("path"),
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    // A profile open in Thunderbird (its lock link exists) is not touched.
    std::os::unix::fs::symlink(
        format!("127.0.0.1:+{}", std::process::id()),
        profile.join("lock"),
    )
    .expect("lock");
    let out = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args([
            "export",
            "jane@example.test",
            "--format",
            "thunderbird",
            "--settings",
            s.to_str().expect("path"),
            "--add-to",
            profile.to_str().expect("path"),
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("in use"));
    assert_eq!(
        std::fs::read_to_string(profile.join("prefs.js")).expect("prefs"),
        "user_pref(\"mail.accountmanager.accounts\", \"account1\");\n"
    );
}

#[test]
fn apple_profile_with_password_is_private() {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let s = settings(h, "jane@example.test", "imap", 993, "tls");
    let out_file = h.join("jane.mobileconfig");
    let mut child = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args([
            "export",
            "jane@example.test",
            "--format",
            "apple",
            "--include-password",
            "--password-stdin",
            "--settings",
            s.to_str().expect("path"),
            "--output",
            out_file.to_str().expect("path"),
        ])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"Pa55word\n")
        .expect("write");
    let out = child.wait_with_output().expect("output");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("contains your password"));
    assert_eq!(
        std::fs::metadata(&out_file)
            .expect("file")
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    // Without the password the file has none.
    let plain = h.join("plain.mobileconfig");
    export(&[
        "export",
        "jane@example.test",
        "--format",
        "apple",
        "--settings",
        s.to_str().expect("path"),
        "--output",
        plain.to_str().expect("path"),
    ]);
    assert!(
        !std::fs::read_to_string(&plain)
            .expect("file")
            .contains("Pa55word")
    );
}

#[test]
fn register_adds_the_profile_to_profiles_ini_with_a_backup() {
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    std::fs::create_dir_all(h.join(".thunderbird")).expect("dir");
    let ini = h.join(".thunderbird/profiles.ini");
    let before = "[General]\nStartWithLastProfile=1\nVersion=2\n\n[Profile0]\nName=default\nIsRelative=1\nPath=abc.default\nDefault=1\n";
    std::fs::write(&ini, before).expect("ini");
    let s = settings(h, "jane@example.test", "imap", 993, "tls");
    let profile = h.join("new-profile");
    let out = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .args([
            "export",
            "jane@example.test",
            "--format",
            "thunderbird",
            "--register",
            "--settings",
            s.to_str().expect("path"),
            "--output",
            profile.to_str().expect("path"),
        ])
        .env("HOME", h)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = std::fs::read_to_string(&ini).expect("ini");
    assert!(after.starts_with(before), "existing profiles kept");
    assert!(
        after.contains("[Profile1]\nName=Mail Setup jane@example.test\nIsRelative=0\nPath="),
        "{after}"
    );
    assert_eq!(
        std::fs::read_to_string(h.join(".thunderbird/profiles.ini.mailsetup-backup"))
            .expect("backup"),
        before
    );
}
