//! `Rules` replays the documented semantics of Synapse's MSC4155 invite
//! filter and Mastodon's notification policy.

use opendoor::{Action, Familiarity, NetworkingPolicy, Reason, Request, Rules, RulesBuilder};

fn matrix(configure: impl FnOnce(&mut RulesBuilder) -> &mut RulesBuilder) -> Rules {
    let mut builder = Rules::builder();
    configure(&mut builder);
    builder.build()
}

fn invite(rules: &Rules, user: &str) -> Action {
    rules
        .decide(&Request::connect(user).with_account_age_days(1000))
        .action()
}

const REGULAR: &str = "@test:example.org";
const ALLOWED: &str = "@allowed:allow.example.org";
const BLOCKED: &str = "@blocked:block.example.org";
const IGNORED: &str = "@ignored:ignore.example.org";

// Scenarios from Synapse's tests/storage/test_invite_rule.py.

#[test]
fn synapse_empty_config_allows() {
    assert_eq!(invite(&Rules::new(), REGULAR), Action::Accept);
}

#[test]
fn synapse_invalid_entries_are_ignored() {
    let rules = matrix(|b| b.blocked_users(["not a user"]));
    assert_eq!(invite(&rules, BLOCKED), Action::Accept);
}

#[test]
fn synapse_user_blocked() {
    let rules = matrix(|b| b.blocked_users([BLOCKED]));
    assert_eq!(invite(&rules, BLOCKED), Action::Block);
    assert_eq!(invite(&rules, REGULAR), Action::Accept);
}

#[test]
fn synapse_user_ignored() {
    let rules = matrix(|b| b.ignored_users([IGNORED]));
    assert_eq!(invite(&rules, IGNORED), Action::Ignore);
    assert_eq!(invite(&rules, REGULAR), Action::Accept);
}

#[test]
fn synapse_user_precedence() {
    let rules = matrix(|b| {
        b.allowed_users([ALLOWED])
            .ignored_users([ALLOWED, IGNORED])
            .blocked_users([ALLOWED, IGNORED, BLOCKED])
    });
    assert_eq!(invite(&rules, ALLOWED), Action::Accept);
    assert_eq!(invite(&rules, IGNORED), Action::Ignore);
    assert_eq!(invite(&rules, BLOCKED), Action::Block);
}

#[test]
fn synapse_server_blocked_except_allowed_users() {
    let rules = matrix(|b| {
        b.allowed_users([ALLOWED])
            .blocked_servers(["allow.example.org"])
    });
    assert_eq!(invite(&rules, ALLOWED), Action::Accept);
    assert_eq!(invite(&rules, "@blocked:allow.example.org"), Action::Block);
}

#[test]
fn synapse_server_ignored_except_allowed_users() {
    let rules = matrix(|b| {
        b.allowed_users([ALLOWED])
            .ignored_servers(["allow.example.org"])
    });
    assert_eq!(invite(&rules, ALLOWED), Action::Accept);
    assert_eq!(invite(&rules, "@ignored:allow.example.org"), Action::Ignore);
}

#[test]
fn synapse_server_allow_keeps_user_rules() {
    let rules = matrix(|b| {
        b.ignored_users(["@ignored:allow.example.org"])
            .blocked_users(["@blocked:allow.example.org"])
            // A user ID in a server list never matches a server name.
            .allowed_servers([ALLOWED])
    });
    assert_eq!(invite(&rules, ALLOWED), Action::Accept);
    assert_eq!(invite(&rules, "@another:allow.example.org"), Action::Accept);
    assert_eq!(invite(&rules, "@blocked:allow.example.org"), Action::Block);
    assert_eq!(invite(&rules, "@ignored:allow.example.org"), Action::Ignore);
}

#[test]
fn synapse_server_precedence() {
    let rules = matrix(|b| {
        b.allowed_servers(["allow.example.org"])
            .ignored_servers(["allow.example.org", "ignore.example.org"])
            .blocked_servers([
                "allow.example.org",
                "ignore.example.org",
                "block.example.org",
            ])
    });
    assert_eq!(invite(&rules, ALLOWED), Action::Accept);
    assert_eq!(invite(&rules, IGNORED), Action::Ignore);
    assert_eq!(invite(&rules, BLOCKED), Action::Block);
}

#[test]
fn synapse_server_glob() {
    let rules = matrix(|b| b.blocked_servers(["*.example.org"]));
    assert_eq!(invite(&rules, ALLOWED), Action::Block);
    assert_eq!(invite(&rules, IGNORED), Action::Block);
    assert_eq!(invite(&rules, BLOCKED), Action::Block);
    assert_eq!(invite(&rules, REGULAR), Action::Accept);
}

