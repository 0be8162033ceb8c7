//! The note attached to a request, and the detector that tells a platform's
//! stock text from a generic template and from a personal note.
//!
//! Nothing here knows about policies: a policy asks the detector about a
//! greeting and weighs the answer.

mod catalog;
mod lexicon;
mod matcher;
mod normalize;

use std::cell::RefCell;
use std::fmt;
use std::sync::{Arc, LazyLock};

use regex::RegexSetBuilder;

pub use catalog::StockText;
use catalog::Template;
use matcher::{Buffers, Engine, Outcome};
use normalize::Scratch;

use crate::Error;

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
    /// whitespace and invisible characters (zero-width spaces, bidi
    /// controls). Agrees with [`GreetingKind::Empty`].
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
        normalize::is_blank(&self.0)
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

/// What kind of note a greeting is.
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
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum GreetingKind {
    /// No note, or only whitespace and invisible characters.
    Empty,
    /// The platform's stock text, with at most a salutation before it and a
    /// signature or pleasantry after it. The sender may not have typed a
    /// word: the platform often forces it.
    PlatformDefault,
    /// A note with nothing specific to the recipient: a short connect
    /// request many people paste, with or without pleasantries.
    GenericTemplate,
    /// A note that says something specific (a meeting, an article, a shared
    /// colleague, a name the vocabulary does not know). When unsure, the
    /// detector says `Personal`: a false "template" may cost a real person a
    /// connection.
    Personal,
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

    /// A stable snake_case identifier (`empty`, `platform_default`,
    /// `generic_template`, `personal`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::GreetingKind::GenericTemplate.as_str(), "generic_template");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            GreetingKind::Empty => "empty",
            GreetingKind::PlatformDefault => "platform_default",
            GreetingKind::GenericTemplate => "generic_template",
            GreetingKind::Personal => "personal",
        }
    }
}

impl fmt::Display for GreetingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The detector's verdict on one note: its [`GreetingKind`] and, for a
/// stock text, which catalog entry it is.
///
/// # Examples
///
/// ```
/// use opendoor::{GreetingDetector, GreetingKind};
///
/// let detector = GreetingDetector::new();
/// let detection = detector.detect("Je vous invite à faire partie de mon réseau professionnel sur LinkedIn.");
/// assert_eq!(detection.kind(), GreetingKind::PlatformDefault);
/// assert_eq!(detection.platform(), Some("LinkedIn"));
/// assert_eq!(detection.language(), Some("fr"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detection<'d> {
    kind: GreetingKind,
    stock: Option<&'d StockText>,
    disguised: bool,
}

impl<'d> Detection<'d> {
    /// The kind of note.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// assert_eq!(GreetingDetector::new().detect("  ").kind(), GreetingKind::Empty);
    /// ```
    #[must_use]
    pub fn kind(&self) -> GreetingKind {
        self.kind
    }

    /// The catalog entry of a [`PlatformDefault`](GreetingKind::PlatformDefault) note.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// let detector = GreetingDetector::new();
    /// let stock = detector.detect("Ana here! Tox me maybe?").stock_text().cloned();
    /// assert_eq!(stock.map(|s| s.text().to_owned()).as_deref(), Some("{sender} here! Tox me maybe?"));
    /// ```
    #[must_use]
    pub fn stock_text(&self) -> Option<&'d StockText> {
        self.stock
    }

    /// The platform of the matched stock text.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// assert_eq!(GreetingDetector::new().detect("Hello!").platform(), None);
    /// ```
    #[must_use]
    pub fn platform(&self) -> Option<&'d str> {
        self.stock.map(StockText::platform)
    }

    /// Whether a note that is not personal hides behind disguises: look-alike
    /// letters of another script mixed into a word (Cyrillic `а` in `аdd`),
    /// invisible characters between letters, or stacked combining marks.
    /// A mass sender uses them to make a stock text look personal; the
    /// detector sees through them and says so here. Always `false` for a
    /// personal note.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::new();
    /// let detection = detector.detect("I'd like to \u{430}dd you to my L\u{456}nkedIn network");
    /// assert_eq!(detection.kind(), GreetingKind::PlatformDefault);
    /// assert!(detection.is_disguised());
    /// assert!(!detector.detect("I'd like to add you to my LinkedIn network").is_disguised());
    /// ```
    #[must_use]
    pub fn is_disguised(&self) -> bool {
        self.disguised
    }

    /// The language (ISO 639-1) of the matched stock text.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// let detector = GreetingDetector::new();
    /// let detection = detector.detect("Ich würde dich gerne zu meiner Kontaktliste hinzufügen.");
    /// assert_eq!(detection.language(), Some("de"));
    /// ```
    #[must_use]
    pub fn language(&self) -> Option<&'d str> {
        self.stock.map(StockText::language)
    }
}

