//! The crate's errors, one type per phase: [`ParseError`] for a value spelled
//! wrong, [`BuildError`] for a detector built from bad input, [`TallyError`]
//! for counts that cannot be a tally.
//!
//! Deciding and classifying never fail: they are total. `BuildError` is
//! opaque on purpose (as aho-corasick's and regex-automata's are): its
//! variants and the regex error behind a bad pattern are not part of the
//! API, so they can change without a breaking release. Ask it what you need
//! through its accessors; print it for a person.

use std::fmt;

/// A value that does not spell any variant of a spelled enum
/// ([`Action`](crate::Action), [`Reason`](crate::Reason),
/// [`Relationship`](crate::Relationship),
/// [`Familiarity`](crate::Familiarity),
/// [`GreetingKind`](crate::GreetingKind)).
///
/// # Examples
///
/// ```
/// use opendoor::Relationship;
///
/// let err = "frend".parse::<Relationship>().unwrap_err();
/// assert_eq!(err.value(), "frend");
/// assert_eq!(err.type_name(), "relationship");
/// assert!(err.expected().contains(&"friend"));
/// assert_eq!(
///     err.to_string(),
///     "unknown relationship `frend`, expected one of `colleague`, `classmate`, `business_partner`, `friend`, `group_member`, `other`, `unspecified`",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    type_name: &'static str,
    value: String,
    expected: &'static [&'static str],
}

impl ParseError {
    pub(crate) fn new(
        type_name: &'static str,
        value: &str,
        expected: &'static [&'static str],
    ) -> Self {
        ParseError {
            type_name,
            value: value.to_owned(),
            expected,
        }
    }

    /// The text that was parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("nope".parse::<opendoor::Action>().unwrap_err().value(), "nope");
    /// ```
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Every accepted spelling, in declaration order.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = "nope".parse::<opendoor::Familiarity>().unwrap_err();
    /// assert_eq!(err.expected(), ["stranger", "acquainted", "known"]);
    /// ```
    #[must_use]
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }

    /// What was being parsed, in words (`action`, `reason`, `relationship`,
    /// `familiarity`, `greeting kind`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("nope".parse::<opendoor::Reason>().unwrap_err().type_name(), "reason");
    /// ```
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} `{}`, expected one of ",
            self.type_name, self.value
        )?;
        for (i, spelling) in self.expected.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}`{spelling}`")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}

/// Counts that no sequence of decisions could have produced, from
/// [`Tally::from_counts`](crate::Tally::from_counts) and a tally's
/// deserialisation.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Tally, TallyError};
///
/// let err = Tally::from_counts(5, [(Action::Accept, 1)], []).unwrap_err();
/// assert_eq!(err, TallyError::ActionsDoNotAddUp { total: 5, sum: 1 });
/// assert_eq!(err.to_string(), "the action counts add up to 1, not to the total of 5");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TallyError {
    /// Every decision has one action, so the action counts add up to the
    /// total (unless the total saturated at `u64::MAX`).
    #[error("the action counts add up to {sum}, not to the total of {total}")]
    ActionsDoNotAddUp {
        /// The total given.
        total: u64,
        /// What the action counts add up to.
        sum: u128,
    },
    /// A decision gives a reason at most once, so no reason is counted more
    /// often than there are decisions.
    #[error("reason `{}` is counted {count} times, more than the total of {total}", .reason.as_str())]
    ReasonAboveTotal {
        /// The reason.
        reason: crate::decision::Reason,
        /// Its count.
        count: u64,
        /// The total given.
        total: u64,
    },
}

/// Why a [`GreetingDetector`](crate::GreetingDetector) could not be built:
/// a bad stock text, catalog or lexicon line, vocabulary word or pattern.
/// The message names the offending input; [`BuildError::kind`] and the
/// other accessors say the same to a program.
///
/// # Examples
///
/// ```
/// use opendoor::{BuildErrorKind, GreetingDetector};
///
/// let err = GreetingDetector::builder().stock_text("Acme", "en", "Hi {name}").build().unwrap_err();
/// assert_eq!(err.kind(), BuildErrorKind::UnknownSlot);
/// assert_eq!(err.input(), "Hi {name}");
/// assert_eq!(err.to_string(), "stock text \"Hi {name}\" has an unknown slot `{name}` (expected {sender}, {recipient}, {headline}, {group}, {site}, {invite_url} or {profile_url})");
/// ```
#[derive(Debug, Clone)]
pub struct BuildError {
    kind: Kind,
}

