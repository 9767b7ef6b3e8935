//! Renders every wizard step (tiny-skia, with the embedded font) at the smallest window size, in the
//! light and the dark theme, in en-GB and the pseudo-locale (every message 40 % longer), and checks
//! each picture shows its step with the title and the main action whole and inside the window.
//! With `MAILSETUP_SCREENSHOTS=update` the pictures are also written to `assets/screenshots/`
//! (README shows them): `MAILSETUP_SCREENSHOTS=update ICED_TEST_BACKEND=tiny-skia cargo test --test screenshots`.

mod support;

use std::path::{Path, PathBuf};

use iced_test::simulator::Simulator;
use mailsetup::address::Address;
use mailsetup::check::{CheckError, CheckReport, ServerCheck, diagnosis};
use mailsetup::discover::{Discovery, Options, Progress, SourceReport, SourceStatus};
use mailsetup::model::{Auth, Direction, Protocol, Secret, Security, Server, SourceId};
use mailsetup::net::NetConfig;
use mailsetup::proto::login::{Failure, Rejection};
use mailsetup::ui::done::{Done, DoneMessage, Lead};
use mailsetup::ui::{
    App, Step, checking, existing, finding, manual, outcome, receive, sign_in, you,
};

fn server(protocol: Protocol, host: &str, port: u16, trusted: bool) -> Server {
    Server {
        protocol,
        host: host.into(),
        port,
        security: Security::Tls,
        username: "hello@theirbusiness.co.uk".into(),
        auth: Auth::PasswordCleartext,
        source: if trusted {
            SourceId::Autoconfig
        } else {
            SourceId::Srv
        },
        url: "https://autoconfig.theirbusiness.co.uk/mail/config-v1.1.xml".into(),
        trusted,
        oauth: None,
    }
}

fn discovery(trusted: bool) -> Discovery {
    let host = if trusted {
        "mail.theirbusiness.co.uk"
    } else {
        "imap.cheap-hosting.example"
    };
    Discovery {
        address: Address::parse("hello@theirbusiness.co.uk").expect("address"),
        incoming: vec![
            server(Protocol::Imap, host, 993, trusted),
            server(Protocol::Pop3, host, 995, trusted),
        ],
        outgoing: vec![server(Protocol::Smtp, host, 465, trusted)],
        sources: Vec::new(),
        elapsed_ms: 40,
    }
}

fn check_of(s: Server, error: Option<CheckError>, other_ok: Option<bool>) -> ServerCheck {
    let problem = error
        .as_ref()
        .map(|e| diagnosis::diagnose(s.protocol.direction(), &s, e, other_ok));
    ServerCheck {
        ok: error.is_none(),
        problem,
        notes: Vec::new(),
        transcript: Vec::new(),
        alert: None,
        login_tried: true,
        switched: None,
        error,
        server: s,
    }
}

/// The checked account of the pictures, as the exports see it.
fn account(d: &Discovery) -> mailsetup::export::Account {
    mailsetup::export::Account {
        address: d.address.clone(),
        name: "Sam Taylor".into(),
        incoming: d.incoming[0].clone(),
        outgoing: d.outgoing.first().cloned(),
        leave_on_server: true,
    }
}

/// The Done page leading with Thunderbird, before anything was added.
fn done_page() -> Done {
    let d = discovery(true);
    let ok = CheckReport {
        incoming: check_of(d.incoming[0].clone(), None, None),
        outgoing: Some(check_of(d.outgoing[0].clone(), None, None)),
    };
    Done::new(ok).with(Lead::Thunderbird, Some(&account(&d)))
}

fn app(step: Step) -> App {
    let mut a = App::new(NetConfig::default(), Options::default());
    a.step = step;
    a
}

/// The shipped example preset (packaging/preset.example.toml, with its SVG logo).
fn branded(step: Step) -> App {
    let preset = mailsetup::preset::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/preset.example.toml"),
    )
    .expect("example preset");
    let mut a = app(step);
    a.set_preset(Some(std::sync::Arc::new(preset)));
    a
}

/// A message in the locale in force on this thread.
fn say(id: &str) -> String {
    mailsetup::i18n::text(id, None)
}

