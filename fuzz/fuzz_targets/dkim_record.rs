//! The DKIM key record parser and the RSA key sizing never panic; a key is never larger than its DER.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::doctor::dkim;

fuzz_target!(|data: &[u8]| {
    if let Some(bits) = dkim::rsa_bits(data) {
        assert!(bits <= data.len() * 8);
    }
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(dkim::Key::Rsa { bits }) = dkim::parse(s) {
            assert!(bits <= s.len() * 6, "base64 carries 6 bits a character");
        }
    }
});
