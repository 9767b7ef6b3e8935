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
    set_thread_locale(Some(FALLBACK));
    let s = text(
        "check-wrong-password",
        Some(&{
            let mut a = FluentArgs::new();
            a.set("host", "imap.example.com");
            a.set("server_says", "");
            a
        }),
    );
    set_thread_locale(None);
    assert_eq!(s, "Your password was not accepted by imap.example.com.");
}

/// One catalogue's messages and terms, each with its attributes, as keys (`id`, `id.attribute`,
/// `-term`) and the variables each one's text uses (selectors included).
type Shape = std::collections::BTreeMap<String, std::collections::BTreeSet<String>>;

fn variables_in_pattern(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    out: &mut std::collections::BTreeSet<String>,
) {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(
    expression: &fluent_syntax::ast::Expression<&str>,
    out: &mut std::collections::BTreeSet<String>,
) {
    use fluent_syntax::ast::Expression;
    match expression {
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(
    inline: &fluent_syntax::ast::InlineExpression<&str>,
    out: &mut std::collections::BTreeSet<String>,
) {
    use fluent_syntax::ast::InlineExpression;
    let arguments = match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
            return;
        }
        InlineExpression::Placeable { expression } => {
            variables_in_expression(expression, out);
            return;
        }
        InlineExpression::FunctionReference { arguments, .. } => Some(arguments),
        InlineExpression::TermReference { arguments, .. } => arguments.as_ref(),
        _ => None,
    };
    for argument in arguments.into_iter().flat_map(|a| {
        a.positional
            .iter()
            .chain(a.named.iter().map(|named| &named.value))
    }) {
        variables_in_inline(argument, out);
    }
}

/// The shape of every file of `locale`, by file name; panics on a Fluent syntax error.
fn shapes(locale: &str) -> std::collections::BTreeMap<String, Shape> {
    use fluent_syntax::ast::Entry;
    let (_, files) = CATALOGUES
        .iter()
        .find(|(l, _)| *l == locale)
        .unwrap_or_else(|| panic!("no catalogue for {locale}"));
    let mut out = std::collections::BTreeMap::new();
    for (name, source) in *files {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, errors)| {
            panic!("{locale}/{name} has Fluent syntax errors: {errors:#?}")
        });
        let mut shape = Shape::new();
        for entry in &resource.body {
            let (key, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                Entry::Junk { content } => panic!("{locale}/{name} has unparsable text: {content}"),
                _ => continue,
            };
            let mut vars = std::collections::BTreeSet::new();
            value
                .into_iter()
                .for_each(|p| variables_in_pattern(p, &mut vars));
            assert!(
                shape.insert(key.clone(), vars).is_none(),
                "{locale}/{name}: {key} is there twice"
            );
            for attribute in attributes {
                let mut vars = std::collections::BTreeSet::new();
                variables_in_pattern(&attribute.value, &mut vars);
                shape.insert(format!("{key}.{}", attribute.id.name), vars);
            }
        }
        out.insert((*name).to_owned(), shape);
    }
    out
}

/// The locales Mail Setup ships besides en-GB: a new folder under assets/i18n is one more.
fn translations() -> Vec<&'static str> {
    CATALOGUES
        .iter()
        .map(|(l, _)| *l)
        .filter(|l| *l != FALLBACK)
        .collect()
}

#[test]
fn german_french_and_spanish_are_embedded_and_chosen_by_their_names() {
    let names = translations();
    for want in ["de-DE", "fr-FR", "es-ES"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
        let available: Vec<&str> = CATALOGUES.iter().map(|(l, _)| *l).collect();
        assert_eq!(locale::choose(Some(want), &[], &available), want);
    }
}