/// A message with one variable, in the locale in force.
fn say_with(id: &str, name: &str, value: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set(name, value.to_owned());
    mailsetup::i18n::text(id, Some(&args))
}

/// Each step: its picture's name, the wizard showing it, and its title in the locale in force.
fn steps() -> Vec<(&'static str, App, String)> {
    let addr = Address::parse("hello@theirbusiness.co.uk").expect("address");
    let d = discovery(true);
    let you = you::You {
        name: "Sam Taylor".into(),
        email: "hello@theirbusiness.co.uk".into(),
        password: Secret::new("secret".into()),
        show_password: false,
        ..you::You::default()
    };
    let (mut find, _task) = finding::Finding::start(net(), &addr, Options::default());
    for s in SourceId::ALL {
        find.update(finding::Message::Progress(Progress::Started(s)));
    }
    for (s, status) in [
        (SourceId::Bundled, SourceStatus::Nothing),
        (SourceId::Ispdb, SourceStatus::Nothing),
        (SourceId::Srv, SourceStatus::Found),
    ] {
        find.update(finding::Message::Progress(Progress::Finished(
            SourceReport {
                name: s,
                status,
                elapsed_ms: 12,
                detail: None,
            },
        )));
    }
    let mut receive_pop = receive::Receive::new(&d);
    receive_pop.update(receive::Message::Choose(Protocol::Pop3));
    receive_pop.update(receive::Message::LeaveCopy(false));
    let choice = receive::Choice {
        incoming: d.incoming[0].clone(),
        outgoing: d.outgoing.first().cloned(),
        leave_copy: true,
    };
    let (checking, _t) =
        checking::Checking::start(net(), &addr, choice.clone(), Secret::new("x".into()), None);
    let failed = CheckReport {
        incoming: check_of(d.incoming[0].clone(), None, None),
        outgoing: Some(check_of(
            d.outgoing[0].clone(),
            Some(CheckError::Login(Failure::Rejected {
                kind: Rejection::BadCredentials,
                text: "535 5.7.8 Authentication failed".into(),
            })),
            Some(true),
        )),
    };
    let failed_again = failed.clone();
    let wrong_password = CheckReport {
        incoming: check_of(
            d.incoming[0].clone(),
            Some(CheckError::Login(Failure::Rejected {
                kind: Rejection::BadCredentials,
                text: "NO [AUTHENTICATIONFAILED] Authentication failed.".into(),
            })),
            None,
        ),
        outgoing: Some(check_of(d.outgoing[0].clone(), None, Some(false))),
    };
    let you_again = you.clone();
    let mut form = manual::Manual::new(&addr, Some(&choice));
    form.update(manual::Message::Incoming(
        manual::Field::Port,
        "99999".into(),
    ));
    form.update(manual::Message::Submit);
    let _ = Direction::Incoming;
    // "Sign in with Microsoft", waiting, with the sign-in page's address shown (no browser opened).
    let provider = mailsetup::oauth::plan::SignInPlan {
        provider: "Microsoft".into(),
        endpoints: mailsetup::model::OAuthEndpoints {
            issuer: "login.microsoftonline.com".into(),
            auth_url: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize".into(),
            token_url: "https://login.microsoftonline.com/common/oauth2/v2.0/token".into(),
            scope: "https://outlook.office.com/IMAP.AccessAsUser.All offline_access".into(),
        },
        client: Some(
            mailsetup::oauth::Client::parse("login.microsoftonline.com=example-client")
                .expect("client"),
        ),
    };
    let (mut signing_in, _t) =
        sign_in::SignIn::start(net(), provider, &addr, std::sync::Arc::new(|_: &str| {}));
    signing_in.update(sign_in::Message::Url(
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?response_type=code&client_id=example-client&login_hint=hello%40theirbusiness.co.uk&state=Zm9v&code_challenge=YmFy&code_challenge_method=S256".into(),
    ));
    // "Fix my existing email" on a Thunderbird profile with one account.
    // The page reads the profile when it opens, so the folder may go when `steps` returns.
    let home = tempfile::tempdir().expect("home");
    let tb = home.path().join(".thunderbird");
    support::mailroom::write_profile(
        &tb.join("abcd1234.default"),
        &[support::mailroom::TbAccount::good(
            "hello@theirbusiness.co.uk",
        )],
    );
    std::fs::write(
        tb.join("profiles.ini"),
        "[Profile0]\nName=default\nIsRelative=1\nPath=abcd1234.default\nDefault=1\n",
    )
    .expect("profiles.ini");
    let fix_existing = existing::Existing::open(net(), Options::default(), Some(home.path()), &[]);
    vec![
        ("1-you", app(Step::You(you)), say("you-title")),
        ("2-finding", app(Step::Finding(find)), say("finding-title")),
        (
            "3-receive",
            app(Step::Receive(receive::Receive::new(&d))),
            say("receive-title"),
        ),
        (
            "3-receive-pop3",
            app(Step::Receive(receive_pop)),
            say("receive-leave-copy"),
        ),
        (
            "3-receive-confirm",
            app(Step::Receive(receive::Receive::new(&discovery(false)))),
            say("receive-foreign-title"),
        ),
        (
            "4-checking",
            app(Step::Checking(checking)),
            say("checking-title"),
        ),
        (
            "5-done",
            app(Step::Done(done_page())),
            say("done-works-title"),
        ),
        (
            "5-done-added",
            app(Step::Done({
                let mut d = done_page();
                d.update(DoneMessage::Added(Ok(
                    "Added hello@theirbusiness.co.uk to Thunderbird, beside the accounts it already had (profile “default”).".into(),
                )));
                d
            })),
            say("done-title"),
        ),
        (
            "5-done-evolution",
            app(Step::Done({
                // A GNOME desktop whose mail program is Evolution, with Thunderbird and KMail too.
                use mailsetup::desktop::MailProgram;
                let ok = CheckReport {
                    incoming: check_of(d.incoming[0].clone(), None, None),
                    outgoing: Some(check_of(d.outgoing[0].clone(), None, None)),
                };
                Done::new(ok)
                    .with(Lead::Desktop(MailProgram::Evolution), Some(&account(&d)))
                    .with_others(&[MailProgram::Thunderbird, MailProgram::KMail])
            })),
            say_with("done-add-to", "program", "Evolution"),
        ),
        (
            "5-done-kmail",
            app(Step::Done({
                // KMail has no way in from outside: the steps, with the settings to copy.
                let ok = CheckReport {
                    incoming: check_of(d.incoming[0].clone(), None, None),
                    outgoing: Some(check_of(d.outgoing[0].clone(), None, None)),
                };
                Done::new(ok).with(
                    Lead::ByHand(mailsetup::desktop::MailProgram::KMail),
                    Some(&account(&d)),
                )
            })),
            say("done-works-title"),
        ),
        (
            "5-done-phone",
            app(Step::Done({
                let mut d = done_page();
                d.update(DoneMessage::Export(mailsetup::ui::done::App::AndroidQr));
                d
            })),
            say("done-phone-title"),
        ),
        (
            "5-done-unchecked",
            app(Step::Done({
                // No sign-in possible with this copy: the settings go to Thunderbird unchecked.
                let d = discovery(true);
                let problem = mailsetup::oauth::words::not_configured("Microsoft");
                let report = CheckReport::not_started(&d.incoming[0], d.outgoing.first(), problem);
                let mut done = Done::new(report).with(Lead::Thunderbird, Some(&account(&d)));
                done.unchecked = true;
                done
            })),
            say("done-unchecked-title"),
        ),
        (
            "4-password",
            app(Step::Password(mailsetup::ui::password::AskPassword::new(
                &addr, None,
            ))),
            say("password-title"),
        ),
        (
            "5-fix",
            app(Step::Fix(outcome::Fix::new(failed))),
            say("fix-title"),
        ),
        (
            "5-fix-password",
            app(Step::Fix(outcome::Fix::new(wrong_password))),
            say("fix-password-again"),
        ),
        (
            "4-sign-in",
            app(Step::SignIn(signing_in)),
            say_with("sign-in-title", "provider", "Microsoft"),
        ),
        ("6-manual", app(Step::Manual(form)), say("manual-title")),
        (
            "9-fix-existing",
            app(Step::Existing(Box::new(fix_existing))),
            say("existing-title"),
        ),
        (
            "7-you-preset",
            branded(Step::You(you_again)),
            "Example Ltd".to_owned(),
        ),
        (
            "7-fix-preset",
            branded(Step::Fix(outcome::Fix::new(failed_again))),
            say("fix-title"),
        ),
    ]
}

