//! The one driver for every dialogue in [`crate::proto`] (the logins of the live check and the probes
//! of guessing): connect, TLS at once or after STARTTLS with a certificate valid for the host name,
//! every read under a time limit, a transcript with secrets redacted.
//!
//! A session runs in two halves so a caller can race connections and pick the first that is ready:
//! [`Session::open`] returns once the connection is encrypted and the server has been heard (no
//! credential has been sent yet: the dialogue core sends none before TLS), [`Session::finish`] runs
//! the dialogue to its end and says goodbye.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::{ConnectError, Net, TlsFailure, TlsStream, tls_outcome};
use crate::model::Security;
use crate::proto::dialogue::{Dialogue, Failure, Step};

/// Bytes read at once.
const READ_CHUNK: usize = 8192;
/// Most transcript lines kept from one read, and most characters of each.
const TRANSCRIPT_LINES_PER_READ: usize = 50;
const TRANSCRIPT_LINE_CHARS: usize = 300;

/// Time limits for the steps of one session.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Opening the TCP connection (all addresses of the host together).
    pub connect: Duration,
    /// The TLS handshake (at once, or after STARTTLS).
    pub handshake: Duration,
    /// The server's first bytes.
    pub greeting: Duration,
    /// Each later read.
    pub reply: Duration,
}

impl Limits {
    /// No limit of its own on any step: for callers that bound the whole session (a guessing probe).
    /// (tokio treats a deadline that overflows as none.)
    pub const UNBOUNDED: Limits = Limits {
        connect: Duration::MAX,
        handshake: Duration::MAX,
        greeting: Duration::MAX,
        reply: Duration::MAX,
    };
}

/// Where to connect and how to encrypt.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub host: &'a str,
    pub port: u16,
    pub security: Security,
}

/// Why a session failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Connect(ConnectError),
    #[error("{}", crate::t!("error-session-connect-timeout"))]
    ConnectTimeout,
    #[error("{}", crate::t!("error-session-handshake-timeout"))]
    HandshakeTimeout,
    #[error("{}", crate::t!("error-session-greeting-timeout"))]
    GreetingTimeout,
    #[error("{}", crate::t!("error-session-reply-timeout"))]
    ReplyTimeout,
    /// The target says to stay unencrypted: no dialogue is run on such a connection.
    #[error("{}", crate::t!("error-session-plain-refused"))]
    PlainRefused,
    #[error("{}", crate::t!("error-session-io", reason = .0.as_str()))]
    Io(String),
    #[error(transparent)]
    Dialogue(Failure),
}

fn io(e: std::io::Error) -> SessionError {
    SessionError::Io(e.to_string())
}

enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream>),
    /// Between taking the plain stream for the handshake and getting the encrypted one back.
    Upgrading,
}

impl Stream {
    async fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(s) => s.read(buf).await,
            Stream::Tls(s) => s.read(buf).await,
            Stream::Upgrading => Err(std::io::ErrorKind::NotConnected.into()),
        }
    }

    async fn write(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Stream::Plain(s) => {
                s.write_all(bytes).await?;
                s.flush().await
            }
            Stream::Tls(s) => {
                s.write_all(bytes).await?;
                s.flush().await
            }
            Stream::Upgrading => Err(std::io::ErrorKind::NotConnected.into()),
        }
    }

    async fn shutdown(&mut self) {
        let _ = match self {
            Stream::Plain(s) => s.shutdown().await,
            Stream::Tls(s) => s.shutdown().await,
            Stream::Upgrading => Ok(()),
        };
    }
}

/// One dialogue on one connection.
pub struct Session<D: Dialogue> {
    net: Net,
    host: String,
    limits: Limits,
    stream: Stream,
    dialogue: D,
    next: Step<D::Done>,
    heard: bool,
    /// The host's connection place under a per-host limit, given back when the session ends.
    _slot: Option<super::per_host::Held>,
}

