//! What a policy decides: an [`Action`] and the [`Reason`]s for it.
//!
//! A [`Decision`] is a small `Copy` value (an action, a bit set of reasons,
//! the kind of note the policy saw and at most one reason of the policy's
//! own), so deciding never allocates and decisions can be stored, compared
//! and counted cheaply in bulk.

use std::fmt;

use crate::detector::GreetingKind;
use crate::spelled::spelled_enum;

spelled_enum! {
    /// What to do with a request, from most to least open.
    ///
    /// Actions are ordered by severity: `Accept < FollowUp < Hold < Ignore <
    /// Block`, so `max` of two actions is the stricter one. None of them sends
    /// the sender a lecture: declining is always silent.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Action;
    ///
    /// assert!(Action::Accept < Action::Block);
    /// assert_eq!(Action::FollowUp.max(Action::Ignore), Action::Ignore);
    /// assert_eq!("follow_up".parse::<Action>()?, Action::FollowUp);
    /// // Any case, and Mastodon's words: "filter" holds, "drop" ignores.
    /// assert_eq!("Follow up".parse::<Action>()?, Action::FollowUp);
    /// assert_eq!("filter".parse::<Action>()?, Action::Hold);
    /// assert_eq!("DROP".parse::<Action>()?, Action::Ignore);
    /// assert_eq!(Action::Hold.to_string(), "hold");
    /// # Ok::<(), opendoor::ParseError>(())
    /// ```
    #[derive(PartialOrd, Ord)]
    Action, "action" {
        /// Connect with the sender, or pass their request on.
        Accept => "accept",
        /// Reply first and build rapport (a call, a coffee), then decide. The
        /// door is open; the request waits for a conversation.
        FollowUp => "follow_up",
        /// Leave the request pending for the recipient to review.
        Hold => "hold" | "filter",
        /// Decline silently: the sender is never told and never lectured.
        Ignore => "ignore" | "drop",
        /// Refuse and stop further requests from this sender.
        Block => "block",
    }
}

impl Action {
    /// Whether `self` is strictly more open (less severe) than `other`.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Action;
    ///
    /// assert!(Action::Accept.is_more_open_than(Action::FollowUp));
    /// assert!(!Action::Hold.is_more_open_than(Action::Hold));
    /// ```
    #[must_use]
    pub fn is_more_open_than(self, other: Action) -> bool {
        self < other
    }

    /// Whether the request is refused ([`Ignore`](Action::Ignore) or
    /// [`Block`](Action::Block)): the door is shut.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Action;
    ///
    /// assert!(Action::Ignore.is_refusal());
    /// assert!(!Action::FollowUp.is_refusal());
    /// ```
    #[must_use]
    pub fn is_refusal(self) -> bool {
        self >= Action::Ignore
    }
}

