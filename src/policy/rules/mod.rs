//! [`Rules`]: an action per criterion, with the platforms' own settings.

pub(crate) mod invite_filter;
mod senders;

use invite_filter::{InviteFilter, Level};
use senders::{DomainSet, SenderSet};

use super::FollowUpBudget;
use super::config::{knob_setters, knobs};
use super::{NetworkingPolicy, familiarity_reason, note_claim};
use crate::decision::{Action, Decision, Reason};
use crate::detector::{DetectorConfig, GreetingDetector, GreetingKind};
use crate::request::{Familiarity, Request, RequestKind};

knobs! {
    /// The knobs of [`Rules`]: what it owns besides its detector and its
    /// compiled glob lists, and what a
    /// [`PolicyConfig`](crate::PolicyConfig) of `"policy": "rules"` holds.
    /// `Default` is the defaults of [`Rules::new`]. See [`Rules`] for what
    /// each criterion means and the precedence.
    ///
    /// # Examples
    ///
    /// A Mastodon notification policy that filters strangers and drops new
    /// accounts:
    ///
    /// ```
    /// use opendoor::{Action, RulesConfig};
    ///
    /// let mut mastodon = RulesConfig::default();
    /// mastodon.not_following = Action::Hold;
    /// mastodon.new_account = Action::Ignore;
    /// assert_eq!(mastodon.to_policy().config().new_account, Action::Ignore);
    /// ```
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct RulesConfig {
        /// Senders (exact IDs) accepted unless a list refuses them, like
        /// Mastodon's per-sender notification permissions (default: none).
        allowed_senders: Vec<String> = Vec::new(), read Plain;
        /// Senders (exact IDs) always ignored, before any other list, like
        /// Matrix's `m.ignored_user_list` (default: none).
        ignored_senders: Vec<String> = Vec::new(), read Plain;
        /// Domains whose senders are ignored unless the recipient follows
        /// them, like Mastodon's user domain blocks: exact, case-insensitive,
        /// without port (default: none).
        blocked_domains: Vec<String> = Vec::new(), read Plain;
        /// MSC4155's `enabled`: whether the six glob lists apply (default:
        /// `true`). `false` turns them off; every other rule still applies.
        enabled: bool = true, read Plain;
        /// MSC4155 `allowed_users` globs (default: none).
        allowed_users: Vec<String> = Vec::new(), read Globs;
        /// MSC4155 `ignored_users` globs (default: none).
        ignored_users: Vec<String> = Vec::new(), read Globs;
        /// MSC4155 `blocked_users` globs (default: none).
        blocked_users: Vec<String> = Vec::new(), read Globs;
        /// MSC4155 `allowed_servers` globs (default: none).
        allowed_servers: Vec<String> = Vec::new(), read Globs;
        /// MSC4155 `ignored_servers` globs (default: none).
        ignored_servers: Vec<String> = Vec::new(), read Globs;
        /// MSC4155 `blocked_servers` globs (default: none).
        blocked_servers: Vec<String> = Vec::new(), read Globs;
        /// Mastodon's "people you don't follow" (default: accept).
        not_following: Action = Action::Accept, read Plain;
        /// Mastodon's "people not following you" (default: accept).
        not_follower: Action = Action::Accept, read Plain;
        /// Mastodon's "new accounts" (default: accept).
        new_account: Action = Action::Accept, read Plain;
        /// Mastodon's "moderated accounts" (default: [`Action::Hold`], as
        /// Mastodon filters them).
        limited: Action = Action::Hold, read Plain;
        /// Mastodon's `for_private_mentions`: unsolicited private mentions
        /// (default: [`Action::Hold`], as Mastodon filters them).
        private_mentions: Action = Action::Hold, read Plain;
        /// Mastodon's `for_bots`: automated accounts (default: accept).
        bots: Action = Action::Accept, read Plain;
        /// Strangers with no personal note and too few mutual connections
        /// (default: accept).
        strangers: Action = Action::Accept, read Plain;
        /// An empty note (default: accept).
        empty_note: Action = Action::Accept, read Plain;
        /// A platform's stock text (default: accept).
        platform_default_note: Action = Action::Accept, read Plain;
        /// A generic template (default: accept).
        generic_template_note: Action = Action::Accept, read Plain;
        /// A note that at least `mass_note_senders` different senders
        /// pasted lately ([`Request::mass_senders`], counted by
        /// [`MassNotes`](crate::MassNotes)), unless it is empty or the
        /// platform's stock text, which everyone sends (default: accept).
        mass_note: Action = Action::Accept, read Plain;
        /// The threshold of `mass_note` (default: 50).
        mass_note_senders: u32 = 50, read Count;
        /// Fewer than `min_mutual_connections` mutual connections (default:
        /// accept).
        few_mutual_connections: Action = Action::Accept, read Plain;
        /// The threshold of `strangers` and `few_mutual_connections`
        /// (default: 1). `0` means nobody has too few.
        min_mutual_connections: u32 = 1, read Count;
        /// A stranger's specific relationship claim (default: accept).
        unverified_claim: Action = Action::Accept, read Plain;
        /// Introduction requests (default: accept).
        unfamiliar_introductions: Action = Action::Accept, read Plain;
        /// The action when nothing trips (default: accept).
        otherwise: Action = Action::Accept, read Plain;
        /// A follow-up budget (default: none): [`PolicyConfig::build`](crate::PolicyConfig::build)
        /// wraps the policy in [`Budgeted`](crate::Budgeted), so its
        /// follow-ups are held once the budget is spent. `to_policy` builds
        /// the bare policy: a budget is state, shared by whoever holds the
        /// wrapper.
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        follow_up_budget: Option<FollowUpBudget> = None, read Plain;
        /// The detector's additions, for the note criteria (default: the
        /// built-in detector).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "DetectorConfig::is_built_in"))]
        detector: DetectorConfig = DetectorConfig::default(), read Plain;
    }
}

