//! Policies as data: a [`PolicyConfig`] describes any built-in policy with
//! all its knobs, so policies can live in configuration files (with the
//! `serde` feature) and be compared without recompiling.
//!
//! The crate is format-agnostic: any serde format works. In JSON:
//!
//! ```json
//! {"policy": "hybrid", "min_mutual_connections": 3, "strangers": "ignore"}
//! ```
//!
//! Unknown fields, unknown policies and unknown actions are errors that name
//! them; so are numbers out of range, which name their field. MSC4155 glob
//! lists follow Synapse instead: entries that are not strings, empty, or
//! longer than 255 bytes are skipped, not errors.

use crate::{Action, Closed, Error, Hybrid, NetworkingPolicy, Open, Rules, RulesBuilder};

/// A built-in policy described as data. Serialised (feature `serde`) with a
/// `"policy"` tag and fields named like the builder knobs; missing fields
/// take the builder defaults.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Hybrid, HybridConfig, NetworkingPolicy, PolicyConfig, Request};
///
/// let mut hybrid = HybridConfig::default();
/// hybrid.min_mutual_connections = 3;
/// hybrid.strangers = Action::Ignore;
/// let policy = PolicyConfig::Hybrid(hybrid).build()?;
/// assert_eq!(policy.decide(&Request::connect("Ann")).action(), Action::Ignore);
/// assert_eq!(PolicyConfig::from(&Hybrid::new()), PolicyConfig::Hybrid(HybridConfig::default()));
/// # Ok::<(), opendoor::Error>(())
/// ```
///
/// From JSON (feature `serde`):
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use opendoor::PolicyConfig;
///
/// let config: PolicyConfig = serde_json::from_str(r#"{"policy": "open"}"#).unwrap();
/// assert_eq!(config, PolicyConfig::Open {});
/// let err = serde_json::from_str::<PolicyConfig>(r#"{"policy": "hybrid", "strangerz": "ignore"}"#).unwrap_err();
/// assert!(err.to_string().contains("unknown field `strangerz`"));
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
// Read through a flat record rather than serde's internally tagged enums,
// which buffer the input and lose the line and column of errors.
#[cfg_attr(
    feature = "serde",
    serde(tag = "policy", rename_all = "snake_case", try_from = "raw::RawConfig")
)]
#[non_exhaustive]
pub enum PolicyConfig {
    /// [`Open`]: no knobs.
    Open {},
    /// [`Closed`]: no knobs.
    Closed {},
    /// [`Hybrid`] and its knobs.
    Hybrid(HybridConfig),
    /// [`Rules`] and its knobs.
    Rules(RulesConfig),
}

impl PolicyConfig {
    /// The policy this describes.
    ///
    /// # Errors
    ///
    /// None today: every described policy can be built. The `Result` leaves
    /// room for knobs that can be wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, NetworkingPolicy, PolicyConfig, Request};
    ///
    /// let closed = PolicyConfig::Closed {}.build()?;
    /// assert_eq!(closed.decide(&Request::connect("Ann")).action(), Action::Ignore);
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    pub fn build(&self) -> Result<Box<dyn NetworkingPolicy + Send + Sync>, Error> {
        Ok(match self {
            PolicyConfig::Open {} => Box::new(Open::new()),
            PolicyConfig::Closed {} => Box::new(Closed::new()),
            PolicyConfig::Hybrid(config) => Box::new(config.to_policy()),
            PolicyConfig::Rules(config) => Box::new(config.to_policy()),
        })
    }

    /// The policy's name as the `"policy"` tag spells it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::PolicyConfig::Open {}.name(), "open");
    /// ```
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            PolicyConfig::Open {} => "open",
            PolicyConfig::Closed {} => "closed",
            PolicyConfig::Hybrid(_) => "hybrid",
            PolicyConfig::Rules(_) => "rules",
        }
    }
}

impl From<&Open> for PolicyConfig {
    fn from(_: &Open) -> Self {
        PolicyConfig::Open {}
    }
}

impl From<&Closed> for PolicyConfig {
    fn from(_: &Closed) -> Self {
        PolicyConfig::Closed {}
    }
}

