//! Looking for one message in the inbox after logging in, and removing that message only: the IMAP
//! and POP3 login dialogues ([`super::imap::ImapLogin`], [`super::pop3::Pop3Login`], so the same TLS
//! and credential rules) and then:
//!
//! - IMAP (RFC 9051): `CAPABILITY`, `SELECT INBOX`, `UID SEARCH HEADER Message-ID`; while nothing is
//!   found, `IDLE` (RFC 2177) until the server reports a new message or a while passes, else `NOOP`
//!   after a pause, and search again, at most a given number of rounds. Found: `UID STORE +FLAGS.SILENT
//!   (\Deleted)` and, with `UIDPLUS` (RFC 4315), `UID EXPUNGE` of that UID alone; without it the
//!   message is left flagged (a plain `EXPUNGE` would remove every flagged message, not only ours).
//! - POP3 (RFC 1939): `UIDL`, then `TOP n 0` for the newest messages not seen on an earlier poll
//!   (at most [`MAX_TOP`] a poll), the `Message-ID` compared exactly; found: `DELE n` of that one
//!   and `QUIT`, which makes the deletion happen. A POP3 server shows no new mail during a session,
//!   so the caller polls with new sessions.
//!
//! Sans-IO: feed received bytes to [`Dialogue::receive`], act on the returned [`Step`].

use std::time::Duration;

use super::dialogue::{Core, Failure, Step};
use super::imap::{ImapLogin, quoted};
use super::login::Credentials;
use super::pop3::Pop3Login;
use super::then::{Continuation, Then};

/// Most `TOP` commands one POP3 poll sends (the newest messages first).
pub(crate) const MAX_TOP: usize = 20;
/// Most UIDs a search result keeps (ours is one message; more means duplicates of it).
const MAX_HITS: usize = 16;

/// What the look found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Not there (yet). POP3: the UIDs looked at, so the next poll skips them.
    Missing { looked_at: Vec<String> },
    /// There, and what became of it.
    Here(Removal),
}

/// What became of the test message once found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    /// Removed from the server (IMAP UID EXPUNGE, POP3 DELE and QUIT).
    Removed,
    /// Marked as deleted but left in place: the server cannot expunge one message alone.
    Flagged,
    /// The server refused to remove it.
    Refused,
}

/// How an IMAP look waits between searches.
#[derive(Debug, Clone, Copy)]
pub struct Waiting {
    /// Longest IDLE before searching again anyway.
    pub idle: Duration,
    /// The pause between two searches without IDLE.
    pub poll: Duration,
    /// Searches after the first, at most.
    pub rounds: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImapPhase {
    Capability,
    Select,
    Search,
    Idle,
    /// DONE sent after an IDLE.
    IdleDone,
    Pausing,
    Noop,
    Store,
    Expunge,
}

/// The IMAP look, after the login.
#[derive(Debug)]
pub struct ImapLook {
    phase: ImapPhase,
    message_id: String,
    waiting: Waiting,
    round: u32,
    tag: u32,
    hits: Vec<u32>,
    idle: bool,
    uidplus: bool,
}

/// The UIDs of a `* SEARCH` line.
fn search_hits(line: &str, into: &mut Vec<u32>) -> bool {
    let Some(rest) = line.strip_prefix("* SEARCH") else {
        return false;
    };
    into.extend(
        rest.split_whitespace()
            .filter_map(|n| n.parse::<u32>().ok())
            .take(MAX_HITS),
    );
    into.truncate(MAX_HITS);
    true
}

/// One IMAP login, then the look.
pub type ImapFind = Then<ImapLogin, ImapLook>;

impl ImapFind {
    /// `tls`: whether the connection is already encrypted. `message_id` with its angle brackets.
    pub fn new(creds: Credentials, tls: bool, message_id: &str, waiting: Waiting) -> ImapFind {
        let look = ImapLook {
            phase: ImapPhase::Capability,
            message_id: message_id.to_owned(),
            waiting,
            round: 0,
            tag: 0,
            hits: Vec::new(),
            idle: false,
            uidplus: false,
        };
        Then::with(ImapLogin::new(creds, tls), look)
    }
}

impl ImapLook {
    fn command(&mut self, core: &mut Core, phase: ImapPhase, command: &str) -> Step<Found> {
        self.tag += 1;
        self.phase = phase;
        core.send(&format!("m{} {command}", self.tag))
    }

