//! Mass-pasted notes: the body fingerprint, the tracker, and the `Rules`
//! criterion that acts on its count.

use std::time::Duration;

use opendoor::{
    Action, Familiarity, GreetingDetector, ManualClock, MassNotes, MassNotesConfig,
    NetworkingPolicy, Reason, Request, Rules,
};
use proptest::prelude::*;

/// Bodies of pasted notes: sentences a vocabulary does not read as
/// generic (words of no language), longer than a signature line (see
/// `NoteFingerprint` for the shorter ones).
fn body() -> impl Strategy<Value = String> {
    proptest::collection::vec("zq[bcdfghjklmnpqrstvwxz]{1,8}", 7..20).prop_map(|words| {
        let mut text = words.join(" ");
        text.push('.');
        text
    })
}

const SALUTATIONS: &[&str] = &[
    "",
    "Hi {name},",
    "Hello {name}!",
    "Dear Dr. {name},\n\n",
    BARE,
    "Bonjour {name},",
    "Hallo {name},\n",
    "Hey there!",
];
const SIGNATURES: &[&str] = &[
    "",
    " – {name}",
    "\n{name}",
    "\n\nBest regards,\n{name}",
    "\n\nThanks,\n{name}\nSenior Engineer at Acme",
    "\n\nCheers,\n{name}\nSent from my iPhone",
    " Thanks!",
];
const NAMES: &[&str] = &[
    "Ann",
    "Carl",
    "Dana Scully",
    "Bo Li",
    "Anne-Sophie van den Broek",
    "Ana",
];
/// A name standing alone before a comma is taken for one only when the
/// vocabulary knows none of its words ("Bo" is Polish for "because").
const BARE_NAMES: &[&str] = &["Carl", "Dana Scully", "Zoltan Kovacs"];
const BARE: &str = "{name},\n";

fn framed(body: &str, salutation: &str, signature: &str, name: &str, upper: bool) -> String {
    let body = if upper {
        body.to_uppercase()
    } else {
        body.to_owned()
    };
    format!(
        "{} {body}{}",
        salutation.replace("{name}", name),
        signature.replace("{name}", name)
    )
}

proptest! {
    /// What a mass-note count relies on: every copy of one body shares its
    /// fingerprint, whatever salutation, name, signature and case frame it.
    #[test]
    fn every_frame_of_a_body_shares_its_fingerprint(
        body in body(),
        salutation in 0..SALUTATIONS.len(),
        signature in 0..SIGNATURES.len(),
        name in 0..NAMES.len(),
        upper in any::<bool>(),
    ) {
        let detector = GreetingDetector::new();
        let plain = detector.fingerprint(&body);
        prop_assert!(plain.is_some());
        let name = if SALUTATIONS[salutation] == BARE {
            BARE_NAMES[name % BARE_NAMES.len()]
        } else {
            NAMES[name]
        };
        let note = framed(&body, SALUTATIONS[salutation], SIGNATURES[signature], name, upper);
        prop_assert_eq!(detector.fingerprint(&note), plain, "{:?}", note);
    }

    /// Different bodies do not share one (64-bit hashes of different
    /// normalised texts).
    #[test]
    fn different_bodies_differ(a in body(), b in body()) {
        prop_assume!(a.to_lowercase() != b.to_lowercase());
        let detector = GreetingDetector::new();
        prop_assert_ne!(detector.fingerprint(&a), detector.fingerprint(&b));
    }
}

fn tracked(count: u32) -> Request {
    Request::connect("@x:example.org")
        .with_greeting("Hi Ann, zqbrt zqklm zqwxv: a growth hack for your funnel.")
        .with_mass_senders(count)
}

#[test]
fn rules_act_on_a_note_many_senders_pasted() {
    let rules = Rules::builder()
        .mass_note(Action::Ignore)
        .mass_note_senders(50)
        .build();
    let decision = rules.decide(&tracked(50));
    assert_eq!(decision.action(), Action::Ignore);
    assert!(decision.has_reason(Reason::MassNote));
    // Below the threshold, unknown, or a sender the recipient knows.
    assert_eq!(rules.decide(&tracked(49)).action(), Action::Accept);
    let unknown = Request::connect("@x:example.org").with_greeting("zqbrt zqklm");
    assert_eq!(rules.decide(&unknown).action(), Action::Accept);
    let known = tracked(500).with_familiarity(Familiarity::Known);
    assert_eq!(rules.decide(&known).action(), Action::Accept);
    // Everyone sends the platform's stock text, and no note at all.
    let stock = Request::connect("@x:example.org")
        .with_greeting("I'd like to add you to my professional network on LinkedIn.")
        .with_mass_senders(10_000);
    assert_eq!(rules.decide(&stock).action(), Action::Accept);
    let empty = Request::connect("@x:example.org").with_mass_senders(10_000);
    assert_eq!(rules.decide(&empty).action(), Action::Accept);
    // Off by default.
    assert_eq!(
        Rules::new().decide(&tracked(10_000)).action(),
        Action::Accept
    );
}

#[test]
fn a_stream_of_requests_trips_the_rule_at_the_threshold() {
    let clock = ManualClock::new();
    let mut config = MassNotesConfig::default();
    config.window = Duration::from_secs(3600);
    let tracker = MassNotes::with_clock(config, &clock).unwrap();
    let detector = GreetingDetector::new();
    let rules = Rules::builder()
        .mass_note(Action::Hold)
        .mass_note_senders(5)
        .build();
    let pasted = "Our agency doubles your qualified leads in thirty days, guaranteed.";
    let mut actions = Vec::new();
    for (i, name) in ["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus"]
        .iter()
        .enumerate()
    {
        let note = format!("Hello {name},\n{pasted}\n\nBest,\nSales Team");
        let sender = format!("@seller{i}:spam.example");
        let count = tracker.observe(&sender, detector.fingerprint(&note).unwrap());
        assert!(count.is_exact());
        let request = Request::connect(sender)
            .with_greeting(note)
            .with_mass_senders(count.senders());
        actions.push(rules.decide(&request).action());
        clock.advance(Duration::from_secs(60));
    }
    assert_eq!(
        actions,
        [
            Action::Accept,
            Action::Accept,
            Action::Accept,
            Action::Accept,
            Action::Hold,
            Action::Hold,
            Action::Hold
        ]
    );
    // An hour after the last, the window is empty again.
    clock.advance(Duration::from_secs(3600));
    let fingerprint = detector.fingerprint(pasted).unwrap();
    assert_eq!(tracker.count(fingerprint).at_most(), 0);
}

#[cfg(feature = "serde")]
#[test]
fn the_count_and_the_criterion_are_data() {
    let request: Request =
        serde_json::from_str(r#"{"sender": "ann", "greeting": "zqbrt zqklm", "mass_senders": 70}"#)
            .unwrap();
    assert_eq!(request.mass_senders(), Some(70));
    let config: opendoor::PolicyConfig = serde_json::from_str(
        r#"{"policy": "rules", "mass_note": "hold", "mass_note_senders": 60}"#,
    )
    .unwrap();
    assert_eq!(config.build().decide(&request).action(), Action::Hold);
}