impl RulesConfig {
    /// The [`Rules`] with these knobs and the built-in detector.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::RulesConfig::default().to_policy().otherwise(), opendoor::Action::Accept);
    /// ```
    #[must_use]
    pub fn to_policy(&self) -> Rules {
        Rules::builder().configure(self.clone()).build()
    }

    /// The rules of MSC4155 account data (the content of
    /// `m.invite_permission_config`), read as Synapse reads it: unknown
    /// fields, list entries that are not strings and list fields that are
    /// not lists are skipped, because clients write account data and a
    /// homeserver must not refuse it. Everything else keeps its default.
    ///
    /// A configuration file goes through `Deserialize` instead, which is
    /// strict: a person wrote it, and a forgotten bracket must not silently
    /// remove a block.
    ///
    /// # Errors
    ///
    /// Only when the input is not a map, or is not valid in its format.
    ///
    /// # Examples
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// use opendoor::RulesConfig;
    ///
    /// let content = r#"{"enabled": true, "blocked_servers": "evil.example", "ignored_users": ["@spam:*", 3], "custom": 1}"#;
    /// let lenient = RulesConfig::from_msc4155_account_data(&mut serde_json::Deserializer::from_str(content)).unwrap();
    /// assert!(lenient.blocked_servers.is_empty());
    /// assert_eq!(lenient.ignored_users, ["@spam:*"]);
    ///
    /// let strict = serde_json::from_str::<RulesConfig>(r#"{"blocked_servers": "evil.example"}"#).unwrap_err();
    /// assert!(strict.to_string().contains("`blocked_servers` to be a list"), "{strict}");
    /// # }
    /// ```
    #[cfg(feature = "serde")]
    pub fn from_msc4155_account_data<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<RulesConfig, D::Error> {
        super::config::de::read_account_data(deserializer)
    }
}

