//! A real Thunderbird (Debian's, 153 ESR) reads the profiles we write. An AutoConfig hook
//! (`tests/thunderbird/`, installed into Thunderbird's directory; it does nothing unless
//! MAILSETUP_TB_DUMP is set) lists the accounts Thunderbird loaded, then quits.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

const INSTALL: &str = "/usr/lib/thunderbird";

/// One test at a time: Mail Setup refuses to make a new profile while any Thunderbird runs, and the
/// tests start real Thunderbirds.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

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
    dump(Some(profile), home)
}

/// The accounts Thunderbird loads when started the usual way (no profile named), for `home`.
fn accounts_as_usual(home: &Path) -> Vec<serde_json::Value> {
    dump(None, home)
}

fn dump(profile: Option<&Path>, home: &Path) -> Vec<serde_json::Value> {
    install_hook();
    let out = home.join("accounts.txt");
    let _ = std::fs::remove_file(&out);
    let mut cmd = Command::new("timeout");
    cmd.args(["60", "thunderbird", "--headless", "--no-remote"]);
    if let Some(p) = profile {
        cmd.arg("--profile").arg(p);
    }
    let status = cmd
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
        .filter(|l| !l.trim().is_empty())
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
    let _serial = one_at_a_time();
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
    let _serial = one_at_a_time();
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
    assert_eq!(out.status.code(), Some(3));
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
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("in use"));
    assert_eq!(
        std::fs::read_to_string(profile.join("prefs.js")).expect("prefs"),
        "user_pref(\"mail.accountmanager.accounts\", \"account1\");\n"
    );
}

#[test]
fn apple_profile_with_password_is_private() {
    let _serial = one_at_a_time();
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
    let _serial = one_at_a_time();
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

/// `mailsetup export … --add-to default` with HOME set; returns (exit code, stdout, stderr).
fn add_to_default(home: &Path, address: &str, protocol: &str) -> (Option<i32>, String, String) {
    let s = settings(home, address, protocol, 993, "tls");
    add_settings_to_default(home, address, &s)
}

/// The same with a settings file of the caller's.
fn add_settings_to_default(home: &Path, address: &str, s: &Path) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        // `--add-to thunderbird` implies the format (`default` is the same target).
        .args(["export", address, "--name", "Someone"])
        .arg("--settings")
        .arg(s)
        .args(["--add-to", "thunderbird"])
        .env("HOME", home)
        .output()
        .expect("mailsetup");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A profile Thunderbird made itself (started once with an empty home), holding one account added
/// the old way; returns its folder.
fn thunderbird_made_profile(home: &Path) -> PathBuf {
    let first = accounts_as_usual(home);
    assert!(
        first.is_empty(),
        "a fresh profile has no mail account: {first:?}"
    );
    let root = home.join(".thunderbird");
    let installs = std::fs::read_to_string(root.join("installs.ini")).expect("installs.ini");
    let folder = installs
        .lines()
        .find_map(|l| l.strip_prefix("Default="))
        .expect("an install default");
    let profile = root.join(folder);
    let s = settings(home, "old@before.test", "imap", 993, "tls");
    export(&[
        "export",
        "old@before.test",
        "--format",
        "thunderbird",
        "--settings",
        s.to_str().expect("path"),
        "--add-to",
        profile.to_str().expect("path"),
    ]);
    profile
}

#[test]
fn the_account_goes_into_the_profile_thunderbird_opens_beside_the_old_one() {
    let _serial = one_at_a_time();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let profile = thunderbird_made_profile(h);
    let before = accounts_as_usual(h);
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(
        before[0]["isDefault"], true,
        "the only mail account became the default"
    );

    let (code, out, err) = add_to_default(h, "jane@example.test", "imap");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("beside the accounts it already had"), "{out}");
    assert!(profile.join("prefs.js.mailsetup-backup").exists());
    // Twice: nothing more is added, and the person is told.
    let (code, out, err) = add_to_default(h, "jane@example.test", "imap");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("already set up"), "{out}");

    let after = accounts_as_usual(h);
    assert_eq!(after.len(), 2, "{after:?}");
    let old = after
        .iter()
        .find(|a| a["email"] == "old@before.test")
        .expect("the old account is still there");
    assert_eq!(old["isDefault"], true, "the old default stays the default");
    let jane: Vec<_> = after
        .iter()
        .filter(|a| a["email"] == "jane@example.test")
        .collect();
    assert_eq!(jane.len(), 1, "{after:?}");
    assert_eq!(jane[0]["host"], "imap.example.test");
    assert_eq!(jane[0]["isDefault"], false);
}

