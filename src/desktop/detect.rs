//! Which mail program this person uses, best guess first: the desktop's default mail handler (the
//! `x-scheme-handler/mailto` default in the XDG `mimeapps.list` files, as `xdg-mime` reads them),
//! then the mail programs installed, then GNOME Online Accounts when this session is a GNOME-like
//! desktop that has it. Only files are read, so this is quick enough to run as a window opens.

use std::path::{Path, PathBuf};

/// A mail program on a Linux desktop (Thunderbird on any system).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailProgram {
    Thunderbird,
    Evolution,
    Geary,
    KMail,
    /// GNOME Online Accounts: GNOME Settings' accounts, which Evolution and Geary show.
    Goa,
}

impl MailProgram {
    pub const ALL: [MailProgram; 5] = [
        MailProgram::Thunderbird,
        MailProgram::Evolution,
        MailProgram::Geary,
        MailProgram::KMail,
        MailProgram::Goa,
    ];

    /// The program's own name, as its menus and icons say it.
    pub fn name(self) -> &'static str {
        match self {
            MailProgram::Thunderbird => "Thunderbird",
            MailProgram::Evolution => "Evolution",
            MailProgram::Geary => "Geary",
            MailProgram::KMail => "KMail",
            MailProgram::Goa => "GNOME Online Accounts",
        }
    }

    /// The name on the command line (`export --add-to goa`).
    pub fn cli_name(self) -> &'static str {
        match self {
            MailProgram::Thunderbird => "thunderbird",
            MailProgram::Evolution => "evolution",
            MailProgram::Geary => "geary",
            MailProgram::KMail => "kmail",
            MailProgram::Goa => "goa",
        }
    }

    /// The program a command-line name means.
    pub fn from_cli_name(name: &str) -> Option<MailProgram> {
        MailProgram::ALL.into_iter().find(|p| p.cli_name() == name)
    }

    /// The program a desktop entry (`org.gnome.Evolution.desktop`) starts, when we know it.
    pub fn from_desktop_id(id: &str) -> Option<MailProgram> {
        let id = id.trim().to_ascii_lowercase();
        let id = id.strip_suffix(".desktop")?;
        if id.contains("thunderbird") {
            return Some(MailProgram::Thunderbird);
        }
        match id {
            "org.gnome.evolution" | "evolution" => Some(MailProgram::Evolution),
            "org.gnome.geary" | "geary" => Some(MailProgram::Geary),
            "org.kde.kmail2" | "org.kde.kmail" | "kmail" | "kmail2" => Some(MailProgram::KMail),
            _ => None,
        }
    }
}

/// The part of the environment detection reads: the XDG folders, the desktop's names and `PATH`.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub home: Option<PathBuf>,
    pub config_home: Option<PathBuf>,
    pub config_dirs: Vec<PathBuf>,
    pub data_home: Option<PathBuf>,
    pub data_dirs: Vec<PathBuf>,
    /// `XDG_CURRENT_DESKTOP`, split at `:` (`ubuntu:GNOME`).
    pub desktops: Vec<String>,
    pub path: Vec<PathBuf>,
}

impl Env {
    /// This process's environment, with the XDG defaults where a variable is unset.
    pub fn from_process() -> Env {
        let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
        let home = dirs::home_dir();
        let under_home = |k: &str, rel: &str| {
            var(k)
                .map(PathBuf::from)
                .or_else(|| home.as_ref().map(|h| h.join(rel)))
        };
        let list = |k: &str, default: &str| {
            let v = var(k).unwrap_or_else(|| default.into());
            std::env::split_paths(&v).collect::<Vec<_>>()
        };
        Env {
            config_home: under_home("XDG_CONFIG_HOME", ".config"),
            config_dirs: list("XDG_CONFIG_DIRS", "/etc/xdg"),
            data_home: under_home("XDG_DATA_HOME", ".local/share"),
            data_dirs: list("XDG_DATA_DIRS", "/usr/local/share:/usr/share"),
            desktops: std::env::var("XDG_CURRENT_DESKTOP")
                .unwrap_or_default()
                .split(':')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            path: var("PATH")
                .map(|p| std::env::split_paths(&p).collect())
                .unwrap_or_default(),
            home,
        }
    }

    /// The `mimeapps.list` files in the order the XDG rules read them: per-desktop before plain,
    /// the person's before the system's, config before data.
    fn mimeapps_files(&self) -> Vec<PathBuf> {
        let names: Vec<String> = self
            .desktops
            .iter()
            .map(|d| format!("{}-mimeapps.list", d.to_ascii_lowercase()))
            .chain(["mimeapps.list".to_owned()])
            .collect();
        let config = self.config_home.iter().chain(&self.config_dirs).cloned();
        let data = self
            .data_home
            .iter()
            .chain(&self.data_dirs)
            .map(|d| d.join("applications"));
        config
            .chain(data)
            .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
            .collect()
    }

