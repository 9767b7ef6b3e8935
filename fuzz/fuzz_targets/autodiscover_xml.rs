//! The autodiscover response parser never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = mailsetup::discover::autodiscover::parse(data);
});
