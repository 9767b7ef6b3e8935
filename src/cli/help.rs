//! `--help` in the user's language. The clap tree in `args.rs` keeps its doc comments as the
//! developers' documentation; before parsing, [`command`] builds it and walks it, putting in the
//! catalogue's words (assets/i18n/<locale>/cli.ftl, the `help-` messages) for every command's
//! `about`, every argument's `help`, clap's own `--help`/`--version` flags and `help` subcommand,
//! and the headings (through a help template per command).
//!
//! The ids come from where a text sits:
//! - `help-about`: the program; `help-<command>-about`: a subcommand (`help-export-about`);
//! - `help-<argument>`: a global option (`help-dns-server`); `help-<command>-<argument>`: a
//!   subcommand's argument (`help-export-add-to`), the argument named by its long flag, else its
//!   id in kebab case (`help-export-address`);
//! - `…-long`: the longer text, where the doc comment has more than one paragraph;
//! - `help-value-<argument>-<value>`: a possible value's line (`help-value-format-android-qr`),
//!   given when the value parser is made ([`value_help`]), as clap cannot change it afterwards;
//! - `help-builtin-…` and `help-heading-…`: clap's own flags, `help` subcommand and headings.
//!
//! Not translated: what clap writes itself inside an argument's line (`[default: …]`,
//! `[possible values: …]`, "Possible values:") and clap's error messages, which have no hook.

use std::ffi::OsStr;

use clap::{ArgAction, Command, CommandFactory};

use super::args::Cli;

/// clap's `--help` flag.
const BUILTIN_HELP: &str = "help-builtin-help";
/// clap's `--help` flag where a longer help exists: the short line, then the long one.
const BUILTIN_HELP_MORE: &str = "help-builtin-help-more";
const BUILTIN_HELP_SUMMARY: &str = "help-builtin-help-summary";
/// clap's `--version` flag.
const BUILTIN_VERSION: &str = "help-builtin-version";
/// clap's `help` subcommand.
const BUILTIN_HELP_COMMAND: &str = "help-builtin-help-command";
/// The headings of the help page, in clap's order.
const HEADING_USAGE: &str = "help-heading-usage";
const HEADING_COMMANDS: &str = "help-heading-commands";
const HEADING_ARGUMENTS: &str = "help-heading-arguments";
const HEADING_OPTIONS: &str = "help-heading-options";

/// The whole command line, ready to parse `std::env::args_os()`, with every text of its help in
/// the user's language. `argv0` (the program as it was started) names it in the usage lines, as
/// clap would.
pub(crate) fn command(argv0: Option<&OsStr>) -> Command {
    TRANSLATING.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut cmd = Cli::command();
    // What clap does with the first argument, done before `build` names the subcommands' usage.
    if let Some(name) = argv0
        .and_then(|a| std::path::Path::new(a).file_name())
        .and_then(OsStr::to_str)
    {
        cmd = cmd.bin_name(name);
    }
    // Adds clap's `--help`, `--version` and `help`, and copies the global options into every
    // subcommand, so that the walk below sees everything the help pages show.
    cmd.build();
    translate(cmd, &mut |id, _| crate::i18n::lookup(id, None))
}

/// Set once the help pages are wanted ([`command`]): until then the value parsers keep their
/// English lines, so a run whose arguments parse never loads the catalogue for them.
static TRANSLATING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the command being built is the translated one.
pub(crate) fn translating() -> bool {
    TRANSLATING.load(std::sync::atomic::Ordering::Relaxed)
}

/// The help line of one possible value of `argument` (named as in the ids): the catalogue's, else
/// `fallback`. For value parsers that list their values with a description (`--format`).
pub(crate) fn value_help(argument: &str, value: &str, fallback: &str) -> String {
    crate::i18n::lookup(&value_id(argument, value), None).unwrap_or_else(|| fallback.to_owned())
}

fn value_id(argument: &str, value: &str) -> String {
    format!("help-value-{argument}-{value}")
}

/// The words for message `id` (`None`: keep clap's text), given clap's text there (the doc
/// comment's; for tests).
type Lookup<'a> = dyn FnMut(&str, Option<String>) -> Option<String> + 'a;

/// Puts `lookup`'s words into a built command tree.
fn translate(cmd: Command, lookup: &mut Lookup<'_>) -> Command {
    walk(cmd, &[], lookup)
}

