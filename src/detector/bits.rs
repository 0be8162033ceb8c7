//! Small typed bit sets, so that a word's flags, its lexicon classes and the
//! matcher's phases cannot be passed for one another.

/// Declares a `Copy` bit-set newtype over an unsigned integer with named
/// members, `|`, `&`, [`contains`](#method.contains) and
/// [`intersects`](#method.intersects).
macro_rules! bit_set {
    (
        $(#[$meta:meta])*
        $name:ident($int:ty) {
            $( $(#[$cmeta:meta])* $member:ident = $value:expr; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
        pub(crate) struct $name($int);

        #[allow(dead_code)] // not every set uses every operation
        impl $name {
            $( $(#[$cmeta])* pub(crate) const $member: $name = $name($value); )+
            /// No member.
            pub(crate) const EMPTY: $name = $name(0);
            /// Every member.
            pub(crate) const ALL: $name = $name(0 $( | $value )+);

            /// The raw bits.
            pub(crate) const fn bits(self) -> $int {
                self.0
            }

            /// The set with these raw bits.
            pub(crate) const fn from_bits(bits: $int) -> $name {
                $name(bits)
            }

            /// Whether no member is set.
            pub(crate) const fn is_empty(self) -> bool {
                self.0 == 0
            }

            /// Whether every member of `other` is set.
            pub(crate) const fn contains(self, other: $name) -> bool {
                self.0 & other.0 == other.0
            }

            /// Whether any member of `other` is set.
            pub(crate) const fn intersects(self, other: $name) -> bool {
                self.0 & other.0 != 0
            }

            /// The members of `self` not in `other`.
            pub(crate) const fn without(self, other: $name) -> $name {
                $name(self.0 & !other.0)
            }

            /// Both sets' members.
            pub(crate) const fn union(self, other: $name) -> $name {
                $name(self.0 | other.0)
            }
        }

        impl ::std::ops::BitOr for $name {
            type Output = $name;
            fn bitor(self, other: $name) -> $name {
                $name(self.0 | other.0)
            }
        }

        impl ::std::ops::BitOrAssign for $name {
            fn bitor_assign(&mut self, other: $name) {
                self.0 |= other.0;
            }
        }

        impl ::std::ops::BitAnd for $name {
            type Output = $name;
            fn bitand(self, other: $name) -> $name {
                $name(self.0 & other.0)
            }
        }
    };
}

pub(crate) use bit_set;
