//! The prefs.js reader never panics, and the account model reads whatever it accepts without
//! panicking (every server with a real port).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::diagnose::{account, prefs};

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(p) = prefs::parse(s) {
            for a in account::accounts(&p) {
                assert!(a.incoming.port != 0);
                let _ = a.incoming.to_server();
            }
        }
    }
});
