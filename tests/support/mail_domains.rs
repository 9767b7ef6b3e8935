//! The mail domains the wizard tests (window and terminal) set up: wiz.test with its HTTPS
//! autoconfig and Dovecot, away.test whose SRV records name a server in another domain, and
//! slow.test whose autoconfig host never answers.

use super::{
    Behaviour, Block, Ca, Dns, Dovecot, DovecotExtras, DovecotPorts, Reply, Rogue, Web, Zone,
};

/// wiz.test's autoconfig file: IMAP, POP3 and SMTP at mail.wiz.test, all with TLS.
pub const XML: &str = r#"<clientConfig version="1.1"><emailProvider id="wiz.test"><domain>wiz.test</domain>
<incomingServer type="imap"><hostname>mail.wiz.test</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<incomingServer type="pop3"><hostname>mail.wiz.test</hostname><port>995</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>mail.wiz.test</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#;

/// DNS, the domain's autoconfig over HTTPS, Dovecot with alice@wiz.test / alicepw, and two more
/// domains: one whose SRV records point outside it (away.test, served by
/// mail.elsewhere-hosting.test), one whose autoconfig host never answers (slow.test).
pub struct MailDomains {
    _dns: Dns,
    _web: Web,
    _dovecot: Dovecot,
    _sink: Rogue,
    pub ca: Ca,
    pub dns_addr: std::net::SocketAddr,
    pub block: Block,
}

impl MailDomains {
    pub fn start() -> MailDomains {
        let b = Block::fresh();
        let ca = Ca::new();
        let web = b.ip(2);
        let mail = b.ip(3);
        let dns = Dns::start(
            b.ip(1),
            &Zone::default()
                .host("autoconfig.wiz.test", web)
                .host("mail.wiz.test", mail)
                .host("mail.elsewhere-hosting.test", mail)
                .srv(
                    "_imaps._tcp.away.test",
                    "mail.elsewhere-hosting.test",
                    993,
                    0,
                    0,
                )
                .srv(
                    "_submissions._tcp.away.test",
                    "mail.elsewhere-hosting.test",
                    465,
                    0,
                    0,
                )
                .host("autoconfig.slow.test", web),
        );
        let web_server = Web::start(
            web,
            &ca,
            &["autoconfig.wiz.test", "autoconfig.slow.test"],
            vec![
                (
                    "https",
                    "autoconfig.wiz.test",
                    "/mail/config-v1.1.xml",
                    Reply::Body(XML.into()),
                ),
                (
                    "https",
                    "autoconfig.slow.test",
                    "/mail/config-v1.1.xml",
                    Reply::Hang,
                ),
            ],
        );
        let relay = std::net::SocketAddr::from((b.ip(5), 2525));
        let sink = Rogue::start(relay, Behaviour::SmtpSink);
        let leaf = ca.leaf(&["mail.wiz.test", "mail.elsewhere-hosting.test"]);
        let dovecot = Dovecot::start_with(
            mail,
            &leaf,
            &["alice@wiz.test", "alice@away.test"],
            DovecotPorts::STANDARD,
            DovecotExtras {
                relay: Some(relay),
                no_tls: false,
                lmtp: None,
            },
        );
        MailDomains {
            dns_addr: dns.addr,
            _dns: dns,
            _web: web_server,
            _dovecot: dovecot,
            _sink: sink,
            ca,
            block: b,
        }
    }
}

impl MailDomains {
    /// An ISPDB address in the block where nothing listens (the lookup fails at once).
    pub fn ispdb_url(&self) -> String {
        format!("https://{}/none/", self.block.ip(9))
    }
}