    fn tagged<'a>(&self, line: &'a str) -> Option<&'a str> {
        let tag = format!("m{} ", self.tag);
        let rest = line.strip_prefix(&tag)?;
        Some(rest.split_whitespace().next().unwrap_or(""))
    }

    fn search(&mut self, core: &mut Core) -> Step<Found> {
        let Some(id) = quoted(&self.message_id) else {
            return core.finish(Err(Failure::Unencodable));
        };
        self.hits.clear();
        self.command(
            core,
            ImapPhase::Search,
            &format!("UID SEARCH HEADER Message-ID {id}"),
        )
    }

    /// Nothing found yet: wait (IDLE or a pause), or give up after the last round.
    fn wait(&mut self, core: &mut Core) -> Step<Found> {
        if self.round >= self.waiting.rounds {
            return core.finish(Ok(Found::Missing {
                looked_at: Vec::new(),
            }));
        }
        self.round += 1;
        if self.idle {
            self.command(core, ImapPhase::Idle, "IDLE")
        } else {
            self.phase = ImapPhase::Pausing;
            Step::Wait(self.waiting.poll)
        }
    }

    fn done(core: &mut Core, removal: Removal) -> Step<Found> {
        core.finish(Ok(Found::Here(removal)))
    }

    fn after_login(&mut self, core: &mut Core, line: &str) -> Step<Found> {
        let status = self.tagged(line);
        match self.phase {
            ImapPhase::Capability => {
                if let Some(words) = line.strip_prefix("* CAPABILITY ") {
                    for w in words.split_whitespace() {
                        self.idle |= w.eq_ignore_ascii_case("IDLE");
                        self.uidplus |= w.eq_ignore_ascii_case("UIDPLUS");
                    }
                }
                match status {
                    None => Step::Read,
                    Some(_) => self.command(core, ImapPhase::Select, "SELECT INBOX"),
                }
            }
            ImapPhase::Select => match status {
                None => Step::Read,
                Some("OK") => self.search(core),
                Some(_) => core.finish(Err(Failure::Refused(line.to_owned()))),
            },
            ImapPhase::Search => {
                let mut hits = std::mem::take(&mut self.hits);
                search_hits(line, &mut hits);
                self.hits = hits;
                match status {
                    None => Step::Read,
                    Some("OK") if self.hits.is_empty() => self.wait(core),
                    Some("OK") => {
                        let set = uid_set(&self.hits);
                        self.command(
                            core,
                            ImapPhase::Store,
                            &format!("UID STORE {set} +FLAGS.SILENT (\\Deleted)"),
                        )
                    }
                    Some(_) => core.finish(Err(Failure::Refused(line.to_owned()))),
                }
            }
            ImapPhase::Idle if line.starts_with('+') => Step::Wait(self.waiting.idle),
            ImapPhase::Idle if line.ends_with(" EXISTS") || line.ends_with(" RECENT") => {
                self.phase = ImapPhase::IdleDone;
                core.send("DONE")
            }
            ImapPhase::Idle => match status {
                // IDLE refused: poll instead.
                Some(_) => {
                    self.idle = false;
                    self.phase = ImapPhase::Pausing;
                    Step::Wait(self.waiting.poll)
                }
                None => Step::Wait(self.waiting.idle),
            },
            ImapPhase::IdleDone | ImapPhase::Noop => match status {
                None => Step::Read,
                Some(_) => self.search(core),
            },
            // Something the server said unasked while we pause: go on pausing.
            ImapPhase::Pausing => Step::Wait(self.waiting.poll),
            ImapPhase::Store => match status {
                None => Step::Read,
                Some("OK") if self.uidplus => {
                    let set = uid_set(&self.hits);
                    self.command(core, ImapPhase::Expunge, &format!("UID EXPUNGE {set}"))
                }
                Some("OK") => Self::done(core, Removal::Flagged),
                Some(_) => Self::done(core, Removal::Refused),
            },
            ImapPhase::Expunge => match status {
                None => Step::Read,
                Some("OK") => Self::done(core, Removal::Removed),
                Some(_) => Self::done(core, Removal::Flagged),
            },
        }
    }
}

