//! The stock-text catalog: texts platforms pre-fill, compiled to word
//! templates.
//!
//! The built-in catalog is `data/stock_greetings.tsv` and
//! `data/stock_texts_more.tsv`, embedded in the binary: one row per text
//! with its platform, language, the source it was seen in (kept as
//! attribution) and, in the second file, how well that source confirms it.
//! `{sender}`, `{recipient}`, `{headline}`, `{group}`, `{site}`,
//! `{invite_url}` and `{profile_url}` are slots the platform fills with a
//! name, a profile headline, a group's or a site's name, or a link.

use std::sync::Arc;

use crate::spelled::spelled_enum;

use super::contractions::{is_english, respellings};
use super::normalize::{Scratch, WordFlags, may_abbreviate, normalize_into};
use super::tsv;
use crate::error::Kind;

/// The built-in catalog, as committed (tab-separated, with header rows).
pub(crate) const BUILT_IN: [&str; 2] = [
    include_str!("../../data/stock_greetings.tsv"),
    include_str!("../../data/stock_texts_more.tsv"),
];

spelled_enum! {
    /// How well a catalog row's source confirms that the platform sends the
    /// text, as recorded in the catalog's `confidence` column.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Confidence, GreetingDetector};
    ///
    /// let detector = GreetingDetector::new();
    /// let wechat = detector.detect("我是张伟").stock_text().cloned().expect("WeChat's text");
    /// assert_eq!(wechat.platform(), "WeChat");
    /// assert_eq!(wechat.confidence(), Some(Confidence::Verified));
    /// assert_eq!("single".parse::<Confidence>()?, Confidence::Single);
    /// # Ok::<(), opendoor::ParseError>(())
    /// ```
    Confidence, "confidence" {
        /// Seen in a localisation file or in several independent sources.
        Verified => "verified",
        /// Seen in one source.
        Single => "single",
    }
}

/// A stock text of the catalog: the text a platform pre-fills, with where it
/// comes from.
///
/// # Examples
///
/// ```
/// use opendoor::GreetingDetector;
///
/// let detector = GreetingDetector::new();
/// let detection = detector.detect("Hi Sam, I'd like to add you as a contact.");
/// let stock = detection.stock_text().expect("a Skype stock text");
/// assert_eq!(stock.platform(), "Skype");
/// assert_eq!(stock.language(), "en");
/// assert!(stock.text().contains("{recipient}"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StockText {
    platform: Arc<str>,
    language: Arc<str>,
    text: Arc<str>,
    source: Option<Arc<str>>,
    confidence: Option<Confidence>,
}

impl StockText {
    /// The platform that pre-fills this text (`LinkedIn`, `Skype`, …).
    #[must_use]
    pub fn platform(&self) -> &str {
        &self.platform
    }

    /// The text's language as an ISO 639-1 code (`en`, `fr`, …).
    #[must_use]
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The text as catalogued, slots (`{sender}`, …) included.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the text was seen (a localisation file, a public issue thread,
    /// a guide), if the catalog row says.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::new();
    /// let stock = detector.detect("Please accept this friend request.").stock_text().cloned();
    /// assert!(stock.and_then(|s| s.source().map(str::to_owned)).is_some_and(|s| !s.is_empty()));
    /// ```
    #[must_use]
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// How well the source confirms the text, if the catalog row grades it
    /// (rows of the first built-in file and rows added with
    /// [`GreetingDetectorBuilder::stock_text`](crate::GreetingDetectorBuilder::stock_text)
    /// are not graded).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Confidence, GreetingDetector};
    ///
    /// let detector = GreetingDetector::new();
    /// let graded = detector.stock_texts().filter(|s| s.confidence() == Some(Confidence::Single));
    /// assert!(graded.count() > 0);
    /// let linkedin = detector.detect("I'd like to add you to my professional network on LinkedIn.");
    /// assert_eq!(linkedin.stock_text().and_then(|s| s.confidence()), None);
    /// ```
    #[must_use]
    pub fn confidence(&self) -> Option<Confidence> {
        self.confidence
    }
}

/// The most slots a stock text may have. Each slot can take several word
/// counts, so matching a template tries their product; three keep that small
/// (no platform text has more than one).
pub(crate) const MAX_SLOTS: usize = 3;

/// What a slot may hold. Its words are counted as the tokenizer makes
/// them: the halves of "Anne-Sophie" are two, and so is each character of a
/// script written without spaces ("张伟").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Slot {
    /// A person's name (`{sender}`, `{recipient}`): one to eight words
    /// ("Abdullah bin Rashid Al-Mansouri"), at most six characters of a
    /// script without spaces, with no boundary inside but an abbreviation's
    /// full stop ("Dr. Ann Lee").
    Name,
    /// A site's name (`{site}`): like a name.
    Site,
    /// A group's name (`{group}`): one to twelve words, like a name.
    Group,
    /// A profile headline (`{headline}`): one to twelve words on one line.
    Headline,
    /// A link (`{invite_url}`, `{profile_url}`): up to sixteen words with no
    /// whitespace between them.
    Url,
}