#[test]
fn globs_are_case_insensitive_and_the_server_field_wins() {
    let rules = matrix(|b| b.blocked_servers(["EVIL.ORG"]).ignored_users(["@BOT*"]));
    assert_eq!(invite(&rules, "@x:evil.org"), Action::Block);
    assert_eq!(invite(&rules, "@botany:good.org"), Action::Ignore);
    let request = Request::connect("Mallory").with_server("Evil.Org");
    let decision = rules.decide(&request);
    assert_eq!(decision.action(), Action::Block);
    assert!(decision.has_reason(Reason::ServerRule));
}

// Mastodon 4.3 notification policy (app/services/notify_service.rb).

fn stranger() -> Request {
    Request::connect("@someone@example.social").with_account_age_days(400)
}

#[test]
fn mastodon_defaults_hold_only_limited_strangers() {
    let rules = Rules::new();
    assert_eq!(rules.decide(&stranger()).action(), Action::Accept);
    assert_eq!(
        rules.decide(&stranger().with_limited_sender(true)).action(),
        Action::Hold
    );
    let followed = stranger()
        .with_limited_sender(true)
        .with_familiarity(Familiarity::Known);
    assert_eq!(
        rules.decide(&followed).action(),
        Action::Accept,
        "limited applies only when not following"
    );
}

#[test]
fn mastodon_new_account_threshold_is_strict_and_skipped_for_followed() {
    let rules = Rules::builder().new_account(Action::Ignore).build();
    let at = |days| {
        rules
            .decide(&stranger().with_account_age_days(days))
            .action()
    };
    assert_eq!(at(29), Action::Ignore);
    assert_eq!(at(30), Action::Accept, "exactly 30 days is not new");
    let followed = stranger()
        .with_account_age_days(1)
        .with_familiarity(Familiarity::Known);
    assert_eq!(rules.decide(&followed).action(), Action::Accept);
    let unknown_age = Request::connect("x");
    assert_eq!(
        rules.decide(&unknown_age).action(),
        Action::Accept,
        "an unknown age is not new"
    );
}

#[test]
fn mastodon_not_follower_counts_follows_of_three_days_or_more() {
    let rules = Rules::builder().not_follower(Action::Hold).build();
    let since = |days| {
        rules
            .decide(&stranger().with_follows_you_since_days(days))
            .action()
    };
    assert_eq!(rules.decide(&stranger()).action(), Action::Hold);
    assert_eq!(since(2), Action::Hold);
    assert_eq!(since(3), Action::Accept);
    // The one criterion that applies even to people the recipient follows.
    let followed = stranger().with_familiarity(Familiarity::Known);
    assert_eq!(rules.decide(&followed).action(), Action::Hold);
}

#[test]
fn mastodon_drop_beats_filter_and_permissions_beat_both() {
    let rules = Rules::builder()
        .not_following(Action::Hold)
        .new_account(Action::Ignore)
        .allowed_senders(["@friend@example.social"])
        .build();
    let young = stranger().with_account_age_days(3);
    let decision = rules.decide(&young);
    assert_eq!(decision.action(), Action::Ignore);
    assert!(decision.has_reason(Reason::NewAccount));
    assert!(
        !decision.has_reason(Reason::NotFollowing),
        "only the deciding criteria are reasons"
    );
    let friend = Request::connect("@friend@example.social").with_account_age_days(1);
    let decision = rules.decide(&friend);
    assert_eq!(decision.action(), Action::Accept);
    assert!(decision.has_reason(Reason::AllowedSender));
}

#[test]
fn own_criteria_trip_for_strangers() {
    let rules = Rules::builder()
        .platform_default_note(Action::Hold)
        .strangers(Action::FollowUp)
        .unverified_claim(Action::FollowUp)
        .build();
    let stock = stranger().with_greeting("I'd like to add you to my LinkedIn network");
    assert_eq!(rules.decide(&stock).action(), Action::Hold);
    let empty = stranger();
    let decision = rules.decide(&empty);
    assert_eq!(decision.action(), Action::FollowUp);
    assert!(decision.has_reason(Reason::NoPersonalNote));
    let personal = stranger().with_greeting("We met at the Lisbon Rust meetup last spring.");
    assert_eq!(rules.decide(&personal).action(), Action::Accept);
    let acquainted = stock.clone().with_familiarity(Familiarity::Acquainted);
    assert_eq!(
        rules.decide(&acquainted).action(),
        Action::Hold,
        "note rules apply to anyone not followed"
    );
    let followed = stock.with_familiarity(Familiarity::Known);
    assert_eq!(rules.decide(&followed).action(), Action::Accept);
}

// Precedence across lists: refusals before allows (issue: a block wins).

#[test]
fn a_block_or_an_ignore_beats_allowed_senders() {
    let rules = matrix(|b| {
        b.allowed_senders([BLOCKED, IGNORED])
            .blocked_users([BLOCKED])
            .ignored_servers(["ignore.example.org"])
    });
    let decision = rules.decide(&Request::connect(BLOCKED));
    assert_eq!(decision.action(), Action::Block);
    assert!(decision.has_reason(Reason::UserRule));
    assert_eq!(invite(&rules, IGNORED), Action::Ignore);
    let rules = matrix(|b| b.allowed_senders([REGULAR]).not_following(Action::Ignore));
    let decision = rules.decide(&Request::connect(REGULAR));
    assert_eq!(
        decision.action(),
        Action::Accept,
        "a permission lifts criteria"
    );
    assert!(decision.has_reason(Reason::AllowedSender));
}