#[test]
fn an_open_profile_is_not_touched() {
    let _serial = one_at_a_time();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let root = h.join(".thunderbird");
    let profile = root.join("ab12cd34.default");
    std::fs::create_dir_all(&profile).expect("dir");
    std::fs::write(
        root.join("profiles.ini"),
        "[General]\nStartWithLastProfile=1\nVersion=2\n\n[Profile0]\nName=default\nIsRelative=1\nPath=ab12cd34.default\nDefault=1\n",
    )
    .expect("ini");
    let prefs = "user_pref(\"mail.accountmanager.accounts\", \"account1\");\n";
    std::fs::write(profile.join("prefs.js"), prefs).expect("prefs");
    // Held by a live process (this test), as a running Thunderbird holds it.
    std::os::unix::fs::symlink(
        format!("127.0.0.1:+{}", std::process::id()),
        profile.join("lock"),
    )
    .expect("lock");
    let (code, _, err) = add_to_default(h, "jane@example.test", "imap");
    assert_eq!(code, Some(3));
    assert!(err.contains("Close Thunderbird, then try again"), "{err}");
    assert_eq!(
        std::fs::read(profile.join("prefs.js")).expect("prefs"),
        prefs.as_bytes()
    );
    assert!(!profile.join("prefs.js.mailsetup-backup").exists());
}

#[test]
fn snap_and_flatpak_profiles_are_found_where_those_packages_keep_them() {
    let _serial = one_at_a_time();
    for (root, label) in [
        ("snap/thunderbird/common/.thunderbird", "Thunderbird (Snap)"),
        (
            ".var/app/org.mozilla.Thunderbird/.thunderbird",
            "Thunderbird (Flatpak)",
        ),
    ] {
        let home = tempfile::tempdir().expect("tempdir");
        let h = home.path();
        let root = h.join(root);
        let profile = root.join("zz99yy88.default");
        std::fs::create_dir_all(&profile).expect("dir");
        std::fs::write(
            root.join("profiles.ini"),
            "[Profile0]\nName=default\nIsRelative=1\nPath=zz99yy88.default\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n",
        )
        .expect("ini");
        std::fs::write(
            profile.join("prefs.js"),
            "user_pref(\"mail.accountmanager.accounts\", \"account1\");\nuser_pref(\"mail.account.account1.server\", \"server1\");\nuser_pref(\"mail.server.server1.type\", \"none\");\nuser_pref(\"mail.server.server1.hostname\", \"Local Folders\");\n",
        )
        .expect("prefs");
        let (code, out, err) = add_to_default(h, "jane@example.test", "pop3");
        assert_eq!(code, Some(0), "{err}");
        assert!(out.contains(label), "{out}");
        assert!(out.contains("as its default account"), "{out}");
        assert!(!h.join(".thunderbird").exists(), "nothing made elsewhere");
        let got = accounts(&profile, h);
        let jane = got
            .iter()
            .find(|a| a["email"] == "jane@example.test")
            .unwrap_or_else(|| panic!("{label}: {got:?}"));
        assert_eq!(jane["type"], "pop3");
        assert_eq!(
            jane["isDefault"], true,
            "{label}: Local Folders is not a mail account"
        );
    }
}

#[test]
fn with_no_profile_at_all_a_new_default_one_is_what_thunderbird_opens() {
    let _serial = one_at_a_time();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let (code, out, err) = add_to_default(h, "jane@example.test", "imap");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("had no profile yet"), "{out}");
    let got = accounts_as_usual(h);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["email"], "jane@example.test");
    assert_eq!(got[0]["isDefault"], true);
    // Thunderbird claimed our profile rather than making one of its own.
    let dirs: Vec<_> = std::fs::read_dir(h.join(".thunderbird"))
        .expect("root")
        .flatten()
        .filter(|e| e.path().join("prefs.js").exists())
        .collect();
    assert_eq!(dirs.len(), 1, "{dirs:?}");
}

