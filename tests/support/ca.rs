//! The test certificate authority (made with rcgen) and the leaf certificates it signs for the HTTPS
//! server and Dovecot: valid, expired, or signed by themselves.

use std::path::PathBuf;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};

use super::tempdir;

/// A test certificate authority. Its PEM file is what `--ca-file` gets.
pub struct Ca {
    issuer: CertifiedIssuer<'static, KeyPair>,
    dir: tempfile::TempDir,
    pub pem_path: PathBuf,
}

/// A calendar date: year, month, day.
type Ymd = (i32, u8, u8);

/// A leaf certificate and its key, PEM.
#[derive(Clone)]
pub struct Leaf {
    pub cert_pem: String,
    pub key_pem: String,
}

impl Ca {
    pub fn new() -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
        params
            .distinguished_name
            .push(DnType::CommonName, "Mail Setup Test CA");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let key = KeyPair::generate().expect("key");
        let issuer = CertifiedIssuer::self_signed(params, key).expect("CA");
        let dir = tempdir();
        let pem_path = dir.path().join("ca.pem");
        std::fs::write(&pem_path, issuer.pem()).expect("write CA");
        Ca {
            issuer,
            dir,
            pem_path,
        }
    }

    /// A server certificate for these names, signed by this CA, that expired in 2021.
    pub fn expired_leaf(&self, names: &[&str]) -> Leaf {
        self.make_leaf(names, Some(((2020, 1, 1), (2021, 1, 1))), false)
    }

    /// A certificate for these names that signs itself (not by this CA, not a CA itself).
    pub fn self_signed_leaf(&self, names: &[&str]) -> Leaf {
        self.make_leaf(names, None, true)
    }

    /// A server certificate for these names, signed by this CA.
    pub fn leaf(&self, names: &[&str]) -> Leaf {
        self.make_leaf(names, None, false)
    }

    fn make_leaf(&self, names: &[&str], validity: Option<(Ymd, Ymd)>, self_signed: bool) -> Leaf {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        let mut params = CertificateParams::new(names.clone()).expect("params");
        params.distinguished_name.push(
            DnType::CommonName,
            names.first().cloned().unwrap_or_default(),
        );
        params.is_ca = IsCa::NoCa;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        if let Some(((fy, fm, fd), (ty, tm, td))) = validity {
            params.not_before = rcgen::date_time_ymd(fy, fm, fd);
            params.not_after = rcgen::date_time_ymd(ty, tm, td);
        }
        let key = KeyPair::generate().expect("key");
        let cert = if self_signed {
            params.self_signed(&key).expect("self-sign")
        } else {
            params.signed_by(&key, &self.issuer).expect("sign")
        };
        Leaf {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        }
    }
}