impl From<&Hybrid> for PolicyConfig {
    fn from(hybrid: &Hybrid) -> Self {
        PolicyConfig::Hybrid(HybridConfig {
            min_mutual_connections: hybrid.min_mutual_connections(),
            accept_personal_notes: hybrid.accepts_personal_notes(),
            strangers: hybrid.strangers(),
            unfamiliar_introductions: hybrid.unfamiliar_introductions(),
        })
    }
}

impl From<&Rules> for PolicyConfig {
    fn from(rules: &Rules) -> Self {
        PolicyConfig::Rules(RulesConfig::from(rules))
    }
}

/// The knobs of [`Hybrid`]; `Default` is Hybrid's defaults. The detector is
/// the built-in one. Non-exhaustive so knobs can be added: start from
/// `default()` and set fields.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, HybridConfig};
///
/// let mut config = HybridConfig::default();
/// config.strangers = Action::Hold;
/// assert_eq!(config.to_policy().strangers(), Action::Hold);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct HybridConfig {
    /// See [`HybridBuilder::min_mutual_connections`](crate::HybridBuilder::min_mutual_connections).
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "numbers::min_mutual_connections")
    )]
    pub min_mutual_connections: u32,
    /// See [`HybridBuilder::accept_personal_notes`](crate::HybridBuilder::accept_personal_notes).
    pub accept_personal_notes: bool,
    /// See [`HybridBuilder::strangers`](crate::HybridBuilder::strangers).
    pub strangers: Action,
    /// See [`HybridBuilder::unfamiliar_introductions`](crate::HybridBuilder::unfamiliar_introductions).
    pub unfamiliar_introductions: Action,
}

impl HybridConfig {
    /// The [`Hybrid`] policy with these knobs.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::HybridConfig::default().to_policy().min_mutual_connections(), 1);
    /// ```
    #[must_use]
    pub fn to_policy(&self) -> Hybrid {
        Hybrid::builder()
            .min_mutual_connections(self.min_mutual_connections)
            .accept_personal_notes(self.accept_personal_notes)
            .strangers(self.strangers)
            .unfamiliar_introductions(self.unfamiliar_introductions)
            .build()
    }
}

impl Default for HybridConfig {
    fn default() -> Self {
        HybridConfig {
            min_mutual_connections: 1,
            accept_personal_notes: true,
            strangers: Action::FollowUp,
            unfamiliar_introductions: Action::FollowUp,
        }
    }
}

/// The knobs of [`Rules`]; `Default` is the defaults of [`Rules::new`]. See
/// [`Rules`] for what each criterion means and the precedence.
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
/// let _rules = mastodon.to_policy();
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct RulesConfig {
    /// Senders (exact IDs) always accepted.
    pub allowed_senders: Vec<String>,
    /// MSC4155 `allowed_users` globs.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "globs::lenient"))]
    pub allowed_users: Vec<String>,
    /// MSC4155 `ignored_users` globs.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "globs::lenient"))]
    pub ignored_users: Vec<String>,
    /// MSC4155 `blocked_users` globs.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "globs::lenient"))]
    pub blocked_users: Vec<String>,
    /// MSC4155 `allowed_servers` globs.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "globs::lenient"))]
    pub allowed_servers: Vec<String>,
    /// MSC4155 `ignored_servers` globs.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "globs::lenient"))]
    pub ignored_servers: Vec<String>,
    /// MSC4155 `blocked_servers` globs.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "globs::lenient"))]
    pub blocked_servers: Vec<String>,
    /// Mastodon's "people you don't follow".
    pub not_following: Action,
    /// Mastodon's "people not following you".
    pub not_follower: Action,
    /// Mastodon's "new accounts".
    pub new_account: Action,
    /// Mastodon's "moderated accounts".
    pub limited: Action,
    /// Strangers with no personal note and too few mutual connections.
    pub strangers: Action,
    /// An empty note.
    pub empty_note: Action,
    /// The platform's stock text.
    pub platform_default_note: Action,
    /// A generic template.
    pub generic_template_note: Action,
    /// Fewer than `min_mutual_connections` mutual connections.
    pub few_mutual_connections: Action,
    /// The threshold of `strangers` and `few_mutual_connections`.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "numbers::min_mutual_connections")
    )]
    pub min_mutual_connections: u32,
    /// A stranger's specific relationship claim.
    pub unverified_claim: Action,
    /// Introduction requests.
    pub unfamiliar_introductions: Action,
    /// The action when nothing trips.
    pub otherwise: Action,
}