/// A policy of per-criterion actions, able to express Mastodon's
/// notification policy and Matrix invite filtering (MSC4155) faithfully,
/// beside `opendoor`'s own criteria.
///
/// # Precedence
///
/// Refusals come first: `allowed_senders` and the MSC4155 allows never lift
/// an ignore or a block of the other lists (Mastodon's per-sender
/// permission never lifts a block either).
///
/// | step | what | outcome |
/// |---|---|---|
/// | 1 | the sender is in `ignored_senders` (Matrix's ignored-user list) | [`Ignore`](Action::Ignore), [`Reason::IgnoredSender`] |
/// | 2 | MSC4155 lists (when `enabled`), first match wins: `allowed_users`, `ignored_users`, `blocked_users`, then `allowed_servers`, `ignored_servers`, `blocked_servers` | ignore → `Ignore`, block → [`Block`](Action::Block) ([`UserRule`](Reason::UserRule) or [`ServerRule`](Reason::ServerRule)); an allow is kept for step 4 |
/// | 3 | the sender's domain is in `blocked_domains` and the recipient does not follow the sender | `Ignore`, [`Reason::BlockedDomain`] |
/// | 4 | an MSC4155 allow from step 2, or the sender is in `allowed_senders` | [`Accept`](Action::Accept) (`UserRule`/`ServerRule`, or [`AllowedSender`](Reason::AllowedSender)) |
/// | 5 | every criterion whose condition holds *trips* with its action; criteria set to `Accept` never trip | the most severe tripped action wins (`Block` > `Ignore` > `Hold` > `FollowUp`), with the reasons of the criteria that chose it |
/// | 6 | nothing tripped | `otherwise` ([`Reason::DefaultAction`]) |
///
/// Within MSC4155 the MSC's own order holds, as Synapse applies it: a
/// matching `allowed_users` glob wins over `ignored_users`,
/// `blocked_users` and every server list, and `allowed_servers` over the
/// server lists after it.
///
/// The criteria of step 5, and when they hold:
///
/// | criterion | holds when | default |
/// |---|---|---|
/// | `not_following` | the recipient does not follow the sender (familiarity is not [`Known`](Familiarity::Known)) | accept |
/// | `not_follower` | the sender does not follow the recipient, or has for less than 3 days (`follows_you_since_days < 3`) | accept |
/// | `new_account` | the sender's account is younger than 30 days (`account_age_days < 30`; unknown age never holds) | accept |
/// | `limited` | moderators limited the sender | hold (Mastodon's "filter") |
/// | `private_mentions` | the request is an unsolicited private mention ([`Request::is_private_mention`]) | hold (Mastodon's "filter") |
/// | `bots` | the sender is a bot ([`Request::is_bot_sender`]) | accept |
/// | `strangers` | a [`Stranger`](Familiarity::Stranger) with no personal note and fewer than `min_mutual_connections` mutual connections | accept |
/// | `empty_note`, `platform_default_note`, `generic_template_note` | the note is of that [`GreetingKind`] | accept |
/// | `mass_note` | at least `mass_note_senders` (default 50) different senders pasted the note lately ([`Request::mass_senders`]), and it is neither empty nor a stock text | accept |
/// | `few_mutual_connections` | fewer than `min_mutual_connections` mutual connections | accept |
/// | `unverified_claim` | a stranger claims a specific relationship | accept |
/// | `unfamiliar_introductions` | an introduction request | accept |
///
/// As in Mastodon, every criterion except `not_follower` holds only when the
/// recipient does not follow the sender: a [`Known`](Familiarity::Known)
/// sender trips nothing else. Thresholds are strict (an account of exactly
/// 30 days is not new; a follow of exactly 3 days counts). Mastodon's
/// *filter* is [`Hold`](Action::Hold) here and *drop* is
/// [`Ignore`](Action::Ignore).
///
/// MSC4155 globs follow Synapse: case-insensitive, anchored at both ends,
/// `*` any run of characters (`:` and `.` included), `?` exactly one; so
/// `*.example.org` does not match `example.org`. User rules match the
/// sender ID; server rules match [`Request::server`], or the part after the
/// first `:` of a Matrix user ID (after the last `@` of a fediverse
/// handle), without its port as MSC4155 says: unlike Synapse, which
/// matches `example.org:8448` as written, so that a port would walk a
/// sender past `blocked_servers: ["example.org"]`. Lengths are counted in
/// characters, as Synapse counts them: globs longer than 255 characters
/// (the longest Matrix ID) are skipped like Synapse skips them (a
/// configuration file read with serde reports them instead).
///
/// # Cost
///
/// A decision's list work is bounded by the sender, never by the lists'
/// size alone: the exact lists (`allowed_senders`, `ignored_senders`,
/// `blocked_domains`) are hashed when the rules are built (one lookup
/// each); each glob list reads at most 255 characters of the sender or
/// server once, through an automaton of the globs' literal text, and runs
/// a glob's own regex (over the same ≤ 255 characters) only when the
/// sender holds all of that glob's literal text. Globs made only of
/// wildcards and non-ASCII letters are always run. Finding the server in a
/// sender is one scan for its `:` or `@`, linear in the sender's length.
/// A sender or server longer than 255 characters cannot be a Matrix ID
/// (Synapse never delivers its invite): while any MSC4155 list is in use
/// it is ignored ([`Reason::UserRule`] or [`Reason::ServerRule`]) rather
/// than matched, so no length walks past a block. The note is read only
/// when a note criterion is set, in linear time and on at most its first
/// 4 KiB of normalised text.
///
/// Like every built-in policy, `Rules` reports a stranger's specific claim
/// ([`Reason::UnverifiedClaim`]) whatever it decides.
///
/// # Examples
///
/// Mastodon's defaults, with new accounts dropped:
///
/// ```
/// use opendoor::{Action, NetworkingPolicy, Request, Rules};
///
/// let mastodon = Rules::builder().new_account(Action::Ignore).build();
/// let young = Request::connect("@spam@example.social").with_account_age_days(2);
/// assert_eq!(mastodon.decide(&young).action(), Action::Ignore);
/// let limited = Request::connect("@loud@example.social").with_limited_sender(true).with_account_age_days(900);
/// assert_eq!(mastodon.decide(&limited).action(), Action::Hold);
/// ```
///
/// An MSC4155 invite filter:
///
/// ```
/// use opendoor::{Action, NetworkingPolicy, Request, Rules};
///
/// let matrix = Rules::builder()
///     .allowed_users(["@boss:corp.example"])
///     .blocked_servers(["*.spam.example", "corp.example"])
///     .build();
/// assert_eq!(matrix.decide(&Request::connect("@boss:corp.example")).action(), Action::Accept);
/// assert_eq!(matrix.decide(&Request::connect("@intern:corp.example")).action(), Action::Block);
/// assert_eq!(matrix.decide(&Request::connect("@x:a.spam.example")).action(), Action::Block);
/// assert_eq!(matrix.decide(&Request::connect("@x:spam.example")).action(), Action::Accept);
/// ```
#[derive(Debug, Clone)]
pub struct Rules {
    config: RulesConfig,
    /// The exact-ID and domain lists of `config`, hashed.
    allowed_senders: SenderSet,
    ignored_senders: SenderSet,
    blocked_domains: DomainSet,
    /// The MSC4155 lists of `config`, compiled.
    invites: InviteFilter,
    detector: GreetingDetector,
}

