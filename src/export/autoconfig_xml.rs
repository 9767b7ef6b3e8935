//! `config-v1.1.xml` for the domain, to publish at `https://autoconfig.<domain>/mail/config-v1.1.xml`
//! or `https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml` (Thunderbird's autoconfig
//! format, draft-ietf-mailmaint-autoconfig). Usernames become placeholders so one file serves everyone.

use super::{Account, username_template, xml_escape};
use crate::model::{Security, Server};

fn socket_type(s: &Server) -> &'static str {
    match s.security {
        Security::Tls => "SSL",
        Security::Starttls => "STARTTLS",
        Security::Plain => "plain",
    }
}

fn server(tag: &str, kind: &str, s: &Server, a: &Account, extra: &str) -> String {
    format!(
        "    <{tag} type=\"{kind}\">\n      <hostname>{}</hostname>\n      <port>{}</port>\n      <socketType>{}</socketType>\n      <authentication>{}</authentication>\n      <username>{}</username>\n{extra}    </{tag}>\n",
        xml_escape(&s.host),
        s.port,
        socket_type(s),
        s.auth.as_str().replace("oauth2", "OAuth2"),
        username_template(&s.username, &a.address),
    )
}

/// The file's text.
pub fn render(a: &Account) -> String {
    let domain = xml_escape(a.address.domain());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\">\n  <emailProvider id=\"{domain}\">\n    <domain>{domain}</domain>\n    <displayName>{domain}</displayName>\n    <displayShortName>{domain}</displayShortName>\n"
    );
    let extra = if a.incoming.protocol == crate::model::Protocol::Pop3 {
        format!(
            "      <pop3>\n        <leaveMessagesOnServer>{}</leaveMessagesOnServer>\n      </pop3>\n",
            a.leave_on_server
        )
    } else {
        String::new()
    };
    out.push_str(&server(
        "incomingServer",
        a.incoming.protocol.as_str(),
        &a.incoming,
        a,
        &extra,
    ));
    if let Some(o) = &a.outgoing {
        out.push_str(&server("outgoingServer", "smtp", o, a, ""));
    }
    out.push_str("  </emailProvider>\n</clientConfig>\n");
    out
}

/// Where to put it, for the person publishing it.
pub(crate) fn instructions(a: &Account) -> String {
    crate::t!("export-autoconfig-howto", domain = a.address.domain())
}
