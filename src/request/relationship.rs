//! How sender and recipient relate: what the sender *claims*
//! ([`Relationship`]) and what the recipient *knows* ([`Familiarity`]).

use crate::spelled::spelled_enum;

spelled_enum! {
    /// The relationship a sender *claims*, as LinkedIn asks it ("How do you
    /// know this person?").
    ///
    /// Platforms often force this choice, so a stranger picking
    /// [`Friend`](Relationship::Friend) is usually not lying, just getting
    /// past a form. Built-in policies never change their action because of
    /// a claim.
    ///
    /// Written in snake_case by `Display` and serde; read by `FromStr` and
    /// serde in any case and in LinkedIn's own words, so an export parses
    /// as it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Relationship;
    ///
    /// let claim: Relationship = "business_partner".parse()?;
    /// assert_eq!(claim, Relationship::BusinessPartner);
    /// assert_eq!(claim.to_string(), "business_partner");
    /// assert_eq!("We've done business together".parse::<Relationship>()?, claim);
    /// assert_eq!("Friend".parse::<Relationship>()?, Relationship::Friend);
    /// assert!("best_friend".parse::<Relationship>().is_err());
    /// # Ok::<(), opendoor::ParseError>(())
    /// ```
    #[derive(Default)]
    Relationship, "relationship" {
        /// "We've worked together."
        Colleague => "colleague" | "we've worked together",
        /// "We went to school together."
        Classmate => "classmate" | "we went to school together",
        /// "We've done business together."
        BusinessPartner => "business_partner" | "we've done business together",
        /// "Friend."
        Friend => "friend",
        /// "We're in the same group."
        GroupMember => "group_member" | "we're in the same group",
        /// "Other."
        Other => "other",
        /// No claim was made (the default).
        #[default]
        Unspecified => "unspecified",
    }
}

impl Relationship {
    /// Whether the claim names a specific relationship (anything but
    /// [`Other`](Relationship::Other) and
    /// [`Unspecified`](Relationship::Unspecified)).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Relationship;
    ///
    /// assert!(Relationship::Friend.is_specific());
    /// assert!(!Relationship::Unspecified.is_specific());
    /// ```
    #[must_use]
    pub const fn is_specific(self) -> bool {
        !matches!(self, Self::Other | Self::Unspecified)
    }
}

spelled_enum! {
    /// What the *recipient* knows of the sender, as the embedding application
    /// determines it (address book, message history, a meeting in the
    /// calendar). Ordered from least to most familiar.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Familiarity;
    ///
    /// assert!(Familiarity::Stranger < Familiarity::Acquainted);
    /// assert_eq!("known".parse::<Familiarity>()?, Familiarity::Known);
    /// assert_eq!(Familiarity::default(), Familiarity::Stranger);
    /// # Ok::<(), opendoor::ParseError>(())
    /// ```
    #[derive(Default, PartialOrd, Ord)]
    Familiarity, "familiarity" {
        /// The recipient has never met the sender (the default).
        #[default]
        Stranger => "stranger",
        /// The recipient has met the sender, if only briefly (a call, an event).
        Acquainted => "acquainted",
        /// The recipient knows the sender (the recipient follows the sender,
        /// they have worked together, they are in the address book).
        Known => "known",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip() {
        for &r in Relationship::ALL {
            assert_eq!(r.to_string().parse::<Relationship>().unwrap(), r);
        }
        for &f in Familiarity::ALL {
            assert_eq!(f.to_string().parse::<Familiarity>().unwrap(), f);
        }
    }

    #[test]
    fn parse_error_names_the_value_and_the_choices() {
        let err = "Frend".parse::<Relationship>().unwrap_err().to_string();
        assert!(err.contains("`Frend`"), "{err}");
        assert!(err.contains("`friend`"), "{err}");
        assert!(!err.ends_with(' '), "{err:?}");
    }

    #[test]
    fn linkedin_words_parse() {
        let table = [
            ("Friend", Relationship::Friend),
            ("Colleague", Relationship::Colleague),
            (
                "We've done business together",
                Relationship::BusinessPartner,
            ),
            (
                "We’ve done business together",
                Relationship::BusinessPartner,
            ),
            ("Classmate", Relationship::Classmate),
            ("Other", Relationship::Other),
            ("we've worked together", Relationship::Colleague),
            ("We went to school together", Relationship::Classmate),
            ("Group member", Relationship::GroupMember),
        ];
        for (words, claim) in table {
            assert_eq!(words.parse::<Relationship>(), Ok(claim), "{words}");
        }
        assert_eq!("Known".parse::<Familiarity>(), Ok(Familiarity::Known));
    }
}
