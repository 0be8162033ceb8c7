//! Configs written by users: every odd value has a defined outcome, bad ones
//! are named errors, and none makes a decision slow or unbounded.

use opendoor::{
    Action, BuildErrorKind, GreetingDetector, GreetingKind, Hybrid, NetworkingPolicy, Request,
    Rules,
};

/// Building a detector with `pattern` fails with an error naming it.
fn assert_refused(pattern: &str) {
    let err = GreetingDetector::builder()
        .generic_pattern(pattern)
        .build()
        .unwrap_err();
    assert!(
        err.kind() == BuildErrorKind::InvalidPattern && err.input() == pattern,
        "{pattern}: {err}"
    );
}

#[test]
fn a_pattern_cannot_close_its_anchors() {
    // Valid once wrapped in `^(?:…)$`, invalid alone: it would match every
    // note ("x" or anything), so it is refused, naming it.
    for escape in ["x)|(.*", "lets connect)|(?:", ")|("] {
        assert_refused(escape);
    }
    #[cfg(feature = "serde")]
    {
        let config = r#"{"policy":"rules","generic_template_note":"ignore",
            "detector":{"generic_patterns":["x)|(.*"]}}"#;
        let err = serde_json::from_str::<opendoor::PolicyConfig>(config).unwrap_err();
        assert!(err.to_string().contains("x)|(.*"), "{err}");
    }
    // Balanced groups, alternations and flags stay inside the anchors.
    let detector = GreetingDetector::builder()
        .generic_pattern("(?i)(lets|let us) connect|grow (together)")
        .build()
        .unwrap();
    assert_eq!(
        detector.classify("Let us connect!"),
        GreetingKind::GenericTemplate
    );
    assert_eq!(
        detector.classify("Lets connect about the Zyxwv grant we discussed in Tartu"),
        GreetingKind::Personal
    );
}

#[test]
fn oversized_and_pathological_patterns_are_errors_or_linear() {
    assert_refused(r"(?:\w{1000}){1000}");

    // Catastrophic for a backtracking engine, linear here.
    let detector = GreetingDetector::builder()
        .generic_pattern(r"(?:a*)*b")
        .generic_pattern(r"(?:x+x+)+y")
        .build()
        .unwrap();
    let note = format!("{} c", "a".repeat(3_000));
    assert_eq!(detector.classify(&note), GreetingKind::Personal);
    let note = "x ".repeat(5_000);
    let _ = detector.classify(&note);

    // Many patterns: built within the limits or refused with a named error.
    let mut builder = GreetingDetector::builder();
    for i in 0..300 {
        builder.generic_pattern(format!(r"(?:[a-z]+ ){{0,20}}word{i}(?: [a-z]+){{0,20}}"));
    }
    match builder.build() {
        Ok(detector) => assert_eq!(
            detector.classify("hello word7 there"),
            GreetingKind::GenericTemplate
        ),
        Err(err) => assert!(err.to_string().contains("patterns together"), "{err}"),
    }
}

#[test]
fn stock_texts_with_too_many_slots_are_refused() {
    let err = GreetingDetector::builder()
        .stock_text("X", "en", "{sender} {sender} {recipient} {headline} hi")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), BuildErrorKind::TooManySlots, "{err}");
    assert!(err.to_string().contains("has 4 slots"), "{err}");
    let detector = GreetingDetector::builder()
        .stock_text("X", "en", "{sender} and {recipient} meet at {headline}")
        .build()
        .unwrap();
    let note = format!(
        "{} and Bo meet at {}",
        "Ann ".repeat(3),
        "the big bar ".repeat(4)
    );
    assert_eq!(
        detector.classify(note.trim()),
        GreetingKind::PlatformDefault
    );
}

#[test]
fn numeric_knobs_have_defined_extremes() {
    let stranger = Request::connect("x").with_mutual_connections(u32::MAX);
    // u32::MAX mutual connections required: only a stranger with that many
    // is vouched for by connections.
    let hybrid = Hybrid::builder().min_mutual_connections(u32::MAX).build();
    assert_eq!(hybrid.decide(&stranger).action(), Action::Accept);
    assert_eq!(
        hybrid.decide(&Request::connect("x")).action(),
        Action::FollowUp
    );
    // Zero required: every stranger is vouched for.
    let hybrid = Hybrid::builder().min_mutual_connections(0).build();
    assert_eq!(
        hybrid.decide(&Request::connect("x")).action(),
        Action::Accept
    );

    let rules = Rules::builder()
        .few_mutual_connections(Action::Hold)
        .min_mutual_connections(0)
        .build();
    assert_eq!(
        rules.decide(&Request::connect("x")).action(),
        Action::Accept,
        "nobody has fewer than 0"
    );
    let rules = Rules::builder()
        .few_mutual_connections(Action::Hold)
        .min_mutual_connections(u32::MAX)
        .build();
    assert_eq!(rules.decide(&stranger).action(), Action::Accept);
    assert_eq!(rules.decide(&Request::connect("x")).action(), Action::Hold);

    // Zero days: a brand-new account and a follow from today.
    let rules = Rules::builder()
        .new_account(Action::Ignore)
        .not_follower(Action::Hold)
        .build();
    let fresh = Request::connect("x")
        .with_account_age_days(0)
        .with_follows_you_since_days(0);
    assert_eq!(rules.decide(&fresh).action(), Action::Ignore);
    let old = Request::connect("x")
        .with_account_age_days(u32::MAX)
        .with_follows_you_since_days(u32::MAX);
    assert_eq!(rules.decide(&old).action(), Action::Accept);
}

#[test]
fn glob_lists_have_defined_outcomes() {
    let request = Request::connect("@ann:example.org");
    // Empty lists and empty globs change nothing.
    let empty = Rules::builder()
        .blocked_users(Vec::<String>::new())
        .blocked_servers([""])
        .build();
    assert_eq!(empty.decide(&request).action(), Action::Accept);
    // Duplicates decide like one entry.
    let once = Rules::builder().ignored_users(["@ann:*"]).build();
    let twice = Rules::builder()
        .ignored_users(["@ann:*", "@ann:*", "@ANN:*"])
        .build();
    assert_eq!(once.decide(&request), twice.decide(&request));
    // "*" matches every sender.
    let all = Rules::builder().blocked_users(["*"]).build();
    assert_eq!(all.decide(&Request::connect("")).action(), Action::Block);
    // Globs longer than a Matrix ID (255 characters) are skipped, like Synapse.
    let long = format!("@{}", "a".repeat(300));
    let skipped = Rules::builder().blocked_users([long.clone()]).build();
    assert_eq!(
        skipped.decide(&Request::connect(long)).action(),
        Action::Accept
    );
    // A very long list still builds and decides.
    let many: Vec<String> = (0..5_000)
        .map(|i| format!("@user{i}:*.example.org"))
        .collect();
    let rules = Rules::builder().blocked_users(many).build();
    assert_eq!(
        rules
            .decide(&Request::connect("@user4999:x.example.org"))
            .action(),
        Action::Block
    );
    assert_eq!(
        rules
            .decide(&Request::connect("@user5000:x.example.org"))
            .action(),
        Action::Accept
    );
    // A huge sender ID is no Matrix ID: while lists are in use it is
    // ignored, after a length check, whatever the globs.
    let huge = Request::connect(format!("@{}:example.org", "a".repeat(1_000_000)));
    assert_eq!(
        Rules::builder()
            .blocked_users(["@*a*b*"])
            .build()
            .decide(&huge)
            .action(),
        Action::Ignore
    );
}
