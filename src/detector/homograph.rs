//! Words that one language reads as shared history and another as an
//! everyday word: Dutch "met" (with) is English "met", German and Dutch
//! "hier" (here) is French "hier" (yesterday).
//!
//! The vocabulary applies every language's words to every note, which is
//! what lets a note mix languages; a homograph is where that breaks. Read
//! as history everywhere, it makes every Dutch note with "met" personal;
//! read as an everyday word everywhere, "Merci pour hier !" becomes a
//! template, the unsafe side. So such a word is read in the language of the
//! words just before it in its own sentence (salutations and sign-offs
//! aside: they are what people most often say in another language, "Hoi,
//! we met!"): as everyday only when more of them belong to a language
//! whose everyday word it is than to one whose history word it is (each
//! word counts for the languages whose lexicon lines list it, and a word
//! listed in both counts for neither). With nothing to tell, it stays a
//! word of shared history. Slots, which only refuse words, see both
//! readings and so refuse a homograph anywhere.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use foldhash::fast::FixedState;

use super::lexicon::WordClasses;

/// How many words before a homograph, in its own sentence, tell its
/// language: enough for a clause ("ik kom graag", "merci pour"), few enough
/// that reading one costs a bounded number of lookups however long the note.
pub(crate) const WINDOW: usize = 6;

/// The most languages homographs can be told apart in (one bit each of
/// [`Languages`]): more than the vocabulary has (the catalog's 78 and the
/// languages of the lists). A homograph of a language past them would get
/// no reading and be a word of shared history everywhere: with 16 bits,
/// a vocabulary round in more languages pushed Dutch past the 16th, and
/// "met" (Dutch "with") made Dutch templates personal.
const MAX_LANGUAGES: usize = Languages::BITS as usize;

/// A set of the languages homographs involve, one bit each.
pub(crate) type Languages = u128;

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

    /// The word's `classes` as the words before it read it: without the
    /// history class, or without the body classes.
    pub(crate) fn classes(
        self,
        classes: WordClasses,
        before: impl IntoIterator<Item = Languages>,
    ) -> WordClasses {
        if self.is_body(before) {
            classes.without(WordClasses::HISTORY)
        } else {
            classes.without(WordClasses::BODY)
        }
    }
}

/// The homographs of a vocabulary and the languages that tell them apart.
#[derive(Debug, Default)]
pub(crate) struct Homographs {
    /// The homographs given a reading (single normalised words).
    pub(crate) readings: HashMap<Box<str>, Reading, FixedState>,
    /// Homographs that could get none (a language past
    /// [`MAX_LANGUAGES`]): words of shared history.
    pub(crate) unread: Vec<Box<str>>,
    /// The bit of each language homographs involve.
    bits: BTreeMap<Box<str>, Languages>,
}