/// Days under which an account is new (Mastodon's `NEW_ACCOUNT_THRESHOLD`).
const NEW_ACCOUNT_DAYS: u32 = 30;
/// Days under which a follow does not count (`NEW_FOLLOWER_THRESHOLD`).
const NEW_FOLLOWER_DAYS: u32 = 3;

impl Rules {
    /// The rules with every default: Mastodon's notification-policy
    /// defaults (only limited senders are held), no lists, and accept
    /// otherwise.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, NetworkingPolicy, Request, Rules};
    ///
    /// assert_eq!(Rules::new().decide(&Request::connect("Ann")).action(), Action::Accept);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        RulesBuilder::new().build()
    }

    /// A builder, starting from the defaults of [`Rules::new`].
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Rules};
    ///
    /// let closed = Rules::builder().not_following(Action::Ignore).build();
    /// assert_eq!(closed.otherwise(), Action::Accept);
    /// ```
    #[must_use]
    pub fn builder() -> RulesBuilder {
        RulesBuilder::new()
    }

    /// What happens when nothing trips.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Rules::new().otherwise(), opendoor::Action::Accept);
    /// ```
    #[must_use]
    pub fn otherwise(&self) -> Action {
        self.config.otherwise
    }

    /// The threshold of the `strangers` and `few_mutual_connections`
    /// criteria.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Rules::new().min_mutual_connections(), 1);
    /// ```
    #[must_use]
    pub fn min_mutual_connections(&self) -> u32 {
        self.config.min_mutual_connections
    }

    /// The knobs, as a [`PolicyConfig`](crate::PolicyConfig) would hold them.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(*opendoor::Rules::new().config(), opendoor::RulesConfig::default());
    /// ```
    #[must_use]
    pub fn config(&self) -> &RulesConfig {
        &self.config
    }

    fn criteria(&self, request: &Request) -> Decision {
        let config = &self.config;
        let mut verdict = Verdict::default();
        let known = request.familiarity() == Familiarity::Known;
        if request
            .follows_you_since_days()
            .is_none_or(|days| days < NEW_FOLLOWER_DAYS)
        {
            verdict.trip(config.not_follower, &[Reason::NotFollower]);
        }
        if known {
            return verdict.finish(config.otherwise);
        }
        verdict.trip(config.not_following, &[Reason::NotFollowing]);
        if request
            .account_age_days()
            .is_some_and(|days| days < NEW_ACCOUNT_DAYS)
        {
            verdict.trip(config.new_account, &[Reason::NewAccount]);
        }
        if request.is_limited_sender() {
            verdict.trip(config.limited, &[Reason::LimitedSender]);
        }
        if request.is_private_mention() {
            verdict.trip(config.private_mentions, &[Reason::PrivateMention]);
        }
        if request.is_bot_sender() {
            verdict.trip(config.bots, &[Reason::BotSender]);
        }
        if request.has_unverified_claim() {
            verdict.trip(config.unverified_claim, &[Reason::UnverifiedClaim]);
        }
        if let RequestKind::Introduction { .. } = request.kind() {
            verdict.trip(
                config.unfamiliar_introductions,
                &[familiarity_reason(request), Reason::UnfamiliarIntroduction],
            );
        }
        let few = request.mutual_connections() < config.min_mutual_connections;
        if few {
            verdict.trip(
                config.few_mutual_connections,
                &[Reason::FewMutualConnections],
            );
        }
        let note_rules = [
            config.empty_note,
            config.platform_default_note,
            config.generic_template_note,
        ];
        let strangers_apply = request.familiarity() == Familiarity::Stranger && few;
        let mass = config.mass_note != Action::Accept
            && request
                .mass_senders()
                .is_some_and(|senders| senders >= config.mass_note_senders);
        if note_rules.iter().any(|&a| a != Action::Accept)
            || (strangers_apply && config.strangers != Action::Accept)
            || mass
        {
            let detection = self.detector.detect(request.greeting().as_str());
            let kind = detection.kind();
            let note_rule = match kind {
                GreetingKind::Empty => config.empty_note,
                GreetingKind::PlatformDefault => config.platform_default_note,
                GreetingKind::GenericTemplate => config.generic_template_note,
                _ => Action::Accept,
            };
            let no_note: &[Reason] = if detection.is_disguised() {
                &[Reason::NoPersonalNote, Reason::DisguisedStockText]
            } else {
                &[Reason::NoPersonalNote]
            };
            verdict.trip(note_rule, no_note);
            if mass && !matches!(kind, GreetingKind::Empty | GreetingKind::PlatformDefault) {
                verdict.trip(config.mass_note, &[Reason::MassNote]);
            }
            if strangers_apply && !kind.is_personal() {
                verdict.trip(config.strangers, &[Reason::Stranger]);
                verdict.trip(config.strangers, no_note);
            }
            return verdict.finish(config.otherwise).with_greeting_kind(kind);
        }
        verdict.finish(config.otherwise)
    }

    /// Steps 1 to 4 of the precedence: the lists, refusals before allows.
    fn lists(&self, request: &Request) -> Option<Decision> {
        let sender = request.sender();
        if self.ignored_senders.contains(sender) {
            return Some(Decision::new(Action::Ignore).with_reason(Reason::IgnoredSender));
        }
        let rule = self.invites.rule_for(request).map(|(action, level)| {
            Decision::new(action).with_reason(match level {
                Level::User => Reason::UserRule,
                Level::Server => Reason::ServerRule,
            })
        });
        if let Some(refusal) = rule.filter(|d| d.action().is_refusal()) {
            return Some(refusal);
        }
        // The server is looked for in the sender only when there are
        // domains to find it in.
        if !self.blocked_domains.is_empty()
            && request.familiarity() != Familiarity::Known
            && invite_filter::server_of(request)
                .is_some_and(|server| self.blocked_domains.contains(server))
        {
            return Some(Decision::new(Action::Ignore).with_reason(Reason::BlockedDomain));
        }
        rule.or_else(|| {
            self.allowed_senders
                .contains(sender)
                .then(|| Decision::new(Action::Accept).with_reason(Reason::AllowedSender))
        })
    }
}

