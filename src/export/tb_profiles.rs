//! The Thunderbird profile a person's Thunderbird opens, wherever that Thunderbird keeps its profiles,
//! and adding an account to it.
//!
//! Thunderbird's own rule for one profiles folder: the profile an install has claimed
//! (`[Install<hash>] Default=` in `profiles.ini`, mirrored in `installs.ini`), else the profile marked
//! `Default=1`, else the only one. An install that has claimed no profile yet claims, on its first start,
//! the `Default=1` profile whose `compatibility.ini` names that install's folders (`LastPlatformDir`,
//! `LastAppDir`); that is how a profile we create for someone with no Thunderbird profile becomes the
//! one their Thunderbird opens (seen with Thunderbird 153: without `compatibility.ini` it makes a fresh
//! profile of its own instead).
//!
//! Folders, by packaging: `~/.thunderbird` (Debian, the tarball), `~/snap/thunderbird/common/.thunderbird`
//! (Ubuntu's snap), `~/.var/app/org.mozilla.Thunderbird/.thunderbird` (Flatpak), `~/Library/Thunderbird`
//! (macOS), `%APPDATA%\Thunderbird` (Windows). With profiles in several, the most recently used wins.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use super::Account;
use super::thunderbird::{self, ProfileError};

/// The largest `profiles.ini` or `installs.ini` read (real ones are a few hundred bytes); a larger
/// one is refused whole (`tb-ini-too-large` says 1 MiB), never read cut.
const MAX_INI: u64 = 1 << 20;

/// How a Thunderbird was installed, which decides where it keeps its profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Packaging {
    /// A distribution package, the tarball, or the macOS and Windows installers.
    Native,
    Snap,
    Flatpak,
}

impl Packaging {
    /// A short name for messages ("Thunderbird (Snap)").
    pub fn label(self) -> &'static str {
        match self {
            Packaging::Native => "Thunderbird",
            Packaging::Snap => "Thunderbird (Snap)",
            Packaging::Flatpak => "Thunderbird (Flatpak)",
        }
    }
}

/// A folder holding `profiles.ini` and the profiles it lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Root {
    pub packaging: Packaging,
    pub dir: PathBuf,
}

/// Every folder a Thunderbird of this platform may keep its profiles in, whether it exists or not.
pub(crate) fn roots(home: &Path) -> Vec<Root> {
    let native = |dir: PathBuf| Root {
        packaging: Packaging::Native,
        dir,
    };
    if cfg!(target_os = "macos") {
        return vec![native(home.join("Library").join("Thunderbird"))];
    }
    if cfg!(windows) {
        let appdata = std::env::var_os("APPDATA")
            .map(PathBuf::from)
            .unwrap_or_else(|| home.join("AppData").join("Roaming"));
        return vec![native(appdata.join("Thunderbird"))];
    }
    vec![
        native(home.join(".thunderbird")),
        Root {
            packaging: Packaging::Snap,
            dir: home.join("snap/thunderbird/common/.thunderbird"),
        },
        Root {
            packaging: Packaging::Flatpak,
            dir: home.join(".var/app/org.mozilla.Thunderbird/.thunderbird"),
        },
    ]
}

/// Why a profile is the one Thunderbird opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// An install has claimed it (`installs.ini`).
    InstallDefault,
    /// `Default=1` in `profiles.ini`.
    Marked,
    /// It is the only profile.
    Only,
    /// Several profiles and no default: the most recently used.
    LastUsed,
}

/// One profile listed in `profiles.ini`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    pub dir: PathBuf,
}

/// Why a profiles folder could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("error-tb-profiles-unreadable", path = .path.display().to_string(), reason = .reason.as_str()))]
pub struct IniError {
    pub path: PathBuf,
    pub reason: String,
}

