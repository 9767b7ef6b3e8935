//! Provider data shipped with the program, and site files an administrator adds.
//!
//! `autoconfig/providers.json` is generated from the Mozilla ISPDB's autoconfig files (MPL-2.0) by
//! [`generate`] (run `cargo run --example generate-bundled`; see `autoconfig/README.md`) and embedded
//! in the binary. Site files are autoconfig XML named `<domain>.xml` in `/etc/mailsetup/autoconfig/`
//! or `~/.config/mailsetup/autoconfig/` (Thunderbird's `isp/` layout); they are read first, so a
//! site can override the bundled data. Both are vouched: nothing here comes from the network.

use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::config::{self, ProviderConfig};
use super::{Ctx, Outcome, Reporter, SourceError};
use crate::model::SourceId;

const EMBEDDED: &str = include_str!("../../autoconfig/providers.json");

/// The generated file's shape.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct BundledFile {
    /// Where the facts come from, and their licence.
    pub source: String,
    pub providers: Vec<ProviderConfig>,
}

include!(concat!(env!("OUT_DIR"), "/bundled_index.rs"));

/// Where one provider's entry lies in the file (byte offsets, end exclusive).
type Range = (usize, usize);

/// The bundled providers, indexed by email domain and by MX domain. The index is made at build time
/// (build.rs: the domains, sorted, and where each provider's entry lies in the file), and a
/// provider's entry is parsed when it is first looked up, so a lookup costs microseconds rather than
/// parsing the whole file (some 190 KB) in every process.
pub struct Bundled {
    json: &'static str,
    /// Email and MX domains, sorted, with their provider's number.
    domains: &'static [(&'static str, u16)],
    /// Each provider's byte range in `json`, and the entry once parsed (`None`: it does not parse).
    providers: Vec<(Range, OnceLock<Option<ProviderConfig>>)>,
}

impl Bundled {
    fn new(
        json: &'static str,
        domains: &'static [(&'static str, u16)],
        ranges: &[Range],
    ) -> Bundled {
        Bundled {
            json,
            domains,
            providers: ranges.iter().map(|r| (*r, OnceLock::new())).collect(),
        }
    }

    fn provider(&self, i: usize) -> Option<&ProviderConfig> {
        let ((start, end), parsed) = self.providers.get(i)?;
        parsed
            .get_or_init(|| {
                let text = self.json.get(*start..*end)?;
                serde_json::from_str(text).ok()
            })
            .as_ref()
    }

    /// The provider serving this email or MX domain.
    pub fn lookup(&self, domain: &str) -> Option<&ProviderConfig> {
        let at = self
            .domains
            .binary_search_by(|(d, _)| (*d).cmp(domain))
            .ok()?;
        self.provider(usize::from(self.domains[at].1))
    }

    /// Every provider (parsing all of them).
    pub fn providers(&self) -> Vec<&ProviderConfig> {
        (0..self.providers.len())
            .filter_map(|i| self.provider(i))
            .collect()
    }

    /// How many domains the data covers.
    pub fn domain_count(&self) -> usize {
        self.domains.len()
    }
}

/// The embedded data with its build-time index. The unit tests check the index against the file.
pub fn data() -> &'static Bundled {
    static DATA: OnceLock<Bundled> = OnceLock::new();
    DATA.get_or_init(|| Bundled::new(EMBEDDED, DOMAINS, PROVIDERS))
}

/// Largest site file read.
const MAX_SITE_FILE: u64 = super::xml::MAX_INPUT as u64;

/// Looks for `<domain>.xml` in each site folder, first match wins.
pub(crate) fn site_lookup(
    dirs: &[impl AsRef<Path>],
    domain: &str,
) -> Option<(String, Result<ProviderConfig, String>)> {
    for dir in dirs {
        let path = dir.as_ref().join(format!("{domain}.xml"));
        if std::fs::metadata(&path).is_err() {
            continue;
        }
        let shown = path.display().to_string();
        // One byte past the limit is enough to know the file is too large: never parse it cut.
        let mut bytes = Vec::new();
        let read = std::fs::File::open(&path).and_then(|f| {
            std::io::Read::read_to_end(&mut std::io::Read::take(f, MAX_SITE_FILE + 1), &mut bytes)
        });
        let parsed = match read {
            Err(e) => Err(e.to_string()),
            Ok(_) if bytes.len() as u64 > MAX_SITE_FILE => {
                Err(super::xml::XmlError::TooLarge.to_string())
            }
            Ok(_) => config::parse(&bytes).map_err(|e| e.to_string()),
        };
        return Some((shown, parsed));
    }
    None
}