/// The most severe tripped action so far, with the reasons of the criteria
/// that chose it.
#[derive(Debug, Default)]
struct Verdict {
    decision: Option<Decision>,
}

impl Verdict {
    fn trip(&mut self, action: Action, reasons: &[Reason]) {
        if action == Action::Accept {
            return;
        }
        let decision = match self.decision {
            Some(d) if d.action() > action => return,
            Some(d) if d.action() == action => d,
            _ => Decision::new(action),
        };
        self.decision = Some(reasons.iter().fold(decision, |d, &r| d.with_reason(r)));
    }

    fn finish(self, otherwise: Action) -> Decision {
        self.decision
            .unwrap_or_else(|| Decision::new(otherwise).with_reason(Reason::DefaultAction))
    }
}

impl Default for Rules {
    fn default() -> Self {
        Self::new()
    }
}

impl NetworkingPolicy for Rules {
    fn decide(&self, request: &Request) -> Decision {
        let decision = self
            .lists(request)
            .unwrap_or_else(|| self.criteria(request));
        note_claim(decision, request)
    }
}

/// Builds [`Rules`]; from [`Rules::builder`]. Every setter documents its
/// default; no combination is invalid, so [`build`](RulesBuilder::build)
/// cannot fail.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Rules};
///
/// let rules = Rules::builder()
///     .strangers(Action::FollowUp)
///     .unfamiliar_introductions(Action::FollowUp)
///     .allowed_senders(["@friend@example.social"])
///     .build();
/// assert_eq!(rules.min_mutual_connections(), 1);
/// ```
#[derive(Debug, Clone)]
pub struct RulesBuilder {
    config: RulesConfig,
    detector: GreetingDetector,
}

