//! Inflected forms of the vocabulary: a light stemmer per language.
//!
//! A generic note is made of words the vocabulary knows, and every word it
//! does not know makes the note personal. Written lists of word forms never
//! cover a language that inflects ("Kooperation", "Kooperationen"; "обмен",
//! "обмену"; "insanlar", "insanlarla"), so a generic note in German,
//! Russian or Turkish was read as personal for one case ending. Here a word
//! the vocabulary lacks is compared with the vocabulary's generic and
//! history words by *stem*: two words are forms of one another in a
//! language when each is a common stem of at least [`MIN_STEM`] letters
//! plus one of that language's inflectional suffixes (from `suffix` lines
//! of `data/lexicon.tsv`) or nothing. Every cut is tried on both sides, not
//! only the longest suffix: a longest-suffix stemmer splits "Kooperation"
//! as "kooperatio-n" and "Kooperationen" as "kooperation-en", and the pair
//! would never meet.
//!
//! The match is read conservatively, in the safe direction:
//! - a word whose stem is a *history* stem ("kennenlernen" →
//!   "Kennenlernens") counts as a history word: the note stays personal;
//! - a word whose stem is a *generic* stem counts as a function word: body
//!   material of a generic note, and still free to be a name (a stem can
//!   meet a name by accident: "Carlos", "Carla").
//!
//! A suffix cut off a word is matched only against the stems of the
//! languages that have that suffix, so one language's ending cannot join
//! another language's stem. A word the vocabulary knows is never stemmed:
//! its own classes stand.
//!
//! Some languages also write a word's article or a clitic on its front:
//! French and Italian elide ("d'éventuelles", "dell'azienda", folded to
//! one word with the apostrophe), Arabic joins the article and
//! conjunctions ("والتواصل": "and the contact"). `prefix` lines list them;
//! a word no stem accounts for is read again without each prefix it starts
//! with, against the stems of the prefix's languages only.
//!
//! Cost: only a note's unknown words (a name, a topic) are stemmed, with
//! one hash lookup per distinct suffix length (a few dozen at most) and one
//! per stem, the same again per prefix the word starts with, and no
//! allocation.

use std::collections::HashMap;

use foldhash::fast::FixedState;

use super::lexicon::WordClasses;
use super::normalize::{Scratch, is_hangul_syllable, normalize_into};

/// The fewest letters a stem keeps: shorter stems meet too many unrelated
/// words. A Hangul syllable counts as two, since it writes two or three
/// letters ("경력" is a stem of four).
const MIN_STEM: usize = 4;

/// The languages that write every noun with a capital, not only names.
const NOUNS_CAPITALISED: &str = "de lb";

/// A set of languages, by the index [`Inflections`] gave each.
type Languages = u128;

/// What a stem stands for, per language.
#[derive(Debug, Clone, Copy, Default)]
struct Stem {
    generic: Languages,
    history: Languages,
    /// Favours done for someone ("cover" → "covering my shift").
    favour: Languages,
    /// Occasions of someone's life ("boutique" → "boutiques").
    occasion: Languages,
}

impl Stem {
    /// The stem a vocabulary word of `classes` gives, in every language
    /// (see [`Stem::within`]): generic for generic, function and common
    /// words, and history words, favours and occasions for their own; none
    /// for other classes.
    fn of(classes: WordClasses) -> Stem {
        let when = |class: WordClasses| {
            if classes.intersects(class) {
                Languages::MAX
            } else {
                0
            }
        };
        Stem {
            generic: when(WordClasses::GENERIC | WordClasses::FUNCTION),
            history: when(WordClasses::HISTORY),
            favour: when(WordClasses::FAVOUR),
            occasion: when(WordClasses::OCCASION),
        }
    }

    /// Whether the stem stands for no class in any language.
    fn is_empty(self) -> bool {
        self.generic | self.history | self.favour | self.occasion == 0
    }

    /// This stem's languages among `set`.
    fn within(self, set: Languages) -> Stem {
        Stem {
            generic: self.generic & set,
            history: self.history & set,
            favour: self.favour & set,
            occasion: self.occasion & set,
        }
    }