/// `diagnose --fix` on a broken account, then Thunderbird loads the profile: the corrected values,
/// the account still there, and the other account untouched.
#[test]
fn thunderbird_loads_a_profile_repaired_by_diagnose_fix() {
    use support::mailroom::{AWAY, DOMAIN, Mailroom, PASSWORD, TbAccount, write_profile};
    let _serial = one_at_a_time();
    let room = Mailroom::start();
    let alice = format!("alice@{DOMAIN}");
    let broken = TbAccount {
        kind: "pop3",
        host: format!("old.{DOMAIN}"),
        port: 1995,
        leave_on_server: false,
        user: "alice".into(),
        smtp_auth: 1,
        smtp_user: String::new(),
        folders: true,
        ..TbAccount::good(&alice)
    };
    let carol = TbAccount {
        port: 143,
        socket_type: 2,
        ..TbAccount::good(&format!("carol@{AWAY}"))
    };
    let h = room.home.path();
    let profile = h.join("profile");
    write_profile(&profile, &[broken, carol]);
    let mut c = room.mailsetup();
    c.args([
        "diagnose",
        "--json",
        "--fix",
        "--password-stdin",
        "--account",
        &alice,
    ])
    .arg("--thunderbird-profile")
    .arg(&profile)
    .stdin(std::process::Stdio::piped())
    .stdout(std::process::Stdio::piped());
    let mut child = c.spawn().expect("mailsetup");
    {
        use std::io::Write as _;
        writeln!(child.stdin.take().expect("stdin"), "{PASSWORD}").expect("password");
    }
    let out = child.wait_with_output().expect("mailsetup ends");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let fixed: Vec<&str> = v["accounts"][0]["fixed"]
        .as_array()
        .expect("fixed")
        .iter()
        .filter_map(|f| f.as_str())
        .collect();
    for id in [
        "wrong-server",
        "pop3-deletes-from-server",
        "outgoing-no-login",
        "username-form",
    ] {
        assert!(fixed.contains(&id), "{id} not fixed: {v:#}");
    }
    let got = accounts(&profile, h);
    assert_eq!(got.len(), 2, "{got:?}");
    let a = got
        .iter()
        .find(|a| a["email"] == alice.as_str())
        .expect("alice's account is still there");
    assert_eq!(
        (a["type"].as_str(), a["port"].as_i64()),
        (Some("pop3"), Some(995)),
        "{a}"
    );
    assert_eq!(a["socketType"], 3);
    assert_eq!(a["host"], format!("mail.{DOMAIN}"));
    assert_eq!(a["userName"], alice.as_str());
    assert_eq!(a["leaveOnServer"], true);
    assert_eq!(a["smtpAuthMethod"], 3);
    assert_eq!(a["smtpUser"], alice.as_str());
    // Sent, Drafts, Templates, Archives and Junk moved with the server and the username.
    let moved = |f: &str| format!("mailbox://alice%40{DOMAIN}@mail.{DOMAIN}/{f}");
    let folders: Vec<String> = ["Sent", "Drafts", "Templates", "Archives"]
        .iter()
        .map(|f| moved(f))
        .collect();
    assert_eq!(a["folders"], serde_json::json!(folders), "{a}");
    assert_eq!(a["junkFolder"], moved("Junk"), "{a}");
    let c = got
        .iter()
        .find(|a| a["email"] == format!("carol@{AWAY}"))
        .expect("carol");
    assert_eq!(
        (c["port"].as_i64(), c["socketType"].as_i64()),
        (Some(143), Some(2)),
        "{c}"
    );
}

