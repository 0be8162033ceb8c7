//! The crate's error type.

/// Everything that can go wrong in `opendoor`: parsing a spelled value, or
/// building a [`GreetingDetector`](crate::GreetingDetector) from bad input.
///
/// Every variant carries the offending input, so the message says what was
/// wrong and where. Deciding and classifying never fail: they are total.
///
/// # Examples
///
/// ```
/// use opendoor::{Error, Relationship};
///
/// let err = "frend".parse::<Relationship>().unwrap_err();
/// assert!(matches!(err, Error::UnknownRelationship { .. }));
/// assert_eq!(
///     err.to_string(),
///     "unknown relationship `frend`, expected one of `colleague` `classmate` `business_partner` `friend` `group_member` `other` `unspecified` ",
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A [`Relationship`](crate::Relationship) spelling was not recognised.
    #[error("unknown relationship `{value}`, expected one of {expected}")]
    UnknownRelationship {
        /// The text that was parsed.
        value: String,
        /// The accepted spellings.
        expected: &'static str,
    },
    /// A [`Familiarity`](crate::Familiarity) spelling was not recognised.
    #[error("unknown familiarity `{value}`, expected one of {expected}")]
    UnknownFamiliarity {
        /// The text that was parsed.
        value: String,
        /// The accepted spellings.
        expected: &'static str,
    },
    /// An [`Action`](crate::Action) spelling was not recognised.
    #[error("unknown action `{value}`, expected one of {expected}")]
    UnknownAction {
        /// The text that was parsed.
        value: String,
        /// The accepted spellings.
        expected: &'static str,
    },
    /// A [`Reason`](crate::Reason) identifier was not recognised.
    #[error("unknown reason `{value}`")]
    UnknownReason {
        /// The text that was parsed.
        value: String,
    },
    /// A stock text has no words once normalised (it is empty, or only
    /// punctuation and slots).
    #[error("stock text {text:?} ({platform}, {language}) has no words to match")]
    EmptyStockText {
        /// The platform the text was given for.
        platform: String,
        /// The language the text was given for.
        language: String,
        /// The text as given.
        text: String,
    },
    /// A stock text names a slot other than `{sender}`, `{recipient}` or
    /// `{headline}`, or has an unbalanced brace.
    #[error(
        "stock text {text:?} has an unknown slot `{slot}` (expected {{sender}}, {{recipient}} or {{headline}})"
    )]
    UnknownSlot {
        /// The slot as written, braces included.
        slot: String,
        /// The text as given.
        text: String,
    },
    /// A stock text has more slots than a template may have.
    #[error("stock text {text:?} has {slots} slots, more than the {max} allowed")]
    TooManySlots {
        /// The text as given.
        text: String,
        /// How many slots it has.
        slots: usize,
        /// The most allowed.
        max: usize,
    },
    /// A generic-template pattern did not compile, or compiles to more than
    /// the size limit.
    #[error("generic-template pattern {pattern:?} is invalid: {source}")]
    InvalidPattern {
        /// The pattern as given.
        pattern: String,
        /// What the regex compiler said.
        #[source]
        source: Box<regex::Error>,
    },
    /// A salutation, sign-off or generic word is empty or more than one word
    /// once normalised.
    #[error("{role} {word:?} must be exactly one word once normalised")]
    InvalidWord {
        /// Which list the word was for (`salutation`, `sign-off`, `generic word`).
        role: &'static str,
        /// The word as given.
        word: String,
    },
    /// A line of a tab-separated catalog could not be read.
    #[error("catalog line {line}: {problem}")]
    CatalogLine {
        /// The 1-based line number.
        line: usize,
        /// What was wrong with it.
        problem: String,
    },
}
