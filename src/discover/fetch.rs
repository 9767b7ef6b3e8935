//! Fetching for the HTTP sources (autoconfig, ISPDB, MX, autodiscover): one request under a time
//! limit, errors tagged with the URL (its query, which holds the address, left out).

use std::time::Duration;

use super::{Ctx, SourceError, config};
use crate::address::Address;
use crate::net::FetchError;

/// Whether a URL's host lies within the address's registrable domain.
pub(crate) fn url_within(url: &url::Url, addr: &Address) -> bool {
    url.host_str().is_some_and(|h| {
        crate::address::is_within(&h.to_ascii_lowercase(), addr.registrable_domain())
    })
}

/// Fetches `url` (GET, or POST with `post`) within `limit`, errors tagged with the URL (query left out).
pub(crate) async fn fetch_within(
    ctx: &Ctx,
    url: &url::Url,
    post: Option<crate::net::Post>,
    limit: Duration,
) -> Result<crate::net::Fetched, SourceError> {
    let fetch_error = |error| SourceError::Fetch {
        url: redact_query(url),
        error,
    };
    match tokio::time::timeout(limit, ctx.net.fetch(url, post)).await {
        Ok(r) => r.map_err(fetch_error),
        Err(_) => Err(fetch_error(FetchError::Timeout)),
    }
}

/// Fetches and parses an autoconfig document (shared by the autoconfig, ISPDB and MX sources).
pub(crate) async fn fetch_config(
    ctx: &Ctx,
    url: &url::Url,
    limit: Duration,
) -> Result<(config::ProviderConfig, crate::net::Fetched), SourceError> {
    let fetched = fetch_within(ctx, url, None, limit).await?;
    let cfg = config::parse(&fetched.body).map_err(|error| SourceError::Config {
        url: redact_query(url),
        error,
    })?;
    Ok((cfg, fetched))
}

/// A URL without its query string (the address stays out of reports).
pub(crate) fn redact_query(url: &url::Url) -> String {
    let mut u = url.clone();
    u.set_query(None);
    u.to_string()
}

/// Outcome text for a config with no usable servers.
pub(crate) fn describe_found(cfg: &config::ProviderConfig, url: &str) -> String {
    let name = cfg.display_name.as_deref().unwrap_or(&cfg.id);
    let mut s = format!("{name} ({url})");
    if !cfg.skipped.is_empty() {
        s.push_str("; skipped ");
        s.push_str(&cfg.skipped.join(", "));
    }
    s
}
