//! Reading configurations with serde, in one streaming pass.
//!
//! serde's derived internally tagged enums buffer the whole input to find the
//! tag, and errors read from the buffer lose their line and column. Here a
//! map visitor reads the `"policy"` tag and the knobs in document order:
//! once the tag is known, each knob goes straight into that policy's
//! configuration ([`Knobs::read_knob`]), so its errors keep their position.
//! Knobs written before the tag are read by the first policy that has them
//! and handed over when the tag arrives (a knob has one type in every policy
//! that has it; a unit test checks the handover).

use std::any::Any;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

use super::PolicyConfig;
use crate::policy::rules::invite_filter::{self, Unusable};
use crate::policy::{HybridConfig, RulesConfig};

/// A configuration struct declared with `knobs!`: it reads its knobs one by
/// one from a map.
pub(crate) trait Knobs: Default + 'static {
    /// Every knob's name, in declaration order.
    const NAMES: &'static [&'static str];

    /// Reads the value of knob `key`, for this configuration or one chosen
    /// later; `None` (nothing read) when `key` is not a knob of this one.
    fn read_any<'de, A: MapAccess<'de>>(
        key: &str,
        map: &mut A,
    ) -> Result<Option<Box<dyn Any>>, A::Error>;

    /// Sets knob `key` from a value [`Knobs::read_any`] read; `false` when
    /// `key` is not a knob of this configuration or has another type.
    fn set_any(&mut self, key: &str, value: Box<dyn Any>) -> bool;

    /// Reads the value of knob `key` into `self`; `false` (nothing read)
    /// when `key` is not a knob of this configuration.
    fn read_knob<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        Ok(Self::read_any(key, map)?.is_some_and(|value| self.set_any(key, value)))
    }
}

