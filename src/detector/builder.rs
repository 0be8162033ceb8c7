//! Building a detector with more stock texts, vocabulary or patterns.

use std::sync::Arc;

use regex::{RegexSet, RegexSetBuilder};

use super::GreetingDetector;
use super::catalog::{self, Template};
use super::homograph::{Homographs, Languages};
use super::inflection::Inflections;
use super::lexicon::{self, WordClass, WordClasses};
use super::mail_merge::MergeFields;
use super::matcher::Engine;
use super::normalize::{Scratch, normalize_into};
use super::repeats;
use crate::error::{BuildError, Kind};

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
/// # Ok::<(), opendoor::BuildError>(())
/// ```
#[derive(Debug, Clone)]
pub struct GreetingDetectorBuilder {
    extras: Extras,
}

/// What a builder adds to the built-in detector: its whole input, as data
/// ([`DetectorConfig`](crate::DetectorConfig) reads and writes it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub(crate) struct Extras {
    built_in_catalog: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    stock_texts: Vec<ExtraStockText>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    stock_texts_tsv: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    salutations: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    sign_offs: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    generic_words: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    generic_patterns: Vec<String>,
    /// See [`GreetingDetector::with_repeat_cache`]: as asked (0: none).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_zero"))]
    repeat_cache: usize,
}

#[cfg(feature = "serde")]
fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Default for Extras {
    fn default() -> Self {
        Extras {
            built_in_catalog: true,
            stock_texts: Vec::new(),
            stock_texts_tsv: Vec::new(),
            salutations: Vec::new(),
            sign_offs: Vec::new(),
            generic_words: Vec::new(),
            generic_patterns: Vec::new(),
            repeat_cache: 0,
        }
    }
}

/// One stock text added with [`GreetingDetectorBuilder::stock_text`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
struct ExtraStockText {
    platform: String,
    language: String,
    text: String,
}