spelled_enum! {
    /// Why a policy chose its action. `Display` gives a sentence addressed to the
    /// recipient; [`Reason::as_str`] gives a stable snake_case identifier.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Reason;
    ///
    /// assert_eq!(Reason::UnverifiedClaim.as_str(), "unverified_claim");
    /// assert!(Reason::UnverifiedClaim.to_string().contains("claims"));
    /// ```
    #[derive(PartialOrd, Ord)]
    #[repr(u8)]
    Reason, "reason", display = sentence {
        /// The recipient knows the sender.
        KnownSender => "known_sender",
        /// The recipient has met the sender, if only briefly.
        AcquaintedSender => "acquainted_sender",
        /// The recipient has not met the sender.
        Stranger => "stranger",
        /// The note says something specific to the recipient.
        PersonalNote => "personal_note",
        /// The note is empty, the platform's stock text, or a generic template.
        NoPersonalNote => "no_personal_note",
        /// Sender and recipient share enough connections.
        MutualConnections => "mutual_connections",
        /// The sender asks to be passed on to a contact, and the recipient does
        /// not know the sender well enough to vouch for them.
        UnfamiliarIntroduction => "unfamiliar_introduction",
        /// A stranger claims a specific relationship; the platform often forces
        /// that choice, so it is neither evidence nor a lie.
        UnverifiedClaim => "unverified_claim",
        /// The policy accepts every connection request: a connection is a
        /// starting point.
        OpenDoor => "open_door",
        /// The recipient allowed this sender explicitly.
        AllowedSender => "allowed_sender",
        /// The sender matches one of the recipient's user rules (a Matrix
        /// invite-filter list).
        UserRule => "user_rule",
        /// The sender's server matches one of the recipient's server rules.
        ServerRule => "server_rule",
        /// The recipient ignores this sender (Matrix's ignored-user list).
        IgnoredSender => "ignored_sender",
        /// The recipient blocked the sender's domain, and does not follow the
        /// sender (Mastodon's domain block).
        BlockedDomain => "blocked_domain",
        /// The recipient does not follow the sender (Mastodon's "not following").
        NotFollowing => "not_following",
        /// The sender does not follow the recipient, or has for less than three
        /// days (Mastodon's "not a follower").
        NotFollower => "not_follower",
        /// The sender's account is younger than 30 days.
        NewAccount => "new_account",
        /// The platform's moderators limited the sender's account.
        LimitedSender => "limited_sender",
        /// An unsolicited private mention (Mastodon's "private mentions").
        PrivateMention => "private_mention",
        /// The sender's account is automated (a bot).
        BotSender => "bot_sender",
        /// Sender and recipient share fewer connections than the rule asks.
        FewMutualConnections => "few_mutual_connections",
        /// No rule applied; this is the policy's default action.
        DefaultAction => "default_action",
        /// The note hides a stock text or template behind look-alike or
        /// invisible characters, to pass as personal.
        DisguisedStockText => "disguised_stock_text",
        /// Many different senders pasted the same note lately (see
        /// [`MassNotes`](crate::MassNotes)).
        MassNote => "mass_note",
        /// The policy would follow up, but the recipient's follow-up budget
        /// is spent for now, so the request is held (see
        /// [`Budgeted`](crate::Budgeted)).
        FollowUpBudget => "follow_up_budget",
        /// A reason of the policy's own, named by the decision's
        /// [`CustomReason`] ([`Decision::custom_reason`]).
        Custom => "custom",
    }
}

impl Reason {
    /// A sentence that explains the reason to the recipient.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Reason::KnownSender.sentence(), "you know the sender");
    /// ```
    #[must_use]
    pub const fn sentence(self) -> &'static str {
        match self {
            Reason::KnownSender => "you know the sender",
            Reason::AcquaintedSender => "you have met the sender, if only briefly",
            Reason::Stranger => "you have not met the sender yet",
            Reason::PersonalNote => "the note says something specific to you",
            Reason::NoPersonalNote => {
                "the note is empty, a stock text or a generic template, which says nothing either way"
            }
            Reason::MutualConnections => "you share enough connections with the sender",
            Reason::UnfamiliarIntroduction => {
                "build rapport before passing on the request of someone you do not know well"
            }
            Reason::UnverifiedClaim => {
                "the sender claims a relationship you cannot confirm; platforms often force that choice"
            }
            Reason::OpenDoor => "every connection is a starting point",
            Reason::AllowedSender => "you allowed this sender",
            Reason::UserRule => "the sender matches one of your user rules",
            Reason::ServerRule => "the sender's server matches one of your server rules",
            Reason::IgnoredSender => "you ignore this sender",
            Reason::BlockedDomain => "you blocked the sender's domain",
            Reason::NotFollowing => "you do not follow the sender",
            Reason::NotFollower => "the sender does not follow you, or only since recently",
            Reason::NewAccount => "the sender's account is new",
            Reason::LimitedSender => "moderators limited the sender's account",
            Reason::PrivateMention => "the sender mentioned you privately, unasked",
            Reason::BotSender => "the sender's account is automated",
            Reason::FewMutualConnections => "you share few connections with the sender",
            Reason::DefaultAction => "no rule applied, so the default action stands",
            Reason::DisguisedStockText => {
                "the note disguises a stock text with look-alike or invisible characters"
            }
            Reason::MassNote => "many different senders pasted this same note lately",
            Reason::FollowUpBudget => {
                "you have handed out your follow-ups for now; the request waits for you"
            }
            Reason::Custom => "a rule of your own applied",
        }
    }

    const fn bit(self) -> u32 {
        1 << self as u8
    }
}