/// Tells a platform's stock text from a generic template and from a personal
/// note, in any of the catalog's 69 languages, however it is decorated.
///
/// # How it decides
///
/// The note is normalised (case, accents, compatibility forms, apostrophe
/// and quote styles, whitespace, zero-width characters and HTML entities are
/// folded away) into words, and the words are read once, left to right,
/// against a small grammar: an optional salutation ("Hi Ann,", "Bonjour"),
/// a body of stock texts and generic words, and an optional signature
/// ("Best, Ann", "– Ann\nSenior Engineer at Acme"). A word the vocabulary
/// does not know (a topic, a place, a number, a name outside a salutation or
/// signature) makes the note [`Personal`](GreetingKind::Personal).
///
/// # Performance
///
/// Build once and share: [`GreetingDetector::new`] clones a lazily built
/// shared instance (an `Arc`), so calling it in a loop costs a reference
/// count, not a catalog build. The first classification in a process also
/// builds a 256 KiB per-character folding table (a few milliseconds).
///
/// Classification is a single pass over the note in linear time; it
/// allocates nothing once its per-thread buffers have grown, and keeps at
/// most 4 KiB of normalised text whatever the input's size: a longer note is
/// judged on its first 4 KiB of complete words, so padding a stock text with
/// pleasantries cannot make it personal. Most personal notes are decided
/// within their first few words. On a 2.6 GHz Xeon core a
/// mixed, multilingual inbox classifies at about 1.6 million notes per
/// second (see the README's performance table).
///
/// # Examples
///
/// ```
/// use opendoor::{GreetingDetector, GreetingKind};
///
/// let detector = GreetingDetector::new();
/// let note = "HI SAM!!\n\nI’d like to add you to my professional network on LinkedIn\n\n– Ann";
/// assert_eq!(detector.classify(note), GreetingKind::PlatformDefault);
/// ```
#[derive(Clone)]
pub struct GreetingDetector {
    engine: Arc<Engine>,
}

static BUILT_IN: LazyLock<GreetingDetector> = LazyLock::new(|| {
    GreetingDetectorBuilder::new()
        .build()
        .unwrap_or_else(|e| unreachable!("the built-in catalog is checked by tests: {e}"))
});

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

