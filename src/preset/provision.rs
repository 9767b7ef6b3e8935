//! `[provision]`: how `mailsetup provision` fills in the address and name of the person logged in,
//! and whether the organisation's package runs it at every login.
//!
//! ```toml
//! [provision]
//! address = "{user}@example.co.uk"   # {user}: the login name
//! name = "{full_name}"               # {full_name}: the full name this computer has for them
//! at_login = true                    # the Linux package sets the account up at each login
//! ```
//!
//! The full name is the first field of the account's GECOS entry on Linux and the BSDs (through
//! `getent`, so directory users from LDAP or Active Directory count), what `id -F` says on macOS;
//! Windows gives none, so a `{full_name}` template there cannot be filled.

use std::process::Command;

/// The checked `[provision]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provision {
    /// The address template.
    pub address: Option<String>,
    /// The name template.
    pub name: Option<String>,
    /// Set the account up at each login (the Linux package installs an autostart entry).
    pub at_login: bool,
}

/// The placeholders a template may hold.
pub(crate) const PLACEHOLDERS: [&str; 2] = ["{user}", "{full_name}"];

/// Who is logged in, as the templates see them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// The login name.
    pub login: String,
    /// The full name; empty when the system has none.
    pub full_name: String,
}

/// A template that cannot be filled: the placeholder whose value is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unfilled(pub &'static str);

/// The first placeholder-looking `{…}` of `template` that is not one of [`PLACEHOLDERS`].
pub(crate) fn unknown_placeholder(template: &str) -> Option<String> {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        if rest[..open].contains('}') {
            return Some("}".to_owned());
        }
        let after = &rest[open..];
        let Some(close) = after.find('}') else {
            return Some(after.to_owned());
        };
        let p = &after[..=close];
        if !PLACEHOLDERS.contains(&p) {
            return Some(p.to_owned());
        }
        rest = &after[close + 1..];
    }
    rest.contains('}').then(|| "}".to_owned())
}

/// `template` with each placeholder replaced (pure). An empty value cannot fill its placeholder.
pub fn fill(template: &str, who: &Person) -> Result<String, Unfilled> {
    let mut out = template.to_owned();
    for (p, value) in [("{user}", &who.login), ("{full_name}", &who.full_name)] {
        if out.contains(p) {
            if value.trim().is_empty() {
                return Err(Unfilled(p));
            }
            out = out.replace(p, value.trim());
        }
    }
    Ok(out)
}

impl Person {
    /// The person this program runs as.
    pub fn this_session() -> Person {
        let from_env = || {
            std::env::var("USER")
                .or_else(|_| std::env::var("USERNAME"))
                .unwrap_or_default()
        };
        #[cfg(all(unix, not(target_os = "macos")))]
        if let Some(p) = getent() {
            return p;
        }
        #[cfg(target_os = "macos")]
        {
            let id = |flag: &str| {
                Command::new("id")
                    .arg(flag)
                    .output()
                    .ok()
                    .filter(|o| o.status.success())
                    .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            };
            if let Some(login) = id("-un") {
                return Person {
                    login,
                    full_name: id("-F").unwrap_or_default(),
                };
            }
        }
        Person {
            login: from_env(),
            full_name: String::new(),
        }
    }
}

/// The passwd entry of this process's user, through the system's name service.
#[cfg(all(unix, not(target_os = "macos")))]
fn getent() -> Option<Person> {
    let uid = rustix::process::getuid().as_raw();
    let out = Command::new("getent")
        .args(["passwd", &uid.to_string()])
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    passwd_line(String::from_utf8_lossy(&out.stdout).lines().next()?)
}

/// A passwd line (`login:x:uid:gid:GECOS:home:shell`) as a person: the GECOS field's first
/// comma-separated part is the full name, an `&` in it standing for the login name capitalised.
pub(crate) fn passwd_line(line: &str) -> Option<Person> {
    let fields: Vec<&str> = line.split(':').collect();
    let login = (*fields.first()?).to_owned();
    if login.is_empty() {
        return None;
    }
    let gecos = fields.get(4).copied().unwrap_or_default();
    let mut capitalised = login.clone();
    if let Some(first) = capitalised.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    let full_name = gecos
        .split(',')
        .next()
        .unwrap_or_default()
        .replace('&', &capitalised)
        .trim()
        .to_owned();
    Some(Person { login, full_name })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_and_an_empty_value_leaves_them_unfilled() {
        let jo = Person {
            login: "jsmith".into(),
            full_name: "Jo Smith".into(),
        };
        assert_eq!(
            fill("{user}@example.test", &jo).as_deref(),
            Ok("jsmith@example.test")
        );
        assert_eq!(fill("{full_name}", &jo).as_deref(), Ok("Jo Smith"));
        let nameless = Person {
            full_name: " ".into(),
            ..jo
        };
        assert_eq!(fill("{full_name}", &nameless), Err(Unfilled("{full_name}")));
        assert_eq!(unknown_placeholder("{user}@x.test"), None);
        assert_eq!(
            unknown_placeholder("{username}@x.test").as_deref(),
            Some("{username}")
        );
        assert_eq!(
            unknown_placeholder("{user@x.test").as_deref(),
            Some("{user@x.test")
        );
    }

    #[test]
    fn gecos_gives_the_full_name() {
        let p = passwd_line("jsmith:x:1000:1000:Jo Smith,Room 4,,:/home/jsmith:/bin/bash");
        assert_eq!(p.map(|p| p.full_name).as_deref(), Some("Jo Smith"));
        let p = passwd_line("ann:x:1001:1001:& Jones:/home/ann:/bin/sh");
        assert_eq!(p.map(|p| p.full_name).as_deref(), Some("Ann Jones"));
        let p = passwd_line("svc:x:999:999::/:/usr/sbin/nologin");
        assert_eq!(
            p.map(|p| (p.login, p.full_name)),
            Some(("svc".into(), String::new()))
        );
    }
}
