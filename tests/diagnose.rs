//! `mailsetup diagnose` against real servers (Dovecot, Postfix, dnsmasq) and Thunderbird profiles
//! built here, each with one thing wrong: the right finding id for each, `--fix` repairing what it
//! can (read back), and nothing written while the profile is open in Thunderbird.

mod support;

use std::io::Write as _;
use std::path::Path;
use std::process::Stdio;

use mailsetup::diagnose::{account, prefs};
use support::mailroom::{AWAY, DOMAIN, Mailroom, PASSWORD, TbAccount, write_profile};

fn alice() -> String {
    format!("alice@{DOMAIN}")
}

/// Runs `diagnose --json` on `profile`; with a password, for `account` from stdin.
fn diagnose(
    room: &Mailroom,
    profile: &Path,
    login: Option<(&str, &str)>,
    extra: &[&str],
) -> (Option<i32>, serde_json::Value) {
    let mut c = room.mailsetup();
    c.args(["diagnose", "--json", "--thunderbird-profile"])
        .arg(profile)
        .args(extra);
    if let Some((account, _)) = login {
        c.args(["--account", account, "--password-stdin"]);
    }
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("mailsetup starts");
    if let Some((_, password)) = login {
        writeln!(child.stdin.take().expect("stdin"), "{password}").expect("password");
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("mailsetup ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains(PASSWORD) && !String::from_utf8_lossy(&out.stdout).contains(PASSWORD));
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{stderr}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code(), v)
}

fn ids(account: &serde_json::Value) -> Vec<String> {
    account["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["id"].as_str().expect("an id").to_owned())
        .collect()
}

fn has(account: &serde_json::Value, id: &str) -> bool {
    ids(account).iter().any(|i| i == id)
}

#[test]
fn each_broken_setting_is_named_by_its_id() {
    let room = Mailroom::start();
    let a = alice();
    let good = TbAccount::good(&a);
    let accounts = [
        TbAccount {
            smtp_auth: 1,
            ..good.clone()
        },
        TbAccount {
            kind: "pop3",
            port: 995,
            leave_on_server: false,
            ..good.clone()
        },
        TbAccount {
            port: 143,
            socket_type: 0,
            ..good.clone()
        },
        TbAccount {
            port: 1993,
            ..good.clone()
        },
        TbAccount {
            host: format!("old.{DOMAIN}"),
            ..good.clone()
        },
        TbAccount::good(&format!("carol@{AWAY}")),
        TbAccount {
            port: 143,
            socket_type: 2,
            ..good.clone()
        },
        good.clone(),
    ];
    let dir = support::tempdir();
    let profile = dir.path().join("profile");
    write_profile(&profile, &accounts);
    let (code, v) = diagnose(&room, &profile, None, &[]);
    assert_eq!(code, Some(1), "{v:#}");
    assert_eq!(v["profile"], profile.display().to_string());
    let got = v["accounts"].as_array().expect("accounts");
    assert_eq!(
        got.len(),
        accounts.len(),
        "Local Folders is not an account: {v:#}"
    );
    let expect: [&[&str]; 8] = [
        &["outgoing-no-login"],
        &["pop3-deletes-from-server", "mixed-protocols"],
        &["not-encrypted"],
        &["wrong-port"],
        &["wrong-server"],
        &["mx-elsewhere"],
        &["settings-differ"],
        &[],
    ];
    for (i, want) in expect.iter().enumerate() {
        for id in *want {
            assert!(has(&got[i], id), "account {i} lacks {id}: {:#}", got[i]);
        }
        for f in got[i]["findings"].as_array().expect("findings") {
            assert!(["ok", "warning", "problem"].contains(&f["status"].as_str().expect("status")));
            assert!(f["message"].as_str().is_some_and(|m| !m.is_empty()));
            assert!(f["fixable"].is_boolean());
        }
        // Without a password nothing logged in.
        assert!(got[i]["check"].is_null());
    }
    // The healthy account has no problem, and the fixable ones say so.
    assert!(
        got[7]["findings"]
            .as_array()
            .expect("f")
            .iter()
            .all(|f| f["status"] != "problem"),
        "{:#}",
        got[7]
    );
    for (i, id) in [
        (0, "outgoing-no-login"),
        (1, "pop3-deletes-from-server"),
        (3, "wrong-port"),
        (4, "wrong-server"),
    ] {
        let f = got[i]["findings"]
            .as_array()
            .expect("f")
            .iter()
            .find(|f| f["id"] == id)
            .expect("finding");
        assert_eq!(f["fixable"], true, "{f:#}");
    }
    assert_eq!(got[3]["incoming"]["port"], 1993);
    assert_eq!(got[0]["outgoing"]["host"], format!("mail.{DOMAIN}"));
}

#[test]
fn logins_name_the_username_form_and_a_rejected_password() {
    let room = Mailroom::start();
    let a = alice();
    let dir = support::tempdir();
    let profile = dir.path().join("profile");
    write_profile(
        &profile,
        &[TbAccount {
            user: "alice".into(),
            smtp_user: "alice".into(),
            ..TbAccount::good(&a)
        }],
    );
    let (code, v) = diagnose(&room, &profile, Some((&a, PASSWORD)), &[]);
    assert_eq!(code, Some(1), "{v:#}");
    let acc = &v["accounts"][0];
    assert!(has(acc, "username-form"), "{acc:#}");
    assert_eq!(acc["check"]["incoming"]["ok"], true);
    assert_eq!(acc["check"]["incoming"]["server"]["username"], a);

    let (code, v) = diagnose(&room, &profile, Some((&a, "not-the-password")), &[]);
    assert_eq!(code, Some(1));
    assert!(has(&v["accounts"][0], "password-rejected"), "{v:#}");

    // A healthy account with the right password: exit 0, both logins work, and with --send-test the
    // test message really arrives.
    write_profile(&profile, &[TbAccount::good(&a)]);
    let (code, v) = diagnose(
        &room,
        &profile,
        Some((&a, PASSWORD)),
        &["--send-test", "--wait", "20"],
    );
    assert_eq!(code, Some(0), "{v:#}");
    let acc = &v["accounts"][0];
    assert!(
        has(acc, "incoming-works") && has(acc, "outgoing-works"),
        "{acc:#}"
    );
    assert_eq!(acc["check"]["test_message"]["arrived"], true, "{acc:#}");
}

/// `--fix` on a profile with one broken account: the id is fixed, a backup kept, and the repaired
/// prefs read back with the fix and diagnose clean of it.
fn fix_one(room: &Mailroom, broken: TbAccount, id: &str, check: impl Fn(&account::TbAccount)) {
    let a = broken.email.clone();
    let dir = support::tempdir();
    let profile = dir.path().join("profile");
    let path = write_profile(&profile, &[broken]);
    let before = std::fs::read_to_string(&path).expect("prefs");
    let (_, v) = diagnose(room, &profile, Some((&a, PASSWORD)), &["--fix"]);
    let acc = &v["accounts"][0];
    assert!(has(acc, id), "{acc:#}");
    assert!(
        acc["fixed"]
            .as_array()
            .expect("fixed")
            .iter()
            .any(|f| f == id),
        "{id}: {acc:#}"
    );
    assert_eq!(
        std::fs::read_to_string(profile.join("prefs.js.mailsetup-backup")).expect("backup"),
        before
    );
    let after = std::fs::read_to_string(&path).expect("prefs");
    assert!(
        after.starts_with(&before),
        "the old lines stay as they were"
    );
    let read = account::accounts(&prefs::parse(&after).expect("still parses"));
    assert_eq!(read.len(), 1);
    check(&read[0]);
    let (_, v) = diagnose(room, &profile, Some((&a, PASSWORD)), &[]);
    assert!(
        !has(&v["accounts"][0], id),
        "{id} still there after --fix: {v:#}"
    );
}

#[test]
fn fix_repairs_each_fixable_setting() {
    let room = Mailroom::start();
    let good = TbAccount::good(&alice());
    fix_one(
        &room,
        TbAccount {
            smtp_auth: 1,
            smtp_user: String::new(),
            ..good.clone()
        },
        "outgoing-no-login",
        |a| {
            let o = a.outgoing.as_ref().expect("smtp");
            assert_eq!((o.auth_method, o.username.as_str()), (3, alice().as_str()));
        },
    );
    fix_one(
        &room,
        TbAccount {
            kind: "pop3",
            port: 995,
            leave_on_server: false,
            ..good.clone()
        },
        "pop3-deletes-from-server",
        |a| {
            assert!(a.pop3.is_some_and(|k| k.leave_on_server));
        },
    );
    fix_one(
        &room,
        TbAccount {
            port: 143,
            socket_type: 0,
            ..good.clone()
        },
        "not-encrypted",
        |a| {
            assert_ne!(a.incoming.security, mailsetup::model::Security::Plain);
        },
    );
    fix_one(
        &room,
        TbAccount {
            port: 1993,
            ..good.clone()
        },
        "wrong-port",
        |a| {
            assert_eq!(a.incoming.port, 993);
        },
    );
    fix_one(
        &room,
        TbAccount {
            host: format!("old.{DOMAIN}"),
            ..good.clone()
        },
        "wrong-server",
        |a| {
            assert_eq!(a.incoming.host, format!("mail.{DOMAIN}"));
        },
    );
    fix_one(
        &room,
        TbAccount {
            user: "alice".into(),
            ..good.clone()
        },
        "username-form",
        |a| {
            assert_eq!(a.incoming.username, alice());
        },
    );
}

/// SSL/TLS and STARTTLS mixed up (both ways, incoming and outgoing), a non-standard port with the
/// standard one answering, and an account that signs in on the provider's page (OAuth2): each
/// named by its id, never checked with the password where the provider signs in.
#[test]
fn security_mixups_odd_ports_and_provider_sign_in_are_named() {
    let room = Mailroom::start();
    let a = alice();
    let good = TbAccount::good(&a);
    let accounts = [
        TbAccount {
            port: 143,
            socket_type: 3,
            ..good.clone()
        },
        TbAccount {
            port: 993,
            socket_type: 2,
            ..good.clone()
        },
        TbAccount {
            smtp_port: 587,
            smtp_ssl: 3,
            ..good.clone()
        },
        TbAccount {
            smtp_port: 2587,
            smtp_ssl: 2,
            ..good.clone()
        },
    ];
    let dir = support::tempdir();
    let profile = dir.path().join("profile");
    write_profile(&profile, &accounts);
    let (_, v) = diagnose(&room, &profile, None, &[]);
    let got = v["accounts"].as_array().expect("accounts");
    let finding = |i: usize, id: &str| {
        got[i]["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["id"] == id)
            .unwrap_or_else(|| panic!("account {i} lacks {id}: {:#}", got[i]))
            .clone()
    };
    let f = finding(0, "wrong-security");
    assert!(
        f["message"]
            .as_str()
            .expect("m")
            .contains("uses STARTTLS, not SSL/TLS"),
        "{f}"
    );
    assert_eq!(f["fixable"], true);
    let f = finding(1, "wrong-security");
    assert!(
        f["message"]
            .as_str()
            .expect("m")
            .contains("uses SSL/TLS, not STARTTLS"),
        "{f}"
    );
    let f = finding(2, "wrong-security");
    assert!(
        f["message"].as_str().expect("m").contains("outgoing"),
        "{f}"
    );
    let f = finding(3, "wrong-port");
    assert!(f["message"].as_str().expect("m").contains("2587"), "{f}");
    for acc in got {
        assert!(!has(acc, "cannot-connect"), "{acc:#}");
    }

    // OAuth2: the password is never sent (Dovecot would take it), the finding says why.
    write_profile(
        &profile,
        &[TbAccount {
            auth: 10,
            ..good.clone()
        }],
    );
    let (_, v) = diagnose(&room, &profile, Some((&a, PASSWORD)), &[]);
    let acc = &v["accounts"][0];
    assert!(has(acc, "provider-sign-in"), "{acc:#}");
    assert!(acc["check"].is_null(), "no password login: {acc:#}");
    assert!(!has(acc, "password-rejected") && !has(acc, "incoming-works"));
}

#[test]
fn fix_writes_the_security_that_works() {
    let room = Mailroom::start();
    let good = TbAccount::good(&alice());
    fix_one(
        &room,
        TbAccount {
            port: 143,
            socket_type: 3,
            ..good.clone()
        },
        "wrong-security",
        |a| {
            use mailsetup::model::Security;
            assert_eq!(
                (a.incoming.port, a.incoming.security),
                (143, Security::Starttls)
            );
        },
    );
    fix_one(
        &room,
        TbAccount {
            smtp_port: 465,
            smtp_ssl: 2,
            ..good.clone()
        },
        "wrong-security",
        |a| {
            use mailsetup::model::Security;
            let o = a.outgoing.as_ref().expect("smtp");
            assert_eq!((o.port, o.security), (465, Security::Tls));
        },
    );
}

#[test]
fn a_profile_open_in_thunderbird_is_not_written() {
    let room = Mailroom::start();
    let a = alice();
    let dir = support::tempdir();
    let profile = dir.path().join("profile");
    let path = write_profile(
        &profile,
        &[TbAccount {
            smtp_auth: 1,
            ..TbAccount::good(&a)
        }],
    );
    let before = std::fs::read(&path).expect("prefs");
    // Thunderbird's lock: a symbolic link naming a live process (this test's own).
    std::os::unix::fs::symlink(
        format!("127.0.0.1:+{}", std::process::id()),
        profile.join("lock"),
    )
    .expect("lock");
    let (code, v) = diagnose(&room, &profile, Some((&a, PASSWORD)), &["--fix"]);
    assert_eq!(code, Some(1), "{v:#}");
    assert!(has(&v["accounts"][0], "outgoing-no-login"));
    assert_eq!(v["accounts"][0]["fixed"], serde_json::json!([]));
    assert_eq!(std::fs::read(&path).expect("prefs"), before);
    assert!(!profile.join("prefs.js.mailsetup-backup").exists());
}

#[test]
fn bad_input_and_a_corrupt_profile_exit_2() {
    let room = Mailroom::start();
    let dir = support::tempdir();
    let profile = dir.path().join("profile");
    std::fs::create_dir_all(&profile).expect("dir");
    std::fs::write(
        profile.join("prefs.js"),
        "user_pref(\"a\", \"never closed);\n",
    )
    .expect("prefs");
    let (code, v) = diagnose(&room, &profile, None, &[]);
    assert_eq!(code, Some(2), "{v:#}");
    assert_eq!(v["error"]["kind"], "bad-input");
    assert!(
        v["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("line 1")),
        "{v:#}"
    );
    let (code, _) = diagnose(&room, &dir.path().join("nothing-here"), None, &[]);
    assert_eq!(code, Some(2));
}
