//! `export --add-to goa|evolution|geary|kmail` against the real services: Debian's goa-daemon and
//! evolution-data-server's source registry, each started by D-Bus activation on a private session bus
//! (`dbus-run-session`) in a fresh HOME, with gnome-keyring unlocked on that bus. What they hold
//! afterwards is read back through their own client libraries (tests/desktop_driver.py, GObject
//! introspection), and the keyring through them too: never through our own code.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_mailsetup");
const PASSWORD: &str = "S3cret horse";

/// A fresh HOME, and a preset naming this test domain's servers (no network is needed: nothing
/// connects to them but goa-daemon's own credentials check, which fails quietly on loopback).
struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().expect("tempdir");
        for d in ["run", "config", "data", "cache"] {
            std::fs::create_dir_all(dir.path().join(d)).expect("dir");
        }
        let _ = Command::new("chmod")
            .arg("700")
            .arg(dir.path().join("run"))
            .status();
        std::fs::write(
            dir.path().join("preset.toml"),
            "[organisation]\nname = \"Desk Ltd\"\n\n[mail]\ndomains = [\"desk.test\"]\n\n\
             [[mail.incoming]]\nprotocol = \"imap\"\nhost = \"localhost\"\nport = 1993\nsecurity = \"tls\"\n\n\
             [[mail.incoming]]\nprotocol = \"pop3\"\nhost = \"localhost\"\nport = 1995\nsecurity = \"tls\"\n\n\
             [[mail.outgoing]]\nhost = \"localhost\"\nport = 1587\nsecurity = \"starttls\"\n",
        )
        .expect("preset");
        Desk { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// `mailsetup export ADDRESS --add-to …` as one shell line (the password on standard input).
    fn add(&self, address: &str, args: &str) -> String {
        format!(
            "printf '{PASSWORD}\\n' | {BIN} --preset {} export {address} --name 'Ann Example' \
             --password-stdin {args}; echo \"rc=$?\"",
            self.path("preset.toml").display()
        )
    }

    /// Runs `lines` in one private session bus, with the keyring unlocked first unless `keyring` is
    /// false; `config` replaces the bus's configuration. Returns stdout and stderr.
    fn session(&self, lines: &[String], keyring: bool, config: Option<&Path>) -> (String, String) {
        let mut script = String::new();
        if keyring {
            script.push_str(
                "printf 'keyring-unlock' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1\n",
            );
        }
        for l in lines {
            script.push_str(l);
            script.push('\n');
        }
        let mut c = Command::new("dbus-run-session");
        if let Some(config) = config {
            c.arg(format!("--config-file={}", config.display()));
        }
        let out = c
            .args(["--", "sh", "-c", &script])
            .env("HOME", self.dir.path())
            .env("XDG_RUNTIME_DIR", self.path("run"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_CACHE_HOME", self.path("cache"))
            .env("GSETTINGS_BACKEND", "memory")
            .env("MAILSETUP_LOCALE", "en-GB")
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect(
                "dbus-run-session (tests/install-deps.sh installs dbus, gnome-keyring, goa, eds)",
            );
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// No file under HOME holds the password (the keyring's own file is encrypted).
    fn password_in_no_file(&self) {
        let out = Command::new("grep")
            .args(["-rlF", PASSWORD])
            .arg(self.dir.path())
            .output()
            .expect("grep");
        assert!(
            out.stdout.is_empty(),
            "the password is in {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

/// The driver's JSON: the last line of stdout that is one.
fn driver(stdout: &str) -> serde_json::Value {
    let line = stdout
        .lines()
        .rev()
        .find(|l| l.starts_with('{'))
        .unwrap_or_else(|| panic!("no driver output in {stdout}"));
    serde_json::from_str(line).expect("driver JSON")
}

fn read_back(what: &str) -> String {
    let driver = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/desktop_driver.py");
    format!("/usr/bin/python3 {driver} {what}")
}

/// The exit codes, in order.
fn codes(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("rc="))
        .collect()
}

fn with_address<'a>(list: &'a serde_json::Value, address: &str) -> Vec<&'a serde_json::Value> {
    list.as_array()
        .expect("a list")
        .iter()
        .filter(|a| a["address"] == address)
        .collect()
}

#[test]
fn goa_holds_the_account_once_and_evolution_shows_it_without_a_second() {
    let desk = Desk::new();
    let (out, err) = desk.session(
        &[
            desk.add("ann@desk.test", "--add-to goa"),
            desk.add("ann@desk.test", "--add-to goa"),
            // POP3 has no place in GOA: refused before anything is asked or added.
            desk.add("pop@desk.test", "--add-to goa --protocol pop3"),
            // The same address for Evolution: it already shows the GOA account.
            desk.add("ann@desk.test", "--add-to evolution"),
            read_back("goa evolution --wait-for ann@desk.test"),
        ],
        true,
        None,
    );
    assert_eq!(codes(&out), ["0", "0", "2", "0"], "{out}\n{err}");
    assert!(
        out.contains("ann@desk.test is now in GNOME Online Accounts"),
        "{out}"
    );
    assert!(
        out.contains("ann@desk.test is already in GNOME Online Accounts"),
        "{out}"
    );
    assert!(
        err.contains("GNOME Online Accounts only takes IMAP accounts"),
        "{err}"
    );
    let held = driver(&out);
    let goa = held["goa"].as_array().expect("goa accounts");
    assert_eq!(goa.len(), 1, "{held}");
    let a = &goa[0];
    assert_eq!(a["provider"], "imap_smtp");
    assert_eq!(a["identity"], "ann@desk.test");
    assert_eq!(a["address"], "ann@desk.test");
    assert_eq!(a["name"], "Ann Example");
    assert_eq!(a["imap_host"], "localhost:1993");
    assert_eq!(a["imap_user"], "ann@desk.test");
    assert_eq!(
        (&a["imap_ssl"], &a["imap_tls"]),
        (&true.into(), &false.into())
    );
    assert_eq!(a["smtp_host"], "localhost:1587");
    assert_eq!(
        (&a["smtp_ssl"], &a["smtp_tls"]),
        (&false.into(), &true.into())
    );
    assert_eq!(a["smtp_auth"], true);
    assert_eq!(a["smtp_user"], "ann@desk.test");
    // goa-daemon gives the password back from the keyring.
    assert_eq!(a["password"], PASSWORD, "{held}");
    // Evolution shows the GOA account, once, and has no account of its own for the address.
    let evo = with_address(&held["evolution"], "ann@desk.test");
    assert_eq!(evo.len(), 1, "{held}");
    assert_eq!(evo[0]["from_goa"], true, "{held}");
    assert!(with_address(&held["goa"], "pop@desk.test").is_empty());
    desk.password_in_no_file();
}

#[test]
fn evolution_gets_linked_sources_and_both_passwords() {
    let desk = Desk::new();
    // A source of the person's own is left exactly as it was.
    let sources = desk.path("config/evolution/sources");
    std::fs::create_dir_all(&sources).expect("sources");
    let theirs =
        "[Data Source]\nDisplayName=Their notes\nEnabled=true\n\n[Memo List]\nBackendName=local\n";
    std::fs::write(sources.join("their-notes.source"), theirs).expect("their source");
    let mine = sources.join("their-notes.source");
    let before = desk.path("before.source");
    let (out, err) = desk.session(
        &[
            // The registry rewrites a source in its own words when it loads it: compare with that.
            read_back("evolution"),
            format!("cp {} {}", mine.display(), before.display()),
            desk.add("ann@desk.test", "--add-to evolution"),
            desk.add("ann@desk.test", "--add-to evolution"),
            desk.add("pop@desk.test", "--add-to evolution --protocol pop3"),
            read_back("evolution"),
        ],
        true,
        None,
    );
    assert_eq!(codes(&out), ["0", "0", "0"], "{out}\n{err}");
    assert!(out.contains("ann@desk.test is now in Evolution."), "{out}");
    assert!(
        out.contains("ann@desk.test is already in Evolution."),
        "{out}"
    );
    let held = driver(&out);
    let ann = with_address(&held["evolution"], "ann@desk.test");
    assert_eq!(ann.len(), 1, "{held}");
    let ann = ann[0];
    assert_eq!(ann["backend"], "imapx");
    assert_eq!(ann["name"], "Ann Example");
    assert_eq!(ann["from_goa"], false);
    let incoming = &ann["incoming"];
    assert_eq!(incoming["host"], "localhost");
    assert_eq!(incoming["port"], 1993);
    assert_eq!(incoming["user"], "ann@desk.test");
    assert_eq!(incoming["security"], "ssl-on-alternate-port");
    assert_eq!(incoming["password"], PASSWORD, "{held}");
    assert_eq!(ann["transport_backend"], "smtp");
    let outgoing = &ann["outgoing"];
    assert_eq!(outgoing["host"], "localhost");
    assert_eq!(outgoing["port"], 1587);
    assert_eq!(outgoing["security"], "starttls-on-standard-port");
    // A transport without a method would send without logging in.
    assert_eq!(outgoing["method"], "PLAIN");
    assert_eq!(outgoing["password"], PASSWORD, "{held}");
    let pop = with_address(&held["evolution"], "pop@desk.test");
    assert_eq!(pop.len(), 1, "{held}");
    assert_eq!(pop[0]["backend"], "pop");
    assert_eq!(pop[0]["incoming"]["port"], 1995);
    let text = pop[0]["text"].as_str().expect("key file");
    assert!(text.contains("[Pop Backend]\nKeepOnServer=true"), "{text}");
    let after = std::fs::read_to_string(&mine).expect("theirs");
    assert!(after.contains("DisplayName=Their notes"), "{after}");
    assert_eq!(after, std::fs::read_to_string(&before).expect("as loaded"));
    desk.password_in_no_file();
}

#[test]
fn goa_without_a_keyring_says_the_password_was_not_stored() {
    let desk = Desk::new();
    // A bus that can start goa-daemon and nothing else: no Secret Service at all.
    let services = desk.path("services");
    std::fs::create_dir_all(&services).expect("services");
    let goa = "org.gnome.OnlineAccounts.service";
    std::fs::copy(
        Path::new("/usr/share/dbus-1/services").join(goa),
        services.join(goa),
    )
    .expect("goa-daemon's service file (tests/install-deps.sh installs gnome-online-accounts)");
    let config = std::fs::read_to_string("/usr/share/dbus-1/session.conf")
        .expect("session.conf")
        .replace(
            "<standard_session_servicedirs />",
            &format!("<servicedir>{}</servicedir>", services.display()),
        );
    assert!(config.contains(&services.display().to_string()));
    std::fs::write(desk.path("session.conf"), config).expect("config");
    let (out, err) = desk.session(
        &[desk.add("ann@desk.test", "--add-to goa"), read_back("goa")],
        false,
        Some(&desk.path("session.conf")),
    );
    assert_eq!(codes(&out), ["3"], "{out}\n{err}");
    assert!(
        out.contains("ann@desk.test is now in GNOME Online Accounts"),
        "{out}"
    );
    assert!(err.contains("will ask for the password"), "{err}");
    let held = driver(&out);
    assert!(held["goa"][0]["password_error"].is_string(), "{held}");
    desk.password_in_no_file();
}

#[test]
fn kmail_and_geary_without_goa_get_the_steps() {
    let desk = Desk::new();
    for (program, words) in [("kmail", "In KMail:"), ("geary", "In Geary:")] {
        let out = Command::new(BIN)
            .arg("--preset")
            .arg(desk.path("preset.toml"))
            .args(["export", "ann@desk.test", "--add-to", program])
            .env("MAILSETUP_LOCALE", "en-GB")
            .env("XDG_CURRENT_DESKTOP", "KDE")
            .env("HOME", desk.dir.path())
            .output()
            .expect("mailsetup");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{text}");
        assert!(text.contains("cannot add accounts to"), "{text}");
        assert!(text.contains(words), "{text}");
        assert!(text.contains("Server: localhost"), "{text}");
        assert!(text.contains("Port: 1993"), "{text}");
    }
}
