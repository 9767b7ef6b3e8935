//! Discovery against real servers on loopback: dnsmasq for DNS, an HTTPS/HTTP server with a test CA,
//! Dovecot for guessing. One test per source, ranking across sources, a hanging higher-priority
//! source, hostile answers, and nothing at all.

mod support;

use std::time::{Duration, Instant};

use mailsetup::address::Address;
use mailsetup::discover::{Discovery, Progress, SourceStatus, discover};
use mailsetup::model::{Protocol, Security, SourceId};
use support::{Behaviour, Block, Ca, Dns, Dovecot, DovecotPorts, Reply, Rogue, Web, Zone};

fn autoconfig_xml(domain: &str, imap: (&str, u16, &str), smtp: (&str, u16, &str)) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{domain}">
    <domain>{domain}</domain>
    <displayName>{domain} mail</displayName>
    <incomingServer type="imap">
      <hostname>{}</hostname><port>{}</port><socketType>{}</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>{}</hostname><port>{}</port><socketType>{}</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>"#,
        imap.0, imap.1, imap.2, smtp.0, smtp.1, smtp.2
    )
}

async fn run(dns: &Dns, ca: &Ca, ispdb: Option<&str>, address: &str) -> Discovery {
    let net = support::net(dns, ca, ispdb);
    let addr = Address::parse(address).expect("address");
    discover(&net, &addr, &support::options(&[]), None).await
}

