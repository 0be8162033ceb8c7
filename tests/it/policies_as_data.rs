//! Policies as data, Rules expressing the built-in policies, and
//! combinators.

use opendoor::{
    Action, Closed, Hybrid, HybridConfig, NetworkingPolicy, Open, PolicyConfig, PolicyExt, Rules,
    RulesBuilder, RulesConfig, policy_fn,
};
use opendoor_testkit::strategies::{request, request_with_signals};
use proptest::prelude::*;
use proptest::sample::select;

fn action() -> impl Strategy<Value = Action> {
    select(Action::ALL)
}

fn hybrid_config() -> impl Strategy<Value = HybridConfig> {
    (
        prop_oneof![0u32..6, any::<u32>()],
        any::<bool>(),
        action(),
        action(),
    )
        .prop_map(|(min, personal, strangers, intros)| {
            let mut config = HybridConfig::default();
            config.min_mutual_connections = min;
            config.accept_personal_notes = personal;
            config.strangers = strangers;
            config.unfamiliar_introductions = intros;
            config
        })
}

fn globs() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(
        select(
            &[
                "*",
                "*.org",
                "@a*",
                "?????",
                "example.*",
                "@*:*.social",
                "Ünï*",
            ][..],
        )
        .prop_map(str::to_owned),
        0..3,
    )
}

fn rules_config() -> impl Strategy<Value = RulesConfig> {
    (
        proptest::collection::vec(action(), 15),
        (prop_oneof![0u32..6, any::<u32>()], 0u32..100),
        proptest::collection::vec(globs(), 6),
        proptest::collection::vec(proptest::collection::vec("[a-z]{1,5}", 0..2), 3),
        any::<bool>(),
    )
        .prop_map(|(actions, (min, mass_senders), lists, exact, enabled)| {
            let mut c = RulesConfig::default();
            [
                c.not_following,
                c.not_follower,
                c.new_account,
                c.limited,
                c.private_mentions,
                c.bots,
                c.strangers,
                c.empty_note,
                c.platform_default_note,
                c.generic_template_note,
                c.few_mutual_connections,
                c.unverified_claim,
                c.unfamiliar_introductions,
                c.mass_note,
                c.otherwise,
            ] = actions.try_into().unwrap();
            c.min_mutual_connections = min;
            c.mass_note_senders = mass_senders;
            [
                c.allowed_users,
                c.ignored_users,
                c.blocked_users,
                c.allowed_servers,
                c.ignored_servers,
                c.blocked_servers,
            ] = lists.try_into().unwrap();
            [c.allowed_senders, c.ignored_senders, c.blocked_domains] = exact.try_into().unwrap();
            c.enabled = enabled;
            c
        })
}

fn config() -> impl Strategy<Value = PolicyConfig> {
    prop_oneof![
        Just(PolicyConfig::Open {}),
        Just(PolicyConfig::Closed {}),
        hybrid_config().prop_map(PolicyConfig::Hybrid),
        rules_config().prop_map(PolicyConfig::Rules),
    ]
}

