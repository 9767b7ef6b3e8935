//! The wizard walked by visible text with iced_test's simulator, against the real local fixtures
//! (dnsmasq, the HTTPS server, Dovecot). Tasks the wizard starts are run here and their messages fed
//! back, as the iced runtime would.

mod support;

use std::time::Duration;

use iced::futures::StreamExt;
use iced_test::runtime::{Action, clipboard, task};
use iced_test::{selector, simulator};
use mailsetup::discover::Options;
use mailsetup::net::NetConfig;
use mailsetup::ui::{App, Message, Programs, Step};
use support::MailDomains as Fixture;

struct Wizard {
    app: App,
    clipboard: Vec<String>,
    /// The passwords typed so far: never in what a screen reader gets.
    typed_secrets: Vec<String>,
    /// The home folder the wizard sees (no mail program in it unless a test adds one).
    home: tempfile::TempDir,
}

impl Wizard {
    fn new(net: NetConfig) -> Wizard {
        let mut opts = Options {
            site_dirs: Vec::new(),
            ..Options::default()
        };
        opts.timeouts.http = Duration::from_secs(2);
        opts.timeouts.dns = Duration::from_secs(2);
        opts.timeouts.probe = Duration::from_secs(2);
        opts.timeouts.ispdb = Duration::from_secs(2);
        opts.timeouts.overall = Duration::from_secs(8);
        let home = tempfile::tempdir().expect("home");
        let mut app = App::new(net, opts);
        app.programs = Programs {
            home: Some(home.path().to_path_buf()),
            thunderbird: Vec::new(),
            ..Programs::default()
        };
        Wizard {
            app,
            clipboard: Vec::new(),
            typed_secrets: Vec::new(),
            home,
        }
    }

    /// Runs a task to completion, feeding its messages back into the wizard.
    async fn run(&mut self, t: iced::Task<Message>) {
        let Some(mut stream) = task::into_stream(t) else {
            return;
        };
        while let Some(action) = stream.next().await {
            match action {
                Action::Output(m) => Box::pin(self.send(m)).await,
                Action::Clipboard(clipboard::Action::Write { contents, .. }) => {
                    self.clipboard.push(contents)
                }
                _ => {}
            }
        }
    }

    async fn send(&mut self, m: Message) {
        let t = self.app.update(m);
        self.run(t).await;
        self.check_access();
    }

    /// What a screen reader gets of the page agrees with the window: its heading is the one shown,
    /// every control has a name, and no password typed so far is in it.
    fn check_access(&self) {
        use accesskit::Role;
        let page = self.app.describe();
        let tree = mailsetup::ui::access::tree(&self.app.title(), &page, None);
        let all = format!("{tree:?}");
        for s in &self.typed_secrets {
            assert!(
                !all.contains(s.as_str()),
                "a password is in the tree: {all}"
            );
        }
        let heading = tree
            .nodes
            .iter()
            .find(|(_, n)| n.role() == Role::Heading)
            .and_then(|(_, n)| n.label())
            .unwrap_or_else(|| panic!("the page has no heading: {all}"));
        self.assert_shows(heading);
        for (_, n) in &tree.nodes {
            let control = [
                Role::TextInput,
                Role::PasswordInput,
                Role::Button,
                Role::CheckBox,
                Role::RadioButton,
                Role::RadioGroup,
            ];
            if control.contains(&n.role()) {
                assert!(
                    n.label().is_some_and(|l| !l.trim().is_empty()),
                    "a {:?} without a name: {all}",
                    n.role()
                );
            }
        }
    }

    /// Clicks the widget showing `label` and handles what that produces.
    async fn click(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = simulator(self.app.view());
            ui.click(label)
                .unwrap_or_else(|e| panic!("click {label:?}: {e:?}"));
            ui.into_messages().collect()
        };
        for m in messages {
            self.send(m).await;
        }
    }

    /// Types into the text input with this id.
    async fn type_into(&mut self, id: &'static str, text: &str) {
        if id.contains("password") {
            self.typed_secrets.push(text.to_owned());
        }
        let messages: Vec<Message> = {
            let mut ui = simulator(self.app.view());
            ui.click(selector::id(id))
                .unwrap_or_else(|e| panic!("focus {id}: {e:?}"));
            ui.typewrite(text);
            ui.into_messages().collect()
        };
        for m in messages {
            self.send(m).await;
        }
    }

    fn shows(&self, text: &str) -> bool {
        simulator(self.app.view()).find(text).is_ok()
    }

    fn assert_shows(&self, text: &str) {
        assert!(self.shows(text), "the window does not show {text:?}");
    }

    async fn you(&mut self, address: &str, password: &str) {
        self.type_into("name", "Sam Taylor").await;
        self.type_into("email", address).await;
        self.type_into("password", password).await;
    }
}

