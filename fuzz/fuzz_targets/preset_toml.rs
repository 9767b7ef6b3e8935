//! The preset parser never panics on any text; an accepted preset always names an organisation, at
//! least one domain, and incoming and outgoing servers none of which is plain text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::model::Security;
use mailsetup::preset::{FileError, Files, parse};

/// Every file the preset names reads as a tiny SVG, so the logo and autoconfig paths are exercised.
struct Svg;

impl Files for Svg {
    fn read(&self, _relative: &str) -> Result<Vec<u8>, FileError> {
        Ok(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec())
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(p) = parse(s, std::path::Path::new("preset.toml"), &Svg) {
            assert!(!p.organisation.trim().is_empty());
            assert!(!p.domains.is_empty());
            assert!(!p.servers.incoming.is_empty() && !p.servers.outgoing.is_empty());
            assert!(
                p.servers
                    .incoming
                    .iter()
                    .chain(&p.servers.outgoing)
                    .all(|t| t.security != Security::Plain)
            );
        }
    }
});
