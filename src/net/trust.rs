//! The trust store behind every certificate check: the system's authorities plus any `--ca-file`.
//!
//! Reading it is the largest fixed cost of a lookup, so it happens on a thread of its own from the
//! first line of `main` ([`start_reading`]), overlapping the DNS lookups and TCP connects; the first
//! certificate to check waits for it if it is not ready yet.
//!
//! On Linux and the BSDs the platform verifier reads the bundle file (`ca-certificates.crt`) *and*
//! every file of the certificate folder (`/etc/ssl/certs`, ~300 entries on Debian: the same ~140
//! authorities again, one file each) and then builds a WebPKI verifier over all of them, ~4 ms of
//! CPU, up to 13 ms in a fresh process. Here the same set is loaded in two stages ([`Staged`]): the
//! bundle file alone first (under 1 ms), and the whole set, exactly as the platform verifier loads it
//! (`rustls_native_certs::load_native_certs`), only when a certificate is refused by the first
//! stage. A certificate is therefore accepted exactly when the whole set accepts it, and every
//! refusal comes from the whole set: checks are as strict as the platform verifier's, only cheaper in
//! the usual case, where the issuer is in the bundle. Elsewhere (Windows, macOS) the platform verifier
//! asks the operating system, and is used as it is.

use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::{DigitallySignedStruct, SignatureScheme};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

/// A certificate verifier shared by the connections of a process.
pub(crate) type Verifier = Arc<dyn ServerCertVerifier>;

type Built = Result<Verifier, rustls::Error>;

/// The verifier over the system's trust store alone, shared by every `Net` of the process.
pub(super) fn system() -> Verifier {
    static SYSTEM: OnceLock<Arc<Deferred>> = OnceLock::new();
    SYSTEM
        .get_or_init(|| {
            Arc::new(Deferred::start(
                Vec::new(),
                Arc::new(rustls::crypto::aws_lc_rs::default_provider()),
            ))
        })
        .clone()
}

/// The system's trust store plus these extra authorities (`--ca-file`).
pub(super) fn with_extra(
    extra: Vec<CertificateDer<'static>>,
    provider: Arc<CryptoProvider>,
) -> Verifier {
    Arc::new(Deferred::start(extra, provider))
}

/// Starts reading the system's trust store on a thread of its own; called first thing at start-up,
/// so that it is ready by the time the first server shows its certificate.
pub(crate) fn start_reading() {
    let _ = system();
}

/// A verifier built on a thread of its own; the first certificate to check waits for it if it is not
/// ready yet. Signatures are checked with the provider's algorithms, as the platform verifier does,
/// without waiting.
#[derive(Debug)]
struct Deferred {
    built: Arc<OnceLock<Built>>,
    provider: Arc<CryptoProvider>,
    extra: Arc<Vec<CertificateDer<'static>>>,
}

impl Deferred {
    fn start(extra: Vec<CertificateDer<'static>>, provider: Arc<CryptoProvider>) -> Deferred {
        let d = Deferred {
            built: Arc::new(OnceLock::new()),
            provider,
            extra: Arc::new(extra),
        };
        let (built, provider, extra) = (d.built.clone(), d.provider.clone(), d.extra.clone());
        // If the thread cannot start, the first check builds the verifier itself.
        let _ = std::thread::Builder::new()
            .name("trust-store".into())
            .spawn(move || {
                built.get_or_init(|| build(&extra, provider));
            });
        d
    }

    fn get(&self) -> Result<&Verifier, rustls::Error> {
        self.built
            .get_or_init(|| build(&self.extra, self.provider.clone()))
            .as_ref()
            .map_err(Clone::clone)
    }
}

