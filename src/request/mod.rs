//! The incoming request and the signals a policy may weigh.
//!
//! A [`Request`] carries two kinds of information that must not be confused:
//! what the *sender claims* ([`Relationship`], the [`Greeting`] they wrote or
//! the platform wrote for them) and what the *recipient knows*
//! ([`Familiarity`], mutual connections, account age, supplied by the
//! embedding application). Policies trust the second kind and treat the first
//! as a hint: platforms often force a relationship choice and pre-fill the
//! note, so neither is evidence, and neither is a lie.

mod greeting;
mod relationship;

pub use greeting::Greeting;
pub use relationship::{Familiarity, Relationship};

/// A connection, follow, friend or introduction request, as one recipient
/// received it.
///
/// Built with [`Request::connect`] or [`Request::introduction`] and by-value
/// `with_*` setters; every signal has a conservative default (a stranger with
/// no note, no claim and no mutual connections).
///
/// # Examples
///
/// ```
/// use opendoor::{Familiarity, Relationship, Request, RequestKind};
///
/// let request = Request::connect("Ada Lovelace")
///     .with_greeting("I'd like to add you to my LinkedIn network")
///     .with_claim(Relationship::Friend)
///     .with_mutual_connections(4);
///
/// assert_eq!(request.sender(), "Ada Lovelace");
/// assert_eq!(request.kind(), &RequestKind::Connect);
/// assert_eq!(request.familiarity(), Familiarity::Stranger);
/// assert_eq!(request.mutual_connections(), 4);
/// assert_eq!(request.account_age_days(), None);
/// ```
///
/// # JSON (feature `serde`)
///
/// One object per request; only `sender` is required, and a missing field
/// or `null` takes the default, as exporters write it. Unknown fields are
/// errors. The `claim` and `familiarity` enumerations read any case and
/// the platforms' own words (`"We've done business together"`); they are
/// written in snake_case. `kind` is read exactly as the table writes it.
///
/// | field | type | default |
/// |---|---|---|
/// | `sender` | string | required |
/// | `kind` | `"connect"` or `{"introduction": {"to": "…"}}` | `"connect"` |
/// | `greeting` | string | no note |
/// | `claim` | [`Relationship`] | `"unspecified"` |
/// | `familiarity` | [`Familiarity`] | `"stranger"` |
/// | `mutual_connections` | whole number | `0` |
/// | `account_age_days`, `follows_you_since_days` | whole number | unknown / not following |
/// | `limited_sender`, `private_mention`, `bot_sender` | bool | `false` |
/// | `server` | string | unknown |
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use opendoor::{Relationship, Request};
///
/// let line = r#"{"sender": "Ann Lee", "greeting": null, "claim": "Friend", "mutual_connections": null, "account_age_days": 400}"#;
/// let request: Request = serde_json::from_str(line).unwrap();
/// assert_eq!(request.claim(), Relationship::Friend);
/// assert!(request.greeting().is_empty());
/// assert_eq!(request.mutual_connections(), 0);
/// assert_eq!(request.account_age_days(), Some(400));
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Request {
    sender: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "null_as_default")
    )]
    kind: RequestKind,
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "null_as_default")
    )]
    greeting: Greeting,
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "null_as_default")
    )]
    claim: Relationship,
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "null_as_default")
    )]
    familiarity: Familiarity,
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "null_as_default")
    )]
    mutual_connections: u32,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    account_age_days: Option<u32>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    follows_you_since_days: Option<u32>,
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            deserialize_with = "null_as_default",
            skip_serializing_if = "is_false"
        )
    )]
    limited_sender: bool,
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            deserialize_with = "null_as_default",
            skip_serializing_if = "is_false"
        )
    )]
    private_mention: bool,
    #[cfg_attr(
        feature = "serde",
        serde(
            default,
            deserialize_with = "null_as_default",
            skip_serializing_if = "is_false"
        )
    )]
    bot_sender: bool,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    server: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    mass_senders: Option<u32>,
}

#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_false(value: &bool) -> bool {
    !*value
}

/// One row's values for [`Request::refill`]: what the columnar kernels read
/// from a record batch.
#[cfg(feature = "arrow")]
#[derive(Debug, Default)]
pub(crate) struct RequestRow<'a> {
    pub(crate) sender: &'a str,
    pub(crate) greeting: &'a str,
    pub(crate) introduction_to: Option<&'a str>,
    pub(crate) claim: Relationship,
    pub(crate) familiarity: Familiarity,
    pub(crate) mutual_connections: u32,
    pub(crate) account_age_days: Option<u32>,
    pub(crate) follows_you_since_days: Option<u32>,
    pub(crate) limited_sender: bool,
    pub(crate) private_mention: bool,
    pub(crate) bot_sender: bool,
    pub(crate) server: Option<&'a str>,
    pub(crate) mass_senders: Option<u32>,
}

