//! What every dialogue (the IMAP, POP3 and SMTP logins and the discovery probe) shares: the steps it
//! asks its driver to take, how it ends, the reply and capability limits, and the security rule,
//! written once here:
//!
//! **No credential before TLS.** A credential reaches the wire only through
//! [`Core::send_credential`], which hands the credentials to the dialogue only once the connection is
//! encrypted. On a plain connection a dialogue calls [`Core::upgrade_or_end`]: a server that does not
//! offer STARTTLS ends the dialogue ([`Failure::NoEncryption`]), one that refuses it ends it too
//! ([`Core::upgrade_answer`], [`Failure::StartTlsRefused`]), and nothing succeeds before TLS. What the
//! server sent after agreeing to STARTTLS, before the handshake, is discarded (it could be an attacker's
//! injection), and so are the capabilities learnt in plain text.

use super::lines::LineBuffer;
use super::sasl::{self, Exchange, Mechanism};
pub use super::shared::Failure;
use super::shared::{Credentials, SecretKind};
pub(crate) use super::shared::{MAX_CAPS, MAX_REPLY_LINES};

/// What the driver should do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<T> {
    /// Read more bytes and feed them in.
    Read,
    /// Send these bytes (made only by [`Core`], so a credential can only be in them over TLS).
    Send(Outgoing),
    /// Run the TLS handshake now, then call [`Dialogue::tls_ready`].
    StartTls,
    /// Read, but expect nothing for up to this long: bytes go to [`Dialogue::receive`] as usual,
    /// silence for the whole time is not a failure but [`Dialogue::quiet`] (waiting for a message
    /// to arrive: IMAP IDLE, or the pause between two polls).
    Wait(std::time::Duration),
    /// The dialogue is over.
    Finished(Result<T, Failure>),
}

/// Bytes to send and the form the transcript records (secrets replaced by `[redacted]`).
#[derive(Clone, PartialEq, Eq)]
pub struct Outgoing {
    bytes: Vec<u8>,
    shown: String,
}

impl Outgoing {
    /// What goes on the wire (may hold a credential: never log it).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// What the transcript shows.
    pub fn shown(&self) -> &str {
        &self.shown
    }
}

/// The bytes may hold a password: wiped once sent (or dropped unsent).
impl Drop for Outgoing {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.bytes);
    }
}

/// Debug shows the transcript form only: the bytes may hold a password.
impl std::fmt::Debug for Outgoing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Outgoing").field(&self.shown).finish()
    }
}

/// A line that carries a credential: `wire` is sent, `shown` goes to the transcript.
#[derive(Clone, PartialEq, Eq)]
pub struct CredentialLine {
    pub wire: String,
    pub shown: String,
}

/// The wire form holds the credential: wiped when dropped.
impl Drop for CredentialLine {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.wire);
    }
}

/// Capability names as a server listed them, upper-cased, without repeats, at most [`MAX_CAPS`]
/// (one more is not kept but marks the list [`Capabilities::overflowed`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    names: Vec<String>,
    overflowed: bool,
}

impl Capabilities {
    /// Adds one entry (a word for IMAP and the probe, a whole line for POP3 CAPA and SMTP EHLO).
    pub fn add(&mut self, entry: &str) {
        let entry = entry.trim().to_ascii_uppercase();
        if entry.is_empty() || self.has(&entry) {
            return;
        }
        if self.names.len() < MAX_CAPS {
            self.names.push(entry);
        } else {
            self.overflowed = true;
        }
    }

    /// Whether the server listed more than [`MAX_CAPS`] capabilities (the list is then incomplete).
    pub fn overflowed(&self) -> bool {
        self.overflowed
    }

