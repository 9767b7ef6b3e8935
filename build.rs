//! Embeds every Fluent catalogue under `assets/i18n/<locale>/*.ftl`, so a translation is a new folder,
//! not a code change; and hands on the OAuth2 client registrations a packager sets at build time in
//! `MAILSETUP_OAUTH_CLIENTS` (`ISSUER=CLIENT_ID` pairs separated by spaces or `;`; packaging/README.md),
//! refusing the build when a pair is malformed; indexes the bundled provider data; and sets the
//! per-platform `cfg`s.

use std::fmt::Write as _;
use std::path::Path;

/// Checks `MAILSETUP_OAUTH_CLIENTS` and passes it on as `MAILSETUP_BUILTIN_OAUTH_CLIENTS`.
fn oauth_clients() {
    println!("cargo:rerun-if-env-changed=MAILSETUP_OAUTH_CLIENTS");
    let value = std::env::var("MAILSETUP_OAUTH_CLIENTS").unwrap_or_default();
    let mut pairs = Vec::new();
    for pair in value
        .split([';', ' ', '\n', '\t'])
        .filter(|p| !p.is_empty())
    {
        match pair.split_once('=') {
            Some((issuer, id)) if !issuer.is_empty() && !id.is_empty() => pairs.push(pair),
            _ => panic!("MAILSETUP_OAUTH_CLIENTS: {pair:?} is not ISSUER=CLIENT_ID"),
        }
    }
    println!(
        "cargo:rustc-env=MAILSETUP_BUILTIN_OAUTH_CLIENTS={}",
        pairs.join(";")
    );
}

/// Two settings for Linux and the BSDs (Unix other than Apple's and Android):
/// - `cfg(staged_trust)`: the platform verifier reads the trust store from files there, so
///   src/net/trust.rs loads it in two stages;
/// - `cfg(window_beside)`: the wizard window is a program of its own there, `mailsetup-window`, which
///   `mailsetup` without a subcommand becomes, so the command line starts without the window's code
///   (src/main.rs). Windows and macOS packages ship the one program.
fn platform_cfg() {
    println!("cargo::rustc-check-cfg=cfg(staged_trust)");
    println!("cargo::rustc-check-cfg=cfg(window_beside)");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let unix = var("CARGO_CFG_TARGET_FAMILY")
        .split(',')
        .any(|f| f == "unix");
    if unix && var("CARGO_CFG_TARGET_VENDOR") != "apple" && var("CARGO_CFG_TARGET_OS") != "android"
    {
        println!("cargo:rustc-cfg=staged_trust");
        println!("cargo:rustc-cfg=window_beside");
    }
}

/// The bundled providers' index (src/discover/bundled.rs): every email and MX domain with the number
/// of its provider, sorted, and where each provider's entry lies in `autoconfig/providers.json`, so
/// that a lookup parses one entry instead of the whole 190 KB file in every process. The first
/// provider to list a domain keeps it.
fn bundled_index() {
    use std::collections::{BTreeMap, HashMap};

    use serde_json::value::RawValue;

    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("autoconfig/providers.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let json = std::fs::read_to_string(&path).expect("read autoconfig/providers.json");
    let top: HashMap<&str, &RawValue> =
        serde_json::from_str(&json).expect("providers.json is a JSON object");
    let providers: Vec<&RawValue> =
        serde_json::from_str(top["providers"].get()).expect("providers.json has a providers list");
    let mut domains: BTreeMap<String, usize> = BTreeMap::new();
    let mut ranges = Vec::new();
    for (i, raw) in providers.iter().enumerate() {
        let text = raw.get();
        let start = text.as_ptr() as usize - json.as_ptr() as usize;
        ranges.push((start, start + text.len()));
        let fields: HashMap<String, serde_json::Value> =
            serde_json::from_str(text).expect("each provider is a JSON object");
        for key in ["domains", "mx_domains"] {
            for d in fields
                .get(key)
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
            {
                let d = d.as_str().expect("domains are strings");
                domains.entry(d.to_owned()).or_insert(i);
            }
        }
    }
    let mut out = String::from(
        "/// Email and MX domains, sorted, with the number of the provider serving each (build.rs).\n\
         static DOMAINS: &[(&str, u16)] = &[\n",
    );
    for (d, i) in &domains {
        let i = u16::try_from(*i).expect("fewer than 65536 providers");
        let _ = writeln!(out, "    ({d:?}, {i}),");
    }
    out.push_str(
        "];\n/// Where each provider's entry lies in providers.json (byte offsets, end exclusive).\n\
         static PROVIDERS: &[(usize, usize)] = &[\n",
    );
    for (a, b) in ranges {
        let _ = writeln!(out, "    ({a}, {b}),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("bundled_index.rs");
    std::fs::write(dest, out).expect("write bundled_index.rs");
}

fn main() {
    oauth_clients();
    platform_cfg();
    bundled_index();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = std::fs::read_dir(&root)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    locales.sort();
    let mut out = String::from(
        "/// (locale, [(file name, Fluent source)]), generated by build.rs.\npub static CATALOGUES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for dir in locales {
        println!("cargo:rerun-if-changed={}", dir.display());
        let locale = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let _ = writeln!(out, "    ({locale:?}, &[");
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let _ = writeln!(
                out,
                "        ({name:?}, include_str!({:?})),",
                f.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("i18n_catalogues.rs");
    std::fs::write(dest, out).expect("write i18n_catalogues.rs");
}
