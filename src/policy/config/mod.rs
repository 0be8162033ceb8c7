//! Policies as data: a [`PolicyConfig`] describes any built-in policy with
//! all its knobs, so policies can live in configuration files (with the
//! `serde` feature) and be compared without recompiling.
//!
//! Each policy owns its configuration: [`Hybrid`] holds a
//! [`HybridConfig`], [`Rules`] a [`RulesConfig`], and their builders wrap
//! one. A configuration struct is declared once, with the [`knobs!`] table
//! in the policy's own file: each line is a knob's field, doc, default and
//! how serde reads it. The struct, its `Default`, and its serde reading
//! (also inside a `PolicyConfig`) are all generated from that line.
//!
//! The crate is format-agnostic: any serde format works. In JSON:
//!
//! ```json
//! {"policy": "hybrid", "min_mutual_connections": 3, "strangers": "ignore"}
//! ```
//!
//! Unknown fields, unknown policies and unknown actions are errors that name
//! them; so are numbers out of range, which name their field, knobs of
//! another policy, and MSC4155 glob lists that are not lists of usable
//! globs (not a list, an entry that is not a string, empty, or longer than
//! a Matrix ID), which name the field and the entry: a configuration file
//! is written by a person, and a typo must not silently remove a block.
//! Account data written by clients is read leniently, as Synapse reads it,
//! by [`RulesConfig::from_msc4155_account_data`].
//!
//! Actions read any case and Mastodon's own words: `filter` is
//! [`Action::Hold`](crate::Action::Hold) and `drop` is
//! [`Action::Ignore`](crate::Action::Ignore).

#[cfg(feature = "serde")]
pub(crate) mod de;

use super::{
    Budgeted, Closed, FollowUpBudget, Hybrid, HybridConfig, NetworkingPolicy, Open, Rules,
    RulesConfig,
};
use crate::detector::GreetingDetector;

/// Declares a policy's configuration struct from one table of knobs:
///
/// ```text
/// knobs! {
///     /// docs
///     #[derive(Copy)]                       // derives beyond Debug, Clone, PartialEq, Eq
///     pub struct HybridConfig {
///         /// doc of the knob
///         min_mutual_connections: u32 = 1, read Count;
///     }
/// }
/// ```
///
/// It generates the `#[non_exhaustive]` struct with public fields, its
/// `Default` (the defaults written in the table, and nowhere else), serde's
/// `Serialize`, and a `Deserialize` that reads each knob with its reader
/// (`Plain`, `Count` or `Globs` from [`de`]) and rejects unknown and
/// repeated fields, naming them.
macro_rules! knobs {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$fmeta:meta])*
                $field:ident: $ty:ty = $default:expr, read $reader:ident;
            )+
        }
    ) => {
        $(#[$meta])*
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[non_exhaustive]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )+
        }

        impl Default for $name {
            fn default() -> Self {
                $name { $( $field: $default, )+ }
            }
        }

        #[cfg(feature = "serde")]
        impl $crate::policy::config::de::Knobs for $name {
            const NAMES: &'static [&'static str] = &[ $( stringify!($field), )+ ];

            fn read_any<'de, A: serde::de::MapAccess<'de>>(
                key: &str,
                map: &mut A,
            ) -> Result<Option<Box<dyn ::std::any::Any>>, A::Error> {
                Ok(Some(match key {
                    $(
                        stringify!($field) => Box::new(map.next_value_seed(
                            $crate::policy::config::de::Knob::<$crate::policy::config::de::$reader, $ty>::new(
                                    stringify!($field),
                                ),
                        )?),
                    )+
                    _ => return Ok(None),
                }))
            }

            fn set_any(&mut self, key: &str, value: Box<dyn ::std::any::Any>) -> bool {
                match key {
                    $(
                        stringify!($field) => match value.downcast::<$ty>() {
                            Ok(value) => self.$field = *value,
                            Err(_) => return false,
                        },
                    )+
                    _ => return false,
                }
                true
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::policy::config::de::deserialize_knobs(deserializer)
            }
        }
    };
}

pub(crate) use knobs;

/// Declares a builder's setters that set one knob of its configuration
/// (`self.config`), each documented with an example that it does:
///
/// ```text
/// knob_setters! {
///     Rules;                                    // the policy the builder builds
///     not_following: Action = opendoor::Action::Hold;   // knob: type = example value
/// }
/// ```
macro_rules! knob_setters {
    ($policy:ident; $($name:ident: $ty:ty = $example:expr;)+) => {$(
        #[doc = concat!("Sets [`", stringify!($policy), "Config::", stringify!($name), "`].")]
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!(
            "let policy = opendoor::", stringify!($policy), "::builder().",
            stringify!($name), "(", stringify!($example), ").build();"
        )]
        #[doc = concat!(
            "assert_eq!(policy.config().", stringify!($name), ", ", stringify!($example), ");"
        )]
        /// ```
        pub fn $name(&mut self, value: $ty) -> &mut Self {
            self.config.$name = value;
            self
        }
    )+};
}