pub(super) async fn run(ctx: &Ctx, rep: &Reporter) -> Result<Outcome, SourceError> {
    let domain = ctx.addr.domain();
    let dirs = ctx.opts.site_dirs.clone();
    let owned = domain.to_owned();
    let site = tokio::task::spawn_blocking(move || site_lookup(&dirs, &owned))
        .await
        .ok()
        .flatten();
    let mut notes = Vec::new();
    if let Some((path, parsed)) = site {
        match parsed {
            Ok(cfg) => {
                let url = format!("file://{path}");
                rep.found(cfg.resolve(&ctx.addr, SourceId::Bundled, &url, true));
                return Ok(Outcome {
                    detail: super::describe_found(&cfg, &path),
                });
            }
            // A broken site file must not hide the bundled data; say so and go on.
            Err(e) => notes.push(format!("ignored {path}: {e}")),
        }
    }
    match data().lookup(domain) {
        Some(cfg) => {
            let url = format!("bundled:{}", cfg.id);
            rep.found(cfg.resolve(&ctx.addr, SourceId::Bundled, &url, true));
            notes.push(super::describe_found(cfg, &url));
        }
        None => notes.push(format!("{domain} is not in the built-in list")),
    }
    Ok(Outcome {
        detail: notes.join("; "),
    })
}

/// The sign-in plan before discovery has run (`oauth::plan`): from the bundled provider data
/// alone, for the first step's words (no password needed, or an app password). `None`: the domain
/// is not in the data.
pub fn early_plan(
    addr: &crate::address::Address,
    registrations: &crate::oauth::Registrations,
) -> Option<crate::oauth::plan::Plan> {
    use crate::model::Auth;
    use crate::oauth::plan::{Plan, SignInPlan, app_password};
    let cfg = data().lookup(addr.domain())?;
    let first = cfg.incoming.first();
    let offers = first.is_some_and(|t| t.auth.contains(&Auth::OAuth2));
    let only = first.is_some_and(|t| t.auth.iter().all(|a| *a == Auth::OAuth2));
    match &cfg.oauth {
        Some(e) if offers && (only || registrations.get(&e.issuer).is_some()) => {
            Some(Plan::SignIn(SignInPlan {
                provider: crate::model::provider::provider_name(e),
                endpoints: e.clone(),
                client: registrations.get(&e.issuer).cloned(),
            }))
        }
        _ => Some(Plan::Password {
            app_password: app_password(addr, registrations),
        }),
    }
}

/// Why generating the bundled data failed.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("{}", crate::t!("error-bundled-read", path = .path.as_str(), error = .error.to_string()))]
    Io { path: String, error: std::io::Error },
    #[error("{}", crate::t!("error-bundled-parse", path = .path.as_str(), error = .error.to_string()))]
    Parse {
        path: String,
        error: config::ConfigError,
    },
}

/// Our corrections to the ISPDB's facts, applied while generating (autoconfig/README.md,
/// "Corrections"): Google's sign-in asks only for mail (the ISPDB also asks for calendar and
/// contacts, which a mail setup does not need), and Outlook.com, Hotmail, Live and MSN addresses,
/// whose servers take only OAuth2 but whose file names no issuer, sign in with Microsoft's
/// identity platform, the same issuer and endpoints as Microsoft 365.
fn correct(cfg: &mut ProviderConfig) {
    if let Some(o) = cfg
        .oauth
        .as_mut()
        .filter(|o| o.issuer == crate::model::provider::GOOGLE_ISSUER)
    {
        o.scope = "https://mail.google.com/".into();
    }
    if cfg.id == "hotmail.com" && cfg.oauth.is_none() {
        let ms = crate::model::provider::MICROSOFT_ISSUER;
        cfg.oauth = Some(crate::model::OAuthEndpoints {
            issuer: ms.into(),
            auth_url: format!("https://{ms}/common/oauth2/v2.0/authorize"),
            token_url: format!("https://{ms}/common/oauth2/v2.0/token"),
            scope: "https://outlook.office365.com/IMAP.AccessAsUser.All \
                    https://outlook.office365.com/POP.AccessAsUser.All \
                    https://outlook.office365.com/SMTP.Send offline_access"
                .into(),
        });
    }
}

