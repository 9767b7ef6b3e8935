//! When the settings' own port or security does not work: the other standard port opened beside a
//! slow or unreachable one (465 ↔ 587, 993 ↔ 143, 995 ↔ 110), SSL/TLS on the SSL/TLS port where
//! STARTTLS was set, STARTTLS (or the SSL/TLS port) where SSL/TLS was set on a port that answers in
//! plain text; and what the check then reports ([`Switch`]). Only one connection ever logs in.

use serde::Serialize;

use super::{CheckError, CheckTimeouts, HEDGE_AFTER, LoginSecret, Opened, open};
use crate::model::{Security, Server};
use crate::net::Net;
/// Why the check used another port or security than the settings said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SwitchReason {
    /// The settings' port could not be reached, or did not answer in time.
    Unreachable,
    /// SSL/TLS was set, and the server answered in plain text: the port wants STARTTLS.
    PlainTextGreeting,
    /// STARTTLS was set on the SSL/TLS port, where the server waits for encryption first.
    TlsExpected,
}

/// The settings a check started from, when it ended on others (the new ones are the check's
/// `server`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Switch {
    pub from_port: u16,
    pub from_security: Security,
    pub reason: SwitchReason,
}

impl Switch {
    /// Whether the security setting was the mistake (SSL/TLS and STARTTLS mixed up).
    pub fn is_security_mixup(&self) -> bool {
        self.reason != SwitchReason::Unreachable
    }

    /// The plain-English note for a check that worked on `now` instead.
    pub(super) fn note(&self, now: &Server, works: bool) -> String {
        let (from, to) = (self.from_port, now.port);
        match (self.reason, works) {
            (SwitchReason::Unreachable, true) => {
                crate::t!("check-note-port-switch-works", from = from, to = to)
            }
            (SwitchReason::Unreachable, false) => {
                crate::t!("check-note-port-switch", from = from, to = to)
            }
            (SwitchReason::PlainTextGreeting, _) if from == to => {
                crate::t!("check-note-plain-text-starttls", port = from)
            }
            (SwitchReason::PlainTextGreeting, _) => {
                crate::t!("check-note-plain-text-tls-port", from = from, to = to)
            }
            (SwitchReason::TlsExpected, _) => crate::t!("check-note-tls-expected", port = from),
        }
    }
}

/// The settings with another port and security.
pub(crate) fn moved(s: &Server, port: u16, security: Security) -> Server {
    Server {
        port,
        security,
        ..s.clone()
    }
}

/// STARTTLS set on the SSL/TLS port, where the server waits for encryption first and never greets.
pub(crate) fn starttls_on_tls_port(s: &Server) -> bool {
    s.security == Security::Starttls && s.port == s.protocol.tls_port()
}

/// What to try, in order, when SSL/TLS was set and the server answered in plain text: STARTTLS on
/// the same port, then SSL/TLS on the protocol's SSL/TLS port when that is another one.
pub(crate) fn plain_text_tries(s: &Server) -> Vec<Server> {
    let tls_port = s.protocol.tls_port();
    let mut tries = vec![moved(s, s.port, Security::Starttls)];
    if tls_port != s.port {
        tries.push(moved(s, tls_port, Security::Tls));
    }
    tries
}

/// Another way to the server, and why it would be taken.
type Fallback = (Server, SwitchReason);

/// What to open beside the settings' own port when it is slow or cannot be reached, and why.
/// STARTTLS set on the SSL/TLS port: the server there waits for encryption and never greets, so
/// the same port with SSL/TLS is opened once it is slow; when it cannot be reached at all, the
/// other standard port.
pub(super) fn fallbacks(s: &Server) -> (Option<Fallback>, Option<Fallback>) {
    let other = (s.protocol.other_standard_port(s.port))
        .map(|(port, sec)| (moved(s, port, sec), SwitchReason::Unreachable));
    if starttls_on_tls_port(s) {
        let same = (moved(s, s.port, Security::Tls), SwitchReason::TlsExpected);
        (Some(same), other)
    } else {
        (other.clone(), other)
    }
}

/// Which connection [`open_either`] settled on.
pub(super) enum Either {
    /// The settings' own port.
    First(Result<Opened, CheckError>),
    /// Another port or security, why, and how it went.
    Other(Server, SwitchReason, Result<Opened, CheckError>),
}

