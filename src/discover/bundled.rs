//! Provider data shipped with the program, and site files an administrator adds.
//!
//! `autoconfig/providers.json` is generated from the Mozilla ISPDB's autoconfig files (MPL-2.0) by
//! [`generate`] (run `cargo run --example generate-bundled`; see `autoconfig/README.md`) and embedded
//! in the binary. Site files are autoconfig XML named `<domain>.xml` in `/etc/mailsetup/autoconfig/`
//! or `~/.config/mailsetup/autoconfig/` (Thunderbird's `isp/` layout); they are read first, so a
//! site can override the bundled data. Both are vouched: nothing here comes from the network.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::config::{self, ProviderConfig};
use super::{Ctx, Outcome, Reporter, SourceError};
use crate::model::SourceId;

const EMBEDDED: &str = include_str!("../../autoconfig/providers.json");

/// The generated file's shape.
#[derive(Debug, Serialize, Deserialize)]
pub struct BundledFile {
    /// Where the facts come from, and their licence.
    pub source: String,
    pub providers: Vec<ProviderConfig>,
}

/// The bundled providers, indexed by email domain and by MX domain. Only the index is read at
/// first use (the domains of each provider); a provider's full entry is parsed when it is first
/// looked up, so a lookup costs microseconds rather than parsing the whole file (some 190 KB) in every
/// process.
pub struct Bundled {
    /// Each provider's JSON text, and the entry once parsed (`None`: it does not parse).
    providers: Vec<(
        &'static serde_json::value::RawValue,
        OnceLock<Option<ProviderConfig>>,
    )>,
    by_domain: HashMap<String, usize>,
}

/// What the index reads of each provider.
#[derive(Deserialize)]
struct Domains {
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    mx_domains: Vec<String>,
}

/// The file's shape, providers left unparsed.
#[derive(Deserialize)]
struct RawFile<'a> {
    #[serde(borrow)]
    providers: Vec<&'a serde_json::value::RawValue>,
}

impl Bundled {
    fn from_json(json: &'static str) -> Result<Bundled, serde_json::Error> {
        let file: RawFile<'static> = serde_json::from_str(json)?;
        let mut by_domain = HashMap::new();
        for (i, raw) in file.providers.iter().enumerate() {
            let d: Domains = serde_json::from_str(raw.get())?;
            for d in d.domains.into_iter().chain(d.mx_domains) {
                by_domain.entry(d).or_insert(i);
            }
        }
        Ok(Bundled {
            providers: file
                .providers
                .into_iter()
                .map(|raw| (raw, OnceLock::new()))
                .collect(),
            by_domain,
        })
    }

    fn provider(&self, i: usize) -> Option<&ProviderConfig> {
        let (raw, parsed) = self.providers.get(i)?;
        parsed
            .get_or_init(|| serde_json::from_str(raw.get()).ok())
            .as_ref()
    }

    /// The provider serving this email or MX domain.
    pub fn lookup(&self, domain: &str) -> Option<&ProviderConfig> {
        self.by_domain.get(domain).and_then(|&i| self.provider(i))
    }

    /// Every provider (parsing all of them).
    pub fn providers(&self) -> Vec<&ProviderConfig> {
        (0..self.providers.len())
            .filter_map(|i| self.provider(i))
            .collect()
    }

    /// How many domains the data covers.
    pub fn domain_count(&self) -> usize {
        self.by_domain.len()
    }
}

/// The embedded data, parsed on first use. A test keeps the embedded file parseable.
pub fn data() -> &'static Bundled {
    static DATA: OnceLock<Bundled> = OnceLock::new();
    DATA.get_or_init(|| {
        Bundled::from_json(EMBEDDED).unwrap_or(Bundled {
            providers: Vec::new(),
            by_domain: HashMap::new(),
        })
    })
}

/// Largest site file read.
const MAX_SITE_FILE: u64 = super::xml::MAX_INPUT as u64;

/// Looks for `<domain>.xml` in each site folder, first match wins.
pub fn site_lookup(
    dirs: &[impl AsRef<Path>],
    domain: &str,
) -> Option<(String, Result<ProviderConfig, String>)> {
    for dir in dirs {
        let path = dir.as_ref().join(format!("{domain}.xml"));
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        let shown = path.display().to_string();
        if meta.len() > MAX_SITE_FILE {
            return Some((shown, Err("the file is larger than 1 MiB".into())));
        }
        let parsed = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| config::parse(&bytes).map_err(|e| e.to_string()));
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

/// Why generating the bundled data failed.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("could not read {path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{path}: {error}")]
    Parse {
        path: String,
        error: config::ConfigError,
    },
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
        let cfg =
            config::parse(&bytes).map_err(|error| GenerateError::Parse { path: shown, error })?;
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

    #[test]
    fn embedded_data_parses_and_covers_known_domains() {
        let b = Bundled::from_json(EMBEDDED).expect("embedded providers.json parses");
        // Every entry parses in full, not only its domains.
        let all = b.providers();
        assert_eq!(all.len(), b.providers.len());
        assert!(all.len() >= 160);
        assert!(b.domain_count() >= 900, "{}", b.domain_count());
        let gmail = b.lookup("gmail.com").expect("gmail.com bundled");
        assert_eq!(gmail.incoming[0].hostname, "imap.gmail.com");
        assert!(
            b.lookup("mail.protection.outlook.com").is_some(),
            "MX domain indexed"
        );
        assert!(b.lookup("no-such-provider.example").is_none());
    }
}
