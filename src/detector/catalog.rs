//! The stock-text catalog: texts platforms pre-fill, compiled to word
//! templates.
//!
//! The built-in catalog is `data/stock_greetings.tsv`, embedded in the
//! binary: one row per text with its platform, language and the source it was
//! seen in (kept as attribution). `{sender}`, `{recipient}` and `{headline}`
//! are slots the platform fills with a name or a profile headline.

use std::sync::Arc;

use super::normalize::{Scratch, normalize_into};
use super::tsv;
use crate::error::Kind;

/// The built-in catalog, as committed (tab-separated, with a header row).
pub(crate) const BUILT_IN: &str = include_str!("../../data/stock_greetings.tsv");

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
}

/// The most slots a stock text may have. Each slot can take several word
/// counts, so matching a template tries their product; three keep that small
/// (no platform text has more than one).
pub(crate) const MAX_SLOTS: usize = 3;

/// What a slot may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Slot {
    /// A person's name: one to four words.
    Name,
    /// A profile headline: one to twelve words.
    Headline,
}

impl Slot {
    pub(crate) const fn max_words(self) -> usize {
        match self {
            Slot::Name => 4,
            Slot::Headline => 12,
        }
    }
}

/// One piece of a compiled template.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Segment {
    /// Normalised words separated by single spaces, and how many there are.
    Literal {
        text: Box<str>,
        words: usize,
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
                        "{headline}" => Slot::Headline,
                        other => return Err(unknown_slot(other, text)),
                    };
                    (&rest[..open], Some(slot), &rest[close + 1..])
                }
                Some(close) => return Err(unknown_slot(&rest[close..=close], text)),
                None => (rest, None, ""),
            };
            normalize_into(literal, scratch);
            if !scratch.words.is_empty() {
                segments.push(Segment::Literal {
                    text: scratch.text.as_str().into(),
                    words: scratch.words.len(),
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
            },
            segments,
        })
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
}

/// Parses a tab-separated catalog (`platform`, `language`, `text`, optional
/// further columns such as `source`; a header row starting `platform`,
/// blank lines and `#` comment lines are skipped; `\n` in `text` stands for
/// a line break).
///
/// # Errors
///
/// A catalog-line error naming the first line with fewer than three
/// columns or an empty platform or language.
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
        rows.push(Row {
            platform: platform.trim(),
            language: language.trim(),
            text: text.replace("\\n", "\n"),
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
                    words: 1
                },
                Segment::Slot(Slot::Name),
                Segment::Literal {
                    text: "id like to add you as a contact".into(),
                    words: 8
                },
            ]
        );
        assert_eq!(t.first_literal(), 0);
        assert_eq!(compile("{sender} here!").unwrap().first_literal(), 1);
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
        let rows = parse_tsv(BUILT_IN).unwrap();
        assert_eq!(rows.len(), 176);
        assert!(rows.iter().all(|r| !r.text.contains("\\n")));
    }

    #[test]
    fn short_lines_name_their_number() {
        let err = parse_tsv("platform\tlanguage\ttext\nA\ten\n").unwrap_err();
        assert!(err.to_string().starts_with("catalog line 2:"), "{err}");
    }
}