fn status(d: &Discovery, s: SourceId) -> SourceStatus {
    d.source(s)
        .map(|r| r.status)
        .unwrap_or(SourceStatus::Running)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bundled_data_answers_for_a_known_provider() {
    let b = Block::fresh();
    let ca = Ca::new();
    let dns = Dns::start(b.ip(1), &Zone::default());
    let d = run(&dns, &ca, None, "someone@googlemail.com").await;
    let first = &d.incoming[0];
    assert_eq!(
        (first.host.as_str(), first.port, first.security),
        ("imap.gmail.com", 993, Security::Tls)
    );
    assert_eq!(first.source, SourceId::Bundled);
    assert!(first.trusted);
    assert_eq!(first.url, "bundled:googlemail.com");
    assert_eq!(d.outgoing[0].host, "smtp.gmail.com");
    assert_eq!(status(&d, SourceId::Bundled), SourceStatus::Found);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn site_file_overrides_bundled_data() {
    let b = Block::fresh();
    let ca = Ca::new();
    let dns = Dns::start(b.ip(1), &Zone::default());
    let site = support::tempdir();
    std::fs::write(
        site.path().join("gmail.com.xml"),
        autoconfig_xml(
            "gmail.com",
            ("imap.corp.example", 993, "SSL"),
            ("smtp.corp.example", 465, "SSL"),
        ),
    )
    .unwrap();
    // A broken site file for another domain is reported, and the bundled data still answers.
    std::fs::write(
        site.path().join("yahoo.com.xml"),
        "<clientConfig><emailProvider>",
    )
    .unwrap();
    let net = support::net(&dns, &ca, None);
    let opts = support::options(&[site.path()]);
    let d = discover(&net, &Address::parse("a@gmail.com").unwrap(), &opts, None).await;
    assert_eq!(d.incoming[0].host, "imap.corp.example");
    assert!(d.incoming[0].url.starts_with("file://"));
    let d = discover(&net, &Address::parse("a@yahoo.com").unwrap(), &opts, None).await;
    assert_eq!(d.incoming[0].source, SourceId::Bundled);
    let detail = d.source(SourceId::Bundled).unwrap().detail.clone().unwrap();
    assert!(
        detail.contains("ignored") && detail.contains("yahoo.com.xml"),
        "{detail}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn domain_autoconfig_over_https_is_vouched() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("autoconfig.acme.test", web_ip)
            .host("acme.test", web_ip),
    );
    let xml = autoconfig_xml(
        "acme.test",
        ("imap.acme.test", 993, "SSL"),
        ("smtp.acme.test", 465, "SSL"),
    );
    let web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.acme.test", "acme.test"],
        vec![(
            "https",
            "autoconfig.acme.test",
            "/mail/config-v1.1.xml",
            Reply::Body(xml),
        )],
    );
    let start = Instant::now();
    let d = run(&dns, &ca, None, "Hello@ACME.test").await;
    let imap = &d.incoming[0];
    assert_eq!(
        (imap.host.as_str(), imap.port, imap.security),
        ("imap.acme.test", 993, Security::Tls)
    );
    assert_eq!(imap.source, SourceId::Autoconfig);
    assert!(imap.trusted);
    assert_eq!(imap.username, "Hello@acme.test");
    assert_eq!(
        imap.url,
        "https://autoconfig.acme.test/mail/config-v1.1.xml"
    );
    assert_eq!(d.outgoing[0].username, "Hello");
    // The address went in the query string of the HTTPS request, and never over plain HTTP.
    let seen = web.seen();
    assert!(
        seen.iter()
            .any(|s| s.scheme == "https" && s.target.contains("emailaddress=Hello%40acme.test"))
    );
    assert!(
        seen.iter()
            .filter(|s| s.scheme == "http")
            .all(|s| !s.target.contains('?') && !s.target.contains("Hello"))
    );
    // Final as soon as nothing could outrank it: no waiting for slower sources.
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(status(&d, SourceId::Autoconfig), SourceStatus::Found);
}

/// Plain-HTTP autoconfig and Exchange autodiscover wait for the domain's HTTPS autoconfig: when it
/// answers within the wait they are never sent; when it is slow they start anyway once the wait is
/// over, without waiting for it to end.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_sources_wait_for_the_https_autoconfig_a_moment() {
    let ca = Ca::new();
    let xml = autoconfig_xml(
        "wait.test",
        ("imap.wait.test", 993, "SSL"),
        ("smtp.wait.test", 465, "SSL"),
    );
    let other = autoconfig_xml(
        "wait.test",
        ("other.wait.test", 993, "SSL"),
        ("other.wait.test", 465, "SSL"),
    );
    // A fake internet of its own (DNS and one web server) whose HTTPS autoconfig answers so.
    let internet = |https: Reply| {
        let b = Block::fresh();
        let web_ip = b.ip(2);
        let dns = Dns::start(
            b.ip(1),
            &Zone::default()
                .host("autoconfig.wait.test", web_ip)
                .host("autodiscover.wait.test", web_ip)
                .host("wait.test", web_ip),
        );
        let web = Web::start(
            web_ip,
            &ca,
            &[
                "autoconfig.wait.test",
                "autodiscover.wait.test",
                "wait.test",
            ],
            vec![
                (
                    "https",
                    "autoconfig.wait.test",
                    "/mail/config-v1.1.xml",
                    https,
                ),
                (
                    "http",
                    "autoconfig.wait.test",
                    "/mail/config-v1.1.xml",
                    Reply::Body(other.clone()),
                ),
            ],
        );
        (dns, web)
    };
    let addr = Address::parse("jo@wait.test").expect("address");

    // Answered within a long wait: neither plain HTTP nor autodiscover asked anything.
    let (dns, web) = internet(Reply::Body(xml.clone()));
    let mut opts = support::options(&[]);
    opts.timeouts.web_after = Duration::from_secs(10);
    let d = discover(&support::net(&dns, &ca, None), &addr, &opts, None).await;
    assert_eq!(d.incoming[0].host, "imap.wait.test");
    let seen = web.seen();
    assert!(
        seen.iter()
            .all(|s| s.scheme == "https" && s.method == "GET"),
        "{seen:?}"
    );
    for id in [SourceId::AutoconfigHttp, SourceId::Autodiscover] {
        assert_eq!(status(&d, id), SourceStatus::Cancelled, "{id:?}");
        let why = d
            .source(id)
            .and_then(|r| r.detail.clone())
            .unwrap_or_default();
        assert!(why.starts_with("not needed"), "{why}");
    }

    // Slow (1.5 s): after the default wait both go ahead, and plain HTTP's answer is in long
    // before the HTTPS one, which still wins the ranking.
    let (dns, web) = internet(Reply::Slow(Duration::from_millis(1500), xml.clone()));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let start = Instant::now();
    // When plain HTTP started, read live (the events carry no time of their own).
    let watch = tokio::spawn(async move {
        while let Some(p) = rx.recv().await {
            if p == Progress::Started(SourceId::AutoconfigHttp) {
                return Some(start.elapsed());
            }
        }
        None
    });
    let net = support::net(&dns, &ca, None);
    let d = discover(&net, &addr, &support::options(&[]), Some(tx)).await;
    let http_started = watch.await.expect("watcher").expect("plain HTTP started");
    assert!(
        http_started < Duration::from_millis(1000),
        "plain HTTP waited for HTTPS: started after {http_started:?}"
    );
    assert_eq!(d.incoming[0].host, "imap.wait.test");
    assert_eq!(status(&d, SourceId::AutoconfigHttp), SourceStatus::Found);
    assert!(
        web.seen().iter().any(|s| s.method == "POST"),
        "autodiscover never asked"
    );
    assert!(d.incoming.iter().any(|s| s.host == "other.wait.test"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn well_known_is_the_fallback_and_plain_http_is_not_vouched() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("wk.test", web_ip)
            .host("autoconfig.legacy.test", web_ip)
            .host("legacy.test", web_ip),
    );
    let wk = autoconfig_xml(
        "wk.test",
        ("imap.wk.test", 993, "SSL"),
        ("smtp.wk.test", 465, "SSL"),
    );
    let legacy = autoconfig_xml(
        "legacy.test",
        ("imap.legacy.test", 993, "SSL"),
        ("smtp.legacy.test", 587, "STARTTLS"),
    );
    let web = Web::start(
        web_ip,
        &ca,
        &["wk.test", "autoconfig.legacy.test", "legacy.test"],
        vec![
            (
                "https",
                "wk.test",
                "/.well-known/autoconfig/mail/config-v1.1.xml",
                Reply::Body(wk),
            ),
            (
                "http",
                "autoconfig.legacy.test",
                "/mail/config-v1.1.xml",
                Reply::Body(legacy),
            ),
        ],
    );
    let d = run(&dns, &ca, None, "a@wk.test").await;
    assert_eq!(d.incoming[0].source, SourceId::Autoconfig);
    assert_eq!(
        d.incoming[0].url,
        "https://wk.test/.well-known/autoconfig/mail/config-v1.1.xml"
    );
    assert!(d.incoming[0].trusted);

    let d = run(&dns, &ca, None, "bob@legacy.test").await;
    assert_eq!(d.incoming[0].source, SourceId::AutoconfigHttp);
    assert!(!d.incoming[0].trusted);
    assert_eq!(d.incoming[0].host, "imap.legacy.test");
    let http: Vec<_> = web
        .seen()
        .into_iter()
        .filter(|s| s.scheme == "http")
        .collect();
    assert!(!http.is_empty());
    assert!(
        http.iter().all(|s| !s.target.contains("bob")),
        "address leaked over HTTP: {http:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ispdb_and_mx_to_provider() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("ispdb.test", web_ip)
            .mx("shop.test", "mx2.bighoster.test", 20)
            .mx("shop.test", "mx1.bighoster.test", 10)
            .mx("o365.test", "o365-test.mail.protection.outlook.com", 0),
    );
    let isp = autoconfig_xml(
        "isp.test",
        ("imap.isp.test", 993, "SSL"),
        ("smtp.isp.test", 465, "SSL"),
    );
    let hoster = autoconfig_xml(
        "bighoster.test",
        ("imap.bighoster.test", 993, "SSL"),
        ("smtp.bighoster.test", 587, "STARTTLS"),
    );
    let _web = Web::start(
        web_ip,
        &ca,
        &["ispdb.test"],
        vec![
            ("https", "ispdb.test", "/v1.1/isp.test", Reply::Body(isp)),
            (
                "https",
                "ispdb.test",
                "/v1.1/bighoster.test",
                Reply::Body(hoster),
            ),
        ],
    );
    let ispdb = "https://ispdb.test/v1.1/";
    let d = run(&dns, &ca, Some(ispdb), "a@isp.test").await;
    assert_eq!(d.incoming[0].source, SourceId::Ispdb);
    assert!(d.incoming[0].trusted);
    assert_eq!(d.incoming[0].url, "https://ispdb.test/v1.1/isp.test");

    let d = run(&dns, &ca, Some(ispdb), "a@shop.test").await;
    assert_eq!(d.incoming[0].source, SourceId::Mx);
    assert_eq!(d.incoming[0].host, "imap.bighoster.test");
    assert!(!d.incoming[0].trusted, "unsigned MX is not vouched");
    let detail = d.source(SourceId::Mx).unwrap().detail.clone().unwrap();
    assert!(
        detail.contains("mx1.bighoster.test"),
        "most-preferred MX used: {detail}"
    );

    let d = run(&dns, &ca, Some(ispdb), "a@o365.test").await;
    assert_eq!(d.incoming[0].source, SourceId::Mx);
    assert_eq!(d.incoming[0].host, "outlook.office365.com");
    assert!(d.incoming[0].url.contains("bundled:office365.com"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn srv_records_with_priority_weight_and_dot_target() {
    let b = Block::fresh();
    let ca = Ca::new();
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .srv("_imaps._tcp.srv.test", "backup.srv.test", 993, 20, 0)
            .srv("_imaps._tcp.srv.test", "imap.srv.test", 993, 10, 5)
            .srv_none("_pop3s._tcp.srv.test")
            .srv("_submission._tcp.srv.test", "smtp.srv.test", 587, 0, 1),
    );
    let d = run(&dns, &ca, None, "a@srv.test").await;
    let hosts: Vec<_> = d
        .incoming
        .iter()
        .map(|s| (s.host.as_str(), s.port))
        .collect();
    assert_eq!(hosts, [("imap.srv.test", 993), ("backup.srv.test", 993)]);
    assert!(
        d.incoming
            .iter()
            .all(|s| s.source == SourceId::Srv && !s.trusted && s.protocol == Protocol::Imap)
    );
    assert_eq!(d.outgoing[0].security, Security::Starttls);
    assert_eq!(d.outgoing[0].url, "dns:_submission._tcp.srv.test");
    let detail = d.source(SourceId::Srv).unwrap().detail.clone().unwrap();
    assert!(detail.contains("_pop3s._tcp: not offered"), "{detail}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exchange_autodiscover_without_credentials() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default().host("autodiscover.exch.test", web_ip),
    );
    let response = r#"<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
 <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
  <Account><AccountType>email</AccountType><Action>settings</Action>
   <Protocol><Type>EXCH</Type><Server>ex.exch.test</Server></Protocol>
   <Protocol><Type>IMAP</Type><Server>imap.exch.test</Server><Port>993</Port><SSL>on</SSL><SPA>off</SPA><LoginName>jo</LoginName></Protocol>
   <Protocol><Type>SMTP</Type><Server>smtp.exch.test</Server><Port>587</Port><Encryption>TLS</Encryption><SPA>off</SPA></Protocol>
  </Account>
 </Response>
</Autodiscover>"#;
    let web = Web::start(
        web_ip,
        &ca,
        &["autodiscover.exch.test"],
        vec![(
            "https",
            "autodiscover.exch.test",
            "/autodiscover/autodiscover.xml",
            Reply::Body(response.into()),
        )],
    );
    let d = run(&dns, &ca, None, "jo@exch.test").await;
    assert_eq!(d.incoming[0].source, SourceId::Autodiscover);
    assert_eq!(d.incoming[0].host, "imap.exch.test");
    assert_eq!(d.incoming[0].username, "jo");
    assert!(d.incoming[0].trusted);
    assert_eq!(
        (d.outgoing[0].host.as_str(), d.outgoing[0].security),
        ("smtp.exch.test", Security::Starttls)
    );
    let posts: Vec<_> = web
        .seen()
        .into_iter()
        .filter(|s| s.method == "POST")
        .collect();
    assert!(!posts.is_empty());
    for p in posts {
        assert!(!p.has_authorization, "credentials sent to autodiscover");
        assert!(p.body.contains("<EMailAddress>jo@exch.test</EMailAddress>"));
        assert_eq!(p.scheme, "https");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guessing_probes_real_dovecot() {
    let b = Block::fresh();
    let ca = Ca::new();
    let mail_ip = b.ip(3);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("imap.guess.test", mail_ip)
            .host("smtp.guess.test", mail_ip)
            .host("mail.guess.test", mail_ip),
    );
    let leaf = ca.leaf(&["imap.guess.test", "smtp.guess.test", "mail.guess.test"]);
    let _dovecot = Dovecot::start(
        mail_ip,
        &leaf,
        &["alice@guess.test"],
        DovecotPorts::STANDARD,
    );
    let d = run(&dns, &ca, None, "alice@guess.test").await;
    let i = &d.incoming[0];
    assert_eq!(
        (i.host.as_str(), i.port, i.security, i.source),
        ("imap.guess.test", 993, Security::Tls, SourceId::Guess)
    );
    assert!(!i.trusted);
    let o = &d.outgoing[0];
    assert_eq!(
        (o.host.as_str(), o.port, o.security),
        ("smtp.guess.test", 465, Security::Tls)
    );
    assert!(d.incoming.iter().all(|s| s.security != Security::Plain));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guessing_upgrades_with_starttls_when_there_is_no_implicit_tls() {
    let b = Block::fresh();
    let ca = Ca::new();
    let mail_ip = b.ip(3);
    let dns = Dns::start(b.ip(1), &Zone::default().host("mail.stls.test", mail_ip));
    let leaf = ca.leaf(&["mail.stls.test"]);
    let ports = DovecotPorts {
        imap: Some(143),
        imaps: None,
        pop3: Some(110),
        pop3s: None,
        submission: Some(587),
        submissions: None,
    };
    let _dovecot = Dovecot::start(mail_ip, &leaf, &["alice@stls.test"], ports);
    let d = run(&dns, &ca, None, "alice@stls.test").await;
    // The best is IMAP with STARTTLS; POP3 may or may not be listed as an alternative, depending on
    // whether its probe finished before the answer was certain.
    let i = &d.incoming[0];
    assert_eq!(
        (i.protocol, i.host.as_str(), i.port, i.security),
        (Protocol::Imap, "mail.stls.test", 143, Security::Starttls)
    );
    assert!(
        d.incoming
            .iter()
            .all(|s| s.security == Security::Starttls && s.host == "mail.stls.test")
    );
    let o = &d.outgoing[0];
    assert_eq!(
        (o.host.as_str(), o.port, o.security),
        ("mail.stls.test", 587, Security::Starttls)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guessing_refuses_a_certificate_for_another_host() {
    let b = Block::fresh();
    let ca = Ca::new();
    let mail_ip = b.ip(3);
    let dns = Dns::start(b.ip(1), &Zone::default().host("imap.badcert.test", mail_ip));
    let leaf = ca.leaf(&["someone-else.test"]);
    let _dovecot = Dovecot::start(
        mail_ip,
        &leaf,
        &["alice@badcert.test"],
        DovecotPorts::STANDARD,
    );
    let d = run(&dns, &ca, None, "alice@badcert.test").await;
    assert!(d.incoming.is_empty(), "{:?}", d.incoming);
    assert_eq!(status(&d, SourceId::Guess), SourceStatus::Nothing);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ranking_the_providers_word_first_then_security_then_protocol() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("autoconfig.rank.test", web_ip)
            .srv("_imaps._tcp.rank.test", "srv-imap.rank.test", 993, 0, 0)
            .srv("_pop3s._tcp.rank.test", "srv-pop.rank.test", 995, 0, 0)
            .srv("_submission._tcp.rank.test", "smtp.rank.test", 587, 0, 0),
    );
    // The domain's own file offers IMAP with STARTTLS only, and the same SMTP server as the SRV record.
    let xml = autoconfig_xml(
        "rank.test",
        ("imap.rank.test", 143, "STARTTLS"),
        ("smtp.rank.test", 587, "STARTTLS"),
    );
    let _web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.rank.test"],
        vec![(
            "https",
            "autoconfig.rank.test",
            "/mail/config-v1.1.xml",
            // Slow enough that the SRV answers are in hand when the file comes: the answer is final
            // as soon as it does, since nothing can outrank the domain's own file.
            Reply::Slow(Duration::from_millis(300), xml),
        )],
    );
    let d = run(&dns, &ca, None, "a@rank.test").await;
    let order: Vec<_> = d
        .incoming
        .iter()
        .map(|s| (s.host.as_str(), s.security, s.source))
        .collect();
    // The domain's own (vouched) STARTTLS server outranks unsigned SRV records offering implicit TLS;
    // within the SRV rank, IMAP comes before POP3.
    assert_eq!(
        order,
        [
            ("imap.rank.test", Security::Starttls, SourceId::Autoconfig),
            ("srv-imap.rank.test", Security::Tls, SourceId::Srv),
            ("srv-pop.rank.test", Security::Tls, SourceId::Srv),
        ]
    );
    // Same endpoint from two sources: kept once, from the better source.
    assert_eq!(d.outgoing.len(), 1);
    assert_eq!(d.outgoing[0].source, SourceId::Autoconfig);
    assert!(d.outgoing[0].trusted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hanging_higher_priority_source_costs_only_its_timeout() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("autoconfig.slow.test", web_ip)
            .srv("_imaps._tcp.slow.test", "imap.slow.test", 993, 0, 0)
            .srv("_submissions._tcp.slow.test", "smtp.slow.test", 465, 0, 0),
    );
    let _web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.slow.test"],
        vec![(
            "https",
            "autoconfig.slow.test",
            "/mail/config-v1.1.xml",
            Reply::Hang,
        )],
    );
    let net = support::net(&dns, &ca, None);
    let mut opts = support::options(&[]);
    opts.timeouts.http = Duration::from_millis(700);
    let start = Instant::now();
    let d = discover(&net, &Address::parse("a@slow.test").unwrap(), &opts, None).await;
    let took = start.elapsed();
    assert_eq!(d.incoming[0].host, "imap.slow.test");
    assert_eq!(
        status(&d, SourceId::Autoconfig),
        SourceStatus::Failed,
        "{:?}",
        d.source(SourceId::Autoconfig)
    );
    assert!(
        d.source(SourceId::Autoconfig)
            .unwrap()
            .detail
            .as_deref()
            .unwrap_or("")
            .contains("in time")
    );
    assert!(
        took >= Duration::from_millis(650),
        "waited for the better source: {took:?}"
    );
    assert!(
        took < Duration::from_secs(5),
        "bounded by the source's own timeout: {took:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hanging_autoconfig_costs_only_the_grace_once_srv_is_confirmed() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let mail_ip = b.ip(3);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("autoconfig.hang.test", web_ip)
            .host("mail.hang.test", mail_ip)
            .srv("_imaps._tcp.hang.test", "mail.hang.test", 993, 0, 0)
            .srv("_submissions._tcp.hang.test", "mail.hang.test", 465, 0, 0),
    );
    let _web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.hang.test"],
        vec![(
            "https",
            "autoconfig.hang.test",
            "/mail/config-v1.1.xml",
            Reply::Hang,
        )],
    );
    let leaf = ca.leaf(&["mail.hang.test"]);
    let _dovecot = Dovecot::start(mail_ip, &leaf, &["alice@hang.test"], DovecotPorts::STANDARD);
    let net = support::net(&dns, &ca, None);
    let mut opts = support::options(&[]);
    // The whole default HTTP timeout: without the grace the answer would wait all of it.
    opts.timeouts.http = Duration::from_secs(5);
    opts.timeouts.overall = Duration::from_secs(15);
    let start = Instant::now();
    let d = discover(
        &net,
        &Address::parse("alice@hang.test").unwrap(),
        &opts,
        None,
    )
    .await;
    let took = start.elapsed();
    assert_eq!(
        (d.incoming[0].host.as_str(), d.incoming[0].source),
        ("mail.hang.test", SourceId::Srv)
    );
    assert_eq!(d.outgoing[0].port, 465);
    assert!(
        took < Duration::from_secs(3),
        "a confirmed SRV answer waits only the grace: {took:?}"
    );
    assert!(
        took >= mailsetup::discover::GRACE,
        "the better source had its grace: {took:?}"
    );
    let ac = d.source(SourceId::Autoconfig).expect("autoconfig ran");
    assert_eq!(ac.status, SourceStatus::Cancelled, "{ac:?}");
    assert!(
        ac.detail
            .as_deref()
            .unwrap_or("")
            .contains("checked answer")
    );
    assert_eq!(status(&d, SourceId::Srv), SourceStatus::Found);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_source_that_gave_the_answer_reports_found_even_when_guessing_was_first() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let mail_ip = b.ip(3);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("autoconfig.both.test", web_ip)
            .host("imap.both.test", mail_ip)
            .host("smtp.both.test", mail_ip),
    );
    // The autoconfig answer comes late; guessing finds the very same servers first.
    let xml = autoconfig_xml(
        "both.test",
        ("imap.both.test", 993, "SSL"),
        ("smtp.both.test", 465, "SSL"),
    );
    let _web = Web::start(
        web_ip,
        &ca,
        &["autoconfig.both.test"],
        vec![(
            "https",
            "autoconfig.both.test",
            "/mail/config-v1.1.xml",
            Reply::Slow(Duration::from_millis(600), xml),
        )],
    );
    let leaf = ca.leaf(&["imap.both.test", "smtp.both.test"]);
    let _dovecot = Dovecot::start(mail_ip, &leaf, &["alice@both.test"], DovecotPorts::STANDARD);
    let d = run(&dns, &ca, None, "alice@both.test").await;
    assert_eq!(d.incoming[0].host, "imap.both.test");
    assert_eq!(d.incoming[0].source, SourceId::Autoconfig);
    assert_eq!(
        status(&d, SourceId::Autoconfig),
        SourceStatus::Found,
        "{:?}",
        d.sources
    );
    assert_eq!(status(&d, SourceId::Guess), SourceStatus::Found);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_and_endless_servers_do_not_stall_guessing() {
    let b = Block::fresh();
    let ca = Ca::new();
    let rogue_ip = b.ip(4);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("imap.rogue.test", rogue_ip)
            .host("mail.rogue.test", rogue_ip),
    );
    let _silent = Rogue::start((rogue_ip, 993).into(), Behaviour::Silent);
    let _endless = Rogue::start((rogue_ip, 143).into(), Behaviour::EndlessLine);
    let net = support::net(&dns, &ca, None);
    let mut opts = support::options(&[]);
    opts.timeouts.probe = Duration::from_secs(1);
    let start = Instant::now();
    let d = discover(&net, &Address::parse("a@rogue.test").unwrap(), &opts, None).await;
    assert!(d.incoming.is_empty());
    assert!(
        start.elapsed() < Duration::from_secs(6),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_http_answers_are_bounded_and_redirects_lose_trust() {
    let b = Block::fresh();
    let ca = Ca::new();
    let web_ip = b.ip(2);
    let dns = Dns::start(
        b.ip(1),
        &Zone::default()
            .host("autoconfig.huge.test", web_ip)
            .host("autoconfig.bomb.test", web_ip)
            .host("autoconfig.moved.test", web_ip)
            .host("elsewhere.test", web_ip)
            .host("autoconfig.down.test", web_ip),
    );
    let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><clientConfig>&lol2;</clientConfig>"#;
    let xml = autoconfig_xml(
        "moved.test",
        ("imap.moved.test", 993, "SSL"),
        ("smtp.moved.test", 465, "SSL"),
    );
    let _web = Web::start(
        web_ip,
        &ca,
        &[
            "autoconfig.huge.test",
            "autoconfig.bomb.test",
            "autoconfig.moved.test",
            "elsewhere.test",
            "autoconfig.down.test",
        ],
        vec![
            (
                "https",
                "autoconfig.huge.test",
                "/mail/config-v1.1.xml",
                Reply::Big(3 * 1024 * 1024),
            ),
            (
                "https",
                "autoconfig.bomb.test",
                "/mail/config-v1.1.xml",
                Reply::Body(bomb.into()),
            ),
            (
                "https",
                "autoconfig.moved.test",
                "/mail/config-v1.1.xml",
                Reply::Redirect("https://elsewhere.test/cfg.xml".into()),
            ),
            ("https", "elsewhere.test", "/cfg.xml", Reply::Body(xml)),
            (
                "https",
                "autoconfig.down.test",
                "/mail/config-v1.1.xml",
                Reply::Redirect("http://autoconfig.down.test/plain.xml".into()),
            ),
        ],
    );
    let d = run(&dns, &ca, None, "a@huge.test").await;
    let detail = d
        .source(SourceId::Autoconfig)
        .unwrap()
        .detail
        .clone()
        .unwrap();
    assert_eq!(status(&d, SourceId::Autoconfig), SourceStatus::Failed);
    assert!(detail.contains("larger than"), "{detail}");

    let d = run(&dns, &ca, None, "a@bomb.test").await;
    let detail = d
        .source(SourceId::Autoconfig)
        .unwrap()
        .detail
        .clone()
        .unwrap();
    assert!(detail.contains("document type"), "{detail}");

    let d = run(&dns, &ca, None, "a@moved.test").await;
    let s = &d.incoming[0];
    assert_eq!((s.source, s.trusted), (SourceId::Autoconfig, false));
    assert_eq!(s.url, "https://elsewhere.test/cfg.xml");

    let d = run(&dns, &ca, None, "a@down.test").await;
    let detail = d
        .source(SourceId::Autoconfig)
        .unwrap()
        .detail
        .clone()
        .unwrap();
    assert!(detail.contains("plain HTTP"), "{detail}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_exists() {
    let b = Block::fresh();
    let ca = Ca::new();
    let dns = Dns::start(b.ip(1), &Zone::default());
    let start = Instant::now();
    let d = run(&dns, &ca, None, "nobody@nothing-here.test").await;
    assert!(d.incoming.is_empty() && d.outgoing.is_empty());
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    for s in &d.sources {
        assert!(
            matches!(s.status, SourceStatus::Nothing | SourceStatus::Failed),
            "{:?}",
            s
        );
    }
    assert_eq!(d.sources.len(), SourceId::ALL.len());
}