impl Slot {
    pub(crate) const fn max_words(self) -> usize {
        match self {
            Slot::Name | Slot::Site => 8,
            Slot::Group | Slot::Headline => 12,
            Slot::Url => 16,
        }
    }

    /// The most words with a common use (generic or sign-off words) a slot
    /// holding a proper name may take ("Will Smith", "Friends of Rust"), or
    /// `None` when any word may stand in it (a headline, a link).
    pub(crate) const fn max_common_words(self) -> Option<usize> {
        match self {
            Slot::Name | Slot::Site => Some(1),
            Slot::Group => Some(2),
            Slot::Headline | Slot::Url => None,
        }
    }

    /// The most characters of a script without spaces the slot may hold:
    /// a run of them longer than a name is a sentence, not a name.
    pub(crate) const fn max_unspaced(self) -> usize {
        match self {
            Slot::Name | Slot::Site => 6,
            Slot::Group | Slot::Headline | Slot::Url => 12,
        }
    }

    /// Flags that always end the slot: no word carrying one continues it.
    pub(crate) const fn stops(self) -> WordFlags {
        match self {
            Slot::Name | Slot::Site | Slot::Group => WordFlags::LINE
                .union(WordFlags::COMMA)
                .union(WordFlags::DASH),
            Slot::Headline => WordFlags::LINE.union(WordFlags::SENTENCE),
            Slot::Url => WordFlags::SPACE.union(WordFlags::LINE),
        }
    }

    /// Whether a word with `flags` may continue the slot after `previous`
    /// (the word before it, in the slot, with `previous_flags`): across a
    /// full stop only after an abbreviation ("Dr. Ann Lee"), which the last
    /// part of a domain is not ("example.org. Bilboko …" ends a sentence).
    pub(crate) fn continues(
        self,
        flags: WordFlags,
        previous: &str,
        previous_flags: WordFlags,
    ) -> bool {
        match self {
            Slot::Name | Slot::Site | Slot::Group => {
                !flags.intersects(WordFlags::LINE | WordFlags::COMMA | WordFlags::DASH)
                    && (!flags.contains(WordFlags::SENTENCE)
                        || (may_abbreviate(previous)
                            && !previous_flags.contains(WordFlags::DOTTED)))
            }
            Slot::Headline => !flags.intersects(WordFlags::LINE | WordFlags::SENTENCE),
            Slot::Url => !flags.intersects(WordFlags::SPACE | WordFlags::LINE),
        }
    }
}

/// The fewest words a text without its salutation
/// ([`Template::unsaluted`]) may hold: fewer say too little to stand for
/// the text ("Hi {recipient}, hello!"). Each character of a script
/// without spaces counts as a word.
pub(crate) const MIN_UNSALUTED_WORDS: usize = 3;

/// One piece of a compiled template.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Segment {
    /// Normalised words separated by single spaces, and how many there are;
    /// then the other spellings of the same words, each with its count
    /// (an English text's contractions written out or made, see
    /// [`contractions`](super::contractions)).
    Literal {
        text: Box<str>,
        words: usize,
        others: Box<[(Box<str>, usize)]>,
    },
    Slot(Slot),
}