/// The id prefix of a command: `help` for the program, `help-export` for `mailsetup export`.
fn prefix(path: &[String]) -> String {
    std::iter::once("help")
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-")
}

/// An argument's name in ids: its long flag, else its id in kebab case.
fn arg_name(arg: &clap::Arg) -> String {
    arg.get_long()
        .map_or_else(|| arg.get_id().as_str().replace('_', "-"), str::to_owned)
}

/// `path`: the subcommands leading to `cmd` (empty for the program itself).
fn walk(mut cmd: Command, path: &[String], lookup: &mut Lookup<'_>) -> Command {
    let about = format!("{}-about", prefix(path));
    if let Some(text) = lookup(&about, cmd.get_about().map(ToString::to_string)) {
        cmd = cmd.about(text);
    }
    if let Some(long) = cmd.get_long_about().map(ToString::to_string) {
        if let Some(text) = lookup(&format!("{about}-long"), Some(long)) {
            cmd = cmd.long_about(text);
        }
    }
    cmd = cmd.mut_args(|arg| translate_arg(arg, path, lookup));
    if let Some(template) = template(&cmd, lookup) {
        cmd = cmd.help_template(template);
    }
    let parent = path.to_vec();
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            help_command(sub, &parent, lookup)
        } else {
            let mut path = parent.clone();
            path.push(sub.get_name().to_owned());
            walk(sub, &path, lookup)
        }
    })
}

/// clap's `help` subcommand of the command at `path`.
fn help_command(cmd: Command, path: &[String], lookup: &mut Lookup<'_>) -> Command {
    let about = cmd.get_about().map(ToString::to_string);
    let mut cmd = match lookup(BUILTIN_HELP_COMMAND, about) {
        Some(text) => cmd.about(text),
        None => cmd,
    };
    // Its own page: `mailsetup help help`.
    if let Some(template) = template(&cmd, lookup) {
        cmd = cmd.help_template(template);
    }
    help_copies(cmd, path, lookup)
}

/// The subcommands a `help` subcommand holds for the command at `path`: copies of that command's
/// subcommands (names and `about` only, for `mailsetup help <TAB>`), each with its own copies.
fn help_copies(cmd: Command, path: &[String], lookup: &mut Lookup<'_>) -> Command {
    let parent = path.to_vec();
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            return help_command(sub, &parent, lookup);
        }
        let mut path = parent.clone();
        path.push(sub.get_name().to_owned());
        let about = sub.get_about().map(ToString::to_string);
        let sub = match lookup(&format!("{}-about", prefix(&path)), about) {
            Some(text) => sub.about(text),
            None => sub,
        };
        help_copies(sub, &path, lookup)
    })
}

fn translate_arg(mut arg: clap::Arg, path: &[String], lookup: &mut Lookup<'_>) -> clap::Arg {
    let long = arg.get_long_help().is_some();
    let (short_id, long_id) = match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong if long => (
            BUILTIN_HELP_MORE.to_owned(),
            Some(BUILTIN_HELP_SUMMARY.to_owned()),
        ),
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            (BUILTIN_HELP.to_owned(), None)
        }
        ArgAction::Version => (BUILTIN_VERSION.to_owned(), None),
        _ => {
            // A global option is the same everywhere it is copied to.
            let place = if arg.is_global_set() { &[][..] } else { path };
            let id = format!("{}-{}", prefix(place), arg_name(&arg));
            let long_id = long.then(|| format!("{id}-long"));
            (id, long_id)
        }
    };
    if let Some(text) = lookup(&short_id, arg.get_help().map(ToString::to_string)) {
        arg = arg.help(text);
    }
    if let Some(id) = long_id {
        if let Some(text) = lookup(&id, arg.get_long_help().map(ToString::to_string)) {
            arg = arg.long_help(text);
        }
    }
    arg
}