    /// The languages of either stem, by class.
    fn union(self, other: Stem) -> Stem {
        Stem {
            generic: self.generic | other.generic,
            history: self.history | other.history,
            favour: self.favour | other.favour,
            occasion: self.occasion | other.occasion,
        }
    }
}

/// The suffixes of each language and the stems of the vocabulary.
#[derive(Debug, Default)]
pub(crate) struct Inflections {
    /// The languages that have suffix rules, in index order.
    languages: Vec<Box<str>>,
    /// Suffix (normalised) → the languages that inflect with it, and its
    /// letters.
    suffixes: HashMap<Box<str>, (Languages, usize), FixedState>,
    /// The suffix lengths worth a look-up, by a word's last byte: most
    /// cuts are ruled out without one.
    suffix_lengths: LengthTable,
    /// Stem → the languages whose generic or history words have it.
    stems: HashMap<Box<str>, Stem, FixedState>,
    /// Prefix (normalised) → the languages that write it on a word.
    prefixes: HashMap<Box<str>, Languages, FixedState>,
    /// The prefix lengths worth a look-up, by a word's first byte.
    prefix_lengths: LengthTable,
    /// The languages that capitalise every noun, not only names.
    nouns_capitalised: Languages,
}

/// The distinct byte lengths of a set of affixes (longest or shortest
/// first), and per byte of a word (its first or last, as the affixes sit),
/// which of those lengths (bit `j` for `lengths[j]`) an affix with that
/// byte has.
#[derive(Debug, Default)]
struct LengthTable {
    lengths: Vec<usize>,
    by_byte: Vec<u64>,
}

impl LengthTable {
    fn new<'a>(
        affixes: impl Iterator<Item = &'a str> + Clone,
        longest_first: bool,
        edge: fn(&[u8]) -> Option<&u8>,
    ) -> Self {
        let mut lengths: Vec<usize> = affixes.clone().map(str::len).collect();
        lengths.sort_unstable();
        if longest_first {
            lengths.reverse();
        }
        lengths.dedup();
        let mut by_byte = vec![0u64; 256];
        for affix in affixes {
            let j = lengths.iter().position(|&l| l == affix.len()).unwrap_or(0);
            let byte = edge(affix.as_bytes()).copied().unwrap_or(0);
            // Past 64 distinct lengths, every length is looked up.
            by_byte[usize::from(byte)] |= 1u64.checked_shl(j as u32).unwrap_or(u64::MAX);
        }
        LengthTable { lengths, by_byte }
    }

    /// The lengths some affix with `byte` at its edge has, in order: the
    /// set bits of its entry, then any lengths past the 64th.
    fn candidates(&self, byte: u8) -> impl Iterator<Item = usize> + '_ {
        let mut bits = self.by_byte.get(usize::from(byte)).copied().unwrap_or(0);
        let marked = std::iter::from_fn(move || {
            let j = bits.trailing_zeros();
            bits &= bits.wrapping_sub(1);
            (j < 64)
                .then(|| self.lengths.get(j as usize).copied())
                .flatten()
        });
        marked.chain(self.lengths.iter().skip(64).copied())
    }
}