/// A catalog entry compiled for matching.
#[derive(Debug, Clone)]
pub(crate) struct Template {
    pub(crate) stock: StockText,
    pub(crate) segments: Vec<Segment>,
}

impl Template {
    /// Compiles `text` into segments.
    ///
    /// # Errors
    ///
    /// An unknown-slot error for a slot other than the three known ones or
    /// an unbalanced brace, too many slots, or an empty text when no word
    /// remains.
    pub(crate) fn compile(
        platform: &str,
        language: &str,
        text: &str,
        scratch: &mut Scratch,
    ) -> Result<Template, Kind> {
        Template::compile_row(
            &Row {
                platform,
                language,
                text: text.to_owned(),
                source: None,
                confidence: None,
            },
            scratch,
        )
    }

    /// Compiles a catalog row.
    pub(crate) fn compile_row(row: &Row<'_>, scratch: &mut Scratch) -> Result<Template, Kind> {
        let (platform, language, text) = (row.platform, row.language, row.text.as_str());
        let english = is_english(language);
        let mut segments = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            let (literal, slot, after) = match rest.find(['{', '}']) {
                Some(open) if rest.as_bytes()[open] == b'{' => {
                    let close = rest[open..].find('}').map(|c| open + c);
                    let Some(close) = close else {
                        return Err(unknown_slot(&rest[open..], text));
                    };
                    let slot = match &rest[open..=close] {
                        "{sender}" | "{recipient}" => Slot::Name,
                        "{site}" => Slot::Site,
                        "{group}" => Slot::Group,
                        "{headline}" => Slot::Headline,
                        "{invite_url}" | "{profile_url}" => Slot::Url,
                        other => return Err(unknown_slot(other, text)),
                    };
                    (&rest[..open], Some(slot), &rest[close + 1..])
                }
                Some(close) => return Err(unknown_slot(&rest[close..=close], text)),
                None => (rest, None, ""),
            };
            normalize_into(literal, scratch);
            if !scratch.words.is_empty() {
                let text: Box<str> = scratch.text.as_str().into();
                let words = scratch.words.len();
                let others = if english {
                    other_spellings(literal, &text, scratch)
                } else {
                    Box::default()
                };
                segments.push(Segment::Literal {
                    text,
                    words,
                    others,
                });
            }
            segments.extend(slot.map(Segment::Slot));
            rest = after;
        }
        let slots = segments
            .iter()
            .filter(|s| matches!(s, Segment::Slot(_)))
            .count();
        if slots > MAX_SLOTS {
            return Err(Kind::TooManySlots {
                text: text.to_owned(),
                slots,
                max: MAX_SLOTS,
            });
        }
        if !segments
            .iter()
            .any(|s| matches!(s, Segment::Literal { .. }))
        {
            return Err(Kind::EmptyStockText {
                platform: platform.to_owned(),
                language: language.to_owned(),
                text: text.to_owned(),
            });
        }
        Ok(Template {
            stock: StockText {
                platform: platform.into(),
                language: language.into(),
                text: text.into(),
                source: row.source.map(Arc::from),
                confidence: row.confidence,
            },
            segments,
        })
    }

    /// Splits off the other spellings of the template's first literal as
    /// templates of their own, each standing for the same stock text, and
    /// leaves this one with its first spelling only: the engine indexes
    /// templates by their first words, which a spelling may change ("I
    /// would" for "I'd"). Later literals keep theirs, tried in place.
    pub(crate) fn split_first_spellings(&mut self) -> Vec<Template> {
        let first = self.first_literal();
        let Some(Segment::Literal { others, .. }) = self.segments.get_mut(first) else {
            return Vec::new();
        };
        let others = std::mem::take(others);
        others
            .into_vec()
            .into_iter()
            .map(|(text, words)| {
                let mut segments = self.segments.clone();
                segments[first] = Segment::Literal {
                    text,
                    words,
                    others: Box::default(),
                };
                Template {
                    stock: self.stock.clone(),
                    segments,
                }
            })
            .collect()
    }

    /// The text without the salutation the platform opens it with, when
    /// it greets someone by name (`Hi {recipient},`: a literal of
    /// salutation words, as `salutes` tells them, then a name): the rest,
    /// standing for the same stock text, when it is one literal of at
    /// least [`MIN_UNSALUTED_WORDS`] words. The grammar reads any
    /// salutation before a stock text, so the rest matches the text
    /// greeting the reader otherwise or not at all ("Hello, I would like
    /// to add you as a contact."). Not for a text that goes on with a slot
    /// (Wire's "Hi {recipient},⏎Let's connect on Wire.⏎{sender}"): read
    /// without its salutation, a short remark in the slot's place ("Let's
    /// connect on Wire. Happy birthday!") would be the sender's name.
    /// `None` for a text without such a salutation.
    pub(crate) fn unsaluted(&self, salutes: impl Fn(&str) -> bool) -> Option<Template> {
        let [
            Segment::Literal { text, .. },
            Segment::Slot(Slot::Name),
            rest @ ..,
        ] = self.segments.as_slice()
        else {
            return None;
        };
        match rest {
            [Segment::Literal { words, .. }]
                if *words >= MIN_UNSALUTED_WORDS && text.split(' ').all(salutes) =>
            {
                Some(Template {
                    stock: self.stock.clone(),
                    segments: rest.to_vec(),
                })
            }
            _ => None,
        }
    }

    /// How many of the template's words are its own (not a slot's), in
    /// its shortest spelling.
    pub(crate) fn literal_words(&self) -> usize {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Literal { words, others, .. } => {
                    others.iter().map(|o| o.1).fold(*words, usize::min)
                }
                Segment::Slot(_) => 0,
            })
            .sum()
    }

    /// The index of the first literal segment (0, or 1 after a leading slot;
    /// a template starting with two slots is indexed by its first literal
    /// too, with the slots before it matched backwards).
    pub(crate) fn first_literal(&self) -> usize {
        self.segments
            .iter()
            .position(|s| matches!(s, Segment::Literal { .. }))
            .unwrap_or(0)
    }
}