/// Pixels within a small distance of the example logo's green (#1f6f5c).
fn logo_green_pixels(app: &App) -> usize {
    let mut ui = Simulator::with_size(mailsetup::ui::settings(), (720.0, 680.0), app.view());
    let snap = ui.snapshot(&app.theme()).expect("snapshot");
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("logo.png");
    assert!(snap.matches_image(&target).expect("write"));
    let written = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .next()
        .expect("picture written");
    let (_, _, rgba) = decode(&written);
    rgba.chunks(4)
        .filter(|p| {
            (i32::from(p[0]) - 31).abs() < 12
                && (i32::from(p[1]) - 111).abs() < 12
                && (i32::from(p[2]) - 92).abs() < 12
        })
        .count()
}

#[test]
fn the_preset_logo_is_drawn_on_the_first_screen() {
    let plain = logo_green_pixels(&app(Step::You(you::You::default())));
    let with_logo = logo_green_pixels(&branded(Step::You(you::You::default())));
    assert_eq!(plain, 0, "no logo colour without a preset");
    assert!(with_logo > 500, "the SVG logo is drawn: {with_logo} pixels");
}

fn decode(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(path).expect("png"),
    ));
    let mut reader = decoder.read_info().expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("png frame");
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

/// Writes the picture as `<name>-<renderer>.png` into `out`, and into `assets` when updating
/// (matches_image writes a picture only where none exists, so an old one is removed first).
fn save(snap: &iced_test::simulator::Snapshot, name: &str, out: &Path, assets: Option<&Path>) {
    for dir in std::iter::once(out).chain(assets) {
        for old in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if old
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("{name}-"))
            {
                let _ = std::fs::remove_file(old.path());
            }
        }
        let target: PathBuf = dir.join(format!("{name}.png"));
        assert!(snap.matches_image(&target).expect("write"), "{name}");
    }
}

