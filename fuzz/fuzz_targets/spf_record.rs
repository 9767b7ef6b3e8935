//! The SPF parser never panics, and what it accepts keeps its counts consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::doctor::spf;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(rec) = spf::parse(s) {
            assert!(rec.own_lookups() >= rec.referenced().len());
            assert!(spf::is_spf(s));
        }
    }
});