/// The other spellings of an English literal `raw` (normalised: `text`),
/// normalised, without repeats.
fn other_spellings(raw: &str, text: &str, scratch: &mut Scratch) -> Box<[(Box<str>, usize)]> {
    let mut others: Vec<(Box<str>, usize)> = Vec::new();
    for spelling in respellings(raw) {
        normalize_into(&spelling, scratch);
        let other = scratch.text.as_str();
        if !scratch.words.is_empty() && other != text && others.iter().all(|(o, _)| &**o != other) {
            others.push((other.into(), scratch.words.len()));
        }
    }
    others.into_boxed_slice()
}

fn unknown_slot(slot: &str, text: &str) -> Kind {
    Kind::UnknownSlot {
        slot: slot.chars().take(40).collect(),
        text: text.to_owned(),
    }
}

/// One row of a catalog file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row<'a> {
    pub(crate) platform: &'a str,
    pub(crate) language: &'a str,
    pub(crate) text: String,
    pub(crate) source: Option<&'a str>,
    pub(crate) confidence: Option<Confidence>,
}

/// Parses a tab-separated catalog (`platform`, `language`, `text`, then
/// optionally `source` and `confidence`, further columns ignored; a header
/// row starting `platform`, blank lines and `#` comment lines are skipped;
/// `\n` in `text` stands for a line break).
///
/// # Errors
///
/// A catalog-line error naming the first line with fewer than three
/// columns, an empty platform or language, or a confidence other than
/// `verified` or `single`.
pub(crate) fn parse_tsv(tsv: &str) -> Result<Vec<Row<'_>>, Kind> {
    let mut rows = Vec::new();
    for mut line in tsv::lines(tsv, "platform") {
        let number = line.number;
        let problem = |problem: &str| Kind::CatalogLine {
            line: number,
            problem: problem.to_owned(),
        };
        let Some([platform, language, text]) = line.three() else {
            return Err(problem(
                "expected at least 3 tab-separated columns: platform, language, text",
            ));
        };
        if platform.trim().is_empty() || language.trim().is_empty() {
            return Err(problem("platform and language must not be empty"));
        }
        let source = line.columns.next().map(str::trim).filter(|s| !s.is_empty());
        let confidence = match line.columns.next().map(str::trim) {
            None | Some("") => None,
            Some(value) => Some(
                value
                    .parse::<Confidence>()
                    .map_err(|e| problem(&format!("bad confidence column: {e}")))?,
            ),
        };
        rows.push(Row {
            platform: platform.trim(),
            language: language.trim(),
            text: text.replace("\\n", "\n"),
            source,
            confidence,
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(text: &str) -> Result<Template, Kind> {
        Template::compile("P", "en", text, &mut Scratch::default())
    }

    #[test]
    fn slots_split_literals() {
        let t = compile("Hi {recipient}, I'd like to add you as a contact.").unwrap();
        assert_eq!(
            t.segments,
            [
                Segment::Literal {
                    text: "hi".into(),
                    words: 1,
                    others: Box::default(),
                },
                Segment::Slot(Slot::Name),
                Segment::Literal {
                    text: "id like to add you as a contact".into(),
                    words: 8,
                    others: [("i would like to add you as a contact".into(), 9)].into(),
                },
            ]
        );
        assert_eq!(t.first_literal(), 0);
        assert_eq!(compile("{sender} here!").unwrap().first_literal(), 1);
    }

    #[test]
    fn a_text_is_read_without_the_salutation_it_opens_with() {
        let salutes = |word: &str| matches!(word, "hi" | "hello");
        let skype = compile("Hi {recipient}, I'd like to add you as a contact.").unwrap();
        let rest = skype.unsaluted(salutes).expect("the words after the name");
        assert_eq!(rest.segments, skype.segments[2..]);
        assert_eq!(rest.stock, skype.stock);
        // Not when a slot ends it, nor when the rest is short or the first
        // words greet nobody.
        let wire = compile("Hi {recipient},\nLet's connect on Wire.\n{sender}").unwrap();
        assert!(wire.unsaluted(salutes).is_none());
        assert!(
            compile("Hi {recipient}, welcome!")
                .unwrap()
                .unsaluted(salutes)
                .is_none()
        );
        assert!(
            compile("Dear {recipient}, I'd like to add you.")
                .unwrap()
                .unsaluted(salutes)
                .is_none()
        );
    }

    #[test]
    fn bad_texts_are_errors() {
        assert!(
            matches!(compile("Hi {name}"), Err(Kind::UnknownSlot { slot, .. }) if slot == "{name}")
        );
        assert!(matches!(
            compile("Hi {sender"),
            Err(Kind::UnknownSlot { .. })
        ));
        assert!(
            matches!(compile("Hi } there"), Err(Kind::UnknownSlot { slot, .. }) if slot == "}")
        );
        assert!(matches!(
            compile(" {sender}! "),
            Err(Kind::EmptyStockText { .. })
        ));
        assert!(matches!(compile(""), Err(Kind::EmptyStockText { .. })));
        assert!(matches!(
            compile("{sender} {sender} a {sender} b {recipient}"),
            Err(Kind::TooManySlots {
                slots: 4,
                max: 3,
                ..
            })
        ));
    }

    #[test]
    fn built_in_catalog_parses() {
        let first = parse_tsv(BUILT_IN[0]).unwrap();
        assert_eq!(first.len(), 176);
        let more = parse_tsv(BUILT_IN[1]).unwrap();
        assert_eq!(more.len(), 343);
        assert!(
            more.iter()
                .all(|r| r.confidence.is_some() && r.source.is_some())
        );
        assert!(first.iter().chain(&more).all(|r| !r.text.contains("\\n")));
    }

    #[test]
    fn a_bad_confidence_names_its_line() {
        let err = parse_tsv("A\ten\tHi there\tsomewhere\tmaybe\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("catalog line 1: bad confidence column:"),
            "{err}"
        );
    }

    #[test]
    fn short_lines_name_their_number() {
        let err = parse_tsv("platform\tlanguage\ttext\nA\ten\n").unwrap_err();
        assert!(err.to_string().starts_with("catalog line 2:"), "{err}");
    }
}