impl<D: Dialogue> Session<D> {
    /// Connects, encrypts (at once or after STARTTLS) and reads the greeting, each under its own
    /// limit; `dialogue` makes the dialogue, told whether the connection is already encrypted.
    /// Returns when the connection is encrypted and the server has been heard.
    pub async fn open(
        net: &Net,
        target: Target<'_>,
        dialogue: impl FnOnce(bool) -> D,
        limits: Limits,
        transcript: &mut Vec<String>,
    ) -> Result<Session<D>, SessionError> {
        if target.security == Security::Plain {
            return Err(SessionError::PlainRefused);
        }
        transcript.push(format!(
            "connecting to {}:{} ({})",
            target.host, target.port, target.security
        ));
        // Waiting for the host's turn is not the server being slow: before the connect limit starts.
        let slot = net.connection_slot(target.host).await;
        let connect = net.connect(target.host, target.port);
        let tcp = match tokio::time::timeout(limits.connect, connect).await {
            Ok(Ok(tcp)) => tcp,
            Ok(Err(e)) => return Err(SessionError::Connect(e)),
            Err(_) => return Err(SessionError::ConnectTimeout),
        };
        let tls = target.security == Security::Tls;
        let mut s = Session {
            net: net.clone(),
            host: target.host.to_owned(),
            limits,
            stream: Stream::Plain(tcp),
            dialogue: dialogue(tls),
            next: Step::Read,
            heard: false,
            _slot: slot,
        };
        if tls {
            s.handshake(transcript).await?;
        }
        match s.drive(true, transcript).await? {
            None => Ok(s),
            // Ending before the session is ready means ending on a plain connection, where the
            // dialogue core lets nothing succeed.
            Some(_) => Err(SessionError::Dialogue(Failure::NotProtocol)),
        }
    }

    /// Runs the dialogue to its end, then says goodbye.
    pub async fn finish(mut self, transcript: &mut Vec<String>) -> Result<D::Done, SessionError> {
        let done = self.drive(false, transcript).await?;
        Ok(done.expect("drive returns early only when asked to stop when ready"))
    }

    fn ready(&self) -> bool {
        self.heard && matches!(self.stream, Stream::Tls(_))
    }

    /// Acts on the dialogue's steps until it ends (`Some`), or with `stop_when_ready` until the
    /// session is ready (`None`).
    async fn drive(
        &mut self,
        stop_when_ready: bool,
        transcript: &mut Vec<String>,
    ) -> Result<Option<D::Done>, SessionError> {
        loop {
            if stop_when_ready && self.ready() {
                return Ok(None);
            }
            self.next = match std::mem::replace(&mut self.next, Step::Read) {
                Step::Read => self.read(None, transcript).await?,
                Step::Wait(quiet) => self.read(Some(quiet), transcript).await?,
                Step::Send(out) => {
                    transcript.push(format!("C: {}", out.shown()));
                    self.stream.write(out.bytes()).await.map_err(io)?;
                    Step::Read
                }
                Step::StartTls => {
                    if !matches!(self.stream, Stream::Plain(_)) {
                        // Asked twice: the core never does, a broken dialogue might.
                        return Err(SessionError::Dialogue(Failure::NotProtocol));
                    }
                    self.handshake(transcript).await?;
                    self.dialogue.tls_ready()
                }
                Step::Finished(r) => {
                    self.farewell(transcript).await;
                    return r.map(Some).map_err(SessionError::Dialogue);
                }
            };
        }
    }

    /// Reads once, under the greeting limit the first time and the reply limit after; with `quiet`,
    /// under that limit, silence then being the dialogue's [`Dialogue::quiet`], not a failure.
    async fn read(
        &mut self,
        quiet: Option<Duration>,
        transcript: &mut Vec<String>,
    ) -> Result<Step<D::Done>, SessionError> {
        if let Some(limit) = quiet {
            let mut buf = vec![0u8; READ_CHUNK];
            return match tokio::time::timeout(limit, self.stream.read(&mut buf)).await {
                Ok(Ok(n)) => Ok(self.received(&buf[..n], transcript)),
                Ok(Err(e)) => Err(io(e)),
                Err(_) => Ok(self.dialogue.quiet()),
            };
        }
        let (limit, late) = if self.heard {
            (self.limits.reply, SessionError::ReplyTimeout)
        } else {
            (self.limits.greeting, SessionError::GreetingTimeout)
        };
        let mut buf = vec![0u8; READ_CHUNK];
        let n = match tokio::time::timeout(limit, self.stream.read(&mut buf)).await {
            Ok(Ok(n)) => n,
            Ok(Err(e)) => return Err(io(e)),
            Err(_) => return Err(late),
        };
        Ok(self.received(&buf[..n], transcript))
    }

