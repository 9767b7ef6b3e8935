//! HTTPS (443) and HTTP (80) on one loopback address: an in-process hyper server with rustls that
//! answers by scheme, Host and path, and records every request it sees.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use rustls_pki_types::pem::PemObject;

use super::{Ca, std_listener};

/// What the web server answers for one URL.
#[derive(Clone, Debug)]
pub enum Reply {
    Body(String),
    Status(u16),
    Redirect(String),
    /// Accept the request and never answer.
    Hang,
    /// A body of this many bytes.
    Big(usize),
    /// This body, after this long.
    Slow(Duration, String),
}

/// A request the web server saw.
#[derive(Clone, Debug)]
pub struct Seen {
    pub scheme: &'static str,
    pub method: String,
    pub host: String,
    /// Path and query.
    pub target: String,
    pub body: String,
    pub has_authorization: bool,
}

/// An HTTPS (port 443) and HTTP (port 80) server on one address, routing by scheme, Host and path.
pub struct Web {
    rt: Option<tokio::runtime::Runtime>,
    seen: Arc<Mutex<Vec<Seen>>>,
    pub ip: Ipv4Addr,
}

type Routes = Arc<HashMap<(String, String, String), Reply>>;

async fn handle(
    req: hyper::Request<hyper::body::Incoming>,
    scheme: &'static str,
    routes: Routes,
    seen: Arc<Mutex<Vec<Seen>>>,
) -> Result<hyper::Response<Full<Bytes>>, std::convert::Infallible> {
    let host = req
        .headers()
        .get(hyper::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .to_owned();
    let method = req.method().to_string();
    let target = req
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_default();
    let path = req.uri().path().to_owned();
    let has_authorization = req.headers().contains_key(hyper::header::AUTHORIZATION);
    let body = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    seen.lock().expect("lock").push(Seen {
        scheme,
        method,
        host: host.clone(),
        target,
        body: String::from_utf8_lossy(&body).into_owned(),
        has_authorization,
    });
    let reply = routes
        .get(&(scheme.to_owned(), host, path))
        .cloned()
        .unwrap_or(Reply::Status(404));
    let resp = match reply {
        Reply::Body(b) => hyper::Response::builder()
            .header("content-type", "text/xml")
            .body(Full::new(Bytes::from(b))),
        Reply::Status(s) => hyper::Response::builder()
            .status(s)
            .body(Full::new(Bytes::from_static(b"not here"))),
        Reply::Redirect(to) => hyper::Response::builder()
            .status(302)
            .header("location", to)
            .body(Full::new(Bytes::new())),
        Reply::Hang => {
            std::future::pending::<()>().await;
            unreachable!()
        }
        Reply::Big(n) => hyper::Response::builder().body(Full::new(Bytes::from(vec![b'<'; n]))),
        Reply::Slow(after, b) => {
            tokio::time::sleep(after).await;
            hyper::Response::builder()
                .header("content-type", "text/xml")
                .body(Full::new(Bytes::from(b)))
        }
    };
    Ok(resp.expect("response"))
}

impl Web {
    /// Serves `routes`: (scheme, host, path) → reply. `names` go into the HTTPS certificate.
    pub fn start(
        ip: Ipv4Addr,
        ca: &Ca,
        names: &[&str],
        routes: Vec<(&str, &str, &str, Reply)>,
    ) -> Web {
        let leaf = ca.leaf(names);
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let routes: Routes = Arc::new(
            routes
                .into_iter()
                .map(|(s, h, p, r)| ((s.to_owned(), h.to_owned(), p.to_owned()), r))
                .collect(),
        );
        let seen = Arc::new(Mutex::new(Vec::new()));
        let certs = rustls_pki_types::CertificateDer::pem_slice_iter(leaf.cert_pem.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .expect("cert");
        let key =
            rustls_pki_types::PrivateKeyDer::from_pem_slice(leaf.key_pem.as_bytes()).expect("key");
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("versions")
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .expect("server config");
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        for (port, scheme) in [(443u16, "https"), (80u16, "http")] {
            let addr = SocketAddr::new(IpAddr::V4(ip), port);
            let listener = std_listener(addr);
            let routes = routes.clone();
            let seen = seen.clone();
            let acceptor = acceptor.clone();
            rt.spawn(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                loop {
                    let Ok((tcp, _)) = listener.accept().await else {
                        continue;
                    };
                    // As production web servers do; without it Nagle + delayed ACK add ~40 ms.
                    let _ = tcp.set_nodelay(true);
                    let routes = routes.clone();
                    let seen = seen.clone();
                    let acceptor = acceptor.clone();
                    tokio::spawn(async move {
                        let service = hyper::service::service_fn(move |req| {
                            handle(req, scheme, routes.clone(), seen.clone())
                        });
                        let builder = hyper::server::conn::http1::Builder::new();
                        if scheme == "https" {
                            if let Ok(tls) = acceptor.accept(tcp).await {
                                let _ = builder
                                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                                    .await;
                            }
                        } else {
                            let _ = builder
                                .serve_connection(hyper_util::rt::TokioIo::new(tcp), service)
                                .await;
                        }
                    });
                }
            });
        }
        Web {
            rt: Some(rt),
            seen,
            ip,
        }
    }

    /// Every request seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

impl Drop for Web {
    fn drop(&mut self) {
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}
