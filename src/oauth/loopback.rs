//! The loopback redirect of RFC 8252 §7.3: a listener on 127.0.0.1 only, on a port the system
//! chooses, that takes the one request carrying the provider's answer, checks its `state` before
//! anything else, answers a small "you can close this tab" page and is then dropped.
//!
//! A connection that closes before sending a request (browsers open spare connections) is not a
//! request; a request without any of `code`, `state` or `error` (a `/favicon.ico`) is answered 404
//! and does not count. The first request that carries them decides the sign-in.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

use super::SignInError;

/// Longest request line read from the browser (the answer is in its query); a longer one is
/// refused ([`SignInError::AnswerTooLong`]), never read cut: a cut code or state is another one.
pub(crate) const MAX_REQUEST: usize = 8 * 1024;

/// The request line is longer than [`MAX_REQUEST`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineTooLong;

/// The request line of a request head, without its end: `Ok(None)` until its LF has come, an
/// error once it is longer than [`MAX_REQUEST`] bytes.
pub(crate) fn request_line(head: &[u8]) -> Result<Option<&[u8]>, LineTooLong> {
    let (line, ended) = match head.iter().position(|&b| b == b'\n') {
        Some(i) => (&head[..i], true),
        None => (head, false),
    };
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.len() > MAX_REQUEST {
        return Err(LineTooLong);
    }
    Ok(ended.then_some(line))
}

/// How long one browser connection may take to send its request.
pub(crate) const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The provider's answer, from the redirect's query (its `Debug` hides the code and the state).
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Answer {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
    /// RFC 9207: the issuer that answered, when the provider says so.
    pub iss: Option<String>,
}

impl std::fmt::Debug for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |v: &Option<String>| v.as_ref().map(|_| "[redacted]");
        f.debug_struct("Answer")
            .field("code", &hidden(&self.code))
            .field("state", &hidden(&self.state))
            .field("error", &self.error)
            .field("error_description", &self.error_description)
            .field("iss", &self.iss)
            .finish()
    }
}

/// The code from an answer whose state matched: a credential for a short while, so its `Debug`
/// shows no value.
pub(crate) struct Code(pub crate::model::Secret<String>);

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Code([redacted])")
    }
}

/// Whether an error answer means the organisation must approve the program first: OAuth's
/// `consent_required`, or Microsoft's AADSTS65001 (no consent), AADSTS90094 (admin approval
/// needed) or AADSTS90095 (approval requested) in its description.
pub(crate) fn needs_admin_approval(error: &str, description: Option<&str>) -> bool {
    error == "consent_required"
        || description.is_some_and(|d| {
            ["AADSTS65001", "AADSTS90094", "AADSTS90095"]
                .iter()
                .any(|code| d.contains(code))
        })
}

/// Reads the request line of an HTTP request head: the answer in its query, `None` when it has none
/// of `code`, `state`, `error` (or is not a GET).
pub(crate) fn parse_request(head: &[u8]) -> Option<Answer> {
    let line = request_line(head).ok()??;
    let line = std::str::from_utf8(line).ok()?.trim_end();
    let mut parts = line.split(' ');
    if parts.next()? != "GET" {
        return None;
    }
    let target = parts.next()?;
    let url = url::Url::parse(&format!("http://127.0.0.1{target}")).ok()?;
    let mut a = Answer::default();
    for (k, v) in url.query_pairs() {
        let slot = match k.as_ref() {
            "code" => &mut a.code,
            "state" => &mut a.state,
            "error" => &mut a.error,
            "error_description" => &mut a.error_description,
            "iss" => &mut a.iss,
            _ => continue,
        };
        slot.get_or_insert_with(|| v.into_owned());
    }
    (a != Answer::default()).then_some(a)
}

/// Decides the sign-in from the answer: the state first, then the issuer (when the provider
/// promised to name it: RFC 9207, against mix-up attacks), then an error, then the code.
pub(crate) fn decide(
    a: Answer,
    expected_state: &str,
    expected_iss: Option<&str>,
) -> Result<Code, SignInError> {
    if a.state.as_deref() != Some(expected_state) {
        return Err(SignInError::StateMismatch);
    }
    if let Some(iss) = expected_iss {
        if a.iss.as_deref().map(|i| i.trim_end_matches('/')) != Some(iss.trim_end_matches('/')) {
            return Err(SignInError::IssuerMismatch);
        }
    }
    if let Some(e) = a.error {
        // Microsoft answers "Need admin approval" with access_denied too: its code decides.
        return Err(
            if needs_admin_approval(&e, a.error_description.as_deref()) {
                SignInError::AdminApproval(None)
            } else if e == "access_denied" {
                SignInError::Cancelled
            } else {
                SignInError::Denied(e)
            },
        );
    }
    a.code
        .map(|c| Code(crate::model::Secret::new(c)))
        .ok_or_else(|| SignInError::Denied("no code in the answer".into()))
}

