//! Words that one language reads as shared history and another as an
//! everyday word: Dutch "met" (with) is English "met", German and Dutch
//! "hier" (here) is French "hier" (yesterday).
//!
//! The vocabulary applies every language's words to every note, which is
//! what lets a note mix languages; a homograph is where that breaks. Read
//! as history everywhere, it makes every Dutch note with "met" personal;
//! read as an everyday word everywhere, "Merci pour hier !" becomes a
//! template, the unsafe side. So such a word is read in the language of the
//! words just before it: as everyday only when more of them belong to a
//! language whose everyday word it is than to one whose history word it is
//! (each word counts for the languages whose lexicon lines list it, and a
//! word listed in both counts for neither). With nothing to tell, it stays
//! a word of shared history.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::lexicon::WordClasses;

/// How many words before a homograph tell its language: enough for a
/// clause ("ik kom graag", "merci pour"), few enough that reading one costs
/// a bounded number of lookups however long the note.
pub(crate) const WINDOW: usize = 6;

/// The most languages that homographs can be told apart in (one bit each of
/// [`Languages`]); a homograph of a language past them stays history.
const MAX_LANGUAGES: usize = 16;

/// A set of the languages homographs involve, one bit each.
pub(crate) type Languages = u16;

/// The languages a homograph is a history word in, and those it is an
/// everyday (body) word in: disjoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading {
    history: Languages,
    body: Languages,
}

impl Reading {
    /// Whether the word reads as everyday, given the language sets of the
    /// words before it: more of them in its body languages alone than in
    /// its history languages alone.
    pub(crate) fn is_body(self, before: impl IntoIterator<Item = Languages>) -> bool {
        let (mut history, mut body) = (0usize, 0usize);
        for languages in before {
            let (h, b) = (languages & self.history != 0, languages & self.body != 0);
            history += usize::from(h && !b);
            body += usize::from(b && !h);
        }
        body > history
    }

    /// `classes` as this reading gives them: without the history class, or
    /// without the body classes.
    pub(crate) fn classes(classes: WordClasses, body: bool) -> WordClasses {
        if body {
            classes.without(WordClasses::HISTORY)
        } else {
            classes.without(WordClasses::BODY)
        }
    }
}

/// The homographs of a vocabulary (single normalised words) with their
/// readings, and which of the homographs' languages each word listed in a
/// line of one belongs to.
#[derive(Debug, Default)]
pub(crate) struct Homographs<'a> {
    pub(crate) readings: HashMap<Box<str>, Reading>,
    pub(crate) languages: HashMap<&'a str, Languages>,
}

impl<'a> Homographs<'a> {
    /// Finds the homographs among `entries` (normalised word, classes,
    /// the space-separated languages of its lexicon line): words of shared
    /// history in some languages and body words in others, with no
    /// language listing them as both.
    pub(crate) fn find(entries: &[(&'a str, WordClasses, &'a str)]) -> Homographs<'a> {
        let single = |word: &str| !word.contains(' ');
        let mut history: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for &(word, classes, languages) in entries {
            if classes.contains(WordClasses::HISTORY) && single(word) {
                history
                    .entry(word)
                    .or_default()
                    .extend(languages.split_whitespace());
            }
        }
        let mut body: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for &(word, classes, languages) in entries {
            if classes.intersects(WordClasses::BODY) && history.contains_key(word) {
                body.entry(word)
                    .or_default()
                    .extend(languages.split_whitespace());
            }
        }
        let homographs: Vec<(&str, &BTreeSet<&str>, &BTreeSet<&str>)> = body
            .iter()
            .filter_map(|(&word, body)| {
                let history = &history[word];
                history.is_disjoint(body).then_some((word, history, body))
            })
            .collect();
        let mut all: BTreeSet<&str> = BTreeSet::new();
        for (_, history, body) in &homographs {
            all.extend(history.iter().chain(body.iter()));
        }
        let bits: BTreeMap<&str, Languages> = all
            .into_iter()
            .take(MAX_LANGUAGES)
            .enumerate()
            .map(|(bit, language)| (language, 1 << bit))
            .collect();
        let set = |languages: &BTreeSet<&str>| -> Option<Languages> {
            languages
                .iter()
                .try_fold(0, |set, language| Some(set | bits.get(language)?))
        };
        let readings: HashMap<Box<str>, Reading> = homographs
            .iter()
            .filter_map(|&(word, history, body)| {
                Some((
                    word.into(),
                    Reading {
                        history: set(history)?,
                        body: set(body)?,
                    },
                ))
            })
            .collect();
        if readings.is_empty() {
            return Homographs::default();
        }
        let mut languages: HashMap<&str, Languages> = HashMap::new();
        for &(word, _, line) in entries {
            let set = line
                .split_whitespace()
                .filter_map(|language| bits.get(language))
                .fold(0, |set, bit| set | bit);
            if set != 0 && single(word) {
                *languages.entry(word).or_default() |= set;
            }
        }
        Homographs {
            readings,
            languages,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: WordClasses = WordClasses::HISTORY;
    const F: WordClasses = WordClasses::FUNCTION;

    fn found() -> Homographs<'static> {
        Homographs::find(&[
            ("met", H, "en"),
            ("met", F, "nl"),
            ("hier", H, "fr"),
            ("hier", F, "de nl"),
            ("meet", H, "en"),
            ("meet", F, "en"),
            ("call", H, "en"),
            ("ik", F, "nl"),
            ("to", F, "en"),
            ("pour", F, "fr"),
            ("de", F, "fr nl"),
        ])
    }

    #[test]
    fn a_homograph_is_history_in_some_languages_and_body_in_others() {
        let found = found();
        let mut words: Vec<&str> = found.readings.keys().map(|w| &**w).collect();
        words.sort_unstable();
        // "meet" is both in English: not a homograph; "call" is history only.
        assert_eq!(words, ["hier", "met"]);
    }

    #[test]
    fn the_words_before_it_choose_the_reading() {
        let found = found();
        let languages = &found.languages;
        let reading = |word: &str, before: &[&str]| {
            found.readings[word].is_body(
                before
                    .iter()
                    .map(|w| languages.get(w).copied().unwrap_or(0)),
            )
        };
        assert!(reading("met", &["ik"]));
        assert!(!reading("met", &["to"]));
        assert!(reading("hier", &["ik"]));
        assert!(!reading("hier", &["pour"]));
        // Nothing to tell, or a tie, or a word of both: history.
        assert!(!reading("met", &[]));
        assert!(!reading("met", &["ik", "to"]));
        assert!(!reading("hier", &["de"]));
    }

    proptest::proptest! {
        /// The words before a homograph choose at most one reading, and
        /// none when there are none.
        #[test]
        fn evidence_never_chooses_both_readings(
            before in proptest::collection::vec(proptest::num::u16::ANY, 0..WINDOW),
            history in 1..=u16::MAX,
            body in 1..=u16::MAX,
        ) {
            let body = body & !history;
            proptest::prop_assume!(body != 0);
            let one = Reading { history, body };
            let other = Reading { history: body, body: history };
            let (a, b) = (one.is_body(before.iter().copied()), other.is_body(before.iter().copied()));
            proptest::prop_assert!(!(a && b));
            if before.is_empty() {
                proptest::prop_assert!(!a && !b);
            }
        }
    }

    #[test]
    fn a_reading_drops_the_other_classes() {
        let both = H | F | WordClasses::TITLE;
        assert_eq!(Reading::classes(both, true), F | WordClasses::TITLE);
        assert_eq!(Reading::classes(both, false), H | WordClasses::TITLE);
    }
}