/// The wizard on the fixture's network: its DNS server, the test CA, an ISPDB that is not there.
trait WizardOn {
    fn wizard(&self) -> Wizard;
}

impl WizardOn for Fixture {
    fn wizard(&self) -> Wizard {
        Wizard::new(NetConfig {
            dns_server: Some(self.dns_addr),
            ca_files: vec![self.ca.pem_path.clone()],
            ispdb_url: Some(url::Url::parse(&self.ispdb_url()).expect("url")),
            pins: Vec::new(),
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn happy_path_to_your_email_is_ready() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.assert_shows("Set up your email");
    w.you("alice@wiz.test", "alicepw").await;
    w.assert_shows("We will look for the mail settings of wiz.test.");
    w.click("Continue").await;
    w.assert_shows("How do you want to receive mail?");
    w.assert_shows("Keep mail on the server (IMAP) — recommended");
    w.click("Show details").await;
    w.assert_shows("Incoming: IMAP mail.wiz.test, port 993, security TLS");
    w.click("Check my account").await;
    w.assert_shows("Your account works");
    w.assert_shows("Receiving mail works (mail.wiz.test)");
    w.assert_shows("Sending mail works (mail.wiz.test)");
    w.assert_shows("Save my password in this computer’s keyring");
    // "Set up an app": the printable sheet lands in the Downloads folder.
    w.click("Printable settings sheet").await;
    let Step::Done(d) = &w.app.step else {
        panic!("not done")
    };
    let Some(Ok(saved)) = d.exported.clone() else {
        panic!("not exported: {:?}", d.exported)
    };
    w.assert_shows(&saved);
    let path = saved
        .trim_start_matches("Saved to ")
        .trim_end_matches('.')
        .to_owned();
    let html = std::fs::read_to_string(&path).expect("sheet written");
    let _ = std::fs::remove_file(&path);
    assert!(html.contains("mail.wiz.test") && !html.contains("alicepw"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_shows_advice_and_try_again_checks_again() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.you("alice@wiz.test", "not-the-password").await;
    w.click("Continue").await;
    w.click("Check my account").await;
    w.assert_shows("Something needs fixing");
    w.assert_shows("Your password was not accepted by mail.wiz.test. The server said: “Authentication failed.”");
    w.click("Copy details for your helpdesk").await;
    let copied = w.clipboard.last().expect("copied details").clone();
    assert!(
        copied.contains("AUTHENTICATE PLAIN [redacted]") && !copied.contains("not-the-password"),
        "{copied}"
    );
    // The same password again: still refused.
    w.click("Try again").await;
    w.assert_shows("Something needs fixing");
    w.click("Back").await;
    w.assert_shows("How do you want to receive mail?");
    w.click("Check my account").await;
    // The password typed again right there, on "Something needs fixing".
    w.assert_shows("Type your password again");
    w.type_into(mailsetup::ui::outcome::PASSWORD, "alicepw")
        .await;
    w.click("Try again").await;
    w.assert_shows("Your account works");
    assert_eq!(w.app.password.expose(), "alicepw");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pop3_chosen_with_a_copy_left_on_the_server() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.you("alice@wiz.test", "alicepw").await;
    w.click("Continue").await;
    assert!(
        !w.shows("Leave a copy on the server"),
        "IMAP is chosen first"
    );
    w.click("Download mail to this computer (POP3)").await;
    w.assert_shows("Leave a copy on the server");
    w.click("Leave a copy on the server").await;
    w.assert_shows("Without a copy on the server, mail downloaded here will not appear on your phone or in webmail, and is lost if this computer breaks.");
    w.click("Leave a copy on the server").await;
    assert!(!w.shows("Without a copy on the server, mail downloaded here will not appear on your phone or in webmail, and is lost if this computer breaks."));
    w.click("Check my account").await;
    w.assert_shows("Your account works");
    let Step::Done(d) = &w.app.step else {
        panic!("not done")
    };
    assert_eq!(d.report.incoming.server.port, 995);
    assert!(w.app.choice.as_ref().is_some_and(|c| c.leave_copy));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_outside_the_domain_needs_confirmation() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.you("alice@away.test", "alicepw").await;
    w.click("Continue").await;
    w.assert_shows("Your password would be sent to:");
    w.assert_shows("elsewhere-hosting.test");
    // Nothing is sent before the user confirms.
    w.click("Check my account").await;
    w.assert_shows("Your password would be sent to:");
    w.click("I trust elsewhere-hosting.test with my password")
        .await;
    w.click("Check my account").await;
    w.assert_shows("Your account works");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_during_lookup_returns_with_what_was_typed() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.you("alice@slow.test", "alicepw").await;
    // Start the lookup but do not run it: its task is dropped with the step.
    let messages: Vec<Message> = {
        let mut ui = simulator(w.app.view());
        ui.click("Continue").expect("continue");
        ui.into_messages().collect()
    };
    let mut pending = Vec::new();
    for m in messages {
        pending.push(w.app.update(m));
    }
    w.assert_shows("Finding your settings");
    w.assert_shows("Your domain’s settings");
    w.click("Cancel").await;
    w.assert_shows("Set up your email");
    assert!(w.shows("alice@slow.test"), "the address is kept");
    // The aborted lookup ends at once instead of running to its time limits.
    let start = std::time::Instant::now();
    for t in pending {
        if let Some(mut s) = task::into_stream(t) {
            while s.next().await.is_some() {}
        }
    }
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "lookup still running: {:?}",
        start.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn manual_form_rejects_a_bad_port() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.you("alice@nowhere.test", "alicepw").await;
    w.click("Continue").await;
    w.assert_shows("We could not find the mail settings for nowhere.test. Your email provider can tell you the server names; you can type them in yourself.");
    w.click("Enter settings by hand").await;
    w.assert_shows("Your mail server settings");
    w.type_into("in-port", "9").await; // 993 → 9939
    w.type_into("in-port", "9").await; // → 99399
    w.click("Check these settings").await;
    w.assert_shows("The port is a number from 1 to 65535, such as 993 or 465.");
    assert!(
        matches!(w.app.step, Step::Manual(_)),
        "no check started with a bad port"
    );
}

/// The commonest mistake typed by hand: SSL/TLS chosen for port 143 (and 587). The check finds
/// that those ports use STARTTLS, says so, and keeps the settings that work.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ssl_tls_typed_for_a_starttls_port_is_put_right_and_said() {
    use mailsetup::model::Security;
    use mailsetup::ui::manual::{Field, Message as M};
    let f = Fixture::start();
    let mut w = f.wizard();
    w.you("alice@nowhere.test", "alicepw").await;
    w.click("Continue").await;
    w.click("Enter settings by hand").await;
    w.assert_shows("Your mail server settings");
    for m in [
        M::Incoming(Field::Host, "mail.wiz.test".into()),
        M::Incoming(Field::Port, "143".into()),
        M::Incoming(Field::Username, "alice@wiz.test".into()),
        M::IncomingSecurity(Security::Tls),
        M::Outgoing(Field::Host, "mail.wiz.test".into()),
        M::Outgoing(Field::Port, "587".into()),
        M::Outgoing(Field::Username, "alice@wiz.test".into()),
        M::OutgoingSecurity(Security::Tls),
    ] {
        w.send(Message::Manual(m)).await;
    }
    w.click("Check these settings").await;
    w.assert_shows("Your account works");
    w.assert_shows("Port 143 uses STARTTLS, not SSL/TLS: the server answered without encryption first, so we secured the connection with STARTTLS instead. Choose STARTTLS for port 143 in your mail program.");
    w.assert_shows("Port 587 uses STARTTLS, not SSL/TLS: the server answered without encryption first, so we secured the connection with STARTTLS instead. Choose STARTTLS for port 587 in your mail program.");
    let choice = w.app.choice.as_ref().expect("the settings kept");
    assert_eq!(
        (choice.incoming.port, choice.incoming.security),
        (143, Security::Starttls)
    );
    let out = choice.outgoing.as_ref().expect("outgoing");
    assert_eq!((out.port, out.security), (587, Security::Starttls));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_my_domain_from_the_first_screen_and_from_needs_fixing() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.you("alice@wiz.test", "wrong").await;
    w.click("Check my domain").await;
    w.assert_shows("Is wiz.test set up to receive and send mail?");
    w.assert_shows("wiz.test does not say which servers may send its mail (no SPF record), so your messages are more likely to land in spam.");
    w.assert_shows(
        "Some of these stop mail from arriving or being trusted: see the problems above.",
    );
    w.click("Back").await;
    w.assert_shows("Set up your email");
    assert!(w.shows("alice@wiz.test"));
    w.click("Continue").await;
    w.click("Check my account").await;
    w.assert_shows("Something needs fixing");
    w.click("Check my domain").await;
    w.assert_shows("Is wiz.test set up to receive and send mail?");
    w.click("Back").await;
    w.assert_shows("Something needs fixing");
}

/// A helpdesk preset for wiz.test: IMAP only, the sheet as the only app, a helpdesk to call.
fn wiz_preset() -> std::sync::Arc<mailsetup::preset::Preset> {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = r#"
[organisation]
name = "Wiz Widgets Ltd"
[support]
email = "helpdesk@wiz.test"
phone = "+44 20 7946 0999"
[mail]
domains = ["wiz.test"]
[[mail.incoming]]
protocol = "imap"
host = "mail.wiz.test"
port = 993
security = "tls"
[[mail.incoming]]
protocol = "pop3"
host = "mail.wiz.test"
port = 995
security = "tls"
[[mail.outgoing]]
host = "mail.wiz.test"
port = 465
security = "tls"
[rules]
protocols = ["imap"]
exports = ["sheet"]
"#;
    let path = dir.path().join("preset.toml");
    let p = mailsetup::preset::parse(
        text,
        &path,
        &mailsetup::preset::Beside(dir.path().to_owned()),
    )
    .expect("preset");
    std::sync::Arc::new(p)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_preset_brands_the_wizard_answers_for_its_domain_and_sets_its_rules() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.app.set_preset(Some(wiz_preset()));
    assert_eq!(w.app.title(), "Wiz Widgets Ltd — Mail Setup");
    w.assert_shows("Wiz Widgets Ltd");
    w.assert_shows("Set up your email");
    w.you("alice@wiz.test", "alicepw").await;
    w.click("Continue").await;
    // IMAP is the only choice the rules allow, so the wizard goes straight to the check.
    w.assert_shows("Your account works");
    let d = w.app.discovery.as_ref().expect("discovery");
    assert_eq!(
        d.sources.iter().map(|s| s.name).collect::<Vec<_>>(),
        vec![mailsetup::model::SourceId::Preset],
        "only the preset is asked for its domain"
    );
    assert!(
        d.incoming
            .iter()
            .all(|s| s.protocol == mailsetup::model::Protocol::Imap)
    );
    // Only the apps the preset offers.
    w.assert_shows("Printable settings sheet");
    assert!(!w.shows("Thunderbird"));
    assert!(!w.shows("Apple profile file (iPhone, iPad, Mac)"));
    assert!(
        !w.shows("Add to Thunderbird"),
        "the preset does not offer Thunderbird"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_needs_fixing_page_names_the_helpdesk_and_manual_settings_follow_the_rules() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.app.set_preset(Some(wiz_preset()));
    w.you("alice@wiz.test", "not-the-password").await;
    w.click("Continue").await;
    w.assert_shows("Something needs fixing");
    w.assert_shows("Still stuck? Wiz Widgets Ltd’s helpdesk can help:");
    w.assert_shows("Email: helpdesk@wiz.test");
    w.assert_shows("Phone: +44 20 7946 0999");
    w.click("Edit settings").await;
    w.assert_shows("Your mail server settings");
    assert!(
        matches!(&w.app.step, Step::Manual(m) if m.allowed == vec![mailsetup::model::Protocol::Imap])
    );
    w.assert_shows("Receiving mail: IMAP (set by your organisation)");
    // Not even the keyboard (Up / Down switch protocols) can pick POP3.
    w.send(Message::Manual(mailsetup::ui::manual::Message::Protocol(
        mailsetup::model::Protocol::Pop3,
    )))
    .await;
    assert!(
        matches!(&w.app.step, Step::Manual(m) if m.protocol == mailsetup::model::Protocol::Imap)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_preset_is_explained_and_the_wizard_works_without_it() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.app.preset_error = Some("/etc/mailsetup/preset.toml, line 3: port 0 is not a port".into());
    assert_eq!(w.app.title(), "Mail Setup");
    w.assert_shows("Your organisation’s settings file could not be used, so Mail Setup is working without it. Tell your helpdesk: /etc/mailsetup/preset.toml, line 3: port 0 is not a port");
    w.assert_shows("Set up your email");
    w.you("alice@wiz.test", "alicepw").await;
    w.click("Continue").await;
    w.assert_shows("How do you want to receive mail?");
}

/// A Thunderbird install for the Done page. A script stands in for the program itself: "Open
/// Thunderbird" then writes the arguments it was started with to `started.txt` in `home`.
fn thunderbird_here(home: &std::path::Path) -> mailsetup::export::tb_profiles::Install {
    use std::os::unix::fs::PermissionsExt;
    let program = home.join("fake-thunderbird");
    std::fs::write(
        &program,
        // Written aside, then renamed: the test waits for the file, so it must appear whole.
        format!(
            "#!/bin/sh\necho \"$@\" > {0}.part && mv {0}.part {0}\n",
            home.join("started.txt").display()
        ),
    )
    .expect("script");
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    mailsetup::export::tb_profiles::Install {
        packaging: mailsetup::export::tb_profiles::Packaging::Native,
        program,
        args: Vec::new(),
        app_dir: Some("/usr/lib/thunderbird".into()),
    }
}

/// The Thunderbird profile the wizard wrote in `home`: the root folder, the profile's folder name
/// and its prefs.js.
fn thunderbird_prefs(home: &std::path::Path) -> (std::path::PathBuf, String, String) {
    let root = home.join(".thunderbird");
    let ini = std::fs::read_to_string(root.join("profiles.ini")).expect("profiles.ini");
    let folder = ini
        .lines()
        .find_map(|l| l.strip_prefix("Path="))
        .expect("a profile")
        .to_owned();
    let prefs = std::fs::read_to_string(root.join(&folder).join("prefs.js")).expect("prefs.js");
    (root, folder, prefs)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_done_page_leads_to_thunderbird_and_says_ready_once_the_account_is_in_it() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.app.programs.thunderbird = vec![thunderbird_here(w.home.path())];
    w.you("alice@wiz.test", "alicepw").await;
    w.click("Continue").await;
    w.click("Check my account").await;
    w.assert_shows("Your account works");
    w.assert_shows("Add to Thunderbird");
    w.assert_shows("Other ways to use these settings:");
    assert!(!w.shows("Open Thunderbird"), "nothing to open yet");
    // Enter does the page's main action: add to Thunderbird.
    w.send(Message::Key(
        iced::keyboard::Key::Named(iced::keyboard::key::Named::Enter),
        iced::keyboard::Modifiers::empty(),
    ))
    .await;
    w.assert_shows("Your email is ready");
    w.assert_shows("Open Thunderbird");
    let Step::Done(d) = &w.app.step else {
        panic!("not done")
    };
    let said = d.added.clone().expect("added").expect("added fine");
    assert!(said.contains("had no profile yet"), "{said}");
    let (root, folder, prefs) = thunderbird_prefs(w.home.path());
    assert!(prefs.contains("\"mail.wiz.test\"") && !prefs.contains("alicepw"));
    w.click("Open Thunderbird").await;
    // Started detached with the very profile the account went into.
    let started = w.home.path().join("started.txt");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !started.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let args = std::fs::read_to_string(&started).expect("Thunderbird was started");
    assert_eq!(
        args.trim(),
        format!("--profile {}", root.join(&folder).display())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_open_thunderbird_is_asked_to_close_and_try_again_works() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.app.programs.thunderbird = vec![thunderbird_here(w.home.path())];
    let root = w.home.path().join(".thunderbird");
    let profile = root.join("ab12cd34.default");
    std::fs::create_dir_all(&profile).expect("profile");
    std::fs::write(
        root.join("profiles.ini"),
        "[Profile0]\nName=default\nIsRelative=1\nPath=ab12cd34.default\nDefault=1\n",
    )
    .expect("ini");
    let prefs = "user_pref(\"mail.accountmanager.accounts\", \"account1\");\nuser_pref(\"mail.account.account1.server\", \"server1\");\nuser_pref(\"mail.server.server1.type\", \"imap\");\n";
    std::fs::write(profile.join("prefs.js"), prefs).expect("prefs");
    let lock = profile.join("lock");
    std::os::unix::fs::symlink(format!("127.0.0.1:+{}", std::process::id()), &lock).expect("lock");
    w.you("alice@wiz.test", "alicepw").await;
    w.click("Continue").await;
    w.click("Check my account").await;
    w.click("Add to Thunderbird").await;
    w.assert_shows(
        "Thunderbird is open. Close Thunderbird, then press Try again: nothing was changed yet.",
    );
    w.assert_shows("Your account works");
    assert_eq!(
        std::fs::read_to_string(profile.join("prefs.js")).expect("prefs"),
        prefs
    );
    // Thunderbird closed: its lock is gone.
    std::fs::remove_file(&lock).expect("unlock");
    w.click("Try again").await;
    w.assert_shows("Your email is ready");
    let after = std::fs::read_to_string(profile.join("prefs.js")).expect("prefs");
    assert!(after.starts_with(prefs) && after.contains("mail.wiz.test"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_thunderbird_the_done_page_offers_the_other_ways_and_the_phone() {
    let f = Fixture::start();
    let mut w = f.wizard();
    w.you("alice@wiz.test", "alicepw").await;
    w.click("Continue").await;
    w.click("Check my account").await;
    w.assert_shows("Your account works");
    assert!(!w.shows("Add to Thunderbird"));
    w.assert_shows("Other ways to use these settings:");
    w.click("Phone (QR code)").await;
    w.assert_shows("On your phone");
    w.assert_shows("Server: mail.wiz.test");
    w.assert_shows("Port: 993, security: TLS");
    w.assert_shows("Username: alice@wiz.test");
    w.send(Message::Key(
        iced::keyboard::Key::Named(iced::keyboard::key::Named::Escape),
        iced::keyboard::Modifiers::empty(),
    ))
    .await;
    w.assert_shows("Your account works");
}

/// The locales the main path is walked in. The pseudo-locale lengthens every message by 40 %;
/// add a locale here when its catalogue lands.
const LOCALES: &[&str] = &["en-GB", "de-DE", "fr-FR", "es-ES", mailsetup::i18n::PSEUDO];

/// A message in the locale in force on this thread.
fn say(id: &str) -> String {
    mailsetup::i18n::text(id, None)
}

/// "Step N of 4 — …" in the locale in force on this thread.
fn step_of(number: u8, name: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("number", number);
    args.set("total", 4);
    args.set("name", say(name));
    mailsetup::i18n::text("step-of", Some(&args))
}

/// The main path by message ids in every locale: the step indicator on every step, a refused
/// password typed again right on "Something needs fixing", and the account working.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_main_path_in_every_locale() {
    let f = Fixture::start();
    for locale in LOCALES {
        // The window is drawn and updated on this thread (the tasks' own words stay en-GB).
        mailsetup::i18n::set_thread_locale(Some(locale));
        let mut w = f.wizard();
        w.assert_shows(&say("you-title"));
        w.assert_shows(&step_of(1, "step-you"));
        w.you("alice@wiz.test", "not-the-password").await;
        w.click(&say("you-continue")).await;
        w.assert_shows(&say("receive-title"));
        w.assert_shows(&step_of(3, "step-receive"));
        w.assert_shows(&say("receive-imap"));
        w.click(&say("receive-continue")).await;
        w.assert_shows(&say("fix-title"));
        w.assert_shows(&step_of(4, "step-checking"));
        w.assert_shows(&say("fix-password-again"));
        w.type_into(mailsetup::ui::outcome::PASSWORD, "alicepw")
            .await;
        w.click(&say("fix-try-again")).await;
        w.assert_shows(&say("done-works-title"));
        w.assert_shows(&say("done-save-password"));
        assert!(matches!(w.app.step, Step::Done(_)), "{locale}: not done");
    }
    mailsetup::i18n::set_thread_locale(None);
}

/// The sign-in path: a provider that signs people in on its own page (OAuth2), with a real
/// authorization server, Dovecot validating its tokens, and the test browser as the opener.
mod sign_in_path {
    use super::*;
    use mailsetup::oauth::{Client, Registrations};
    use mailsetup::ui::sign_in;
    use std::sync::Arc;
    use support::{
        Behaviour, Block, Ca, Dns, Dovecot, OAuthMode, OAuthServer, Rogue, Zone, oauth_dir,
    };

    const ISSUER: &str = "login.wo.test";

    struct OAuthFixture {
        _dns: Dns,
        _dovecot: Dovecot,
        _sink: Rogue,
        provider: OAuthServer,
        ca: Ca,
        dns_addr: std::net::SocketAddr,
        sites: tempfile::TempDir,
    }

    fn fixture() -> OAuthFixture {
        let b = Block::fresh();
        let ca = Ca::new();
        let dns = Dns::start(
            b.ip(1),
            &Zone::default()
                .host("mail.wo.test", b.ip(3))
                .host("login.wo.test", b.ip(4)),
        );
        let provider = OAuthServer::start(
            b.ip(4),
            443,
            "login.wo.test",
            &ca.leaf(&["login.wo.test"]),
            "alice@wo.test",
            OAuthMode::default(),
        );
        let relay = std::net::SocketAddr::from((b.ip(5), 2525));
        let sink = Rogue::start(relay, Behaviour::SmtpSink);
        let dovecot = provider.dovecot(
            b.ip(3),
            &ca.leaf(&["mail.wo.test"]),
            "alice@wo.test",
            relay,
            true,
        );
        let sites = tempfile::tempdir().expect("sites");
        let e = provider.endpoints(ISSUER);
        let server = |tag: &str, kind: &str, port: u16| {
            format!(
                "<{tag} type=\"{kind}\"><hostname>mail.wo.test</hostname><port>{port}</port>\
                 <socketType>SSL</socketType><username>%EMAILADDRESS%</username>\
                 <authentication>OAuth2</authentication></{tag}>"
            )
        };
        let xml = format!(
            "<clientConfig version=\"1.1\"><emailProvider id=\"wo.test\"><domain>wo.test</domain>{}{}{}\
             </emailProvider><oAuth2><issuer>{ISSUER}</issuer><scope>{}</scope><authURL>{}</authURL>\
             <tokenURL>{}</tokenURL></oAuth2></clientConfig>",
            server("incomingServer", "imap", 993),
            server("incomingServer", "pop3", 995),
            server("outgoingServer", "smtp", 465),
            e.scope,
            e.auth_url,
            e.token_url
        );
        std::fs::write(sites.path().join("wo.test.xml"), xml).expect("site file");
        OAuthFixture {
            dns_addr: dns.addr,
            _dns: dns,
            _dovecot: dovecot,
            _sink: sink,
            provider,
            ca,
            sites,
        }
    }

    impl OAuthFixture {
        fn wizard(&self, browse: bool) -> Wizard {
            let mut w = Wizard::new(NetConfig {
                dns_server: Some(self.dns_addr),
                ca_files: vec![self.ca.pem_path.clone()],
                ispdb_url: Some(url::Url::parse("https://127.0.0.1:1/none/").expect("url")),
                pins: Vec::new(),
            });
            w.app.options.site_dirs = vec![self.sites.path().to_path_buf()];
            let mut regs = Registrations::default();
            regs.add(Client::parse(&format!("{ISSUER}=wizard-test-client")).expect("client"));
            w.app.options.oauth = regs;
            let ca = self.ca.pem_path.clone();
            let resolve = format!("{}:{}", self.provider.host, self.provider.addr.ip());
            w.app.opener = Arc::new(move |url: &str| {
                if !browse {
                    return;
                }
                let mut child = std::process::Command::new(oauth_dir().join("browser.py"))
                    .arg(url)
                    .env("MAILSETUP_TEST_CA", &ca)
                    .env("MAILSETUP_TEST_RESOLVE", &resolve)
                    .spawn()
                    .expect("the test browser");
                std::thread::spawn(move || child.wait());
            });
            w
        }
    }

    /// The messages a click on `label` produces, without running what they start.
    fn click_messages(w: &Wizard, label: &str) -> Vec<Message> {
        let mut ui = simulator(w.app.view());
        ui.click(label)
            .unwrap_or_else(|e| panic!("click {label:?}: {e:?}"));
        ui.into_messages().collect()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sign_in_with_the_provider_then_both_logins_work() {
        let f = fixture();
        let mut w = f.wizard(true);
        w.type_into("name", "Sam Taylor").await;
        w.type_into("email", "alice@wo.test").await;
        // The password left empty: Continue does not wait for it.
        w.click("Continue").await;
        w.assert_shows("How do you want to receive mail?");
        let mut tasks = Vec::new();
        for m in click_messages(&w, "Check my account") {
            tasks.push(w.app.update(m));
        }
        w.assert_shows("Sign in with login.wo.test");
        w.assert_shows("Waiting for you to sign in…");
        for t in tasks {
            w.run(t).await;
        }
        w.assert_shows("Your account works");
        w.assert_shows("Receiving mail works (mail.wo.test)");
        w.assert_shows("Sending mail works (mail.wo.test)");
        assert_eq!(f.provider.authorize_log().lines().count(), 1);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cancel_while_waiting_goes_back_and_stops_the_sign_in() {
        let f = fixture();
        let mut w = f.wizard(false);
        w.type_into("name", "Sam Taylor").await;
        w.type_into("email", "alice@wo.test").await;
        w.type_into("password", "unused").await;
        w.click("Continue").await;
        let mut pending = Vec::new();
        for m in click_messages(&w, "Check my account") {
            pending.push(w.app.update(m));
        }
        w.assert_shows("Sign in with login.wo.test");
        w.click("Cancel").await;
        w.assert_shows("How do you want to receive mail?");
        assert!(matches!(w.app.step, Step::Receive(_)));
        drop(pending);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn without_a_registration_it_leads_to_thunderbird_and_sends_nothing() {
        let f = fixture();
        let mut w = f.wizard(true);
        w.app.options.oauth = Registrations::default();
        w.app.programs.thunderbird = vec![super::thunderbird_here(w.home.path())];
        w.type_into("name", "Sam Taylor").await;
        w.type_into("email", "alice@wo.test").await;
        w.type_into("password", "alicepw").await;
        w.click("Continue").await;
        // The provider publishes no metadata, so it offers no registration-free sign-in either.
        let mut tasks = Vec::new();
        for m in click_messages(&w, "Check my account") {
            tasks.push(w.app.update(m));
        }
        for t in tasks {
            w.run(t).await;
        }
        w.assert_shows("Your settings are ready");
        w.assert_shows(
            "login.wo.test signs you in on its own page, and this copy of Mail Setup cannot do that with it.",
        );
        w.assert_shows("Add to Thunderbird");
        assert!(!w.shows("Try again"), "trying again cannot help");
        assert!(
            !w.shows("Save my password in this computer’s keyring"),
            "nothing was checked, nothing to keep"
        );
        w.click("Add to Thunderbird").await;
        w.assert_shows("Your email is ready");
        let (_, _, prefs) = super::thunderbird_prefs(w.home.path());
        assert!(
            prefs.contains("authMethod\", 10)"),
            "OAuth2 in Thunderbird: {prefs}"
        );
        assert!(f.provider.authorize_log().is_empty(), "no sign-in started");
        assert!(!f._dovecot.log().contains("alicepw"));
        assert!(!prefs.contains("alicepw"));
    }

    #[test]
    fn the_first_step_says_when_no_password_or_an_app_password_is_needed() {
        let addr = |a: &str| mailsetup::address::Address::parse(a).expect("address");
        let mut regs = Registrations::default();
        // Microsoft 365 takes only its own sign-in: no password, registered or not.
        let ms = sign_in::signs_in_elsewhere(&addr("jo@office365.com"), &regs);
        assert_eq!(ms.as_deref(), Some("Microsoft"));
        let note = sign_in::password_note(&addr("jo@office365.com"), &regs);
        assert!(note.is_some_and(|n| n.contains("Not needed")));
        regs.add(Client::parse("login.microsoftonline.com=x").expect("client"));
        let note = sign_in::password_note(&addr("jo@outlook.com"), &regs);
        assert!(note.is_some_and(|n| n.contains("Microsoft")));
        let google = sign_in::password_note(&addr("jo@gmail.com"), &regs).expect("note");
        assert!(
            google.contains("https://myaccount.google.com/apppasswords"),
            "{google}"
        );
        assert!(sign_in::password_note(&addr("jo@icloud.com"), &regs).is_some());
        assert_eq!(sign_in::password_note(&addr("jo@wiz.test"), &regs), None);
        regs.add(Client::parse("accounts.google.com=g").expect("client"));
        let google = sign_in::password_note(&addr("jo@gmail.com"), &regs);
        assert!(google.is_some_and(|n| n.contains("Google") && n.contains("Not needed")));
    }
}

/// A wizard on the diagnosis provider (`support::mailroom`), with its home folder and published
/// settings.
fn mailroom_wizard(room: &support::mailroom::Mailroom) -> Wizard {
    let mut w = Wizard::new(NetConfig {
        dns_server: Some(room.dns.addr),
        ca_files: vec![room.ca.pem_path.clone()],
        ispdb_url: Some(
            url::Url::parse(&format!("https://{}/none/", room.block.ip(8))).expect("url"),
        ),
        pins: Vec::new(),
    });
    w.app.options.site_dirs = vec![room.home.path().join(".config/mailsetup/autoconfig")];
    w.app.programs.home = Some(room.home.path().to_path_buf());
    w
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fix_my_existing_email_diagnoses_fixes_and_ends_with_a_test_message() {
    use support::mailroom::{DOMAIN, Mailroom, PASSWORD, TbAccount, write_profile};
    let room = Mailroom::start();
    let alice = format!("alice@{DOMAIN}");
    // The Thunderbird profile this home opens, with sending set up without a login.
    let tb = room.home.path().join(".thunderbird");
    let prefs = write_profile(
        &tb.join("abcd1234.default"),
        &[TbAccount {
            smtp_auth: 1,
            ..TbAccount::good(&alice)
        }],
    );
    std::fs::write(
        tb.join("profiles.ini"),
        "[Profile0]\nName=default\nIsRelative=1\nPath=abcd1234.default\nDefault=1\n",
    )
    .expect("profiles.ini");
    let mut w = mailroom_wizard(&room);
    w.click("Fix my existing email").await;
    w.assert_shows("Which account does not work?");
    w.type_into(mailsetup::ui::existing::PASSWORD, PASSWORD)
        .await;
    w.click("Check this account").await;
    w.assert_shows(
        "Your mail program sends without logging in to the outgoing mail server. Most providers refuse mail sent that way, which is the usual reason you can receive but not send.",
    );
    w.click("Fix it").await;
    w.assert_shows("Fixed. Thunderbird will use the corrected settings the next time it starts (a copy of the old settings was kept).");
    let text = std::fs::read_to_string(&prefs).expect("prefs.js");
    assert!(
        text.contains("user_pref(\"mail.smtpserver.smtp1.authMethod\", 3);"),
        "{text}"
    );
    w.click("Send a test message").await;
    w.assert_shows("It has been removed again.");
    let Step::Existing(page) = &w.app.step else {
        panic!("left the page")
    };
    assert!(matches!(&page.test.result, Some(Ok(t)) if t.arrived));
    w.click("Back").await;
    w.assert_shows("Set up your email");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_done_page_sends_a_test_message() {
    use support::mailroom::{DOMAIN, Mailroom, PASSWORD};
    let room = Mailroom::start();
    let mut w = mailroom_wizard(&room);
    w.you(&format!("alice@{DOMAIN}"), PASSWORD).await;
    w.click("Continue").await;
    w.click("Check my account").await;
    w.assert_shows("Your account works");
    w.click("Send a test message").await;
    w.assert_shows("It has been removed again.");
    let Step::Done(d) = &w.app.step else {
        panic!("left the Done page")
    };
    assert!(matches!(&d.send_check.result, Some(Ok(t)) if t.arrived && t.sent));
}