#[test]
fn matrix_ignored_user_list_runs_before_msc4155() {
    let rules = matrix(|b| b.ignored_senders([ALLOWED]).allowed_users([ALLOWED]));
    let decision = rules.decide(&Request::connect(ALLOWED));
    assert_eq!(decision.action(), Action::Ignore);
    assert!(decision.has_reason(Reason::IgnoredSender));
    assert_eq!(invite(&rules, REGULAR), Action::Accept);
}

#[test]
fn msc4155_enabled_false_turns_only_the_lists_off() {
    let rules = matrix(|b| {
        b.blocked_users([BLOCKED])
            .ignored_senders([IGNORED])
            .enabled(false)
    });
    assert_eq!(invite(&rules, BLOCKED), Action::Accept);
    assert_eq!(invite(&rules, IGNORED), Action::Ignore);
}

#[test]
fn msc4155_server_names_are_matched_without_their_port() {
    let rules = matrix(|b| b.blocked_servers(["example.org", "[::1]"]));
    assert_eq!(invite(&rules, "@mallory:example.org:8448"), Action::Block);
    assert_eq!(invite(&rules, "@mallory:[::1]:8448"), Action::Block);
    let given = Request::connect("Mallory").with_server("EXAMPLE.org:443");
    assert_eq!(rules.decide(&given).action(), Action::Block);
    assert_eq!(invite(&rules, "@ann:example.org.evil"), Action::Accept);
}

// Mastodon: domain blocks, private mentions, bots.

#[test]
fn mastodon_domain_blocks_spare_people_you_follow() {
    let rules = Rules::builder()
        .blocked_domains(["spam.example"])
        .allowed_senders(["@pal@spam.example"])
        .build();
    let from = |sender: &str| Request::connect(sender).with_account_age_days(400);
    let decision = rules.decide(&from("@anyone@spam.example"));
    assert_eq!(decision.action(), Action::Ignore);
    assert!(decision.has_reason(Reason::BlockedDomain));
    assert_eq!(
        rules.decide(&from("@pal@spam.example")).action(),
        Action::Ignore,
        "a permission does not lift a domain block"
    );
    let followed = from("@anyone@spam.example").with_familiarity(Familiarity::Known);
    assert_eq!(rules.decide(&followed).action(), Action::Accept);
    assert_eq!(
        rules.decide(&from("@a@sub.spam.example")).action(),
        Action::Accept
    );
    assert_eq!(
        rules.decide(&from("@a@good.example")).action(),
        Action::Accept
    );
}

#[test]
fn mastodon_filters_unsolicited_private_mentions_by_default() {
    let rules = Rules::new();
    let mention = stranger().with_private_mention(true);
    let decision = rules.decide(&mention);
    assert_eq!(decision.action(), Action::Hold);
    assert!(decision.has_reason(Reason::PrivateMention));
    let followed = mention.clone().with_familiarity(Familiarity::Known);
    assert_eq!(rules.decide(&followed).action(), Action::Accept);
    let dropped = Rules::builder().private_mentions(Action::Ignore).build();
    assert_eq!(dropped.decide(&mention).action(), Action::Ignore);
    let accepted = Rules::builder().private_mentions(Action::Accept).build();
    assert_eq!(accepted.decide(&mention).action(), Action::Accept);
}

#[test]
fn mastodon_bots_are_accepted_unless_told() {
    let bot = stranger().with_bot_sender(true);
    assert_eq!(Rules::new().decide(&bot).action(), Action::Accept);
    let filtered = Rules::builder().bots(Action::Hold).build();
    let decision = filtered.decide(&bot);
    assert_eq!(decision.action(), Action::Hold);
    assert!(decision.has_reason(Reason::BotSender));
    let followed = bot.with_familiarity(Familiarity::Known);
    assert_eq!(filtered.decide(&followed).action(), Action::Accept);
}

#[test]
fn a_sender_longer_than_any_matrix_id_walks_past_nothing() {
    let rules = matrix(|b| b.blocked_users(["@*:evil.example"]).allowed_users(["*"]));
    let long = format!("@{}:evil.example", "a".repeat(300));
    let decision = rules.decide(&Request::connect(long.as_str()));
    assert_eq!(decision.action(), Action::Ignore, "never an allow");
    assert!(decision.has_reason(Reason::UserRule));
    let huge = format!("@{}:x.example", "é".repeat(5 << 20));
    assert_eq!(invite(&rules, &huge), Action::Ignore);
    // Without MSC4155 lists, length means nothing.
    assert_eq!(invite(&Rules::new(), &long), Action::Accept);
}