    pub fn clear(&mut self) {
        self.names.clear();
        self.overflowed = false;
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Whether an entry is exactly `name` (ignoring case).
    pub fn has(&self, name: &str) -> bool {
        self.names.iter().any(|n| n.eq_ignore_ascii_case(name))
    }

    /// Whether any entry holds the word `word` (POP3 `USER`, a mechanism in `SASL PLAIN LOGIN`).
    pub fn has_word(&self, word: &str) -> bool {
        self.names
            .iter()
            .any(|n| n.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
    }

    /// The entries that start with `prefix`.
    pub fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.names
            .iter()
            .filter(move |n| n.starts_with(prefix))
            .map(String::as_str)
    }

    /// The words after any of `prefixes` (`AUTH=`, `AUTH `, `SASL `): the SASL mechanisms offered.
    pub fn mechanisms(&self, prefixes: &[&str]) -> Vec<String> {
        self.names
            .iter()
            .filter_map(|n| prefixes.iter().find_map(|p| n.strip_prefix(p)))
            .flat_map(str::split_whitespace)
            .map(str::to_owned)
            .collect()
    }
}

/// The shared state of one dialogue: whether the connection is encrypted, the received lines under
/// the per-reply limit, the capabilities, the credentials (none for the probe) and whether it is over.
#[derive(Debug)]
pub struct Core {
    tls: bool,
    /// The server agreed to STARTTLS; nothing it says is read until the handshake is done.
    upgrading: bool,
    done: bool,
    lines: LineBuffer,
    in_reply: usize,
    creds: Option<Credentials>,
    pub caps: Capabilities,
}

impl Core {
    /// `tls`: whether the connection is already encrypted (implicit TLS).
    pub fn new(tls: bool, creds: Option<Credentials>) -> Core {
        Core {
            tls,
            upgrading: false,
            done: false,
            lines: LineBuffer::default(),
            in_reply: 0,
            creds,
            caps: Capabilities::default(),
        }
    }

    pub fn tls(&self) -> bool {
        self.tls
    }

    /// Lines read in the current reply so far, the current one included.
    pub fn in_reply(&self) -> usize {
        self.in_reply
    }

    /// Sends a command that carries no credential.
    pub(in crate::proto) fn send<T>(&mut self, line: &str) -> Step<T> {
        Step::Send(Outgoing {
            bytes: format!("{line}\r\n").into_bytes(),
            shown: line.to_owned(),
        })
    }

    /// Sends a block of lines that carries no credential (a message's text, already ending in CRLF),
    /// shown in the transcript as `shown`.
    pub(crate) fn send_block<T>(&mut self, bytes: Vec<u8>, shown: String) -> Step<T> {
        Step::Send(Outgoing { bytes, shown })
    }

    /// Goes on after a login dialogue ended well on this connection (the mail dialogues that log in
    /// first, then send or look for a message). The connection is encrypted: only a finished
    /// success is resumed.
    pub(crate) fn resume(&mut self) {
        self.done = false;
        self.in_reply = 0;
    }

    /// The one way a credential reaches the wire: `make` is given the credentials only on an
    /// encrypted connection. On a plain one, `make` is never called and the dialogue ends with
    /// [`Failure::NoEncryption`]; an error from `make` (a password that cannot be encoded) ends it too.
    pub fn send_credential<T>(
        &mut self,
        make: impl FnOnce(&Credentials) -> Result<CredentialLine, Failure>,
    ) -> Step<T> {
        if !self.tls {
            return self.finish(Err(Failure::NoEncryption));
        }
        // The probe has no credentials and never asks for them.
        let Some(creds) = &self.creds else {
            return self.finish(Err(Failure::LoginNotOffered));
        };
        if creds.dry {
            return self.finish(Err(Failure::NotSent));
        }
        match make(creds) {
            Ok(mut line) => Step::Send(Outgoing {
                bytes: format!("{}\r\n", line.wire).into_bytes(),
                shown: std::mem::take(&mut line.shown),
            }),
            Err(e) => self.finish(Err(e)),
        }
    }

