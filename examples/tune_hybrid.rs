//! Sweep Hybrid's knobs over the sample inbox and show the trade-off.
//!
//! ```text
//! cargo run --features serde --example tune_hybrid
//! ```
//!
//! Over the built-in sample inbox (the `triage` example's). For each `min_mutual_connections` (0 to 5) and each `strangers` action,
//! counts how many requests are accepted, followed up (the time it costs),
//! held, and refused (doors slammed), and how many personal notes were
//! refused, which no setting should do.

use opendoor::{Action, GreetingDetector, Hybrid, NetworkingPolicy};

#[path = "support/inbox.rs"]
mod inbox;
#[path = "support/no_flags.rs"]
mod no_flags;

fn main() {
    no_flags::parse("tune_hybrid");
    let requests = inbox::parse(inbox::SAMPLE_INBOX).expect("the sample inbox is valid");
    let detector = GreetingDetector::new();
    println!(
        "{} requests; {} with a personal note\n",
        requests.len(),
        requests
            .iter()
            .filter(|r| detector.classify(r.greeting().as_str()).is_personal())
            .count()
    );
    println!(
        "{:>10} {:<10} {:>8} {:>10} {:>6} {:>8} {:>16}",
        "min_mutual", "strangers", "accept", "follow_up", "hold", "refused", "personal refused"
    );
    for min in 0..=5 {
        for strangers in [Action::FollowUp, Action::Hold, Action::Ignore] {
            let policy = Hybrid::builder()
                .min_mutual_connections(min)
                .strangers(strangers)
                .build();
            let decisions = policy.decide_all(&requests);
            let tally: opendoor::Tally = decisions.iter().collect();
            let personal_refused = requests
                .iter()
                .zip(&decisions)
                .filter(|(r, d)| {
                    d.action().is_refusal()
                        && detector.classify(r.greeting().as_str()).is_personal()
                })
                .count();
            println!(
                "{:>10} {:<10} {:>8} {:>10} {:>6} {:>8} {:>16}",
                min,
                strangers.as_str(),
                tally.count(Action::Accept),
                tally.count(Action::FollowUp),
                tally.count(Action::Hold),
                tally.count(Action::Ignore) + tally.count(Action::Block),
                personal_refused,
            );
        }
    }
    println!("\nA higher threshold turns more strangers into follow-ups (time), holds or refusals");
    println!("(doors slammed); personal notes and people you know get in at every setting.");
}