#[cfg(staged_trust)]
fn build(extra: &[CertificateDer<'static>], provider: Arc<CryptoProvider>) -> Built {
    Staged::system(extra, provider).map(|s| Arc::new(s) as Verifier)
}

#[cfg(not(staged_trust))]
fn build(extra: &[CertificateDer<'static>], provider: Arc<CryptoProvider>) -> Built {
    rustls_platform_verifier::Verifier::new_with_extra_roots(extra.iter().cloned(), provider)
        .map(|v| Arc::new(v) as Verifier)
}

impl ServerCertVerifier for Deferred {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.get()?
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.get()?.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.get()?.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        // What the built verifier answers too (webpki over this provider's algorithms), known
        // without waiting for the trust store: the ClientHello goes out at once.
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(staged_trust)]
pub(super) use staged::Staged;

#[cfg(staged_trust)]
mod staged {
    use std::path::{Path, PathBuf};

    use rustls::RootCertStore;
    use rustls::client::WebPkiServerVerifier;
    use rustls_pki_types::pem::PemObject;

    use super::*;

    /// Loads the whole set of system authorities.
    type Loader = Box<dyn Fn() -> Vec<CertificateDer<'static>> + Send + Sync>;

    /// The two-stage verifier described in the module documentation.
    pub(crate) struct Staged {
        /// The bundle file's authorities plus the extra ones; `None` when there is no bundle to
        /// start from (then `full` is built at once).
        quick: Option<Arc<WebPkiServerVerifier>>,
        full: OnceLock<Result<Arc<WebPkiServerVerifier>, rustls::Error>>,
        load_full: Loader,
        extra: Vec<CertificateDer<'static>>,
        provider: Arc<CryptoProvider>,
    }

    impl std::fmt::Debug for Staged {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("Staged")
                .field("quick", &self.quick.is_some())
                .field("full_loaded", &self.full.get().is_some())
                .finish()
        }
    }

    /// The bundle file rustls-native-certs reads first: `SSL_CERT_FILE` when `SSL_CERT_FILE` or
    /// `SSL_CERT_DIR` is set (then only those count), else the one openssl-probe finds
    /// (`/etc/ssl/certs/ca-certificates.crt` on Debian).
    fn bundle_path() -> Option<PathBuf> {
        let file = std::env::var_os("SSL_CERT_FILE").map(PathBuf::from);
        let dirs_set = std::env::var_os("SSL_CERT_DIR")
            .is_some_and(|d| std::env::split_paths(&d).any(|p| !p.as_os_str().is_empty()));
        if file.is_some() || dirs_set {
            return file;
        }
        openssl_probe::probe().cert_file
    }

    /// The authorities in one PEM file; unreadable files and broken entries are skipped, as
    /// rustls-native-certs skips them.
    fn pem_file(path: &Path) -> Vec<CertificateDer<'static>> {
        match CertificateDer::pem_file_iter(path) {
            Ok(iter) => iter.filter_map(Result::ok).collect(),
            Err(_) => Vec::new(),
        }
    }

    fn webpki(
        system: Vec<CertificateDer<'static>>,
        extra: &[CertificateDer<'static>],
        provider: &Arc<CryptoProvider>,
    ) -> Result<Option<Arc<WebPkiServerVerifier>>, rustls::Error> {
        let mut roots = RootCertStore::empty();
        // Errors in the extra authorities are the caller's to see; broken system entries are
        // skipped, as the platform verifier does.
        for cert in extra {
            roots.add(cert.clone())?;
        }
        roots.add_parsable_certificates(system);
        if roots.is_empty() {
            return Ok(None);
        }
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .map(Some)
            .map_err(|e| rustls::Error::General(e.to_string()))
    }

    impl Staged {
        /// Over the system's trust store, found where rustls-native-certs finds it.
        pub(crate) fn system(
            extra: &[CertificateDer<'static>],
            provider: Arc<CryptoProvider>,
        ) -> Result<Staged, rustls::Error> {
            Staged::new(
                bundle_path(),
                Box::new(|| rustls_native_certs::load_native_certs().certs),
                extra,
                provider,
            )
        }

        /// `bundle` is read now; `load_full` (which must include the bundle) only when needed.
        pub(crate) fn new(
            bundle: Option<PathBuf>,
            load_full: Loader,
            extra: &[CertificateDer<'static>],
            provider: Arc<CryptoProvider>,
        ) -> Result<Staged, rustls::Error> {
            let first = bundle.as_deref().map(pem_file).unwrap_or_default();
            let quick = if first.is_empty() {
                None
            } else {
                webpki(first, extra, &provider)?
            };
            let staged = Staged {
                quick,
                full: OnceLock::new(),
                load_full,
                extra: extra.to_vec(),
                provider,
            };
            if staged.quick.is_none() {
                staged.full()?;
            }
            Ok(staged)
        }

        fn full(&self) -> Result<&Arc<WebPkiServerVerifier>, rustls::Error> {
            self.full
                .get_or_init(|| {
                    webpki((self.load_full)(), &self.extra, &self.provider)?.ok_or_else(|| {
                        rustls::Error::General(
                            "No CA certificates were loaded from the system".into(),
                        )
                    })
                })
                .as_ref()
                .map_err(Clone::clone)
        }

        /// Whether the whole set has been loaded (tests).
        #[cfg(test)]
        pub(crate) fn loaded_full(&self) -> bool {
            self.full.get().is_some()
        }
    }

    impl ServerCertVerifier for Staged {
        fn verify_server_cert(
            &self,
            end_entity: &CertificateDer<'_>,
            intermediates: &[CertificateDer<'_>],
            server_name: &ServerName<'_>,
            ocsp_response: &[u8],
            now: UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            // More authorities can only add ways to build a chain, so what the bundle accepts the
            // whole set accepts too; anything else is decided by the whole set.
            if let Some(quick) = &self.quick {
                if let Ok(ok) = quick.verify_server_cert(
                    end_entity,
                    intermediates,
                    server_name,
                    ocsp_response,
                    now,
                ) {
                    return Ok(ok);
                }
            }
            self.full()?.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            )
        }

        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls12_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls13_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.provider
                .signature_verification_algorithms
                .supported_schemes()
        }
    }
}

#[cfg(test)]
mod tests;
