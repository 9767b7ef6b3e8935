//! Address parsing never panics, and an accepted address parses again to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::address::Address;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(a) = Address::parse(s) {
            let again = Address::parse(&a.to_string()).expect("normalised address parses");
            assert_eq!(again, a);
        }
    }
});
