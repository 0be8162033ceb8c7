//! Every built-in policy on arbitrary requests: never panics, is
//! deterministic, and keeps the contract's invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opendoor::{
    Action, Closed, Familiarity, Hybrid, NetworkingPolicy, Open, Reason, Request, RequestKind,
    Rules,
};

#[derive(Debug, arbitrary::Arbitrary)]
struct Input {
    request: Request,
    min_mutual_connections: u32,
    strangers: Action,
    users: Vec<String>,
    servers: Vec<String>,
}

fuzz_target!(|input: Input| {
    let request = &input.request;
    let open = Open::new().decide(request);
    assert!(!open.action().is_refusal());
    if request.kind() == &RequestKind::Connect {
        assert_eq!(open.action(), Action::Accept);
    }
    let closed = Closed::new().decide(request);
    assert_eq!(
        closed.action() == Action::Accept,
        request.familiarity() == Familiarity::Known
    );
    let hybrid = Hybrid::new().decide(request);
    assert!(!hybrid.action().is_refusal());
    for decision in [open, closed, hybrid] {
        assert_eq!(
            decision.has_reason(Reason::UnverifiedClaim),
            request.has_unverified_claim()
        );
    }
    let tuned = Hybrid::builder()
        .min_mutual_connections(input.min_mutual_connections)
        .strangers(input.strangers)
        .build();
    assert_eq!(tuned.decide(request), tuned.decide(request));
    let rules = Rules::builder()
        .blocked_users(input.users.iter().cloned())
        .ignored_servers(input.servers.iter().cloned())
        .strangers(input.strangers)
        .platform_default_note(Action::Hold)
        .build();
    assert_eq!(rules.decide(request), rules.decide(request));
});
