//! IMAP login dialogue (RFC 9051 / RFC 3501): greeting (OK, PREAUTH, BYE), CAPABILITY, STARTTLS
//! (RFC 9051 §6.2.1; capabilities are asked again afterwards), LOGINDISABLED, AUTHENTICATE PLAIN with
//! SASL-IR (RFC 4959) or a continuation, LOGIN with quoted strings or a synchronizing literal, response
//! codes (RFC 5530: `[AUTHENTICATIONFAILED]`, `[UNAVAILABLE]`, `[PRIVACYREQUIRED]`, …; `[ALERT]`), LOGOUT.
//!
//! Sans-IO: feed received bytes to [`Dialogue::receive`], act on the returned [`Step`].

use super::dialogue::{Core, CredentialLine, Dialogue};
use super::login::{Credentials, Failure, LoggedIn, Rejection, Step};
use super::sasl::Exchange;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Greeting,
    Capability,
    StartTls,
    /// AUTHENTICATE sent: answering the server's "+" challenges until the tagged answer.
    Sasl(Exchange),
    /// LOGIN with a literal password: waiting for "+" before sending it.
    LiteralContinue,
    AuthResult,
}

/// One IMAP login.
#[derive(Debug)]
pub struct ImapLogin {
    core: Core,
    state: State,
    alert: Option<String>,
}

fn status_of<'a>(line: &'a str, tag: &str) -> Option<(&'a str, &'a str)> {
    let rest = line.strip_prefix(tag)?.strip_prefix(' ')?;
    let (status, text) = rest.split_once(' ').unwrap_or((rest, ""));
    Some((status, text))
}

/// The response code at the start of a response text, e.g. `AUTHENTICATIONFAILED`.
pub(crate) fn response_code(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('[')?;
    let end = inner.find(']')?;
    inner[..end].split_whitespace().next()
}

fn after_code(text: &str) -> &str {
    match text
        .strip_prefix('[')
        .and_then(|t| t.find(']').map(|i| &t[i + 1..]))
    {
        Some(rest) => rest.trim(),
        None => text.trim(),
    }
}

