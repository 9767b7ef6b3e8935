//! The live check against server implementations other than Dovecot, so that what passes is not
//! one program's habits: GNU Mailutils' `imap4d` and `pop3d` (IMAP, POP3) and aiosmtpd (SMTP
//! submission). Each is asked the same things: the right password over SSL/TLS and over STARTTLS,
//! a wrong password, and settings with SSL/TLS and STARTTLS mixed up on a standard port. Every
//! server refuses a login before TLS, so the password is never sent before TLS here either.

mod support;

use futures_util::future::join_all;
use mailsetup::address::Address;
use mailsetup::check::{ProblemKind, ServerCheck, check_server};
use mailsetup::model::{Auth, Protocol, Secret, Security, Server, SourceId};
use support::{Aiosmtpd, Block, Ca, Dns, Leaf, Mailutils, Zone};

const PW: &str = "alicepw";

/// DNS for `mail.<domain>` at the block's third address, and a certificate for that name.
struct Site {
    _dns: Dns,
    net: mailsetup::net::Net,
    _ca: Ca,
    leaf: Leaf,
    ip: std::net::Ipv4Addr,
    domain: String,
}

fn site(domain: &str) -> Site {
    let block = Block::fresh();
    let ca = Ca::new();
    let ip = block.ip(3);
    let host = format!("mail.{domain}");
    let dns = Dns::start(block.ip(1), &Zone::default().host(&host, ip));
    let leaf = ca.leaf(&[&host]);
    let net = support::net(&dns, &ca, None);
    Site {
        _dns: dns,
        net,
        _ca: ca,
        leaf,
        ip,
        domain: domain.into(),
    }
}

impl Site {
    fn address(&self) -> String {
        format!("alice@{}", self.domain)
    }

    /// Vouched settings for alice (full address as username, so no other form is tried).
    fn server(&self, protocol: Protocol, port: u16, security: Security) -> Server {
        Server {
            protocol,
            host: format!("mail.{}", self.domain),
            port,
            security,
            username: self.address(),
            auth: Auth::PasswordCleartext,
            source: SourceId::Autoconfig,
            url: "test".into(),
            trusted: true,
            oauth: None,
        }
    }

    /// Checks every case at once, in order.
    async fn check_all(&self, cases: &[(Protocol, u16, Security)], pw: &str) -> Vec<ServerCheck> {
        let addr = Address::parse(&self.address()).expect("address");
        let secret = Secret::new(pw.to_string());
        let timeouts = support::check_timeouts();
        join_all(cases.iter().map(|&(p, port, sec)| {
            let s = self.server(p, port, sec);
            let (addr, secret, timeouts) = (&addr, &secret, &timeouts);
            async move { check_server(&self.net, addr, &s, secret, timeouts).await }
        }))
        .await
    }
}

fn kind(c: &ServerCheck) -> Option<ProblemKind> {
    // check_server leaves diagnosis to check(); run it the same way here.
    c.error.as_ref().map(|e| {
        mailsetup::check::diagnosis::diagnose(c.server.protocol.direction(), &c.server, e, None)
            .kind
    })
}

/// Scenarios 1–3: the right password over SSL/TLS and STARTTLS works on the settings as given; a
/// wrong one is a wrong password, over either.
async fn logins(
    site: &Site,
    tls: &[(Protocol, u16)],
    starttls: &[(Protocol, u16)],
    log: &dyn Fn() -> String,
) {
    let mut cases = Vec::new();
    cases.extend(tls.iter().map(|&(p, port)| (p, port, Security::Tls)));
    cases.extend(
        starttls
            .iter()
            .map(|&(p, port)| (p, port, Security::Starttls)),
    );
    for (c, (p, port, sec)) in site.check_all(&cases, PW).await.iter().zip(&cases) {
        assert!(
            c.ok,
            "{p} {port} {sec}: {:?}\n{}\n{}",
            c.error,
            c.transcript.join("\n"),
            log()
        );
        assert_eq!(
            (c.server.port, c.server.security),
            (*port, *sec),
            "{p} {port} {sec}: the settings as given"
        );
        assert!(c.notes.is_empty(), "{p} {port} {sec}: {:?}", c.notes);
        assert!(
            c.transcript.iter().all(|l| !l.contains(PW)),
            "{p} {port} {sec}: password in transcript"
        );
    }
    for (c, (p, port, sec)) in site.check_all(&cases, "wrong").await.iter().zip(&cases) {
        assert!(!c.ok, "{p} {port} {sec}");
        assert_eq!(
            kind(c),
            Some(ProblemKind::WrongPassword),
            "{p} {port} {sec}: {:?}\n{}",
            c.error,
            c.transcript.join("\n")
        );
    }
}

/// Scenarios 4 and 5: SSL/TLS set on the STARTTLS port, STARTTLS set on the SSL/TLS port. Both
/// work on the same port with the other security, and a note says which to choose.
async fn mixups(site: &Site, pairs: &[(Protocol, u16, u16)], log: &dyn Fn() -> String) {
    let mut cases = Vec::new();
    for &(p, plain, tls) in pairs {
        cases.push((p, plain, Security::Tls));
        cases.push((p, tls, Security::Starttls));
    }
    for (c, (p, port, sec)) in site.check_all(&cases, PW).await.iter().zip(&cases) {
        let (want, note) = match sec {
            Security::Tls => (Security::Starttls, "uses STARTTLS, not SSL/TLS"),
            _ => (Security::Tls, "uses SSL/TLS, not STARTTLS"),
        };
        assert!(
            c.ok,
            "{p} {port} set to {sec}: {:?}\n{}\n{}",
            c.error,
            c.transcript.join("\n"),
            log()
        );
        assert_eq!(
            (c.server.port, c.server.security),
            (*port, want),
            "{p} {port} set to {sec}"
        );
        assert!(
            c.notes.iter().any(|n| n.contains(note)),
            "{p} {port} set to {sec}: {:?}",
            c.notes
        );
        assert!(c.transcript.iter().all(|l| !l.contains(PW)));
    }
}

fn mailutils(domain: &str) -> (Site, Mailutils) {
    let site = site(domain);
    let mu = Mailutils::start(site.ip, &site.leaf, &site.domain, &["alice"]);
    (site, mu)
}

fn aiosmtpd(domain: &str) -> (Site, Aiosmtpd) {
    let site = site(domain);
    let smtp = Aiosmtpd::start(
        site.ip,
        &site.leaf,
        &format!("mail.{domain}"),
        &[&site.address()],
    );
    (site, smtp)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mailutils_imap_and_pop3_logins() {
    let (site, mu) = mailutils("mu.test");
    logins(
        &site,
        &[(Protocol::Imap, 993), (Protocol::Pop3, 995)],
        &[(Protocol::Imap, 143), (Protocol::Pop3, 110)],
        &|| mu.log(),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mailutils_imap_and_pop3_security_mixups() {
    let (site, mu) = mailutils("mu-mixup.test");
    mixups(
        &site,
        &[(Protocol::Imap, 143, 993), (Protocol::Pop3, 110, 995)],
        &|| mu.log(),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aiosmtpd_submission_logins() {
    let (site, smtp) = aiosmtpd("aio.test");
    logins(
        &site,
        &[(Protocol::Smtp, 465)],
        &[(Protocol::Smtp, 587)],
        &|| smtp.log(),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aiosmtpd_submission_security_mixups() {
    let (site, smtp) = aiosmtpd("aio-mixup.test");
    mixups(&site, &[(Protocol::Smtp, 587, 465)], &|| smtp.log()).await;
}