/// The locales every step is rendered in (add one when its catalogue lands; its pictures are then
/// `<step>-<locale>-<theme>-tiny-skia.png` too).
const LOCALES: &[&str] = &["en-GB", "de-DE", mailsetup::i18n::PSEUDO];

/// The smallest window (window.rs sets it as the minimum size).
const SMALLEST: (f32, f32) = (520.0, 560.0);

/// Asserts the text is whole and inside the window: not wrapped out of sight, not clipped.
fn assert_whole(ui: &mut Simulator<'_, mailsetup::ui::Message>, text: &str, name: &str) {
    let found = ui
        .find(text)
        .unwrap_or_else(|e| panic!("{name}: {text:?} not shown: {e:?}"));
    let b = found.bounds();
    assert!(
        b.x >= 0.0 && b.x + b.width <= SMALLEST.0 && b.y >= 0.0,
        "{name}: {text:?} leaves the window: {b:?}"
    );
    let seen = found.visible_bounds().unwrap_or_default();
    assert!(
        seen.width >= b.width - 0.5 && seen.height >= b.height - 0.5,
        "{name}: {text:?} is clipped: {b:?}, visible {seen:?}"
    );
}

#[test]
fn every_step_renders_in_both_themes_and_a_long_language() {
    let update = std::env::var("MAILSETUP_SCREENSHOTS").is_ok_and(|v| v == "update");
    let out = tempfile::tempdir().expect("tempdir");
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/screenshots");
    for locale in LOCALES {
        mailsetup::i18n::set_thread_locale(Some(locale));
        for (step, mut app, title) in steps() {
            for dark in [false, true] {
                app.dark = dark;
                let name = format!("{step}-{locale}-{}", if dark { "dark" } else { "light" });
                let mut ui = Simulator::with_size(mailsetup::ui::settings(), SMALLEST, app.view());
                if step == "1-you" {
                    // The keyboard focus ring, on the address field.
                    ui.click(iced_test::selector::id(mailsetup::ui::you::EMAIL))
                        .expect("the address field");
                }
                assert_whole(&mut ui, &title, &name);
                let snap = ui.snapshot(&app.theme()).expect("snapshot");
                save(&snap, &name, out.path(), update.then_some(assets.as_path()));
                let written = std::fs::read_dir(out.path())
                    .expect("dir")
                    .flatten()
                    .map(|e| e.path())
                    .find(|p| {
                        p.file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with(&format!("{name}-")))
                    })
                    .expect("picture written");
                let (w, h, rgba) = decode(&written);
                assert_eq!((w, h), (1040, 1120), "{name}: 520×560 at scale 2");
                // The theme's own background fills the corner: light is light, dark is dark.
                let corner = u32::from(rgba[0]) + u32::from(rgba[1]) + u32::from(rgba[2]);
                assert_eq!(corner < 3 * 128, dark, "{name}: corner {:?}", &rgba[..4]);
                let first = &rgba[..4];
                assert!(
                    rgba.chunks(4).any(|px| px != first),
                    "{name}: blank picture"
                );
            }
        }
    }
    mailsetup::i18n::set_thread_locale(None);
}