/// A policy's verdict on one request: an [`Action`] and the [`Reason`]s for
/// it, with the [`GreetingKind`] of the note when the policy looked at it.
///
/// `Copy` and allocation-free (16 bytes): the reasons are a bit set, yielded
/// by [`Decision::reasons`] in the order of [`Reason::ALL`]; a policy's own
/// reason is a `&'static` [`CustomReason`].
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Decision, Reason};
///
/// let decision = Decision::new(Action::FollowUp)
///     .with_reason(Reason::Stranger)
///     .with_reason(Reason::NoPersonalNote);
/// assert_eq!(decision.action(), Action::FollowUp);
/// assert!(decision.has_reason(Reason::Stranger));
/// assert_eq!(decision.reasons().collect::<Vec<_>>(), [Reason::Stranger, Reason::NoPersonalNote]);
/// assert_eq!(
///     decision.to_string(),
///     "follow_up: you have not met the sender yet; the note is empty, a stock text or a generic template, which says nothing either way",
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[must_use]
pub struct Decision {
    action: Action,
    greeting_kind: Option<GreetingKind>,
    reasons: u32,
    custom: Option<&'static CustomReason>,
}

impl Decision {
    /// A decision with no reasons yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision};
    ///
    /// assert_eq!(Decision::new(Action::Hold).reasons().count(), 0);
    /// ```
    pub const fn new(action: Action) -> Self {
        Self {
            action,
            greeting_kind: None,
            reasons: 0,
            custom: None,
        }
    }

    /// Adds a reason (adding one twice keeps one).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, Reason};
    ///
    /// let d = Decision::new(Action::Accept).with_reason(Reason::OpenDoor).with_reason(Reason::OpenDoor);
    /// assert_eq!(d.reasons().count(), 1);
    /// ```
    pub const fn with_reason(mut self, reason: Reason) -> Self {
        self.reasons |= reason.bit();
        self
    }

    /// Adds `reason` when `condition` holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, Reason};
    ///
    /// let d = Decision::new(Action::Accept).with_reason_if(false, Reason::OpenDoor);
    /// assert!(!d.has_reason(Reason::OpenDoor));
    /// ```
    pub const fn with_reason_if(self, condition: bool, reason: Reason) -> Self {
        if condition {
            self.with_reason(reason)
        } else {
            self
        }
    }

    /// The same reasons with another action.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, Reason};
    ///
    /// let d = Decision::new(Action::Accept).with_reason(Reason::Stranger).with_action(Action::Hold);
    /// assert_eq!(d.action(), Action::Hold);
    /// assert!(d.has_reason(Reason::Stranger));
    /// ```
    pub const fn with_action(mut self, action: Action) -> Self {
        self.action = action;
        self
    }

    /// Adds a reason of the policy's own: [`Reason::Custom`], named and
    /// explained by `reason` (a decision holds one; a second replaces the
    /// first).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, CustomReason, Decision, Reason};
    ///
    /// static COMPANY: CustomReason = CustomReason::new("company_domain", "the sender works at your company");
    /// let d = Decision::new(Action::Accept).with_custom_reason(&COMPANY);
    /// assert!(d.has_reason(Reason::Custom));
    /// assert_eq!(d.custom_reason().map(|r| r.id()), Some("company_domain"));
    /// assert_eq!(d.to_string(), "accept: the sender works at your company");
    /// ```
    pub const fn with_custom_reason(mut self, reason: &'static CustomReason) -> Self {
        self.custom = Some(reason);
        self.with_reason(Reason::Custom)
    }