    /// Starts a SASL exchange with `command` (`AUTH`, `a3 AUTHENTICATE`) and the mechanism's name,
    /// with the initial response when the mechanism has one and the protocol `allows_initial` it.
    pub fn sasl_start<T>(
        &mut self,
        command: &str,
        x: &mut Exchange,
        allows_initial: bool,
    ) -> Step<T> {
        let name = x.mechanism().name();
        // A dry run stops before the login starts, not half-way through it.
        if self.creds.as_ref().is_some_and(|c| c.dry) {
            return self.finish(Err(Failure::NotSent));
        }
        if !x.sends_initial(allows_initial) {
            return self.send(&format!("{command} {name}"));
        }
        self.send_credential(|c| {
            Ok(CredentialLine {
                wire: format!("{command} {name} {}", x.next(c)?),
                shown: format!("{command} {name} [redacted]"),
            })
        })
    }

    /// Answers the server's next SASL challenge (`challenge`: its text after `+ ` or `334 `). The
    /// answer to an OAuth error challenge holds no secret and is shown as it is.
    pub fn sasl_answer<T>(&mut self, x: &mut Exchange, challenge: &str) -> Step<T> {
        x.challenge(challenge);
        let secret = x.next_is_secret();
        self.send_credential(|c| {
            let wire = x.next(c)?;
            let shown = if secret {
                "[redacted]".into()
            } else {
                wire.clone()
            };
            Ok(CredentialLine { wire, shown })
        })
    }

    /// The SASL mechanism to run among `offered`, for the kind of secret held: `Ok(None)` when
    /// none fits a password (the dialogue may still have a plain login command), an error when the
    /// dialogue must end — a token and no OAuth2 mechanism, or a password and only OAuth2 ones.
    pub fn pick_mechanism(&self, offered: &[String]) -> Result<Option<Mechanism>, Failure> {
        let kind = self.secret_kind().unwrap_or(SecretKind::Password);
        if let Some(m) = sasl::choose(offered, kind) {
            return Ok(Some(m));
        }
        match kind {
            SecretKind::AccessToken => Err(Failure::NoTokenMethod {
                offered: offered.to_vec(),
            }),
            SecretKind::Password if sasl::only_oauth(offered) => Err(Failure::PasswordNotAllowed {
                offered: offered.to_vec(),
            }),
            SecretKind::Password => Ok(None),
        }
    }

    /// The kind of secret this dialogue holds (none for the probe).
    pub fn secret_kind(&self) -> Option<super::shared::SecretKind> {
        self.creds.as_ref().map(|c| c.kind)
    }

    /// Call once the capabilities are known, before anything that needs encryption. `None` on an
    /// encrypted connection: go on. On a plain one: send `command` when the server `offered`
    /// STARTTLS, else end the dialogue with [`Failure::NoEncryption`].
    pub fn upgrade_or_end<T>(&mut self, offered: bool, command: &str) -> Option<Step<T>> {
        if self.tls {
            return None;
        }
        Some(if offered {
            self.send(command)
        } else {
            self.finish(Err(Failure::NoEncryption))
        })
    }

    /// The server's answer to the STARTTLS command: run the handshake, or end the dialogue.
    pub fn upgrade_answer<T>(&mut self, accepted: bool, answer: String) -> Step<T> {
        if accepted {
            self.upgrading = true;
            Step::StartTls
        } else {
            self.finish(Err(Failure::StartTlsRefused(answer)))
        }
    }

    /// The TLS handshake after STARTTLS is done: forget what was learnt and buffered in plain text.
    pub fn encrypted(&mut self) {
        self.tls = true;
        self.upgrading = false;
        self.lines = LineBuffer::default();
        self.in_reply = 0;
        self.caps.clear();
    }

    /// Ends the dialogue. Nothing succeeds before TLS: a success on a plain connection (an IMAP
    /// PREAUTH greeting) is not what we asked for.
    pub fn finish<T>(&mut self, r: Result<T, Failure>) -> Step<T> {
        self.done = true;
        if r.is_ok() && !self.tls {
            return Step::Finished(Err(Failure::NotProtocol));
        }
        Step::Finished(r)
    }

