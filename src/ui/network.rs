//! The window's network layer, built once — by the first page that needs it, inside its task — and
//! shared by every page after (the resolver, the HTTP client and the TLS set-up are not rebuilt for
//! each step). A settings error (an unreadable `--ca-file`) is kept and given to every page.

use std::sync::Arc;

use crate::net::{Net, NetConfig};

#[derive(Clone)]
pub struct SharedNet {
    config: NetConfig,
    built: Arc<tokio::sync::OnceCell<Result<Net, String>>>,
}

impl SharedNet {
    pub fn new(config: NetConfig) -> SharedNet {
        SharedNet {
            config,
            built: Arc::new(tokio::sync::OnceCell::new()),
        }
    }

    /// The network layer, built on the first call.
    pub async fn get(&self) -> Result<Net, String> {
        let build = || async { Net::new(&self.config).map_err(|e| e.to_string()) };
        self.built.get_or_init(build).await.clone()
    }
}
