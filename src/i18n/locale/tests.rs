use super::*;

const SHIPPED: [&str; 4] = ["de-DE", "en-GB", "es-ES", "fr-FR"];

/// The Unix environment given as (name, value) pairs.
fn unix(vars: &[(&str, &str)]) -> Vec<String> {
    unix_preferences(|name| {
        vars.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| (*v).to_owned())
    })
}

fn chosen(overridden: Option<&str>, vars: &[(&str, &str)]) -> String {
    choose(overridden, &unix(vars), &SHIPPED)
}

#[test]
fn lc_all_beats_lc_messages_beats_lang() {
    let all = [
        ("LC_ALL", "fr_FR.UTF-8"),
        ("LC_MESSAGES", "de_DE.UTF-8"),
        ("LANG", "es_ES.UTF-8"),
    ];
    assert_eq!(chosen(None, &all), "fr-FR");
    assert_eq!(chosen(None, &all[1..]), "de-DE");
    assert_eq!(chosen(None, &all[2..]), "es-ES");
    // An empty variable counts as not set.
    assert_eq!(
        chosen(
            None,
            &[("LC_ALL", ""), ("LC_MESSAGES", "de_DE"), ("LANG", "es_ES")]
        ),
        "de-DE"
    );
    // Only the variable in force counts: a language we lack there is English, not LANG's.
    assert_eq!(
        chosen(None, &[("LC_ALL", "it_IT.UTF-8"), ("LANG", "de_DE.UTF-8")]),
        "en-GB"
    );
}

#[test]
fn c_and_posix_mean_english_and_silence_language() {
    for c in ["C", "POSIX", "C.UTF-8", "C.utf8"] {
        assert_eq!(
            chosen(None, &[("LC_ALL", c), ("LANG", "de_DE.UTF-8")]),
            "en-GB"
        );
        assert_eq!(
            chosen(None, &[("LANG", c), ("LANGUAGE", "fr:de")]),
            "en-GB",
            "{c}"
        );
    }
    // Nothing set is the C locale too.
    assert_eq!(chosen(None, &[("LANGUAGE", "de")]), "en-GB");
    assert!(unix(&[]).is_empty());
}

#[test]
fn language_list_comes_first_in_order() {
    let vars = [("LANGUAGE", "it:es_MX:fr"), ("LANG", "de_DE.UTF-8")];
    assert_eq!(unix(&vars), ["it", "es_MX", "fr", "de_DE.UTF-8"]);
    assert_eq!(chosen(None, &vars), "es-ES");
    assert_eq!(
        chosen(None, &[("LANGUAGE", "it:"), ("LANG", "fr_BE")]),
        "fr-FR"
    );
}

#[test]
fn other_regions_and_spellings_find_their_language() {
    for (system, want) in [
        ("de_AT.UTF-8", "de-DE"),
        ("de_CH.ISO-8859-1@euro", "de-DE"),
        ("de", "de-DE"),
        ("fr_CA.UTF-8", "fr-FR"),
        ("fr-FR", "fr-FR"),
        ("es_MX.UTF-8", "es-ES"),
        ("es-419", "es-ES"),
        ("en_US.UTF-8", "en-GB"),
        ("ja_JP.UTF-8", "en-GB"),
        ("not a locale!", "en-GB"),
    ] {
        assert_eq!(chosen(None, &[("LANG", system)]), want, "{system}");
        // Windows and macOS give BCP 47 tags straight from the platform setting.
        assert_eq!(
            choose(None, &[system.replace('_', "-")], &SHIPPED),
            want,
            "{system}"
        );
    }
}

#[test]
fn mailsetup_locale_overrides_the_system() {
    let german = [("LANG", "de_DE.UTF-8")];
    assert_eq!(chosen(Some("fr-FR"), &german), "fr-FR");
    assert_eq!(chosen(Some("es"), &german), "es-ES");
    assert_eq!(chosen(Some("en-GB"), &german), "en-GB");
    assert_eq!(chosen(Some("C"), &german), "en-GB");
    // Empty is unset; a language we do not have falls back to the system's.
    assert_eq!(chosen(Some(""), &german), "de-DE");
    assert_eq!(chosen(Some("  "), &german), "de-DE");
    assert_eq!(chosen(Some("it-IT"), &german), "de-DE");
    assert_eq!(chosen(Some("it-IT"), &[]), "en-GB");
}

#[test]
fn the_pseudo_locale_only_when_asked_for_by_name() {
    assert_eq!(chosen(Some(PSEUDO), &[("LANG", "de_DE")]), PSEUDO);
    assert_eq!(chosen(None, &[("LANG", PSEUDO)]), "en-GB");
    assert_eq!(
        chosen(None, &[("LANGUAGE", PSEUDO), ("LANG", "fr_FR")]),
        "fr-FR"
    );
    assert_eq!(choose(None, &[PSEUDO.into()], &SHIPPED), "en-GB");
    // Even if a catalogue folder of that name existed, the system could not pick it.
    assert_eq!(choose(None, &[PSEUDO.into()], &["en-GB", PSEUDO]), "en-GB");
}