/// Another way to the server, opened only when [`open_either`] starts it.
async fn open_fallback(
    net: &Net,
    fallback: Option<&Fallback>,
    secret: &LoginSecret,
    t: &CheckTimeouts,
    transcript: &mut Vec<String>,
) -> Result<Opened, CheckError> {
    match fallback {
        Some((s, _)) => open(net, s, secret, t, transcript).await,
        None => std::future::pending().await,
    }
}

/// Opens `server`. When it is not ready after [`HEDGE_AFTER`] or stalls, `slow` is opened alongside;
/// when it cannot be reached at all, `gone` (else `slow`). The first to be ready wins and the others
/// are dropped, so only one of them ever logs in.
pub(super) async fn open_either(
    net: &Net,
    server: &Server,
    (slow, gone): (Option<&Fallback>, Option<&Fallback>),
    secret: &LoginSecret,
    t: &CheckTimeouts,
    transcript: &mut Vec<String>,
) -> Either {
    if slow.is_none() && gone.is_none() {
        return Either::First(open(net, server, secret, t, transcript).await);
    }
    let (mut lines0, mut lines_a, mut lines_b) = (Vec::new(), Vec::new(), Vec::new());
    let result = {
        let mut first = std::pin::pin!(open(net, server, secret, t, &mut lines0));
        let mut a = std::pin::pin!(open_fallback(net, slow, secret, t, &mut lines_a));
        let mut b = std::pin::pin!(open_fallback(net, gone, secret, t, &mut lines_b));
        let mut hedge = std::pin::pin!(tokio::time::sleep(HEDGE_AFTER));
        let (mut a_on, mut b_on) = (false, false);
        let (mut e0, mut ea, mut eb) = (None, None, None);
        let other = |f: Option<&Fallback>, r| {
            let (s, why) = f.cloned().expect("only a fallback that exists is started");
            Either::Other(s, why, r)
        };
        loop {
            let (p0, pa, pb) = (e0.is_none(), a_on && ea.is_none(), b_on && eb.is_none());
            if !p0 && !pa && !pb {
                break settle(e0, [(slow, ea), (gone, eb)]);
            }
            tokio::select! {
                r = &mut first, if p0 => match r {
                    Ok(o) => break Either::First(Ok(o)),
                    Err(e) if e.unreachable() && gone.is_some() => {
                        b_on = true;
                        e0 = Some(e);
                    }
                    Err(e) if e.unreachable_or_stalled() => {
                        a_on = slow.is_some();
                        e0 = Some(e);
                    }
                    Err(e) => break Either::First(Err(e)),
                },
                () = &mut hedge, if !a_on && slow.is_some() => a_on = true,
                r = &mut a, if pa => match r {
                    Ok(o) => break other(slow, Ok(o)),
                    Err(e) => ea = Some(e),
                },
                r = &mut b, if pb => match r {
                    Ok(o) => break other(gone, Ok(o)),
                    Err(e) => eb = Some(e),
                },
            }
        }
    };
    transcript.append(&mut lines0);
    transcript.append(&mut lines_a);
    transcript.append(&mut lines_b);
    result
}

/// When nothing could be opened: the settings' own error, unless their port could not be used and
/// a fallback answers, failing in its own way — that is the news.
fn settle(
    first: Option<CheckError>,
    fallbacks: [(Option<&Fallback>, Option<CheckError>); 2],
) -> Either {
    let first = first.unwrap_or(CheckError::WholeTimeout);
    if first.unreachable_or_stalled() {
        for (f, e) in fallbacks {
            if let (Some((s, why)), Some(e)) = (f, e) {
                if !e.unreachable_or_stalled() {
                    return Either::Other(s.clone(), *why, Err(e));
                }
            }
        }
    }
    Either::First(Err(first))
}

/// SSL/TLS was set and the server answered in plain text: STARTTLS on the same port, else SSL/TLS
/// on the protocol's SSL/TLS port. Only a connection that is ready counts; otherwise the first
/// error stands.
pub(super) async fn after_plain_text(
    net: &Net,
    server: &Server,
    secret: &LoginSecret,
    t: &CheckTimeouts,
    transcript: &mut Vec<String>,
) -> Option<Either> {
    for s in plain_text_tries(server) {
        if let Ok(o) = open(net, &s, secret, t, transcript).await {
            return Some(Either::Other(s, SwitchReason::PlainTextGreeting, Ok(o)));
        }
    }
    None
}