    /// Records the kind of note the policy saw, so an application can show
    /// it without classifying the note again.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, GreetingKind};
    ///
    /// let d = Decision::new(Action::FollowUp).with_greeting_kind(GreetingKind::PlatformDefault);
    /// assert_eq!(d.greeting_kind(), Some(GreetingKind::PlatformDefault));
    /// ```
    pub const fn with_greeting_kind(mut self, kind: GreetingKind) -> Self {
        self.greeting_kind = Some(kind);
        self
    }

    /// The kind of note the policy saw; `None` when it decided without
    /// looking at the note (a known sender, enough mutual connections, a
    /// list rule, or a policy that never reads notes).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingKind, Hybrid, NetworkingPolicy, Request};
    ///
    /// let stranger = Request::connect("Ann").with_greeting("I'd like to add you to my LinkedIn network");
    /// assert_eq!(Hybrid::new().decide(&stranger).greeting_kind(), Some(GreetingKind::PlatformDefault));
    /// let friend = stranger.with_mutual_connections(8);
    /// assert_eq!(Hybrid::new().decide(&friend).greeting_kind(), None);
    /// ```
    #[must_use]
    pub const fn greeting_kind(&self) -> Option<GreetingKind> {
        self.greeting_kind
    }

    /// The policy's own reason, if it gave one ([`Reason::Custom`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision};
    ///
    /// assert!(Decision::new(Action::Accept).custom_reason().is_none());
    /// ```
    #[must_use]
    pub const fn custom_reason(&self) -> Option<&'static CustomReason> {
        self.custom
    }

    /// What to do.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision};
    ///
    /// assert_eq!(Decision::new(Action::Block).action(), Action::Block);
    /// ```
    #[must_use]
    pub const fn action(&self) -> Action {
        self.action
    }

    /// The reasons, in the order of [`Reason::ALL`].
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, Reason};
    ///
    /// let d = Decision::new(Action::Accept).with_reason(Reason::OpenDoor).with_reason(Reason::KnownSender);
    /// assert_eq!(d.reasons().collect::<Vec<_>>(), [Reason::KnownSender, Reason::OpenDoor]);
    /// ```
    pub fn reasons(&self) -> Reasons {
        Reasons {
            remaining: self.reasons,
        }
    }

    /// Whether `reason` is among the reasons.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, Reason};
    ///
    /// assert!(!Decision::new(Action::Accept).has_reason(Reason::OpenDoor));
    /// ```
    #[must_use]
    pub const fn has_reason(&self, reason: Reason) -> bool {
        self.reasons & reason.bit() != 0
    }
}

impl fmt::Display for Decision {
    /// `action: reason; reason` (just the action when there is no reason).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.action)?;
        for (i, reason) in self.reasons().enumerate() {
            f.write_str(if i == 0 { ": " } else { "; " })?;
            match (reason, self.custom) {
                (Reason::Custom, Some(custom)) => f.write_str(custom.sentence())?,
                _ => f.write_str(reason.sentence())?,
            }
        }
        Ok(())
    }
}

/// A reason of a policy's own, for [`Decision::with_custom_reason`]: an
/// identifier for programs and logs, and a sentence for the recipient.
///
/// Declared once as a `static` (or `const`), so a decision carries a
/// pointer to it and stays `Copy` and allocation-free. In a
/// [`Tally`](crate::Tally) every custom reason counts as
/// [`Reason::Custom`].
///
/// # Examples
///
/// ```
/// use opendoor::CustomReason;
///
/// static ALUMNI: CustomReason = CustomReason::new("alumni", "the sender studied where you did");
/// assert_eq!(ALUMNI.id(), "alumni");
/// assert_eq!(ALUMNI.to_string(), "the sender studied where you did");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomReason {
    id: &'static str,
    sentence: &'static str,
}

impl CustomReason {
    /// A reason named `id` (snake_case by convention) that explains itself
    /// with `sentence`.
    ///
    /// # Examples
    ///
    /// ```
    /// const VIP: opendoor::CustomReason = opendoor::CustomReason::new("vip", "you marked the sender as a VIP");
    /// assert_eq!(VIP.sentence(), "you marked the sender as a VIP");
    /// ```
    #[must_use]
    pub const fn new(id: &'static str, sentence: &'static str) -> Self {
        CustomReason { id, sentence }
    }

