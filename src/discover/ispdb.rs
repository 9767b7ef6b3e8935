//! Mozilla's ISPDB over HTTPS: `<base>/<domain>`, base configurable (`--ispdb-url`), by default
//! `https://autoconfig.thunderbird.net/v1.1/`. Vouched when fetched over HTTPS without leaving the
//! ISPDB's host.

use super::{Ctx, Outcome, Reporter, SourceError, describe_found, fetch_config};
use crate::model::SourceId;

/// The ISPDB URL for a domain.
pub(super) fn url_for(base: &url::Url, domain: &str) -> Option<url::Url> {
    let mut base = base.clone();
    if !base.path().ends_with('/') {
        let p = format!("{}/", base.path());
        base.set_path(&p);
    }
    base.join(domain).ok()
}

/// Looks `domain` up in the ISPDB; the servers are filled in for `ctx.addr` and tagged `source`.
pub(super) async fn lookup(
    ctx: &Ctx,
    domain: &str,
    source: SourceId,
    extra_trust: bool,
) -> Result<(Vec<crate::model::Server>, String), SourceError> {
    let base = ctx.net.ispdb_url();
    let Some(url) = url_for(base, domain) else {
        return Err(SourceError::Fetch {
            url: base.to_string(),
            error: crate::net::FetchError::Other("cannot build the ISPDB URL".into()),
        });
    };
    let (cfg, fetched) = fetch_config(ctx, &url, ctx.opts.timeouts.ispdb).await?;
    let trusted =
        extra_trust && fetched.url.scheme() == "https" && fetched.url.host_str() == base.host_str();
    let shown = fetched.url.to_string();
    Ok((
        cfg.resolve(&ctx.addr, source, &shown, trusted),
        describe_found(&cfg, &shown),
    ))
}

pub(super) async fn run(ctx: &Ctx, rep: &Reporter) -> Result<Outcome, SourceError> {
    let (servers, detail) = lookup(ctx, ctx.addr.domain(), SourceId::Ispdb, true).await?;
    rep.found(servers);
    Ok(Outcome { detail })
}

#[cfg(test)]
mod tests {
    #[test]
    fn builds_url_with_or_without_slash() {
        let a = url::Url::parse("https://autoconfig.thunderbird.net/v1.1/").unwrap();
        let b = url::Url::parse("https://127.0.0.1:8443/ispdb").unwrap();
        assert_eq!(
            super::url_for(&a, "example.com").unwrap().as_str(),
            "https://autoconfig.thunderbird.net/v1.1/example.com"
        );
        assert_eq!(
            super::url_for(&b, "example.com").unwrap().as_str(),
            "https://127.0.0.1:8443/ispdb/example.com"
        );
    }
}
