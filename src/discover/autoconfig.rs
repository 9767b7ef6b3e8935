//! The domain's own autoconfig file (draft-ietf-mailmaint-autoconfig, "retrieval"):
//! `https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>` first, then
//! `https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml`; both are asked at once and the first
//! URL's answer is preferred. Over HTTPS from the address's own domain the result is vouched; a
//! redirect out of the domain makes it not vouched. The legacy plain-HTTP URLs are a separate source
//! ([`run_http`]), never carry the address and are never vouched.

use super::{Ctx, Outcome, Reporter, SourceError, describe_found, fetch_config, url_within};
use crate::model::SourceId;

fn urls(ctx: &Ctx, scheme: &str, with_address: bool) -> Vec<url::Url> {
    let d = ctx.addr.domain();
    let mut first = format!("{scheme}://autoconfig.{d}/mail/config-v1.1.xml");
    if with_address {
        let q: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("emailaddress", &ctx.addr.to_string())
            .finish();
        first = format!("{first}?{q}");
    }
    let second = format!("{scheme}://{d}/.well-known/autoconfig/mail/config-v1.1.xml");
    [first, second]
        .iter()
        .filter_map(|u| url::Url::parse(u).ok())
        .collect()
}

async fn run(ctx: &Ctx, rep: &Reporter, https: bool) -> Result<Outcome, SourceError> {
    let source = if https {
        SourceId::Autoconfig
    } else {
        SourceId::AutoconfigHttp
    };
    let urls = urls(ctx, if https { "https" } else { "http" }, https);
    let limit = ctx.opts.timeouts.http;
    let results =
        futures_util::future::join_all(urls.iter().map(|u| fetch_config(ctx, u, limit))).await;
    let mut first_err = None;
    for result in results {
        match result {
            Ok((cfg, fetched)) => {
                let trusted =
                    https && fetched.url.scheme() == "https" && url_within(&fetched.url, &ctx.addr);
                let shown = super::redact_query(&fetched.url);
                let servers = cfg.resolve(&ctx.addr, source, &shown, trusted);
                let mut detail = describe_found(&cfg, &shown);
                if https && !trusted {
                    detail.push_str("; redirected outside the domain, so not vouched for");
                }
                if servers.is_empty() {
                    detail.push_str("; no IMAP, POP3 or SMTP server in it");
                }
                rep.found(servers);
                return Ok(Outcome { detail });
            }
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(Outcome {
            detail: "no URL could be built for the domain".into(),
        }),
    }
}

pub(super) async fn run_https(ctx: &Ctx, rep: &Reporter) -> Result<Outcome, SourceError> {
    run(ctx, rep, true).await
}

pub(super) async fn run_http(ctx: &Ctx, rep: &Reporter) -> Result<Outcome, SourceError> {
    run(ctx, rep, false).await
}
