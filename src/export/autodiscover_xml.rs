//! The Exchange POX autodiscover response ([MS-OXDSCLI]) for Outlook, to serve at
//! `https://autodiscover.<domain>/autodiscover/autodiscover.xml`. `SSL` and `SPA` default to on when
//! absent, so both are always written; STARTTLS is `Encryption` `TLS`.

use super::{Account, xml_escape};
use crate::model::{Protocol, Security, Server};

fn protocol(s: &Server) -> String {
    let kind = match s.protocol {
        Protocol::Imap => "IMAP",
        Protocol::Pop3 => "POP3",
        Protocol::Smtp => "SMTP",
    };
    let security = match s.security {
        Security::Tls => "        <SSL>on</SSL>\n        <Encryption>SSL</Encryption>\n",
        Security::Starttls => "        <SSL>on</SSL>\n        <Encryption>TLS</Encryption>\n",
        Security::Plain => "        <SSL>off</SSL>\n        <Encryption>None</Encryption>\n",
    };
    format!(
        "      <Protocol>\n        <Type>{kind}</Type>\n        <Server>{}</Server>\n        <Port>{}</Port>\n        <LoginName>{}</LoginName>\n        <DomainRequired>off</DomainRequired>\n        <SPA>off</SPA>\n{security}        <AuthRequired>on</AuthRequired>\n      </Protocol>\n",
        xml_escape(&s.host),
        s.port,
        xml_escape(&s.username)
    )
}

/// The response document.
pub fn render(a: &Account) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">\n  <Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">\n    <Account>\n      <AccountType>email</AccountType>\n      <Action>settings</Action>\n",
    );
    out.push_str(&protocol(&a.incoming));
    if let Some(o) = &a.outgoing {
        out.push_str(&protocol(o));
    }
    out.push_str("    </Account>\n  </Response>\n</Autodiscover>\n");
    out
}

pub(crate) fn instructions(a: &Account) -> String {
    crate::t!("export-autodiscover-howto", domain = a.address.domain())
}