/// Declares the setters of [`RulesBuilder`] that add to a list knob.
macro_rules! list_setters {
    ($($name:ident,)+) => {$(
        #[doc = concat!("Adds to [`RulesConfig::", stringify!($name), "`].")]
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("let rules = opendoor::Rules::builder().", stringify!($name), "([\"@a:b.example\"]).build();")]
        #[doc = concat!("assert_eq!(rules.config().", stringify!($name), ", [\"@a:b.example\"]);")]
        /// ```
        pub fn $name<I, S>(&mut self, items: I) -> &mut Self
        where
            I: IntoIterator<Item = S>,
            S: Into<String>,
        {
            self.config.$name.extend(items.into_iter().map(Into::into));
            self
        }
    )+};
}

impl RulesBuilder {
    /// A builder with the defaults of [`Rules::new`].
    ///
    /// # Examples
    ///
    /// ```
    /// let rules = opendoor::RulesBuilder::new().build();
    /// assert_eq!(rules.otherwise(), opendoor::Action::Accept);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        RulesBuilder {
            config: RulesConfig::default(),
            detector: GreetingDetector::new(),
        }
    }

    /// Sets every knob at once, and the detector its `detector` describes.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Rules, RulesConfig};
    ///
    /// let mut config = RulesConfig::default();
    /// config.otherwise = Action::Hold;
    /// assert_eq!(Rules::builder().configure(config).build().otherwise(), Action::Hold);
    /// ```
    pub fn configure(&mut self, config: RulesConfig) -> &mut Self {
        self.detector = config.detector.detector().clone();
        self.config = config;
        self
    }

    knob_setters! {
        Rules;
        not_following: Action = opendoor::Action::Hold;
        not_follower: Action = opendoor::Action::Hold;
        new_account: Action = opendoor::Action::Ignore;
        limited: Action = opendoor::Action::Ignore;
        private_mentions: Action = opendoor::Action::Ignore;
        bots: Action = opendoor::Action::Hold;
        strangers: Action = opendoor::Action::FollowUp;
        empty_note: Action = opendoor::Action::Hold;
        platform_default_note: Action = opendoor::Action::FollowUp;
        generic_template_note: Action = opendoor::Action::Hold;
        few_mutual_connections: Action = opendoor::Action::Hold;
        min_mutual_connections: u32 = 5;
        mass_note: Action = opendoor::Action::Hold;
        mass_note_senders: u32 = 20;
        enabled: bool = false;
        unverified_claim: Action = opendoor::Action::Hold;
        unfamiliar_introductions: Action = opendoor::Action::FollowUp;
        otherwise: Action = opendoor::Action::Ignore;
    }

    list_setters! {
        allowed_senders,
        ignored_senders,
        blocked_domains,
        allowed_users,
        ignored_users,
        blocked_users,
        allowed_servers,
        ignored_servers,
        blocked_servers,
    }

    /// The detector for the note criteria (default:
    /// [`GreetingDetector::new`]). A detector given here is code, not data:
    /// [`Rules::config`] keeps describing its `detector` knob. To keep a
    /// detector's additions in a configuration, set
    /// [`RulesConfig::detector`] to a [`DetectorConfig`] instead.
    ///
    /// # Examples
    ///
    /// ```
    /// let _rules = opendoor::Rules::builder().detector(opendoor::GreetingDetector::new()).build();
    /// ```
    pub fn detector(&mut self, detector: GreetingDetector) -> &mut Self {
        self.detector = detector;
        self
    }

    /// The rules, with the glob lists compiled.
    ///
    /// # Examples
    ///
    /// ```
    /// let _rules: opendoor::Rules = opendoor::Rules::builder().build();
    /// ```
    #[must_use]
    pub fn build(&self) -> Rules {
        Rules {
            allowed_senders: SenderSet::new(&self.config.allowed_senders),
            ignored_senders: SenderSet::new(&self.config.ignored_senders),
            blocked_domains: DomainSet::new(&self.config.blocked_domains),
            invites: InviteFilter::new(&self.config),
            config: self.config.clone(),
            detector: self.detector.clone(),
        }
    }
}

impl Default for RulesBuilder {
    fn default() -> Self {
        Self::new()
    }
}
