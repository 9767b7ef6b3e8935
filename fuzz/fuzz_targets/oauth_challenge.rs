//! The OAuth2 error-challenge parser (RFC 7628 §3.2.2: base64 JSON) never panics on what a server
//! sends, and an exchange fed any challenge still answers it without the token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::model::Secret;
use mailsetup::proto::login::Credentials;
use mailsetup::proto::sasl::{Exchange, Mechanism, parse_error_challenge};

const TOKEN: &str = "fuzz-token-42";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_error_challenge(text);
    let c = Credentials::token("user@example.com", Secret::new(TOKEN.into()));
    for m in [Mechanism::OAuthBearer, Mechanism::XOAuth2] {
        let mut x = Exchange::new(m);
        let _ = x.next(&c);
        x.challenge(text);
        assert!(x.token_problem().is_some());
        let answer = x.next(&c).expect("an error challenge is answered");
        assert!(!answer.contains(TOKEN));
    }
});
