use super::*;
use crate::proto::login::{creds, token};

#[test]
fn plain_matches_rfc4616_layout() {
    let c = creds("tim", "tanstaaftanstaaf");
    let mut x = Exchange::new(Mechanism::Plain);
    assert!(x.sends_initial(true) && !x.sends_initial(false));
    assert_eq!(x.next(&c).unwrap(), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
    assert_eq!(x.next(&c), Err(SaslError::Exhausted));
    let mut x = Exchange::new(Mechanism::Plain);
    assert_eq!(x.next(&creds("a\0b", "x")), Err(SaslError::HasNul));
    assert_eq!(Failure::from(SaslError::HasNul), Failure::Unencodable);
}

#[test]
fn login_sends_username_then_password() {
    let c = creds("tim", "pw");
    let mut x = Exchange::new(Mechanism::Login);
    assert!(!x.sends_initial(true));
    assert_eq!(x.next(&c).unwrap(), "dGlt");
    assert_eq!(x.next(&c).unwrap(), "cHc=");
    assert_eq!(x.next(&c), Err(SaslError::Exhausted));
}

#[test]
fn choice_prefers_plain_and_ignores_unknown() {
    let pw = SecretKind::Password;
    assert_eq!(choose(&["LOGIN", "plain"], pw), Some(Mechanism::Plain));
    assert_eq!(choose(&["XOAUTH2", "LOGIN"], pw), Some(Mechanism::Login));
    assert_eq!(choose(&["XOAUTH2", "CRAM-MD5"], pw), None);
    assert_eq!(choose::<&str>(&[], pw), None);
}

#[test]
fn token_choice_prefers_oauthbearer() {
    let t = SecretKind::AccessToken;
    assert_eq!(
        choose(&["PLAIN", "XOAUTH2", "oauthbearer"], t),
        Some(Mechanism::OAuthBearer)
    );
    assert_eq!(choose(&["PLAIN", "XOAUTH2"], t), Some(Mechanism::XOAuth2));
    assert_eq!(choose(&["PLAIN", "LOGIN"], t), None);
    assert!(only_oauth(&["XOAUTH2", "OAUTHBEARER"]));
    assert!(!only_oauth(&["XOAUTH2", "PLAIN"]));
    assert!(!only_oauth::<&str>(&[]));
}

fn decoded(b64: &str) -> String {
    String::from_utf8(STANDARD.decode(b64).unwrap()).unwrap()
}

#[test]
fn xoauth2_message_and_error_answer() {
    let c = token("jo@example.com", "ya29.tok");
    let mut x = Exchange::new(Mechanism::XOAuth2);
    assert!(x.sends_initial(true) && x.next_is_secret());
    assert_eq!(
        decoded(&x.next(&c).unwrap()),
        "user=jo@example.com\x01auth=Bearer ya29.tok\x01\x01"
    );
    x.challenge("eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==");
    assert_eq!(x.token_problem(), Some(TokenProblem::Invalid));
    assert!(!x.next_is_secret());
    assert_eq!(
        x.next(&c).unwrap(),
        "",
        "XOAUTH2 answers an error with an empty line"
    );
    assert_eq!(x.next(&c), Err(SaslError::Exhausted));
}

#[test]
fn oauthbearer_message_and_error_answer() {
    let c = token("a,b=c@example.com", "tok");
    let mut x = Exchange::new(Mechanism::OAuthBearer);
    assert_eq!(
        decoded(&x.next(&c).unwrap()),
        "n,a=a=2Cb=3Dc@example.com,\x01auth=Bearer tok\x01\x01"
    );
    x.challenge(&STANDARD.encode(r#"{"status":"insufficient_scope","scope":"mail"}"#));
    assert_eq!(x.token_problem(), Some(TokenProblem::Scope));
    assert_eq!(
        decoded(&x.next(&c).unwrap()),
        "\x01",
        "RFC 7628: a single %x01"
    );
    let mut x = Exchange::new(Mechanism::OAuthBearer);
    assert_eq!(x.next(&token("jo", "bad\x01tok")), Err(SaslError::HasNul));
}

#[test]
fn error_challenges_are_typed() {
    let enc = |s: &str| STANDARD.encode(s);
    assert_eq!(
        parse_error_challenge(&enc(r#"{"status":"invalid_token"}"#)),
        Ok(TokenProblem::Invalid)
    );
    assert_eq!(
        parse_error_challenge(&enc(r#"{"status":403}"#)),
        Ok(TokenProblem::NotAllowed)
    );
    assert_eq!(
        parse_error_challenge(&enc(r#"{"status":"400"}"#)),
        Ok(TokenProblem::Other)
    );
    assert_eq!(parse_error_challenge("%%%"), Err(ChallengeError::NotBase64));
    assert_eq!(
        parse_error_challenge(&enc("not json")),
        Err(ChallengeError::NotJson)
    );
    assert_eq!(
        parse_error_challenge(&enc(r#"{"scope":"x"}"#)),
        Err(ChallengeError::NotJson)
    );
    assert_eq!(
        parse_error_challenge(&"A".repeat(MAX_CHALLENGE + 4)),
        Err(ChallengeError::TooLong)
    );
    // Exactly the limit is read (3072 bytes of JSON are 4096 base64 characters); one more is not.
    let padded = format!("{:<3072}", r#"{"status":403}"#);
    assert_eq!(enc(&padded).len(), MAX_CHALLENGE);
    assert_eq!(
        parse_error_challenge(&enc(&padded)),
        Ok(TokenProblem::NotAllowed)
    );
    assert_eq!(
        parse_error_challenge(&"A".repeat(MAX_CHALLENGE + 1)),
        Err(ChallengeError::TooLong)
    );
    assert_eq!(
        ChallengeError::TooLong.to_string(),
        "the challenge is longer than 4096 characters"
    );
    // A challenge that cannot be read still counts as a refused token.
    let mut x = Exchange::new(Mechanism::XOAuth2);
    x.next(&token("a", "b")).unwrap();
    x.challenge("garbage");
    assert_eq!(x.token_problem(), Some(TokenProblem::Other));
}