/// The profile Thunderbird opens, from the texts of `profiles.ini` and `installs.ini` in `root`
/// (pure: `last_used` says when a profile folder was last used, to choose between installs).
pub fn pick(
    root: &Path,
    profiles_ini: &str,
    installs_ini: Option<&str>,
    last_used: &dyn Fn(&Path) -> Option<SystemTime>,
) -> Result<Option<(Listed, Why)>, String> {
    let profiles = ini::Ini::load_from_str(profiles_ini).map_err(|e| e.to_string())?;
    // (the Path= value as written, the profile, marked Default=1)
    let mut listed: Vec<(String, Listed, bool)> = Vec::new();
    let mut claimed: Vec<String> = Vec::new();
    for (section, props) in profiles.iter() {
        let Some(section) = section else { continue };
        if section.starts_with("Profile") {
            let Some(path) = props.get("Path").filter(|p| !p.trim().is_empty()) else {
                continue;
            };
            let dir = if props.get("IsRelative") == Some("1") {
                root.join(path)
            } else {
                PathBuf::from(path)
            };
            let name = props.get("Name").unwrap_or(path).to_owned();
            listed.push((
                path.to_owned(),
                Listed { name, dir },
                props.get("Default") == Some("1"),
            ));
        } else if section.starts_with("Install") {
            claimed.extend(props.get("Default").map(str::to_owned));
        }
    }
    if let Some(text) = installs_ini {
        let installs = ini::Ini::load_from_str(text).map_err(|e| e.to_string())?;
        for (section, props) in installs.iter() {
            if section.is_some() {
                claimed.extend(props.get("Default").map(str::to_owned));
            }
        }
    }
    let newest = |candidates: Vec<&Listed>| -> Option<Listed> {
        let mut best: Option<(&Listed, Option<SystemTime>)> = None;
        for c in candidates {
            let t = last_used(&c.dir);
            if best.is_none_or(|(_, bt)| t > bt) {
                best = Some((c, t));
            }
        }
        best.map(|(c, _)| c.clone())
    };
    let by_install: Vec<&Listed> = listed
        .iter()
        .filter(|(path, _, _)| claimed.iter().any(|c| c == path))
        .map(|(_, l, _)| l)
        .collect();
    if let Some(l) = newest(by_install) {
        return Ok(Some((l, Why::InstallDefault)));
    }
    if let Some((_, l, _)) = listed.iter().find(|(_, _, marked)| *marked) {
        return Ok(Some((l.clone(), Why::Marked)));
    }
    match listed.len() {
        0 => Ok(None),
        1 => Ok(Some((listed[0].1.clone(), Why::Only))),
        _ => Ok(newest(listed.iter().map(|(_, l, _)| l).collect()).map(|l| (l, Why::LastUsed))),
    }
}

/// When a profile was last used: its `prefs.js`, which Thunderbird writes on every exit.
pub(crate) fn last_used(dir: &Path) -> Option<SystemTime> {
    std::fs::metadata(dir.join("prefs.js"))
        .or_else(|_| std::fs::metadata(dir))
        .and_then(|m| m.modified())
        .ok()
}

fn read_bounded(path: &Path) -> Result<Option<String>, IniError> {
    use std::io::Read as _;
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(IniError {
                path: path.to_owned(),
                reason: e.to_string(),
            });
        }
    };
    let failed = |reason: String| IniError {
        path: path.to_owned(),
        reason,
    };
    let mut bytes = Vec::new();
    file.take(MAX_INI + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| failed(e.to_string()))?;
    if bytes.len() as u64 > MAX_INI {
        return Err(failed(crate::t!("tb-ini-too-large")));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| failed(crate::t!("error-tb-profiles-not-utf8")))
}

/// The profile a person's Thunderbird opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub root: Root,
    pub name: String,
    pub dir: PathBuf,
    pub why: Why,
    /// Other packagings that also have profiles here (the most recently used one was chosen).
    pub also: Vec<Packaging>,
}

/// Where the account will go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Located {
    Profile(Profile),
    /// No profile anywhere: a new one is to be made in this folder.
    Nothing(Root),
}

