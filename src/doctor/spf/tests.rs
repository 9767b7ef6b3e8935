use super::*;

#[test]
fn parses_a_typical_record() {
    let spf = parse("v=spf1 mx a:mail.example.com ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.google.com ~all").unwrap();
    assert_eq!(spf.terms.len(), 6);
    assert_eq!(spf.all(), Some(Qualifier::SoftFail));
    assert_eq!(spf.own_lookups(), 3);
    assert_eq!(spf.referenced(), ["_spf.google.com"]);
    assert_eq!(
        spf.terms[1].1,
        Mechanism::A(Some("mail.example.com".into()))
    );
}

#[test]
fn redirect_and_plus_all() {
    let spf = parse("v=spf1 redirect=_spf.example.net").unwrap();
    assert_eq!(spf.own_lookups(), 1);
    assert_eq!(spf.referenced(), ["_spf.example.net"]);
    assert_eq!(parse("v=spf1 +all").unwrap().all(), Some(Qualifier::Pass));
    assert_eq!(parse("v=spf1 all").unwrap().all(), Some(Qualifier::Pass));
}

#[test]
fn refuses_broken_records() {
    assert_eq!(parse("v=spf10 -all"), Err(SpfError::NotSpf));
    assert!(!is_spf("v=DMARC1; p=none"));
    assert!(matches!(
        parse("v=spf1 include -all"),
        Err(SpfError::MissingDomain(_))
    ));
    assert!(matches!(
        parse("v=spf1 ip4:300.1.1.1 -all"),
        Err(SpfError::BadNetwork(_))
    ));
    assert!(matches!(
        parse("v=spf1 ip4:192.0.2.1/33 -all"),
        Err(SpfError::BadNetwork(_))
    ));
    assert!(matches!(
        parse("v=spf1 ip6:192.0.2.1 -all"),
        Err(SpfError::BadNetwork(_))
    ));
    assert!(matches!(
        parse("v=spf1 foo:bar -all"),
        Err(SpfError::UnknownTerm(_))
    ));
    assert!(matches!(
        parse("v=spf1 redirect=a.com redirect=b.com"),
        Err(SpfError::DuplicateModifier(_))
    ));
    assert!(
        parse("v=spf1 unknown-mod=x -all").is_ok(),
        "unknown modifiers are ignored"
    );
    // Found by fuzzing: a multi-byte character across byte 6 must not panic.
    assert!(!is_spf("v=spf\u{e9}"));
    assert!(!is_spf("\u{14}\n\nHH\u{7df}HHHHHHHHHHHHHHHHH"));
}

fn records(txt: &[&str]) -> Vec<String> {
    txt.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_one_record_or_why_not() {
    let missing = the_record("a.example", &[]).expect_err("no record");
    assert_eq!(
        (missing.id, missing.status),
        (FindingId::SpfMissing, Status::Problem)
    );
    assert!(missing.message.contains("a.example"));
    let two = the_record("a.example", &records(&["v=spf1 mx -all", "v=spf1 a -all"]))
        .expect_err("two records");
    assert_eq!(two.id, FindingId::SpfSeveral);
    let broken =
        the_record("a.example", &records(&["v=spf1 include -all"])).expect_err("broken record");
    assert_eq!(broken.id, FindingId::SpfBroken);
    assert!(!broken.advice.is_empty());
    assert!(the_record("a.example", &records(&["v=spf1 mx -all"])).is_ok());
}

#[test]
fn the_all_term() {
    let id = |txt: &str| all_term(&parse(txt).expect("valid")).map(|f| (f.id, f.status));
    assert_eq!(
        id("v=spf1 +all"),
        Some((FindingId::SpfPlusAll, Status::Problem))
    );
    assert_eq!(
        id("v=spf1 mx"),
        Some((FindingId::SpfNoAll, Status::Warning))
    );
    assert_eq!(
        id("v=spf1 mx ?all"),
        Some((FindingId::SpfNoAll, Status::Warning))
    );
    assert_eq!(id("v=spf1 mx ~all"), None);
    assert_eq!(id("v=spf1 mx -all"), None);
    assert_eq!(
        id("v=spf1 redirect=_spf.example.net"),
        None,
        "the redirect decides"
    );
}

#[test]
fn lookups_and_missing_includes() {
    assert!(tree_findings(MAX_LOOKUPS, &[]).is_empty());
    let f = tree_findings(MAX_LOOKUPS + 1, &["gone.example".to_string()]);
    let ids: Vec<FindingId> = f.iter().map(|f| f.id).collect();
    assert_eq!(
        ids,
        [FindingId::SpfIncludeMissing, FindingId::SpfTooManyLookups]
    );
    assert!(f[0].message.contains("gone.example"));
    assert!(f.iter().all(|f| f.status == Status::Problem));
    assert_eq!(
        outgoing_finding(true, "smtp.a.example").id,
        FindingId::SpfAllowsOutgoing
    );
    let unconfirmed = outgoing_finding(false, "smtp.a.example");
    assert_eq!(
        (unconfirmed.id, unconfirmed.status),
        (FindingId::SpfOutgoingUnconfirmed, Status::Warning)
    );
}

#[test]
fn networks() {
    let ip = |s: &str| s.parse::<IpAddr>().expect("an address");
    assert!(in_network(ip("192.0.2.77"), ip("192.0.2.0"), 24));
    assert!(!in_network(ip("192.0.3.1"), ip("192.0.2.0"), 24));
    assert!(in_network(ip("192.0.2.1"), ip("192.0.2.1"), 32));
    assert!(!in_network(ip("192.0.2.2"), ip("192.0.2.1"), 32));
    assert!(
        in_network(ip("203.0.113.9"), ip("0.0.0.0"), 0),
        "/0 is everything"
    );
    assert!(in_network(ip("2001:db8::1"), ip("2001:db8::"), 32));
    assert!(!in_network(ip("2001:db9::1"), ip("2001:db8::"), 32));
    assert!(in_network(ip("::1"), ip("::"), 0));
    assert!(
        !in_network(ip("192.0.2.1"), ip("::"), 0),
        "families never mix"
    );
}

/// The comparison with the outgoing server: a lookup that failed is "could not be checked", never
/// "not allowed"; it stays quiet when a record could not be read (that finding already says so).
#[test]
fn outgoing_server_when_a_lookup_failed() {
    let unknown = || {
        Cover::Unknown(dns_unknown(
            Check::Spf,
            "smtp.a.example",
            &DnsError::ServFail,
        ))
    };
    let id = |cover: Cover, every_record_read: bool| {
        cover_finding(cover, "smtp.a.example", every_record_read).map(|f| (f.id, f.status))
    };
    assert_eq!(
        id(unknown(), true),
        Some((FindingId::DnsFailed, Status::Unknown))
    );
    assert_eq!(id(unknown(), false), None);
    assert_eq!(
        id(Cover::No, true),
        Some((FindingId::SpfOutgoingUnconfirmed, Status::Warning))
    );
    assert_eq!(id(Cover::No, false), None);
    assert_eq!(
        id(Cover::Yes, false),
        Some((FindingId::SpfAllowsOutgoing, Status::Ok)),
        "what allows the server is enough"
    );
}