/// Open, Closed and default Hybrid, written as Rules.
fn as_rules() -> [(&'static str, Box<dyn NetworkingPolicy>, Rules); 3] {
    [
        (
            "open",
            Box::new(Open::new()),
            built_in(|rules| rules.unfamiliar_introductions(Action::FollowUp)),
        ),
        (
            "closed",
            Box::new(Closed::new()),
            built_in(|rules| rules.not_following(Action::Ignore)),
        ),
        (
            "hybrid",
            Box::new(Hybrid::new()),
            built_in(|rules| {
                rules
                    .strangers(Action::FollowUp)
                    .unfamiliar_introductions(Action::FollowUp)
            }),
        ),
    ]
}

/// Rules with `set` on top of what every built-in policy does: it holds
/// neither limited senders nor private mentions (a `Rules` holds both by
/// default).
fn built_in(set: impl FnOnce(&mut RulesBuilder) -> &mut RulesBuilder) -> Rules {
    let mut rules = Rules::builder();
    rules
        .limited(Action::Accept)
        .private_mentions(Action::Accept);
    set(&mut rules).build()
}

proptest! {
    #[test]
    fn a_config_builds_a_policy_that_decides_like_its_source(config in config(), requests in proptest::collection::vec(request(), 1..12)) {
        let policy = config.build();
        // Back to a config and through the policy again.
        let again = match &config {
            PolicyConfig::Hybrid(h) => PolicyConfig::from(&h.to_policy()),
            PolicyConfig::Rules(r) => PolicyConfig::from(&r.to_policy()),
            other => other.clone(),
        };
        prop_assert_eq!(&again, &config, "policy -> config is lossless");
        let rebuilt = again.build();
        for r in &requests {
            prop_assert_eq!(policy.decide(r), rebuilt.decide(r), "{:?}", r);
        }
    }

    #[test]
    fn built_in_policies_are_expressible_as_rules(request in request_with_signals()) {
        for (name, policy, rules) in as_rules() {
            prop_assert_eq!(policy.decide(&request).action(), rules.decide(&request).action(), "{} on {:?}", name, request);
        }
    }

    #[test]
    fn strictest_is_never_more_open_than_either(request in request(), a in config(), b in config()) {
        let (a, b) = (a.build(), b.build());
        let (da, db) = (a.decide(&request), b.decide(&request));
        let both = (&a).strictest(&b).decide(&request);
        prop_assert_eq!(both.action(), da.action().max(db.action()));
        prop_assert!(both == da || both == db, "the reasons come from the policy chosen");
        let either = (&a).most_open(&b).decide(&request);
        prop_assert_eq!(either.action(), da.action().min(db.action()));
        prop_assert!(either == da || either == db);
        prop_assert_eq!((&a).strictest(&a).decide(&request), da, "a.strictest(a) decides like a");
        prop_assert_eq!((&a).most_open(&a).decide(&request), da, "a.most_open(a) decides like a");
    }

    #[test]
    fn a_closure_policy_decides_like_the_closure(request in request()) {
        let hybrid = Hybrid::new();
        let wrapped = policy_fn(|r| hybrid.decide(r)).boxed_ref_free();
        prop_assert_eq!(wrapped.decide(&request), hybrid.decide(&request));
    }
}

/// `policy_fn` of a borrowing closure cannot be `'static`; deciding through
/// a reference works all the same.
trait BoxedRefFree: NetworkingPolicy + Sized {
    fn boxed_ref_free(self) -> Self {
        self
    }
}
impl<P: NetworkingPolicy> BoxedRefFree for P {}

#[cfg(feature = "serde")]
mod serde_configs {
    use super::*;

    proptest! {
        #[test]
        fn configs_round_trip_through_json_and_toml(config in config()) {
            let json = serde_json::to_string(&config).unwrap();
            prop_assert_eq!(&serde_json::from_str::<PolicyConfig>(&json).unwrap(), &config, "{}", json);
            let toml_text = toml::to_string(&config).unwrap();
            prop_assert_eq!(&toml::from_str::<PolicyConfig>(&toml_text).unwrap(), &config, "{}", toml_text);
        }

        /// The `"policy"` tag may stand anywhere among the knobs: knobs read
        /// before it are handed to the policy it names.
        #[test]
        fn the_tag_may_stand_anywhere(config in config(), position in any::<proptest::sample::Index>()) {
            let serde_json::Value::Object(map) = serde_json::to_value(&config).unwrap() else {
                panic!("a config serialises to a map");
            };
            let (tag, mut knobs): (Vec<_>, Vec<_>) = map.into_iter().partition(|(k, _)| k == "policy");
            knobs.insert(position.index(knobs.len() + 1), tag[0].clone());
            let fields: Vec<String> = knobs.iter().map(|(k, v)| format!("{k:?}: {v}")).collect();
            let json = format!("{{{}}}", fields.join(", "));
            prop_assert_eq!(&serde_json::from_str::<PolicyConfig>(&json).unwrap(), &config, "{}", json);
        }
    }

    #[test]
    fn the_documented_examples_parse() {
        let hybrid: PolicyConfig = serde_json::from_str(
            r#"{"policy": "hybrid", "min_mutual_connections": 3, "strangers": "ignore"}"#,
        )
        .unwrap();
        let PolicyConfig::Hybrid(h) = &hybrid else {
            panic!("{hybrid:?}")
        };
        assert_eq!(
            (
                h.min_mutual_connections,
                h.strangers,
                h.unfamiliar_introductions
            ),
            (3, Action::Ignore, Action::FollowUp)
        );
        assert_eq!(
            serde_json::from_str::<PolicyConfig>(r#"{"policy": "open"}"#).unwrap(),
            PolicyConfig::Open {}
        );
        let mastodon: PolicyConfig = toml::from_str(
            "policy = \"rules\"\nnot_following = \"hold\"\nnew_account = \"ignore\"\nallowed_senders = [\"@friend@example.social\"]\n",
        )
        .unwrap();
        assert_eq!(mastodon.name(), "rules");
    }

    #[test]
    fn bad_configs_name_what_is_wrong() {
        let err = |text: &str| {
            serde_json::from_str::<PolicyConfig>(text)
                .unwrap_err()
                .to_string()
        };
        let e = err(r#"{"policy": "hybrid", "strangerz": "ignore"}"#);
        assert!(e.contains("unknown field `strangerz`"), "{e}");
        let e = err(r#"{"policy": "lenient"}"#);
        assert!(e.contains("unknown variant `lenient`"), "{e}");
        let e = err(r#"{"policy": "hybrid", "strangers": "maybe"}"#);
        assert!(
            e.contains("unknown action `maybe`") && e.contains("follow_up"),
            "{e}"
        );
        let e = err(r#"{"policy": "hybrid", "min_mutual_connections": -1}"#);
        assert!(e.contains("min_mutual_connections"), "{e}");
        let e = err(r#"{"policy": "rules", "min_mutual_connections": 4294967296}"#);
        assert!(e.contains("min_mutual_connections"), "{e}");
        let e = err("{\n  \"policy\": \"open\",\n  \"extra\": 1\n}");
        assert!(e.contains("extra") && e.contains("line 3"), "{e}");
        let e = toml::from_str::<PolicyConfig>("policy = \"hybrid\"\nstrangerz = \"hold\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("strangerz") && e.contains("line 2"), "{e}");
        let e = toml::from_str::<PolicyConfig>("policy = \"hybrid\"\nstrangers = \"mabye\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("mabye") && e.contains("line 2"), "{e}");
        // A knob of another policy: named, with the policy.
        let e = err(r#"{"policy": "closed", "strangers": "hold"}"#);
        assert!(
            e.contains("field `strangers` does not apply to policy `closed`"),
            "{e}"
        );
    }

    #[test]
    fn glob_lists_in_files_are_strict_and_name_the_field_and_entry() {
        let err = |text: &str| {
            serde_json::from_str::<PolicyConfig>(text)
                .unwrap_err()
                .to_string()
        };
        let e = err(r#"{"policy": "rules", "blocked_servers": "evil.example"}"#);
        assert!(
            e.contains("expected `blocked_servers` to be a list of glob strings"),
            "{e}"
        );
        let e = err(r#"{"policy": "rules", "blocked_users": ["@bad:x", 42]}"#);
        assert!(e.contains("entry 1 of `blocked_users`"), "{e}");
        let e = err(r#"{"policy": "rules", "ignored_users": [""]}"#);
        assert!(e.contains("entry 0 of `ignored_users` is empty"), "{e}");
        let long = "é".repeat(256);
        let e = err(&format!(
            r#"{{"policy": "rules", "allowed_servers": ["a", "{long}"]}}"#
        ));
        assert!(
            e.contains("entry 1 of `allowed_servers` is longer than a Matrix ID"),
            "{e}"
        );
        let e = toml::from_str::<PolicyConfig>(
            "policy = \"rules\"\nblocked_servers = \"evil.example\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("blocked_servers") && e.contains("line 2"), "{e}");
        // 255 characters of two bytes each is a usable glob, as in Synapse.
        let fits = "é".repeat(255);
        let ok = format!(r#"{{"policy": "rules", "allowed_servers": ["{fits}"]}}"#);
        assert!(serde_json::from_str::<PolicyConfig>(&ok).is_ok());
    }

    #[test]
    fn account_data_is_read_like_synapse_reads_it() {
        let content = r#"{"enabled": true, "blocked_users": ["@bad:x", 42, null, {"a": 1}, ["nested"], ""], "ignored_servers": "not a list", "org.example.extra": 1}"#;
        let rules = RulesConfig::from_msc4155_account_data(
            &mut serde_json::Deserializer::from_str(content),
        )
        .unwrap();
        assert_eq!(rules.blocked_users, ["@bad:x", ""]);
        assert!(rules.ignored_servers.is_empty());
        assert!(rules.enabled);
        let policy = rules.to_policy();
        assert_eq!(
            policy
                .decide(&opendoor::Request::connect("@bad:x"))
                .action(),
            Action::Block
        );
        let off = RulesConfig::from_msc4155_account_data(&mut serde_json::Deserializer::from_str(
            r#"{"enabled": false, "blocked_users": ["@bad:x"]}"#,
        ))
        .unwrap();
        assert_eq!(
            off.to_policy()
                .decide(&opendoor::Request::connect("@bad:x"))
                .action(),
            Action::Accept,
            "`enabled: false` turns the lists off"
        );
        let odd = RulesConfig::from_msc4155_account_data(&mut serde_json::Deserializer::from_str(
            r#"{"enabled": "yes"}"#,
        ))
        .unwrap();
        assert!(odd.enabled, "a non-boolean `enabled` keeps the default");
    }

    #[test]
    fn msc4155_example_loads_as_written_with_enabled() {
        let config: PolicyConfig = serde_json::from_str(
            r#"{"policy": "rules", "enabled": true, "allowed_users": ["@alice:example.org"], "blocked_servers": ["*"]}"#,
        )
        .unwrap();
        let policy = config.build();
        let decide = |sender: &str| policy.decide(&opendoor::Request::connect(sender)).action();
        assert_eq!(decide("@alice:example.org"), Action::Accept);
        assert_eq!(decide("@bob:example.org"), Action::Block);
    }

    #[test]
    fn actions_read_any_case_and_mastodon_words() {
        let config: PolicyConfig = toml::from_str(
            "policy = \"rules\"\nnot_following = \"filter\"\nnew_account = \"drop\"\nlimited = \"Follow Up\"\n",
        )
        .unwrap();
        let PolicyConfig::Rules(rules) = &config else {
            panic!("{config:?}")
        };
        assert_eq!(
            (rules.not_following, rules.new_account, rules.limited),
            (Action::Hold, Action::Ignore, Action::FollowUp)
        );
        let written = serde_json::to_string(&config).unwrap();
        assert!(written.contains(r#""not_following":"hold""#), "{written}");
    }
}

#[cfg(feature = "serde")]
mod detector_in_configs {
    use opendoor::{Action, GreetingKind, NetworkingPolicy, PolicyConfig, Request};

    #[test]
    fn a_config_carries_the_detector_s_additions() {
        let text = r#"
policy = "hybrid"
strangers = "hold"

[detector]
salutations = ["ahoy"]
generic_patterns = ["i want to grow my network"]
stock_texts = [{ platform = "Acme", language = "en", text = "Join me on Acme" }]
"#;
        let config: PolicyConfig = toml::from_str(text).unwrap();
        let policy = config.build();
        let stock = Request::connect("Ann").with_greeting("Ahoy! Join me on Acme.");
        let decision = policy.decide(&stock);
        assert_eq!(decision.action(), Action::Hold);
        assert_eq!(
            decision.greeting_kind(),
            Some(GreetingKind::PlatformDefault)
        );
        let generic = Request::connect("Ann").with_greeting("I want to grow my network");
        assert_eq!(
            policy.decide(&generic).greeting_kind(),
            Some(GreetingKind::GenericTemplate)
        );
        // Written back, it reads the same.
        let again: PolicyConfig = toml::from_str(&toml::to_string(&config).unwrap()).unwrap();
        assert_eq!(again, config);
        // A default detector is not written at all.
        let plain = toml::to_string(&PolicyConfig::Hybrid(Default::default())).unwrap();
        assert!(!plain.contains("detector"), "{plain}");
    }

    #[test]
    fn a_config_may_ask_for_a_memo_of_repeats() {
        let text = "policy = \"hybrid\"\n\n[detector]\nrepeat_cache = 1000\n";
        let config: PolicyConfig = toml::from_str(text).unwrap();
        let PolicyConfig::Hybrid(hybrid) = &config else {
            panic!("{config:?}")
        };
        assert_eq!(hybrid.detector.detector().repeat_cache_slots(), 1024);
        assert!(!hybrid.detector.is_built_in());
        let policy = config.build();
        let pitch = Request::connect("Ann").with_greeting("I want to grow my network");
        for _ in 0..2 {
            assert_eq!(
                policy.decide(&pitch).greeting_kind(),
                Some(GreetingKind::GenericTemplate)
            );
        }
        // Written back, it keeps the memo.
        let written = toml::to_string(&config).unwrap();
        assert!(written.contains("repeat_cache = 1024"), "{written}");
        assert_eq!(toml::from_str::<PolicyConfig>(&written).unwrap(), config);
    }

    #[test]
    fn a_bad_detector_addition_is_an_error_when_the_file_is_read() {
        let err = serde_json::from_str::<PolicyConfig>(
            r#"{"policy": "rules", "detector": {"generic_patterns": ["("]}}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("detector") && err.contains("\"(\""), "{err}");
        let err = serde_json::from_str::<PolicyConfig>(
            r#"{"policy": "rules", "detector": {"salutation": ["ahoy"]}}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("unknown field `salutation`"), "{err}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_config_s_follow_up_budget_wraps_the_policy() {
    use opendoor::Reason;

    let config: PolicyConfig = serde_json::from_str(
        r#"{"policy": "hybrid", "follow_up_budget": {"follow_ups": 1, "per_days": 7}}"#,
    )
    .unwrap();
    let policy = config.build();
    let stranger = opendoor::Request::connect("Ann");
    assert_eq!(policy.decide(&stranger).action(), Action::FollowUp);
    let second = policy.decide(&stranger);
    assert_eq!(second.action(), Action::Hold);
    assert!(second.has_reason(Reason::FollowUpBudget));
    let PolicyConfig::Hybrid(hybrid) = &config else {
        panic!("{config:?}")
    };
    assert_eq!(
        hybrid.to_policy().decide(&stranger).action(),
        Action::FollowUp,
        "to_policy builds the bare policy"
    );
}
