//! The bundled provider data: every ISPDB file parses, and the committed `autoconfig/providers.json`
//! is exactly what the generator makes from them (so it cannot drift from its source).

use mailsetup::discover::{bundled, config};

#[test]
fn every_ispdb_file_parses() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ispdb");
    let mut files = 0;
    let mut domains = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "xml") {
            continue;
        }
        let cfg = config::parse(&std::fs::read(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!cfg.domains.is_empty(), "{}: no domain", path.display());
        assert!(
            !cfg.incoming.is_empty(),
            "{}: no IMAP or POP3 server",
            path.display()
        );
        files += 1;
        domains += cfg.domains.len() + cfg.mx_domains.len();
    }
    assert_eq!(files, 163);
    // 963 <domain> entries; cty-net.ne.jp.xml lists its own domain twice, read once.
    assert_eq!(domains, 962);
}

#[test]
fn committed_bundled_data_is_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = bundled::generate(&root.join("tests/data/ispdb")).unwrap();
    let committed = std::fs::read_to_string(root.join("autoconfig/providers.json")).unwrap();
    assert!(
        generated == committed,
        "autoconfig/providers.json is stale: run `cargo run --example generate-bundled`"
    );
}