/// Finds the profile Thunderbird opens across every profiles folder of `home`; with none, the folder
/// a new profile belongs in (that of the Thunderbird installed, `installs` best first).
pub(crate) fn locate(home: &Path, installs: &[Install]) -> Result<Located, IniError> {
    let mut found: Vec<Profile> = Vec::new();
    for root in roots(home) {
        let Some(profiles) = read_bounded(&root.dir.join("profiles.ini"))? else {
            continue;
        };
        let installs_ini = read_bounded(&root.dir.join("installs.ini"))?;
        let picked =
            pick(&root.dir, &profiles, installs_ini.as_deref(), &last_used).map_err(|reason| {
                IniError {
                    path: root.dir.join("profiles.ini"),
                    reason,
                }
            })?;
        if let Some((l, why)) = picked {
            found.push(Profile {
                root,
                name: l.name,
                dir: l.dir,
                why,
                also: Vec::new(),
            });
        }
    }
    let Some(best) = found
        .iter()
        .enumerate()
        .max_by_key(|(i, p)| (last_used(&p.dir), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
    else {
        let packaging = installs.first().map_or(Packaging::Native, |i| i.packaging);
        let root = roots(home)
            .into_iter()
            .find(|r| r.packaging == packaging)
            .or_else(|| roots(home).into_iter().next())
            .unwrap_or(Root {
                packaging,
                dir: home.join(".thunderbird"),
            });
        return Ok(Located::Nothing(root));
    };
    let mut chosen = found.swap_remove(best);
    chosen.also = found.iter().map(|p| p.root.packaging).collect();
    Ok(Located::Profile(chosen))
}

/// A Thunderbird installed on this computer, and how to start it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Install {
    pub packaging: Packaging,
    pub program: PathBuf,
    pub args: Vec<String>,
    /// The folder holding the program itself, as Thunderbird records it in `compatibility.ini`.
    pub app_dir: Option<PathBuf>,
}

impl Install {
    /// Starts Thunderbird detached, with `profile` when given (the one the account went into).
    pub fn open(&self, profile: Option<&Path>) -> std::io::Result<()> {
        let mut cmd = Command::new(&self.program);
        cmd.args(&self.args);
        if let Some(dir) = profile {
            if cfg!(target_os = "macos") {
                cmd.arg("--args");
            }
            cmd.arg("--profile").arg(dir);
        }
        cmd.stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(drop)
    }
}

/// The program `name` in the first of `dirs` (the folders of a `PATH`, in order) that has it.
pub(crate) fn find_program<D: AsRef<Path>>(
    name: &str,
    dirs: impl IntoIterator<Item = D>,
) -> Option<PathBuf> {
    dirs.into_iter()
        .map(|d| d.as_ref().join(name))
        .find(|p| p.is_file())
}

/// The program `name` on this process's `PATH`.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    find_program(name, std::env::split_paths(&path))
}

/// The Thunderbirds installed here, the native one first.
pub fn installed(home: &Path) -> Vec<Install> {
    let mut out = Vec::new();
    if cfg!(target_os = "macos") {
        let app = PathBuf::from("/Applications/Thunderbird.app");
        if app.exists() {
            out.push(Install {
                packaging: Packaging::Native,
                program: PathBuf::from("/usr/bin/open"),
                args: vec!["-a".into(), app.display().to_string()],
                app_dir: Some(app.join("Contents/MacOS")),
            });
        }
        return out;
    }
    if cfg!(windows) {
        for var in ["ProgramFiles", "ProgramFiles(x86)"] {
            let Some(base) = std::env::var_os(var) else {
                continue;
            };
            let exe = PathBuf::from(base)
                .join("Mozilla Thunderbird")
                .join("thunderbird.exe");
            if exe.is_file() {
                let app_dir = exe.parent().map(Path::to_path_buf);
                out.push(Install {
                    packaging: Packaging::Native,
                    program: exe,
                    args: Vec::new(),
                    app_dir,
                });
                break;
            }
        }
        return out;
    }
    // Debian's /usr/bin/thunderbird is a script that starts /usr/lib/thunderbird/thunderbird.
    if let Some(program) = on_path("thunderbird").filter(|p| !p.starts_with("/snap")) {
        let debian = PathBuf::from("/usr/lib/thunderbird");
        let app_dir = if debian.join("thunderbird").is_file() {
            Some(debian)
        } else {
            std::fs::canonicalize(&program)
                .ok()
                .and_then(|p| p.parent().map(Path::to_path_buf))
        };
        out.push(Install {
            packaging: Packaging::Native,
            program,
            args: Vec::new(),
            app_dir,
        });
    }
    let snap = PathBuf::from("/snap/bin/thunderbird");
    if snap.exists() {
        out.push(Install {
            packaging: Packaging::Snap,
            program: snap,
            args: Vec::new(),
            app_dir: None,
        });
    }
    let flatpak_app = [
        PathBuf::from("/var/lib/flatpak/app/org.mozilla.Thunderbird"),
        home.join(".local/share/flatpak/app/org.mozilla.Thunderbird"),
    ];
    if flatpak_app.iter().any(|p| p.exists()) {
        if let Some(flatpak) = on_path("flatpak") {
            out.push(Install {
                packaging: Packaging::Flatpak,
                program: flatpak,
                args: vec!["run".into(), "org.mozilla.Thunderbird".into()],
                app_dir: Some(PathBuf::from("/app/lib/thunderbird")),
            });
        }
    }
    out
}