/// The listener, bound and waiting.
pub(crate) struct Listener {
    inner: TcpListener,
    port: u16,
}

impl Listener {
    /// Binds 127.0.0.1 on a port the system picks.
    pub(crate) async fn bind() -> std::io::Result<Listener> {
        let inner = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await?;
        let port = inner.local_addr()?.port();
        Ok(Listener { inner, port })
    }

    pub(crate) fn port(&self) -> u16 {
        self.port
    }

    /// Waits for the answer (no time limit of its own: the caller's), answers the page, and ends,
    /// dropping the listener. Connections are read at once, side by side (at most
    /// [`MAX_PENDING`]), so a browser's idle spare connection cannot hold up the one that carries
    /// the answer.
    pub(crate) async fn answer(
        self,
        expected_state: &str,
        expected_iss: Option<&str>,
    ) -> Result<Code, SignInError> {
        let mut pending = tokio::task::JoinSet::new();
        loop {
            tokio::select! {
                accepted = self.inner.accept() => {
                    let (tcp, _) = accepted.map_err(|e| SignInError::Listener(e.to_string()))?;
                    // Past the limit a connection is closed unread: no browser opens that many.
                    if pending.len() < MAX_PENDING {
                        pending.spawn(read_request(tcp));
                    }
                }
                Some(Ok(read)) = pending.join_next() => match read {
                    Request::Nothing => {}
                    Request::TooLong(mut tcp) => {
                        respond(&mut tcp, "414 URI Too Long", &crate::t!("sign-in-page-failed"))
                            .await;
                        return Err(SignInError::AnswerTooLong);
                    }
                    Request::Answer(answer, mut tcp) => {
                        let decided = decide(answer, expected_state, expected_iss);
                        let page = match &decided {
                            Ok(_) => crate::t!("sign-in-page-done"),
                            Err(_) => crate::t!("sign-in-page-failed"),
                        };
                        respond(&mut tcp, "200 OK", &page).await;
                        return decided;
                    }
                },
            }
        }
    }
}

/// Most connections read at the same time.
const MAX_PENDING: usize = 16;

/// What one connection sent.
enum Request {
    /// No request head in time, or a request that is not the answer (it got a 404).
    Nothing,
    /// A request line longer than [`MAX_REQUEST`]: it may have been the answer, so the sign-in
    /// ends (with a 414).
    TooLong(TcpStream),
    /// The answer, and the connection to send the page on.
    Answer(Answer, TcpStream),
}

/// Reads one request head.
async fn read_request(mut tcp: TcpStream) -> Request {
    let mut head = Vec::new();
    let read = async {
        let mut buf = [0u8; 1024];
        // The whole head, or enough of it to know that the request line is too long.
        while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() <= MAX_REQUEST + 1 {
            let n = tcp.read(&mut buf).await.ok()?;
            if n == 0 {
                break;
            }
            head.extend_from_slice(&buf[..n]);
        }
        Some(())
    };
    if tokio::time::timeout(REQUEST_TIMEOUT, read)
        .await
        .ok()
        .flatten()
        .is_none()
        || head.is_empty()
    {
        return Request::Nothing;
    }
    if request_line(&head).is_err() {
        return Request::TooLong(tcp);
    }
    match parse_request(&head) {
        Some(answer) => Request::Answer(answer, tcp),
        None => {
            respond(&mut tcp, "404 Not Found", "").await;
            Request::Nothing
        }
    }
}

/// A complete, small HTML answer; the connection closes after it.
async fn respond(tcp: &mut TcpStream, status: &str, text: &str) {
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>Mail Setup</title></head>\
         <body style=\"font: 18pt sans-serif; margin: 3em\"><p>{}</p></body></html>",
        crate::i18n::language(),
        crate::model::markup::xml_escape(text)
    );
    let reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    // The browser may already have gone; nothing to do about that.
    let _ = tcp.write_all(reply.as_bytes()).await;
    let _ = tcp.shutdown().await;
}