impl RulesConfig {
    /// The [`Rules`] with these knobs.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::RulesConfig::default().to_policy().otherwise(), opendoor::Action::Accept);
    /// ```
    #[must_use]
    pub fn to_policy(&self) -> Rules {
        Rules::builder()
            .allowed_senders(self.allowed_senders.iter().cloned())
            .allowed_users(self.allowed_users.iter().cloned())
            .ignored_users(self.ignored_users.iter().cloned())
            .blocked_users(self.blocked_users.iter().cloned())
            .allowed_servers(self.allowed_servers.iter().cloned())
            .ignored_servers(self.ignored_servers.iter().cloned())
            .blocked_servers(self.blocked_servers.iter().cloned())
            .not_following(self.not_following)
            .not_follower(self.not_follower)
            .new_account(self.new_account)
            .limited(self.limited)
            .strangers(self.strangers)
            .empty_note(self.empty_note)
            .platform_default_note(self.platform_default_note)
            .generic_template_note(self.generic_template_note)
            .few_mutual_connections(self.few_mutual_connections)
            .min_mutual_connections(self.min_mutual_connections)
            .unverified_claim(self.unverified_claim)
            .unfamiliar_introductions(self.unfamiliar_introductions)
            .otherwise(self.otherwise)
            .build()
    }
}

impl Default for RulesConfig {
    fn default() -> Self {
        RulesConfig::from(&RulesBuilder::new().build())
    }
}

impl From<&Rules> for RulesConfig {
    fn from(rules: &Rules) -> Self {
        let invites = &rules.invites;
        RulesConfig {
            allowed_senders: rules.allowed_senders.clone(),
            allowed_users: invites.allowed_users.globs().to_vec(),
            ignored_users: invites.ignored_users.globs().to_vec(),
            blocked_users: invites.blocked_users.globs().to_vec(),
            allowed_servers: invites.allowed_servers.globs().to_vec(),
            ignored_servers: invites.ignored_servers.globs().to_vec(),
            blocked_servers: invites.blocked_servers.globs().to_vec(),
            not_following: rules.not_following,
            not_follower: rules.not_follower,
            new_account: rules.new_account,
            limited: rules.limited,
            strangers: rules.strangers,
            empty_note: rules.empty_note,
            platform_default_note: rules.platform_default_note,
            generic_template_note: rules.generic_template_note,
            few_mutual_connections: rules.few_mutual_connections,
            min_mutual_connections: rules.min_mutual_connections,
            unverified_claim: rules.unverified_claim,
            unfamiliar_introductions: rules.unfamiliar_introductions,
            otherwise: rules.otherwise,
        }
    }
}

#[cfg(feature = "serde")]
mod raw {
    use super::{HybridConfig, PolicyConfig, RulesConfig};
    use crate::Action;