    /// The desktop's default mail handler, as desktop entry ids (the first is the default).
    pub fn mailto_handlers(&self) -> Vec<String> {
        self.mimeapps_files()
            .iter()
            .find_map(|f| default_in(f, "x-scheme-handler/mailto"))
            .unwrap_or_default()
    }

    fn on_path(&self, name: &str) -> bool {
        crate::export::tb_profiles::find_program(name, &self.path).is_some()
    }

    fn flatpak(&self, app: &str) -> bool {
        let user = self
            .data_home
            .as_ref()
            .map(|d| d.join("flatpak/app").join(app));
        user.into_iter()
            .chain([Path::new("/var/lib/flatpak/app").join(app)])
            .any(|p| p.exists())
    }

    /// Whether a D-Bus session service of that name can be started (its `.service` file is in a
    /// `dbus-1/services` folder).
    fn bus_service(&self, name: &str) -> bool {
        let file = format!("{name}.service");
        self.data_home
            .iter()
            .chain(&self.data_dirs)
            .any(|d| d.join("dbus-1/services").join(&file).is_file())
    }

    /// Whether this session has GNOME Online Accounts: the service is installed and the desktop is
    /// one whose settings show its accounts (elsewhere an account there could not be seen or removed).
    pub fn has_goa(&self) -> bool {
        let gnome_like = self.desktops.iter().any(|d| {
            ["gnome", "unity", "budgie"]
                .iter()
                .any(|g| d.to_ascii_lowercase().contains(g))
        });
        gnome_like && self.bus_service("org.gnome.OnlineAccounts")
    }

    /// Whether Evolution's source registry (evolution-data-server) can be reached.
    pub fn has_evolution_registry(&self) -> bool {
        self.bus_service("org.gnome.evolution.dataserver.Sources5")
    }

    /// Whether `program` is installed (Thunderbird is told by the caller, who knows its installs).
    fn installed(&self, program: MailProgram, thunderbird: bool) -> bool {
        match program {
            MailProgram::Thunderbird => thunderbird,
            // Flatpak Evolution keeps its own registry inside the sandbox, which we cannot reach.
            MailProgram::Evolution => self.on_path("evolution") && self.has_evolution_registry(),
            MailProgram::Geary => self.on_path("geary") || self.flatpak("org.gnome.Geary"),
            MailProgram::KMail => self.on_path("kmail") || self.flatpak("org.kde.kmail2"),
            MailProgram::Goa => self.has_goa(),
        }
    }
}

/// The mail programs this person may use, the likeliest first: the default mail handler, then the
/// others installed, then GNOME Online Accounts. `thunderbird` says whether a Thunderbird is installed.
pub fn detect(env: &Env, thunderbird: bool) -> Vec<MailProgram> {
    let mut out: Vec<MailProgram> = env
        .mailto_handlers()
        .iter()
        .filter_map(|id| MailProgram::from_desktop_id(id))
        .filter(|p| env.installed(*p, thunderbird))
        .take(1)
        .collect();
    for p in MailProgram::ALL {
        if !out.contains(&p) && env.installed(p, thunderbird) {
            out.push(p);
        }
    }
    out
}

/// The largest `mimeapps.list` read (real ones are a few kilobytes).
const MAX_MIMEAPPS: u64 = 256 * 1024;