impl GreetingDetector {
    /// The detector with the built-in catalog and vocabulary (shared: cheap
    /// to call repeatedly).
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::new();
    /// assert!(detector.stock_texts().count() >= 176);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        BUILT_IN.clone()
    }

    /// A builder, starting from the built-in catalog and vocabulary.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::builder()
    ///     .stock_text("Acme Social", "en", "{sender} wants to be your friend on Acme")
    ///     .build()?;
    /// assert_eq!(detector.classify("Bo Li wants to be your friend on Acme!"), GreetingKind::PlatformDefault);
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    #[must_use]
    pub fn builder() -> GreetingDetectorBuilder {
        GreetingDetectorBuilder::new()
    }

    /// The kind of `note`.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::new();
    /// assert_eq!(detector.classify("Hola, me gustaría contactar contigo"), GreetingKind::PlatformDefault);
    /// ```
    #[must_use]
    pub fn classify(&self, note: &str) -> GreetingKind {
        self.detect(note).kind
    }

    /// The kind of `note` and, for a stock text, the catalog entry.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// let detector = GreetingDetector::new();
    /// let detection = detector.detect("Hi, I'd like to add you to my professional network on Berty");
    /// assert_eq!(detection.platform(), Some("Berty"));
    /// ```
    #[must_use]
    pub fn detect(&self, note: &str) -> Detection<'_> {
        let (outcome, disguised) = BUFFERS.with(|buffers| match buffers.try_borrow_mut() {
            Ok(mut buffers) => self.engine.run(note, &mut buffers),
            // Only reachable if classification re-entered itself on this
            // thread; fresh buffers keep it correct.
            Err(_) => self.engine.run(note, &mut Buffers::default()),
        });
        let (kind, stock) = match outcome {
            Outcome::Empty => (GreetingKind::Empty, None),
            Outcome::Stock(t) => (
                GreetingKind::PlatformDefault,
                Some(&self.engine.templates[t].stock),
            ),
            Outcome::Generic => (GreetingKind::GenericTemplate, None),
            Outcome::Personal => (GreetingKind::Personal, None),
        };
        Detection {
            kind,
            stock,
            disguised: disguised && !kind.is_personal(),
        }
    }

    /// The catalog's stock texts.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::new();
    /// assert!(detector.stock_texts().any(|s| s.platform() == "qTox" && s.language() == "ja"));
    /// ```
    pub fn stock_texts(&self) -> impl ExactSizeIterator<Item = &StockText> + '_ {
        self.engine.templates.iter().map(|t| &t.stock)
    }
}

impl Default for GreetingDetector {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for GreetingDetector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GreetingDetector")
            .field("stock_texts", &self.engine.templates.len())
            .finish_non_exhaustive()
    }
}

/// Builds a [`GreetingDetector`] with more stock texts, vocabulary or
/// generic-template patterns, from [`GreetingDetector::builder`].
///
/// Setters record their input; [`build`](GreetingDetectorBuilder::build)
/// checks all of it and names the first bad entry.
///
/// # Examples
///
/// ```
/// use opendoor::{GreetingDetector, GreetingKind};
///
/// let detector = GreetingDetector::builder()
///     .built_in_catalog(false)
///     .stock_text("Acme", "en", "Join me on Acme")
///     .salutation("ahoy")
///     .generic_pattern(r"i (?:really )?want to grow my network")
///     .build()?;
/// assert_eq!(detector.stock_texts().len(), 1);
/// assert_eq!(detector.classify("Ahoy! Join me on Acme."), GreetingKind::PlatformDefault);
/// assert_eq!(detector.classify("I really want to grow my network."), GreetingKind::GenericTemplate);
/// # Ok::<(), opendoor::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct GreetingDetectorBuilder {
    built_in_catalog: bool,
    stock_texts: Vec<(String, String, String)>,
    catalogs: Vec<String>,
    words: Vec<(u8, &'static str, String)>,
    patterns: Vec<String>,
}

impl GreetingDetectorBuilder {
    /// A builder with the built-in catalog and vocabulary.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetectorBuilder::new().build()?;
    /// assert!(detector.stock_texts().len() >= 176);
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> Self {
        GreetingDetectorBuilder {
            built_in_catalog: true,
            stock_texts: Vec::new(),
            catalogs: Vec::new(),
            words: Vec::new(),
            patterns: Vec::new(),
        }
    }

    /// Whether to start from the built-in catalog of stock texts (default:
    /// `true`). The built-in vocabulary (salutations, sign-offs, generic
    /// words) is always included.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::builder().built_in_catalog(false).build()?;
    /// assert_eq!(detector.stock_texts().len(), 0);
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    pub fn built_in_catalog(&mut self, yes: bool) -> &mut Self {
        self.built_in_catalog = yes;
        self
    }

    /// Adds a stock text. `{sender}` and `{recipient}` in `text` match a
    /// name of one to four words, `{headline}` a headline of up to twelve.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::builder()
    ///     .stock_text("Acme", "en", "{sender} ({headline}) wants to connect")
    ///     .build()?;
    /// assert_eq!(detector.classify("Ann Lee (CTO at Acme) wants to connect"), GreetingKind::PlatformDefault);
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    pub fn stock_text(
        &mut self,
        platform: impl Into<String>,
        language: impl Into<String>,
        text: impl Into<String>,
    ) -> &mut Self {
        self.stock_texts
            .push((platform.into(), language.into(), text.into()));
        self
    }