/// How a knob's value is read: a reader per kind of knob, so every knob of
/// that kind reads (and fails) alike.
pub(crate) trait Reader<T> {
    fn read<'de, D: de::Deserializer<'de>>(field: &'static str, d: D) -> Result<T, D::Error>;
}

/// The value's own `Deserialize`.
pub(crate) struct Plain;

impl<T: DeserializeOwned> Reader<T> for Plain {
    fn read<'de, D: de::Deserializer<'de>>(_: &'static str, d: D) -> Result<T, D::Error> {
        T::deserialize(d)
    }
}

/// A `u32` count whose errors name the field.
pub(crate) struct Count;

impl Reader<u32> for Count {
    fn read<'de, D: de::Deserializer<'de>>(field: &'static str, d: D) -> Result<u32, D::Error> {
        d.deserialize_u64(CountVisitor(field))
    }
}

struct CountVisitor(&'static str);

impl Visitor<'_> for CountVisitor {
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

/// An MSC4155 glob list in a configuration file, read strictly: a person
/// wrote it, so a value that is not a list of usable globs is an error that
/// names the field and the entry (a forgotten bracket must not remove a
/// block). [`read_account_data`] reads account data leniently instead.
pub(crate) struct Globs;

impl Reader<Vec<String>> for Globs {
    fn read<'de, D: de::Deserializer<'de>>(
        field: &'static str,
        d: D,
    ) -> Result<Vec<String>, D::Error> {
        d.deserialize_seq(StrictGlobs(field))
    }
}

struct StrictGlobs(&'static str);

impl<'de> Visitor<'de> for StrictGlobs {
    type Value = Vec<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` to be a list of glob strings", self.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
        let mut globs = Vec::new();
        while let Some(glob) = seq.next_element_seed(StrictGlob {
            field: self.0,
            index: globs.len(),
        })? {
            globs.push(glob);
        }
        Ok(globs)
    }
}

/// One entry of a strict glob list, checked as Synapse would use it.
struct StrictGlob {
    field: &'static str,
    index: usize,
}

impl<'de> DeserializeSeed<'de> for StrictGlob {
    type Value = String;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_string(self)
    }
}

impl Visitor<'_> for StrictGlob {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "entry {} of `{}` to be a glob string",
            self.index, self.field
        )
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        self.visit_string(v.to_owned())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        let why = match invite_filter::unusable(&v) {
            None => return Ok(v),
            Some(Unusable::Empty) => "is empty",
            Some(Unusable::TooLong) => {
                "is longer than a Matrix ID (255 characters) and could never match"
            }
        };
        Err(E::custom(format_args!(
            "entry {} of `{}` {why}",
            self.index, self.field
        )))
    }
}

/// Reads MSC4155 account data (`m.invite_permission_config`) as Synapse
/// does: unknown fields are skipped (clients write account data), a list
/// keeps its string entries and skips the rest, a value that is not a list
/// is ignored, and `enabled` that is not a boolean keeps its default.
pub(crate) fn read_account_data<'de, D: de::Deserializer<'de>>(
    deserializer: D,
) -> Result<RulesConfig, D::Error> {
    struct AccountData;

    impl<'de> Visitor<'de> for AccountData {
        type Value = RulesConfig;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("MSC4155 account data: a map of glob lists")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RulesConfig, A::Error> {
            let mut config = RulesConfig::default();
            while let Some(key) = map.next_key::<String>()? {
                let list = match key.as_str() {
                    "enabled" => {
                        if let Lenient(Some(enabled)) = map.next_value()? {
                            config.enabled = enabled;
                        }
                        continue;
                    }
                    "allowed_users" => &mut config.allowed_users,
                    "ignored_users" => &mut config.ignored_users,
                    "blocked_users" => &mut config.blocked_users,
                    "allowed_servers" => &mut config.allowed_servers,
                    "ignored_servers" => &mut config.ignored_servers,
                    "blocked_servers" => &mut config.blocked_servers,
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                        continue;
                    }
                };
                let Lenient(globs) = map.next_value()?;
                *list = globs.unwrap_or_default();
            }
            Ok(config)
        }
    }

    deserializer.deserialize_map(AccountData)
}

/// Declares visitor methods that accept a value of each listed shape
/// (`bool`, `number`, `unit`, `str`, `seq`, `map`) as `$result`, consuming
/// it: how a lenient reading skips what it does not expect.
macro_rules! accept_other_shapes {
    ($result:expr; $($shape:ident)+) => {
        $( accept_other_shapes!(@$shape $result); )+
    };
    (@bool $result:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($result)
        }
    };
    (@number $result:expr) => {
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($result)
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($result)
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($result)
        }
    };
    (@unit $result:expr) => {
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($result)
        }
    };
    (@str $result:expr) => {
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok($result)
        }
    };
    (@seq $result:expr) => {
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok($result)
        }
    };
    (@map $result:expr) => {
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok($result)
        }
    };
}

/// A value read leniently: `Some` when it has the expected shape, `None`
/// (consumed) when it has another.
struct Lenient<T>(Option<T>);

impl<'de> de::Deserialize<'de> for Lenient<bool> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BoolVisitor;

        impl<'de> Visitor<'de> for BoolVisitor {
            type Value = Lenient<bool>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a boolean")
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(Lenient(Some(v)))
            }

            accept_other_shapes!(Lenient(None); number unit str seq map);
        }

        deserializer.deserialize_any(BoolVisitor)
    }
}

impl<'de> de::Deserialize<'de> for Lenient<Vec<String>> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor;

        impl<'de> Visitor<'de> for ListVisitor {
            type Value = Lenient<Vec<String>>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of glob strings")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut globs = Vec::new();
                while let Some(GlobEntry(entry)) = seq.next_element()? {
                    globs.extend(entry);
                }
                Ok(Lenient(Some(globs)))
            }

            accept_other_shapes!(Lenient(None); bool number unit str map);
        }

        deserializer.deserialize_any(ListVisitor)
    }
}

/// One list entry: a string, or anything else (skipped).
struct GlobEntry(Option<String>);

impl<'de> de::Deserialize<'de> for GlobEntry {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntryVisitor;

        impl<'de> Visitor<'de> for EntryVisitor {
            type Value = GlobEntry;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a glob string")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<GlobEntry, E> {
                Ok(GlobEntry(Some(v.to_owned())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<GlobEntry, E> {
                Ok(GlobEntry(Some(v)))
            }

            accept_other_shapes!(GlobEntry(None); bool number unit seq map);
        }

        deserializer.deserialize_any(EntryVisitor)
    }
}

/// Reads one knob of type `T` with reader `R`.
pub(crate) struct Knob<R, T> {
    field: &'static str,
    marker: PhantomData<fn() -> (R, T)>,
}

impl<R, T> Knob<R, T> {
    pub(crate) fn new(field: &'static str) -> Self {
        Knob {
            field,
            marker: PhantomData,
        }
    }
}

impl<'de, R: Reader<T>, T> DeserializeSeed<'de> for Knob<R, T> {
    type Value = T;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        R::read(self.field, d)
    }
}

/// A map key, checked while it is read (so a format that knows positions,
/// such as TOML, points at the key).
enum Key {
    /// The `"policy"` tag.
    Tag,
    /// A knob of the configuration being read.
    Knob(&'static str),
    /// A field read before the tag that no policy has: an error once the
    /// policy is known.
    Later(String),
}

/// Which keys a map may hold.
#[derive(Clone, Copy)]
enum Keys {
    /// The knobs of a configuration struct read on its own.
    Of(&'static [&'static str]),
    /// A [`PolicyConfig`]: the tag, and the knobs of the policy named so far
    /// (of any policy while none is).
    Policy(Option<PolicyName>),
}

/// Reads one key, checking it against [`Keys`] and the knobs already read.
struct KeySeed<'a> {
    keys: Keys,
    seen: &'a [&'static str],
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        let find = |names: &[&'static str]| names.iter().find(|&&n| n == key).copied();
        let name = match self.keys {
            Keys::Of(names) => find(names).ok_or_else(|| E::unknown_field(key, names))?,
            Keys::Policy(_) if key == "policy" => return Ok(Key::Tag),
            Keys::Policy(Some(policy)) => {
                find(policy.names()).ok_or_else(|| not_a_knob(policy, key))?
            }
            Keys::Policy(None) => match knob_name(key) {
                Some(name) => name,
                None => return Ok(Key::Later(key.to_owned())),
            },
        };
        if self.seen.contains(&name) {
            return Err(E::duplicate_field(name));
        }
        Ok(Key::Knob(name))
    }
}

/// Deserializes a configuration struct on its own: a map of its knobs.
pub(crate) fn deserialize_knobs<'de, C: Knobs, D: de::Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    struct ConfigVisitor<C>(PhantomData<C>);

    impl<'de, C: Knobs> Visitor<'de> for ConfigVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map of policy knobs")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<C, A::Error> {
            let mut config = C::default();
            let mut seen = Vec::new();
            loop {
                let seed = KeySeed {
                    keys: Keys::Of(C::NAMES),
                    seen: &seen,
                };
                match map.next_key_seed(seed)? {
                    Some(Key::Knob(name)) => {
                        config.read_knob(name, &mut map)?;
                        seen.push(name);
                    }
                    // The key seed lets only knobs through; this is for completeness.
                    Some(Key::Tag) => return Err(de::Error::unknown_field("policy", C::NAMES)),
                    Some(Key::Later(key)) => return Err(de::Error::unknown_field(&key, C::NAMES)),
                    None => return Ok(config),
                }
            }
        }
    }

    deserializer.deserialize_map(ConfigVisitor(PhantomData))
}

/// The `"policy"` tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum PolicyName {
    Open,
    Closed,
    Hybrid,
    Rules,
}

impl PolicyName {
    fn as_str(self) -> &'static str {
        match self {
            PolicyName::Open => "open",
            PolicyName::Closed => "closed",
            PolicyName::Hybrid => "hybrid",
            PolicyName::Rules => "rules",
        }
    }

    /// The knobs of this policy.
    fn names(self) -> &'static [&'static str] {
        match self {
            PolicyName::Open | PolicyName::Closed => &[],
            PolicyName::Hybrid => HybridConfig::NAMES,
            PolicyName::Rules => RulesConfig::NAMES,
        }
    }
}

/// Every policy's configuration under construction, while the tag may not
/// be known yet.
#[derive(Default)]
struct Drafts {
    hybrid: HybridConfig,
    rules: RulesConfig,
    /// Knobs read before the tag, to hand to the chosen policy.
    early: Vec<(&'static str, Box<dyn Any>)>,
    /// The first field read before the tag that no policy has.
    unknown: Option<String>,
}

impl Drafts {
    /// Reads knob `key` for `policy`, or for a policy named later.
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        policy: Option<PolicyName>,
        key: &'static str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let read = match policy {
            Some(PolicyName::Hybrid) => self.hybrid.read_knob(key, map)?,
            Some(PolicyName::Rules) => self.rules.read_knob(key, map)?,
            Some(PolicyName::Open | PolicyName::Closed) => false,
            None => {
                let value = match HybridConfig::read_any(key, map)? {
                    Some(value) => Some(value),
                    None => RulesConfig::read_any(key, map)?,
                };
                value.map(|value| self.early.push((key, value))).is_some()
            }
        };
        // The key seed lets only knobs of the policy through; this is for
        // completeness.
        match policy {
            Some(policy) if !read => Err(not_a_knob(policy, key)),
            _ => Ok(()),
        }
    }

    /// The configuration of `policy`, with the knobs read before the tag.
    fn finish<E: de::Error>(mut self, policy: PolicyName) -> Result<PolicyConfig, E> {
        if let Some(key) = &self.unknown {
            return Err(not_a_knob(policy, key));
        }
        for (key, value) in std::mem::take(&mut self.early) {
            let set = match policy {
                PolicyName::Hybrid => self.hybrid.set_any(key, value),
                PolicyName::Rules => self.rules.set_any(key, value),
                PolicyName::Open | PolicyName::Closed => false,
            };
            if !set {
                return Err(not_a_knob(policy, key));
            }
        }
        Ok(match policy {
            PolicyName::Open => PolicyConfig::Open {},
            PolicyName::Closed => PolicyConfig::Closed {},
            PolicyName::Hybrid => PolicyConfig::Hybrid(self.hybrid),
            PolicyName::Rules => PolicyConfig::Rules(self.rules),
        })
    }
}

/// The `'static` name of a knob of any policy.
fn knob_name(key: &str) -> Option<&'static str> {
    [HybridConfig::NAMES, RulesConfig::NAMES]
        .into_iter()
        .flatten()
        .find(|&&n| n == key)
        .copied()
}

/// The error for a field `policy` has no knob for: a knob of another policy,
/// or an unknown field.
fn not_a_knob<E: de::Error>(policy: PolicyName, key: &str) -> E {
    if knob_name(key).is_some() {
        E::custom(format_args!(
            "field `{key}` does not apply to policy `{}`",
            policy.as_str()
        ))
    } else {
        E::unknown_field(key, policy.names())
    }
}

impl<'de> de::Deserialize<'de> for PolicyConfig {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PolicyVisitor;

        impl<'de> Visitor<'de> for PolicyVisitor {
            type Value = PolicyConfig;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a policy configuration: a map with a `policy` field")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PolicyConfig, A::Error> {
                let mut policy = None;
                let mut drafts = Drafts::default();
                let mut seen = Vec::new();
                loop {
                    let seed = KeySeed {
                        keys: Keys::Policy(policy),
                        seen: &seen,
                    };
                    match map.next_key_seed(seed)? {
                        Some(Key::Tag) if policy.is_some() => {
                            return Err(de::Error::duplicate_field("policy"));
                        }
                        Some(Key::Tag) => policy = Some(map.next_value::<PolicyName>()?),
                        Some(Key::Knob(name)) => {
                            drafts.read(policy, name, &mut map)?;
                            seen.push(name);
                        }
                        Some(Key::Later(key)) => {
                            map.next_value::<IgnoredAny>()?;
                            drafts.unknown.get_or_insert(key);
                        }
                        None => break,
                    }
                }
                let policy = policy.ok_or_else(|| de::Error::missing_field("policy"))?;
                drafts.finish(policy)
            }
        }

        deserializer.deserialize_map(PolicyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A knob both policies have must have one type, or a knob written
    /// before the tag could not be handed over.
    #[test]
    fn shared_knobs_are_handed_over_before_the_tag() {
        let shared: Vec<&str> = HybridConfig::NAMES
            .iter()
            .filter(|n| RulesConfig::NAMES.contains(n))
            .copied()
            .collect();
        assert!(shared.contains(&"strangers"), "{shared:?}");
        for name in shared {
            let mut read = 0;
            let samples = [
                r#""hold""#,
                "3",
                "true",
                r#"{"salutations": ["ahoy"]}"#,
                r#"{"follow_ups": 1, "per_days": 7}"#,
            ];
            for value in samples {
                let tag_first = format!(r#"{{"policy": "hybrid", "{name}": {value}}}"#);
                if serde_json::from_str::<PolicyConfig>(&tag_first).is_err() {
                    continue;
                }
                read += 1;
                let tag_last = format!(r#"{{"{name}": {value}, "policy": "rules"}}"#);
                let config = serde_json::from_str::<PolicyConfig>(&tag_last);
                assert!(config.is_ok(), "{name} = {value}: {config:?}");
            }
            assert_eq!(read, 1, "{name}: one sample value reads");
        }
    }

    #[test]
    fn fields_before_the_tag_are_checked_against_the_policy() {
        let err =
            serde_json::from_str::<PolicyConfig>(r#"{"limited": "hold", "policy": "hybrid"}"#)
                .unwrap_err();
        assert!(
            err.to_string()
                .contains("field `limited` does not apply to policy `hybrid`"),
            "{err}"
        );
        let err =
            serde_json::from_str::<PolicyConfig>(r#"{"nope": 1, "policy": "open"}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field `nope`"), "{err}");
        let err = serde_json::from_str::<PolicyConfig>(
            r#"{"strangers": "hold", "strangers": "ignore", "policy": "rules"}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("duplicate field `strangers`"),
            "{err}"
        );
    }

    #[test]
    fn a_knob_after_the_tag_errs_where_it_stands() {
        let json = "{\"policy\": \"hybrid\",\n \"limited\": \"hold\"}";
        let err = serde_json::from_str::<PolicyConfig>(json).unwrap_err();
        assert_eq!(err.line(), 2, "{err}");
    }
}