impl Inflections {
    /// Rules from `(languages, suffixes)` and `(languages, prefixes)` rows:
    /// languages separated by spaces, affixes already normalised. A row
    /// with too many languages (over 128 in all) adds none past the 128th.
    pub(crate) fn new<'a>(
        suffix_rows: impl IntoIterator<Item = (&'a str, Vec<Box<str>>)>,
        prefix_rows: impl IntoIterator<Item = (&'a str, Vec<Box<str>>)>,
    ) -> Self {
        let mut inflections = Inflections::default();
        for (languages, suffixes) in suffix_rows {
            let set = inflections.index(languages, true);
            for suffix in suffixes.into_iter().filter(|s| !s.is_empty()) {
                let letters = letters(&suffix);
                inflections.suffixes.entry(suffix).or_insert((0, letters)).0 |= set;
            }
        }
        for (languages, prefixes) in prefix_rows {
            let set = inflections.index(languages, true);
            for prefix in prefixes.into_iter().filter(|p| !p.is_empty()) {
                *inflections.prefixes.entry(prefix).or_insert(0) |= set;
            }
        }
        inflections.nouns_capitalised = inflections.index(NOUNS_CAPITALISED, false);
        inflections.suffix_lengths = LengthTable::new(
            inflections.suffixes.keys().map(|s| &**s),
            true,
            <[u8]>::last,
        );
        inflections.prefix_lengths = LengthTable::new(
            inflections.prefixes.keys().map(|s| &**s),
            false,
            <[u8]>::first,
        );
        inflections
    }

    /// Rules from the `suffix` and `prefix` rows of a lexicon (`(languages,
    /// affixes)`, affixes separated by spaces and normalised here like
    /// notes; an entry that normalises to no single word is skipped).
    pub(crate) fn from_rows(
        suffixes: &[(&str, &str)],
        prefixes: &[(&str, &str)],
        scratch: &mut Scratch,
    ) -> Self {
        let suffixes = normalised(suffixes, scratch);
        let prefixes = normalised(prefixes, scratch);
        Inflections::new(suffixes, prefixes)
    }

    /// The set of `languages` (spaces between codes), adding unknown codes
    /// when `add` is set and there is room.
    fn index(&mut self, languages: &str, add: bool) -> Languages {
        let mut set = 0;
        for code in languages.split_whitespace() {
            let at = match self.languages.iter().position(|l| &**l == code) {
                Some(at) => at,
                None if add && self.languages.len() < Languages::BITS as usize => {
                    self.languages.push(code.into());
                    self.languages.len() - 1
                }
                None => continue,
            };
            set |= 1 << at;
        }
        set
    }

    /// Records the stems of one vocabulary word of `classes` in `languages`
    /// (a normalised single word): generic, function and common words,
    /// history words, favours and occasions; words of other classes, and
    /// languages without rules, add nothing.
    pub(crate) fn learn(&mut self, word: &str, classes: WordClasses, languages: &str) {
        let learned = Stem::of(classes);
        if learned.is_empty() || word.contains(' ') {
            return;
        }
        let own = self.index(languages, false);
        if own == 0 {
            return;
        }
        let mut found: Vec<(Box<str>, Languages)> = Vec::new();
        self.stems_of(word, |stem, set| {
            if set & own != 0 {
                found.push((stem.into(), set & own));
            }
        });
        for (stem, set) in found {
            let entry = self.stems.entry(stem).or_default();
            *entry = entry.union(learned.within(set));
        }
    }

    /// The classes `word` (normalised, unknown to the vocabulary) takes
    /// from its stems: [`WordClasses::HISTORY`] when any language reads it
    /// as a history word, else [`WordClasses::FUNCTION`] when any reads it
    /// as a generic word, else none; and [`WordClasses::FAVOUR`] when any
    /// reads it as a favour ("covering" of "cover"), which only a
    /// thank-you's clause reads, and [`WordClasses::OCCASION`] as an
    /// occasion ("boutiques"), which only a wish's clause reads. (Not the
    /// words that thank, nor wishes: their stems reach the future and the
    /// conditional, "remercierai", "agradeceré", a thank-you for a favour
    /// still to come, so only their listed forms count.)
    pub(crate) fn classes(&self, word: &str) -> WordClasses {
        self.read(word, Languages::MAX)
    }

    /// The classes `word` takes from its stems where it is written with a
    /// capital in mid-sentence, after a word in small letters: a name
    /// there, in a language that capitalises only names ("el contacto de
    /// Javier"), so only the stems of languages that capitalise every noun
    /// (German, Luxembourgish: "über Kooperationen") read it as a generic
    /// word. A history stem reads as one in any language, the safe side.
    pub(crate) fn classes_capitalised(&self, word: &str) -> WordClasses {
        self.read(word, self.nouns_capitalised)
    }

    /// [`Inflections::classes`], with generic stems read only in the
    /// languages `generic_within`.
    fn read(&self, word: &str, generic_within: Languages) -> WordClasses {
        if self.stems.is_empty() {
            return WordClasses::EMPTY;
        }
        let mut found = self.stem_classes(word, Languages::MAX);
        if found.generic | found.history == 0 {
            self.prefixes_of(word, |rest, set| {
                found = found.union(self.stem_classes(rest, set));
            });
        }
        let mut classes = if found.history != 0 {
            WordClasses::HISTORY
        } else if found.generic & generic_within != 0 {
            WordClasses::FUNCTION
        } else {
            WordClasses::EMPTY
        };
        if found.favour != 0 {
            classes |= WordClasses::FAVOUR;
        }
        if found.occasion != 0 {
            classes |= WordClasses::OCCASION;
        }
        classes
    }

    /// The languages among `within` whose words share a stem with `word`,
    /// by class.
    fn stem_classes(&self, word: &str, within: Languages) -> Stem {
        let mut found = Stem::default();
        self.stems_of(word, |stem, set| {
            if let Some(stem) = self.stems.get(stem) {
                found = found.union(stem.within(set & within));
            }
        });
        found
    }

    /// Calls `each(rest, languages)` for each prefix `word` starts with:
    /// the word without it, and the languages that write it.
    fn prefixes_of<'w>(&self, word: &'w str, mut each: impl FnMut(&'w str, Languages)) {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        for length in self.prefix_lengths.candidates(first) {
            if length >= word.len() || !word.is_char_boundary(length) {
                continue;
            }
            let rest = &word[length..];
            // A Latin article or pronoun is elided before a vowel or an
            // "h" only ("d'éventuelles", "l'homme"): "dupont" is no "d'upont"
            // worth a look-up.
            if word.as_bytes()[length - 1].is_ascii_alphabetic()
                && !rest
                    .bytes()
                    .next()
                    .is_some_and(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'h' | b'y'))
            {
                continue;
            }
            if let Some(&set) = self.prefixes.get(&word[..length]) {
                each(rest, set);
            }
        }
    }

    /// Calls `each(stem, languages)` for the stems of `word`: the word
    /// itself, and the word without each suffix it ends with that leaves
    /// [`MIN_STEM`] letters, with the languages that have that suffix.
    fn stems_of<'w>(&self, word: &'w str, mut each: impl FnMut(&'w str, Languages)) {
        let all = letters(word);
        if all < MIN_STEM {
            return;
        }
        each(word, Languages::MAX);
        let last = word.as_bytes().last().copied().unwrap_or(0);
        for length in self.suffix_lengths.candidates(last) {
            let Some(cut) = word.len().checked_sub(length).filter(|&c| c > 0) else {
                continue;
            };
            if !word.is_char_boundary(cut) {
                continue;
            }
            if let Some(&(set, suffix)) = self.suffixes.get(&word[cut..]) {
                if all.saturating_sub(suffix) >= MIN_STEM {
                    each(&word[..cut], set);
                }
            }
        }
    }
}

