//! `mailsetup doctor` against the real DNS server (dnsmasq) and HTTPS fixtures: a healthy domain, and
//! missing, broken and dangerous variants of every check; and DNS that fails (SERVFAIL, REFUSED, no
//! answer), straight away or on the way, which every check reports as "could not be checked".

mod support;

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use mailsetup::doctor::{Check, DoctorOptions, Finding, FindingId, Report, Status, doctor};
use support::{Block, Ca, Dns, Reply, Web, Zone, say};

const DKIM_1024: &str = "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";

const AUTOCONFIG: &str = r#"<clientConfig version="1.1"><emailProvider id="healthy.test"><domain>healthy.test</domain>
<incomingServer type="imap"><hostname>mx.healthy.test</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.healthy.test</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
</emailProvider></clientConfig>"#;

struct Site {
    _dns: Dns,
    _web: Web,
    net: mailsetup::net::Net,
}

fn site() -> Site {
    let b = Block::fresh();
    let ca = Ca::new();
    let web = b.ip(2);
    let mail = b.ip(3);
    let mut zone = Zone::default()
        // healthy.test: everything in order.
        .mx("healthy.test", "mx.healthy.test", 10)
        .host("mx.healthy.test", mail)
        .host("smtp.healthy.test", mail)
        .txt("healthy.test", "v=spf1 mx ip4:127.0.0.0/8 -all")
        .txt("default._domainkey.healthy.test", DKIM_1024)
        .txt(
            "_dmarc.healthy.test",
            "v=DMARC1; p=reject; rua=mailto:dmarc@healthy.test",
        )
        .txt("_mta-sts.healthy.test", "v=STSv1; id=20261126")
        .host("mta-sts.healthy.test", web)
        .txt(
            "_smtp._tls.healthy.test",
            "v=TLSRPTv1; rua=mailto:tls@healthy.test",
        )
        .host("autoconfig.healthy.test", web)
        // Dangerous and broken variants.
        .mx("twospf.test", "mx.healthy.test", 10)
        .txt("twospf.test", "v=spf1 mx -all")
        .txt("twospf.test", "v=spf1 a -all")
        .mx("plusall.test", "mx.healthy.test", 10)
        .txt("plusall.test", "v=spf1 +all")
        // An include whose lookup fails (this dnsmasq refuses names outside .test): "could not
        // tell", not "has no SPF record".
        .mx("flakyspf.test", "mx.healthy.test", 10)
        .txt(
            "flakyspf.test",
            "v=spf1 include:spf.unreachable.example -all",
        )
        .mx("lookups.test", "mx.healthy.test", 10)
        .txt("_dmarc.lookups.test", "v=DMARC1; p=none")
        .mx("badmx.test", "gone.badmx.test", 10)
        .mx("badsts.test", "mx.healthy.test", 10)
        .txt("_mta-sts.badsts.test", "v=STSv1; id=1")
        .host("mta-sts.badsts.test", web)
        .mx("wrongsts.test", "mx.healthy.test", 10)
        .txt("_mta-sts.wrongsts.test", "v=STSv1; id=1")
        .host("mta-sts.wrongsts.test", web)
        .txt("_dmarc.brokendmarc.test", "v=DMARC1; p=maybe")
        // RFC 7505 null MX: preference 0, target ".".
        .mx("nullmx.test", ".", 0);
    // 11 includes, each a valid record: 11 lookups.
    let mut spf = String::from("v=spf1");
    for i in 1..=11 {
        spf.push_str(&format!(" include:i{i}.lookups.test"));
        zone = zone.txt(&format!("i{i}.lookups.test"), "v=spf1 -all");
    }
    spf.push_str(" -all");
    zone = zone.txt("lookups.test", &spf);
    let dns = Dns::start(b.ip(1), &zone);
    let web_server = Web::start(
        web,
        &ca,
        &[
            "mta-sts.healthy.test",
            "autoconfig.healthy.test",
            "mta-sts.badsts.test",
            "mta-sts.wrongsts.test",
        ],
        vec![
            (
                "https",
                "mta-sts.healthy.test",
                "/.well-known/mta-sts.txt",
                Reply::Body(
                    "version: STSv1\nmode: enforce\nmx: mx.healthy.test\nmax_age: 86400\n".into(),
                ),
            ),
            (
                "https",
                "autoconfig.healthy.test",
                "/mail/config-v1.1.xml",
                Reply::Body(AUTOCONFIG.into()),
            ),
            (
                "https",
                "mta-sts.badsts.test",
                "/.well-known/mta-sts.txt",
                Reply::Body("version: STSv1\nmode: strict\n".into()),
            ),
            (
                "https",
                "mta-sts.wrongsts.test",
                "/.well-known/mta-sts.txt",
                Reply::Body(
                    "version: STSv1\nmode: enforce\nmx: other.example\nmax_age: 86400\n".into(),
                ),
            ),
        ],
    );
    let net = support::net(&dns, &ca, Some(&format!("https://{}/none/", b.ip(9))));
    Site {
        _dns: dns,
        _web: web_server,
        net,
    }
}