/// The Done page at the smallest window and the default one, in en-GB and in the pseudo-locale
/// (every message 40 % longer): the lead button and every "other way" stay on one line each, inside
/// the window's width; all are in view without scrolling, except that in the long language at the
/// smallest window the last other ways may need the page scrolled (the lead action and Finish are
/// always in view). Pictures: assets/screenshots/8-done-[pseudo-]<width>-tiny-skia.png.
#[test]
fn the_done_page_wraps_at_every_width_and_in_a_long_language() {
    let update = std::env::var("MAILSETUP_SCREENSHOTS").is_ok_and(|v| v == "update");
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/screenshots");
    let out = tempfile::tempdir().expect("tempdir");
    for locale in [None, Some(mailsetup::i18n::PSEUDO)] {
        mailsetup::i18n::set_thread_locale(locale);
        let say = |id: &str| mailsetup::i18n::text(id, None);
        let labels = [
            say("done-add-thunderbird"),
            say("done-app-apple"),
            say("done-app-android"),
            say("done-app-sheet"),
            say("done-app-thunderbird-separate"),
            say("done-finish"),
        ];
        for (w, h) in [(520.0_f32, 560.0_f32), (720.0, 680.0)] {
            let app = app(Step::Done(done_page()));
            let mut ui = Simulator::with_size(mailsetup::ui::settings(), (w, h), app.view());
            let title = say("done-works-title");
            assert!(ui.find(title.as_str()).is_ok(), "{title:?} at {w}");
            for label in &labels {
                let found = ui
                    .find(label.as_str())
                    .unwrap_or_else(|e| panic!("{label:?} at {w} px: {e:?}"));
                let b = found.bounds();
                assert!(
                    b.height < 30.0,
                    "{label:?} at {w} px wraps onto several lines: {b:?}"
                );
                assert!(
                    b.x >= 0.0 && b.x + b.width <= w,
                    "{label:?} at {w} px leaves the window: {b:?}"
                );
                let may_scroll = locale.is_some()
                    && w < 700.0
                    && ![say("done-add-thunderbird"), say("done-finish")].contains(label);
                let seen = found.visible_bounds().unwrap_or_default();
                assert!(
                    may_scroll || seen.width >= b.width - 0.5 && seen.height >= b.height - 0.5,
                    "{label:?} at {w} px is clipped: {b:?}, visible {seen:?}"
                );
            }
            let name = format!(
                "8-done-{}{w}",
                if locale.is_some() { "pseudo-" } else { "" }
            );
            let snap = ui.snapshot(&app.theme()).expect("snapshot");
            save(&snap, &name, out.path(), update.then_some(assets.as_path()));
        }
    }
    mailsetup::i18n::set_thread_locale(None);
}

/// A network layer for pages that never reach the network here.
fn net() -> mailsetup::ui::network::SharedNet {
    mailsetup::ui::network::SharedNet::new(NetConfig::default())
}