    #[derive(serde::Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(super) enum PolicyName {
        Open,
        Closed,
        Hybrid,
        Rules,
    }

    /// Declares the flat record of every knob of every policy, and which
    /// policies each knob applies to.
    macro_rules! raw_config {
        ($($(#[$attr:meta])* $field:ident: $ty:ty => [$($policy:ident),+],)+) => {
            /// Every knob of every policy, each optional, read in one
            /// streaming pass so errors keep their position.
            #[derive(serde::Deserialize)]
            #[serde(deny_unknown_fields)]
            pub(super) struct RawConfig {
                policy: PolicyName,
                $($(#[$attr])* #[serde(default)] $field: Option<$ty>,)+
            }

            impl RawConfig {
                /// The first knob given that does not apply to the policy.
                fn misplaced(&self) -> Option<&'static str> {
                    $(
                        if self.$field.is_some()
                            && !matches!(self.policy, $(PolicyName::$policy)|+)
                        {
                            return Some(stringify!($field));
                        }
                    )+
                    None
                }
            }
        };
    }

    raw_config! {
        #[serde(deserialize_with = "super::numbers::optional_min_mutual_connections")]
        min_mutual_connections: u32 => [Hybrid, Rules],
        accept_personal_notes: bool => [Hybrid],
        strangers: Action => [Hybrid, Rules],
        unfamiliar_introductions: Action => [Hybrid, Rules],
        allowed_senders: Vec<String> => [Rules],
        #[serde(deserialize_with = "super::globs::optional")]
        allowed_users: Vec<String> => [Rules],
        #[serde(deserialize_with = "super::globs::optional")]
        ignored_users: Vec<String> => [Rules],
        #[serde(deserialize_with = "super::globs::optional")]
        blocked_users: Vec<String> => [Rules],
        #[serde(deserialize_with = "super::globs::optional")]
        allowed_servers: Vec<String> => [Rules],
        #[serde(deserialize_with = "super::globs::optional")]
        ignored_servers: Vec<String> => [Rules],
        #[serde(deserialize_with = "super::globs::optional")]
        blocked_servers: Vec<String> => [Rules],
        not_following: Action => [Rules],
        not_follower: Action => [Rules],
        new_account: Action => [Rules],
        limited: Action => [Rules],
        empty_note: Action => [Rules],
        platform_default_note: Action => [Rules],
        generic_template_note: Action => [Rules],
        few_mutual_connections: Action => [Rules],
        unverified_claim: Action => [Rules],
        otherwise: Action => [Rules],
    }

    impl TryFrom<RawConfig> for PolicyConfig {
        type Error = String;

        fn try_from(raw: RawConfig) -> Result<Self, String> {
            if let Some(field) = raw.misplaced() {
                let policy = match raw.policy {
                    PolicyName::Open => "open",
                    PolicyName::Closed => "closed",
                    PolicyName::Hybrid => "hybrid",
                    PolicyName::Rules => "rules",
                };
                return Err(format!(
                    "field `{field}` does not apply to policy `{policy}`"
                ));
            }
            Ok(match raw.policy {
                PolicyName::Open => PolicyConfig::Open {},
                PolicyName::Closed => PolicyConfig::Closed {},
                PolicyName::Hybrid => {
                    let d = HybridConfig::default();
                    PolicyConfig::Hybrid(HybridConfig {
                        min_mutual_connections: raw
                            .min_mutual_connections
                            .unwrap_or(d.min_mutual_connections),
                        accept_personal_notes: raw
                            .accept_personal_notes
                            .unwrap_or(d.accept_personal_notes),
                        strangers: raw.strangers.unwrap_or(d.strangers),
                        unfamiliar_introductions: raw
                            .unfamiliar_introductions
                            .unwrap_or(d.unfamiliar_introductions),
                    })
                }
                PolicyName::Rules => {
                    let d = RulesConfig::default();
                    PolicyConfig::Rules(RulesConfig {
                        allowed_senders: raw.allowed_senders.unwrap_or(d.allowed_senders),
                        allowed_users: raw.allowed_users.unwrap_or(d.allowed_users),
                        ignored_users: raw.ignored_users.unwrap_or(d.ignored_users),
                        blocked_users: raw.blocked_users.unwrap_or(d.blocked_users),
                        allowed_servers: raw.allowed_servers.unwrap_or(d.allowed_servers),
                        ignored_servers: raw.ignored_servers.unwrap_or(d.ignored_servers),
                        blocked_servers: raw.blocked_servers.unwrap_or(d.blocked_servers),
                        not_following: raw.not_following.unwrap_or(d.not_following),
                        not_follower: raw.not_follower.unwrap_or(d.not_follower),
                        new_account: raw.new_account.unwrap_or(d.new_account),
                        limited: raw.limited.unwrap_or(d.limited),
                        strangers: raw.strangers.unwrap_or(d.strangers),
                        empty_note: raw.empty_note.unwrap_or(d.empty_note),
                        platform_default_note: raw
                            .platform_default_note
                            .unwrap_or(d.platform_default_note),
                        generic_template_note: raw
                            .generic_template_note
                            .unwrap_or(d.generic_template_note),
                        few_mutual_connections: raw
                            .few_mutual_connections
                            .unwrap_or(d.few_mutual_connections),
                        min_mutual_connections: raw
                            .min_mutual_connections
                            .unwrap_or(d.min_mutual_connections),
                        unverified_claim: raw.unverified_claim.unwrap_or(d.unverified_claim),
                        unfamiliar_introductions: raw
                            .unfamiliar_introductions
                            .unwrap_or(d.unfamiliar_introductions),
                        otherwise: raw.otherwise.unwrap_or(d.otherwise),
                    })
                }
            })
        }
    }
}

#[cfg(feature = "serde")]
mod numbers {
    use std::fmt;

    use serde::de::{self, Visitor};

    /// A `u32` knob whose errors name the field.
    struct Count(&'static str);

    impl Visitor<'_> for Count {
        type Value = u32;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "`{}` to be a whole number from 0 to {}",
                self.0,
                u32::MAX
            )
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u32, E> {
            u32::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u32, E> {
            u32::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<u32, E> {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }

    pub(super) fn min_mutual_connections<'de, D: de::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<u32, D::Error> {
        deserializer.deserialize_u64(Count("min_mutual_connections"))
    }

    pub(super) fn optional_min_mutual_connections<'de, D: de::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<u32>, D::Error> {
        min_mutual_connections(deserializer).map(Some)
    }
}

#[cfg(feature = "serde")]
mod globs {
    use std::fmt;

    use serde::de::{self, IgnoredAny, SeqAccess, Visitor};

    /// MSC4155 lists as Synapse reads them: a list keeps its string
    /// entries and skips the rest; a value that is not a list is ignored.
    struct Lenient;

    impl<'de> Visitor<'de> for Lenient {
        type Value = Vec<String>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of glob strings")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
            let mut globs = Vec::new();
            while let Some(entry) = seq.next_element::<Entry>()? {
                if let Entry(Some(glob)) = entry {
                    globs.push(glob);
                }
            }
            Ok(globs)
        }

        fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Vec<String>, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(Vec::new())
        }

        fn visit_str<E: de::Error>(self, _: &str) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }

        fn visit_unit<E: de::Error>(self) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
    }

    /// One list entry: a string, or anything else (skipped).
    struct Entry(Option<String>);

    impl<'de> de::Deserialize<'de> for Entry {
        fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct EntryVisitor;

            impl<'de> Visitor<'de> for EntryVisitor {
                type Value = Entry;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a glob string")
                }

                fn visit_str<E: de::Error>(self, v: &str) -> Result<Entry, E> {
                    Ok(Entry(Some(v.to_owned())))
                }

                fn visit_string<E: de::Error>(self, v: String) -> Result<Entry, E> {
                    Ok(Entry(Some(v)))
                }

                fn visit_bool<E: de::Error>(self, _: bool) -> Result<Entry, E> {
                    Ok(Entry(None))
                }

                fn visit_i64<E: de::Error>(self, _: i64) -> Result<Entry, E> {
                    Ok(Entry(None))
                }

                fn visit_u64<E: de::Error>(self, _: u64) -> Result<Entry, E> {
                    Ok(Entry(None))
                }

                fn visit_f64<E: de::Error>(self, _: f64) -> Result<Entry, E> {
                    Ok(Entry(None))
                }

                fn visit_unit<E: de::Error>(self) -> Result<Entry, E> {
                    Ok(Entry(None))
                }

                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Entry, A::Error> {
                    while seq.next_element::<IgnoredAny>()?.is_some() {}
                    Ok(Entry(None))
                }

                fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Entry, A::Error> {
                    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                    Ok(Entry(None))
                }
            }

            deserializer.deserialize_any(EntryVisitor)
        }
    }

    pub(super) fn lenient<'de, D: de::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<String>, D::Error> {
        deserializer.deserialize_any(Lenient)
    }

    pub(super) fn optional<'de, D: de::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Vec<String>>, D::Error> {
        lenient(deserializer).map(Some)
    }
}
