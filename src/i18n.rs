//! All user-visible text, from one Fluent catalogue (`assets/i18n/<locale>/*.ftl`, embedded by
//! build.rs). The locale follows the system's (the `LC_*`/`LANG` environment on Unix, `sys-locale`
//! on Windows and macOS; `MAILSETUP_LOCALE` overrides it, see `i18n/locale.rs`), matched against the
//! catalogues present with `fluent-langneg`, falling back to en-GB for missing messages.
//!
//! Use the [`t!`](crate::t) macro: `t!("check-dns-missing", host = host)`. A test fails on any id used
//! in code that the en-GB catalogue lacks.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

mod locale;

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
    /// The locale's name (`de-DE`, or [`PSEUDO`]).
    locale: String,
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

/// The locale this process uses (see [`locale::choose`]).
fn choose_locale() -> String {
    let overridden = std::env::var(locale::OVERRIDE_VAR).ok();
    let available: Vec<&str> = CATALOGUES.iter().map(|(l, _)| *l).collect();
    locale::choose(
        overridden.as_deref(),
        &locale::system_preferences(),
        &available,
    )
}

fn load(locale: &str) -> Catalogues {
    let mut bundles: Vec<_> = bundle_for(locale).into_iter().collect();
    if locale != FALLBACK {
        bundles.extend(bundle_for(FALLBACK));
    }
    Catalogues {
        locale: locale.to_owned(),
        bundles,
    }
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

/// The catalogues in use on this thread: its own (see [`set_thread_locale`]) or the process's.
fn chosen() -> &'static Catalogues {
    THREAD.with(|t| *t.borrow()).unwrap_or_else(catalogues)
}

/// The language tag of the text [`text`] gives on this thread (`en-GB`, `de-DE`, …), for documents
/// that declare their language (the settings sheet's `<html lang>`).
pub fn language() -> &'static str {
    &chosen().locale
}

/// The text of message `id` with `args`; the id itself when no catalogue has it (a test prevents that).
pub fn text(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    lookup(id, args).unwrap_or_else(|| id.to_owned())
}

/// The text of message `id` with `args`, if a catalogue has it: for ids made at run time (`--help`'s).
pub(crate) fn lookup(id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    chosen().bundles.iter().find_map(|bundle| {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    })
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
mod tests;