pub(crate) use knob_setters;

/// A built-in policy described as data. Serialised (feature `serde`) with a
/// `"policy"` tag and fields named like the builder knobs; missing fields
/// take the defaults. The `detector` knob of Hybrid and Rules carries the
/// detector's additions ([`DetectorConfig`](crate::DetectorConfig)), so a
/// file can add stock texts, salutations, sign-offs, generic words and
/// patterns; [`PolicyConfig::build_with`] takes a detector built in code.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Hybrid, HybridConfig, NetworkingPolicy, PolicyConfig, Request};
///
/// let mut hybrid = HybridConfig::default();
/// hybrid.min_mutual_connections = 3;
/// hybrid.strangers = Action::Ignore;
/// let policy = PolicyConfig::Hybrid(hybrid).build();
/// assert_eq!(policy.decide(&Request::connect("Ann")).action(), Action::Ignore);
/// assert_eq!(PolicyConfig::from(&Hybrid::new()), PolicyConfig::Hybrid(HybridConfig::default()));
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
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "policy", rename_all = "snake_case"))]
#[non_exhaustive]
// A configuration is read once and kept beside its policy: its size does not
// matter, and a boxed variant would make every match and literal clumsier.
#[allow(clippy::large_enum_variant)]
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
    /// The policy this describes, wrapped in [`Budgeted`] when its
    /// `follow_up_budget` knob is set. Every described policy can be built,
    /// so this cannot fail.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, NetworkingPolicy, PolicyConfig, Request};
    ///
    /// let closed = PolicyConfig::Closed {}.build();
    /// assert_eq!(closed.decide(&Request::connect("Ann")).action(), Action::Ignore);
    /// ```
    #[must_use]
    pub fn build(&self) -> Box<dyn NetworkingPolicy + Send + Sync> {
        match self {
            PolicyConfig::Open {} => Box::new(Open::new()),
            PolicyConfig::Closed {} => Box::new(Closed::new()),
            PolicyConfig::Hybrid(config) => budgeted(config.to_policy(), config.follow_up_budget),
            PolicyConfig::Rules(config) => budgeted(config.to_policy(), config.follow_up_budget),
        }
    }

    /// The policy this describes, with `detector` for the notes instead of
    /// the one its `detector` knob describes: for a detector built in code
    /// (with [`GreetingDetector::builder`](crate::GreetingDetector::builder))
    /// beside a configuration file. Open and Closed read no notes.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, GreetingDetector, HybridConfig, NetworkingPolicy, PolicyConfig, Request};
    ///
    /// let detector = GreetingDetector::builder().stock_text("Acme", "en", "Join me on Acme").build()?;
    /// let policy = PolicyConfig::Hybrid(HybridConfig::default()).build_with(detector);
    /// let stock = Request::connect("Ann").with_greeting("Join me on Acme");
    /// assert_eq!(policy.decide(&stock).action(), Action::FollowUp);
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    #[must_use]
    pub fn build_with(
        &self,
        detector: GreetingDetector,
    ) -> Box<dyn NetworkingPolicy + Send + Sync> {
        match self {
            PolicyConfig::Open {} | PolicyConfig::Closed {} => self.build(),
            PolicyConfig::Hybrid(config) => budgeted(
                Hybrid::builder()
                    .configure(config.clone())
                    .detector(detector)
                    .build(),
                config.follow_up_budget,
            ),
            PolicyConfig::Rules(config) => budgeted(
                Rules::builder()
                    .configure(config.clone())
                    .detector(detector)
                    .build(),
                config.follow_up_budget,
            ),
        }
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

/// `policy`, in a [`Budgeted`] wrapper when there is a budget.
fn budgeted<P: NetworkingPolicy + Send + Sync + 'static>(
    policy: P,
    budget: Option<FollowUpBudget>,
) -> Box<dyn NetworkingPolicy + Send + Sync> {
    match budget {
        Some(budget) => Box::new(Budgeted::new(policy, budget)),
        None => Box::new(policy),
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
        PolicyConfig::Hybrid(hybrid.config().clone())
    }
}

impl From<&Rules> for PolicyConfig {
    fn from(rules: &Rules) -> Self {
        PolicyConfig::Rules(rules.config().clone())
    }
}
