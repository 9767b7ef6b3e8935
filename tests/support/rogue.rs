//! Hand-written servers, only for behaviour no real server shows: a host that accepts and never
//! speaks, one that sends an endless line, a scripted dialogue, a greeting and then silence, and a
//! tiny SMTP sink for Dovecot's submission relay.

use std::net::SocketAddr;

use super::std_listener;

/// Listens on `addr`; each connection gets `behaviour`. Runs on its own thread, stops on drop.
pub struct Rogue {
    rt: Option<tokio::runtime::Runtime>,
}

#[derive(Clone, Copy)]
pub enum Behaviour {
    /// Accept and say nothing, ever.
    Silent,
    /// Send an endless line.
    EndlessLine,
    /// Send `greeting`, then answer each line received with the next reply; close when none is left.
    Script {
        greeting: &'static str,
        replies: &'static [&'static str],
    },
    /// A tiny SMTP sink (Dovecot's relay): 220, then 250 to everything, 354 to DATA, 221 to QUIT.
    SmtpSink,
    /// Send this greeting, then read whatever comes and never answer.
    GreetThenSilent(&'static str),
    /// A broken TLS server: read the ClientHello, answer with this fatal TLS alert (40:
    /// handshake_failure, 80: internal_error …) and close.
    TlsAlert(u8),
    /// A TLS server stuck in the past: read the ClientHello, answer with a ServerHello for TLS 1.0.
    Tls10Only,
}

/// A TLS 1.0 ServerHello record: version 3.1, a zero random, no session id, the cipher suite
/// TLS_RSA_WITH_AES_128_CBC_SHA, no compression, no extensions.
fn tls10_server_hello() -> Vec<u8> {
    let mut body = vec![3, 1];
    body.extend_from_slice(&[0; 32]);
    body.extend_from_slice(&[0, 0x00, 0x2f, 0]);
    let mut hs = vec![2, 0, 0, body.len() as u8];
    hs.extend_from_slice(&body);
    let mut record = vec![22, 3, 1, 0, hs.len() as u8];
    record.extend_from_slice(&hs);
    record
}

impl Rogue {
    pub fn start(addr: SocketAddr, behaviour: Behaviour) -> Rogue {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let listener = std_listener(addr);
        rt.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            loop {
                let Ok((mut tcp, _)) = listener.accept().await else {
                    continue;
                };
                tokio::spawn(async move {
                    use tokio::io::AsyncWriteExt;
                    match behaviour {
                        Behaviour::Silent => {
                            let _keep = &tcp;
                            std::future::pending::<()>().await;
                        }
                        Behaviour::EndlessLine => {
                            let chunk = vec![b'x'; 8192];
                            while tcp.write_all(&chunk).await.is_ok() {}
                        }
                        Behaviour::Script { greeting, replies } => {
                            use tokio::io::AsyncBufReadExt;
                            let (r, mut w) = tcp.into_split();
                            let mut lines = tokio::io::BufReader::new(r).lines();
                            let _ = w.write_all(greeting.as_bytes()).await;
                            for reply in replies {
                                if !matches!(lines.next_line().await, Ok(Some(_))) {
                                    return;
                                }
                                let _ = w.write_all(reply.as_bytes()).await;
                            }
                            let _ = lines.next_line().await;
                        }
                        Behaviour::GreetThenSilent(greeting) => {
                            use tokio::io::AsyncReadExt;
                            let _ = tcp.write_all(greeting.as_bytes()).await;
                            let mut buf = [0u8; 1024];
                            while matches!(tcp.read(&mut buf).await, Ok(n) if n > 0) {}
                        }
                        Behaviour::TlsAlert(alert) => {
                            use tokio::io::AsyncReadExt;
                            let mut buf = [0u8; 2048];
                            if matches!(tcp.read(&mut buf).await, Ok(n) if n > 0) {
                                let _ = tcp.write_all(&[21, 3, 3, 0, 2, 2, alert]).await;
                            }
                        }
                        Behaviour::Tls10Only => {
                            use tokio::io::AsyncReadExt;
                            let mut buf = [0u8; 2048];
                            if matches!(tcp.read(&mut buf).await, Ok(n) if n > 0) {
                                let _ = tcp.write_all(&tls10_server_hello()).await;
                                while matches!(tcp.read(&mut buf).await, Ok(n) if n > 0) {}
                            }
                        }
                        Behaviour::SmtpSink => {
                            use tokio::io::AsyncBufReadExt;
                            let (r, mut w) = tcp.into_split();
                            let mut lines = tokio::io::BufReader::new(r).lines();
                            let _ = w.write_all(b"220 sink ESMTP\r\n").await;
                            let mut in_data = false;
                            while let Ok(Some(l)) = lines.next_line().await {
                                let reply: &[u8] = if in_data {
                                    if l != "." {
                                        continue;
                                    }
                                    in_data = false;
                                    b"250 2.0.0 queued\r\n"
                                } else if l.eq_ignore_ascii_case("DATA") {
                                    in_data = true;
                                    b"354 go ahead\r\n"
                                } else if l.eq_ignore_ascii_case("QUIT") {
                                    let _ = w.write_all(b"221 bye\r\n").await;
                                    return;
                                } else {
                                    b"250 ok\r\n"
                                };
                                let _ = w.write_all(reply).await;
                            }
                        }
                    }
                });
            }
        });
        Rogue { rt: Some(rt) }
    }
}

impl Drop for Rogue {
    fn drop(&mut self) {
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}
