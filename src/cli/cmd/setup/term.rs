//! The terminal the setup wizard talks through: plain lines on standard output, answers read a line
//! at a time from standard input (a password with echo turned off while standard input is a
//! terminal), colour only on a terminal and never with `NO_COLOR`, and Ctrl-C turned into a clean
//! stop between steps. No cursor movement and no redraws: a screen reader reads each line once, as
//! it comes, and it works the same over SSH.

use std::io::{IsTerminal, Write};

use tokio::sync::{mpsc, watch};

use crate::cli::CliError;
use crate::cli::input::{LineRead, read_line_within};
use crate::model::Secret;
use crate::t;

/// Longest answer line read (a pasted password included); a longer line is refused whole, never
/// cut (`setup-answer-too-long` says 4 KiB).
const MAX_LINE: usize = 4096;

/// Why a line of standard input is not an answer.
#[derive(Debug)]
enum Unread {
    /// Longer than [`MAX_LINE`].
    TooLong,
    Io(std::io::Error),
}

/// What a line says, for its colour (the words always say it too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tone {
    Plain,
    Good,
    Bad,
    Careful,
    /// A heading ("Step 2 of 4 — …", a page title).
    Heading,
}

pub(super) struct Term {
    lines: mpsc::UnboundedReceiver<Result<String, Unread>>,
    interrupted: watch::Receiver<bool>,
    colour: bool,
}

/// Whether colour is wanted: a terminal on stdout, `NO_COLOR` unset or empty, `TERM` not `dumb`.
fn colour_wanted() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    std::io::stdout().is_terminal() && !no_color && !dumb
}

impl Term {
    /// Starts reading standard input and listening for Ctrl-C (from then on Ctrl-C no longer ends
    /// the process at once: the wizard stops at the next safe point).
    pub(super) fn new() -> Result<Term, CliError> {
        let (tx, interrupted) = watch::channel(false);
        #[cfg(unix)]
        let mut signal = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
            .map_err(|e| CliError::Local(t!("cli-cannot-start", reason = e.to_string())))?;
        tokio::spawn(async move {
            #[cfg(unix)]
            let _ = signal.recv().await;
            #[cfg(not(unix))]
            let _ = tokio::signal::ctrl_c().await;
            let _ = tx.send(true);
        });
        // A thread of its own, not the runtime's blocking pool: a read still waiting when the wizard
        // ends must not hold the process open.
        let (send, lines) = mpsc::unbounded_channel();
        std::thread::spawn(move || {
            let stdin = std::io::stdin();
            let mut input = stdin.lock();
            loop {
                let line = match read_line_within(&mut input, MAX_LINE) {
                    Ok(LineRead::End) => break,
                    Ok(LineRead::Line(mut buf)) => {
                        let line = String::from_utf8_lossy(&buf)
                            .trim_end_matches(['\r', '\n'])
                            .to_owned();
                        buf.fill(0);
                        Ok(line)
                    }
                    Ok(LineRead::TooLong) => Err(Unread::TooLong),
                    Err(e) => Err(Unread::Io(e)),
                };
                let failed = matches!(line, Err(Unread::Io(_)));
                if send.send(line).is_err() || failed {
                    break;
                }
            }
        });
        Ok(Term {
            lines,
            interrupted,
            colour: colour_wanted(),
        })
    }

    /// Whether Ctrl-C was pressed (checked after work that is not interrupted halfway).
    pub(super) fn interrupted(&self) -> bool {
        *self.interrupted.borrow()
    }

    /// The error that ends the wizard on Ctrl-C.
    pub(super) fn stopped() -> CliError {
        CliError::Interrupted(t!("setup-stopped"))
    }

    /// Fails with [`Term::stopped`] if Ctrl-C was pressed.
    pub(super) fn go_on(&self) -> Result<(), CliError> {
        if self.interrupted() {
            return Err(Term::stopped());
        }
        Ok(())
    }

