//! Apple configuration profiles (`.mobileconfig`) for Mail on macOS, iPhone and iPad: an XML plist
//! with one `com.apple.mail.managed` payload (keys from apple/device-management,
//! `mdm/profiles/com.apple.mail.managed.yaml`). Identifiers are derived from the address, so a new
//! profile for the same address replaces the old one; UUIDs are fresh each time. No password unless
//! asked for.
//!
//! OAuth2: the mail payload's authentication list (`EmailAuthNone`, `…Password`, `…CRAMMD5`,
//! `…NTLM`, `…HTTPMD5`) has no OAuth2, so an account that signs in with its provider cannot be
//! described by it. Apple's schema has one payload that signs in with a provider,
//! `com.apple.google-oauth` (`mdm/profiles/com.apple.google-oauth.yaml`: iPhone, iPad and Vision
//! Pro, not macOS; no credentials, the person signs in after installing): Google accounts get that.
//! Any other OAuth2 provider is refused with words saying how to add the account in Mail by hand.

use plist::{Dictionary, Value};

use super::Account;
use crate::model::{Auth, Protocol, Secret, Security, Server};

fn auth(a: Auth) -> &'static str {
    match a {
        Auth::PasswordEncrypted => "EmailAuthCRAMMD5",
        Auth::Ntlm => "EmailAuthNTLM",
        Auth::None | Auth::ClientIpAddress | Auth::SmtpAfterPop => "EmailAuthNone",
        _ => "EmailAuthPassword",
    }
}

/// How an account that signs in with OAuth2 can go into an Apple profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OAuthKind {
    /// `com.apple.google-oauth`.
    Google,
    /// No payload: Mail must be set up by hand.
    Other,
}

/// `None` for an account that signs in with a password.
pub(crate) fn oauth_kind(a: &Account) -> Option<OAuthKind> {
    let s = std::iter::once(&a.incoming)
        .chain(a.outgoing.as_ref())
        .find(|s| s.auth == Auth::OAuth2)?;
    Some(match crate::model::provider::provider_of(s) {
        Some(crate::model::provider::Provider::Google) => OAuthKind::Google,
        _ => OAuthKind::Other,
    })
}

/// A profile with one `com.apple.google-oauth` payload: the address and name, nothing secret.
pub fn render_google(a: &Account) -> Vec<u8> {
    let id = identifier(a);
    let address = a.address.to_string();
    let mut google = Dictionary::new();
    for (k, v) in [
        ("PayloadType", "com.apple.google-oauth".to_owned()),
        ("PayloadIdentifier", format!("{id}.google")),
        ("PayloadUUID", new_uuid()),
        ("PayloadDisplayName", address.clone()),
        ("AccountDescription", address.clone()),
        ("AccountName", a.name.clone()),
        ("EmailAddress", address.clone()),
    ] {
        google.insert(k.into(), Value::String(v));
    }
    google.insert("PayloadVersion".into(), Value::Integer(1.into()));
    profile(id, &address, google)
}

fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string().to_uppercase()
}

/// The reverse-DNS identifier for an address: `uk.co.example.mailsetup.hello`.
pub(crate) fn identifier(a: &Account) -> String {
    let reversed: Vec<&str> = a.address.domain().rsplit('.').collect();
    let local: String = a
        .address
        .local_part()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("{}.mailsetup.{local}", reversed.join("."))
}

fn server(d: &mut Dictionary, prefix: &str, s: &Server) {
    d.insert(
        format!("{prefix}MailServerHostName"),
        Value::String(s.host.clone()),
    );
    d.insert(
        format!("{prefix}MailServerPortNumber"),
        Value::Integer(i64::from(s.port).into()),
    );
    d.insert(
        format!("{prefix}MailServerUseSSL"),
        Value::Boolean(s.security != Security::Plain),
    );
    d.insert(
        format!("{prefix}MailServerUsername"),
        Value::String(s.username.clone()),
    );
    d.insert(
        format!("{prefix}MailServerAuthentication"),
        Value::String(auth(s.auth).into()),
    );
}

/// The profile as XML plist bytes.
pub fn render(a: &Account, password: Option<&Secret<String>>) -> Vec<u8> {
    let id = identifier(a);
    let address = a.address.to_string();
    let mut mail = Dictionary::new();
    mail.insert(
        "PayloadType".into(),
        Value::String("com.apple.mail.managed".into()),
    );
    mail.insert("PayloadVersion".into(), Value::Integer(1.into()));
    mail.insert(
        "PayloadIdentifier".into(),
        Value::String(format!("{id}.mail")),
    );
    mail.insert("PayloadUUID".into(), Value::String(new_uuid()));
    mail.insert("PayloadDisplayName".into(), Value::String(address.clone()));
    mail.insert(
        "EmailAccountType".into(),
        Value::String(
            if a.incoming.protocol == Protocol::Pop3 {
                "EmailTypePOP"
            } else {
                "EmailTypeIMAP"
            }
            .into(),
        ),
    );
    mail.insert(
        "EmailAccountDescription".into(),
        Value::String(address.clone()),
    );
    mail.insert("EmailAccountName".into(), Value::String(a.name.clone()));
    mail.insert("EmailAddress".into(), Value::String(address.clone()));
    server(&mut mail, "Incoming", &a.incoming);
    if let Some(o) = &a.outgoing {
        server(&mut mail, "Outgoing", o);
        mail.insert(
            "OutgoingPasswordSameAsIncomingPassword".into(),
            Value::Boolean(true),
        );
    }
    if let Some(p) = password {
        mail.insert("IncomingPassword".into(), Value::String(p.expose().clone()));
        if a.outgoing.is_some() {
            mail.insert("OutgoingPassword".into(), Value::String(p.expose().clone()));
        }
    }
    profile(id, &address, mail)
}

