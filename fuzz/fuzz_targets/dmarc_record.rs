//! The DMARC parser never panics; an accepted record always claims to be DMARC.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::doctor::dmarc;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(d) = dmarc::parse(s) {
            assert!(d.pct <= 100);
            assert!(dmarc::is_dmarc(s));
        }
    }
});