#[cfg(feature = "arrow")]
impl Request {
    /// Makes this request the one `row` describes, reusing its strings (and
    /// `spare`, a string kept between rows for the introduction target and
    /// the server), so that a batch of rows costs no allocation per row
    /// once the strings have grown.
    pub(crate) fn refill(&mut self, row: &RequestRow<'_>, spare: &mut [String; 2]) {
        fn reuse(slot: &mut Option<String>, value: Option<&str>, spare: &mut String) {
            match (slot.as_mut(), value) {
                (Some(text), Some(value)) => {
                    text.clear();
                    text.push_str(value);
                }
                (None, Some(value)) => {
                    let mut text = std::mem::take(spare);
                    text.clear();
                    text.push_str(value);
                    *slot = Some(text);
                }
                (Some(_), None) => *spare = slot.take().unwrap_or_default(),
                (None, None) => {}
            }
        }
        self.sender.clear();
        self.sender.push_str(row.sender);
        self.greeting.set(row.greeting);
        let [to_spare, server_spare] = spare;
        let mut to = match std::mem::take(&mut self.kind) {
            RequestKind::Introduction { to } => Some(to),
            RequestKind::Connect => None,
        };
        reuse(&mut to, row.introduction_to, to_spare);
        self.kind = to.map_or(RequestKind::Connect, |to| RequestKind::Introduction { to });
        reuse(&mut self.server, row.server, server_spare);
        self.claim = row.claim;
        self.familiarity = row.familiarity;
        self.mutual_connections = row.mutual_connections;
        self.account_age_days = row.account_age_days;
        self.follows_you_since_days = row.follows_you_since_days;
        self.limited_sender = row.limited_sender;
        self.private_mention = row.private_mention;
        self.bot_sender = row.bot_sender;
        self.mass_senders = row.mass_senders;
    }
}

/// Reads `null` as the field's default, as a missing field reads.
#[cfg(feature = "serde")]
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de> + Default,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Option::unwrap_or_default)
}

impl Request {
    /// A request to connect with, follow or befriend the recipient.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Request, RequestKind};
    ///
    /// let request = Request::connect("Grace");
    /// assert!(request.kind().is_connect());
    /// assert!(request.greeting().is_empty());
    /// ```
    #[must_use]
    pub fn connect(sender: impl Into<String>) -> Self {
        Self::new(sender.into(), RequestKind::Connect)
    }

    /// A request to be passed on (introduced) to one of the recipient's
    /// contacts, `to`.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Request, RequestKind};
    ///
    /// let request = Request::introduction("Grace", "Alan");
    /// assert_eq!(request.kind(), &RequestKind::Introduction { to: "Alan".into() });
    /// ```
    #[must_use]
    pub fn introduction(sender: impl Into<String>, to: impl Into<String>) -> Self {
        Self::new(sender.into(), RequestKind::Introduction { to: to.into() })
    }

    fn new(sender: String, kind: RequestKind) -> Self {
        Self {
            sender,
            kind,
            greeting: Greeting::none(),
            claim: Relationship::Unspecified,
            familiarity: Familiarity::Stranger,
            mutual_connections: 0,
            account_age_days: None,
            follows_you_since_days: None,
            limited_sender: false,
            private_mention: false,
            bot_sender: false,
            server: None,
            mass_senders: None,
        }
    }

    /// Sets the note attached to the request (default: none).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// let request = Request::connect("Grace").with_greeting("Loved your talk on COBOL!");
    /// assert_eq!(request.greeting().as_str(), "Loved your talk on COBOL!");
    /// ```
    #[must_use]
    pub fn with_greeting(mut self, greeting: impl Into<Greeting>) -> Self {
        self.greeting = greeting.into();
        self
    }

    /// Sets the relationship the sender claims (default:
    /// [`Relationship::Unspecified`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Relationship, Request};
    ///
    /// let request = Request::connect("Grace").with_claim(Relationship::Colleague);
    /// assert_eq!(request.claim(), Relationship::Colleague);
    /// ```
    #[must_use]
    pub fn with_claim(mut self, claim: Relationship) -> Self {
        self.claim = claim;
        self
    }

    /// Sets what the recipient knows of the sender (default:
    /// [`Familiarity::Stranger`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Familiarity, Request};
    ///
    /// let request = Request::connect("Grace").with_familiarity(Familiarity::Known);
    /// assert_eq!(request.familiarity(), Familiarity::Known);
    /// ```
    #[must_use]
    pub fn with_familiarity(mut self, familiarity: Familiarity) -> Self {
        self.familiarity = familiarity;
        self
    }