/// An IMAP quoted string, or `None` when the value needs a literal (non-ASCII, CR, LF, NUL).
pub(crate) fn quoted(s: &str) -> Option<String> {
    if s.bytes().any(|b| !(0x20..0x7f).contains(&b)) {
        return None;
    }
    Some(format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

/// The LOGIN command for `c`; `literal` is set when the password goes as a literal after "+".
fn login_command(c: &Credentials, literal: &mut bool) -> Result<CredentialLine, Failure> {
    let user = quoted(&c.username).ok_or(Failure::Unencodable)?;
    let pass = c.secret.expose();
    if pass.bytes().any(|b| b == 0 || b == b'\r' || b == b'\n') {
        return Err(Failure::Unencodable);
    }
    Ok(match quoted(pass) {
        Some(q) => CredentialLine {
            wire: format!("a3 LOGIN {user} {q}"),
            shown: format!("a3 LOGIN {user} [redacted]"),
        },
        None => {
            *literal = true;
            CredentialLine {
                wire: format!("a3 LOGIN {user} {{{}}}", pass.len()),
                shown: format!("a3 LOGIN {user} {{[redacted]}}"),
            }
        }
    })
}

impl ImapLogin {
    /// `tls`: whether the connection is already encrypted (implicit TLS).
    pub fn new(creds: Credentials, tls: bool) -> ImapLogin {
        ImapLogin {
            core: Core::new(tls, Some(creds)),
            state: State::Greeting,
            alert: None,
        }
    }

    fn set_caps(&mut self, list: &str) {
        self.core.caps.clear();
        for word in list.split_whitespace() {
            self.core.caps.add(word);
        }
    }

    fn capability(&mut self, tag: &str) -> Step {
        self.state = State::Capability;
        self.core.send(&format!("{tag} CAPABILITY"))
    }

    /// Decide what to do once capabilities are known.
    fn with_caps(&mut self) -> Step {
        let offered = self.core.caps.has("STARTTLS");
        if let Some(step) = self.core.upgrade_or_end(offered, "a1 STARTTLS") {
            self.state = State::StartTls;
            return step;
        }
        let mechanisms = self.core.caps.mechanisms(&["AUTH="]);
        let picked = match self.core.pick_mechanism(&mechanisms) {
            Ok(m) => m,
            Err(f) => return self.core.finish(Err(f)),
        };
        if let Some(m) = picked {
            let mut x = Exchange::new(m);
            let ir = self.core.caps.has("SASL-IR");
            let step = self.core.sasl_start("a3 AUTHENTICATE", &mut x, ir);
            self.state = State::Sasl(x);
            return step;
        }
        if self.core.caps.has("LOGINDISABLED") {
            let offered = self
                .core
                .caps
                .starting_with("AUTH=")
                .map(str::to_owned)
                .collect();
            return self.core.finish(Err(Failure::NoPasswordMethod { offered }));
        }
        let mut literal = false;
        let step = self
            .core
            .send_credential(|c| login_command(c, &mut literal));
        self.state = if literal {
            State::LiteralContinue
        } else {
            State::AuthResult
        };
        step
    }

    fn greeting(&mut self, line: &str, upper: &str) -> Step {
        if let Some(text) = upper.strip_prefix("* OK") {
            if let Some(rest) = text.trim_start().strip_prefix("[CAPABILITY ") {
                self.set_caps(rest.split(']').next().unwrap_or(""));
            }
            if response_code(text.trim_start()) == Some("ALERT") {
                self.alert = Some(after_code(line[4..].trim_start()).to_owned());
            }
            if self.core.caps.is_empty() {
                return self.capability("a0");
            }
            return self.with_caps();
        }
        if upper.starts_with("* PREAUTH") {
            return self.core.finish(Ok(LoggedIn { alert: None }));
        }
        if upper.starts_with("* BYE") {
            return self
                .core
                .finish(Err(Failure::Refused(line[5..].trim().to_owned())));
        }
        self.core.finish(Err(Failure::NotProtocol))
    }

    fn auth_result(&mut self, line: &str, upper: &str) -> Option<Step> {
        let (status, text) = status_of(upper, "A3")?;
        let original_text = &line[line.len() - text.len()..];
        if status == "OK" {
            let alert = self.alert.take();
            return Some(self.core.finish(Ok(LoggedIn { alert })));
        }
        let token_problem = match self.state {
            State::Sasl(x) => x.token_problem(),
            _ => None,
        };
        let kind = match response_code(text) {
            _ if token_problem.is_some() => Rejection::Token(token_problem.expect("checked")),
            Some("UNAVAILABLE") | Some("SERVERBUG") | Some("LIMIT") => Rejection::Temporary,
            Some("PRIVACYREQUIRED") => Rejection::EncryptionRequired,
            Some("WEBALERT") => Rejection::WebLoginRequired,
            _ => Rejection::BadCredentials,
        };
        let mut shown = after_code(original_text).to_owned();
        if let Some(a) = &self.alert {
            shown = format!("{shown} ({a})");
        }
        Some(
            self.core
                .finish(Err(Failure::Rejected { kind, text: shown })),
        )
    }
}

impl Dialogue for ImapLogin {
    type Done = LoggedIn;

    fn core(&mut self) -> &mut Core {
        &mut self.core
    }

    fn farewell(&self) -> &'static str {
        "a4 LOGOUT"
    }

    /// Capabilities are asked again over TLS (RFC 9051 §6.2.1).
    fn after_tls(&mut self) -> Step {
        self.capability("a2")
    }

    fn line(&mut self, line: &str) -> Option<Step> {
        let upper = line.to_ascii_uppercase();
        if let Some(text) = upper
            .strip_prefix("* OK ")
            .or_else(|| upper.strip_prefix("* NO "))
        {
            if response_code(text) == Some("ALERT") && self.state != State::Greeting {
                self.alert = Some(after_code(&line[5..]).to_owned());
                return None;
            }
        }
        if let Some(list) = upper.strip_prefix("* CAPABILITY ") {
            self.set_caps(list);
            return None;
        }
        match self.state {
            State::Greeting => Some(self.greeting(line, &upper)),
            State::Capability => {
                let (status, text) = status_of(&upper, "A0").or_else(|| status_of(&upper, "A2"))?;
                if status != "OK" {
                    return Some(
                        self.core
                            .finish(Err(Failure::Refused(after_code(text).to_owned()))),
                    );
                }
                if !self.core.caps.has("IMAP4REV1") && !self.core.caps.has("IMAP4REV2") {
                    return Some(self.core.finish(Err(Failure::NotProtocol)));
                }
                Some(self.with_caps())
            }
            State::StartTls => {
                let (status, _) = status_of(&upper, "A1")?;
                Some(self.core.upgrade_answer(status == "OK", line.to_owned()))
            }
            State::Sasl(mut x) if line.starts_with('+') => {
                let step = self.core.sasl_answer(&mut x, line[1..].trim());
                self.state = State::Sasl(x);
                Some(step)
            }
            State::LiteralContinue if line.starts_with('+') => {
                self.state = State::AuthResult;
                Some(self.core.send_credential(|c| {
                    Ok(CredentialLine {
                        wire: c.secret.expose().clone(),
                        shown: "[redacted]".into(),
                    })
                }))
            }
            State::Sasl(_) | State::LiteralContinue | State::AuthResult => {
                self.auth_result(line, &upper)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::dialogue::shown;
    use crate::proto::login::{creds, token};

    fn bytes_of(step: &Step) -> String {
        match step {
            Step::Send(o) => String::from_utf8_lossy(o.bytes()).into_owned(),
            _ => String::new(),
        }
    }

    #[test]
    fn implicit_tls_with_sasl_ir() {
        let mut d = ImapLogin::new(creds("alice@example.test", "alicepw"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.\r\n");
        assert_eq!(shown(&s), "C: a3 AUTHENTICATE PLAIN [redacted]");
        assert_eq!(
            bytes_of(&s),
            "a3 AUTHENTICATE PLAIN AGFsaWNlQGV4YW1wbGUudGVzdABhbGljZXB3\r\n"
        );
        assert_eq!(
            shown(&d.receive(b"a3 OK [CAPABILITY IMAP4rev1] Logged in\r\n")),
            "OK"
        );
    }

    #[test]
    fn starttls_then_capability_again_then_continuation() {
        let mut d = ImapLogin::new(creds("alice", "pw"), false);
        assert_eq!(shown(&d.receive(b"* OK ready\r\n")), "C: a0 CAPABILITY");
        assert_eq!(
            shown(&d.receive(b"* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\na0 OK done\r\n")),
            "C: a1 STARTTLS"
        );
        assert_eq!(shown(&d.receive(b"a1 OK Begin TLS\r\n")), "STARTTLS");
        assert_eq!(shown(&d.tls_ready()), "C: a2 CAPABILITY");
        assert_eq!(
            shown(&d.receive(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na2 OK\r\n")),
            "C: a3 AUTHENTICATE PLAIN"
        );
        assert_eq!(shown(&d.receive(b"+ \r\n")), "C: [redacted]");
        let end = d.receive(b"a3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        assert_eq!(
            end,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::BadCredentials,
                text: "Authentication failed.".into()
            }))
        );
    }

    #[test]
    fn no_starttls_means_no_password() {
        let mut d = ImapLogin::new(creds("alice", "secretpw"), false);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\r\n");
        assert_eq!(s, Step::Finished(Err(Failure::NoEncryption)));
    }

    #[test]
    fn login_quoting_and_literal() {
        let mut d = ImapLogin::new(creds("bob", "pa\"s\\s"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1] hi\r\n");
        assert_eq!(bytes_of(&s), "a3 LOGIN \"bob\" \"pa\\\"s\\\\s\"\r\n");
        assert_eq!(shown(&s), "C: a3 LOGIN \"bob\" [redacted]");
        let mut d = ImapLogin::new(creds("bob", "pässword"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1] hi\r\n");
        assert_eq!(bytes_of(&s), "a3 LOGIN \"bob\" {9}\r\n");
        let s = d.receive(b"+ go ahead\r\n");
        assert_eq!(bytes_of(&s), "pässword\r\n");
        assert_eq!(shown(&d.receive(b"a3 OK\r\n")), "OK");
    }

    #[test]
    fn codes_greetings_and_alerts() {
        let mut d = ImapLogin::new(creds("a", "b"), true);
        d.receive(b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi\r\n");
        let s = d.receive(
            b"* OK [ALERT] Your account expires soon\r\na3 NO [UNAVAILABLE] Try later\r\n",
        );
        assert_eq!(
            s,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::Temporary,
                text: "Try later (Your account expires soon)".into()
            }))
        );
        let mut d = ImapLogin::new(creds("a", "b"), true);
        assert!(matches!(
            d.receive(b"* BYE Too many connections\r\n"),
            Step::Finished(Err(Failure::Refused(_)))
        ));
        let mut d = ImapLogin::new(creds("a", "b"), true);
        assert_eq!(
            d.receive(b"HTTP/1.1 400 Bad\r\n"),
            Step::Finished(Err(Failure::NotProtocol))
        );
        let mut d = ImapLogin::new(creds("a", "b"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=GSSAPI] hi\r\n");
        assert_eq!(
            s,
            Step::Finished(Err(Failure::NoPasswordMethod {
                offered: vec!["AUTH=GSSAPI".into()]
            }))
        );
        let mut d = ImapLogin::new(creds("a", "b"), true);
        assert_eq!(d.receive(b"* OK hi"), Step::Read);
        assert_eq!(d.receive(b""), Step::Finished(Err(Failure::Closed)));
    }

    #[test]
    fn token_uses_oauthbearer_and_reads_the_error_challenge() {
        let mut d = ImapLogin::new(token("jo@example.com", "tok123"), true);
        let s = d.receive(
            b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER] hi\r\n",
        );
        assert_eq!(shown(&s), "C: a3 AUTHENTICATE OAUTHBEARER [redacted]");
        assert!(!shown(&s).contains("tok123"));
        // {"status":"invalid_token"}
        let s = d.receive(b"+ eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=\r\n");
        assert_eq!(shown(&s), "C: AQ==", "the %x01 answer, shown as it is");
        let end = d.receive(b"a3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        assert_eq!(
            end,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::Token(crate::proto::sasl::TokenProblem::Invalid),
                text: "Authentication failed.".into()
            }))
        );
        let mut d = ImapLogin::new(token("jo", "t"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\r\n");
        assert_eq!(
            s,
            Step::Finished(Err(Failure::NoTokenMethod {
                offered: vec!["PLAIN".into()]
            }))
        );
    }

    #[test]
    fn a_password_is_not_sent_where_only_oauth_is_offered() {
        let mut d = ImapLogin::new(creds("jo", "secretpw"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 AUTH=OAUTHBEARER] hi\r\n");
        assert_eq!(
            s,
            Step::Finished(Err(Failure::PasswordNotAllowed {
                offered: vec!["XOAUTH2".into(), "OAUTHBEARER".into()]
            }))
        );
    }
}
