//! Exports: golden files (a format change is a visible diff — regenerate with
//! `MAILSETUP_GOLDEN=update cargo test --test export`), read-back by our own parsers, the DNS lines
//! loaded into the real DNS server and found by the SRV source, the QR code decoded by zbarimg, the
//! Apple profile read by the plist crate and Python's plistlib.

mod support;

use std::path::Path;

use mailsetup::address::Address;
use mailsetup::export::{self, Account};
use mailsetup::model::{Auth, Protocol, Secret, Security, Server, SourceId};

fn server(protocol: Protocol, host: &str, port: u16, security: Security, username: &str) -> Server {
    Server {
        protocol,
        host: host.into(),
        port,
        security,
        username: username.into(),
        auth: Auth::PasswordCleartext,
        source: SourceId::Autoconfig,
        url: "test".into(),
        trusted: true,
        oauth: None,
    }
}

fn account() -> Account {
    Account {
        address: Address::parse("jane@example.test").expect("address"),
        name: "Jane Doe".into(),
        incoming: server(
            Protocol::Imap,
            "imap.example.test",
            993,
            Security::Tls,
            "jane@example.test",
        ),
        outgoing: Some(server(
            Protocol::Smtp,
            "smtp.example.test",
            587,
            Security::Starttls,
            "jane",
        )),
        leave_on_server: true,
    }
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var("MAILSETUP_GOLDEN").is_ok_and(|v| v == "update") {
        std::fs::write(&path, actual).expect("write golden");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} missing: run with MAILSETUP_GOLDEN=update",
            path.display()
        )
    });
    assert_eq!(actual, expected, "{name} differs from its golden file");
}

#[test]
fn golden_files() {
    mailsetup::i18n::set_thread_locale(Some("en-GB"));
    let a = account();
    golden("autoconfig.xml", &export::autoconfig_xml::render(&a));
    golden("autodiscover.xml", &export::autodiscover_xml::render(&a));
    golden("dns.zone", &export::dns_records::render(&a));
    golden("sheet.html", &export::sheet::render(&a));
    golden(
        "android-qr.json",
        &export::android_qr::payload(&a).expect("payload"),
    );
    golden("thunderbird-prefs.js", &export::thunderbird::new_prefs(&a));
    let apple = String::from_utf8(export::apple::render(&a, None)).expect("utf8");
    let uuid = regex_lite_uuid(&apple);
    golden("apple.mobileconfig", &uuid);
}

