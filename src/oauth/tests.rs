use super::loopback::{Answer, decide, parse_request};
use super::*;

fn endpoints() -> OAuthEndpoints {
    OAuthEndpoints {
        issuer: MICROSOFT_ISSUER.into(),
        auth_url: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize".into(),
        token_url: "https://login.microsoftonline.com/common/oauth2/v2.0/token".into(),
        scope: "https://outlook.office365.com/IMAP.AccessAsUser.All offline_access".into(),
    }
}

#[test]
fn registrations_first_source_wins_and_parse() {
    let mut r = Registrations::default();
    r.add(Client::parse("accounts.google.com=first").unwrap());
    r.add(Client::parse("ACCOUNTS.google.com=second").unwrap());
    assert_eq!(r.get("accounts.google.com").unwrap().client_id, "first");
    assert!(r.get("login.microsoftonline.com").is_none());
    for bad in ["", "=x", "issuer=", "noequals", "i=two words"] {
        assert!(Client::parse(bad).is_err(), "{bad:?}");
    }
    let later = {
        let mut l = Registrations::default();
        l.add(Client::parse("accounts.google.com=later").unwrap());
        l.add(Client::parse("login.microsoftonline.com=ms").unwrap());
        l
    };
    let merged = r.then(&later);
    assert_eq!(
        merged.get("accounts.google.com").unwrap().client_id,
        "first"
    );
    assert_eq!(merged.get(MICROSOFT_ISSUER).unwrap().client_id, "ms");
}

#[test]
fn microsoft_tenant_and_localhost_quirk() {
    let mut c = Client::parse("login.microsoftonline.com=abc").unwrap();
    assert_eq!(c.endpoints(&endpoints()), endpoints());
    c.tenant = Some("contoso.example".into());
    let e = c.endpoints(&endpoints());
    assert_eq!(
        e.token_url,
        "https://login.microsoftonline.com/contoso.example/oauth2/v2.0/token"
    );
    assert_eq!(redirect_host(MICROSOFT_ISSUER), "localhost");
    assert_eq!(redirect_host("accounts.google.com"), "127.0.0.1");
}

#[test]
fn authorize_url_has_pkce_state_and_hint() {
    let c = Client::parse("login.microsoftonline.com=abc").unwrap();
    let mut flow = token::Flow::new(&endpoints(), &c, "http://localhost:4242/").unwrap();
    let (url, state) = flow.authorize_url(&endpoints().scope, "jo@example.com");
    let q: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    assert_eq!(q["code_challenge_method"], "S256");
    assert_eq!(
        q["code_challenge"].len(),
        43,
        "SHA-256, base64url without padding"
    );
    assert_eq!(q["state"], state);
    assert!(state.len() >= 16);
    assert_eq!(q["login_hint"], "jo@example.com");
    assert_eq!(q["redirect_uri"], "http://localhost:4242/");
    assert_eq!(q["response_type"], "code");
    assert!(q["scope"].contains("offline_access"));
}