/// Builds `providers.json` from a folder of ISPDB autoconfig files (every `*.xml`, in name order).
pub fn generate(dir: &Path) -> Result<String, GenerateError> {
    let io = |e: std::io::Error| GenerateError::Io {
        path: dir.display().to_string(),
        error: e,
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    paths.sort();
    let mut providers = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let bytes = std::fs::read(&path).map_err(|error| GenerateError::Io {
            path: shown.clone(),
            error,
        })?;
        let mut cfg =
            config::parse(&bytes).map_err(|error| GenerateError::Parse { path: shown, error })?;
        correct(&mut cfg);
        providers.push(cfg);
    }
    let file = BundledFile {
        source: "Generated from the Mozilla Thunderbird ISPDB (https://github.com/thunderbird/autoconfig), \
                 licensed under the Mozilla Public License 2.0. Do not edit: regenerate with \
                 `cargo run --example generate-bundled`."
            .into(),
        providers,
    };
    let mut json = serde_json::to_string_pretty(&file)
        .expect("the bundled data is plain strings and numbers, which always serialise");
    json.push('\n');
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the index must say, read from the file itself: the file's shape with each provider
    /// left unparsed, and each provider's domains.
    fn index_from_file(json: &'static str) -> (Vec<(String, u16)>, Vec<Range>) {
        #[derive(Deserialize)]
        struct RawFile<'a> {
            #[serde(borrow)]
            providers: Vec<&'a serde_json::value::RawValue>,
        }
        #[derive(Deserialize)]
        struct Domains {
            #[serde(default)]
            domains: Vec<String>,
            #[serde(default)]
            mx_domains: Vec<String>,
        }
        let file: RawFile<'static> = serde_json::from_str(json).expect("the file parses");
        let mut by_domain = std::collections::BTreeMap::new();
        let mut ranges = Vec::new();
        for (i, raw) in file.providers.iter().enumerate() {
            let start = raw.get().as_ptr() as usize - json.as_ptr() as usize;
            ranges.push((start, start + raw.get().len()));
            let d: Domains = serde_json::from_str(raw.get()).expect("a provider parses");
            for d in d.domains.into_iter().chain(d.mx_domains) {
                by_domain
                    .entry(d)
                    .or_insert(u16::try_from(i).expect("few providers"));
            }
        }
        (by_domain.into_iter().collect(), ranges)
    }

    #[test]
    fn a_site_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("example.test.xml");
        let xml = r#"<clientConfig version="1.1"><emailProvider id="example.test">
            <domain>example.test</domain>
            <incomingServer type="imap"><hostname>imap.example.test</hostname><port>993</port>
              <socketType>SSL</socketType><authentication>password-cleartext</authentication>
              <username>%EMAILADDRESS%</username></incomingServer>
            </emailProvider></clientConfig>"#;
        let mut bytes = xml.as_bytes().to_vec();
        bytes.resize(MAX_SITE_FILE as usize, b' ');
        std::fs::write(&path, &bytes).expect("write");
        let (_, parsed) = site_lookup(&[dir.path()], "example.test").expect("found");
        assert!(parsed.is_ok(), "{parsed:?}");
        bytes.push(b' ');
        std::fs::write(&path, &bytes).expect("write");
        let (_, parsed) = site_lookup(&[dir.path()], "example.test").expect("found");
        assert_eq!(
            parsed.err().as_deref(),
            Some("the file is larger than 1 MiB")
        );
    }

    #[test]
    fn the_build_time_index_matches_the_file() {
        let (domains, ranges) = index_from_file(EMBEDDED);
        let built: Vec<(String, u16)> = DOMAINS.iter().map(|(d, i)| (d.to_string(), *i)).collect();
        assert_eq!(built, domains);
        assert_eq!(PROVIDERS, ranges.as_slice());
    }

    #[test]
    fn embedded_data_parses_and_covers_known_domains() {
        let b = data();
        // Every entry parses in full, not only its domains.
        let all = b.providers();
        assert_eq!(all.len(), b.providers.len());
        assert!(all.len() >= 160);
        assert!(b.domain_count() >= 900, "{}", b.domain_count());
        let gmail = b.lookup("gmail.com").expect("gmail.com bundled");
        assert_eq!(gmail.incoming[0].hostname, "imap.gmail.com");
        assert!(gmail.domains.iter().any(|d| d == "gmail.com"));
        assert!(
            b.lookup("mail.protection.outlook.com").is_some(),
            "MX domain indexed"
        );
        assert!(b.lookup("no-such-provider.example").is_none());
        assert!(b.lookup("").is_none());
    }
    #[test]
    fn before_discovery_the_bundled_data_decides_the_plan() {
        use crate::oauth::plan::Plan;
        let addr = |a: &str| crate::address::Address::parse(a).expect("address");
        let none = crate::oauth::Registrations::default();
        // Microsoft 365 takes OAuth2 only: a sign-in whatever is registered.
        let m = early_plan(&addr("jo@office365.com"), &none).expect("bundled");
        assert!(
            matches!(&m, Plan::SignIn(s) if s.provider == "Microsoft"),
            "{m:?}"
        );
        // Outlook.com, Hotmail, Live and MSN sign in with Microsoft too.
        for d in ["outlook.com", "hotmail.co.uk", "live.com", "msn.com"] {
            let p = early_plan(&addr(&format!("jo@{d}")), &none).expect("bundled");
            assert!(
                matches!(&p, Plan::SignIn(s) if s.endpoints.issuer == crate::oauth::MICROSOFT_ISSUER),
                "{d}: {p:?}"
            );
        }
        assert!(early_plan(&addr("jo@unknown-domain.example"), &none).is_none());
    }
}