fn uid_set(uids: &[u32]) -> String {
    uids.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

impl Continuation for ImapLook {
    type Done = Found;

    fn start(&mut self, core: &mut Core) -> Step<Found> {
        self.command(core, ImapPhase::Capability, "CAPABILITY")
    }

    fn line(&mut self, core: &mut Core, line: &str) -> Option<Step<Found>> {
        match self.after_login(core, line) {
            // Untagged lines in the middle of a reply: keep reading this reply.
            Step::Read => None,
            step => Some(step),
        }
    }

    /// An IDLE that heard nothing: end it and search again. A pause that ended: NOOP, then search.
    fn quiet(&mut self, core: &mut Core) -> Step<Found> {
        match self.phase {
            ImapPhase::Idle => {
                self.phase = ImapPhase::IdleDone;
                core.send("DONE")
            }
            ImapPhase::Pausing => self.command(core, ImapPhase::Noop, "NOOP"),
            _ => core.finish(Err(Failure::NotProtocol)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pop3Phase {
    UidlStatus,
    Uidl,
    TopStatus,
    Top,
    Dele,
    Quit,
}

/// The POP3 look, after the login.
#[derive(Debug)]
pub struct Pop3Look {
    phase: Pop3Phase,
    message_id: String,
    known: Vec<String>,
    /// (message number, UID) still to look at, newest first.
    todo: Vec<(u32, String)>,
    looked_at: Vec<String>,
    current: Option<u32>,
    matched: bool,
    /// The last header line, for folded headers.
    header: String,
    /// The folded header grew past [`super::lines::MAX_LINE`]: not ours (one short line), and never
    /// compared cut.
    header_overlong: bool,
}

/// Whether a header line block names this Message-ID (`line` may be a whole unfolded header).
fn is_message_id(header: &str, id: &str) -> bool {
    let Some((name, value)) = header.split_once(':') else {
        return false;
    };
    name.trim().eq_ignore_ascii_case("message-id") && value.trim() == id
}

/// One POP3 login, then one look.
pub type Pop3Find = Then<Pop3Login, Pop3Look>;

impl Pop3Find {
    /// `known`: UIDs looked at on earlier polls (skipped).
    pub fn new(creds: Credentials, tls: bool, message_id: &str, known: Vec<String>) -> Pop3Find {
        let look = Pop3Look {
            phase: Pop3Phase::UidlStatus,
            message_id: message_id.to_owned(),
            known,
            todo: Vec::new(),
            looked_at: Vec::new(),
            current: None,
            matched: false,
            header: String::new(),
            header_overlong: false,
        };
        Then::with(Pop3Login::new(creds, tls), look)
    }
}

impl Pop3Look {
    /// The header gathered so far is whole (`next` starts the next one): whether it is ours.
    fn end_header(&mut self, next: String) {
        let header = std::mem::replace(&mut self.header, next);
        let overlong = std::mem::replace(&mut self.header_overlong, false);
        self.matched |= !overlong && is_message_id(&header, &self.message_id);
    }

    fn next_top(&mut self, core: &mut Core) -> Step<Found> {
        match self.todo.pop() {
            Some((n, uid)) => {
                self.looked_at.push(uid);
                self.current = Some(n);
                self.matched = false;
                self.header.clear();
                self.header_overlong = false;
                self.phase = Pop3Phase::TopStatus;
                core.send(&format!("TOP {n} 0"))
            }
            None => {
                let looked_at = std::mem::take(&mut self.looked_at);
                core.finish(Ok(Found::Missing { looked_at }))
            }
        }
    }

    fn after_login(&mut self, core: &mut Core, line: &str) -> Option<Step<Found>> {
        let ok = line.starts_with("+OK");
        match self.phase {
            Pop3Phase::UidlStatus if ok => {
                self.phase = Pop3Phase::Uidl;
                None
            }
            Pop3Phase::UidlStatus | Pop3Phase::TopStatus => {
                Some(core.finish(Err(Failure::Refused(line.to_owned()))))
            }
            Pop3Phase::Uidl if line == "." => {
                // Listed oldest first; keep the newest MAX_TOP, which pop() takes newest first.
                let keep = self.todo.len().saturating_sub(MAX_TOP);
                self.todo.drain(..keep);
                Some(self.next_top(core))
            }
            Pop3Phase::Uidl => {
                if let Some((n, uid)) = line.split_once(' ') {
                    let known = self.known.iter().any(|k| k == uid);
                    if let (Ok(n), false) = (n.parse::<u32>(), known) {
                        self.todo.push((n, uid.to_owned()));
                    }
                }
                None
            }
            Pop3Phase::Top if line == "." => {
                self.end_header(String::new());
                match (self.matched, self.current) {
                    (true, Some(n)) => {
                        self.phase = Pop3Phase::Dele;
                        Some(core.send(&format!("DELE {n}")))
                    }
                    _ => Some(self.next_top(core)),
                }
            }
            Pop3Phase::Top => {
                let line = line.strip_prefix('.').unwrap_or(line);
                if line.starts_with([' ', '\t']) {
                    if self.header.len() + line.len() > super::lines::MAX_LINE {
                        self.header_overlong = true;
                    } else if !self.header_overlong {
                        self.header.push_str(line);
                    }
                } else {
                    self.end_header(line.to_owned());
                }
                None
            }
            Pop3Phase::Dele if ok => {
                self.phase = Pop3Phase::Quit;
                Some(core.send("QUIT"))
            }
            Pop3Phase::Dele => Some(core.finish(Ok(Found::Here(Removal::Refused)))),
            Pop3Phase::Quit if ok => Some(core.finish(Ok(Found::Here(Removal::Removed)))),
            Pop3Phase::Quit => Some(core.finish(Ok(Found::Here(Removal::Refused)))),
        }
    }
}

impl Continuation for Pop3Look {
    type Done = Found;

    fn start(&mut self, core: &mut Core) -> Step<Found> {
        core.send("UIDL")
    }

    fn line(&mut self, core: &mut Core, line: &str) -> Option<Step<Found>> {
        if self.phase == Pop3Phase::TopStatus && line.starts_with("+OK") {
            self.phase = Pop3Phase::Top;
            return None;
        }
        self.after_login(core, line)
    }
}

#[cfg(test)]
mod tests;
