//! Policy configs from arbitrary text, as JSON and as TOML: parsing never
//! panics, and whatever parses builds a policy that decides and survives a
//! round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opendoor::{PolicyConfig, Request};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = [
        serde_json::from_str::<PolicyConfig>(text).ok(),
        toml::from_str::<PolicyConfig>(text).ok(),
    ];
    for config in parsed.into_iter().flatten() {
        let policy = config.build();
        let request = Request::connect("@someone:example.org").with_greeting(text);
        let decision = policy.decide(&request);
        let json = serde_json::to_string(&config).expect("configs serialise");
        let again: PolicyConfig = serde_json::from_str(&json).expect("and parse back");
        assert_eq!(again, config);
        assert_eq!(again.build().decide(&request), decision);
    }
});