    /// The identifier.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::CustomReason::new("vip", "a VIP").id(), "vip");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The sentence for the recipient.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::CustomReason::new("vip", "a VIP").sentence(), "a VIP");
    /// ```
    #[must_use]
    pub const fn sentence(&self) -> &'static str {
        self.sentence
    }
}

impl fmt::Display for CustomReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.sentence)
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Action, Decision, GreetingKind, Reason};
    use serde::ser::SerializeStruct;

    /// Serialized as `{"action": "...", "reasons": ["...", ...]}`, with
    /// `"greeting_kind"` when the policy saw the note and `"custom_reason"`
    /// (the [`CustomReason`](super::CustomReason) id) when it gave one.
    /// Reading keeps the greeting kind; a custom reason reads back as
    /// [`Reason::Custom`] without its id (a decision holds a `&'static` one).
    impl serde::Serialize for Decision {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            struct Reasons(super::Reasons);
            impl serde::Serialize for Reasons {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.collect_seq(self.0)
                }
            }
            let mut state = serializer.serialize_struct("Decision", 4)?;
            state.serialize_field("action", &self.action())?;
            state.serialize_field("reasons", &Reasons(self.reasons()))?;
            match self.greeting_kind {
                Some(kind) => state.serialize_field("greeting_kind", &kind)?,
                None => state.skip_field("greeting_kind")?,
            }
            match self.custom {
                Some(custom) => state.serialize_field("custom_reason", custom.id())?,
                None => state.skip_field("custom_reason")?,
            }
            state.end()
        }
    }

    impl<'de> serde::Deserialize<'de> for Decision {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            #[derive(serde::Deserialize)]
            #[serde(deny_unknown_fields)]
            struct Repr {
                action: Action,
                #[serde(default)]
                reasons: Vec<Reason>,
                #[serde(default)]
                greeting_kind: Option<GreetingKind>,
                #[serde(default, rename = "custom_reason")]
                _custom_reason: Option<serde::de::IgnoredAny>,
            }
            let repr = Repr::deserialize(deserializer)?;
            let decision = Decision {
                greeting_kind: repr.greeting_kind,
                ..Decision::new(repr.action)
            };
            Ok(repr
                .reasons
                .into_iter()
                .fold(decision, Decision::with_reason))
        }
    }
}

/// Iterator over a [`Decision`]'s reasons, from [`Decision::reasons`].
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Decision, Reason};
///
/// let mut reasons = Decision::new(Action::Accept).with_reason(Reason::OpenDoor).reasons();
/// assert_eq!(reasons.len(), 1);
/// assert_eq!(reasons.next(), Some(Reason::OpenDoor));
/// assert_eq!(reasons.next(), None);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Reasons {
    remaining: u32,
}

impl Iterator for Reasons {
    type Item = Reason;

    fn next(&mut self) -> Option<Reason> {
        if self.remaining == 0 {
            return None;
        }
        let index = self.remaining.trailing_zeros() as usize;
        self.remaining &= self.remaining - 1;
        Reason::ALL.get(index).copied()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.remaining.count_ones() as usize;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Reasons {}
impl std::iter::FusedIterator for Reasons {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reason_bits_follow_declaration_order() {
        for (i, r) in Reason::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i, "{r:?} is out of order in Reason::ALL");
            assert_eq!(r.as_str().parse::<Reason>().unwrap(), *r);
        }
        assert!(Reason::ALL.len() <= 32, "reasons must fit the u32 bit set");
    }

    #[test]
    fn actions_are_ordered_by_severity() {
        assert!(Action::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_decision_stays_small() {
        assert!(std::mem::size_of::<Decision>() <= 16);
    }

    #[test]
    fn decision_without_reasons_displays_the_action() {
        assert_eq!(Decision::new(Action::Ignore).to_string(), "ignore");
    }
}