    /// Sets how many connections sender and recipient share (default: 0).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// assert_eq!(Request::connect("Grace").with_mutual_connections(12).mutual_connections(), 12);
    /// ```
    #[must_use]
    pub fn with_mutual_connections(mut self, count: u32) -> Self {
        self.mutual_connections = count;
        self
    }

    /// Sets the age of the sender's account in days (default: unknown).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// assert_eq!(Request::connect("Grace").with_account_age_days(3).account_age_days(), Some(3));
    /// ```
    #[must_use]
    pub fn with_account_age_days(mut self, days: u32) -> Self {
        self.account_age_days = Some(days);
        self
    }

    /// Sets for how many days the sender has followed the recipient (default:
    /// the sender does not follow the recipient). Mastodon's "not a
    /// follower" criterion counts a follow of less than 3 days as none.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// let request = Request::connect("@ann@example.social").with_follows_you_since_days(10);
    /// assert_eq!(request.follows_you_since_days(), Some(10));
    /// ```
    #[must_use]
    pub fn with_follows_you_since_days(mut self, days: u32) -> Self {
        self.follows_you_since_days = Some(days);
        self
    }

    /// Marks the sender as limited (silenced) by the platform's moderators
    /// (default: `false`).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// assert!(Request::connect("spammer").with_limited_sender(true).is_limited_sender());
    /// ```
    #[must_use]
    pub fn with_limited_sender(mut self, limited: bool) -> Self {
        self.limited_sender = limited;
        self
    }

    /// Marks the request as an unsolicited private mention: a direct message
    /// that is not a reply to one of the recipient's (default: `false`).
    /// Mastodon filters these from people the recipient does not follow.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// assert!(Request::connect("@ann@example.social").with_private_mention(true).is_private_mention());
    /// ```
    #[must_use]
    pub fn with_private_mention(mut self, private_mention: bool) -> Self {
        self.private_mention = private_mention;
        self
    }

    /// Marks the sender's account as automated, a bot (default: `false`).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// assert!(Request::connect("@news@example.social").with_bot_sender(true).is_bot_sender());
    /// ```
    #[must_use]
    pub fn with_bot_sender(mut self, bot: bool) -> Self {
        self.bot_sender = bot;
        self
    }

    /// Sets the sender's home server or domain (default: unknown; for a
    /// Matrix user ID such as `@ann:example.org`, rules read the server from
    /// the ID).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// let request = Request::connect("ann").with_server("example.org");
    /// assert_eq!(request.server(), Some("example.org"));
    /// ```
    #[must_use]
    pub fn with_server(mut self, server: impl Into<String>) -> Self {
        self.server = Some(server.into());
        self
    }

    /// Sets how many different senders pasted this request's note lately
    /// (default: unknown), as a [`MassNotes`](crate::MassNotes) tracker
    /// counts them ([`MassCount::senders`](crate::MassCount::senders));
    /// [`Rules`](crate::Rules)' `mass_note` criterion acts on it.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Request;
    ///
    /// let request = Request::connect("ann").with_mass_senders(120);
    /// assert_eq!(request.mass_senders(), Some(120));
    /// ```
    #[must_use]
    pub fn with_mass_senders(mut self, senders: u32) -> Self {
        self.mass_senders = Some(senders);
        self
    }

    /// The sender's display name or handle, as the platform gave it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Request::connect("Grace").sender(), "Grace");
    /// ```
    #[must_use]
    pub fn sender(&self) -> &str {
        &self.sender
    }

    /// What is being asked: a connection, or an introduction to someone.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(opendoor::Request::connect("Grace").kind().is_connect());
    /// ```
    #[must_use]
    pub fn kind(&self) -> &RequestKind {
        &self.kind
    }

    /// The note attached to the request; [`Greeting::none`] when there is none.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(opendoor::Request::connect("Grace").greeting().is_empty());
    /// ```
    #[must_use]
    pub fn greeting(&self) -> &Greeting {
        &self.greeting
    }

    /// The relationship the sender claims. A claim, not evidence.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Relationship, Request};
    ///
    /// assert_eq!(Request::connect("Grace").claim(), Relationship::Unspecified);
    /// ```
    #[must_use]
    pub fn claim(&self) -> Relationship {
        self.claim
    }

    /// What the recipient knows of the sender.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Familiarity, Request};
    ///
    /// assert_eq!(Request::connect("Grace").familiarity(), Familiarity::Stranger);
    /// ```
    #[must_use]
    pub fn familiarity(&self) -> Familiarity {
        self.familiarity
    }