/// The help page's layout as clap's own, with the headings in the user's language; `None` (clap's
/// layout and English headings) for a command whose arguments have headings of their own, which a
/// template cannot place.
fn template(cmd: &Command, lookup: &mut Lookup<'_>) -> Option<String> {
    if cmd.get_arguments().any(|a| a.get_help_heading().is_some()) || cmd.is_flatten_help_set() {
        return None;
    }
    let mut heading = |id: &str| {
        // A brace would start a template tag.
        lookup(id, None).map(|words| words.replace(['{', '}'], ""))
    };
    let styles = cmd.get_styles();
    let (header, usage) = (styles.get_header(), styles.get_usage());
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
        heading(HEADING_USAGE)?
    );
    let commands = cmd
        .get_subcommands()
        .any(|s| s.get_name() != "help" && !s.is_hide_set());
    let positionals = cmd.get_positionals().any(|a| !a.is_hide_set());
    let options = cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set());
    let mut sections = Vec::new();
    for (present, id, tag) in [
        (commands, HEADING_COMMANDS, "{subcommands}"),
        (positionals, HEADING_ARGUMENTS, "{positionals}"),
        (options, HEADING_OPTIONS, "{options}"),
    ] {
        if present {
            sections.push(format!("{header}{}{header:#}\n{tag}", heading(id)?));
        }
    }
    if !sections.is_empty() {
        template.push_str("\n\n");
        template.push_str(&sections.join("\n\n"));
    }
    template.push_str("{after-help}");
    Some(template)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_thread_locale;

    const LOCALES: [&str; 4] = ["en-GB", "de-DE", "fr-FR", "es-ES"];

    /// The command built as [`command`] builds it, before any words are put in.
    fn built() -> Command {
        let mut cmd = Cli::command().bin_name("mailsetup");
        cmd.build();
        cmd
    }

    /// Every real subcommand, as the words after `mailsetup` (the program itself first).
    fn paths(cmd: &Command, path: &[String], out: &mut Vec<Vec<String>>) {
        out.push(path.to_vec());
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_owned());
            paths(sub, &path, out);
        }
    }

    fn all_paths() -> Vec<Vec<String>> {
        let mut out = Vec::new();
        paths(&built(), &[], &mut out);
        out
    }

    /// Every help page: `--help` and `-h` of every command, `help <command>`, `help help`.
    fn pages() -> Vec<Vec<String>> {
        let mut out = vec![vec!["help".to_owned(), "help".to_owned()]];
        for path in all_paths() {
            for flag in ["--help", "-h"] {
                let mut args = path.clone();
                args.push(flag.to_owned());
                out.push(args);
            }
            out.push(std::iter::once("help".to_owned()).chain(path).collect());
        }
        out
    }

    /// What clap prints for `args` (`--help`, `-h`, `help …`), with its colours and styles.
    fn render(mut cmd: Command, args: &[&str]) -> String {
        let argv = std::iter::once("mailsetup").chain(args.iter().copied());
        match cmd.try_get_matches_from_mut(argv) {
            Ok(_) => panic!("{args:?} printed no help"),
            Err(e) => e.render().ansi().to_string(),
        }
    }

    /// Every help text of every command, argument and clap's own flags and headings has a message
    /// in each of the four catalogues, and nothing clap shows in a help page is left untranslated.
    // Long on purpose: one walk of the whole command, checking each kind of text as it passes.
    #[test]
    fn every_help_text_is_in_every_catalogue() {
        let mut asked = std::collections::BTreeSet::new();
        let marked = translate(built(), &mut |id, _| {
            asked.insert(id.to_owned());
            Some(format!("⟦{id}⟧"))
        });
        // The possible values' lines, which the value parser looks up itself.
        fn values(cmd: &Command, out: &mut std::collections::BTreeSet<String>) {
            for arg in cmd.get_arguments() {
                for value in arg.get_possible_values() {
                    if value.get_help().is_some() {
                        out.insert(value_id(&arg_name(arg), value.get_name()));
                    }
                }
            }
            cmd.get_subcommands().for_each(|s| values(s, out));
        }
        values(&marked, &mut asked);
        for id in [
            HEADING_USAGE,
            HEADING_COMMANDS,
            HEADING_ARGUMENTS,
            HEADING_OPTIONS,
        ] {
            assert!(asked.contains(id), "the headings were not asked for: {id}");
        }
        let mut missing = Vec::new();
        for locale in LOCALES {
            let bundle = crate::i18n::bundle_for(locale).expect("catalogue");
            for id in &asked {
                if bundle.get_message(id).and_then(|m| m.value()).is_none() {
                    missing.push(format!("{locale}/cli.ftl: {id}"));
                }
            }
        }
        assert!(missing.is_empty(), "help texts missing: {missing:#?}");

        // Everything a help page shows came from the lookup: each command's about, each argument's
        // help, and the headings of its help page.
        fn check(cmd: &Command, problems: &mut Vec<String>) {
            let name = cmd.get_bin_name().unwrap_or(cmd.get_name()).to_owned();
            let marked = |text: Option<String>| text.is_some_and(|t| t.starts_with('⟦'));
            if !marked(cmd.get_about().map(ToString::to_string)) {
                problems.push(format!("{name}: about"));
            }
            if cmd.get_long_about().is_some()
                && !marked(cmd.get_long_about().map(|t| t.to_string()))
            {
                problems.push(format!("{name}: long about"));
            }
            for arg in cmd.get_arguments() {
                if !marked(arg.get_help().map(ToString::to_string)) {
                    problems.push(format!("{name}: {arg}"));
                }
                if arg.get_long_help().is_some()
                    && !marked(arg.get_long_help().map(ToString::to_string))
                {
                    problems.push(format!("{name}: {arg}, long help"));
                }
            }
            cmd.get_subcommands().for_each(|s| check(s, problems));
        }
        let mut problems = Vec::new();
        check(&marked, &mut problems);
        assert!(
            problems.is_empty(),
            "texts not from the catalogue: {problems:#?}"
        );
        for args in pages() {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let page = render(marked.clone(), &args);
            for english in [
                "Usage:",
                "Commands:",
                "Arguments:",
                "Options:",
                "Print help",
            ] {
                assert!(
                    !page.contains(english),
                    "{args:?} shows {english:?}:\n{page}"
                );
            }
            assert!(page.contains("⟦help-heading-usage⟧"), "{args:?}:\n{page}");
        }
    }

    /// In English the pages are word for word, style for style, what clap makes of the doc
    /// comments in args.rs: the catalogue's en-GB texts are those comments' words.
    #[test]
    fn english_help_is_what_the_doc_comments_say() {
        set_thread_locale(Some("en-GB"));
        let mut differ = Vec::new();
        // `help help` differs: built in advance, clap's `help` lists the commands it can explain
        // instead of taking them as an argument.
        for args in pages().iter().filter(|a| *a != &["help", "help"]) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let clap = render(Cli::command(), &args);
            let ours = render(command(Some(OsStr::new("mailsetup"))), &args);
            if clap != ours {
                differ.push(format!("{args:?}:\n{clap}\n---\n{ours}"));
            }
        }
        // The program named as it was started, as clap does.
        let window = ["/usr/bin/mailsetup-window", "export", "-h"];
        let clap = Cli::command().try_get_matches_from(window).unwrap_err();
        let ours = command(Some(OsStr::new(window[0])))
            .try_get_matches_from(window)
            .unwrap_err();
        let formats: Vec<(String, String)> = crate::export::Format::ALL
            .iter()
            .map(|f| (value_help("format", f.name(), ""), f.describe().to_owned()))
            .collect();
        set_thread_locale(None);
        assert!(differ.is_empty(), "{}", differ.join("\n\n"));
        assert_eq!(clap.render().to_string(), ours.render().to_string());
        assert!(
            ours.render()
                .to_string()
                .contains("mailsetup-window export")
        );
        for (catalogue, describe) in formats {
            assert_eq!(catalogue, describe);
        }
    }

    #[test]
    fn german_export_help_is_german() {
        set_thread_locale(Some("de-DE"));
        let pages: Vec<String> = [
            &["export", "--help"][..],
            &["export", "-h"],
            &["help", "export"],
        ]
        .into_iter()
        .map(|args| {
            let mut cmd = command(Some(OsStr::new("mailsetup")));
            let argv = std::iter::once("mailsetup").chain(args.iter().copied());
            let e = cmd.try_get_matches_from_mut(argv).unwrap_err();
            assert_eq!(e.kind(), clap::error::ErrorKind::DisplayHelp, "{args:?}");
            e.render().to_string()
        })
        .collect();
        set_thread_locale(None);
        for page in &pages {
            for german in [
                "Die Einstellungen für ein anderes E-Mail-Programm",
                "Aufruf: mailsetup export",
                "Argumente:",
                "Optionen:",
                "Die E-Mail-Adresse",
                "Diesen DNS-Server (IP oder IP:PORT) fragen",
                "Hilfe anzeigen",
            ] {
                assert!(page.contains(german), "no {german:?} in:\n{page}");
            }
            for english in ["Usage:", "Options:", "The email address", "Print help"] {
                assert!(!page.contains(english), "{english:?} in:\n{page}");
            }
        }
        // The long page lists the formats, each with its line.
        assert!(
            pages[0].contains("Ein QR-Code für Thunderbird für Android (.svg oder .png)"),
            "{}",
            pages[0]
        );
    }
}