/// The no-registration path's ending (the window's and `setup`'s “add it to Thunderbird anyway”):
/// an account whose servers sign in with OAuth2 goes into the profile Thunderbird opens, and
/// Thunderbird reads it as an OAuth2 account (authMethod 10), so it signs in by itself.
#[test]
fn an_oauth2_account_added_unchecked_is_read_as_oauth2() {
    let _serial = one_at_a_time();
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let oauth = serde_json::json!({"issuer": "login.microsoftonline.com",
        "auth_url": "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        "token_url": "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "scope": "https://outlook.office365.com/IMAP.AccessAsUser.All offline_access"});
    let server = |p: &str, host: &str, port: u16, sec: &str| {
        serde_json::json!({"protocol": p, "host": host, "port": port, "security": sec,
            "username": "jo@contoso.test", "auth": "oauth2", "source": "bundled", "url": "x",
            "trusted": true, "oauth": oauth})
    };
    let json = serde_json::json!({
        "address": "jo@contoso.test",
        "incoming": [server("imap", "outlook.office365.com", 993, "tls")],
        "outgoing": [server("smtp", "smtp.office365.com", 587, "starttls")],
        "sources": [], "elapsed_ms": 1
    });
    let settings = h.join("jo.json");
    std::fs::write(&settings, json.to_string()).expect("settings");
    let (code, _, err) = add_settings_to_default(h, "jo@contoso.test", &settings);
    assert_eq!(code, Some(0), "{err}");
    let got = accounts_as_usual(h);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["email"], "jo@contoso.test");
    assert_eq!(got[0]["host"], "outlook.office365.com");
    assert_eq!(got[0]["authMethod"], 10, "{got:?}");
}

/// A preset for example.test with its servers at `host` and a `[provision]` table.
fn provision_preset(dir: &Path, host: &str) -> PathBuf {
    let text = format!(
        "[organisation]\nname = \"Example Ltd\"\n\n[mail]\ndomains = [\"example.test\"]\n\n\
         [[mail.incoming]]\nprotocol = \"imap\"\nhost = \"{host}\"\nport = 993\nsecurity = \"tls\"\n\n\
         [[mail.outgoing]]\nhost = \"{host}\"\nport = 465\nsecurity = \"tls\"\n\n\
         [provision]\naddress = \"{{user}}@example.test\"\nname = \"{{full_name}}\"\n"
    );
    let path = dir.join(format!("preset-{host}.toml"));
    std::fs::write(&path, text).expect("preset");
    path
}

/// `mailsetup provision --json` for `home` with `preset`: exit code, the JSON result, stderr.
fn provision(
    home: &Path,
    preset: &Path,
    extra: &[&str],
) -> (Option<i32>, serde_json::Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .arg("--preset")
        .arg(preset)
        .args(["provision", "--json"])
        .args(extra)
        .env("HOME", home)
        .env("MAILSETUP_LOCALE", "en-GB")
        .output()
        .expect("mailsetup");
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code(),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every file under `dir` with its bytes and modification time.
fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)> {
    let mut out = std::collections::BTreeMap::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if let (Ok(bytes), Ok(meta)) = (std::fs::read(&p), e.metadata()) {
                out.insert(p, (bytes, meta.modified().expect("mtime")));
            }
        }
    }
    out
}

/// The login name and full name (GECOS) of the user running the tests, as `getent` gives them.
fn me() -> (String, String) {
    let uid = String::from_utf8(Command::new("id").arg("-u").output().expect("id").stdout)
        .expect("utf-8");
    let line = Command::new("getent")
        .args(["passwd", uid.trim()])
        .output()
        .expect("getent")
        .stdout;
    let line = String::from_utf8_lossy(&line).into_owned();
    let fields: Vec<&str> = line.trim_end().split(':').collect();
    let full = fields[4].split(',').next().unwrap_or("").to_owned();
    (fields[0].to_owned(), full)
}

