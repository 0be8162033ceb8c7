//! Enums with one spelling per variant: the snake_case word that `Display`,
//! `FromStr`, `as_str` and serde all use, declared once so they can never
//! disagree.

/// Declares a fieldless, `#[non_exhaustive]` enum with a spelling per
/// variant: `ALL`, `as_str`, `Display`, `FromStr` (failing with a
/// [`ParseError`](crate::ParseError) that lists the spellings) and, with the
/// `serde` feature, serde in the same spelling.
///
/// Reading is forgiving, writing is canonical: `FromStr` and serde accept
/// the spelling or an alias in any case, with spaces, hyphens and
/// underscores alike and any apostrophe ([`same_spelling`]), so a
/// platform's own words (`"We've done business together"`, Mastodon's
/// `"filter"`) parse; `Display`, `as_str` and serde write the snake_case
/// spelling.
///
/// ```text
/// spelled_enum! {
///     /// docs
///     #[derive(PartialOrd, Ord)]          // extra derives and attributes
///     Action, "action" {                  // the type and its name in errors
///         /// docs
///         Hold => "hold" | "filter",      // spelling, then aliases
///     }
/// }
/// ```
///
/// `Action, "action", display = sentence { … }` makes `Display` print
/// `self.sentence()` instead of the spelling.
macro_rules! spelled_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $type_name:literal $(, display = $display:ident)? {
            $( $(#[$vmeta:meta])* $variant:ident => $spelling:literal $(| $alias:literal)*, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Self] = &[ $( Self::$variant, )+ ];

            /// Every spelling, in declaration order.
            const SPELLINGS: &'static [&'static str] = &[ $( $spelling, )+ ];

            /// The snake_case spelling, as `FromStr` and serde read it.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $spelling, )+
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(spelled_enum!(@display self $($display)?))
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::error::ParseError;

            fn from_str(s: &str) -> Result<Self, $crate::error::ParseError> {
                $(
                    if [$spelling $(, $alias)*]
                        .iter()
                        .any(|known| $crate::spelled::same_spelling(s, known))
                    {
                        return Ok(Self::$variant);
                    }
                )+
                Err($crate::error::ParseError::new($type_name, s, Self::SPELLINGS))
            }
        }

        /// Written as its spelling, a string, in every format.
        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str($crate::spelled::SpellingVisitor::<Self>::new($type_name))
            }
        }
    };
    (@display $self:ident) => { $self.as_str() };
    (@display $self:ident $display:ident) => { $self.$display() };
}

pub(crate) use spelled_enum;

/// Whether `input` spells `known` (lower case, words joined by `_` or a
/// space): case is ignored, leading and trailing whitespace too; spaces,
/// hyphens and underscores are alike, and so are `'`, `’`, `‘` and `ʼ`.
/// Compares character by character, without allocating.
pub(crate) fn same_spelling(input: &str, known: &str) -> bool {
    fn fold(c: char) -> char {
        match c {
            ' ' | '-' => '_',
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            c => c,
        }
    }
    let input = input.trim().chars().flat_map(char::to_lowercase).map(fold);
    input.eq(known.chars().map(fold))
}

/// Reads a spelled enum from a string through its `FromStr`, so serde
/// accepts exactly what `parse` accepts and fails with the same message.
#[cfg(feature = "serde")]
pub(crate) struct SpellingVisitor<T> {
    type_name: &'static str,
    marker: std::marker::PhantomData<fn() -> T>,
}

#[cfg(feature = "serde")]
impl<T> SpellingVisitor<T> {
    pub(crate) fn new(type_name: &'static str) -> Self {
        SpellingVisitor {
            type_name,
            marker: std::marker::PhantomData,
        }
    }
}

#[cfg(feature = "serde")]
impl<T> serde::de::Visitor<'_> for SpellingVisitor<T>
where
    T: std::str::FromStr<Err = crate::error::ParseError>,
{
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a string naming a {}", self.type_name)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::same_spelling;

    #[test]
    fn spellings_compare_forgivingly() {
        assert!(same_spelling("Follow-Up", "follow_up"));
        assert!(same_spelling("  follow up ", "follow_up"));
        assert!(same_spelling(
            "We’ve done business together",
            "we've done business together"
        ));
        assert!(same_spelling("FRIEND", "friend"));
        assert!(!same_spelling("friends", "friend"));
        assert!(!same_spelling("", "friend"));
        assert!(same_spelling("İ", "i\u{307}"), "full Unicode lower case");
    }
}