    /// Waits for `work`, or stops on Ctrl-C (for work that is safe to drop halfway).
    pub(super) async fn or_stop<T>(&self, work: impl Future<Output = T>) -> Result<T, CliError> {
        self.go_on()?;
        let mut interrupted = self.interrupted.clone();
        tokio::select! {
            v = work => Ok(v),
            _ = interrupted.wait_for(|i| *i) => Err(Term::stopped()),
        }
    }

    /// Waits for `work`, or stops on Ctrl-C, or gives `None` when the person types the cancel
    /// word (`setup-cancel-word`, or `cancel` in any language) and Enter; other lines are ignored.
    /// For work that is safe to drop halfway (a sign-in waiting for the browser).
    pub(super) async fn or_cancel<T>(
        &mut self,
        work: impl Future<Output = T>,
    ) -> Result<Option<T>, CliError> {
        self.go_on()?;
        let word = t!("setup-cancel-word");
        let mut interrupted = self.interrupted.clone();
        let mut open = true;
        tokio::pin!(work);
        loop {
            tokio::select! {
                v = &mut work => return Ok(Some(v)),
                _ = interrupted.wait_for(|i| *i) => return Err(Term::stopped()),
                line = self.lines.recv(), if open => match line {
                    Some(Ok(l)) => {
                        let l = l.trim();
                        let said = |w: &str| answer_starts(w, l) && answer_starts(l, w);
                        if !l.is_empty() && (said("cancel") || said(&word)) {
                            return Ok(None);
                        }
                    }
                    // Not the cancel word either.
                    Some(Err(Unread::TooLong)) => {}
                    // Standard input has ended: only the work (or Ctrl-C) can end the wait now.
                    _ => open = false,
                },
            }
        }
    }

    /// One line of output.
    pub(super) fn say(&self, tone: Tone, line: &str) {
        self.printer().say(tone, line);
    }

    /// Something that prints lines while the terminal itself waits for an answer.
    pub(super) fn printer(&self) -> Printer {
        Printer {
            colour: self.colour,
        }
    }
}

/// Prints lines to standard output, coloured on a terminal.
#[derive(Debug, Clone, Copy)]
pub(super) struct Printer {
    colour: bool,
}

impl Printer {
    pub(super) fn say(&self, tone: Tone, line: &str) {
        let code = match tone {
            _ if !self.colour => None,
            Tone::Plain => None,
            Tone::Good => Some("32"),
            Tone::Bad => Some("31"),
            Tone::Careful => Some("33"),
            Tone::Heading => Some("1"),
        };
        let mut out = std::io::stdout().lock();
        let _ = match code {
            Some(c) => writeln!(out, "\x1b[{c}m{line}\x1b[0m"),
            None => writeln!(out, "{line}"),
        };
        let _ = out.flush();
    }
}

impl Term {
    /// An empty line between steps.
    pub(super) fn gap(&self) {
        self.say(Tone::Plain, "");
    }