/// The top-level profile around one payload, as XML plist bytes.
fn profile(id: String, address: &str, payload: Dictionary) -> Vec<u8> {
    let mut root = Dictionary::new();
    root.insert("PayloadType".into(), Value::String("Configuration".into()));
    root.insert("PayloadVersion".into(), Value::Integer(1.into()));
    root.insert("PayloadIdentifier".into(), Value::String(id));
    root.insert(
        "PayloadUUID".into(),
        Value::String(uuid::Uuid::new_v4().to_string().to_uppercase()),
    );
    root.insert(
        "PayloadDisplayName".into(),
        Value::String(crate::t!("apple-profile-name", address = address)),
    );
    root.insert(
        "PayloadDescription".into(),
        Value::String(crate::t!("apple-profile-description", address = address)),
    );
    root.insert(
        "PayloadContent".into(),
        Value::Array(vec![Value::Dictionary(payload)]),
    );
    let mut out = Vec::new();
    // Writing a plist to memory cannot fail for these value types.
    let _ = plist::to_writer_xml(&mut out, &Value::Dictionary(root));
    out
}

/// Why a profile could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    #[error("{}", crate::t!("error-apple-certificate", reason = .0.as_str()))]
    Certificate(String),
    #[error("{}", crate::t!("error-apple-key"))]
    Key,
    #[error("{}", crate::t!("error-apple-sign", reason = .0.as_str()))]
    Sign(String),
}

/// Signs a profile as CMS SignedData (RFC 5652), DER, content attached — what
/// `openssl cms -sign -nodetach -outform der -binary` makes. `cert_pem` may hold the chain after the
/// signing certificate; every certificate in it is included. P-256 (ECDSA) and RSA keys.
pub fn sign(profile: &[u8], cert_pem: &str, key_pem: &str) -> Result<Vec<u8>, SignError> {
    use cms::builder::{SignedDataBuilder, SignerInfoBuilder};
    use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
    use cms::signed_data::{EncapsulatedContentInfo, SignerIdentifier};
    use x509_cert::der::{Any, Encode, Tag};
    use x509_cert::spki::AlgorithmIdentifierOwned;

    let chain = x509_cert::Certificate::load_pem_chain(cert_pem.as_bytes())
        .map_err(|e| SignError::Certificate(e.to_string()))?;
    let signer_cert = chain
        .first()
        .ok_or_else(|| SignError::Certificate(crate::t!("error-apple-certificate-empty")))?;
    let sid = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
        issuer: signer_cert.tbs_certificate.issuer.clone(),
        serial_number: signer_cert.tbs_certificate.serial_number.clone(),
    });
    let content = EncapsulatedContentInfo {
        econtent_type: const_oid::db::rfc5911::ID_DATA,
        econtent: Some(
            Any::new(Tag::OctetString, profile.to_vec())
                .map_err(|e| SignError::Sign(e.to_string()))?,
        ),
    };
    let sha256 = AlgorithmIdentifierOwned {
        oid: const_oid::db::rfc5912::ID_SHA_256,
        parameters: None,
    };
    fn err<E: std::fmt::Display>(e: E) -> SignError {
        SignError::Sign(e.to_string())
    }
    let mut builder = SignedDataBuilder::new(&content);
    builder.add_digest_algorithm(sha256.clone()).map_err(err)?;
    for c in &chain {
        builder
            .add_certificate(CertificateChoices::Certificate(c.clone()))
            .map_err(err)?;
    }
    use p256::pkcs8::DecodePrivateKey as _;
    let signed = if let Ok(secret) = p256::SecretKey::from_pkcs8_pem(key_pem) {
        let key = p256::ecdsa::SigningKey::from(secret);
        let info = SignerInfoBuilder::new(&key, sid, sha256, &content, None).map_err(err)?;
        builder
            .add_signer_info::<p256::ecdsa::SigningKey, p256::ecdsa::DerSignature>(info)
            .map_err(err)?
            .build()
            .map_err(err)?
    } else {
        use rsa::pkcs1::DecodeRsaPrivateKey as _;
        let rsa_key = rsa::RsaPrivateKey::from_pkcs8_pem(key_pem)
            .or_else(|_| rsa::RsaPrivateKey::from_pkcs1_pem(key_pem))
            .map_err(|_| SignError::Key)?;
        let key = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(rsa_key);
        let info = SignerInfoBuilder::new(&key, sid, sha256, &content, None).map_err(err)?;
        builder
            .add_signer_info::<rsa::pkcs1v15::SigningKey<sha2::Sha256>, rsa::pkcs1v15::Signature>(
                info,
            )
            .map_err(err)?
            .build()
            .map_err(err)?
    };
    signed.to_der().map_err(err)
}
