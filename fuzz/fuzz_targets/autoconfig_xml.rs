//! The autoconfig parser never panics, and what it accepts resolves and round-trips through JSON
//! (the bundled-data form).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::address::Address;
use mailsetup::discover::config::{self, ProviderConfig};
use mailsetup::model::SourceId;

fuzz_target!(|data: &[u8]| {
    if let Ok(cfg) = config::parse(data) {
        let addr = Address::parse("fuzz@example.com").expect("valid");
        for s in cfg.resolve(&addr, SourceId::Autoconfig, "https://x", true) {
            assert!(!s.host.is_empty());
        }
        let json = serde_json::to_string(&cfg).expect("serialises");
        let back: ProviderConfig = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back.incoming, cfg.incoming);
        assert_eq!(back.outgoing, cfg.outgoing);
    }
});