/// `mailsetup provision` in fresh home folders as Thunderbird leaves them (no profile, an empty
/// default profile, one with an account), twice in a row: the first run adds the account, the
/// second writes nothing at all, and the real Thunderbird lists the account.
#[test]
fn provision_sets_up_the_account_once_in_every_kind_of_home() {
    let _serial = one_at_a_time();
    let (login, full_name) = me();
    assert!(
        !full_name.is_empty(),
        "the test user needs a full name (GECOS)"
    );
    let address = format!("{login}@example.test");
    for kind in [
        "no profile",
        "an empty profile",
        "a profile with an account",
    ] {
        let home = tempfile::tempdir().expect("tempdir");
        let h = home.path();
        let preset = provision_preset(h, "mail.example.test");
        let before = match kind {
            "no profile" => 0,
            "an empty profile" => accounts_as_usual(h).len(),
            _ => {
                thunderbird_made_profile(h);
                1
            }
        };
        let (code, first, err) = provision(h, &preset, &[]);
        assert_eq!(code, Some(0), "{kind}: {err}");
        assert_eq!(first["result"], "added", "{kind}: {first}");
        assert_eq!(first["address"], address.as_str());
        assert_eq!(first["name"], full_name.as_str());
        let files = snapshot(&h.join(".thunderbird"));
        let (code, again, err) = provision(h, &preset, &[]);
        assert_eq!(code, Some(0), "{kind}: {err}");
        assert_eq!(again["result"], "already-set-up", "{kind}: {again}");
        assert_eq!(again["profile"], first["profile"]);
        assert!(
            snapshot(&h.join(".thunderbird")) == files,
            "{kind}: the second run wrote nothing, not even a backup"
        );
        let got = accounts_as_usual(h);
        assert_eq!(got.len(), before + 1, "{kind}: {got:?}");
        let mine = got
            .iter()
            .find(|a| a["email"] == address.as_str())
            .unwrap_or_else(|| panic!("{kind}: {got:?}"));
        assert_eq!(mine["host"], "mail.example.test");
        assert_eq!(mine["fullName"], full_name.as_str());
        assert_eq!(mine["smtpHost"], "mail.example.test");
    }
}

/// An account for the address with other servers is left alone, changed only with `--update`, and
/// never while Thunderbird runs (exit 3); `--log` prints nothing and writes one line.
#[test]
fn provision_changes_other_servers_only_when_asked_and_never_while_thunderbird_runs() {
    let _serial = one_at_a_time();
    let (login, _) = me();
    let address = format!("{login}@example.test");
    let home = tempfile::tempdir().expect("tempdir");
    let h = home.path();
    let old = provision_preset(h, "mail.example.test");
    let new = provision_preset(h, "new.example.test");
    let (code, added, err) = provision(h, &old, &[]);
    assert_eq!(
        (code, added["result"].as_str()),
        (Some(0), Some("added")),
        "{err}"
    );
    let files = snapshot(&h.join(".thunderbird"));

    let (code, skipped, err) = provision(h, &new, &[]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(skipped["result"], "skipped", "{skipped}");
    assert!(
        snapshot(&h.join(".thunderbird")) == files,
        "nothing written"
    );

    // A Thunderbird running (a process of that name): nothing written, exit 3.
    let fake = h.join("thunderbird");
    std::fs::copy("/bin/sleep", &fake).expect("copy sleep");
    let mut running = Command::new(&fake)
        .arg("60")
        .spawn()
        .expect("fake thunderbird");
    let (code, _, err) = provision(h, &new, &["--update"]);
    let _ = running.kill();
    let _ = running.wait();
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("Try again after Thunderbird closes"), "{err}");
    assert!(
        snapshot(&h.join(".thunderbird")) == files,
        "nothing written"
    );

    let (code, updated, err) = provision(h, &new, &["--update"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(updated["result"], "updated", "{updated}");
    let profile = PathBuf::from(updated["profile"].as_str().expect("profile"));
    assert!(profile.join("prefs.js.mailsetup-backup").exists());

    // At login: nothing printed, one line in the log.
    let state = h.join("state");
    let out = Command::new(env!("CARGO_BIN_EXE_mailsetup"))
        .arg("--preset")
        .arg(&new)
        .args(["provision", "--log"])
        .env("HOME", h)
        .env("XDG_STATE_HOME", &state)
        .env("MAILSETUP_LOCALE", "en-GB")
        .output()
        .expect("mailsetup");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let log = std::fs::read_to_string(state.join("mailsetup/provision.log")).expect("log");
    assert_eq!(log.lines().count(), 1, "{log}");
    assert!(log.contains("already set up"), "{log}");

    let got = accounts_as_usual(h);
    let mine: Vec<_> = got
        .iter()
        .filter(|a| a["email"] == address.as_str())
        .collect();
    assert_eq!(mine.len(), 1, "{got:?}");
    assert_eq!(mine[0]["host"], "new.example.test");
    assert_eq!(mine[0]["smtpHost"], "new.example.test");
}
