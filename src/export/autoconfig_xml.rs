//! `config-v1.1.xml` for the domain, to publish at `https://autoconfig.<domain>/mail/config-v1.1.xml`
//! or `https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml` (Thunderbird's autoconfig
//! format, draft-ietf-mailmaint-autoconfig). Usernames become placeholders so one file serves everyone.
//! A server that signs in with OAuth2 says `<authentication>OAuth2</authentication>`, and the
//! provider's endpoints follow as the `<oAuth2>` element beside `emailProvider`, as in the ISPDB;
//! never a token.

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
    out.push_str("  </emailProvider>\n");
    let oauth = std::iter::once(&a.incoming)
        .chain(a.outgoing.as_ref())
        .find_map(|s| s.oauth.as_ref());
    if let Some(o) = oauth {
        out.push_str(&format!(
            "  <oAuth2>\n    <issuer>{}</issuer>\n    <scope>{}</scope>\n    <authURL>{}</authURL>\n    <tokenURL>{}</tokenURL>\n  </oAuth2>\n",
            xml_escape(&o.issuer),
            xml_escape(&o.scope),
            xml_escape(&o.auth_url),
            xml_escape(&o.token_url),
        ));
    }
    out.push_str("</clientConfig>\n");
    out
}

/// Where to put it, for the person publishing it.
pub(crate) fn instructions(a: &Account) -> String {
    crate::t!("export-autoconfig-howto", domain = a.address.domain())
}
