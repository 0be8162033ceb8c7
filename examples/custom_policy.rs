//! Implementing `NetworkingPolicy` for your own rule, and composing it with a
//! built-in one.
//!
//! ```text
//! cargo run --example custom_policy
//! ```

use opendoor::{
    Action, Decision, Familiarity, GreetingDetector, GreetingKind, Hybrid, NetworkingPolicy,
    Reason, Request,
};

#[path = "support/no_flags.rs"]
mod no_flags;

/// A recruiter's rule: new accounts without a personal note wait in the
/// review queue; everything else goes to the hybrid policy.
#[derive(Debug, Clone)]
struct NewAccountsWait {
    min_account_age_days: u32,
    detector: GreetingDetector,
    fallback: Hybrid,
}

impl NetworkingPolicy for NewAccountsWait {
    fn decide(&self, request: &Request) -> Decision {
        let young = request
            .account_age_days()
            .is_some_and(|days| days < self.min_account_age_days);
        let stranger = request.familiarity() == Familiarity::Stranger;
        let personal =
            self.detector.classify(request.greeting().as_str()) == GreetingKind::Personal;
        if young && stranger && !personal {
            Decision::new(Action::Hold)
                .with_reason(Reason::Stranger)
                .with_reason(Reason::NoPersonalNote)
        } else {
            self.fallback.decide(request)
        }
    }
}

fn main() {
    no_flags::parse("custom_policy");
    let policy = NewAccountsWait {
        min_account_age_days: 30,
        detector: GreetingDetector::new(),
        fallback: Hybrid::new(),
    };
    // Policies are values: box them, share them, pass them by reference.
    let boxed: Box<dyn NetworkingPolicy + Send + Sync> = Box::new(policy);

    let requests = [
        Request::connect("Fresh account")
            .with_greeting("I'd like to add you to my LinkedIn network")
            .with_account_age_days(2),
        Request::connect("Fresh account, real note")
            .with_greeting("Your talk on mentoring junior engineers in Lagos was great.")
            .with_account_age_days(2),
        Request::connect("Old account")
            .with_greeting("I'd like to add you to my LinkedIn network")
            .with_account_age_days(900),
        Request::connect("A friend")
            .with_familiarity(Familiarity::Known)
            .with_account_age_days(1),
    ];
    for request in &requests {
        println!("{:<26} {}", request.sender(), boxed.decide(request));
    }
}
