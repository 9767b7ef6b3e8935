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
    let cmd = match lookup(
        BUILTIN_HELP_COMMAND,
        cmd.get_about().map(ToString::to_string),
    ) {
        Some(text) => cmd.about(text),
        None => cmd,
    };
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
        "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}",
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
            sections.push(format!("{header}{}:{header:#}\n{tag}", heading(id)?));
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

    #[test]
    fn dump() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut seen = std::collections::BTreeSet::new();
        translate(cmd, &mut |id, text| {
            if seen.insert(id.to_owned()) {
                println!("{id} = {}", text.unwrap_or_default());
            }
            None
        });
    }
}
