//! Which catalogue to use: `MAILSETUP_LOCALE` if set, otherwise the system's language, matched
//! against the catalogues present; British English when nothing matches.
//!
//! On Linux and the BSDs the system's language is the environment, read as gettext reads it: the
//! first non-empty one of `LC_ALL`, `LC_MESSAGES` and `LANG` is the locale in force; `C` or
//! `POSIX` there means untranslated (English), and then `LANGUAGE` is ignored; otherwise the
//! colon-separated list in `LANGUAGE`, if any, comes before it. On Windows and macOS it is the
//! platform's language setting, as `sys-locale` reports it.

use unic_langid::LanguageIdentifier;

use super::{FALLBACK, PSEUDO};

/// The environment variable that picks the language whatever the system says.
pub(crate) const OVERRIDE_VAR: &str = "MAILSETUP_LOCALE";

/// The locale variables in gettext's order: the first one set (and not empty) is in force.
const UNIX_LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// GNU gettext's list of preferred languages, consulted unless the locale in force is `C`/`POSIX`.
const UNIX_LANGUAGE_LIST_VAR: &str = "LANGUAGE";

/// The languages the system prefers, most wanted first, in the spelling the system uses
/// (`de_DE.UTF-8`, `fr-CA`, …). Empty when the system wants untranslated text or says nothing.
pub(crate) fn system_preferences() -> Vec<String> {
    #[cfg(all(unix, not(any(target_vendor = "apple", target_os = "android"))))]
    {
        unix_preferences(|name| std::env::var(name).ok())
    }
    #[cfg(not(all(unix, not(any(target_vendor = "apple", target_os = "android")))))]
    {
        sys_locale::get_locales().collect()
    }
}

/// The Unix rule above, over any environment (`get` returns a variable's value).
pub(crate) fn unix_preferences(get: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let set = |name: &str| get(name).filter(|v| !v.trim().is_empty());
    let Some(in_force) = UNIX_LOCALE_VARS.iter().find_map(|name| set(name)) else {
        // No locale at all is the C locale.
        return Vec::new();
    };
    if is_untranslated(&in_force) {
        return Vec::new();
    }
    let list = set(UNIX_LANGUAGE_LIST_VAR);
    let mut out: Vec<String> = list
        .iter()
        .flat_map(|list| list.split(':'))
        .filter(|part| !part.trim().is_empty())
        .map(str::to_owned)
        .collect();
    out.push(in_force);
    out
}

/// `C`, `POSIX` and their variants (`C.UTF-8`): the program's own language, untranslated.
fn is_untranslated(locale: &str) -> bool {
    let base = locale.split(['.', '@']).next().unwrap_or(locale).trim();
    base == "C" || base == "POSIX"
}

/// A POSIX locale name (`pt_BR.UTF-8@euro`) or a BCP 47 tag as a language identifier.
fn parse(locale: &str) -> Option<LanguageIdentifier> {
    let base = locale.split(['.', '@']).next()?.trim().replace('_', "-");
    base.parse().ok()
}

/// The catalogue to use, given `MAILSETUP_LOCALE` (`overridden`), the system's preferences (most
/// wanted first) and the catalogues present. The first wish that some catalogue matches wins (a
/// region not present falls back to another region of the same language: `fr-CA` gets `fr-FR`);
/// the pseudo-locale only when asked for by `MAILSETUP_LOCALE`; British English otherwise.
pub(crate) fn choose(overridden: Option<&str>, system: &[String], available: &[&str]) -> String {
    let overridden = overridden.map(str::trim).filter(|v| !v.is_empty());
    if overridden == Some(PSEUDO) {
        return PSEUDO.to_owned();
    }
    if overridden.is_some_and(is_untranslated) {
        return FALLBACK.to_owned();
    }
    let available: Vec<LanguageIdentifier> = available
        .iter()
        .filter(|l| **l != PSEUDO)
        .filter_map(|l| l.parse().ok())
        .collect();
    let wishes = overridden
        .into_iter()
        .chain(system.iter().map(String::as_str))
        .filter(|wish| !wish.trim().eq_ignore_ascii_case(PSEUDO));
    for wish in wishes {
        let Some(wanted) = parse(wish) else { continue };
        let found = fluent_langneg::negotiate_languages(
            std::slice::from_ref(&wanted),
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        if let Some(best) = found.first() {
            return best.to_string();
        }
    }
    FALLBACK.to_owned()
}

#[cfg(test)]
mod tests;
