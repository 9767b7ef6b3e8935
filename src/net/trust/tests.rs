use super::*;

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

#[test]
fn the_deferred_verifier_offers_what_the_built_one_offers() {
    let deferred = Deferred::start(Vec::new(), provider());
    let schemes = deferred.supported_verify_schemes();
    match deferred.get() {
        Ok(built) => assert_eq!(schemes, built.supported_verify_schemes()),
        // A machine with no trust store at all: the refusal is the verifier's own.
        Err(e) => assert!(e.to_string().contains("CA"), "{e}"),
    }
    assert!(!schemes.is_empty());
}

#[cfg(staged_trust)]
mod staged {
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicUsize, Ordering};

    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    use rustls::client::WebPkiServerVerifier;

    use super::*;
    use crate::net::trust::Staged;

    const HOST: &str = "mail.example.test";

    struct Authority(CertifiedIssuer<'static, KeyPair>);

    impl Authority {
        fn new(name: &str) -> Authority {
            let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
            params.distinguished_name.push(DnType::CommonName, name);
            params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            let key = KeyPair::generate().expect("key");
            Authority(CertifiedIssuer::self_signed(params, key).expect("CA"))
        }

        fn pem(&self) -> String {
            self.0.pem()
        }

        fn leaf(&self, host: &str) -> CertificateDer<'static> {
            let params = CertificateParams::new(vec![host.to_string()]).expect("params");
            let key = KeyPair::generate().expect("key");
            params.signed_by(&key, &self.0).expect("sign").der().clone()
        }
    }

    /// A bundle file with authority A, a folder (as `openssl rehash` leaves it) with B and a link
    /// to the bundle, and C trusted nowhere.
    struct Store {
        _dir: tempfile::TempDir,
        bundle: PathBuf,
        folder: PathBuf,
        a: Authority,
        b: Authority,
        c: Authority,
    }

    fn store() -> Store {
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b, c) = (
            Authority::new("A"),
            Authority::new("B"),
            Authority::new("C"),
        );
        let bundle = dir.path().join("ca-certificates.crt");
        std::fs::write(&bundle, a.pem()).expect("bundle");
        let folder = dir.path().join("certs");
        std::fs::create_dir(&folder).expect("folder");
        std::fs::write(folder.join("b.pem"), b.pem()).expect("b");
        std::os::unix::fs::symlink(&bundle, folder.join("ca-certificates.crt")).expect("link");
        Store {
            _dir: dir,
            bundle,
            folder,
            a,
            b,
            c,
        }
    }

    fn whole(bundle: &Path, folder: &Path) -> Vec<CertificateDer<'static>> {
        rustls_native_certs::load_certs_from_paths(Some(bundle), Some(folder)).certs
    }

    fn staged(s: &Store, calls: &Arc<AtomicUsize>) -> Staged {
        let (bundle, folder, calls) = (s.bundle.clone(), s.folder.clone(), calls.clone());
        Staged::new(
            Some(s.bundle.clone()),
            Box::new(move || {
                calls.fetch_add(1, Ordering::SeqCst);
                whole(&bundle, &folder)
            }),
            &[],
            provider(),
        )
        .expect("staged verifier")
    }

    /// What the platform verifier does on Linux: one WebPKI verifier over the whole set.
    fn reference(s: &Store) -> Arc<WebPkiServerVerifier> {
        let mut roots = rustls::RootCertStore::empty();
        roots.add_parsable_certificates(whole(&s.bundle, &s.folder));
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider())
            .build()
            .expect("reference verifier")
    }

    fn verify(
        v: &dyn ServerCertVerifier,
        leaf: &CertificateDer<'static>,
        host: &str,
    ) -> Result<(), String> {
        let name = ServerName::try_from(host.to_string()).expect("name");
        v.verify_server_cert(leaf, &[], &name, &[], UnixTime::now())
            .map(|_| ())
            .map_err(|e| format!("{e:?}"))
    }

    #[test]
    fn a_certificate_from_the_bundle_is_accepted_without_reading_the_folder() {
        let s = store();
        let calls = Arc::new(AtomicUsize::new(0));
        let v = staged(&s, &calls);
        assert_eq!(verify(&v, &s.a.leaf(HOST), HOST), Ok(()));
        assert!(!v.loaded_full());
        assert_eq!(calls.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn every_answer_is_the_whole_sets_answer() {
        let s = store();
        let calls = Arc::new(AtomicUsize::new(0));
        let v = staged(&s, &calls);
        let r = reference(&s);
        let cases = [
            (s.a.leaf(HOST), HOST),
            (s.a.leaf("other.example.test"), HOST),
            (s.b.leaf(HOST), HOST),
            (s.b.leaf("other.example.test"), HOST),
            (s.c.leaf(HOST), HOST),
        ];
        let mut accepted = 0;
        for (leaf, host) in &cases {
            let ours = verify(&v, leaf, host);
            assert_eq!(ours, verify(r.as_ref(), leaf, host), "{host}");
            accepted += usize::from(ours.is_ok());
        }
        // A's and B's right-name leaves; the folder was read once, for the first refusal.
        assert_eq!(accepted, 2);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        let unknown = verify(&v, &s.c.leaf(HOST), HOST).expect_err("C is trusted nowhere");
        assert!(unknown.contains("UnknownIssuer"), "{unknown}");
        let wrong = verify(&v, &s.a.leaf("other.example.test"), HOST).expect_err("wrong name");
        assert!(wrong.contains("NotValidForName"), "{wrong}");
    }

    #[test]
    fn without_a_bundle_the_whole_set_is_read_at_once() {
        let s = store();
        let folder = s.folder.clone();
        let v = Staged::new(
            None,
            Box::new(move || rustls_native_certs::load_certs_from_paths(None, Some(&folder)).certs),
            &[],
            provider(),
        )
        .expect("staged verifier");
        assert!(v.loaded_full());
        assert_eq!(verify(&v, &s.b.leaf(HOST), HOST), Ok(()));
        // The link to the bundle is in the folder too.
        assert_eq!(verify(&v, &s.a.leaf(HOST), HOST), Ok(()));
    }

    #[test]
    fn extra_authorities_count_in_both_stages_and_an_empty_store_is_refused() {
        let s = store();
        let extra = vec![CertificateDer::from_pem_slice(s.c.pem().as_bytes()).expect("C")];
        let v = Staged::new(
            Some(s.bundle.clone()),
            Box::new(Vec::new),
            &extra,
            provider(),
        )
        .expect("staged verifier");
        assert_eq!(verify(&v, &s.c.leaf(HOST), HOST), Ok(()));
        assert!(!v.loaded_full());
        let nothing = Staged::new(None, Box::new(Vec::new), &[], provider())
            .expect_err("no authorities at all");
        assert!(
            nothing.to_string().contains("No CA certificates"),
            "{nothing}"
        );
    }

    use rustls_pki_types::pem::PemObject;
}
