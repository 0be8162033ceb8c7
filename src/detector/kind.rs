//! The detector's answer: what kind of note a greeting is.

use crate::spelled::spelled_enum;

spelled_enum! {
    /// What kind of note a greeting is, as the detector sees it.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::new();
    /// assert_eq!(detector.classify(""), GreetingKind::Empty);
    /// assert_eq!(
    ///     detector.classify("I'd like to add you to my professional network on LinkedIn."),
    ///     GreetingKind::PlatformDefault,
    /// );
    /// assert_eq!(detector.classify("Hi, I'd love to connect!"), GreetingKind::GenericTemplate);
    /// assert_eq!(
    ///     detector.classify("Your talk on COBOL at FOSDEM changed how I test."),
    ///     GreetingKind::Personal,
    /// );
    /// assert_eq!("generic_template".parse::<GreetingKind>()?, GreetingKind::GenericTemplate);
    /// # Ok::<(), opendoor::ParseError>(())
    /// ```
    #[derive(PartialOrd, Ord)]
    GreetingKind, "greeting kind" {
        /// No note, or only whitespace, invisible characters and characters
        /// dropped inside words (apostrophes, combining marks).
        Empty => "empty",
        /// A platform's stock text, with at most a salutation before it and
        /// a signature or pleasantry after it. The sender may not have typed
        /// a word: the platform often forces it.
        PlatformDefault => "platform_default",
        /// A note with nothing specific to the recipient: a short connect
        /// request many people paste, with or without pleasantries.
        GenericTemplate => "generic_template",
        /// A note that says something specific (a meeting, an article, a
        /// shared colleague, a name the vocabulary does not know). When
        /// unsure, the detector says `Personal`: a false "template" may cost
        /// a real person a connection.
        Personal => "personal",
    }
}

impl GreetingKind {
    /// Whether the note is [`Personal`](GreetingKind::Personal).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingKind;
    ///
    /// assert!(GreetingKind::Personal.is_personal());
    /// assert!(!GreetingKind::PlatformDefault.is_personal());
    /// ```
    #[must_use]
    pub const fn is_personal(self) -> bool {
        matches!(self, GreetingKind::Personal)
    }
}
