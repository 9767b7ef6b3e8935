//! A login, then more on the same connection: [`Then`] runs a login dialogue
//! ([`super::imap::ImapLogin`], [`super::pop3::Pop3Login`], [`super::smtp::SmtpLogin`]) unchanged —
//! so the TLS and credential rules of [`super::dialogue`] hold as for any login — and once it has
//! succeeded hands each further line to a [`Continuation`] (sending a message, looking for one),
//! on the same [`Core`] (resumed: the connection is encrypted, the capabilities are known).

use super::dialogue::{Core, Dialogue, Failure, Step};
use super::login::LoggedIn;

/// What runs after a successful login.
pub trait Continuation {
    type Done;

    /// The login succeeded: the first command.
    fn start(&mut self, core: &mut Core) -> Step<Self::Done>;

    /// One line of the server's current reply: the next step, or `None` while the reply goes on.
    fn line(&mut self, core: &mut Core, line: &str) -> Option<Step<Self::Done>>;

    /// Nothing came during a [`Step::Wait`].
    fn quiet(&mut self, core: &mut Core) -> Step<Self::Done> {
        core.finish(Err(Failure::NotProtocol))
    }
}

/// A login dialogue `L`, then the continuation `C`.
#[derive(Debug)]
pub struct Then<L, C> {
    login: L,
    logged_in: bool,
    next: C,
}

impl<L, C> Then<L, C> {
    pub(crate) fn with(login: L, next: C) -> Then<L, C> {
        Then {
            login,
            logged_in: false,
            next,
        }
    }
}

impl<L: Dialogue<Done = LoggedIn>, C: Continuation> Then<L, C> {
    /// Passes a login step on; a finished login starts the continuation.
    fn relay(&mut self, step: Step<LoggedIn>) -> Step<C::Done> {
        match step {
            Step::Finished(Ok(_)) => {
                self.logged_in = true;
                let core = self.login.core();
                core.resume();
                self.next.start(core)
            }
            Step::Finished(Err(e)) => Step::Finished(Err(e)),
            Step::Read => Step::Read,
            Step::Send(o) => Step::Send(o),
            Step::StartTls => Step::StartTls,
            Step::Wait(d) => Step::Wait(d),
        }
    }
}

impl<L: Dialogue<Done = LoggedIn>, C: Continuation> Dialogue for Then<L, C> {
    type Done = C::Done;

    fn core(&mut self) -> &mut Core {
        self.login.core()
    }

    fn farewell(&self) -> &'static str {
        self.login.farewell()
    }

    fn after_tls(&mut self) -> Step<C::Done> {
        let step = self.login.after_tls();
        self.relay(step)
    }

    fn line(&mut self, line: &str) -> Option<Step<C::Done>> {
        if self.logged_in {
            let core = self.login.core();
            return self.next.line(core, line);
        }
        let step = self.login.line(line)?;
        Some(self.relay(step))
    }

    fn quiet(&mut self) -> Step<C::Done> {
        if !self.logged_in {
            return self.login.core().finish(Err(Failure::NotProtocol));
        }
        let core = self.login.core();
        self.next.quiet(core)
    }
}