    /// What was read: into the transcript, then to the dialogue.
    fn received(&mut self, bytes: &[u8], transcript: &mut Vec<String>) -> Step<D::Done> {
        self.heard = true;
        let text = String::from_utf8_lossy(bytes);
        let lines = text.lines().count();
        for line in text.lines().take(TRANSCRIPT_LINES_PER_READ) {
            let mut shown: String = line.chars().take(TRANSCRIPT_LINE_CHARS).collect();
            if line.chars().nth(TRANSCRIPT_LINE_CHARS).is_some() {
                shown.push('…');
            }
            transcript.push(format!("S: {shown}"));
        }
        if lines > TRANSCRIPT_LINES_PER_READ {
            let more = lines - TRANSCRIPT_LINES_PER_READ;
            transcript.push(format!("S: … ({more} more lines not shown)"));
        }
        self.dialogue.receive(bytes)
    }

    /// The TLS handshake on the plain stream, under the handshake limit: the one upgrade, for
    /// implicit TLS and STARTTLS alike.
    async fn handshake(&mut self, transcript: &mut Vec<String>) -> Result<(), SessionError> {
        let Stream::Plain(tcp) = std::mem::replace(&mut self.stream, Stream::Upgrading) else {
            return Err(SessionError::Dialogue(Failure::NotProtocol));
        };
        let tls = self.net.tls(tcp, &self.host);
        let tls = match tokio::time::timeout(self.limits.handshake, tls).await {
            Ok(Ok(tls)) => tls,
            Ok(Err(e)) => {
                if let ConnectError::Tls(TlsFailure::PlainText { greeting }) = &e {
                    transcript.push(format!("S: {greeting}"));
                }
                transcript.push(format!("TLS failed: {e}"));
                return Err(SessionError::Connect(e));
            }
            Err(_) => {
                transcript.push("TLS failed: no answer in time".into());
                return Err(SessionError::HandshakeTimeout);
            }
        };
        transcript.push(format!("TLS established ({})", tls_outcome(&tls)));
        self.stream = Stream::Tls(Box::new(tls));
        Ok(())
    }

    /// Says goodbye (the answer does not matter) and closes.
    async fn farewell(&mut self, transcript: &mut Vec<String>) {
        let bye = self.dialogue.farewell();
        if self
            .stream
            .write(format!("{bye}\r\n").as_bytes())
            .await
            .is_ok()
        {
            transcript.push(format!("C: {bye}"));
        }
        self.stream.shutdown().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::login::creds;
    use crate::proto::smtp::SmtpLogin;
    use tokio::io::AsyncBufReadExt;

    const LIMIT: Duration = Duration::from_secs(5);

    /// A loopback SMTP server that offers STARTTLS and refuses it; returns what it was sent.
    async fn refusing_server(listener: tokio::net::TcpListener) -> String {
        let (s, _) = listener.accept().await.expect("a client connects");
        let (r, mut w) = s.into_split();
        let mut r = tokio::io::BufReader::new(r);
        let mut seen = String::new();
        w.write_all(b"220 hi\r\n").await.expect("greeting");
        for answer in [
            &b"250-x\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n"[..],
            b"454 4.7.0 no\r\n",
        ] {
            r.read_line(&mut seen).await.expect("a command");
            w.write_all(answer).await.expect("answer");
        }
        let _ = r.read_line(&mut seen).await;
        seen
    }

    #[tokio::test]
    async fn a_refused_starttls_ends_the_session_before_any_credential() {
        let cfg = super::super::NetConfig {
            dns_server: Some("127.0.0.1:53".parse().expect("a socket address")),
            ..Default::default()
        };
        let net = Net::new(&cfg).expect("the network layer");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("bound").port();
        let server = tokio::spawn(refusing_server(listener));
        let target = Target {
            host: "127.0.0.1",
            port,
            security: Security::Starttls,
        };
        let mut transcript = Vec::new();
        let r = Session::open(
            &net,
            target,
            |tls| SmtpLogin::new(creds("alice", "pw"), tls),
            Limits {
                connect: LIMIT,
                handshake: LIMIT,
                greeting: LIMIT,
                reply: LIMIT,
            },
            &mut transcript,
        )
        .await;
        assert!(
            matches!(r, Err(SessionError::Dialogue(Failure::StartTlsRefused(_)))),
            "{transcript:?}"
        );
        let seen = server.await.expect("the server ends");
        assert_eq!(seen, "EHLO mailsetup.localhost\r\nSTARTTLS\r\nQUIT\r\n");
        assert_eq!(transcript.last().map(String::as_str), Some("C: QUIT"));
    }
}
