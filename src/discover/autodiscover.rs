//! Exchange POX autodiscover ([MS-OXDSCLI]), used only for its IMAP, POP3 and SMTP entries.
//!
//! We POST the request (the address, no credentials ever) to `https://<domain>/autodiscover/autodiscover.xml`
//! and `https://autodiscover.<domain>/autodiscover/autodiscover.xml`, at once, preferring the first. The
//! domain is always the address's own domain, which is never a public suffix, so we can never reach
//! `autodiscover.<tld>` (the 2021 "Autodiscovering the Great Leak" report). HTTP URLs are not used.
//! Results from the address's own domain over HTTPS are vouched; a redirect elsewhere is not.
//! Redirect actions (`redirectAddr`, `redirectUrl`) are reported, not followed.

use super::xml::{self, Element, XmlError};
use super::{Ctx, Outcome, Reporter, SourceError, url_within};
use crate::address::{Address, normalise_host};
use crate::model::{Auth, Protocol, Security, Server, SourceId};

/// Why an autodiscover answer could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AutodiscoverError {
    #[error(transparent)]
    Xml(#[from] XmlError),
    #[error("{}", crate::t!("error-autodiscover-not-autodiscover", root = .0.as_str()))]
    NotAutodiscover(String),
    #[error("{}", crate::t!("error-autodiscover-server-error", message = .0.as_str()))]
    ServerError(String),
}

/// One protocol entry as the response gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub login: Option<String>,
    pub spa: bool,
}

/// What an autodiscover response says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    Settings(Vec<Entry>),
    /// The server sends us elsewhere (`redirectAddr` or `redirectUrl`); not followed.
    Redirect(String),
}

/// The request body: the address and the schema we accept. No credentials.
pub(crate) fn request_body(addr: &Address) -> Vec<u8> {
    let escaped = addr
        .to_string()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n\
         <Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006\">\r\n\
         <Request><EMailAddress>{escaped}</EMailAddress>\r\n\
         <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>\r\n\
         </Request></Autodiscover>\r\n"
    )
    .into_bytes()
}

fn on_off(el: &Element, name: &str, default: bool) -> bool {
    match el.child_text(name).map(str::to_ascii_lowercase).as_deref() {
        Some("on") | Some("true") => true,
        Some("off") | Some("false") => false,
        _ => default,
    }
}

fn entry(p: &Element) -> Option<Entry> {
    let protocol = match p.child_text("Type")?.to_ascii_uppercase().as_str() {
        "IMAP" => Protocol::Imap,
        "POP3" => Protocol::Pop3,
        "SMTP" => Protocol::Smtp,
        _ => return None,
    };
    let host = p.child_text("Server")?.to_owned();
    let port: u16 = p.child_text("Port")?.parse().ok().filter(|&p| p > 0)?;
    // Any of the SSL/TLS ports counts, whichever protocol the entry names.
    let implicit_port = Protocol::ALL.iter().any(|p| p.tls_port() == port);
    // `Encryption` overrides `SSL` when present; `SSL` defaults to on.
    let security = match p
        .child_text("Encryption")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("ssl") => Security::Tls,
        Some("tls") => Security::Starttls,
        Some("none") => Security::Plain,
        _ if !on_off(p, "SSL", true) => Security::Plain,
        _ if implicit_port => Security::Tls,
        _ => Security::Starttls,
    };
    Some(Entry {
        protocol,
        host,
        port,
        security,
        login: p.child_text("LoginName").map(str::to_owned),
        spa: on_off(p, "SPA", true),
    })
}

/// Parses a POX autodiscover response.
pub fn parse(input: &[u8]) -> Result<Response, AutodiscoverError> {
    let root = xml::parse(input)?;
    if !root.name.eq_ignore_ascii_case("Autodiscover") {
        return Err(AutodiscoverError::NotAutodiscover(root.name));
    }
    let response = root.child("Response").ok_or_else(|| {
        AutodiscoverError::NotAutodiscover("Autodiscover without Response".into())
    })?;
    if let Some(err) = response.child("Error") {
        let msg = err
            .child_text("Message")
            .or_else(|| err.child_text("ErrorCode"))
            .map_or_else(|| crate::t!("error-autodiscover-unknown"), str::to_owned);
        return Err(AutodiscoverError::ServerError(msg));
    }
    let account = response
        .child("Account")
        .ok_or_else(|| AutodiscoverError::NotAutodiscover("Response without Account".into()))?;
    match account
        .child_text("Action")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("redirectaddr") => {
            return Ok(Response::Redirect(
                account.child_text("RedirectAddr").unwrap_or("").to_owned(),
            ));
        }
        Some("redirecturl") => {
            return Ok(Response::Redirect(
                account.child_text("RedirectUrl").unwrap_or("").to_owned(),
            ));
        }
        _ => {}
    }
    Ok(Response::Settings(
        account
            .children_named("Protocol")
            .filter_map(entry)
            .collect(),
    ))
}