fn options() -> DoctorOptions {
    let mut o = DoctorOptions::default();
    o.discovery.site_dirs = Vec::new();
    o.discovery.timeouts.http = Duration::from_secs(2);
    o.discovery.timeouts.probe = Duration::from_secs(2);
    o.discovery.timeouts.overall = Duration::from_secs(3);
    o.check = Duration::from_secs(5);
    o
}

async fn run(site: &Site, domain: &str) -> Report {
    let start = Instant::now();
    let r = doctor(&site.net, domain, &options()).await;
    assert!(
        start.elapsed() < Duration::from_secs(8),
        "{domain}: took {:?}",
        start.elapsed()
    );
    r
}

fn statuses(r: &Report, check: Check) -> Vec<Status> {
    r.findings
        .iter()
        .filter(|f| f.check == check)
        .map(|f| f.status)
        .collect()
}

/// The ids of `check`'s findings, in order.
fn ids(r: &Report, check: Check) -> Vec<FindingId> {
    r.findings
        .iter()
        .filter(|f| f.check == check)
        .map(|f| f.id)
        .collect()
}

/// The finding with `id`, which must be there.
fn finding(r: &Report, id: FindingId) -> &Finding {
    r.findings
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no {id} finding for {}: {:#?}", r.domain, r.findings))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_healthy_domain_has_no_problem() {
    let s = site();
    let r = run(&s, "healthy.test").await;
    assert!(!r.has_problem(), "{:#?}", r.findings);
    for check in [
        Check::Mx,
        Check::Spf,
        Check::Dkim,
        Check::Dmarc,
        Check::MtaSts,
        Check::TlsRpt,
        Check::Autoconfig,
    ] {
        let st = statuses(&r, check);
        assert!(
            !st.is_empty() && st.iter().all(|s| *s == Status::Ok),
            "{check:?}: {st:?} {:#?}",
            r.findings
        );
    }
    assert_eq!(
        ids(&r, Check::Mx),
        [FindingId::MxOk, FindingId::MxMatchesIncoming]
    );
    assert!(
        finding(&r, FindingId::MxOk)
            .message
            .contains("mx.healthy.test")
    );
    assert_eq!(
        ids(&r, Check::Spf),
        [FindingId::SpfOk, FindingId::SpfAllowsOutgoing]
    );
    assert!(
        finding(&r, FindingId::SpfAllowsOutgoing)
            .message
            .contains("smtp.healthy.test")
    );
    assert_eq!(ids(&r, Check::Dkim), [FindingId::DkimRsa]);
    assert!(finding(&r, FindingId::DkimRsa).message.contains("default"));
    assert_eq!(ids(&r, Check::Dmarc), [FindingId::DmarcOk]);
    assert_eq!(ids(&r, Check::MtaSts), [FindingId::MtaStsEnforce]);
    assert_eq!(ids(&r, Check::TlsRpt), [FindingId::TlsRptOk]);
    assert_eq!(ids(&r, Check::Autoconfig), [FindingId::AutoconfigOk]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spf_variants() {
    let s = site();
    let r = run(&s, "twospf.test").await;
    assert_eq!(ids(&r, Check::Spf), [FindingId::SpfSeveral]);
    let r = run(&s, "plusall.test").await;
    assert_eq!(finding(&r, FindingId::SpfPlusAll).status, Status::Problem);
    assert!(!ids(&r, Check::Spf).contains(&FindingId::SpfOk));
    let r = run(&s, "lookups.test").await;
    let too_many = finding(&r, FindingId::SpfTooManyLookups);
    assert_eq!(too_many.status, Status::Problem);
    assert!(too_many.message.contains("11"), "{}", too_many.message);
    assert!(!ids(&r, Check::Spf).contains(&FindingId::SpfIncludeMissing));
    let r = run(&s, "flakyspf.test").await;
    assert_eq!(ids(&r, Check::Spf), [FindingId::DnsFailed]);
    let r = run(&s, "badmx.test").await;
    assert_eq!(ids(&r, Check::Spf), [FindingId::SpfMissing]);
    assert!(
        finding(&r, FindingId::SpfMissing)
            .message
            .contains("badmx.test")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mx_variants() {
    let s = site();
    let r = run(&s, "badmx.test").await;
    let target = finding(&r, FindingId::MxTargetMissing);
    assert_eq!(target.status, Status::Problem);
    assert!(target.message.contains("gone.badmx.test"));
    assert!(!ids(&r, Check::Mx).contains(&FindingId::MxOk));
    assert!(r.has_problem());
    let r = run(&s, "nullmx.test").await;
    assert_eq!(ids(&r, Check::Mx), [FindingId::MxNull]);
    let r = run(&s, "nothing-at-all.test").await;
    assert_eq!(ids(&r, Check::Mx), [FindingId::MxDomainMissing]);
    assert!(
        finding(&r, FindingId::MxDomainMissing)
            .message
            .contains("nothing-at-all.test")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dmarc_dkim_and_mta_sts_variants() {
    let s = site();
    let r = run(&s, "lookups.test").await;
    assert_eq!(ids(&r, Check::Dmarc), [FindingId::DmarcPolicyNone]);
    assert_eq!(
        ids(&r, Check::Dkim),
        [FindingId::DkimNoCommonSelector],
        "never 'missing': selectors cannot be listed"
    );
    assert_eq!(statuses(&r, Check::Dkim), [Status::Unknown]);
    let r = run(&s, "brokendmarc.test").await;
    assert_eq!(ids(&r, Check::Dmarc), [FindingId::DmarcBroken]);
    let r = run(&s, "twospf.test").await;
    assert_eq!(ids(&r, Check::Dmarc), [FindingId::DmarcMissing]);
    assert_eq!(ids(&r, Check::MtaSts), [FindingId::MtaStsMissing]);
    assert_eq!(ids(&r, Check::TlsRpt), [FindingId::TlsRptMissing]);
    let r = run(&s, "badsts.test").await;
    assert_eq!(ids(&r, Check::MtaSts), [FindingId::MtaStsPolicyBroken]);
    let r = run(&s, "wrongsts.test").await;
    assert_eq!(ids(&r, Check::MtaSts), [FindingId::MtaStsMxNotListed]);
    assert!(
        finding(&r, FindingId::MtaStsMxNotListed)
            .message
            .contains("mx.healthy.test")
    );
    assert_eq!(ids(&r, Check::Autoconfig), [FindingId::AutoconfigMissing]);
    assert!(!finding(&r, FindingId::AutoconfigMissing).advice.is_empty());
}

#[test]
fn doctor_command_json_and_exit_codes() {
    let s = site();
    let bin = env!("CARGO_BIN_EXE_mailsetup");
    let dns = s._dns.addr.to_string();
    let run = |domain: &str, json: bool| {
        let mut c = std::process::Command::new(bin);
        c.args(["--dns-server", &dns, "doctor", domain]);
        if json {
            c.arg("--json");
        }
        c.output().expect("mailsetup doctor")
    };
    let out = run("plusall.test", true);
    assert_eq!(out.status.code(), Some(1), "a problem exits 1");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["domain"], "plusall.test");
    let findings = v["findings"].as_array().expect("findings");
    for check in [
        "mx",
        "spf",
        "dkim",
        "dmarc",
        "mta-sts",
        "tls-rpt",
        "autoconfig",
    ] {
        assert!(
            findings.iter().any(|f| f["check"] == check),
            "one finding per check at least: {check}"
        );
    }
    for f in findings {
        let mut keys: Vec<_> = f
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort();
        assert_eq!(keys, ["advice", "check", "id", "message", "status"]);
        let id: FindingId = serde_json::from_value(f["id"].clone()).expect("a known id");
        assert_eq!(
            f["status"],
            serde_json::to_value(id.status()).expect("status"),
            "{id} always has the same status"
        );
        assert!(!f["message"].as_str().expect("message").is_empty());
    }
    assert!(
        findings
            .iter()
            .any(|f| f["check"] == "spf" && f["id"] == "spf-plus-all" && f["status"] == "problem"),
        "{findings:#?}"
    );
    let out = run("lookups.test", false);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Allowed senders (SPF)") && text.contains("What to do:"),
        "{text}"
    );
    let out = std::process::Command::new(bin)
        .args(["doctor", "not a domain"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}

/// Short limits for DNS that fails: one lookup gives up after 1 s, well inside a check's 3 s.
fn failing_options() -> DoctorOptions {
    let mut o = options();
    o.check = Duration::from_secs(3);
    o.dns = Duration::from_secs(1);
    o.discovery.timeouts.overall = Duration::from_secs(1);
    o
}

/// The network layer asking the DNS server at `dns`, with an ISPDB where nothing listens.
fn net_asking(dns: SocketAddr, ca: Option<&Ca>, no_ispdb: Ipv4Addr) -> mailsetup::net::Net {
    mailsetup::net::Net::new(&mailsetup::net::NetConfig {
        dns_server: Some(dns),
        ca_files: ca.map(|c| vec![c.pem_path.clone()]).unwrap_or_default(),
        ispdb_url: Some(url::Url::parse(&format!("https://{no_ispdb}/none/")).expect("url")),
        pins: Vec::new(),
    })
    .expect("net")
}

/// `check` says only that it could not be checked ("dns-failed", neither a problem nor ok), and its
/// words say what the DNS server did (`reason`, a catalogue id) and which name was looked up.
fn could_not_be_checked(r: &Report, check: Check, reason: &str, name: &str) {
    let found: Vec<&Finding> = r.findings.iter().filter(|f| f.check == check).collect();
    assert_eq!(
        found.iter().map(|f| (f.id, f.status)).collect::<Vec<_>>(),
        [(FindingId::DnsFailed, Status::Unknown)],
        "{}: {check:?}: {:#?}",
        r.domain,
        r.findings
    );
    let f = found[0];
    assert!(
        f.message.contains(&say(reason)),
        "{check:?} says what the DNS server did ({reason}): {}",
        f.message
    );
    assert!(
        f.message.contains(name),
        "{check:?} names {name}: {}",
        f.message
    );
    assert!(!f.advice.is_empty(), "{check:?}: {f:#?}");
}

/// A DNS server that answers every question with SERVFAIL, one that answers REFUSED and one that
/// never answers: every check could not be checked, says why in words, and nothing is "missing",
/// a problem or ok.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_check_could_not_be_checked_when_dns_fails() {
    let b = Block::fresh();
    let servers = [
        (Dns::servfail(b.ip(1)), "doctor-dns-reason-servfail"),
        (Dns::refused(b.ip(2)), "doctor-dns-reason-refused"),
        (Dns::silent(b.ip(3)), "doctor-dns-reason-timeout"),
    ];
    let nets: Vec<_> = servers
        .iter()
        .map(|(s, _)| net_asking(s.addr, None, b.ip(9)))
        .collect();
    let opts = failing_options();
    let start = Instant::now();
    let reports = futures_util::future::join_all(
        nets.iter().map(|net| doctor(net, "failing.example", &opts)),
    )
    .await;
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "each lookup gives up after its own limit, before the check's: {:?}",
        start.elapsed()
    );
    for (r, (_, reason)) in reports.iter().zip(&servers) {
        assert!(!r.has_problem(), "{reason}: {:#?}", r.findings);
        let names = [
            (Check::Mx, "failing.example"),
            (Check::Spf, "failing.example"),
            (Check::Dkim, "._domainkey.failing.example"),
            (Check::Dmarc, "_dmarc.failing.example"),
            (Check::MtaSts, "_mta-sts.failing.example"),
            (Check::TlsRpt, "_smtp._tls.failing.example"),
            (Check::Autoconfig, "failing.example"),
        ];
        for (check, name) in names {
            could_not_be_checked(r, check, reason, name);
        }
        assert_eq!(
            r.findings.len(),
            names.len(),
            "one finding a check, every check: {:#?}",
            r.findings
        );
    }
}

/// What a DNS server that answers SERVFAIL does, in words.
const SERVFAIL: &str = "doctor-dns-reason-servfail";

/// A real dnsmasq that knows the domain but passes a few names on to a DNS server that fails
/// (SERVFAIL): the lookups a check makes on the way (an MX host's address, an SPF include, one DKIM
/// selector, the MTA-STS policy host, the MX hosts the MTA-STS policy is compared with, the
/// autoconfig host) make that check "could not be checked", never missing, broken or ok; dnsmasq
/// passes the SERVFAIL on and the words say so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lookup_that_fails_on_the_way_is_not_missing() {
    let b = Block::fresh();
    let ca = Ca::new();
    let _failing = Dns::servfail(b.ip(5));
    let web = b.ip(2);
    let zone = Zone::default()
        // on-the-way.test: its own records answer; the names they lead to fail.
        .mx("on-the-way.test", "mx.on-the-way.test", 10)
        .forward("mx.on-the-way.test", b.ip(5))
        .txt(
            "on-the-way.test",
            "v=spf1 include:_spf.on-the-way.test -all",
        )
        .forward("_spf.on-the-way.test", b.ip(5))
        .forward("selector1._domainkey.on-the-way.test", b.ip(5))
        .txt("_dmarc.on-the-way.test", "v=DMARC1; p=reject")
        .txt("_mta-sts.on-the-way.test", "v=STSv1; id=1")
        .forward("mta-sts.on-the-way.test", b.ip(5))
        .txt(
            "_smtp._tls.on-the-way.test",
            "v=TLSRPTv1; rua=mailto:tls@on-the-way.test",
        )
        .forward("autoconfig.on-the-way.test", b.ip(5))
        // sts-mx.test: the MTA-STS record and policy are there, its MX records' lookup fails.
        .forward("sts-mx.test", b.ip(5))
        .txt("_mta-sts.sts-mx.test", "v=STSv1; id=1")
        .host("mta-sts.sts-mx.test", web);
    let dns = Dns::start(b.ip(1), &zone);
    let _web = Web::start(
        web,
        &ca,
        &["mta-sts.sts-mx.test"],
        vec![(
            "https",
            "mta-sts.sts-mx.test",
            "/.well-known/mta-sts.txt",
            Reply::Body(
                "version: STSv1\nmode: enforce\nmx: *.sts-mx.test\nmax_age: 86400\n".into(),
            ),
        )],
    );
    let net = net_asking(dns.addr, Some(&ca), b.ip(9));
    let opts = failing_options();
    let start = Instant::now();
    let (r, sts) = tokio::join!(
        doctor(&net, "on-the-way.test", &opts),
        doctor(&net, "sts-mx.test", &opts)
    );
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "{:?}",
        start.elapsed()
    );
    // The answers the failing names would have given are not there to judge: no "ok" either.
    could_not_be_checked(&r, Check::Mx, SERVFAIL, "mx.on-the-way.test");
    could_not_be_checked(&r, Check::Spf, SERVFAIL, "_spf.on-the-way.test");
    could_not_be_checked(
        &r,
        Check::Dkim,
        SERVFAIL,
        "selector1._domainkey.on-the-way.test",
    );
    could_not_be_checked(&r, Check::MtaSts, SERVFAIL, "mta-sts.on-the-way.test");
    could_not_be_checked(
        &r,
        Check::Autoconfig,
        SERVFAIL,
        "autoconfig.on-the-way.test",
    );
    // The checks whose names all answered are judged as usual.
    assert_eq!(ids(&r, Check::Dmarc), [FindingId::DmarcOk]);
    assert_eq!(ids(&r, Check::TlsRpt), [FindingId::TlsRptOk]);
    assert!(!r.has_problem(), "{:#?}", r.findings);
    // The policy asks for its MX hosts to be listed; they could not be read to compare.
    could_not_be_checked(&sts, Check::MtaSts, SERVFAIL, "sts-mx.test");
    let policy = &sts.findings.iter().find(|f| f.check == Check::MtaSts);
    assert!(
        policy.is_some_and(|f| !f.message.contains("mta-sts.sts-mx.test")),
        "the policy host answered; the MX lookup is what failed: {policy:#?}"
    );
    could_not_be_checked(&sts, Check::Mx, SERVFAIL, "sts-mx.test");
}
