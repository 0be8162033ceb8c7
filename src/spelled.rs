//! Enums with one spelling per variant: the snake_case word that `Display`,
//! `FromStr`, `as_str` and serde all use, declared once so they can never
//! disagree.

/// Declares a fieldless, `#[non_exhaustive]` enum with a spelling per
/// variant: `ALL`, `as_str`, `Display`, `FromStr` (failing with a
/// [`ParseError`](crate::ParseError) that lists the spellings) and, with the
/// `serde` feature, serde in the same spelling.
///
/// ```text
/// spelled_enum! {
///     /// docs
///     #[derive(PartialOrd, Ord)]          // extra derives and attributes
///     Action, "action" {                  // the type and its name in errors
///         /// docs
///         Accept => "accept",
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
            $( $(#[$vmeta:meta])* $variant:ident => $spelling:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[cfg_attr(feature = "serde", serde(rename = $spelling))]
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
                match s {
                    $( $spelling => Ok(Self::$variant), )+
                    _ => Err($crate::error::ParseError::new($type_name, s, Self::SPELLINGS)),
                }
            }
        }
    };
    (@display $self:ident) => { $self.as_str() };
    (@display $self:ident $display:ident) => { $self.$display() };
}

pub(crate) use spelled_enum;