    /// How many connections sender and recipient share.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Request::connect("Grace").mutual_connections(), 0);
    /// ```
    #[must_use]
    pub fn mutual_connections(&self) -> u32 {
        self.mutual_connections
    }

    /// The age of the sender's account in days, when the platform tells it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Request::connect("Grace").account_age_days(), None);
    /// ```
    #[must_use]
    pub fn account_age_days(&self) -> Option<u32> {
        self.account_age_days
    }

    /// For how many days the sender has followed the recipient, if they do.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Request::connect("Grace").follows_you_since_days(), None);
    /// ```
    #[must_use]
    pub fn follows_you_since_days(&self) -> Option<u32> {
        self.follows_you_since_days
    }

    /// Whether the platform's moderators limited the sender.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!opendoor::Request::connect("Grace").is_limited_sender());
    /// ```
    #[must_use]
    pub fn is_limited_sender(&self) -> bool {
        self.limited_sender
    }

    /// Whether the request is an unsolicited private mention.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!opendoor::Request::connect("Grace").is_private_mention());
    /// ```
    #[must_use]
    pub fn is_private_mention(&self) -> bool {
        self.private_mention
    }

    /// Whether the sender's account is automated.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!opendoor::Request::connect("Grace").is_bot_sender());
    /// ```
    #[must_use]
    pub fn is_bot_sender(&self) -> bool {
        self.bot_sender
    }

    /// The sender's home server or domain, when known.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Request::connect("Grace").server(), None);
    /// ```
    #[must_use]
    pub fn server(&self) -> Option<&str> {
        self.server.as_deref()
    }

    /// How many different senders pasted this request's note lately, when
    /// known (see [`Request::with_mass_senders`]).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Request::connect("Grace").mass_senders(), None);
    /// ```
    #[must_use]
    pub fn mass_senders(&self) -> Option<u32> {
        self.mass_senders
    }

    /// Whether the sender is a [`Familiarity::Stranger`] who claims a specific
    /// relationship ([`Relationship::is_specific`]).
    ///
    /// Such a claim is usually the platform's forced choice, so built-in
    /// policies report it ([`Reason::UnverifiedClaim`](crate::Reason::UnverifiedClaim))
    /// but never act on it.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Relationship, Request};
    ///
    /// assert!(Request::connect("Grace").with_claim(Relationship::Friend).has_unverified_claim());
    /// assert!(!Request::connect("Grace").with_claim(Relationship::Other).has_unverified_claim());
    /// ```
    #[must_use]
    pub fn has_unverified_claim(&self) -> bool {
        self.familiarity == Familiarity::Stranger && self.claim.is_specific()
    }
}

/// What a [`Request`] asks for.
///
/// # Examples
///
/// ```
/// use opendoor::RequestKind;
///
/// let kind = RequestKind::Introduction { to: "Alan".to_owned() };
/// assert!(kind.is_introduction());
/// assert_eq!(kind.introduction_to(), Some("Alan"));
/// assert_eq!(RequestKind::default(), RequestKind::Connect);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[non_exhaustive]
pub enum RequestKind {
    /// Connect with, follow or befriend the recipient.
    #[default]
    Connect,
    /// Be passed on to one of the recipient's contacts.
    Introduction {
        /// The contact the sender wants to reach through the recipient.
        to: String,
    },
}

impl RequestKind {
    /// Whether this is [`RequestKind::Connect`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(opendoor::RequestKind::Connect.is_connect());
    /// ```
    #[must_use]
    pub fn is_connect(&self) -> bool {
        matches!(self, Self::Connect)
    }

    /// Whether this is [`RequestKind::Introduction`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!opendoor::RequestKind::Connect.is_introduction());
    /// ```
    #[must_use]
    pub fn is_introduction(&self) -> bool {
        matches!(self, Self::Introduction { .. })
    }

    /// The contact an introduction is for, if this is one.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::RequestKind::Connect.introduction_to(), None);
    /// ```
    #[must_use]
    pub fn introduction_to(&self) -> Option<&str> {
        match self {
            Self::Introduction { to } => Some(to),
            Self::Connect => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_conservative() {
        let r = Request::connect("x");
        assert_eq!(r.familiarity(), Familiarity::Stranger);
        assert_eq!(r.claim(), Relationship::Unspecified);
        assert_eq!(r.mutual_connections(), 0);
        assert!(!r.has_unverified_claim());
    }

    #[test]
    fn only_strangers_make_unverified_claims() {
        let r = Request::connect("x").with_claim(Relationship::Colleague);
        assert!(r.has_unverified_claim());
        assert!(
            !r.with_familiarity(Familiarity::Acquainted)
                .has_unverified_claim()
        );
    }
}