/// What kind of input a [`BuildError`] is about.
///
/// # Examples
///
/// ```
/// use opendoor::{BuildErrorKind, GreetingDetector};
///
/// let err = GreetingDetector::builder().generic_pattern("(").build().unwrap_err();
/// assert_eq!(err.kind(), BuildErrorKind::InvalidPattern);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// A stock text has no words once normalised.
    EmptyStockText,
    /// A stock text names a slot other than `{sender}`, `{recipient}`,
    /// `{headline}`, `{group}`, `{site}`, `{invite_url}` or `{profile_url}`,
    /// or has an unbalanced brace.
    UnknownSlot,
    /// A stock text has more slots than a template may have.
    TooManySlots,
    /// A generic-template pattern does not compile, or compiles to more
    /// than the size limit.
    InvalidPattern,
    /// A vocabulary entry holds no word once normalised.
    InvalidWord,
    /// A line of a stock-text catalog (TSV) could not be read.
    CatalogLine,
    /// A line of a lexicon (TSV) could not be read.
    LexiconLine,
}

/// The private detail behind a [`BuildError`].
#[derive(Debug, Clone, thiserror::Error)]
pub(crate) enum Kind {
    #[error("stock text {text:?} ({platform}, {language}) has no words to match")]
    EmptyStockText {
        platform: String,
        language: String,
        text: String,
    },
    #[error(
        "stock text {text:?} has an unknown slot `{slot}` (expected {{sender}}, {{recipient}}, {{headline}}, {{group}}, {{site}}, {{invite_url}} or {{profile_url}})"
    )]
    UnknownSlot { slot: String, text: String },
    #[error("stock text {text:?} has {slots} slots, more than the {max} allowed")]
    TooManySlots {
        text: String,
        slots: usize,
        max: usize,
    },
    #[error("generic-template pattern {pattern:?} is invalid: {source}")]
    InvalidPattern {
        pattern: String,
        #[source]
        source: regex::Error,
    },
    #[error("{class} word {word:?} holds no word once normalised")]
    InvalidWord { class: &'static str, word: String },
    #[error("catalog line {line}: {problem}")]
    CatalogLine { line: usize, problem: String },
    #[error("lexicon line {line}: {problem}")]
    LexiconLine { line: usize, problem: String },
}

impl From<Kind> for BuildError {
    fn from(kind: Kind) -> Self {
        BuildError { kind }
    }
}

impl BuildError {
    /// What kind of input was wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{BuildErrorKind, GreetingDetector};
    ///
    /// let err = GreetingDetector::builder().salutation("!!!").build().unwrap_err();
    /// assert_eq!(err.kind(), BuildErrorKind::InvalidWord);
    /// ```
    #[must_use]
    pub fn kind(&self) -> BuildErrorKind {
        match self.kind {
            Kind::EmptyStockText { .. } => BuildErrorKind::EmptyStockText,
            Kind::UnknownSlot { .. } => BuildErrorKind::UnknownSlot,
            Kind::TooManySlots { .. } => BuildErrorKind::TooManySlots,
            Kind::InvalidPattern { .. } => BuildErrorKind::InvalidPattern,
            Kind::InvalidWord { .. } => BuildErrorKind::InvalidWord,
            Kind::CatalogLine { .. } => BuildErrorKind::CatalogLine,
            Kind::LexiconLine { .. } => BuildErrorKind::LexiconLine,
        }
    }

    /// The offending input as given: the stock text, the pattern, the word,
    /// or for a bad line, what was wrong with it.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = opendoor::GreetingDetector::builder().generic_pattern("(").build().unwrap_err();
    /// assert_eq!(err.input(), "(");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        match &self.kind {
            Kind::EmptyStockText { text, .. }
            | Kind::UnknownSlot { text, .. }
            | Kind::TooManySlots { text, .. } => text,
            Kind::InvalidPattern { pattern, .. } => pattern,
            Kind::InvalidWord { word, .. } => word,
            Kind::CatalogLine { problem, .. } | Kind::LexiconLine { problem, .. } => problem,
        }
    }

    /// The 1-based line of a catalog or lexicon that could not be read.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = opendoor::GreetingDetector::builder().stock_texts_tsv("Acme\ten").build().unwrap_err();
    /// assert_eq!(err.line(), Some(1));
    /// ```
    #[must_use]
    pub fn line(&self) -> Option<usize> {
        match self.kind {
            Kind::CatalogLine { line, .. } | Kind::LexiconLine { line, .. } => Some(line),
            _ => None,
        }
    }

    /// The slot a stock text names but no platform fills (`{name}`), or the
    /// stray brace.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = opendoor::GreetingDetector::builder().stock_text("A", "en", "Hi {name}").build().unwrap_err();
    /// assert_eq!(err.slot(), Some("{name}"));
    /// ```
    #[must_use]
    pub fn slot(&self) -> Option<&str> {
        match &self.kind {
            Kind::UnknownSlot { slot, .. } => Some(slot),
            _ => None,
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.kind)
    }
}
