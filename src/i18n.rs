//! All user-visible text, from one Fluent catalogue (`assets/i18n/<locale>/*.ftl`, embedded by
//! build.rs). The locale follows the system's (`sys-locale`; `MAILSETUP_LOCALE` overrides it), matched
//! against the catalogues present with `fluent-langneg`, falling back to en-GB for missing messages.
//!
//! Use the [`t!`](crate::t) macro: `t!("check-dns-missing", host = host)`. A test fails on any id used
//! in code that the en-GB catalogue lacks.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/i18n_catalogues.rs"));

/// The catalogue every message must be in.
pub(crate) const FALLBACK: &str = "en-GB";

/// A made-up locale for layout tests, never chosen from the system: every message in en-GB with its
/// letters accented and 40 % longer, so that text that would be clipped or squashed in a longer
/// language shows up in screenshots. `MAILSETUP_LOCALE=x-pseudo` selects it.
pub const PSEUDO: &str = "x-pseudo";

/// Accents ASCII letters and lengthens the text by 40 % (the pseudo-locale's transform).
pub fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    const FROM: &str = "aceinousyzACEINOUSYZ";
    const TO: [char; 20] = [
        'á', 'ç', 'é', 'î', 'ñ', 'ö', 'û', 'š', 'ý', 'ž', 'Å', 'Ç', 'É', 'Î', 'Ñ', 'Ö', 'Û', 'Š',
        'Ý', 'Ž',
    ];
    let mut out: String = text
        .chars()
        .map(|c| FROM.find(c).map_or(c, |i| TO[i]))
        .collect();
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    let extra = (letters * 2).div_ceil(5);
    if extra > 0 {
        out.push(' ');
        out.extend(std::iter::repeat_n('·', extra.saturating_sub(1)));
    }
    std::borrow::Cow::Owned(out)
}

struct Catalogues {
    /// The chosen locale first, then en-GB.
    bundles: Vec<FluentBundle<FluentResource>>,
}

/// Builds the bundle for one locale; Fluent syntax errors in a file drop only the broken entries.
pub(crate) fn bundle_for(locale: &str) -> Option<FluentBundle<FluentResource>> {
    let source = if locale == PSEUDO { FALLBACK } else { locale };
    let (_, files) = CATALOGUES.iter().find(|(l, _)| *l == source)?;
    let id: LanguageIdentifier = source.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    if locale == PSEUDO {
        bundle.set_transform(Some(pseudo));
    }
    for (_, source) in *files {
        let res = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(res);
    }
    Some(bundle)
}

fn choose_locale() -> String {
    let set = std::env::var("MAILSETUP_LOCALE").ok();
    if set.as_deref() == Some(PSEUDO) {
        return PSEUDO.into();
    }
    let wanted = set
        .or_else(sys_locale::get_locale)
        .unwrap_or_else(|| FALLBACK.into());
    let requested: Vec<LanguageIdentifier> = wanted
        .replace('_', "-")
        .split('.')
        .next()
        .and_then(|s| s.parse().ok())
        .into_iter()
        .collect();
    let available: Vec<LanguageIdentifier> = CATALOGUES
        .iter()
        .filter_map(|(l, _)| l.parse().ok())
        .collect();
    let default: LanguageIdentifier = FALLBACK
        .parse()
        .expect("the fallback locale is a valid language tag");
    fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| l.to_string())
    .unwrap_or_else(|| FALLBACK.into())
}

fn load(locale: &str) -> Catalogues {
    let mut bundles: Vec<_> = bundle_for(locale).into_iter().collect();
    if locale != FALLBACK {
        bundles.extend(bundle_for(FALLBACK));
    }
    Catalogues { bundles }
}

fn catalogues() -> &'static Catalogues {
    static C: OnceLock<Catalogues> = OnceLock::new();
    C.get_or_init(|| load(&choose_locale()))
}

thread_local! {
    /// A locale for this thread only (layout tests render one window in several languages).
    static THREAD: std::cell::RefCell<Option<&'static Catalogues>> =
        const { std::cell::RefCell::new(None) };
}

/// Uses `locale` for messages made on this thread from now on (`None`: the process's locale again).
/// For tests that render the wizard in another language; each locale is loaded once.
pub fn set_thread_locale(locale: Option<&str>) {
    static LOADED: std::sync::Mutex<Vec<(String, &'static Catalogues)>> =
        std::sync::Mutex::new(Vec::new());
    let catalogues = locale.map(|l| {
        let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, c)) = loaded.iter().find(|(name, _)| name == l) {
            return *c;
        }
        let c: &'static Catalogues = Box::leak(Box::new(load(l)));
        loaded.push((l.to_owned(), c));
        c
    });
    THREAD.with(|t| *t.borrow_mut() = catalogues);
}

/// The text of message `id` with `args`; the id itself when no catalogue has it (a test prevents that).
pub fn text(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let chosen = THREAD.with(|t| *t.borrow()).unwrap_or_else(catalogues);
    for bundle in &chosen.bundles {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// `t!("id")` or `t!("id", name = value, …)`: the message in the user's language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), fluent_bundle::FluentValue::from($value)); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `t!("…")` id in the sources exists in the en-GB catalogue, and every catalogue parses.
    #[test]
    fn every_message_id_used_in_code_is_in_the_catalogue() {
        for (locale, files) in CATALOGUES {
            for (name, source) in *files {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!("{locale}/{name} has Fluent syntax errors: {errors:?}");
                }
            }
        }
        let bundle = bundle_for(FALLBACK).expect("en-GB catalogue");
        let mut missing = Vec::new();
        let mut used = 0;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let Ok(code) = std::fs::read_to_string(&path) else {
                    continue;
                };
                for (i, _) in code.match_indices("t!(\"") {
                    // `t!` itself, not the end of `format!` or `print!`.
                    let before = code[..i].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &code[i + 4..];
                    let Some(end) = rest.find('"') else { continue };
                    let id = &rest[..end];
                    if id == "id" || id.contains('…') {
                        continue; // the examples in this module's docs
                    }
                    used += 1;
                    if bundle.get_message(id).is_none() {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(used > 20, "found only {used} message ids");
        assert!(
            missing.is_empty(),
            "message ids missing from assets/i18n/en-GB: {missing:#?}"
        );
    }

    #[test]
    fn formats_arguments_without_isolation_marks() {
        let s = text(
            "check-wrong-password",
            Some(&{
                let mut a = FluentArgs::new();
                a.set("host", "imap.example.com");
                a.set("server_says", "");
                a
            }),
        );
        assert_eq!(s, "Your password was not accepted by imap.example.com.");
    }
}