/// `(languages, affixes)` rows with each affix normalised like a note (one
/// that normalises to no single word is skipped).
fn normalised<'a>(
    rows: &[(&'a str, &str)],
    scratch: &mut Scratch,
) -> Vec<(&'a str, Vec<Box<str>>)> {
    rows.iter()
        .map(|&(languages, affixes)| {
            let affixes = affixes
                .split_whitespace()
                .filter_map(|affix| {
                    normalize_into(affix, scratch);
                    (scratch.words.len() == 1).then(|| scratch.text.as_str().into())
                })
                .collect();
            (languages, affixes)
        })
        .collect()
}

/// The letters of a normalised word, a Hangul syllable counting two.
fn letters(word: &str) -> usize {
    word.chars()
        .map(|c| if is_hangul_syllable(c) { 2 } else { 1 })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Inflections {
        let boxed = |s: &str| s.split(' ').map(Box::from).collect::<Vec<_>>();
        let mut inflections = Inflections::new(
            [
                ("de", boxed("e en n es er ern s ungen ung")),
                ("ru uk", boxed("а у ом ы ами ах")),
                ("tr", boxed("lar ler la le larla lerle")),
                ("ko", boxed("이 을 를 은 는 어요 아요")),
                ("ar", boxed("ي ك")),
            ],
            [("fr it", boxed("d l dell")), ("ar", boxed("و ال وال ب"))],
        );
        inflections.learn("eventuelles", WordClasses::GENERIC, "fr");
        inflections.learn("اتصال", WordClasses::HISTORY, "ar");
        inflections.learn("تواصل", WordClasses::GENERIC, "ar");
        inflections.learn("kooperation", WordClasses::GENERIC, "de");
        inflections.learn("kennenlernen", WordClasses::HISTORY, "de");
        inflections.learn("обмен", WordClasses::GENERIC, "ru");
        inflections.learn("insanlar", WordClasses::GENERIC, "tr");
        inflections.learn("경력", WordClasses::GENERIC, "ko");
        inflections
    }

    #[test]
    fn inflected_forms_meet_at_the_stem() {
        let rules = rules();
        for word in [
            "kooperationen",
            "обмену",
            "обменами",
            "insanlarla",
            "경력이",
            "경력을",
        ] {
            assert_eq!(rules.classes(word), WordClasses::FUNCTION, "{word}");
        }
    }

    #[test]
    fn an_elided_article_or_a_joined_conjunction_is_read_off() {
        let rules = rules();
        for word in ["deventuelles", "leventuelles", "والتواصل", "بتواصلي"] {
            assert_eq!(rules.classes(word), WordClasses::FUNCTION, "{word}");
        }
        assert_eq!(rules.classes("والاتصال"), WordClasses::HISTORY);
        // A rest no word has, a prefix of another language, a rest too
        // short, a prefix alone.
        for word in [
            "dellevenutelles",
            "وeventuelles",
            "beventuelles",
            "dtou",
            "dell",
            "ال",
        ] {
            assert_eq!(rules.classes(word), WordClasses::EMPTY, "{word}");
        }
    }

    #[test]
    fn a_capital_in_mid_sentence_keeps_only_the_stems_of_languages_that_capitalise_nouns() {
        let rules = rules();
        // German capitalises every noun: its stems still read the word.
        assert_eq!(
            rules.classes_capitalised("kooperationen"),
            WordClasses::FUNCTION
        );
        // Russian capitalises names only: a capital there names someone.
        assert_eq!(rules.classes("обмену"), WordClasses::FUNCTION);
        assert_eq!(rules.classes_capitalised("обмену"), WordClasses::EMPTY);
        // A history stem reads as one in any language (the safe side).
        assert_eq!(
            rules.classes_capitalised("kennenlernens"),
            WordClasses::HISTORY
        );
    }

    #[test]
    fn history_stems_keep_their_class() {
        assert_eq!(rules().classes("kennenlernens"), WordClasses::HISTORY);
    }

    #[test]
    fn other_words_and_short_stems_take_nothing() {
        let rules = rules();
        // Unrelated words, a stem of three letters, and a Turkish ending on
        // a German stem (only the same language's stems are compared).
        for word in ["berlin", "oben", "obe", "kooperationlar", "", "경"] {
            assert_eq!(rules.classes(word), WordClasses::EMPTY, "{word}");
        }
    }

    #[test]
    fn favours_are_read_by_stem_beside_other_classes() {
        let mut rules = rules();
        rules.learn("abholen", WordClasses::FAVOUR, "de");
        rules.learn("bedanken", WordClasses::THANKING, "de");
        // A favour's other form is one, and nothing else; a word that is
        // also generic keeps that reading too. A word that thanks is read
        // only as listed.
        assert_eq!(rules.classes("abholung"), WordClasses::FAVOUR);
        assert_eq!(rules.classes("bedanke"), WordClasses::EMPTY);
        rules.learn("kooperation", WordClasses::FAVOUR, "de");
        assert_eq!(
            rules.classes("kooperationen"),
            WordClasses::FUNCTION | WordClasses::FAVOUR
        );
        // Only the stems of the word's own languages.
        assert_eq!(rules.classes("abholunglar"), WordClasses::EMPTY);
    }

    #[test]
    fn occasions_are_read_by_stem_and_wishes_only_as_listed() {
        let mut rules = rules();
        rules.learn("prufung", WordClasses::OCCASION, "de");
        rules.learn("wunsche", WordClasses::WISH, "de");
        rules.learn("suche", WordClasses::SEEKING, "de");
        // An occasion's other form is one ("Prüfungen"); a wish and a
        // word of looking for something are read only as listed.
        assert_eq!(rules.classes("prufungen"), WordClasses::OCCASION);
        assert_eq!(rules.classes("wunschen"), WordClasses::EMPTY);
        assert_eq!(rules.classes("suchen"), WordClasses::EMPTY);
    }

    #[test]
    fn words_of_other_classes_and_languages_teach_nothing() {
        let mut rules = rules();
        rules.learn("hallo", WordClasses::SALUTATION, "de");
        rules.learn("gesprache", WordClasses::GENERIC, "fi");
        assert_eq!(rules.classes("hallos"), WordClasses::EMPTY);
        assert_eq!(rules.classes("gesprachen"), WordClasses::EMPTY);
    }

    /// The built-in suffixes and vocabulary, with every generic and history
    /// word as `(normalised word, is history, its languages' suffixes)`.
    type Learned = Vec<(String, bool, Vec<Box<str>>)>;

    fn built_in() -> &'static (Inflections, Learned) {
        use super::super::lexicon::{self, WordClass};
        static BUILT: std::sync::OnceLock<(Inflections, Learned)> = std::sync::OnceLock::new();
        BUILT.get_or_init(|| {
            let rows = lexicon::parse(lexicon::BUILT_IN).unwrap();
            let mut scratch = Scratch::default();
            let suffixes = normalised(&rows.suffixes, &mut scratch);
            let mut inflections = Inflections::new(
                suffixes.iter().cloned(),
                normalised(&rows.prefixes, &mut scratch),
            );
            let mut normal = |s: &str| {
                normalize_into(s, &mut scratch);
                scratch.text.clone()
            };
            let mut learned = Vec::new();
            for &(class, languages, words) in &rows.words {
                if !matches!(
                    class,
                    WordClass::Generic
                        | WordClass::History
                        | WordClass::Common
                        | WordClass::Function
                ) {
                    continue;
                }
                let own: Vec<Box<str>> = suffixes
                    .iter()
                    .filter(|(l, _)| l.split(' ').any(|l| languages.split(' ').any(|m| m == l)))
                    .flat_map(|(_, s)| s.iter().cloned())
                    .collect();
                for word in words.split_whitespace() {
                    let word = normal(word);
                    inflections.learn(&word, class.classes(), languages);
                    if !own.is_empty() && !word.contains(' ') && letters(&word) >= MIN_STEM {
                        learned.push((word, class == WordClass::History, own.clone()));
                    }
                }
            }
            (inflections, learned)
        })
    }

    proptest::proptest! {
        /// What a user relies on: any generic or history word of the
        /// lexicon, with any suffix of its language, is still read as
        /// generic (a function word) or as history, and a history word
        /// always as history.
        #[test]
        fn every_vocabulary_word_with_a_suffix_of_its_language_keeps_its_sense(
            pick in 0usize..1_000_000,
            suffix in 0usize..1_000,
        ) {
            let (inflections, learned) = built_in();
            let (word, history, suffixes) = &learned[pick % learned.len()];
            let inflected = format!("{word}{}", suffixes[suffix % suffixes.len()]);
            let classes = inflections.classes(&inflected);
            // A favour or an occasion may share the stem: those classes only
            // a thank-you's or a wish's clause reads.
            let read = classes.without(WordClasses::FAVOUR | WordClasses::OCCASION);
            if *history {
                proptest::prop_assert_eq!(read, WordClasses::HISTORY, "{} from {}", inflected, word);
            } else {
                proptest::prop_assert!(!read.is_empty(), "{} from {} reads as unknown", inflected, word);
            }
        }
    }

    #[test]
    fn hangul_syllables_count_twice() {
        assert_eq!(letters("경력"), 4);
        assert_eq!(letters("obmen"), 5);
    }
}