impl Homographs {
    /// Finds the homographs among `entries` (normalised word, classes,
    /// the space-separated languages of its lexicon line): words of shared
    /// history in some languages and body words in others, with no
    /// language listing them as both (a word one language lists as both is
    /// left as the lexicon has it). Two passes over `entries`.
    pub(crate) fn find<'a>(
        entries: impl Iterator<Item = (&'a str, WordClasses, &'a str)> + Clone,
    ) -> Homographs {
        let single = |word: &str| !word.contains(' ');
        let mut history: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (word, classes, languages) in entries.clone() {
            if classes.contains(WordClasses::HISTORY) && single(word) {
                history
                    .entry(word)
                    .or_default()
                    .extend(languages.split_whitespace());
            }
        }
        let mut body: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (word, classes, languages) in entries {
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
        let bits: BTreeMap<Box<str>, Languages> = all
            .into_iter()
            .take(MAX_LANGUAGES)
            .enumerate()
            .map(|(bit, language)| (language.into(), 1 << bit))
            .collect();
        let mut found = Homographs {
            bits,
            ..Homographs::default()
        };
        for (word, history, body) in homographs {
            let set = |languages: &BTreeSet<&str>| -> Option<Languages> {
                languages
                    .iter()
                    .try_fold(0, |set, &language| Some(set | found.bits.get(language)?))
            };
            match (set(history), set(body)) {
                (Some(history), Some(body)) => {
                    found
                        .readings
                        .insert(word.into(), Reading { history, body });
                }
                _ => found.unread.push(word.into()),
            }
        }
        found
    }

    /// The set of homograph languages among a lexicon line's `languages`.
    pub(crate) fn languages(&self, languages: &str) -> Languages {
        languages
            .split_whitespace()
            .filter_map(|language| self.bits.get(language))
            .fold(0, |set, bit| set | bit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: WordClasses = WordClasses::HISTORY;
    const F: WordClasses = WordClasses::FUNCTION;

    const ENTRIES: [(&str, WordClasses, &str); 11] = [
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
    ];

    fn found() -> Homographs {
        Homographs::find(ENTRIES.iter().copied())
    }

    /// Whether `word` reads as everyday after `before`.
    fn is_body(found: &Homographs, word: &str, before: &[&str]) -> bool {
        let languages = |w: &&str| {
            let lines = ENTRIES.iter().filter(|e| e.0 == *w).map(|e| e.2);
            lines.fold(0, |set, line| set | found.languages(line))
        };
        found.readings[word].is_body(before.iter().map(languages))
    }

    #[test]
    fn a_homograph_is_history_in_some_languages_and_body_in_others() {
        let found = found();
        let mut words: Vec<&str> = found.readings.keys().map(|w| &**w).collect();
        words.sort_unstable();
        // "meet" is both in English: not a homograph; "call" is history only.
        assert_eq!(words, ["hier", "met"]);
        assert!(found.unread.is_empty());
    }

    #[test]
    fn the_words_before_it_choose_the_reading() {
        let found = found();
        assert!(is_body(&found, "met", &["ik"]));
        assert!(!is_body(&found, "met", &["to"]));
        assert!(is_body(&found, "hier", &["ik"]));
        assert!(!is_body(&found, "hier", &["pour"]));
        // Nothing to tell, or a tie, or a word of both: history.
        assert!(!is_body(&found, "met", &[]));
        assert!(!is_body(&found, "met", &["ik", "to"]));
        assert!(!is_body(&found, "hier", &["de"]));
    }

    #[test]
    fn a_homograph_of_too_many_languages_is_history() {
        let codes: Vec<String> = (0..MAX_LANGUAGES).map(|k| format!("l{k:02}")).collect();
        let mut entries: Vec<(&str, WordClasses, &str)> =
            codes.iter().map(|code| ("a", H, code.as_str())).collect();
        // One language more than there are bits: bits go by code, so "zz"
        // gets none.
        entries.extend([("a", F, "zz"), ("b", H, "l00"), ("b", F, "l01")]);
        let found = Homographs::find(entries.into_iter());
        assert_eq!(found.unread, [Box::from("a")]);
        assert!(found.readings.contains_key("b"));
    }

    #[test]
    fn a_reading_drops_the_other_classes() {
        let reading = Reading {
            history: 1,
            body: 2,
        };
        let both = H | F | WordClasses::TITLE;
        assert_eq!(reading.classes(both, [2]), F | WordClasses::TITLE);
        assert_eq!(reading.classes(both, [1]), H | WordClasses::TITLE);
        assert_eq!(reading.classes(both, []), H | WordClasses::TITLE);
    }

    proptest::proptest! {
        /// The everyday reading needs evidence: a word of its body
        /// languages alone, and adding a word of its history languages
        /// never makes it everyday.
        #[test]
        fn the_everyday_reading_needs_more_evidence_than_history(
            before in proptest::collection::vec(proptest::num::u128::ANY, 0..WINDOW),
            history in 1..=u128::MAX,
            body in 1..=u128::MAX,
        ) {
            let body = body & !history;
            proptest::prop_assume!(body != 0);
            let reading = Reading { history, body };
            let body_only = before.iter().any(|&set| set & body != 0 && set & history == 0);
            if !body_only {
                proptest::prop_assert!(!reading.is_body(before.iter().copied()));
            }
            let mut more = before.clone();
            more.push(history);
            proptest::prop_assert!(
                !reading.is_body(more.iter().copied()) || reading.is_body(before.iter().copied())
            );
        }
    }
}