    /// Adds every row of a tab-separated catalog in the format of the
    /// built-in one: columns `platform`, `language`, `text` and optionally
    /// more (such as `source`); an optional header row; `\n` in `text` for a
    /// line break.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::builder()
    ///     .built_in_catalog(false)
    ///     .stock_texts_tsv("platform\tlanguage\ttext\nAcme\ten\tJoin me on Acme\n")
    ///     .build()?;
    /// assert_eq!(detector.stock_texts().len(), 1);
    ///
    /// let err = opendoor::GreetingDetector::builder().stock_texts_tsv("Acme\ten").build().unwrap_err();
    /// assert!(err.to_string().starts_with("catalog line 1:"));
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    pub fn stock_texts_tsv(&mut self, tsv: impl Into<String>) -> &mut Self {
        self.catalogs.push(tsv.into());
        self
    }

    /// Adds a salutation word ("ahoy"): a note may open with it, followed by
    /// a name.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::builder().salutation("kia ora").build();
    /// assert!(detector.is_err(), "one word at a time");
    /// let detector = GreetingDetector::builder().salutation("ahoy").build()?;
    /// assert_eq!(detector.classify("Ahoy Sam, I'd like to join your LinkedIn network."), GreetingKind::PlatformDefault);
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    pub fn salutation(&mut self, word: impl Into<String>) -> &mut Self {
        self.words
            .push((lexicon::SALUTATION, "salutation", word.into()));
        self
    }

    /// Adds a sign-off or pleasantry word ("ciao"): a stock text followed
    /// only by such words stays a stock text.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::builder().sign_off("aloha").build()?;
    /// assert_eq!(detector.classify("I'd like to join your LinkedIn network. Aloha!"), GreetingKind::PlatformDefault);
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    pub fn sign_off(&mut self, word: impl Into<String>) -> &mut Self {
        self.words
            .push((lexicon::SIGN_OFF, "sign-off", word.into()));
        self
    }

    /// Adds a generic word: one that says nothing specific in a connect
    /// request ("synergize").
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::builder().generic_word("synergize").build()?;
    /// assert_eq!(detector.classify("Let's connect and synergize!"), GreetingKind::GenericTemplate);
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    pub fn generic_word(&mut self, word: impl Into<String>) -> &mut Self {
        self.words
            .push((lexicon::GENERIC, "generic word", word.into()));
        self
    }

    /// Adds a generic-template pattern: a regular expression a whole
    /// sentence of a generic note matches. Patterns see the *normalised*
    /// sentence: lower case, accents and apostrophes removed, punctuation
    /// gone, words separated by single spaces (`"I’d love to connect!"` is
    /// `id love to connect`). They are anchored at both ends and compiled
    /// with size limits (1 MiB each, 16 MiB together), so a pattern from an
    /// untrusted config cannot make matching super-linear or unbounded.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::builder()
    ///     .generic_pattern(r"(?:we|you) seem (?:like )?interesting \w+")
    ///     .build()?;
    /// assert_eq!(detector.classify("Hi! You seem interesting, Zyx."), GreetingKind::GenericTemplate);
    /// assert!(GreetingDetector::builder().generic_pattern("(").build().is_err());
    /// # Ok::<(), opendoor::Error>(())
    /// ```
    pub fn generic_pattern(&mut self, pattern: impl Into<String>) -> &mut Self {
        self.patterns.push(pattern.into());
        self
    }