#[test]
fn the_answer_is_read_from_the_request_line() {
    let a =
        parse_request(b"GET /?code=c%2F1&state=s1&code=other HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    assert_eq!(a.code.as_deref(), Some("c/1"), "the first value counts");
    assert_eq!(a.state.as_deref(), Some("s1"));
    assert_eq!(parse_request(b"GET /favicon.ico HTTP/1.1\r\n\r\n"), None);
    assert_eq!(parse_request(b"POST /?code=x HTTP/1.1\r\n\r\n"), None);
    assert_eq!(parse_request(b"\xff\xfe"), None);
    assert_eq!(parse_request(b""), None);
}

#[test]
fn state_is_checked_before_anything_else() {
    let answer = |code: Option<&str>, state: Option<&str>, error: Option<&str>| Answer {
        code: code.map(Into::into),
        state: state.map(Into::into),
        error: error.map(Into::into),
        ..Answer::default()
    };
    assert!(
        matches!(decide(answer(Some("c"), Some("s"), None), "s", None), Ok(c) if c.0.expose() == "c")
    );
    assert_eq!(
        decide(answer(Some("c"), Some("forged"), None), "s", None).unwrap_err(),
        SignInError::StateMismatch
    );
    assert_eq!(
        decide(answer(None, None, Some("access_denied")), "s", None).unwrap_err(),
        SignInError::StateMismatch,
        "an error without our state is not ours either"
    );
    assert_eq!(
        decide(answer(None, Some("s"), Some("access_denied")), "s", None).unwrap_err(),
        SignInError::Cancelled
    );
    assert!(matches!(
        decide(answer(None, Some("s"), Some("server_error")), "s", None),
        Err(SignInError::Denied(e)) if e == "server_error"
    ));
}

#[test]
fn browser_commands_follow_the_convention() {
    let url = "https://x/a?b=1&c=2";
    assert_eq!(
        browser::commands(Some("firefox --new-tab:echo %s done"), url),
        vec![
            vec!["firefox".to_string(), "--new-tab".into(), url.into()],
            vec!["echo".to_string(), url.into(), "done".into()],
        ]
    );
    let platform = browser::commands(None, url);
    assert_eq!(platform.len(), 1);
    assert_eq!(platform[0].last().map(String::as_str), Some(url));
    assert_eq!(browser::commands(Some(""), url), platform);
}

#[test]
fn endpoints_must_be_https() {
    let mut e = endpoints();
    assert!(e.clone().checked().is_some());
    e.token_url = "http://login.example/token".into();
    assert!(e.clone().checked().is_none());
    e.token_url = "not a url".into();
    assert!(e.checked().is_none());
}

#[test]
fn tokens_are_redacted() {
    let t = Tokens {
        access: Secret::new("eyJaccess".into()),
        refresh: Some(Secret::new("refresh-1".into())),
    };
    let shown = format!("{t:?}");
    assert!(
        !shown.contains("eyJaccess") && !shown.contains("refresh-1"),
        "{shown}"
    );
}

#[test]
fn built_in_registrations_come_from_the_build() {
    // Built without MAILSETUP_OAUTH_CLIENTS (as the tests are), this copy has none.
    let built = option_env!("MAILSETUP_BUILTIN_OAUTH_CLIENTS").unwrap_or("");
    assert_eq!(Registrations::built_in().is_empty(), built.is_empty());
    let merged = Registrations::default().then(&Registrations::built_in());
    assert_eq!(merged, Registrations::built_in());
}

#[test]
fn the_issuer_is_checked_when_the_provider_names_it() {
    let with = |iss: Option<&str>, error: Option<&str>, description: Option<&str>| Answer {
        code: error.is_none().then(|| "c".to_owned()),
        state: Some("s".into()),
        error: error.map(Into::into),
        error_description: description.map(Into::into),
        iss: iss.map(Into::into),
    };
    let iss = Some("https://login.example.com");
    assert!(decide(with(iss, None, None), "s", iss).is_ok());
    assert!(
        decide(
            with(Some("https://login.example.com/"), None, None),
            "s",
            iss
        )
        .is_ok(),
        "a trailing slash is the same issuer"
    );
    for wrong in [None, Some("https://evil.example")] {
        assert_eq!(
            decide(with(wrong, None, None), "s", iss).unwrap_err(),
            SignInError::IssuerMismatch
        );
    }
    assert_eq!(
        decide(
            with(Some("https://evil.example"), Some("access_denied"), None),
            "s",
            iss
        )
        .unwrap_err(),
        SignInError::IssuerMismatch,
        "an error from another issuer is not believed either"
    );
    assert!(
        decide(with(None, None, None), "s", None).is_ok(),
        "not promised: not asked"
    );
}

#[test]
fn admin_approval_is_recognised_from_the_error_or_microsofts_codes() {
    let with = |error: &str, description: Option<&str>| Answer {
        state: Some("s".into()),
        error: Some(error.into()),
        error_description: description.map(Into::into),
        ..Answer::default()
    };
    for (error, description) in [
        ("consent_required", None),
        (
            "invalid_request",
            Some("AADSTS65001: The user or administrator has not consented"),
        ),
        (
            "access_denied",
            Some("AADSTS90094: The grant requires admin permission."),
        ),
        (
            "server_error",
            Some("AADSTS90095: Admin consent is required"),
        ),
    ] {
        let got = decide(with(error, description), "s", None).unwrap_err();
        assert_eq!(
            got,
            SignInError::AdminApproval(None),
            "{error} {description:?}"
        );
    }
    assert_eq!(
        decide(
            with("access_denied", Some("AADSTS65004: User declined")),
            "s",
            None
        )
        .unwrap_err(),
        SignInError::Cancelled,
        "the person saying no is not an approval problem"
    );
    assert!(super::loopback::needs_admin_approval(
        "access_denied",
        Some("AADSTS90094")
    ));
    let c = Client {
        tenant: Some("contoso.example".into()),
        ..Client::parse("login.microsoftonline.com=11111111-2222-3333-4444-555555555555").unwrap()
    };
    assert_eq!(
        admin_consent_url(MICROSOFT_ISSUER, &c).as_deref(),
        Some(
            "https://login.microsoftonline.com/contoso.example/adminconsent?client_id=11111111-2222-3333-4444-555555555555"
        )
    );
    let c = Client::parse("login.microsoftonline.com=abc").unwrap();
    assert_eq!(
        admin_consent_url(MICROSOFT_ISSUER, &c).as_deref(),
        Some("https://login.microsoftonline.com/organizations/adminconsent?client_id=abc")
    );
    assert_eq!(admin_consent_url("accounts.google.com", &c), None);
}

#[test]
fn the_known_issuers_are_those_of_the_bundled_data() {
    let json: serde_json::Value =
        serde_json::from_str(include_str!("../../autoconfig/providers.json")).unwrap();
    let mut in_data: Vec<String> = json["providers"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["oauth"]["issuer"].as_str().map(str::to_owned))
        .collect();
    in_data.sort();
    in_data.dedup();
    let mut known: Vec<String> = KNOWN_ISSUERS.iter().map(|s| s.to_string()).collect();
    known.sort();
    assert_eq!(known, in_data);
}

#[test]
fn a_request_line_of_exactly_the_limit_is_read_and_never_a_cut_one() {
    use super::loopback::{LineTooLong, MAX_REQUEST, request_line};
    // A request line of `len` bytes carrying the answer, its code padded.
    let line = |len: usize| {
        let (start, end) = ("GET /?state=s1&code=", " HTTP/1.1");
        let code = "c".repeat(len - start.len() - end.len());
        format!("{start}{code}{end}")
    };
    let exact = line(MAX_REQUEST);
    let head = format!("{exact}\r\nHost: 127.0.0.1\r\n\r\n");
    assert_eq!(request_line(head.as_bytes()), Ok(Some(exact.as_bytes())));
    let a = parse_request(head.as_bytes()).expect("the answer");
    assert_eq!(a.code.map(|c| c.len()), Some(MAX_REQUEST - 29));
    // Still coming: its CR may be the start of the CRLF.
    assert_eq!(request_line(format!("{exact}\r").as_bytes()), Ok(None));

    let over = line(MAX_REQUEST + 1);
    assert_eq!(request_line(over.as_bytes()), Err(LineTooLong));
    assert_eq!(
        request_line(format!("{over}\r\n\r\n").as_bytes()),
        Err(LineTooLong)
    );
    assert_eq!(parse_request(format!("{over}\r\n\r\n").as_bytes()), None);
    // A line that never ended (the connection closed) is not read either.
    assert_eq!(parse_request(b"GET /?state=s1&code=cut"), None);
    assert_eq!(
        SignInError::AnswerTooLong.to_string(),
        "the answer from the browser is longer than 8 KiB"
    );
}

/// A browser's idle spare connection, opened first, does not hold up the answer on the next one:
/// the answer comes well before the idle one's read limit.
#[tokio::test]
async fn an_idle_connection_does_not_delay_the_answer() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let listener = super::loopback::Listener::bind().await.expect("bind");
    let at = std::net::SocketAddr::from(([127, 0, 0, 1], listener.port()));
    let waiting = tokio::spawn(listener.answer("s", None));
    let _idle = tokio::net::TcpStream::connect(at).await.expect("idle");
    let mut real = tokio::net::TcpStream::connect(at).await.expect("real");
    real.write_all(b"GET /?code=c&state=s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .expect("send");
    let limit = super::loopback::REQUEST_TIMEOUT / 2;
    let code = tokio::time::timeout(limit, waiting)
        .await
        .expect("the answer came while the idle connection was still open")
        .expect("task")
        .expect("a code");
    assert_eq!(code.0.expose(), "c");
    let mut page = String::new();
    real.read_to_string(&mut page).await.expect("page");
    assert!(page.starts_with("HTTP/1.1 200 OK"), "{page}");
    assert!(
        page.contains(&format!("lang=\"{}\"", crate::i18n::language())),
        "{page}"
    );
}
