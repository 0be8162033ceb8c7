//! The note attached to a request.

use std::fmt;

/// The note attached to a request: free text written by the sender, or
/// pre-filled by the platform.
///
/// # Examples
///
/// ```
/// use opendoor::Greeting;
///
/// let note = Greeting::new("Loved your talk on COBOL!");
/// assert_eq!(note.as_str(), "Loved your talk on COBOL!");
/// assert!(!note.is_empty());
/// assert!(Greeting::none().is_empty());
/// assert!(Greeting::from(" \u{200B} ").is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Greeting(String);

impl Greeting {
    /// A note with this text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Greeting::new("Hi!").as_str(), "Hi!");
    /// ```
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Greeting(text.into())
    }

    /// No note (the same as `Greeting::default()`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Greeting::none().as_str(), "");
    /// ```
    #[must_use]
    pub const fn none() -> Self {
        Greeting(String::new())
    }

    /// Replaces the text, reusing the allocation (for the columnar
    /// kernels).
    #[cfg(feature = "arrow")]
    pub(crate) fn set(&mut self, text: &str) {
        self.0.clear();
        self.0.push_str(text);
    }

    /// The text as written.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Greeting::from("Hello").as_str(), "Hello");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the note holds nothing visible: it is empty, or only
    /// whitespace, invisible characters (zero-width spaces, bidi controls)
    /// and characters the detector drops inside words (apostrophes of any
    /// style, combining marks): a note of `'` alone says nothing. Agrees
    /// with [`GreetingKind::Empty`](crate::GreetingKind::Empty).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Greeting;
    ///
    /// assert!(Greeting::new("\t\u{FEFF}\n").is_empty());
    /// assert!(!Greeting::new("👋").is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        crate::detector::is_blank(&self.0)
    }

    /// The text, by value.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Greeting::new("Hi").into_string(), "Hi");
    /// ```
    #[must_use]
    pub fn into_string(self) -> String {
        self.0
    }
}

impl From<&str> for Greeting {
    fn from(text: &str) -> Self {
        Greeting(text.to_owned())
    }
}

impl From<String> for Greeting {
    fn from(text: String) -> Self {
        Greeting(text)
    }
}

impl AsRef<str> for Greeting {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Greeting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