impl Entry {
    fn server(&self, addr: &Address, url: &str, trusted: bool) -> Option<Server> {
        Some(Server {
            protocol: self.protocol,
            host: normalise_host(&self.host)?,
            port: self.port,
            security: self.security,
            username: self.login.clone().unwrap_or_else(|| addr.to_string()),
            auth: if self.spa {
                Auth::Ntlm
            } else {
                Auth::PasswordCleartext
            },
            source: SourceId::Autodiscover,
            url: url.to_owned(),
            trusted,
            oauth: None,
        })
    }
}

async fn post(ctx: &Ctx, url: &url::Url) -> Result<(Response, crate::net::Fetched), SourceError> {
    let body = crate::net::http_post_xml(request_body(&ctx.addr));
    let fetched = super::fetch_within(ctx, url, Some(body), ctx.opts.timeouts.http).await?;
    let resp = parse(&fetched.body).map_err(|error| SourceError::Autodiscover {
        url: url.to_string(),
        error,
    })?;
    Ok((resp, fetched))
}

pub(super) async fn run(ctx: &Ctx, rep: &Reporter) -> Result<Outcome, SourceError> {
    let d = ctx.addr.domain();
    // Guard kept explicit: the address domain is never a bare public suffix.
    if crate::address::registrable_domain(d).is_none() {
        return Ok(Outcome {
            detail: format!("{d} is a public suffix; autodiscover is never asked there"),
        });
    }
    let urls: Vec<url::Url> = [
        format!("https://{d}/autodiscover/autodiscover.xml"),
        format!("https://autodiscover.{d}/autodiscover/autodiscover.xml"),
    ]
    .iter()
    .filter_map(|u| url::Url::parse(u).ok())
    .collect();
    let results = futures_util::future::join_all(urls.iter().map(|u| post(ctx, u))).await;
    let mut first_err = None;
    for r in results {
        match r {
            Ok((Response::Settings(entries), fetched)) => {
                let trusted =
                    fetched.url.scheme() == "https" && url_within(&fetched.url, &ctx.addr);
                let shown = fetched.url.to_string();
                let servers: Vec<Server> = entries
                    .iter()
                    .filter_map(|e| e.server(&ctx.addr, &shown, trusted))
                    .collect();
                let n = servers.len();
                rep.found(servers);
                return Ok(Outcome {
                    detail: format!(
                        "{n} mail server entr{} at {shown}",
                        if n == 1 { "y" } else { "ies" }
                    ),
                });
            }
            Ok((Response::Redirect(to), fetched)) => {
                return Ok(Outcome {
                    detail: format!("{} redirects to {to:?}; not followed", fetched.url),
                });
            }
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(Outcome {
            detail: "no autodiscover URL".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESPONSE: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
    <Account>
      <AccountType>email</AccountType>
      <Action>settings</Action>
      <Protocol><Type>IMAP</Type><Server>imap.example.com</Server><Port>993</Port><LoginName>jo@example.com</LoginName><SPA>off</SPA></Protocol>
      <Protocol><Type>SMTP</Type><Server>smtp.example.com</Server><Port>587</Port><SSL>on</SSL><Encryption>TLS</Encryption><SPA>off</SPA></Protocol>
      <Protocol><Type>POP3</Type><Server>pop.example.com</Server><Port>110</Port><SSL>off</SSL></Protocol>
      <Protocol><Type>EXCH</Type><Server>ex.example.com</Server></Protocol>
    </Account>
  </Response>
</Autodiscover>"#;

    #[test]
    fn parses_protocols() {
        let Response::Settings(e) = parse(RESPONSE.as_bytes()).unwrap() else {
            panic!()
        };
        assert_eq!(e.len(), 3);
        assert_eq!(
            (e[0].protocol, e[0].security, e[0].spa),
            (Protocol::Imap, Security::Tls, false)
        );
        assert_eq!(e[0].login.as_deref(), Some("jo@example.com"));
        assert_eq!(
            (e[1].protocol, e[1].security),
            (Protocol::Smtp, Security::Starttls)
        );
        assert_eq!(
            (e[2].protocol, e[2].security, e[2].spa),
            (Protocol::Pop3, Security::Plain, true)
        );
    }

    #[test]
    fn redirects_and_errors() {
        let r = br#"<Autodiscover><Response><Account><Action>redirectAddr</Action><RedirectAddr>a@b.com</RedirectAddr></Account></Response></Autodiscover>"#;
        assert_eq!(parse(r).unwrap(), Response::Redirect("a@b.com".into()));
        let e = br#"<Autodiscover><Response><Error><ErrorCode>500</ErrorCode><Message>The email address can't be found.</Message></Error></Response></Autodiscover>"#;
        assert!(matches!(parse(e), Err(AutodiscoverError::ServerError(_))));
        assert!(matches!(
            parse(b"<html/>"),
            Err(AutodiscoverError::NotAutodiscover(_))
        ));
    }

    #[test]
    fn request_has_no_credentials() {
        let addr = Address::parse("jo@example.com").unwrap();
        let body = String::from_utf8(request_body(&addr)).unwrap();
        assert!(body.contains("<EMailAddress>jo@example.com</EMailAddress>"));
        assert!(!body.to_lowercase().contains("password"));
    }
}