/// The Apple profile with its fresh UUIDs replaced, so the golden file is stable.
fn regex_lite_uuid(s: &str) -> String {
    s.lines()
        .map(|l| {
            let t = l.trim();
            let is_uuid = t.starts_with("<string>")
                && t.len() == "<string>".len() + 36 + "</string>".len()
                && t.matches('-').count() == 4;
            if is_uuid {
                l.replace(&t["<string>".len()..t.len() - "</string>".len()], "UUID")
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn our_parsers_read_the_exports_back() {
    let a = account();
    let cfg = mailsetup::discover::config::parse(export::autoconfig_xml::render(&a).as_bytes())
        .expect("autoconfig parses");
    let servers = cfg.resolve(&a.address, SourceId::Autoconfig, "u", true);
    assert_eq!(servers.len(), 2);
    for (got, want) in servers
        .iter()
        .zip([&a.incoming, a.outgoing.as_ref().expect("outgoing")])
    {
        assert_eq!(
            (
                got.protocol,
                &got.host,
                got.port,
                got.security,
                &got.username
            ),
            (
                want.protocol,
                &want.host,
                want.port,
                want.security,
                &want.username
            )
        );
    }
    let mailsetup::discover::autodiscover::Response::Settings(entries) =
        mailsetup::discover::autodiscover::parse(export::autodiscover_xml::render(&a).as_bytes())
            .expect("autodiscover parses")
    else {
        panic!("not settings")
    };
    assert_eq!(entries.len(), 2);
    assert_eq!(
        (entries[0].security, entries[1].security),
        (Security::Tls, Security::Starttls)
    );
    assert!(!entries[0].spa, "SPA written off");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dns_lines_load_in_the_dns_server_and_srv_discovery_finds_them() {
    let a = account();
    let zone_text = export::dns_records::render(&a);
    // Load each SRV line into dnsmasq (its own syntax for the same record).
    let mut zone = support::Zone::default();
    for l in zone_text.lines().filter(|l| !l.starts_with(';')) {
        let f: Vec<&str> = l.split_whitespace().collect();
        assert_eq!(&f[1..4], ["3600", "IN", "SRV"], "{l}");
        let name = f[0].trim_end_matches('.');
        let target = f[7].trim_end_matches('.');
        zone = if target.is_empty() {
            zone.srv_none(name)
        } else {
            zone.srv(
                name,
                target,
                f[6].parse().expect("port"),
                f[4].parse().expect("prio"),
                f[5].parse().expect("weight"),
            )
        };
    }
    let b = support::Block::fresh();
    let ca = support::Ca::new();
    let dns = support::Dns::start(b.ip(1), &zone);
    let net = support::net(&dns, &ca, None);
    let mut opts = support::options(&[]);
    opts.sources = vec![SourceId::Srv];
    let d = mailsetup::discover::discover(&net, &a.address, &opts, None).await;
    assert_eq!(d.incoming[0].host, "imap.example.test");
    assert_eq!(
        (d.incoming[0].port, d.incoming[0].security),
        (993, Security::Tls)
    );
    assert_eq!(d.outgoing[0].host, "smtp.example.test");
    assert_eq!(
        d.incoming.len(),
        1,
        "services not offered are published with the '.' target"
    );
}

#[test]
fn android_qr_code_decodes_to_the_spec_json() {
    let a = account();
    let dir = support::tempdir();
    let png = dir.path().join("qr.png");
    std::fs::write(&png, export::android_qr::png(&a).expect("png")).expect("write");
    let out = std::process::Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(&png)
        .output()
        .expect("zbarimg (tests/install-deps.sh installs zbar-tools)");
    let decoded = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert_eq!(
        decoded,
        r#"[1,[1,1],[0,"imap.example.test",993,3,1,"jane@example.test"],[[[0,"smtp.example.test",587,2,1,"jane"],["jane@example.test","Jane Doe"]]]]"#
    );
    let svg = export::android_qr::svg(&a).expect("svg");
    assert!(svg.starts_with("<?xml") && svg.contains("<svg"));
}

#[test]
fn apple_profile_is_a_valid_plist_with_distinct_ids() {
    let a = account();
    let bytes = export::apple::render(&a, None);
    let v: plist::Value = plist::from_bytes(&bytes).expect("plist");
    let root = v.as_dictionary().expect("dict");
    assert_eq!(root["PayloadType"].as_string(), Some("Configuration"));
    assert_eq!(root["PayloadVersion"].as_signed_integer(), Some(1));
    let payload = root["PayloadContent"].as_array().expect("array")[0]
        .as_dictionary()
        .expect("dict");
    let strings = [
        "PayloadType",
        "PayloadIdentifier",
        "PayloadUUID",
        "EmailAccountType",
        "EmailAccountDescription",
        "EmailAccountName",
        "EmailAddress",
        "IncomingMailServerHostName",
        "IncomingMailServerUsername",
        "IncomingMailServerAuthentication",
        "OutgoingMailServerHostName",
        "OutgoingMailServerUsername",
        "OutgoingMailServerAuthentication",
    ];
    for k in strings {
        assert!(payload[k].as_string().is_some(), "{k} is a string");
    }
    for k in [
        "PayloadVersion",
        "IncomingMailServerPortNumber",
        "OutgoingMailServerPortNumber",
    ] {
        assert!(
            payload[k].as_signed_integer().is_some(),
            "{k} is an integer"
        );
    }
    for k in [
        "IncomingMailServerUseSSL",
        "OutgoingMailServerUseSSL",
        "OutgoingPasswordSameAsIncomingPassword",
    ] {
        assert!(payload[k].as_boolean().is_some(), "{k} is a boolean");
    }
    assert_eq!(
        payload["PayloadType"].as_string(),
        Some("com.apple.mail.managed")
    );
    assert_eq!(
        payload["EmailAccountType"].as_string(),
        Some("EmailTypeIMAP")
    );
    assert!(
        payload.get("IncomingPassword").is_none(),
        "no password unless asked"
    );
    assert_ne!(
        root["PayloadIdentifier"].as_string(),
        payload["PayloadIdentifier"].as_string()
    );
    assert_ne!(
        root["PayloadUUID"].as_string(),
        payload["PayloadUUID"].as_string()
    );
    assert_eq!(
        root["PayloadIdentifier"].as_string(),
        Some("test.example.mailsetup.jane")
    );
    let again: plist::Value = plist::from_bytes(&export::apple::render(&a, None)).expect("plist");
    assert_ne!(
        again.as_dictionary().expect("dict")["PayloadUUID"].as_string(),
        root["PayloadUUID"].as_string(),
        "fresh UUIDs"
    );
    // Python's plistlib agrees.
    let dir = support::tempdir();
    let f = dir.path().join("p.mobileconfig");
    std::fs::write(&f, &bytes).expect("write");
    let out = std::process::Command::new("python3")
        .args(["-c", "import plistlib,sys; d=plistlib.load(open(sys.argv[1],'rb')); p=d['PayloadContent'][0]; print(p['IncomingMailServerPortNumber'], p['OutgoingMailServerUseSSL'], p['EmailAddress'])"])
        .arg(&f)
        .output()
        .expect("python3");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "993 True jane@example.test"
    );
    // With the password: it is there.
    let with = export::apple::render(&a, Some(&Secret::new("s3cret".into())));
    assert!(String::from_utf8_lossy(&with).contains("<string>s3cret</string>"));
}

#[test]
fn adding_to_a_profile_keeps_what_was_there() {
    let a = account();
    let existing = "// Mozilla User Preferences\nuser_pref(\"mail.accountmanager.accounts\", \"account1,account2\");\nuser_pref(\"mail.accountmanager.defaultaccount\", \"account1\");\nuser_pref(\"mail.account.account1.server\", \"server1\");\nuser_pref(\"mail.account.account2.server\", \"server2\");\nuser_pref(\"mail.smtpservers\", \"smtp1\");\nuser_pref(\"mail.identity.id1.useremail\", \"old@example.test\");\nuser_pref(\"mail.server.server1.hostname\", \"old.example.test\");\n";
    let out = export::thunderbird::add_to_prefs(existing, &a);
    assert!(out.starts_with(existing), "nothing removed");
    assert!(
        out.contains(
            "user_pref(\"mail.accountmanager.accounts\", \"account1,account2,account3\");"
        )
    );
    assert!(out.contains("user_pref(\"mail.smtpservers\", \"smtp1,smtp2\");"));
    assert!(out.contains("user_pref(\"mail.server.server3.hostname\", \"imap.example.test\");"));
    assert!(out.contains("user_pref(\"mail.identity.id2.useremail\", \"jane@example.test\");"));
    assert!(
        !out.contains("mail.accountmanager.defaultaccount\", \"account3"),
        "the default account stays"
    );
}

#[test]
fn a_signed_apple_profile_verifies_with_openssl_and_holds_the_profile() {
    let a = account();
    let ca = support::Ca::new();
    let leaf = ca.leaf(&["helpdesk.example.test"]);
    let profile = export::apple::render(&a, None);
    let der = export::apple::sign(&profile, &leaf.cert_pem, &leaf.key_pem).expect("sign");
    let dir = support::tempdir();
    let signed = dir.path().join("signed.mobileconfig");
    let content = dir.path().join("content.plist");
    std::fs::write(&signed, &der).expect("write");
    let out = std::process::Command::new("openssl")
        .args(["cms", "-verify", "-inform", "DER", "-purpose", "any", "-in"])
        .arg(&signed)
        .arg("-CAfile")
        .arg(&ca.pem_path)
        .arg("-out")
        .arg(&content)
        .output()
        .expect("openssl");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("Verification successful"));
    assert_eq!(
        std::fs::read(&content).expect("content"),
        profile,
        "the signed content is the unsigned profile"
    );
    // Signed by someone the CA does not know: verification fails.
    let other = support::Ca::new();
    let out = std::process::Command::new("openssl")
        .args(["cms", "-verify", "-inform", "DER", "-purpose", "any", "-in"])
        .arg(&signed)
        .arg("-CAfile")
        .arg(&other.pem_path)
        .arg("-out")
        .arg(&content)
        .output()
        .expect("openssl");
    assert!(!out.status.success());
    assert!(export::apple::sign(&profile, "not a certificate", &leaf.key_pem).is_err());
    assert_eq!(
        export::apple::sign(&profile, &leaf.cert_pem, "not a key"),
        Err(export::apple::SignError::Key)
    );
}

#[test]
fn registering_a_profile_appends_and_never_rewrites_a_broken_list() {
    let dir = support::tempdir();
    let ini = dir.path().join("profiles.ini");
    let original = "[General]\nStartWithLastProfile=1\n\n[Profile0]\nName=default\nIsRelative=1\nPath=abc.default\nDefault=1\n";
    std::fs::write(&ini, original).expect("write");
    export::thunderbird::register(&ini, Path::new("/tmp/p"), "Mail Setup a@b.test")
        .expect("register");
    let after = std::fs::read_to_string(&ini).expect("read");
    assert!(after.starts_with(original), "{after}");
    assert!(
        after.ends_with("\n[Profile1]\nName=Mail Setup a@b.test\nIsRelative=0\nPath=/tmp/p\n"),
        "{after}"
    );

    // A file that is not an INI file is left exactly as it was, and says so.
    let broken = "[General\nthis is not ini\n";
    std::fs::write(&ini, broken).expect("write");
    let e = export::thunderbird::register(&ini, Path::new("/tmp/p"), "x").expect_err("refused");
    assert!(e.to_string().contains("left as it is"), "{e}");
    assert_eq!(std::fs::read_to_string(&ini).expect("read"), broken);
}

/// The settings sheet is in the person's language and says so in `<html lang>`.
#[test]
fn the_settings_sheet_declares_its_language() {
    let a = account();
    for (locale, title) in [
        ("de-DE", "E-Mail-Einstellungen für"),
        ("fr-FR", "Paramètres de messagerie de"),
        ("es-ES", "Configuración de correo de"),
    ] {
        mailsetup::i18n::set_thread_locale(Some(locale));
        let html = export::sheet::render(&a);
        mailsetup::i18n::set_thread_locale(None);
        assert!(
            html.contains(&format!("<html lang=\"{locale}\">")),
            "{html}"
        );
        assert!(html.contains(title), "{html}");
    }
}

/// The same account at a provider that signs in with OAuth2 (Microsoft 365, or Google).
fn oauth_account(issuer: &str, imap: &str, smtp: &str) -> Account {
    let oauth = mailsetup::model::OAuthEndpoints {
        issuer: issuer.into(),
        auth_url: format!("https://{issuer}/authorize"),
        token_url: format!("https://{issuer}/token"),
        scope: "mail offline_access".into(),
    };
    let mut a = account();
    a.incoming.host = imap.into();
    a.incoming.auth = Auth::OAuth2;
    a.incoming.oauth = Some(Box::new(oauth.clone()));
    let out = a.outgoing.as_mut().expect("outgoing");
    out.host = smtp.into();
    out.auth = Auth::OAuth2;
    out.oauth = Some(Box::new(oauth));
    a
}

#[test]
fn oauth_accounts_export_in_each_formats_own_words() {
    let ms = oauth_account(
        "login.microsoftonline.com",
        "outlook.office365.com",
        "smtp.office365.com",
    );
    // Thunderbird: authMethod 10, for both servers; it signs in with its own registration.
    let prefs = export::thunderbird::new_prefs(&ms);
    assert_eq!(prefs.matches(".authMethod\", 10)").count(), 2, "{prefs}");
    // Android: authentication value 6 (OAuth2) in both server arrays.
    let payload = export::android_qr::payload(&ms).expect("payload");
    assert!(
        payload.contains(r#""outlook.office365.com",993,3,6,"#)
            && payload.contains(r#""smtp.office365.com",587,2,6,"#),
        "{payload}"
    );
    // Autoconfig: OAuth2 and the <oAuth2> element, read back by our own parser.
    let xml = export::autoconfig_xml::render(&ms);
    assert!(
        xml.contains("<authentication>OAuth2</authentication>"),
        "{xml}"
    );
    let cfg = mailsetup::discover::config::parse(xml.as_bytes()).expect("parses");
    let back = cfg.oauth.expect("the <oAuth2> element");
    assert_eq!(back.issuer, "login.microsoftonline.com");
    assert_eq!(back.token_url, "https://login.microsoftonline.com/token");
    // Apple: no payload signs in with Microsoft, so the words say how to add it by hand.
    let opts = || export::RenderOptions {
        password: None,
        signing: None,
        png: false,
    };
    let Err(err) = export::render(export::Format::Apple, &ms, opts()) else {
        panic!("an Apple profile for a Microsoft 365 account");
    };
    assert!(err.to_string().contains("Add Account"), "{err}");
    // Apple with Google: the com.apple.google-oauth payload, with nothing secret in it.
    let google = oauth_account("accounts.google.com", "imap.gmail.com", "smtp.gmail.com");
    let r = export::render(export::Format::Apple, &google, opts()).expect("profile");
    let v: plist::Value = plist::from_bytes(&r.bytes).expect("plist");
    let payload = v.as_dictionary().expect("dict")["PayloadContent"]
        .as_array()
        .expect("array")[0]
        .as_dictionary()
        .expect("dict")
        .clone();
    assert_eq!(
        payload["PayloadType"].as_string(),
        Some("com.apple.google-oauth")
    );
    assert_eq!(
        payload["EmailAddress"].as_string(),
        Some("jane@example.test")
    );
    assert!(!payload.contains_key("IncomingPassword"));
    assert!(!r.private);
}