impl GreetingDetectorBuilder {
    /// A builder with the built-in catalog and vocabulary.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetectorBuilder::new().build()?;
    /// assert!(detector.stock_texts().len() >= 519);
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::from_extras(Extras::default())
    }

    pub(crate) fn from_extras(mut extras: Extras) -> Self {
        // As the detector will have it, so that equal detectors have equal
        // configurations.
        extras.repeat_cache = repeats::slots(extras.repeat_cache);
        GreetingDetectorBuilder { extras }
    }

    pub(crate) fn extras(&self) -> Extras {
        self.extras.clone()
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
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn built_in_catalog(&mut self, yes: bool) -> &mut Self {
        self.extras.built_in_catalog = yes;
        self
    }

    /// Adds a stock text. `{sender}` and `{recipient}` in `text` match a
    /// name of one to eight words, `{headline}` a headline of up to twelve
    /// on one line. Slots that open the text are counted together, by the
    /// last one's limit: `{sender} ({headline}) wants to connect` takes at
    /// most twelve words before "wants".
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
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn stock_text(
        &mut self,
        platform: impl Into<String>,
        language: impl Into<String>,
        text: impl Into<String>,
    ) -> &mut Self {
        self.extras.stock_texts.push(ExtraStockText {
            platform: platform.into(),
            language: language.into(),
            text: text.into(),
        });
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
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn stock_texts_tsv(&mut self, tsv: impl Into<String>) -> &mut Self {
        self.extras.stock_texts_tsv.push(tsv.into());
        self
    }

    /// Adds a salutation ("ahoy", or a phrase: "kia ora"): a note may open
    /// with it, followed by a name. An entry of several words (or of
    /// several characters of a script written without spaces) is matched
    /// as a whole phrase.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::builder().salutation("...").build();
    /// assert!(detector.is_err(), "no word in it");
    /// let detector = GreetingDetector::builder().salutation("ahoy").salutation("kia ora").build()?;
    /// assert_eq!(detector.classify("Ahoy Sam, I'd like to join your LinkedIn network."), GreetingKind::PlatformDefault);
    /// assert_eq!(detector.classify("Kia ora Sam, I'd like to join your LinkedIn network."), GreetingKind::PlatformDefault);
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn salutation(&mut self, word: impl Into<String>) -> &mut Self {
        self.extras.salutations.push(word.into());
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
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn sign_off(&mut self, word: impl Into<String>) -> &mut Self {
        self.extras.sign_offs.push(word.into());
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
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn generic_word(&mut self, word: impl Into<String>) -> &mut Self {
        self.extras.generic_words.push(word.into());
        self
    }

    /// Adds a generic-template pattern: a regular expression a whole
    /// sentence of a generic note matches. Patterns see the *normalised*
    /// sentence: lower case, accents and apostrophes removed, punctuation
    /// gone, words separated by single spaces (`"I’d love to connect!"` is
    /// `id love to connect`). They are anchored at both ends and compiled
    /// with size limits (1 MiB each, 16 MiB together), so a pattern from an
    /// untrusted config cannot make matching super-linear or unbounded; and
    /// each must be a valid regex on its own, so that one cannot close the
    /// anchoring group and escape it (`x)|(.*` is an error, not a pattern
    /// that matches every note).
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
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn generic_pattern(&mut self, pattern: impl Into<String>) -> &mut Self {
        self.extras.generic_patterns.push(pattern.into());
        self
    }

    /// Slots of a memo of repeats per thread for the detector built (see
    /// [`GreetingDetector::with_repeat_cache`]; default 0, none). With
    /// nothing else added, the detector built shares the built-in one's
    /// catalog and vocabulary instead of building them again.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::builder().repeat_cache(1000).build()?;
    /// assert_eq!(detector.repeat_cache_slots(), 1024);
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn repeat_cache(&mut self, slots: usize) -> &mut Self {
        self.extras.repeat_cache = repeats::slots(slots);
        self
    }

    /// Builds the detector.
    ///
    /// Building reads and indexes the whole built-in vocabulary (about
    /// 181,000 entries with their stems) and compiles the catalog: about
    /// 100 milliseconds in a release build. Build once and share the detector
    /// (cloning it is a reference-count increment);
    /// [`GreetingDetector::new`] shares one built-in detector.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming the first bad entry: a stock text with an
    /// unknown slot, too many slots or no words, a bad catalog line, a
    /// vocabulary entry with no word, or a pattern that does not
    /// compile or is too large (see [`BuildErrorKind`](crate::BuildErrorKind)).
    pub fn build(&self) -> Result<GreetingDetector, BuildError> {
        let extras = &self.extras;
        // Only a memo asked for: the built-in detector, shared. (It is
        // built here too, with no memo, so this never calls itself.)
        let slots = extras.repeat_cache;
        if slots > 0
            && (Extras {
                repeat_cache: 0,
                ..extras.clone()
            }) == Extras::default()
        {
            return Ok(GreetingDetector::new().with_repeat_cache(slots));
        }
        let mut scratch = Scratch::default();
        let built_in = if extras.built_in_catalog {
            &catalog::BUILT_IN[..]
        } else {
            &[]
        };
        let mut templates = Vec::new();
        let catalogs = built_in
            .iter()
            .copied()
            .chain(extras.stock_texts_tsv.iter().map(String::as_str));
        for tsv in catalogs {
            for row in catalog::parse_tsv(tsv)? {
                templates.push(Template::compile_row(&row, &mut scratch)?);
            }
        }
        for stock in &extras.stock_texts {
            templates.push(Template::compile(
                &stock.platform,
                &stock.language,
                &stock.text,
                &mut scratch,
            )?);
        }

        let mut vocabulary: Vec<(Box<str>, WordClasses)> = Vec::new();
        // The languages of each entry's lexicon line, for homographs (none
        // for a word the caller adds).
        let mut lines: Vec<&str> = Vec::new();
        let lexicon = lexicon::parse(lexicon::BUILT_IN)?;
        let mut inflections =
            Inflections::from_rows(&lexicon.suffixes, &lexicon.prefixes, &mut scratch);
        let mut street_endings: Vec<Box<str>> = Vec::new();
        let mut field_endings: Vec<Box<str>> = Vec::new();
        for &(class, languages, words) in &lexicon.words {
            for entry in words.split_whitespace() {
                // An entry with a leading "-" ends a compound word.
                let compound = match (class, entry.strip_prefix('-')) {
                    (WordClass::Address, Some(ending)) => Some((&mut street_endings, ending)),
                    (WordClass::Field, Some(ending)) => Some((&mut field_endings, ending)),
                    _ => None,
                };
                if let Some((endings, ending)) = compound {
                    normalize_into(ending, &mut scratch);
                    if scratch.words.len() == 1 {
                        endings.push(scratch.text.as_str().into());
                    }
                    continue;
                }
                normalize_into(entry, &mut scratch);
                if !scratch.words.is_empty() {
                    inflections.learn(&scratch.text, class.classes(), languages);
                    vocabulary.push((scratch.text.as_str().into(), class.classes()));
                    lines.push(languages);
                }
            }
        }
        let words = [
            (WordClass::Salutation, &extras.salutations),
            (WordClass::SignOff, &extras.sign_offs),
            (WordClass::Generic, &extras.generic_words),
        ];
        let words = words
            .into_iter()
            .flat_map(|(class, words)| words.iter().map(move |word| (class, word)));
        for (class, word) in words {
            normalize_into(word, &mut scratch);
            if scratch.words.is_empty() {
                return Err(Kind::InvalidWord {
                    class: class.as_str(),
                    word: word.clone(),
                }
                .into());
            }
            vocabulary.push((scratch.text.as_str().into(), class.classes()));
            lines.push("");
        }

        let homographs = Homographs::find(
            vocabulary
                .iter()
                .zip(&lines)
                .map(|((word, classes), &line)| (&**word, *classes, line)),
        );
        // Entries of one line follow each other: its set is worked out once.
        let mut last: (&str, Languages) = ("", 0);
        let languages: Vec<Languages> = lines
            .iter()
            .map(|&line| {
                if !std::ptr::eq(line, last.0) {
                    last = (line, homographs.languages(line));
                }
                last.1
            })
            .collect();

        let patterns = if extras.generic_patterns.is_empty() {
            None
        } else {
            Some(compile_patterns(&extras.generic_patterns)?)
        };
        Ok(GreetingDetector {
            repeat_slots: 0,
            engine: Arc::new(
                Engine::new(
                    templates,
                    vocabulary.into_iter().zip(languages),
                    inflections,
                    patterns,
                )
                .with_compound_endings(street_endings, field_endings)
                .with_merge_fields(MergeFields::new(
                    lexicon.merge_fields.iter().map(|&(_, words)| words),
                ))
                .with_homographs(homographs)
                .memoized(),
            ),
        }
        .with_repeat_cache(slots))
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

fn compile_patterns(patterns: &[String]) -> Result<RegexSet, Kind> {
    let anchored: Vec<String> = patterns.iter().map(|p| format!("^(?:{p})$")).collect();
    // Compile one at a time first, so an error names its pattern: alone,
    // so that one whose parentheses do not balance cannot close the
    // anchoring group and escape it ("x)|(.*" would match every note),
    // then anchored.
    for (pattern, full) in patterns.iter().zip(&anchored) {
        for regex in [pattern, full] {
            RegexSetBuilder::new([regex])
                .size_limit(PATTERN_SIZE_LIMIT)
                .build()
                .map_err(|source| Kind::InvalidPattern {
                    pattern: pattern.clone(),
                    source,
                })?;
        }
    }
    RegexSetBuilder::new(&anchored)
        .size_limit(PATTERNS_SIZE_LIMIT)
        .dfa_size_limit(PATTERNS_DFA_LIMIT)
        .build()
        .map_err(|source| Kind::InvalidPattern {
            pattern: format!("(all {} patterns together)", patterns.len()),
            source,
        })
}