/// What adding the account did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// Added beside the accounts already there; `default` when it became the default account
    /// (the profile had no mail account yet).
    Added { profile: Profile, default: bool },
    /// The same address on the same server was already there: nothing was written.
    AlreadySetUp(Profile),
    /// There was no profile: a new one holds the account and is what Thunderbird opens.
    Created(Profile),
}

impl Added {
    pub fn profile(&self) -> &Profile {
        match self {
            Added::Added { profile, .. }
            | Added::AlreadySetUp(profile)
            | Added::Created(profile) => profile,
        }
    }
}

/// Why the account could not be added to the person's Thunderbird.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error(transparent)]
    Ini(#[from] IniError),
    #[error(transparent)]
    Profile(#[from] ProfileError),
}

/// Adds the account to the profile the person's Thunderbird opens (a backup of `prefs.js` first), or
/// makes that profile when there is none. Nothing is written while that profile is open in a running
/// Thunderbird, nor, when a new profile is needed, while any Thunderbird runs.
pub fn add_to_default(home: &Path, installs: &[Install], a: &Account) -> Result<Added, AddError> {
    match locate(home, installs)? {
        Located::Profile(profile) => {
            if thunderbird::profile_locked(&profile.dir) {
                return Err(ProfileError::Locked(profile.dir.clone()).into());
            }
            let prefs = profile.dir.join("prefs.js");
            if !prefs.exists() {
                // Listed but never started: the account is all it will hold.
                thunderbird::create_profile(&profile.dir, a)?;
                return Ok(Added::Added {
                    profile,
                    default: true,
                });
            }
            let existing = std::fs::read_to_string(&prefs).map_err(|error| ProfileError::Io {
                path: prefs.clone(),
                error,
            })?;
            if thunderbird::already_set_up(&existing, a) {
                return Ok(Added::AlreadySetUp(profile));
            }
            let default = !thunderbird::has_mail_account(&existing);
            thunderbird::add_to_profile(&profile.dir, a)?;
            Ok(Added::Added { profile, default })
        }
        Located::Nothing(root) => {
            if thunderbird::thunderbird_running() {
                return Err(ProfileError::Running.into());
            }
            let install = installs.iter().find(|i| i.packaging == root.packaging);
            let profile = create_default(&root, install.and_then(|i| i.app_dir.as_deref()), a)?;
            Ok(Added::Created(profile))
        }
    }
}

/// A short random folder name, as Thunderbird makes them (`k3x9q2aa.default`).
fn folder_name() -> String {
    let id = uuid::Uuid::new_v4().simple().to_string();
    format!("{}.default", &id[..8])
}

/// Makes a new profile in `root` holding the account, registered as the default (`profiles.ini`,
/// backed up when it exists) and marked as last used by the install at `app_dir`.
fn create_default(
    root: &Root,
    app_dir: Option<&Path>,
    a: &Account,
) -> Result<Profile, ProfileError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |error| ProfileError::Io { path, error }
    };
    std::fs::create_dir_all(&root.dir).map_err(io(&root.dir))?;
    let folder = folder_name();
    let dir = root.dir.join(&folder);
    thunderbird::create_profile(&dir, a)?;
    if let Some(app) = app_dir {
        let compat = format!(
            "[Compatibility]\nLastPlatformDir={0}\nLastAppDir={0}\n",
            app.display()
        );
        thunderbird::write_atomic(&dir.join("compatibility.ini"), compat.as_bytes())?;
    }
    let ini = root.dir.join("profiles.ini");
    let existing = match std::fs::read_to_string(&ini) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(io(&ini)(e)),
    };
    thunderbird::write_atomic(&ini, with_default_profile(&existing, &folder).as_bytes())?;
    Ok(Profile {
        root: root.clone(),
        name: "default".into(),
        dir,
        why: Why::Marked,
        also: Vec::new(),
    })
}

/// `profiles.ini` text with a new relative profile `folder` marked as the default (pure). Only called
/// when the file lists no profile, so no other profile loses its mark.
pub(crate) fn with_default_profile(existing: &str, folder: &str) -> String {
    let mut out = existing.to_owned();
    if !out.contains("[General]") {
        out.insert_str(0, "[General]\nStartWithLastProfile=1\nVersion=2\n\n");
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    let n = (0..)
        .find(|n| !out.contains(&format!("[Profile{n}]")))
        .unwrap_or(0);
    out.push_str(&format!(
        "\n[Profile{n}]\nName=default\nIsRelative=1\nPath={folder}\nDefault=1\n"
    ));
    out
}

#[cfg(test)]
mod tests;