    /// Builds the detector.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownSlot`], [`Error::TooManySlots`] or
    /// [`Error::EmptyStockText`] for a bad stock text, [`Error::CatalogLine`] for a bad catalog line,
    /// [`Error::InvalidWord`] for a vocabulary word that is not one word,
    /// [`Error::InvalidPattern`] for a pattern that does not compile or is
    /// too large.
    pub fn build(&self) -> Result<GreetingDetector, Error> {
        let mut scratch = Scratch::default();
        let mut templates = Vec::new();
        if self.built_in_catalog {
            for row in catalog::parse_tsv(catalog::BUILT_IN)? {
                templates.push(Template::compile(
                    row.platform,
                    row.language,
                    &row.text,
                    &mut scratch,
                )?);
            }
        }
        for tsv in &self.catalogs {
            for row in catalog::parse_tsv(tsv)? {
                templates.push(Template::compile(
                    row.platform,
                    row.language,
                    &row.text,
                    &mut scratch,
                )?);
            }
        }
        for (platform, language, text) in &self.stock_texts {
            templates.push(Template::compile(platform, language, text, &mut scratch)?);
        }

        let mut vocabulary: Vec<(Box<str>, u8)> = Vec::new();
        for (class, words) in lexicon::parse(lexicon::BUILT_IN)? {
            normalize::normalize_into(words, &mut scratch);
            vocabulary.extend(scratch.text.split(' ').map(|w| (w.into(), class)));
        }
        for (class, role, word) in &self.words {
            normalize::normalize_into(word, &mut scratch);
            if scratch.words.len() != 1 {
                return Err(Error::InvalidWord {
                    role,
                    word: word.clone(),
                });
            }
            vocabulary.push((scratch.text.as_str().into(), *class));
        }

        let patterns = if self.patterns.is_empty() {
            None
        } else {
            Some(compile_patterns(&self.patterns)?)
        };
        Ok(GreetingDetector {
            engine: Arc::new(Engine::new(templates, vocabulary, patterns)),
        })
    }
}

impl Default for GreetingDetectorBuilder {
    fn default() -> Self {
        Self::new()
    }
}

/// The most memory one user pattern may compile to.
const PATTERN_SIZE_LIMIT: usize = 1 << 20;
/// The most memory all user patterns together may compile to.
const PATTERNS_SIZE_LIMIT: usize = 16 << 20;
/// The most memory the lazy DFA of the patterns may use while matching.
const PATTERNS_DFA_LIMIT: usize = 4 << 20;

fn compile_patterns(patterns: &[String]) -> Result<regex::RegexSet, Error> {
    let anchored: Vec<String> = patterns.iter().map(|p| format!("^(?:{p})$")).collect();
    // Compile one at a time first, so an error names its pattern.
    for (pattern, full) in patterns.iter().zip(&anchored) {
        RegexSetBuilder::new([full])
            .size_limit(PATTERN_SIZE_LIMIT)
            .build()
            .map_err(|source| Error::InvalidPattern {
                pattern: pattern.clone(),
                source: Box::new(source),
            })?;
    }
    RegexSetBuilder::new(&anchored)
        .size_limit(PATTERNS_SIZE_LIMIT)
        .dfa_size_limit(PATTERNS_DFA_LIMIT)
        .build()
        .map_err(|source| Error::InvalidPattern {
            pattern: format!("(all {} patterns together)", patterns.len()),
            source: Box::new(source),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_detector_builds() {
        let detector = GreetingDetectorBuilder::new().build().unwrap();
        assert_eq!(detector.stock_texts().len(), 176);
    }

    #[test]
    fn new_shares_one_engine() {
        assert!(Arc::ptr_eq(
            &GreetingDetector::new().engine,
            &GreetingDetector::new().engine
        ));
    }

    #[test]
    fn memory_stays_bounded_on_huge_notes() {
        let detector = GreetingDetector::new();
        let notes = [
            "I'd like to add you to my network ".repeat(300_000),
            "a".repeat(10_000_000),
            "word ".repeat(2_000_000),
            format!("{}Hi", " \u{200B}".repeat(2_500_000)),
        ];
        for note in &notes {
            assert!(note.len() >= 10_000_000);
            let _ = detector.classify(note);
            let footprint = BUFFERS.with(|b| b.borrow().footprint());
            assert!(footprint < 256 * 1024, "{footprint} bytes kept");
        }
    }

    #[test]
    fn bad_words_are_named() {
        let err = GreetingDetector::builder()
            .sign_off("...")
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "sign-off \"...\" must be exactly one word once normalised"
        );
    }
}