    /// The next complete line; `Ok(None)` when more input is needed.
    fn next_line(&mut self) -> Result<Option<String>, Failure> {
        match self.lines.next_line() {
            Ok(Some(l)) => {
                self.in_reply += 1;
                if self.in_reply > MAX_REPLY_LINES {
                    return Err(Failure::ReplyTooLong);
                }
                Ok(Some(l))
            }
            Ok(None) => Ok(None),
            Err(_) => Err(Failure::LineTooLong),
        }
    }
}

/// One dialogue: IMAP, POP3 or SMTP login, or the probe. It reads the server's replies line by line
/// and answers through its [`Core`]; the driver (`net::session`) runs any of them.
pub trait Dialogue {
    /// What a successful dialogue yields.
    type Done;

    fn core(&mut self) -> &mut Core;

    /// One complete line of the server's current reply: the next step, or `None` while the reply
    /// goes on.
    fn line(&mut self, line: &str) -> Option<Step<Self::Done>>;

    /// The connection has just been encrypted after STARTTLS (the core has already forgotten what
    /// was said in plain text): what to do next.
    fn after_tls(&mut self) -> Step<Self::Done>;

    /// What to send after the dialogue ended, to close politely (the answer does not matter).
    fn farewell(&self) -> &'static str;

    /// Nothing came during a [`Step::Wait`]: what to do next. Only dialogues that wait ask for
    /// that; for the others silence is the server's failure.
    fn quiet(&mut self) -> Step<Self::Done> {
        self.core().finish(Err(Failure::NotProtocol))
    }

    /// Feeds received bytes; an empty slice means the server closed the connection.
    fn receive(&mut self, bytes: &[u8]) -> Step<Self::Done> {
        let core = self.core();
        if core.done || core.upgrading {
            return Step::Read;
        }
        if bytes.is_empty() {
            return core.finish(Err(Failure::Closed));
        }
        core.lines.push(bytes);
        loop {
            let line = match self.core().next_line() {
                Ok(Some(l)) => l,
                Ok(None) => return Step::Read,
                Err(e) => return self.core().finish(Err(e)),
            };
            let step = self.line(&line);
            // An incomplete capability list must not decide anything (STARTTLS, a mechanism).
            if self.core().caps.overflowed() {
                return self.core().finish(Err(Failure::ReplyTooLong));
            }
            if let Some(step) = step {
                self.core().in_reply = 0;
                return step;
            }
        }
    }

    /// The TLS handshake after STARTTLS is done.
    fn tls_ready(&mut self) -> Step<Self::Done> {
        self.core().encrypted();
        self.after_tls()
    }
}

impl<D: Dialogue + ?Sized> Dialogue for Box<D> {
    type Done = D::Done;

    fn core(&mut self) -> &mut Core {
        (**self).core()
    }
    fn line(&mut self, line: &str) -> Option<Step<Self::Done>> {
        (**self).line(line)
    }
    fn after_tls(&mut self) -> Step<Self::Done> {
        (**self).after_tls()
    }
    fn farewell(&self) -> &'static str {
        (**self).farewell()
    }
    fn quiet(&mut self) -> Step<Self::Done> {
        (**self).quiet()
    }
}

/// Test helper: the text of every step, secrets as the transcript shows them.
#[cfg(test)]
pub(crate) fn shown<T>(step: &Step<T>) -> String {
    match step {
        Step::Read => "READ".into(),
        Step::Send(o) => format!("C: {}", o.shown()),
        Step::StartTls => "STARTTLS".into(),
        Step::Wait(d) => format!("WAIT {}s", d.as_secs()),
        Step::Finished(Ok(_)) => "OK".into(),
        Step::Finished(Err(e)) => format!("ERR: {e:?}"),
    }
}

#[cfg(test)]
mod tests;