    fn prompt(&self, label: &str) {
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "{}", t!("setup-prompt", label = label));
        let _ = out.flush();
    }

    async fn next_line(&mut self) -> Result<String, CliError> {
        self.go_on()?;
        let mut interrupted = self.interrupted.clone();
        let read = tokio::select! {
            line = self.lines.recv() => line,
            _ = interrupted.wait_for(|i| *i) => return Err(Term::stopped()),
        };
        match read {
            Some(Ok(line)) => Ok(line),
            Some(Err(Unread::TooLong)) => Err(CliError::BadInput(t!("setup-answer-too-long"))),
            Some(Err(Unread::Io(e))) => Err(CliError::Local(format!(
                "{}.",
                t!("cli-password-read-failed", reason = e.to_string())
            ))),
            None => Err(CliError::BadInput(t!("setup-end-of-input"))),
        }
    }

    /// Asks for one line.
    pub(super) async fn ask(&mut self, label: &str) -> Result<String, CliError> {
        self.prompt(label);
        self.next_line().await
    }

    /// Asks for a password: not shown while typed when standard input is a terminal.
    #[cfg(unix)]
    pub(super) async fn ask_secret(&mut self, label: &str) -> Result<Secret<String>, CliError> {
        self.prompt(label);
        let quiet = EchoOff::new()?;
        let line = self.next_line().await;
        if quiet.active() {
            // The Enter that ended the line was not echoed either.
            let _ = writeln!(std::io::stdout());
        }
        drop(quiet);
        line.map(Secret::new)
    }

    /// Asks for a password without showing it (the console's own no-echo read).
    #[cfg(not(unix))]
    pub(super) async fn ask_secret(&mut self, label: &str) -> Result<Secret<String>, CliError> {
        self.prompt(label);
        let read = tokio::task::spawn_blocking(rpassword::read_password);
        match self.or_stop(read).await? {
            Ok(Ok(p)) => Ok(Secret::new(p)),
            Ok(Err(e)) => Err(CliError::Local(format!(
                "{}.",
                t!("cli-password-read-failed", reason = e.to_string())
            ))),
            Err(e) => Err(CliError::Local(e.to_string())),
        }
    }

    /// A yes/no question; Enter alone gives `default`.
    pub(super) async fn ask_yes_no(
        &mut self,
        question: &str,
        default: bool,
    ) -> Result<bool, CliError> {
        let (yes, no) = (t!("setup-yes"), t!("setup-no"));
        loop {
            let label = t!(
                "setup-yes-no",
                question = question,
                yes = yes.as_str(),
                no = no.as_str(),
                default = if default { yes.as_str() } else { no.as_str() }
            );
            let answer = self.ask(&label).await?.trim().to_lowercase();
            if answer.is_empty() {
                return Ok(default);
            }
            let starts = |word: &str| answer_starts(word, &answer);
            match (starts(&yes), starts(&no)) {
                (true, false) => return Ok(true),
                (false, true) => return Ok(false),
                _ => self.say(
                    Tone::Careful,
                    &t!("setup-yes-no-again", yes = yes.as_str(), no = no.as_str()),
                ),
            }
        }
    }
}

/// Whether `answer` is the start of `word`, ignoring case and accents, so that "si" typed on a
/// keyboard without accents answers "sí" and "oui" still answers "oui".
fn answer_starts(word: &str, answer: &str) -> bool {
    let fold = |s: &str| -> String {
        s.to_lowercase()
            .chars()
            .map(|c| match c {
                'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
                'ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' => 'i',
                'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                other => other,
            })
            .collect()
    };
    fold(word).starts_with(&fold(answer))
}

#[cfg(test)]
#[test]
fn answers_match_without_accents_and_case() {
    assert!(answer_starts("sí", "si"));
    assert!(answer_starts("sí", "S"));
    assert!(answer_starts("Ja", "j"));
    assert!(answer_starts("oui", "OUI"));
    assert!(!answer_starts("no", "si"));
    assert!(!answer_starts("sí", "sino"));
}

/// Echo turned off on standard input while it lives (a terminal only), and back on when dropped —
/// also when the wizard stops on Ctrl-C while the password is being typed.
#[cfg(unix)]
struct EchoOff {
    saved: Option<rustix::termios::Termios>,
}

#[cfg(unix)]
impl EchoOff {
    fn new() -> Result<EchoOff, CliError> {
        use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
        let stdin = std::io::stdin();
        if !stdin.is_terminal() {
            return Ok(EchoOff { saved: None });
        }
        let cannot = |e: rustix::io::Errno| {
            CliError::Local(format!(
                "{}.",
                t!("cli-password-read-failed", reason = e.to_string())
            ))
        };
        let saved = tcgetattr(&stdin).map_err(cannot)?;
        let mut quiet = saved.clone();
        quiet.local_modes.remove(LocalModes::ECHO);
        tcsetattr(&stdin, OptionalActions::Now, &quiet).map_err(cannot)?;
        Ok(EchoOff { saved: Some(saved) })
    }

    fn active(&self) -> bool {
        self.saved.is_some()
    }
}

#[cfg(unix)]
impl Drop for EchoOff {
    fn drop(&mut self) {
        if let Some(saved) = self.saved.take() {
            let _ = rustix::termios::tcsetattr(
                std::io::stdin(),
                rustix::termios::OptionalActions::Now,
                &saved,
            );
        }
    }
}
