//! The behaviour contract of the built-in policies, one property per line.

use opendoor::{
    Action, Closed, Decision, Familiarity, GreetingDetector, Hybrid, NetworkingPolicy, Open,
    Reason, Relationship, Request, RequestKind,
};
use opendoor_testkit::strategies::request;
use proptest::prelude::*;

fn policies() -> [(&'static str, Box<dyn NetworkingPolicy + Send + Sync>); 3] {
    [
        ("open", Box::new(Open::new())),
        ("closed", Box::new(Closed::new())),
        ("hybrid", Box::new(Hybrid::new())),
    ]
}

fn knobs() -> impl Strategy<Value = Hybrid> {
    (
        prop_oneof![0u32..6, any::<u32>()],
        any::<bool>(),
        proptest::sample::select(Action::ALL),
        proptest::sample::select(Action::ALL),
    )
        .prop_map(|(min, personal, strangers, intros)| {
            Hybrid::builder()
                .min_mutual_connections(min)
                .accept_personal_notes(personal)
                .strangers(strangers)
                .unfamiliar_introductions(intros)
                .build()
        })
}

fn more_familiar(f: Familiarity) -> Vec<Familiarity> {
    Familiarity::ALL
        .iter()
        .copied()
        .filter(|&g| g > f)
        .collect()
}

proptest! {
    #[test]
    fn open_accepts_every_connect_and_vouches_only_for_known(request in request()) {
        let d = Open::new().decide(&request);
        prop_assert!(!d.action().is_refusal(), "open refused: {d}");
        match request.kind() {
            RequestKind::Connect => {
                prop_assert_eq!(d.action(), Action::Accept);
                prop_assert!(d.has_reason(Reason::OpenDoor), "{}", d);
            }
            _ if request.familiarity() == Familiarity::Known => {
                prop_assert_eq!(d.action(), Action::Accept);
            }
            _ => {
                prop_assert_eq!(d.action(), Action::FollowUp);
                prop_assert!(d.has_reason(Reason::UnfamiliarIntroduction), "{}", d);
            }
        }
    }

    #[test]
    fn closed_accepts_exactly_the_known(request in request()) {
        let d = Closed::new().decide(&request);
        let known = request.familiarity() == Familiarity::Known;
        prop_assert_eq!(d.action() == Action::Accept, known, "{}", d);
        if known {
            prop_assert!(d.has_reason(Reason::KnownSender), "{}", d);
        } else {
            prop_assert_eq!(d.action(), Action::Ignore, "closed must ignore, silently");
        }
        if request.familiarity() == Familiarity::Stranger {
            prop_assert!(d.has_reason(Reason::Stranger), "{}", d);
        }
    }

    #[test]
    fn hybrid_defaults_follow_the_table(request in request()) {
        let hybrid = Hybrid::new();
        let d = hybrid.decide(&request);
        prop_assert!(!d.action().is_refusal(), "default hybrid refused: {d}");
        let familiarity = request.familiarity();
        let kind = GreetingDetector::new().classify(request.greeting().as_str());
        let personal = kind.is_personal();
        let expected: Decision = match (request.kind(), familiarity) {
            (RequestKind::Introduction { .. }, Familiarity::Known) | (_, Familiarity::Known) => {
                Decision::new(Action::Accept).with_reason(Reason::KnownSender)
            }
            (RequestKind::Introduction { .. }, _) => {
                prop_assert_eq!(d.action(), Action::FollowUp);
                prop_assert!(d.has_reason(Reason::UnfamiliarIntroduction), "{}", d);
                return Ok(());
            }
            (_, Familiarity::Acquainted) => {
                Decision::new(Action::Accept).with_reason(Reason::AcquaintedSender)
            }
            _ if request.mutual_connections() >= 1 => Decision::new(Action::Accept)
                .with_reason(Reason::Stranger)
                .with_reason(Reason::MutualConnections),
            // The note is read only here, and the decision says what it was.
            _ if personal => Decision::new(Action::Accept)
                .with_reason(Reason::Stranger)
                .with_reason(Reason::PersonalNote)
                .with_greeting_kind(kind),
            _ => Decision::new(Action::FollowUp)
                .with_reason(Reason::Stranger)
                .with_reason(Reason::NoPersonalNote)
                .with_reason_if(
                    GreetingDetector::new().detect(request.greeting().as_str()).is_disguised(),
                    Reason::DisguisedStockText,
                )
                .with_greeting_kind(kind),
        };
        let expected = expected.with_reason_if(request.has_unverified_claim(), Reason::UnverifiedClaim);
        prop_assert_eq!(d, expected);
    }

    #[test]
    fn hybrid_knobs_apply_to_strangers_and_introductions(hybrid in knobs(), request in request()) {
        let d = hybrid.decide(&request);
        let stranger = request.familiarity() == Familiarity::Stranger;
        if request.kind().is_introduction() && request.familiarity() != Familiarity::Known {
            prop_assert_eq!(d.action(), hybrid.unfamiliar_introductions());
        } else if stranger && d.action() != Action::Accept {
            prop_assert_eq!(d.action(), hybrid.strangers());
            prop_assert!(request.mutual_connections() < hybrid.min_mutual_connections());
        }
    }

    #[test]
    fn claims_never_change_the_action(request in request(), claim in opendoor_testkit::strategies::relationship()) {
        let claimed = request.clone().with_claim(claim);
        for (name, policy) in policies() {
            let (a, b) = (policy.decide(&request), policy.decide(&claimed));
            prop_assert_eq!(a.action(), b.action(), "{} acted on a claim", name);
            let unverified = request.familiarity() == Familiarity::Stranger && claim.is_specific();
            prop_assert_eq!(b.has_reason(Reason::UnverifiedClaim), unverified, "{}: {}", name, b);
        }
    }

    #[test]
    fn more_familiarity_is_never_less_open(request in request(), hybrid in knobs()) {
        let mut all = policies().into_iter().collect::<Vec<_>>();
        all.push(("hybrid with knobs", Box::new(hybrid)));
        for (name, policy) in &all {
            let before = policy.decide(&request).action();
            for f in more_familiar(request.familiarity()) {
                let after = policy.decide(&request.clone().with_familiarity(f)).action();
                prop_assert!(after <= before, "{}: {:?} -> {:?} made {} into {}", name, request.familiarity(), f, before, after);
            }
        }
    }

    #[test]
    fn more_mutual_connections_are_never_less_open(request in request(), extra in 1u32..1000, hybrid in knobs()) {
        let more = request.clone().with_mutual_connections(request.mutual_connections().saturating_add(extra));
        let mut all = policies().into_iter().collect::<Vec<_>>();
        all.push(("hybrid with knobs", Box::new(hybrid)));
        for (name, policy) in &all {
            let (before, after) = (policy.decide(&request).action(), policy.decide(&more).action());
            prop_assert!(after <= before, "{}: {} -> {}", name, before, after);
        }
    }

    #[test]
    fn a_personal_note_is_never_less_open(
        request in request(),
        plain in opendoor_testkit::strategies::non_personal_greeting(),
        note in proptest::sample::select(opendoor_testkit::SPECIFIC_SENTENCES),
        hybrid in knobs(),
    ) {
        let detector = GreetingDetector::new();
        let request = request.with_greeting(plain.clone());
        prop_assert!(!detector.classify(&plain).is_personal(), "fixture {plain:?} must not be personal");
        prop_assert!(detector.classify(note).is_personal(), "fixture {note:?} must be personal");
        let personal = request.clone().with_greeting(note);
        let mut all = policies().into_iter().collect::<Vec<_>>();
        all.push(("hybrid with knobs", Box::new(hybrid)));
        for (name, policy) in &all {
            let (before, after) = (policy.decide(&request).action(), policy.decide(&personal).action());
            prop_assert!(after <= before, "{}: {} -> {}", name, before, after);
        }
    }

    #[test]
    fn decisions_are_deterministic(request in request()) {
        for (name, policy) in policies() {
            prop_assert_eq!(policy.decide(&request), policy.decide(&request), "{}", name);
        }
    }

    #[test]
    fn any_greeting_gets_a_decision(note in any::<String>(), familiarity in opendoor_testkit::strategies::familiarity()) {
        let request = Request::connect("x").with_greeting(note).with_familiarity(familiarity);
        for (_, policy) in policies() {
            let _ = policy.decide(&request);
        }
    }
}

#[test]
fn huge_and_hostile_greetings_are_decided() {
    let huge = "I'd like to add you to my network ".repeat(300_000);
    assert!(huge.len() > 10_000_000);
    let hostile = "\u{0}\u{7}\u{202E}&#x110000;&#99999999;&amp;&amp;\u{FFFF}".repeat(500_000);
    let spaces = format!(
        "{}I'd like to add you to my LinkedIn network",
        " \u{200B}".repeat(3_000_000)
    );
    for note in [huge, hostile, spaces] {
        let request = Request::connect("x").with_greeting(note);
        for (_, policy) in policies() {
            let _ = policy.decide(&request);
        }
    }
    let spaced = Request::connect("x").with_greeting(format!(
        "{}I'd like to add you to my LinkedIn network",
        " ".repeat(5_000_000)
    ));
    assert!(
        Hybrid::new()
            .decide(&spaced)
            .has_reason(Reason::NoPersonalNote)
    );
}

#[test]
fn the_career_coach_case() {
    let request = Request::connect("Unknown sender")
        .with_greeting("I would like to add you to my LinkedIn network")
        .with_claim(Relationship::Friend);
    let closed = Closed::new().decide(&request);
    assert_eq!(closed.action(), Action::Ignore);
    let hybrid = Hybrid::new().decide(&request);
    assert_eq!(hybrid.action(), Action::FollowUp);
    assert_eq!(
        hybrid.reasons().collect::<Vec<_>>(),
        [
            Reason::Stranger,
            Reason::NoPersonalNote,
            Reason::UnverifiedClaim
        ]
    );
    assert_eq!(Open::new().decide(&request).action(), Action::Accept);
}