/// The desktop ids a `mimeapps.list` names as the default for `mime`, if it names any.
fn default_in(file: &Path, mime: &str) -> Option<Vec<String>> {
    let meta = std::fs::metadata(file).ok()?;
    if !meta.is_file() || meta.len() > MAX_MIMEAPPS {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let mut in_defaults = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_defaults = line == "[Default Applications]";
        } else if let Some((key, value)) = line.split_once('=').filter(|_| in_defaults) {
            if key.trim() == mime {
                let ids: Vec<String> = value
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                return (!ids.is_empty()).then_some(ids);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A desktop in a temporary folder: `bins` on PATH, `services` installed for D-Bus.
    fn desktop(dir: &Path, desktops: &[&str], bins: &[&str], services: &[&str]) -> Env {
        let bin = dir.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        for b in bins {
            std::fs::write(bin.join(b), "").unwrap();
        }
        let data = dir.join("share");
        std::fs::create_dir_all(data.join("dbus-1/services")).unwrap();
        for s in services {
            std::fs::write(data.join(format!("dbus-1/services/{s}.service")), "").unwrap();
        }
        Env {
            home: Some(dir.join("home")),
            config_home: Some(dir.join("home/.config")),
            config_dirs: vec![dir.join("etc/xdg")],
            data_home: Some(dir.join("home/.local/share")),
            data_dirs: vec![data],
            desktops: desktops.iter().map(|s| s.to_string()).collect(),
            path: vec![bin],
        }
    }

    const EDS: &str = "org.gnome.evolution.dataserver.Sources5";
    const GOA: &str = "org.gnome.OnlineAccounts";

    fn write(path: PathBuf, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn the_default_mail_handler_leads() {
        let t = tempfile::tempdir().unwrap();
        let env = desktop(t.path(), &["GNOME"], &["evolution", "geary"], &[EDS, GOA]);
        write(
            t.path().join("home/.config/mimeapps.list"),
            "[Added Associations]\nx-scheme-handler/mailto=org.gnome.Evolution.desktop;\n\n\
             [Default Applications]\ntext/html=firefox.desktop\n\
             x-scheme-handler/mailto=org.gnome.Geary.desktop;org.gnome.Evolution.desktop;\n",
        );
        use MailProgram::*;
        assert_eq!(detect(&env, true), [Geary, Thunderbird, Evolution, Goa]);
    }

    #[test]
    fn the_persons_choice_and_their_desktops_file_come_first() {
        let t = tempfile::tempdir().unwrap();
        let env = desktop(
            t.path(),
            &["ubuntu", "GNOME"],
            &["kmail", "evolution"],
            &[EDS],
        );
        let defaults = |id: &str| format!("[Default Applications]\nx-scheme-handler/mailto={id}\n");
        write(
            t.path().join("share/applications/mimeapps.list"),
            &defaults("org.gnome.Evolution.desktop"),
        );
        assert_eq!(detect(&env, false)[0], MailProgram::Evolution);
        write(
            t.path().join("etc/xdg/gnome-mimeapps.list"),
            &defaults("thunderbird.desktop"),
        );
        assert_eq!(detect(&env, true)[0], MailProgram::Thunderbird);
        write(
            t.path().join("home/.config/mimeapps.list"),
            &defaults("org.kde.kmail2.desktop"),
        );
        assert_eq!(detect(&env, true)[0], MailProgram::KMail);
        // A handler that is not installed is passed over.
        write(
            t.path().join("home/.config/ubuntu-mimeapps.list"),
            &defaults("org.gnome.Geary.desktop"),
        );
        assert_eq!(
            detect(&env, false),
            [MailProgram::Evolution, MailProgram::KMail]
        );
    }

    #[test]
    fn installed_programs_follow_and_goa_only_on_gnome() {
        let t = tempfile::tempdir().unwrap();
        let env = desktop(&t.path().join("kde"), &["KDE"], &["kmail"], &[GOA]);
        assert_eq!(detect(&env, false), [MailProgram::KMail]);
        let env = desktop(&t.path().join("gnome"), &["GNOME"], &[], &[GOA]);
        assert_eq!(detect(&env, false), [MailProgram::Goa]);
        // Evolution without its registry cannot take an account from us.
        let env = desktop(&t.path().join("xfce"), &["XFCE"], &["evolution"], &[]);
        assert_eq!(detect(&env, false), []);
    }

    #[test]
    fn desktop_ids_are_recognised() {
        use MailProgram::*;
        for (id, p) in [
            ("thunderbird.desktop", Some(Thunderbird)),
            ("org.mozilla.Thunderbird.desktop", Some(Thunderbird)),
            ("thunderbird_thunderbird.desktop", Some(Thunderbird)),
            ("org.gnome.Evolution.desktop", Some(Evolution)),
            ("org.gnome.Geary.desktop", Some(Geary)),
            ("org.kde.kmail2.desktop", Some(KMail)),
            ("mutt.desktop", None),
            ("thunderbird", None),
        ] {
            assert_eq!(MailProgram::from_desktop_id(id), p, "{id}");
        }
    }

    #[test]
    fn a_huge_or_odd_mimeapps_file_is_passed_over() {
        let t = tempfile::tempdir().unwrap();
        let f = t.path().join("mimeapps.list");
        std::fs::write(&f, "x".repeat(MAX_MIMEAPPS as usize + 1)).unwrap();
        assert_eq!(default_in(&f, "x-scheme-handler/mailto"), None);
        std::fs::write(&f, "[Default Applications]\nx-scheme-handler/mailto=;\n").unwrap();
        assert_eq!(default_in(&f, "x-scheme-handler/mailto"), None);
        std::fs::write(&f, [0xffu8, 0xfe, 0]).unwrap();
        assert_eq!(default_in(&f, "x-scheme-handler/mailto"), None);
    }
}