/// Every locale has exactly en-GB's files, messages, terms and attributes, each using the same
/// variables, and parses without errors.
#[test]
fn every_locale_has_the_same_messages_and_placeables_as_en_gb() {
    let reference = shapes(FALLBACK);
    let mut problems = Vec::new();
    for locale in translations() {
        let shape = shapes(locale);
        let files = |s: &std::collections::BTreeMap<String, Shape>| s.keys().cloned().collect();
        let (want, have): (Vec<String>, Vec<String>) = (files(&reference), files(&shape));
        if want != have {
            problems.push(format!("{locale}: files {have:?}, en-GB has {want:?}"));
        }
        for (file, en) in &reference {
            let Some(other) = shape.get(file) else {
                continue;
            };
            for (key, vars) in en {
                match other.get(key) {
                    None => problems.push(format!("{locale}/{file}: {key} is missing")),
                    Some(v) if v != vars => problems.push(format!(
                        "{locale}/{file}: {key} uses {v:?}, en-GB uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for key in other.keys().filter(|k| !en.contains_key(*k)) {
                problems.push(format!("{locale}/{file}: {key} is not in en-GB"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The check above, on a catalogue made wrong on purpose: it would notice each kind of mistake.
#[test]
fn the_shape_comparison_sees_missing_extra_and_changed_placeables() {
    let shape_of = |source: &'static str| {
        let resource = fluent_syntax::parser::parse(source).expect("parses");
        let mut shape = Shape::new();
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let mut vars = std::collections::BTreeSet::new();
                m.value
                    .iter()
                    .for_each(|p| variables_in_pattern(p, &mut vars));
                shape.insert(m.id.name.to_owned(), vars);
                for a in &m.attributes {
                    let mut vars = std::collections::BTreeSet::new();
                    variables_in_pattern(&a.value, &mut vars);
                    shape.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
        }
        shape
    };
    let en = shape_of(concat!(
        "a = { $n ->\n    [one] one\n   *[other] { $n } things\n}\n",
        "b = B\n    .title = T { $x }\n",
    ));
    // The same: other words, a variant without the variable, a function around it.
    let german = concat!(
        "a = { $n ->\n    [one] ein Ding\n   *[other] { $n } Dinge\n}\n",
        "b = B\n    .title = T { $x }\n",
    );
    assert_eq!(en, shape_of(german));
    let moved = "a = { $n ->\n   *[other] { NUMBER($n) }\n}\nb = B\n    .title = { $x } T\n";
    assert_eq!(en, shape_of(moved));
    // Different: another variable, a missing attribute, an extra message.
    assert_ne!(
        en,
        shape_of("a = { $n } Dinge\nb = B\n    .title = T { $y }\n")
    );
    assert_ne!(en, shape_of("a = { $n } Dinge\nb = B\n"));
    let extra = "a = { $n } Dinge\nb = B\n    .title = T { $x }\nc = C\n";
    assert_ne!(en, shape_of(extra));
    assert_eq!(
        shape_of("a = { $n } Dinge\nb = B\n    .title = T { $x }\n"),
        en
    );
    // A select without a default variant is a syntax error.
    assert!(fluent_syntax::parser::parse("a = { $n ->\n    [one] x\n}\n").is_err());
}

/// Every message and attribute of every locale (the pseudo-locale too) formats without a Fluent
/// error, with numbers and with text in its variables, and not to an empty string.
#[test]
fn every_locale_formats_every_message_without_errors() {
    let reference = shapes(FALLBACK);
    let mut problems = Vec::new();
    for locale in CATALOGUES.iter().map(|(l, _)| *l).chain([PSEUDO]) {
        let bundle = bundle_for(locale).expect("bundle");
        for (key, vars) in reference.values().flatten() {
            if key.starts_with('-') {
                continue;
            }
            let (id, attribute) = key
                .split_once('.')
                .map_or((key.as_str(), None), |(i, a)| (i, Some(a)));
            let message = bundle
                .get_message(id)
                .unwrap_or_else(|| panic!("{locale}: no {id}"));
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else {
                problems.push(format!("{locale}: {key} has no text"));
                continue;
            };
            for sample in [1, 3] {
                let mut args = FluentArgs::new();
                for var in vars {
                    if sample == 1 {
                        args.set(var.as_str(), 1);
                    } else {
                        args.set(var.as_str(), format!("«{var}»"));
                    }
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    problems.push(format!("{locale}: {key}: {errors:?}"));
                }
                if text.trim().is_empty() {
                    problems.push(format!("{locale}: {key} formats to nothing"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A translation is a translation: most of its messages differ from the English ones (names
/// such as "IMAP", "SSL/TLS" or "OK" may stay the same).
#[test]
fn translations_are_not_english_copies() {
    let english = bundle_for(FALLBACK).expect("en-GB");
    let reference = shapes(FALLBACK);
    let ids: Vec<&String> = reference
        .values()
        .flat_map(|s| s.keys())
        .filter(|k| !k.contains('.') && !k.starts_with('-'))
        .collect();
    for locale in translations() {
        let bundle = bundle_for(locale).expect("bundle");
        let plain = |b: &FluentBundle<FluentResource>, id: &str| {
            let mut errors = Vec::new();
            b.get_message(id)
                .and_then(|m| m.value())
                .map(|p| b.format_pattern(p, None, &mut errors).into_owned())
        };
        let same: Vec<&&String> = ids
            .iter()
            .filter(|id| plain(&bundle, id) == plain(&english, id))
            .collect();
        assert!(
            same.len() * 10 < ids.len(),
            "{locale}: {} of {} messages are the English text: {same:?}",
            same.len(),
            ids.len()
        );
    }
}

#[test]
fn german_problems_read_german() {
    set_thread_locale(Some("de-DE"));
    let s = crate::t!(
        "check-wrong-password",
        host = "imap.example.com",
        server_says = ""
    );
    set_thread_locale(None);
    assert_eq!(s, "imap.example.com hat Ihr Passwort nicht angenommen.");
}

/// Why a DNS record is broken is said in the language in use too, not only the finding around it.
#[test]
fn broken_record_reasons_are_translated() {
    set_thread_locale(Some("de-DE"));
    let spf = crate::doctor::spf::parse("v=spf1 include:example.com bogus ~all").map(|_| ());
    let dmarc = crate::doctor::dmarc::parse("v=DMARC1; p=maybe").map(|_| ());
    let (spf, dmarc) = (
        spf.map_err(|e| e.to_string()),
        dmarc.map_err(|e| e.to_string()),
    );
    set_thread_locale(None);
    assert_eq!(spf, Err("„bogus“ ist kein SPF-Bestandteil".into()));
    let dmarc = dmarc.expect_err("maybe is not a policy");
    assert!(
        dmarc.starts_with("„maybe“ ist keine DMARC-Richtlinie"),
        "{dmarc}"
    );
}
