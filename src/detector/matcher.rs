//! The matcher: one left-to-right pass over a note's words.
//!
//! A note that says nothing specific has a small grammar:
//!
//! ```text
//! note      = salutation? body signature?
//! salutation= greeting-word+ name{0,3} | name{1,3} <boundary>    then sign-off words
//! body      = (stock text | generic word | sign-off word | pattern sentence)*
//! signature = name{1,6} (after a boundary or a closing word; name{1,2} right
//!             after a thank-you on its line; particles may open one on a
//!             line of its own) (headline | contact)*
//! headline  = title-word+ ((connector | ",") name{1,4})?
//! contact   = (number | label | address | street-word | name{0,3})+ to the line's end
//! ```
//!
//! where a *name* is a word with no generic use in the vocabulary (a
//! function word such as Indonesian "lima" may be one, a
//! particle such as "de" may stand inside one, and a short common word may
//! end one at the end of its line: "Nguyễn Văn An"). The matcher runs
//! this grammar as a set of states per word position (a bit set, so all
//! readings of an ambiguous note are followed at once, without
//! backtracking). Stock texts, headlines and pattern sentences are jumps
//! from one position to a later one. The state set is split in two halves:
//! *pure* (only salutations, stock texts, sign-offs and signature so far)
//! and *generic* (some generic word was needed). A note that ends in a pure
//! state after a stock text is the platform's default; one that ends in any
//! accepting state is a generic template; a note whose states all die is
//! personal, and is given up on as soon as they do, so most personal notes
//! cost a few words of work.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};

use foldhash::fast::FixedState;
use regex::RegexSet;

use super::bits::bit_set;
use super::catalog::{Segment, Slot, Template};
use super::homograph::{self, Homographs, Languages, Reading};
use super::inflection::Inflections;
use super::lexicon::WordClasses;
use super::normalize::{
    Case, Scratch, Tokens, WordFlags, is_indic_initial, is_unspaced_mark, may_abbreviate,
};
use super::repeats::{self, Repeats};

mod body;

bit_set! {
    /// Where a reading of the note stands before a word: one bit per phase
    /// of the grammar.
    Phases(u32) {
        /// Before the first word.
        START = 1 << 0;
        /// After a salutation word ("hi").
        GREET = 1 << 1;
        /// After one to six words of the name a salutation greets (the
        /// halves of a hyphenated name count once, particles not at all).
        NAME1 = 1 << 2;
        NAME2 = 1 << 3;
        NAME3 = 1 << 4;
        NAME4 = 1 << 5;
        NAME5 = 1 << 6;
        NAME6 = 1 << 7;
        /// A name standing alone as a salutation ("Marcus, …"): it must end
        /// at a boundary, and something must follow it.
        SOLO1 = 1 << 8;
        SOLO2 = 1 << 9;
        SOLO3 = 1 << 10;
        SOLO4 = 1 << 11;
        /// Pleasantries after the salutation ("Hi Ann, hope you are well!").
        PRE = 1 << 12;
        /// In the body.
        BODY = 1 << 13;
        /// In the body, right after a closing word such as "regards" (a
        /// name may follow directly; after one that thanks, see `THANKED`).
        CLOSE = 1 << 14;
        /// After one to six words of a signature name.
        SIG1 = 1 << 15;
        SIG2 = 1 << 16;
        SIG3 = 1 << 17;
        SIG4 = 1 << 18;
        SIG5 = 1 << 19;
        SIG6 = 1 << 20;
        /// After a signature headline or a device footer.
        HEAD = 1 << 21;
        /// After one or two words of a name right after a closing word that
        /// thanks, on its line, with no comma between ("Thanks Ann Lee"):
        /// longer, it says what the thanks is for ("Takk fyrir tenginguna
        /// við Jón", thanks for the introduction to Jón). After other
        /// closings a name may be as long as any ("Un saludo Ana García
        /// López").
        SIGC1 = 1 << 22;
        SIGC2 = 1 << 23;
        /// After the particles a signature's name opens with, on a line of
        /// its own ("Lê Hoàng Nam", "van Dijk"): a name must follow. (Not
        /// after a comma or full stop, where a particle is more often a
        /// preposition: "…, de Cali".)
        SIGP = 1 << 24;
        /// In the body, right after a closing word that thanks, or one of
        /// a closing formula that does: as `CLOSE`, but a name right after
        /// it on its line is short (`SIGC1`, `SIGC2`). A phase of its own,
        /// so that where another reading has a plain closing ("regards")
        /// a long name still signs.
        THANKED = 1 << 25;
        /// Right after a closing word of either kind.
        CLOSED = Self::CLOSE.bits() | Self::THANKED.bits();

        NAMES = Self::NAME1.bits() | Self::NAME2.bits() | Self::NAME3.bits()
            | Self::NAME4.bits() | Self::NAME5.bits() | Self::NAME6.bits();
        /// Names that may grow by one more word.
        NAMES_OPEN = Self::NAMES.bits() & !Self::NAME6.bits();
        SOLOS = Self::SOLO1.bits() | Self::SOLO2.bits() | Self::SOLO3.bits() | Self::SOLO4.bits();
        SOLOS_OPEN = Self::SOLOS.bits() & !Self::SOLO4.bits();
        SIGS = Self::SIG1.bits() | Self::SIG2.bits() | Self::SIG3.bits() | Self::SIG4.bits()
            | Self::SIG5.bits() | Self::SIG6.bits() | Self::SIGC1.bits() | Self::SIGC2.bits();
        SIGS_OPEN = Self::SIGS.bits() & !Self::SIG6.bits() & !Self::SIGC2.bits();
        /// Phases a stock text (or pattern sentence) may start from.
        OPEN = Self::START.bits() | Self::GREET.bits() | Self::NAMES.bits() | Self::PRE.bits()
            | Self::BODY.bits() | Self::CLOSE.bits() | Self::THANKED.bits();
        /// Phases that accept at the end of the note once the body has begun.
        ENDED = Self::BODY.bits() | Self::CLOSE.bits() | Self::THANKED.bits() | Self::SIGS.bits()
            | Self::HEAD.bits();
        /// Phases that accept a note that is only a salutation. A bare name
        /// is not one: a note made of nothing but a proper noun or two
        /// ("RustConf!", "Berlin hackathon crew") is specific.
        SALUTED = Self::GREET.bits() | Self::NAMES.bits() | Self::PRE.bits();
    }
}

/// The states alive before a word, in two halves: *pure* phases (reached
/// with only salutations, stock texts, sign-offs and signature) and
/// *generic* ones (some generic word was needed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct States {
    pure: Phases,
    generic: Phases,
}

impl States {
    const NONE: States = States {
        pure: Phases::EMPTY,
        generic: Phases::EMPTY,
    };

    const fn pure(phases: Phases) -> States {
        States {
            pure: phases,
            generic: Phases::EMPTY,
        }
    }

    const fn generic(phases: Phases) -> States {
        States {
            pure: Phases::EMPTY,
            generic: phases,
        }
    }

    fn is_empty(self) -> bool {
        self.pure.is_empty() && self.generic.is_empty()
    }

    /// These states, kept to `phases` in both halves.
    fn only(self, phases: Phases) -> States {
        States {
            pure: self.pure & phases,
            generic: self.generic & phases,
        }
    }

    /// These states without `phases` in either half.
    fn without(self, phases: Phases) -> States {
        States {
            pure: self.pure.without(phases),
            generic: self.generic.without(phases),
        }
    }

    /// The states after a headline or footer line, in each half that has
    /// one of `from`.
    fn after_line(self, from: Phases) -> States {
        self.onto(from, Phases::HEAD)
    }

    /// `to` in each half that has one of `from`, nothing in the others.
    fn onto(self, from: Phases, to: Phases) -> States {
        let onto = |half: Phases| {
            if half.intersects(from) {
                to
            } else {
                Phases::EMPTY
            }
        };
        States {
            pure: onto(self.pure),
            generic: onto(self.generic),
        }
    }

    fn union(self, other: States) -> States {
        States {
            pure: self.pure | other.pure,
            generic: self.generic | other.generic,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Nothing visible.
    Empty,
    /// A stock text (the template index) with at most decoration.
    Stock(usize),
    /// Nothing specific.
    Generic,
    /// Something specific.
    Personal,
}

/// What the vocabulary and the catalog know of one normalised word.
#[derive(Debug, Clone, Copy, Default)]
struct WordInfo {
    classes: WordClasses,
    /// Range of `Engine::starts` for templates whose first literal begins
    /// with this word.
    first: u32,
    count: u16,
    /// How many of `Engine::phrases`, from `phrase`, begin with this word.
    phrases: u16,
    phrase: u32,
    /// How many of them, first in the range, are phrases of shared
    /// history only (see [`tells`]).
    tells: u16,
    /// Whether one of them is a phrase of shared history that some
    /// language also lists as a greeting, a closing, template words or an
    /// everyday word (see [`Phrase::is_retold`]).
    retold: bool,
    /// The classes of all of them: a phrase of a class none has is looked
    /// for no further (see [`phrase_at`]).
    phrased: WordClasses,
    /// Which of the homographs' languages list this word (see
    /// [`homograph`]).
    languages: Languages,
    /// A filter over the second words of the phrases this word begins
    /// (see [`second_bit`]): most words that follow it start none.
    seconds: u64,
}

impl WordInfo {
    /// The range of `Engine::starts` for templates this word begins.
    fn starts(self) -> std::ops::Range<usize> {
        self.first as usize..self.first as usize + usize::from(self.count)
    }

    /// The range of `Engine::phrases` for phrases this word begins.
    fn phrases(self) -> std::ops::Range<usize> {
        self.phrase as usize..self.phrase as usize + usize::from(self.phrases)
    }
}

/// A vocabulary entry of several words: a closing or footer written as a
/// phrase ("sent from my"), or any entry of a script written without
/// spaces, whose characters are words of their own ("よろしくお願いします").
#[derive(Debug, Clone)]
struct Phrase {
    /// The normalised words, separated by single spaces.
    text: Box<str>,
    words: usize,
    classes: WordClasses,
    /// The second word: most phrases are ruled out by it alone.
    second: Box<str>,
}

impl Phrase {
    /// Whether this is a phrase of shared history only (see [`tells`]): no
    /// pleasantry, template words (both [`WordClasses::BODY`]) or label of
    /// a signature's lines.
    fn is_tale(&self) -> bool {
        let said = WordClasses::BODY.union(SIGNATURE_LABELS);
        self.classes.contains(WordClasses::HISTORY) && !self.classes.intersects(said)
    }

    /// Whether this is a phrase of shared history that some language also
    /// lists as a greeting, a closing, template words or an everyday word,
    /// but not as a title, a company's word or a label (see [`ends_name`]).
    fn is_retold(&self) -> bool {
        self.classes.contains(WordClasses::HISTORY)
            && self.classes.intersects(WordClasses::BODY)
            && !self.classes.intersects(SIGNATURE_LABELS)
    }
}

/// The classes of a signature's headline and contact lines: a phrase of
/// shared history that one of them also lists is read as that.
const SIGNATURE_LABELS: WordClasses = WordClasses::TITLE
    .union(WordClasses::COMPANY)
    .union(WordClasses::LABEL_ONLY);

/// A template that a word may begin: its index, and the second word of its
/// first literal (empty for a literal of one word), which must follow.
#[derive(Debug)]
struct Start {
    template: u32,
    second: Box<str>,
}

/// The compiled detector.
#[derive(Debug)]
pub(crate) struct Engine {
    /// This engine's number among those built (see [`ENGINES`]).
    id: u64,
    pub(crate) templates: Vec<Template>,
    words: HashMap<Box<str>, WordInfo, FixedState>,
    /// Templates grouped by the first word of their first literal.
    starts: Vec<Start>,
    /// The most words a template's leading slots can take.
    max_lead: usize,
    /// Flags no leading slot of any template reads across (a line break,
    /// for names also a comma or a spaced dash).
    lead_stop: WordFlags,
    /// A Bloom filter over the first literal words of templates that open
    /// with a slot, keyed by first byte and length: most words skip the
    /// lookup that lead templates would need.
    lead_words: WordFilter,
    /// The words of a field of work (see [`Run::names_field`]): most words
    /// are ruled out without a look-up.
    field_words: WordFilter,
    /// The words that introduce the sender's role, alone or as a phrase's
    /// first (see [`Run::names_role`]).
    role_words: WordFilter,
    /// The words of printing, and the first words of its phrases: a plea
    /// to spare paper holds one ([`Run::footer`]).
    plea_words: WordFilter,
    /// Vocabulary entries of several words, grouped by their first word.
    phrases: Vec<Phrase>,
    /// The stems of the vocabulary, for words it lacks.
    inflections: Inflections,
    patterns: Option<RegexSet>,
    /// The most common words (see [`is_common`]) the leading slots of
    /// templates that open with one may take, or `None` for no limit or a
    /// limit of 0 (a slot of two words may hold two common words, "Will
    /// May", so a limit below one proves nothing about a longer slot).
    lead_common: Option<usize>,
    /// The stock texts without slots, exactly as catalogued, with the
    /// verdict this engine gives them: most notes of a real stream are the
    /// platform's text as it inserts it, and a note byte for byte equal to
    /// one is answered by one hash lookup instead of a read. (A memo of the
    /// engine's own answers, so it cannot disagree with a read.)
    verbatim: HashMap<Box<str>, (Outcome, bool), FixedState>,
    /// The longest key of `verbatim`: a longer note is not looked up.
    verbatim_len: usize,
    /// The endings of streets' compound names ("strasse", "gatan"), for
    /// address lines.
    street_endings: Endings,
    /// The endings of compounds that name a field of work ("branche",
    /// "sector"; see [`WordClass::Field`](super::lexicon::WordClass)).
    field_endings: Endings,
    /// Words of shared history in one language and everyday words in
    /// another ("met", "hier"), read in the language of the words before
    /// them.
    homographs: HashMap<Box<str>, Reading, FixedState>,
    /// Tests turn the shortcuts off to check them against the plain walk.
    #[cfg(test)]
    shortcuts: bool,
}

/// How many engines have been built: each takes the next number, so a
/// thread's memo of verdicts, shared by every engine used on the thread,
/// never answers one with another's verdict (an address could be reused).
static ENGINES: AtomicU64 = AtomicU64::new(1);

// What the docs of `GreetingDetector::with_repeat_cache` promise a slot
// costs.
const _: () = assert!(repeats::bytes::<(Outcome, bool)>(1) <= repeats::MAX_NOTE + 48);

/// Reusable per-thread state for [`Engine::run`].
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    scratch: Scratch,
    reach: Vec<States>,
    stock: Vec<u32>,
    /// The memo of recent verdicts, for callers that ask for one.
    repeats: Repeats<(Outcome, bool)>,
}

impl Buffers {
    /// Forgets every note the memo of repeats holds, and frees it.
    pub(crate) fn forget_repeats(&mut self) {
        self.repeats = Repeats::default();
    }
}

const NO_STOCK: u32 = u32::MAX;

impl Buffers {
    /// The bytes the buffers hold on to.
    #[cfg(test)]
    pub(crate) fn footprint(&self) -> usize {
        self.scratch.footprint()
            + self.reach.capacity() * std::mem::size_of::<States>()
            + self.stock.capacity() * 4
            + self.repeats.footprint()
    }
}

impl Engine {
    /// Indexes `templates` and the vocabulary (`(entry, classes)` pairs,
    /// normalised: an entry of several words is a phrase).
    pub(crate) fn new(
        templates: Vec<Template>,
        vocabulary: impl IntoIterator<Item = ((Box<str>, WordClasses), Languages)>,
        inflections: Inflections,
        patterns: Option<RegexSet>,
    ) -> Engine {
        let mut words: HashMap<Box<str>, WordInfo, FixedState> =
            HashMap::with_hasher(FixedState::default());
        let mut phrases: HashMap<Box<str>, WordClasses> = HashMap::new();
        for ((entry, classes), languages) in vocabulary {
            if entry.contains(' ') {
                *phrases.entry(entry).or_default() |= classes;
            } else {
                let info = words.entry(entry).or_default();
                info.classes |= classes;
                info.languages |= languages;
            }
        }
        // A closing formula of several words that ends with a closing word
        // ("met vriendelijke groet", "un saludo") or a closing phrase
        // ("今後ともよろしくお願いします", whose characters are words)
        // closes like it: a name may follow it directly. (Read word by
        // word it often cannot: "met" after a line break is English
        // history.) One that holds a word that thanks thanks ("kiitos
        // paljon", "many thanks").
        let closers: HashSet<Box<str>> = phrases
            .iter()
            .filter(|(_, classes)| classes.contains(WordClasses::CLOSER))
            .map(|(text, _)| text.clone())
            .collect();
        for (text, classes) in &mut phrases {
            if !classes.contains(WordClasses::SIGN_OFF) || classes.intersects(WordClasses::HISTORY)
            {
                continue;
            }
            let class = |word: &str| words.get(word).map_or(WordClasses::EMPTY, |i| i.classes);
            let last = text.rsplit(' ').next().unwrap_or_default();
            let closing_tail = text
                .match_indices(' ')
                .any(|(at, _)| closers.contains(&text[at + 1..]));
            if class(last).intersects(WordClasses::CLOSER) || closing_tail {
                *classes |= WordClasses::CLOSER;
            }
            if text
                .split(' ')
                .any(|w| class(w).intersects(WordClasses::THANKS))
            {
                *classes |= WordClasses::CLOSER | WordClasses::THANKS;
            }
        }
        let mut phrases: Vec<Phrase> = phrases
            .into_iter()
            .map(|(text, classes)| Phrase {
                second: text.split(' ').nth(1).unwrap_or_default().into(),
                words: text.split(' ').count(),
                text,
                classes,
            })
            .collect();
        // By first word, a word's phrases of shared history first, each
        // part by text (so by second word).
        fn first(phrase: &Phrase) -> &str {
            phrase.text.split(' ').next().unwrap_or_default()
        }
        phrases.sort_by(|a, b| {
            (first(a), !a.is_tale(), &a.text).cmp(&(first(b), !b.is_tale(), &b.text))
        });
        for (index, phrase) in phrases.iter().enumerate() {
            let info = words.entry(first(phrase).into()).or_default();
            if info.phrases == 0 {
                info.phrase = index as u32;
            }
            info.phrases += 1;
            info.tells += u16::from(phrase.is_tale());
            info.retold |= phrase.is_retold();
            info.phrased |= phrase.classes;
            info.seconds |= second_bit(&phrase.second);
        }
        // Rows that normalise alike (Skype's two spellings) are matched once,
        // as the first of them.
        let mut seen: HashSet<&[Segment]> = HashSet::with_capacity(templates.len());
        let mut by_word: Vec<(&str, &str, u32)> = templates
            .iter()
            .enumerate()
            .filter(|(_, t)| seen.insert(&t.segments))
            .filter_map(|(index, t)| match &t.segments[t.first_literal()] {
                Segment::Literal { text, .. } => {
                    let mut words = text.split(' ');
                    let first = words.next().unwrap_or(text);
                    Some((first, words.next().unwrap_or_default(), index as u32))
                }
                Segment::Slot(_) => None,
            })
            .collect();
        by_word.sort_by(|a, b| a.0.cmp(b.0).then(a.2.cmp(&b.2)));
        let mut starts = Vec::with_capacity(by_word.len());
        for (word, second, template) in by_word {
            let info = words.entry(word.into()).or_default();
            if info.count == 0 {
                info.first = starts.len() as u32;
            }
            info.count += 1;
            starts.push(Start {
                template,
                second: second.into(),
            });
        }
        let max_lead = templates
            .iter()
            .map(|t| lead_words(&t.segments[..t.first_literal()]).1)
            .max()
            .unwrap_or(0);
        let mut lead_filter = WordFilter::default();
        for t in &templates {
            if let (true, Segment::Literal { text, .. }) =
                (t.first_literal() > 0, &t.segments[t.first_literal()])
            {
                lead_filter.insert(text.split(' ').next().unwrap_or(text));
            }
        }
        let (mut field_filter, mut role_filter) = (WordFilter::default(), WordFilter::default());
        let mut plea_filter = WordFilter::default();
        for (word, info) in &words {
            if (info.classes | info.phrased).contains(WordClasses::PRINTING) {
                plea_filter.insert(word);
            }
            if info.classes.contains(WordClasses::FIELD) {
                field_filter.insert(word);
            }
            if (info.classes | info.phrased).intersects(WordClasses::ROLE | WordClasses::ROLE_AFTER)
            {
                role_filter.insert(word);
            }
        }
        let lead_stop = templates
            .iter()
            .flat_map(|t| &t.segments[..t.first_literal()])
            .filter_map(|s| match s {
                Segment::Slot(slot) => Some(slot.stops()),
                Segment::Literal { .. } => None,
            })
            .fold(WordFlags::BOUNDARY | WordFlags::SPACE, |all, stops| {
                all & stops
            });
        let lead_common = templates
            .iter()
            .filter_map(|t| match t.segments[..t.first_literal()].last() {
                Some(Segment::Slot(slot)) => Some(slot.max_common_words()),
                _ => None,
            })
            .try_fold(0, |most, common| Some(most.max(common?)))
            .filter(|&most| most > 0);
        Engine {
            id: ENGINES.fetch_add(1, Ordering::Relaxed),
            templates,
            words,
            starts,
            max_lead,
            lead_stop,
            lead_words: lead_filter,
            field_words: field_filter,
            role_words: role_filter,
            plea_words: plea_filter,
            phrases,
            inflections,
            patterns,
            lead_common,
            verbatim: HashMap::with_hasher(FixedState::default()),
            verbatim_len: 0,
            street_endings: Endings::default(),
            field_endings: Endings::default(),
            homographs: HashMap::with_hasher(FixedState::default()),
            #[cfg(test)]
            shortcuts: true,
        }
    }

    /// The engine, finished: its memo of the stock texts without slots
    /// (see `verbatim`), read once everything else is in place, so that
    /// the memo is the engine's own answer.
    pub(crate) fn memoized(mut self) -> Engine {
        let mut buffers = Buffers::default();
        let verbatim: HashMap<Box<str>, (Outcome, bool), FixedState> = self
            .templates
            .iter()
            .filter(|t| matches!(t.segments.as_slice(), [Segment::Literal { .. }]))
            .map(|t| {
                let text = t.stock.text();
                (text.into(), self.read(text, &mut buffers))
            })
            .collect();
        self.verbatim_len = verbatim.keys().map(|k| k.len()).max().unwrap_or(0);
        self.verbatim = verbatim;
        self
    }

    fn info(&self, word: &str) -> WordInfo {
        self.words.get(word).copied().unwrap_or_default()
    }

    /// The engine with these endings of compound words: of streets' names
    /// and of the names of fields of work.
    pub(crate) fn with_compound_endings(
        mut self,
        streets: Vec<Box<str>>,
        fields: Vec<Box<str>>,
    ) -> Engine {
        self.street_endings = Endings::new(streets);
        self.field_endings = Endings::new(fields);
        self
    }

    /// The engine with these homographs (see [`homograph`]):
    /// those given a reading are read in context, and any other word of
    /// both kinds that `unread` names is a word of shared history, the safe
    /// side.
    pub(crate) fn with_homographs(mut self, homographs: Homographs) -> Engine {
        for word in &homographs.unread {
            if let Some(info) = self.words.get_mut(&**word) {
                info.classes = info.classes.without(WordClasses::BODY);
            }
        }
        self.homographs = homographs.readings;
        self
    }

    /// Whether `word` is a street's compound name ("industriestrasse",
    /// "kungsgatan"): longer than an ending it ends with.
    fn is_street(&self, word: &str) -> bool {
        self.street_endings.end(word, 1)
    }

    /// Whether `word` is a word of a field of work the vocabulary lists.
    fn is_field_word(&self, word: &str) -> bool {
        self.field_words.may_hold(word) && self.info(word).classes.contains(WordClasses::FIELD)
    }

    /// Whether `word` is a compound that names a field of work
    /// ("automobilbranche", "energiesector"): an ending of one after at
    /// least [`MIN_COMPOUND_HEAD`] bytes.
    fn is_field_compound(&self, word: &str) -> bool {
        self.field_endings.end(word, MIN_COMPOUND_HEAD)
    }

    /// The classes of `word` (whose entry is `info`) as the grammar reads
    /// it: for a word of no class, what its stem says (see
    /// [`Inflections`]). Only the grammar's step and the history check ask:
    /// a stem adds nothing a headline, footer or slot looks at (they count
    /// unknown words, and stems give none of the classes they count).
    fn classes(&self, word: &str, info: WordInfo) -> WordClasses {
        if info.classes.without(WordClasses::CONTEXTUAL).is_empty() {
            self.inflections.classes(word) | info.classes
        } else {
            info.classes
        }
    }

    /// Whether the shortcuts (the verbatim memo, the memo of repeats, the
    /// settled walk, the second-word filters, the pruned look-ahead, the
    /// slot lengths) are on: always, except in the test that checks they
    /// never change a verdict.
    #[cfg(not(test))]
    const fn shortcuts(&self) -> bool {
        true
    }

    #[cfg(test)]
    fn shortcuts(&self) -> bool {
        self.shortcuts
    }

    /// Whether `word` may begin the first literal of a template that opens
    /// with a slot (false positives possible, no false negatives).
    fn may_follow_lead(&self, word: &str) -> bool {
        self.lead_words.may_hold(word)
    }

    /// Classifies `note`, reusing `buffers`; also says whether the note's
    /// words were disguised (meaningful when the note is not personal: then
    /// it was read to the end). With `repeat_slots` (a power of two, at most
    /// [`repeats::MAX_SLOTS`]; 0 for none) the buffers' memo answers a note
    /// this engine read recently.
    pub(crate) fn run(
        &self,
        note: &str,
        buffers: &mut Buffers,
        repeat_slots: usize,
    ) -> (Outcome, bool) {
        if !self.shortcuts() {
            return self.read(note, buffers);
        }
        if note.len() <= self.verbatim_len {
            if let Some(&known) = self.verbatim.get(note) {
                return known;
            }
        }
        if repeat_slots == 0 {
            return self.read(note, buffers);
        }
        let Some(key) = repeats::Key::of(note) else {
            return self.read(note, buffers);
        };
        if let Some(known) = buffers.repeats.get(self.id, repeat_slots, key, note) {
            return known;
        }
        let verdict = self.read(note, buffers);
        buffers
            .repeats
            .insert(self.id, repeat_slots, key, note, verdict);
        verdict
    }

    /// Classifies `note` by reading it (see [`Engine::run`]).
    fn read(&self, note: &str, buffers: &mut Buffers) -> (Outcome, bool) {
        let Buffers {
            scratch,
            reach,
            stock,
            ..
        } = buffers;
        let mut tokens = Tokens::new(note, scratch);
        if !tokens.has(0) {
            let outcome = if tokens.is_blank() {
                Outcome::Empty
            } else {
                Outcome::Generic
            };
            return (outcome, false);
        }
        let mut run = Run::new(self, tokens, reach, stock);
        run.set(0, States::pure(Phases::START));
        let outcome = match run.walk() {
            Outcome::Personal => run.unread(),
            outcome => outcome,
        };
        (outcome, run.tokens.disguised())
    }
}

/// The state of one classification.
struct Run<'e, 'r, 'a, 's> {
    engine: &'e Engine,
    tokens: Tokens<'a, 's>,
    /// `reach[i]`: the states alive before word `i`.
    reach: &'r mut Vec<States>,
    /// `stock[i]`: a template whose pure match ends before word `i`.
    stock: &'r mut Vec<u32>,
    /// The furthest position any state reaches.
    horizon: usize,
    /// Positions before this may end the leading slot of a template that
    /// opens with one, so their words are looked up even without states.
    lead_until: usize,
    /// Common words (see [`is_common`]) since the last position with
    /// states: all of them would stand in any leading slot that ends
    /// after them.
    lead_common: usize,
    /// Where the template being tried ends (reused for every template).
    ends: Ends,
    /// Whether words of shared history are read as template words (see
    /// [`Run::unread`]).
    history_is_body: bool,
    /// Words before this stand in a phrase of shared history: no name.
    story_until: usize,
    /// Words before this stand in a phrase of shared history that the
    /// grammar reads as a greeting, a closing, template words or everyday
    /// words ([`Phrase::is_retold`]): no name either.
    retold_until: usize,
    /// Words before this stand in a phrase of template words or
    /// pleasantries read from a live position (see [`Run::tells`]).
    said_until: usize,
    /// Where the phrase that reaches `said_until` starts.
    said_from: usize,
    /// Words before this stand in a phrase that thanks ("cảm ơn", "terima
    /// kasih"), read from a live position: no name either, though alone
    /// each word may be one no list holds ("Cảm ơn Tartu Tartu Tartu" is
    /// no five-word signature name).
    thanked_until: usize,
    /// The length of the phrase of shared history that starts at recent
    /// positions of a script without spaces (0: none), by position modulo
    /// its size: the runs read as names ask again for the same positions.
    unspaced_tells: [(usize, usize); 16],
    /// Whether a thank-you has been read at a live position: only then
    /// may a favour of several words follow one (see [`Run::favour_phrase`]).
    thanks_read: bool,
    /// The quoted passage found last (see [`Run::in_quotes`]): its words,
    /// and the first word not yet looked at for an opening quote.
    quoted: std::ops::Range<usize>,
    quotes_seen: usize,
    /// Whether a sales pitch was read at a live position (see
    /// [`Run::pitches`]).
    pitched: bool,
}

impl<'e, 'r, 'a, 's> Run<'e, 'r, 'a, 's> {
    /// A run over `tokens` with no state yet, its buffers cleared.
    fn new(
        engine: &'e Engine,
        tokens: Tokens<'a, 's>,
        reach: &'r mut Vec<States>,
        stock: &'r mut Vec<u32>,
    ) -> Self {
        let mut run = Run {
            engine,
            tokens,
            reach,
            stock,
            horizon: 0,
            lead_until: 0,
            lead_common: 0,
            ends: Ends::default(),
            history_is_body: false,
            story_until: 0,
            retold_until: 0,
            said_until: 0,
            said_from: 0,
            thanked_until: 0,
            unspaced_tells: [(usize::MAX, 0); 16],
            thanks_read: false,
            quoted: 0..0,
            quotes_seen: 0,
            pitched: false,
        };
        run.restart();
        run
    }
}

impl Run<'_, '_, '_, '_> {
    /// Forgets every reading, to walk the words again from the start (the
    /// words themselves are kept, and so is `unspaced_tells`, which says
    /// only what the words hold; `said_from` means nothing until
    /// `said_until` passes a word again).
    fn restart(&mut self) {
        self.reach.clear();
        self.stock.clear();
        (self.horizon, self.lead_until, self.lead_common) = (0, 0, 0);
        (self.story_until, self.retold_until, self.said_until) = (0, 0, 0);
        self.thanked_until = 0;
        self.thanks_read = false;
        (self.quoted, self.quotes_seen) = (0..0, 0);
    }

    fn set(&mut self, i: usize, states: States) {
        if states.is_empty() {
            return;
        }
        if self.reach.len() <= i {
            self.reach.resize(i + 1, States::NONE);
        }
        self.reach[i] = self.reach[i].union(states);
        self.horizon = self.horizon.max(i);
    }

    fn get(&self, i: usize) -> States {
        self.reach.get(i).copied().unwrap_or_default()
    }

    /// What the vocabulary and catalog say of word `i` (which exists): for
    /// a homograph, in the language of the words before it.
    #[inline(always)]
    fn info(&self, i: usize) -> WordInfo {
        let info = self.engine.info(self.tokens.text(i));
        if info.classes.contains(WordClasses::HISTORY) && info.classes.intersects(WordClasses::BODY)
        {
            self.homograph(i, info)
        } else {
            info
        }
    }

    /// `info` of word `i` as a homograph reads, if it is one (rare: kept
    /// out of line).
    #[cold]
    #[inline(never)]
    fn homograph(&self, i: usize, mut info: WordInfo) -> WordInfo {
        if let Some(reading) = self.engine.homographs.get(self.tokens.text(i)) {
            // The words of its own sentence, at most `WINDOW` of them, but
            // no salutation or sign-off: those are what people most often
            // say in another language ("Hoi, we met!").
            let mut from = i;
            while from > 0
                && i - from < homograph::WINDOW
                && !self
                    .tokens
                    .word(from)
                    .flags
                    .intersects(WordFlags::SENTENCE | WordFlags::LINE)
            {
                from -= 1;
            }
            let frame = WordClasses::SALUTATION | WordClasses::SIGN_OFF;
            let before = (from..i).filter_map(|j| {
                let info = self.engine.info(self.tokens.text(j));
                (!info.classes.intersects(frame)).then_some(info.languages)
            });
            info.classes = reading.classes(info.classes, before);
        }
        info
    }

    fn walk(&mut self) -> Outcome {
        let mut i = 0;
        while i <= self.horizon || i < self.lead_until {
            if !self.tokens.has(i) {
                return self.finish(i);
            }
            self.position(i);
            if self.engine.shortcuts() {
                if let Some(template) = self.settled(i) {
                    return Outcome::Stock(template);
                }
            }
            i += 1;
        }
        Outcome::Personal
    }

    /// The verdict, if the words up to `i` already settle it: a stock text
    /// read purely to the last word of the note (bare, or after a
    /// salutation) that no template starting after `i` can outdo, since
    /// such a template holds fewer of the catalog's words. The rest of the
    /// walk could add readings, never change [`Run::finish`]'s answer.
    fn settled(&mut self, i: usize) -> Option<usize> {
        // No reading reaches past the last word, so a note ending where a
        // stock text does ends at the furthest position reached.
        let n = self.horizon;
        let template = *self.stock.get(n)?;
        let literal = self
            .engine
            .templates
            .get(template as usize)?
            .literal_words();
        (literal + i + 1 >= n && !self.tokens.has(n)).then_some(template as usize)
    }

    /// The verdict on a note the grammar reads as personal (it cannot read
    /// it to its end, or it ends on a bare name): personal, unless it holds
    /// an unfilled placeholder ("Hi [Name], I help startups like yours grow
    /// revenue"). A placeholder nobody filled in is the surest sign of a
    /// pasted template whatever else the template says, unless the note
    /// tells of a shared history: a word of one together with something
    /// specific ("[Name], great to meet you at RustConf"). So a note with a
    /// history word is read again with its history words as template
    /// words: if it then reads as a template (names only where a
    /// salutation, signature or slot frames them), the history word was the
    /// template's own ("keen to meet like-minded professionals", Dutch
    /// "met" = "with") and the note is generic.
    ///
    /// A sales pitch ([`Run::pitches`]) read where the walk still reads
    /// the note as a template's (a pitch after words it cannot read
    /// follows something specific said first: "Ho visto che hai fondato
    /// Ortofresco a Bari … Offriamo software logistico per piccole
    /// aziende") is likewise a template unless the note tells of a shared
    /// history; but the call a pitch asks for is its own ask, not a
    /// history: in a pitch, the words of a question that
    /// asks for minutes of the reader's time ("Would you be open to a
    /// 15-minute call next week?", "Найдётся 15 минут на созвон?", the
    /// number written onto its unit: "15분 정도 통화 가능하실까요?") tell of
    /// none. Minutes told of ("We chatted for 15 min after your talk.")
    /// are a shared history's.
    fn unread(&mut self) -> Outcome {
        if self.history_is_body || (!self.pitched && !self.tokens.may_hold_placeholder()) {
            return Outcome::Personal;
        }
        let (mut placeholder, mut history) = (false, false);
        // Per sentence: whether a word of shared history stands in it, and
        // whether it asks for minutes (a number, then a word of duration,
        // in a sentence that ends with a question mark: "We chatted for
        // 15 min after your talk" tells of a meeting).
        // Only a pitch asks so.
        let (mut told, mut asks) = (false, false);
        let pitched = self.pitched;
        let mut k = 0;
        while self.tokens.has(k) {
            let flags = self.tokens.word(k).flags;
            if k > 0 && flags.intersects(WordFlags::SENTENCE | WordFlags::LINE) {
                history |= told && !(asks && self.asked(k));
                (told, asks) = (false, false);
            }
            placeholder |= flags.contains(WordFlags::PLACEHOLDER);
            let info = self.info(k);
            let (classes, _) = self.in_context(k, self.engine.classes(self.tokens.text(k), info));
            told |= classes.contains(WordClasses::HISTORY)
                || (info.phrases > 0 && self.phrase_at(k, info, WordClasses::HISTORY).is_some());
            asks |= pitched
                && ((k > 0
                    && self.tokens.word(k - 1).flags.contains(WordFlags::DIGIT)
                    && word_or_phrase(
                        self.engine,
                        &mut self.tokens,
                        k,
                        info,
                        WordClasses::DURATION,
                    )
                    .is_some())
                    || (flags.contains(WordFlags::DIGIT) && self.counts_time(k)));
            k += 1;
        }
        history |= told && !(asks && self.asked(k));
        if !placeholder && !self.pitched {
            return Outcome::Personal;
        }
        if !history {
            return Outcome::Generic;
        }
        if !placeholder {
            return Outcome::Personal;
        }
        self.restart();
        self.history_is_body = true;
        self.set(0, States::pure(Phases::START));
        match self.walk() {
            Outcome::Personal => Outcome::Personal,
            _ => Outcome::Generic,
        }
    }

    /// Whether the sentence that ends before word `k` (or the note's last,
    /// past its last word) is a question: a question mark ends it, or a
    /// question particle of a script without spaces ("…いただけませんでしょう
    /// か。", "…介绍一下吗。").
    fn asked(&mut self, k: usize) -> bool {
        self.tokens.flags_or_end(k).contains(WordFlags::QUESTION)
            || (k > 0 && matches!(self.tokens.text(k - 1), "か" | "吗" | "嗎"))
    }

    /// Whether word `k` (which exists) is a number written onto a word of
    /// duration ("15분", "15min"), as a language that writes them together
    /// puts it.
    fn counts_time(&self, k: usize) -> bool {
        let unit = self
            .tokens
            .text(k)
            .trim_start_matches(|c: char| c.is_ascii_digit());
        let engine = self.engine;
        !unit.is_empty()
            && engine
                .classes(unit, engine.info(unit))
                .contains(WordClasses::DURATION)
    }

    /// The verdict at the end of the words (for a note cut at the size
    /// limit, the end of its complete words: padding cannot turn a stock
    /// text into a personal note).
    fn finish(&mut self, n: usize) -> Outcome {
        let States {
            mut pure,
            mut generic,
        } = self.get(n);
        // A name of several words or a headline is never exclaimed or
        // asked: a signature that ends with "!" or "?" is a remark ("…⏎⏎
        // Great keynote in Tartu!"). One word may be ("Danke dir!" reads
        // "dir" as a name, "Valeu!" is a closing).
        if self.tokens.flags_or_end(n).contains(WordFlags::EXCLAIM) {
            let named = Phases::SIGS.without(Phases::SIG1 | Phases::SIGC1) | Phases::HEAD;
            pure = pure.without(named);
            generic = generic.without(named);
        }
        if pure.intersects(Phases::ENDED) {
            let template = self
                .stock
                .iter()
                .take(n + 1)
                .rev()
                .find(|&&t| t != NO_STOCK);
            if let Some(&template) = template {
                return Outcome::Stock(template as usize);
            }
        }
        if (pure.intersects(Phases::SALUTED) || generic.intersects(Phases::ENDED | Phases::SALUTED))
            && (self.history_is_body || !self.unspaced_history(n))
        {
            Outcome::Generic
        } else {
            Outcome::Personal
        }
    }

    /// Whether a phrase of shared history written in a script without
    /// spaces stands among the first `n` words ("မနေ့က", "昨日"). Its characters are
    /// words of their own, so other vocabulary entries can read the same
    /// characters piece by piece as body words ("မ" "နေ့" "က"), where a
    /// history word of a spaced script would end every reading. A note the
    /// grammar reads as generic is personal when one stands in it.
    fn unspaced_history(&mut self, n: usize) -> bool {
        (0..n).any(|k| {
            let word = self.tokens.word(k);
            if !word.flags.contains(WordFlags::UNSPACED) {
                return false;
            }
            // Phrases only: a single character ("会", "见") is too often part
            // of another word ("机会", "意见").
            let info = self.info(k);
            if info.phrases == 0 {
                return false;
            }
            let Some((length, _)) = self.unspaced_tale(k, info) else {
                return false;
            };
            // Nor one that a longer word of another class holds, read from
            // where that word starts ("ยินดีที่ได้รู้จัก" holds "รู้จัก").
            let body = WordClasses::BODY | WordClasses::SALUTATION | WordClasses::SIGN_OFF;
            !(k.saturating_sub(MAX_PHRASE_WORDS)..=k).any(|j| {
                let info = self.info(j);
                info.phrases > 0
                    && self
                        .phrase_at(j, info, body)
                        .is_some_and(|(words, _)| j + words >= k + length && words > length)
            })
        })
    }

    /// Processes word `i`: jumps that start or end here, then the step to
    /// `i + 1`.
    #[inline]
    fn position(&mut self, i: usize) {
        if self.get(i).is_empty() {
            if i >= self.lead_until {
                return;
            }
            let lead = self.engine.may_follow_lead(self.tokens.text(i));
            let flags = self.tokens.word(i).flags;
            if flags.intersects(self.engine.lead_stop) {
                // No leading slot reaches across this word: only a slot
                // that starts at a live position after it could matter.
                self.lead_until = self.lead_until.min(i + 1);
            } else if let Some(most) = self.engine.lead_common.filter(|_| self.engine.shortcuts()) {
                // A slot ending after this word holds every word since the
                // last live position, and at least one word before them
                // (where it starts, live): past `most` common words it
                // has taken two words or more, and fails (see SlotFill).
                self.lead_common += usize::from(is_common(self.info(i).classes, flags));
                if self.lead_common > most {
                    self.lead_until = self.lead_until.min(i + 1);
                }
            }
            if !lead {
                return;
            }
        } else {
            self.lead_common = 0;
        }
        let word = self.tokens.word(i);
        let info = self.info(i);
        self.thanks_read |= info.classes.contains(WordClasses::THANKS);
        self.stock_texts(i, info);
        let states = self.get(i);
        if states.is_empty() {
            return;
        }
        // A generic-half phase is redundant beside the same pure phase: both
        // have the same futures, and the pure one ranks first at the end.
        let states = States {
            pure: states.pure,
            generic: states.generic.without(states.pure),
        };
        if self.engine.patterns.is_some() {
            self.pattern(i, states, word.flags);
        }
        let any = states.pure | states.generic;
        // No headline, contact line, footer or other phrase starts inside
        // a phrase of shared history.
        let story = self.in_story(i, info);
        let retold = self.in_retold(i, info);
        let quoted = self.in_quotes(i);
        // A pitch quoted is a title or someone's words, not the sender's.
        if !self.pitched && !quoted && (info.classes | info.phrased).intersects(WordClasses::PITCH)
        {
            self.pitched = self.pitches(i, info);
        }
        if !story && !quoted {
            if any.intersects(Phases::SIGS | Phases::HEAD) {
                self.headline(i, states, word.flags);
                self.contact(i, states, word.flags, info);
            } else if any.intersects(Phases::CLOSED | Phases::SIGP)
                && word.flags.contains(WordFlags::LINE)
            {
                self.headline(i, states, word.flags);
            }
            if any.intersects(Phases::ENDED) && word.flags.intersects(WordFlags::BOUNDARY) {
                self.footer(i, states);
            }
            if info.phrases > 0 {
                self.phrases(i, states, info, word.flags);
            }
        }
        let unspaced = word.flags.contains(WordFlags::UNSPACED);
        if unspaced && !quoted {
            self.unspaced_name(i, states, word.flags);
        }
        // A part after a full stop inside a word is part of a proper name
        // ("com" in "bol.com"), whatever it means on its own.
        let classes = if word.flags.contains(WordFlags::DOTTED) {
            WordClasses::EMPTY
        } else if story || quoted {
            WordClasses::HISTORY
        } else {
            self.word_classes(i, info, word.flags)
        };
        // A favour after a thank-you, the reader's work, a wish to meet
        // people in general: what the word's clause makes of it.
        let (mut classes, favoured) = self.in_context(i, classes);
        // In a note's body, a compound that names a field of work, the
        // words that name the sender's field beside a word of a field, those
        // of the sender's role in a self-introduction and a count of years
        // are body material.
        if any.intersects(Phases::BODY)
            && !classes.intersects(WordClasses::BODY | WordClasses::HISTORY)
        {
            if self.engine.is_field_compound(self.tokens.text(i)) {
                classes |= WordClasses::FIELD | WordClasses::GENERIC;
            } else if self.counts_period(i, classes) || self.names_field(i) || self.names_role(i) {
                classes |= WordClasses::FUNCTION;
            }
        }
        // A short word of any class may end a signature name ("Nguyễn Văn
        // An", "Cheers, Will", "– Tea") when nothing follows on its line,
        // but for a favour after a thank-you ("thanks 팁", tip); a common
        // word of any length may be the name a salutation greets when a
        // break follows it ("Selam Can!", "Hi Will,"): never a word of
        // shared history there. Never a number.
        let short_last = any.intersects(Phases::SIGS | Phases::CLOSED)
            && !unspaced
            && !favoured
            && self.tokens.text(i).len() <= 3
            && self.tokens.flags_or_end(i + 1).intersects(WordFlags::LINE);
        let predicate = is_predicate(self.tokens.text(i));
        let greeted = any.intersects(Phases::GREET | Phases::NAMES_OPEN)
            && classes.intersects(WordClasses::GENERIC | WordClasses::SIGN_OFF)
            && !classes.intersects(WordClasses::HISTORY)
            && !word
                .flags
                .intersects(WordFlags::DIGIT | WordFlags::UNSPACED)
            && !predicate
            && self
                .tokens
                .flags_or_end(i + 1)
                .intersects(WordFlags::BOUNDARY);
        let mut flags = word.flags;
        if short_last {
            flags |= WordFlags::NAME_END;
        }
        if greeted {
            flags |= WordFlags::GREETED;
        }
        if i > 0 {
            // Only a hyphen's second half continues a name; a word glued to
            // a character of a script without spaces does not ("张伟Lucy").
            if self.tokens.word(i - 1).flags.contains(WordFlags::UNSPACED) {
                flags = flags.without(WordFlags::JOINED);
            }
            // "Dr. Ann", "डॉ. वर्मा": a full stop after a short word or a
            // title is an abbreviation's.
            if flags.contains(WordFlags::SENTENCE)
                && !flags.contains(WordFlags::LINE)
                && self.abbreviates(i - 1)
            {
                flags |= WordFlags::ABBREVIATED;
            }
        }
        if any.intersects(Phases::SIGS_OPEN) && self.recased(i, flags, classes) {
            flags |= WordFlags::RECASED;
        }
        if any.intersects(Phases::NAMES_OPEN) && self.recased_greeting(i, flags, classes) {
            flags |= WordFlags::RECASED_GREETING;
        }
        // A nickname is a name whatever it means alone, but no predicate
        // and no word of a phrase of shared history is one.
        let name = (is_name(classes, flags)
            || self.after_particle(i, any, classes, flags)
            || self.nickname(i, any, flags)
            || (frames_name(any, flags) && self.first_name(i, classes, flags)))
            && !predicate
            && !story
            && !retold
            && i >= self.thanked_until
            && !self.inflected_name(i);
        self.read(i + 1, states, classes, flags, name);
    }

    /// Whether word `i` is a proper name with a case ending after an
    /// apostrophe (a [`WordClass::Ending`](super::lexicon::WordClass):
    /// "Kapadokya'da", in Cappadocia; "ODTÜ'de", at METU): it stands in a
    /// sentence, so it is no name a greeting or a signature gives, which
    /// people write bare ("İyi hafta sonları Kapadokya'da" wishes a good
    /// weekend in Cappadocia; it is not signed "Kapadokya'da").
    fn inflected_name(&self, i: usize) -> bool {
        if self.tokens.word(i).flags.intersects(NO_NAME_PART) {
            return false;
        }
        let Some(letters) = self.tokens.ending_letters(i) else {
            return false;
        };
        let text = self.tokens.text(i);
        let Some((at, _)) = text.char_indices().rev().nth(letters - 1) else {
            return false;
        };
        at > 0
            && self
                .engine
                .info(&text[at..])
                .classes
                .contains(WordClasses::ENDING)
    }

    /// Whether word `i` (with `flags` and `classes`), in a greeted name,
    /// opens with a capital after at least two words in small letters: then
    /// the name does not go on across it. People greet a name of several
    /// words in one case, or capitalise its words ("Hola María José
    /// García", "hi anna lee"); words in small letters and a capital after
    /// them are what follows a greeting without a name, a job and its
    /// employer ("Bonjour, ingénieur process chez Airbus depuis 9 ans",
    /// "chargée de recrutement chez BNP Paribas"). Particles and
    /// honorifics in small letters ("de la Fuente", "von der Leyen", "chị
    /// Lan") and the words of a greeting ("kính gửi") are no such words; a
    /// particle, a hyphen's later half and a word of a script without case
    /// never break a name, and one word in small letters may open one ("Hi
    /// anna Lee").
    #[cold]
    fn recased_greeting(&mut self, i: usize, flags: WordFlags, classes: WordClasses) -> bool {
        if i < 2
            || flags.intersects(NO_NAME_PART | WordFlags::JOINED)
            || classes.contains(WordClasses::PARTICLE)
        {
            return false;
        }
        self.tokens.opens_capital(i)
            && (i - 2..i).all(|k| {
                !self
                    .tokens
                    .word(k + 1)
                    .flags
                    .intersects(WordFlags::BOUNDARY)
                    && self.tokens.opens_small(k)
                    && !self.info(k).classes.intersects(FRAMING)
            })
    }

    /// Whether word `i` (with `flags` and `classes`) is capitalised and the
    /// word before it written in small letters (see [`Tokens::case`]).
    /// People write a name's words alike, or capitalise only the first (a
    /// phone does: "Anna lee"), so a signature's name does not go on
    /// across a capital after small letters: "Hälsningar till din syster
    /// Karin" (greetings to your sister Karin) and "Köszönöm, hogy
    /// bemutattál Annának" (thanks for introducing me to Anna) are remarks,
    /// not a closing and a four-word name. Particles ("van", "de", "bin")
    /// and the short words that complete them ("de los", "van 't"), titles
    /// ("dosentti Juhani"), abbreviations ("lek. dent. Ewa"), single
    /// letters ("a/l"), a hyphenated word's later parts ("Min-jun Kim"), a
    /// word in capitals or with a capital inside ("Jean DUPONT",
    /// "McDonald") and scripts without case never break a name. So a note
    /// in one case throughout, as typed in capitals or in small letters,
    /// reads as before, and so does a name whose given name alone is
    /// written small ("anna Lee"), the cost of the rule.
    #[cold]
    fn recased(&mut self, i: usize, flags: WordFlags, classes: WordClasses) -> bool {
        if i == 0
            || flags.intersects(NO_NAME_PART | WordFlags::JOINED)
            || classes.contains(WordClasses::PARTICLE)
        {
            return false;
        }
        if self.tokens.caseless(i) {
            return self.crowds_line(i);
        }
        // After a full stop on the line, the word before is an abbreviation
        // ("lek. dent. Ewa") or ends a sentence.
        if flags.contains(WordFlags::SENTENCE) && !flags.contains(WordFlags::LINE) {
            return false;
        }
        let case = self.tokens.case(i);
        let mut j = i - 1;
        while j > 0
            && i - j < MAX_NAME_PARTS
            && self.tokens.word(j).flags.contains(WordFlags::JOINED)
        {
            j -= 1;
        }
        // A single letter is an initial or a particle ("a/l", "b.").
        let before = self.tokens.case(j);
        if case == Case::Other
            || before == Case::Other
            || before == case
            || self.tokens.text(j).chars().nth(1).is_none()
        {
            return false;
        }
        // A name of two words is written any way: a phone capitalises the
        // first letter it is given ("Anna lee", "Thanks Marco rossi"), and
        // some type the surname alone with a capital ("anna Lee"). So are a
        // short abbreviation after a name ("Karl Müller sen.").
        let mut end = i + 1;
        while end - i < MAX_NAME_PARTS
            && self.tokens.has(end)
            && self.tokens.word(end).flags.contains(WordFlags::JOINED)
        {
            end += 1;
        }
        let after = self.tokens.flags_or_end(end);
        let starts = self.tokens.word(j).flags.intersects(WordFlags::BOUNDARY)
            || (j > 0 && self.info(j - 1).classes.contains(WordClasses::CLOSER));
        if (after.contains(WordFlags::LINE) && starts)
            || (case == Case::Small
                && after.contains(WordFlags::SENTENCE)
                && !after.contains(WordFlags::EXCLAIM)
                && may_abbreviate(self.tokens.text(i)))
        {
            return false;
        }
        // A title before the name is written small in many languages
        // ("dosentti Juhani"), and so is a particle and a short word right
        // after one, which completes it.
        let particle = |k: usize| self.info(k).classes.contains(WordClasses::PARTICLE);
        let completes = |k: usize| {
            k > 0
                && !self.tokens.word(k).flags.intersects(WordFlags::BOUNDARY)
                && self.tokens.text(k).chars().count() <= 3
                && particle(k - 1)
        };
        !self
            .info(j)
            .classes
            .intersects(WordClasses::PARTICLE | WordClasses::TITLE)
            && !completes(j)
    }

    /// Whether word `i`, of a script without case, would be one word too
    /// many for a signature name that opened on the line of the text
    /// before it, after a full stop or a comma. Case cannot tell such a
    /// name from a sentence (see [`Run::recased`]), so its length does: a
    /// name there holds at most [`MAX_CASELESS_LINE_NAME`] words (particles,
    /// honorifics, a hyphen's later halves and the part of an abbreviation
    /// after a gershayim not counted: "محمد بن عبد الله", "श्री राम प्रसाद
    /// शर्मा", "ד"ר משה לוי"), where
    /// a longer run is a remark ("…অনুমোদন করুন। তোর সাজেক ভ্যালির ছবিগুলো
    /// দেখলাম", saw your photos of the Sajek valley). On a line of its own,
    /// after a dash or after a closing a name may be as long as anywhere.
    fn crowds_line(&mut self, i: usize) -> bool {
        let closing = WordClasses::CLOSER | WordClasses::SIGN_OFF | WordClasses::THANKS;
        let mut words = 0;
        let mut k = i;
        while k > 0 && i - k < MAX_NAME_WORDS_BACK {
            k -= 1;
            let flags = self.tokens.word(k).flags;
            let info = self.info(k);
            // After a closing word or formula ("مع تحياتي خالد عبد الله").
            if self.begins(k, info, closing) {
                return false;
            }
            // A word of its own (not the part after a hyphen or a
            // Hebrew gershayim: "ד"ר"), and no honorific ("श्री").
            let honorific = WordClasses::PARTICLE | WordClasses::SALUTATION;
            if flags.intersects(WordFlags::SPACE | WordFlags::BOUNDARY)
                && !flags.contains(WordFlags::JOINED)
                && !info.classes.intersects(honorific)
            {
                words += 1;
            }
            if flags.intersects(WordFlags::BOUNDARY) {
                return words >= MAX_CASELESS_LINE_NAME
                    && flags.intersects(WordFlags::SENTENCE | WordFlags::COMMA)
                    && !flags.intersects(WordFlags::LINE | WordFlags::DASH);
            }
        }
        false
    }

    /// Whether word `i` (with `classes` and `flags`), a given name the
    /// lexicon lists (`given`) that some list also holds as a template's
    /// word or a closing, is a first name all the same: capitalised, where
    /// a name is looked for (after a salutation word, after a closing,
    /// after a dash), and followed on its line by a capitalised word that
    /// can only be a name, or by a particle ("Hi Will Smith", "Best
    /// regards,⏎Grace Kowalczyk", "– Can Yılmaz"). Only listed names: a
    /// capital cannot tell an adjective, a wish or a preposition from a
    /// name ("Cheers,⏎Awesome Berlin", "– Happy Diwali", "Best,⏎From
    /// Lisbon" are remarks). Never a word of shared history, but a verb of
    /// meeting that is a given name too ("Meet Patel").
    #[cold]
    fn first_name(&mut self, i: usize, classes: WordClasses, flags: WordFlags) -> bool {
        if !classes.contains(WordClasses::GIVEN)
            || (classes.intersects(WordClasses::HISTORY) && !classes.contains(WordClasses::MEETING))
            || flags.intersects(WordFlags::DIGIT | WordFlags::UNSPACED | WordFlags::PLACEHOLDER)
            || !self.tokens.has(i + 1)
        {
            return false;
        }
        let next = self.tokens.word(i + 1);
        if next
            .flags
            .intersects(WordFlags::BOUNDARY | WordFlags::DIGIT | WordFlags::UNSPACED)
            || self.tokens.case(i) != Case::Capital
        {
            return false;
        }
        let info = self.info(i + 1);
        let after = self.engine.classes(self.tokens.text(i + 1), info);
        after.contains(WordClasses::PARTICLE)
            || (is_name(after, next.flags) && self.tokens.case(i + 1) == Case::Capital)
    }

    /// Whether word `i` stands in a quoted passage: two words or more
    /// between double quotation marks, the first not in small letters ("Li
    /// seu artigo "Open Finance na prática: o que aprendemos em um ano"",
    /// "「AI時代の働き方」"). What a note quotes so is a title or someone's
    /// words, particular to the reader however ordinary its words: no
    /// template's words, no name. Small words in quotes are scare quotes
    /// ("my "professional network""), read as they are. A single
    /// quoted word is a nickname ("Alessandra "Ale" Conti"), a quote that
    /// opens the note quotes the note itself or its stock text, one where a
    /// signature or a salutation is being read, or that fills its line,
    /// holds a name, a company or a tagline, and one with a company's kind
    /// or legal form in it is an organisation's name. Words
    /// are asked for in order (the walk's), so each is looked at once; a
    /// closing quote is looked for at most [`MAX_QUOTED_WORDS`] words on.
    fn in_quotes(&mut self, i: usize) -> bool {
        // Most notes quote nothing: the tokenizer, which has read past word
        // `i`, says so.
        if !self.tokens.quoted_yet() {
            return false;
        }
        if i < self.quotes_seen {
            return self.quoted.contains(&i);
        }
        let mut j = self.quotes_seen.max(self.quoted.end);
        while j <= i {
            if j == 0 || !self.quote_before(j) {
                j += 1;
                continue;
            }
            let mut k = j + 1;
            while k - j <= MAX_QUOTED_WORDS
                && self.tokens.has(k)
                && !self.quote_before(k)
                && !self.tokens.word(k).flags.contains(WordFlags::LINE)
            {
                k += 1;
            }
            // Within its line (a quote that ends the line stands before
            // the next line's first word).
            let closed = if self.tokens.has(k) {
                self.quote_before(k)
            } else {
                self.tokens.flags_or_end(k).contains(WordFlags::QUOTED)
            };
            // On a signature's lines quotes hold a company's name ("АО
            // «Технопарк Групп»") or a nickname, after a salutation a name
            // ("Hi "First Name""), and a quote that fills its line a name,
            // a company or a tagline ("⏎«Les Jardins de Provence»").
            let states = self.get(j);
            let signing = (states.pure | states.generic).intersects(
                Phases::SIGS | Phases::SIGP | Phases::HEAD | Phases::CLOSED | Phases::GREET,
            );
            let line = self.tokens.word(j).flags.contains(WordFlags::LINE)
                && self.tokens.flags_or_end(k).contains(WordFlags::LINE);
            // A title opens with a capitalised word (or in a script without
            // case); small words in quotes are the writer's own, scare
            // quotes ("my "professional network""). A word in capitals
            // tells nothing, so a note in capitals reads as in small
            // letters.
            if closed
                && k - j >= 2
                && !signing
                && !line
                && self.opens_title(j)
                && !self.names_company(j..k)
            {
                self.quoted = j..k;
                if k > i {
                    break;
                }
            }
            // The word after a closing quote opens nothing.
            j = if closed { k + 1 } else { j + 1 };
        }
        self.quotes_seen = i + 1;
        self.quoted.contains(&i)
    }

    /// Whether word `k` (which exists) may open a title: a capital and a
    /// small letter ("Open"; not "A", "OPEN" or "U8", which read alike in
    /// capitals and small letters), or in a script without case.
    fn opens_title(&mut self, k: usize) -> bool {
        self.tokens.word(k).flags.contains(WordFlags::UNSPACED)
            || self.tokens.caseless(k)
            || self.tokens.capitalised(k)
    }

    /// Whether a word of `words` is a company's legal form or kind
    /// ("Soluciones Digitales SA", "Nova Rota Consultoria"): quoted, such a
    /// passage is the name of an organisation, not a title.
    fn names_company(&mut self, words: std::ops::Range<usize>) -> bool {
        words
            .into_iter()
            .any(|k| self.classes_at(k).contains(WordClasses::COMPANY))
    }

    /// Whether a double quotation mark stands before word `k` (which
    /// exists): not the gershayim of a Hebrew abbreviation, typed as a
    /// straight quote between two letters ("ד"ר", "כ"ץ").
    fn quote_before(&self, k: usize) -> bool {
        let flags = self.tokens.word(k).flags;
        flags.contains(WordFlags::QUOTED)
            && (flags.intersects(WordFlags::SPACE | WordFlags::BOUNDARY)
                || !self
                    .tokens
                    .text(k)
                    .starts_with(|c: char| ('\u{05D0}'..='\u{05EA}').contains(&c)))
    }

    /// Whether word `i`, a piece of work, is the reader's: a possessive
    /// that points to the reader stands at most [`WORK_REACH`] words
    /// before or after it in its clause ("your paper", "votre dernier
    /// article"; not "Mon livre vous plaira", my book will please you). One
    /// piece of the reader's own work is a specific thing to name, a shared
    /// history as English's "article" is.
    #[cold]
    fn readers_work(&mut self, i: usize) -> bool {
        // The first half of a hyphenated word qualifies the second ("Ihr
        // Buch-Coach", your book coach: a signature's title).
        if self.tokens.has(i + 1) && self.tokens.word(i + 1).flags.contains(WordFlags::JOINED) {
            return false;
        }
        self.in_clause((i, i), (WORK_REACH, WORK_REACH), WordClasses::YOURS)
            .contains(WordClasses::YOURS)
    }

    /// Whether a sales pitch starts at word `i` (which has `info`): a verb
    /// by which the sender offers a service or a job, a word or a phrase
    /// ("we help", "nous accompagnons", "помогаем", "nous recrutons"),
    /// with organisations or professionals in general in its clause at
    /// most [`PITCH_REACH`] words after it ("we help B2B companies like
    /// yours", "wir unterstützen mittelständische Unternehmen";
    /// [`OFFER_REACH`] after a verb of offering, which names its product
    /// first) or
    /// [`PITCH_BACK_REACH`] before it, where a language that puts its
    /// verb last names them ("中小企業向けに…を提供しております", "KOBİ'lere
    /// … yardımcı oluyoruz"). A note that holds one and no word of shared
    /// history is a template however specific its other words
    /// ([`Run::unread`]), as one with an unfilled placeholder is: it
    /// offers the same thing to every reader. "We help each other"
    /// pitches nothing.
    #[cold]
    fn pitches(&mut self, i: usize, info: WordInfo) -> bool {
        // A phrase's words in one clause: "… eine GmbH suchen. Wir
        // betreuen …" holds no "suchen wir" (we are looking for).
        let found = word_or_phrase(self.engine, &mut self.tokens, i, info, WordClasses::PITCH);
        found.is_some_and(|(words, classes)| {
            // A verb of offering names its product before its market.
            let ahead = if classes.contains(WordClasses::OFFER) {
                OFFER_REACH
            } else {
                PITCH_REACH
            };
            break_within(&mut self.tokens, i, words, WordFlags::BOUNDARY).is_none()
                && self
                    .in_clause(
                        (i, i + words - 1),
                        (PITCH_BACK_REACH, ahead),
                        WordClasses::CLIENTS,
                    )
                    .contains(WordClasses::CLIENTS)
        })
    }

    /// Whether word `i`, a verb of meeting, wishes to
    /// meet people in general: a word of its clause (no comma, dash,
    /// sentence end or line break between) at most [`CROWD_REACH`] words
    /// away names them ("always nice to meet new folks in marketing",
    /// "neue Leute aus dem Marketing kennenzulernen", "profesyonellerle
    /// tanışmak"). Then the verb is a template's word, not a shared
    /// history. Meeting the reader ("great to meet you") stays one, and so
    /// do the reader's people ("great to meet the people at your company":
    /// a word that points to the reader in the clause) and any past
    /// meeting, whose verbs are plain history words.
    #[cold]
    fn meets_crowd(&mut self, i: usize) -> bool {
        let around = self.in_clause((i, i), (CROWD_REACH, CROWD_REACH), WordClasses::READER);
        around.contains(WordClasses::CROWD) && !around.contains(WordClasses::READER)
    }

    /// Whether word `k` exists and stands in the clause of the word before
    /// it: no comma, dash, sentence end or line break between.
    fn continues_clause(&mut self, k: usize) -> bool {
        !self.tokens.flags_or_end(k).intersects(WordFlags::BOUNDARY)
    }

    /// The words before word `i` in its clause, at most `reach` of them.
    fn clause_before(&self, i: usize, reach: usize) -> std::ops::Range<usize> {
        let mut k = i;
        while k > 0 && i - k < reach && !self.tokens.word(k).flags.intersects(WordFlags::BOUNDARY) {
            k -= 1;
        }
        k..i
    }

    /// The classes of the words of the clause (no comma, dash, sentence
    /// end or line break between) of words `first..=last`, at most `back`
    /// words before them and `ahead` words after, read until one of
    /// `enough` is found. A character of a script without spaces weighs a
    /// third of a word there, as in a line ([`Run::weight`]): "中小企业" is
    /// one word of four characters.
    fn in_clause(
        &mut self,
        (first, last): (usize, usize),
        (back, ahead): (usize, usize),
        enough: WordClasses,
    ) -> WordClasses {
        let mut found = WordClasses::EMPTY;
        let (mut k, mut spent) = (first, 0);
        while k > 0 && !self.tokens.word(k).flags.intersects(WordFlags::BOUNDARY) {
            k -= 1;
            spent += self.weight(k, true);
            if spent > back * WORD_WEIGHT {
                break;
            }
            found |= self.classes_in_clause(k, enough);
            if found.intersects(enough) {
                return found;
            }
        }
        let (mut k, mut spent) = (last + 1, 0);
        while self.continues_clause(k) && !found.intersects(enough) {
            spent += self.weight(k, true);
            if spent > ahead * WORD_WEIGHT {
                break;
            }
            found |= self.classes_in_clause(k, enough);
            k += 1;
        }
        found
    }

    /// What the vocabulary says of word `k` (which exists) in a clause
    /// looked through for `enough`: its classes, and those of the phrase
    /// of `enough` that starts there ("中小企业" is one, of four words).
    fn classes_in_clause(&mut self, k: usize, enough: WordClasses) -> WordClasses {
        let info = self.info(k);
        let classes = self.engine.classes(self.tokens.text(k), info);
        self.phrase_at(k, info, enough)
            .map_or(classes, |(_, phrase)| classes | phrase)
    }

    /// What the vocabulary says of word `k` (which exists), read by its
    /// stem where the vocabulary lacks it.
    fn classes_at(&mut self, k: usize) -> WordClasses {
        let info = self.info(k);
        self.engine.classes(self.tokens.text(k), info)
    }

    /// `classes` of word `i` as its clause reads them: a favour after a
    /// thank-you and one piece of the reader's work are words of shared
    /// history ([`Run::thanked_before`], [`Run::readers_work`]; a piece of
    /// work that carries the reader's possessive itself, as Turkish writes
    /// it, "yazınızı", is both work and `yours`); a verb of
    /// meeting people in general is a template's word
    /// ([`Run::meets_crowd`]). Also whether the word became history so.
    #[inline]
    fn in_context(&mut self, i: usize, classes: WordClasses) -> (WordClasses, bool) {
        if (classes.contains(WordClasses::FAVOUR) && self.thanked_before(i))
            || (classes.contains(WordClasses::WORK)
                && (classes.contains(WordClasses::YOURS) || self.readers_work(i)))
        {
            (
                classes.without(WordClasses::BODY) | WordClasses::HISTORY,
                true,
            )
        } else if classes.contains(WordClasses::MEETING) && self.meets_crowd(i) {
            (
                classes.without(WordClasses::HISTORY) | WordClasses::GENERIC,
                false,
            )
        } else {
            (classes, false)
        }
    }

    /// Whether word `i`, which no list holds as a word of a note's body or
    /// of shared history (a word of signatures' headlines may be one:
    /// "Energy", "Logistics"), names the sender's field of work in general
    /// beside a word of a field in its clause: at most [`FIELD_AFTER`]
    /// words after such a word ("nel settore energetico") or
    /// [`FIELD_BEFORE`] before one ("in the renewable energy sector").
    /// Never a number, a word of a script without spaces, or one written
    /// with a capital in mid-sentence after small letters (a name: "in the
    /// energy sector at Siemens" names no field).
    // Out of line: inlined, it made the walk's loop dearer for every word
    // (callgrind: 1 % more instructions over the bench corpora).
    #[inline(never)]
    fn names_field(&mut self, i: usize) -> bool {
        let flags = self.tokens.word(i).flags;
        if flags.intersects(NO_NAME_PART) {
            return false;
        }
        let engine = self.engine;
        let mut found = self
            .clause_before(i, FIELD_AFTER)
            .any(|k| engine.is_field_word(self.tokens.text(k)));
        let mut k = i + 1;
        while !found && k - i <= FIELD_BEFORE && self.continues_clause(k) {
            found = engine.is_field_word(self.tokens.text(k));
            k += 1;
        }
        found && !self.proper(i, flags)
    }

    /// Whether word `i` (with `flags`), which no list holds, is written as
    /// a proper name is in a note's body: with a capital in mid-sentence
    /// after small letters ([`Run::capital_after_small`]), or in capitals
    /// after small letters, as an organisation's acronym ("chez BNP"). A
    /// note written in one case throughout has none, so it reads alike in
    /// capitals and in small letters.
    fn proper(&self, i: usize, flags: WordFlags) -> bool {
        i > 0
            && !flags.intersects(WordFlags::BOUNDARY)
            && (self.capital_after_small(i) || self.acronym(i))
    }

    /// Whether word `i` (after another, in mid-sentence) is written in
    /// capitals after a word that opens with a small letter, as an
    /// organisation's acronym is ("bij ING", "chez BNP"). After a word of a
    /// script without case it is not: a note in capitals throughout would
    /// then read otherwise than in small letters ("في KAUST").
    fn acronym(&self, i: usize) -> bool {
        i > 0 && self.tokens.in_capitals(i) && self.tokens.opens_small(i - 1)
    }

    /// Whether word `i` (of `classes`) is a number of at most
    /// [`MAX_COUNT_DIGITS`] digits that counts years or months, or the unit
    /// after one: a unit of a span of them follows the number in its clause
    /// ("10 years", "15 Jahren", "10-year", "12 yrs") or is written onto it
    /// ("10년째"). Then the two say how long, as "ten years" does, not
    /// what. More digits are a year ("2015年"), a date: specific, as any
    /// other number is.
    fn counts_period(&mut self, i: usize, classes: WordClasses) -> bool {
        let word = self.tokens.word(i);
        if !word.flags.contains(WordFlags::DIGIT) {
            // The unit after a count ("12 yrs", "7 miesięcy"): the count
            // reads it so.
            return classes.contains(WordClasses::PERIOD)
                && i > 0
                && !word.flags.intersects(WordFlags::BOUNDARY)
                && self.tokens.word(i - 1).flags.contains(WordFlags::DIGIT)
                && self.counts_period(i - 1, WordClasses::EMPTY);
        }
        let engine = self.engine;
        let period = |word: &str| engine.info(word).classes.contains(WordClasses::PERIOD);
        // Digits of any script ("10", "١٠", "१०"): the byte after the last.
        let text = self.tokens.text(i);
        let digits = text
            .chars()
            .take_while(|c| c.is_numeric())
            .take(MAX_COUNT_DIGITS + 1)
            .count();
        if digits == 0 || digits > MAX_COUNT_DIGITS {
            return false;
        }
        let end = text
            .char_indices()
            .nth(digits)
            .map_or(text.len(), |(at, _)| at);
        if end < text.len() {
            return period(&text[end..]);
        }
        self.continues_clause(i + 1) && period(self.tokens.text(i + 1))
    }

    /// Whether word `i`, which no list holds as a word of a note's body or
    /// of shared history, says the sender's own role in a
    /// self-introduction. Its run (the words around it, in its clause, that
    /// are a job title's words, "senior", "analyst", "Steuerberaterin",
    /// "mühendisi", or words no list holds, "UX", "informatico") holds a
    /// title word at most [`ROLE_AFTER`] words before it or anywhere after
    /// it, and a word that introduces the sender's role (a
    /// [`WordClass::Role`](super::lexicon::WordClass) word or phrase: "as",
    /// "I'm", "als", "como", "jako", "как") stands at most [`ROLE_REACH`]
    /// words before that title ("I'm a senior data analyst", "trabajo como
    /// ingeniero de software", "jako rekruterka IT"), or a
    /// [`WordClass::RoleAfter`](super::lexicon::WordClass) word stands
    /// right after the run, as Turkish puts it ("yazılım mühendisi
    /// olarak").
    ///
    /// A title alone keeps its reading ("about the graphic designer
    /// vacancy" may name anyone's), and so does a role in a clause that
    /// points to the reader before it, at most [`ROLE_READER_REACH`] words
    /// back ("congrats on your new role as Head of Sales"). A listed word
    /// other than a title's ends the run: "मैं इंफोसिस में सॉफ्टवेयर इंजीनियर
    /// हूँ" (I'm a software engineer at Infosys) keeps its employer. Never a number, a word of a script
    /// without spaces, nor a word other than a title's written with a
    /// capital or in capitals in mid-sentence after small letters (a name:
    /// "10 yıldır Turkcell'de yazılım mühendisi olarak").
    // Out of line, as `names_field`: the walk asks it only where a note's
    // body holds a word no list reads there.
    #[inline(never)]
    fn names_role(&mut self, i: usize) -> bool {
        let flags = self.tokens.word(i).flags;
        if flags.intersects(NO_NAME_PART) {
            return false;
        }
        // Most words have no word that introduces a role within reach in
        // their clause: a filter rules it out before any look-up.
        if !self.may_introduce_role_near(i) {
            return false;
        }
        let title = self.classes_at(i).contains(WordClasses::TITLE);
        if !title && self.proper(i, flags) {
            return false;
        }
        // The run: title words and words of no list, in the clause, up to
        // a word that introduces a role (a vocabulary may list one as a
        // title's word too).
        let in_run = |run: &mut Self, k: usize| {
            let classes = run.classes_at(k);
            (classes.contains(WordClasses::TITLE)
                || !classes.intersects(WordClasses::BODY | WordClasses::HISTORY))
                && run.introduces_role(k, ROLE_WORDS).is_none()
        };
        let mut first = i;
        while first > 0
            && i - first < ROLE_REACH
            && !self
                .tokens
                .word(first)
                .flags
                .intersects(WordFlags::BOUNDARY)
            && in_run(self, first - 1)
        {
            first -= 1;
        }
        let mut last = i;
        while last - i < ROLE_REACH && self.continues_clause(last + 1) && in_run(self, last + 1) {
            last += 1;
        }
        // Its title: the one nearest after `first` that word `i` may
        // stand before, be or qualify.
        let Some(t) = (first.max(i.saturating_sub(ROLE_AFTER))..=last)
            .find(|&t| self.classes_at(t).contains(WordClasses::TITLE))
        else {
            return false;
        };
        // A frame right after the run, in a language that puts it there
        // ("olarak").
        if self.continues_clause(last + 1)
            && self
                .introduces_role(last + 1, WordClasses::ROLE_AFTER)
                .is_some()
        {
            return !self.reader_before(first);
        }
        // A frame before it, its last word at most `ROLE_REACH` words
        // before the title, and nothing between the clause's start and the
        // frame that points to the reader.
        let reach = (ROLE_REACH + MAX_ROLE_WORDS).saturating_sub(t - first);
        let frame = self.clause_before(first, reach).rev().find(|&k| {
            self.introduces_role(k, WordClasses::ROLE)
                .is_some_and(|words| k + words <= first && t + 1 - k - words <= ROLE_REACH)
        });
        frame.is_some_and(|k| !self.reader_before(k))
    }

    /// Whether a word or phrase that introduces a role stands in word
    /// `i`'s clause, as far from it as [`Run::names_role`] looks. Most
    /// words have none; [`Engine::role_words`]' filter rules most out
    /// before any look-up.
    fn may_introduce_role_near(&mut self, i: usize) -> bool {
        let before = self.clause_before(i, ROLE_REACH + ROLE_AFTER + MAX_ROLE_WORDS);
        if before
            .rev()
            .any(|k| self.introduces_role(k, WordClasses::ROLE).is_some())
        {
            return true;
        }
        let mut k = i + 1;
        while k - i <= ROLE_REACH + 1 && self.continues_clause(k) {
            if self.introduces_role(k, ROLE_WORDS).is_some() {
                return true;
            }
            k += 1;
        }
        false
    }

    /// Whether a word that points to the reader ("your", "Ihre", "votre")
    /// stands before word `k` in its clause, at most [`ROLE_READER_REACH`]
    /// words back ("congrats on your new role as").
    fn reader_before(&mut self, k: usize) -> bool {
        self.clause_before(k, ROLE_READER_REACH)
            .any(|j| self.classes_at(j).contains(WordClasses::READER))
    }

    /// The length of the word or phrase of `class` (`ROLE`, `ROLE_AFTER`
    /// or both) that introduces the sender's role starting at word `k`
    /// (which exists), if one does.
    fn introduces_role(&mut self, k: usize, class: WordClasses) -> Option<usize> {
        if !self.engine.role_words.may_hold(self.tokens.text(k)) {
            return None;
        }
        let info = self.info(k);
        word_or_phrase(self.engine, &mut self.tokens, k, info, class).map(|(words, _)| words)
    }

    /// Whether word `i` (after another) opens with a capital followed by a
    /// small letter and the word before it with a small letter: a name in
    /// mid-sentence, in a language that capitalises only names. In one
    /// case throughout no word is.
    fn capital_after_small(&self, i: usize) -> bool {
        self.tokens.capitalised(i) && self.tokens.opens_small(i - 1)
    }

    /// Whether a thank-you stands before word `i` in its clause (no comma,
    /// dash, sentence end or line break between: "thanks for accepting,
    /// happy to help" thanks for no help), at most [`FAVOUR_REACH`] words
    /// back (a run of characters of a script without spaces counts as one
    /// word, up to [`FAVOUR_REACH_CHARACTERS`]), and no word that makes it
    /// one for what is still to come beside it ("thanks in advance for",
    /// "提前感谢"): then a favour named at `i` ("thanks a lot for the
    /// advice") is one done for the sender, a shared history.
    fn thanked_before(&mut self, i: usize) -> bool {
        let (mut k, mut words) = (i, 0);
        while k > 0
            && words < FAVOUR_REACH
            && i - k < FAVOUR_REACH_CHARACTERS
            && !self.tokens.word(k).flags.intersects(WordFlags::BOUNDARY)
        {
            k -= 1;
            let flags = self.tokens.word(k).flags;
            if !flags.contains(WordFlags::UNSPACED | WordFlags::JOINED) {
                words += 1;
            }
            let info = self.info(k);
            if self.begins(k, info, WordClasses::PENDING) {
                return false;
            }
            if self.begins(k, info, WordClasses::THANKS) {
                // "Thanks in advance" says so after the thank-you, "提前感谢"
                // and "z góry dziękuję" before it.
                let mut j = k;
                while j > 0
                    && k - j < PENDING_BEFORE
                    && !self.tokens.word(j).flags.intersects(WordFlags::BOUNDARY)
                {
                    j -= 1;
                    let info = self.info(j);
                    if self.begins(j, info, WordClasses::PENDING) {
                        return false;
                    }
                }
                return true;
            }
        }
        false
    }

    /// Whether word `k` (whose entry is `info`) is a word of `class`, or
    /// begins a phrase of it.
    fn begins(&mut self, k: usize, info: WordInfo, class: WordClasses) -> bool {
        word_or_phrase(self.engine, &mut self.tokens, k, info, class).is_some()
    }

    /// Whether word `i` (with `flags`, after phases `any`) is a nickname:
    /// one word between double quotes inside a name that is already open,
    /// on the name's line, with a double quote again before the next word
    /// or at the note's end ("Alessandra "Ale" Conti", "Hi Robert “Bob”
    /// Lee,", "Hallo Johannes «Kaffee»,⏎"; a straight quote that opens the
    /// next line would count too). It is part of the name whatever it
    /// means alone ("Ale" is a drink, a word of shared history).
    fn nickname(&mut self, i: usize, any: Phases, flags: WordFlags) -> bool {
        flags.contains(WordFlags::QUOTED)
            && !flags.intersects(WordFlags::BOUNDARY | WordFlags::DIGIT | WordFlags::UNSPACED)
            && any.intersects(Phases::NAMES | Phases::SOLOS | Phases::SIGS)
            && self.tokens.flags_or_end(i + 1).contains(WordFlags::QUOTED)
    }

    /// Whether word `i` stands in a phrase of shared history ("wythnos
    /// diwethaf", "i dag", "cuộc gọi"): each of its words then reads as a
    /// word of shared history only, though alone it may be a word no list
    /// holds (read as a name), an initial ("i") or an everyday word ("dag",
    /// a Dutch greeting). (Not in a script without spaces, whose phrases
    /// may be parts of a longer word; see [`Run::unspaced_history`].)
    fn in_story(&mut self, i: usize, info: WordInfo) -> bool {
        if let Some(words) = self.tells(i, info) {
            self.story_until = self.story_until.max(i + words);
        }
        if let Some(words) = self.favour_phrase(i, info) {
            self.story_until = self.story_until.max(i + words);
        }
        i < self.story_until
    }

    /// The length of a favour of several words that starts at word `k`
    /// (whose entry is `info`) in a script with spaces, after a thank-you
    /// ("thanks for the повратна информација", "cảm ơn vì lời khuyên"):
    /// read as a phrase of shared history, as a favour of one word is (see
    /// [`Run::thanked_before`]). Only once a thank-you has been read: most
    /// notes hold none, and pay nothing.
    #[inline]
    fn favour_phrase(&mut self, k: usize, info: WordInfo) -> Option<usize> {
        // Not `may_tell`: the thank-you's own phrase may end inside the
        // favour ("cảm ơn chị" folds as "cám ơn chỉ dẫn" does).
        if !self.thanks_read
            || self.history_is_body
            || self.tokens.word(k).flags.contains(WordFlags::UNSPACED)
        {
            return None;
        }
        let (words, _) = self.phrase_at(k, info, WordClasses::FAVOUR)?;
        (words > 1 && self.thanked_before(k)).then_some(words)
    }

    /// Whether word `i` stands in a phrase of shared history that the
    /// grammar reads as a greeting, a closing, template words or everyday
    /// words ("ci sentiamo", "co worker"; see [`retold_at`]): read so, but
    /// never as part of a name ("… ？ co worker Tartu" is no signature).
    fn in_retold(&mut self, i: usize, info: WordInfo) -> bool {
        if info.retold && self.may_tell(i) {
            if let Some(words) = retold_at(self.engine, &mut self.tokens, i, info) {
                self.retold_until = self.retold_until.max(i + words);
            }
        }
        i < self.retold_until
    }

    /// The length of the phrase of shared history that starts at word `k`
    /// (see [`tells`]), where one may start (see [`Run::may_tell`]).
    fn tells(&mut self, k: usize, info: WordInfo) -> Option<usize> {
        if info.tells == 0 || !self.may_tell(k) {
            return None;
        }
        tells(self.engine, &mut self.tokens, k, info)
    }

    /// Whether a phrase of shared history may start at word `k`: not while
    /// history words are read as template words ([`Run::unread`]), nor on a
    /// word that ends a phrase of those read from an earlier word ("yeni
    /// insanlarla tanışmak" = to meet new people, then "tanışmak için" =
    /// "to meet").
    fn may_tell(&self, k: usize) -> bool {
        !self.history_is_body && k >= self.said_until
    }

    /// Whether a phrase of shared history (or a favour after a thank-you,
    /// see [`Run::thanked_before`]) starts at word `k` (whose entry is
    /// `info`) to end a signature's headline, contact or footer line (see
    /// [`ends_name`]), where one may start (see [`Run::may_tell`]); or a
    /// thank-you of several words, whose words alone no list may hold
    /// ("tackar så mycket": no title line says thanks); in the alphabets of
    /// Southeast Asia, one [`Run::tells_in_alphabet`] reads.
    fn ends_line(&mut self, k: usize, info: WordInfo) -> bool {
        (self.may_tell(k)
            && (ends_name(self.engine, &mut self.tokens, k, info)
                || (info.classes.contains(WordClasses::FAVOUR) && self.thanked_before(k))
                || self.favour_phrase(k, info).is_some()
                || self.phrase_at(k, info, WordClasses::THANKS).is_some()))
            || self.tells_in_alphabet(k)
    }

    /// Whether a full stop after word `k` may be an abbreviation's rather
    /// than a sentence end: after a short Latin word ("Dr.", "St."), after
    /// a title that stands before names in any script ("डॉ.", "г-жа."),
    /// which the vocabulary lists as a particle, or after an initial of a
    /// script of India, a letter's name the vocabulary does not hold ("ಕೆ.
    /// ಎಸ್. ನಾಗರಾಜ್": K. S. Nagaraj; a word such as "है" still ends a
    /// sentence).
    fn abbreviates(&self, k: usize) -> bool {
        let text = self.tokens.text(k);
        // The last part of a domain is none ("example.org. Ann …").
        if self.tokens.word(k).flags.contains(WordFlags::DOTTED) {
            return false;
        }
        if may_abbreviate(text) {
            return true;
        }
        let classes = self.info(k).classes;
        classes.contains(WordClasses::PARTICLE) || (classes.is_empty() && is_indic_initial(text))
    }

    /// What the vocabulary says of word `i` (with `info` and `flags`) where
    /// the walk reads it, by its stem where the vocabulary lacks it; a
    /// stem is a guess, and a capital in mid-sentence right after a word in
    /// small letters says the word is a name, in the languages that
    /// capitalise nothing else ([`Inflections::classes_capitalised`]):
    /// "gracias por el contacto de Javier" names someone, whatever stem
    /// "Javier" meets. A note in one case throughout reads as before.
    #[inline]
    fn word_classes(&mut self, i: usize, info: WordInfo, flags: WordFlags) -> WordClasses {
        // A listed word keeps its classes; only a stem is a guess. But a
        // word that only frames names, a particle or a salutation written
        // with a capital ("Ing.", "Dr", "St"), in capitals in mid-sentence
        // after small letters is an acronym: a name ("bij ING", "at DR").
        let listed = info.classes.without(WordClasses::CONTEXTUAL);
        if !listed.is_empty() {
            if listed.without(FRAMING).is_empty()
                && !flags.intersects(WordFlags::BOUNDARY)
                && self.acronym(i)
            {
                return info.classes.without(FRAMING);
            }
            return info.classes;
        }
        let classes = self.engine.classes(self.tokens.text(i), info);
        let uncased = NO_NAME_PART | WordFlags::BOUNDARY | WordFlags::JOINED;
        if classes.contains(WordClasses::FUNCTION) && i > 0 && !flags.intersects(uncased) {
            self.capitalised_classes(i, info, classes)
        } else {
            classes
        }
    }

    /// `classes`, read by the stems of word `i` (in mid-sentence, with
    /// `info`), or what [`Inflections::classes_capitalised`] gives where
    /// the word is capitalised after a word in small letters.
    #[cold]
    fn capitalised_classes(
        &mut self,
        i: usize,
        info: WordInfo,
        classes: WordClasses,
    ) -> WordClasses {
        if self.capital_after_small(i) {
            info.classes
                | self
                    .engine
                    .inflections
                    .classes_capitalised(self.tokens.text(i))
        } else {
            classes
        }
    }

    /// Whether word `i`, which has a common use, is a name part because a
    /// particle inside a name stands right before it: "Saeed" in "Abdul
    /// Rahman bin سعيد" is a name whatever else the word means ("happy").
    /// Never a word of shared history, a number or a character of a script
    /// without spaces, and never across a boundary.
    fn after_particle(
        &self,
        i: usize,
        any: Phases,
        classes: WordClasses,
        flags: WordFlags,
    ) -> bool {
        i > 0
            && any.intersects(Phases::NAMES_OPEN | Phases::SOLOS_OPEN | Phases::SIGS_OPEN)
            && !classes.contains(WordClasses::HISTORY)
            && !flags.intersects(
                WordFlags::DIGIT
                    | WordFlags::UNSPACED
                    | WordFlags::PLACEHOLDER
                    | WordFlags::BOUNDARY,
            )
            && self.info(i - 1).classes.contains(WordClasses::PARTICLE)
    }

    /// Sets the states `states` reach at `to` by reading one word (or
    /// phrase, or name) of `classes` and `flags`.
    fn read(
        &mut self,
        to: usize,
        states: States,
        classes: WordClasses,
        flags: WordFlags,
        name: bool,
    ) {
        let classes = if self.history_is_body && classes.contains(WordClasses::HISTORY) {
            classes.without(WordClasses::HISTORY) | WordClasses::FUNCTION
        } else {
            classes
        };
        let pure = step(states.pure, classes, flags, name);
        let generic = step(states.generic, classes, flags, name);
        self.set(
            to,
            States {
                pure: pure.pure,
                generic: pure.generic | generic.pure | generic.generic,
            },
        );
    }

    /// The vocabulary's phrases that start at word `i`, read like words.
    fn phrases(&mut self, i: usize, states: States, info: WordInfo, flags: WordFlags) {
        let engine = self.engine;
        if !may_continue(engine, &mut self.tokens, i, info) {
            return;
        }
        let (tales, others) = candidates(engine, &mut self.tokens, i, info);
        for phrase in tales.iter().chain(others) {
            if phrase
                .classes
                .intersects(WordClasses::BODY | WordClasses::PARTICLE)
                && self.second_is(i, &phrase.second)
                && self.tokens.span_is(i, phrase.words, &phrase.text)
            {
                // One that reaches across a sentence or line ("… a
                // conectar. Te manda saludos", where "conectar te" is a
                // phrase) says nothing of the words after the break.
                let breaks = WordFlags::SENTENCE | WordFlags::LINE;
                if break_within(&mut self.tokens, i, phrase.words, breaks).is_none() {
                    if i + phrase.words > self.said_until {
                        (self.said_until, self.said_from) = (i + phrase.words, i);
                    }
                    if phrase.classes.intersects(WordClasses::THANKS) {
                        self.thanked_until = self.thanked_until.max(i + phrase.words);
                        self.thanks_read = true;
                    }
                }
                self.read(i + phrase.words, states, phrase.classes, flags, false);
            }
        }
    }

    /// The longest phrase of `class` that starts at word `k` (which exists
    /// and has `info`): its length and classes.
    fn phrase_at(
        &mut self,
        k: usize,
        info: WordInfo,
        class: WordClasses,
    ) -> Option<(usize, WordClasses)> {
        phrase_at(self.engine, &mut self.tokens, k, info, class)
    }

    /// Names written in a script without spaces, whose characters are
    /// words of their own: a run of a few letters ([`MAX_IDEOGRAPHIC_NAME`],
    /// [`MAX_UNSPACED_NAME`]) read as one name where the grammar allows a
    /// name (after a salutation, as a signature). A name spaced into parts
    /// ("田中 太郎", "အောင် ကျော် မင်း") is short as a whole too
    /// ([`MAX_UNSPACED_FULL_NAME`]): a spaced sentence is not a string of
    /// names. A longer run, or one where no name may stand, must be
    /// accounted for by the catalog or the vocabulary.
    fn unspaced_name(&mut self, i: usize, states: States, flags: WordFlags) {
        // The letters of a thank-you phrase are no name, as its words are
        // none in a script with spaces ("អរគុណណាស់ Tartu Tartu Tartu").
        if i < self.thanked_until {
            return;
        }
        let text = self.tokens.text(i);
        let ideographic = is_ideographic(text);
        // Han and kana write a name in two to four characters; the
        // alphabets of Southeast Asia spell one out in a few more letters.
        // A name holds no phrase of shared history ([`least_tale`]).
        let history = least_tale(text);
        let (max, later, full) = if ideographic {
            (
                MAX_IDEOGRAPHIC_NAME,
                MAX_IDEOGRAPHIC_NAME,
                MAX_IDEOGRAPHIC_FULL_NAME,
            )
        } else {
            (
                MAX_UNSPACED_NAME,
                MAX_UNSPACED_SURNAME,
                MAX_UNSPACED_FULL_NAME,
            )
        };
        // A name glued to the word before cannot continue a name: that
        // would read a sentence as a string of names. One spaced from it
        // may, within what is left of the whole name's length.
        let continuing = Phases::NAMES | Phases::SOLOS | Phases::SIGS;
        // An honorific the alphabets glue to the name ("นางสาวกมลวรรณ",
        // Miss Kamonwan) adds its letters to the run, not to the name.
        let (max, later, full) = if ideographic || flags.contains(WordFlags::JOINED) {
            (max, later, full)
        } else {
            let honorific = self.honorific_letters(i);
            (max + honorific, later + honorific, full + honorific)
        };
        if !flags.contains(WordFlags::JOINED) {
            // A closing on the name's line is no part of it
            // ("よろしくお願いいたします 山田 花子", "ด้วยความเคารพ สมศักดิ์
            // ใจดี"), but after one in Han and kana the whole name is a
            // family and a given name of four characters at most: longer,
            // the parts are words ("札幌 ラーメン", "杭州 西湖 聚餐"). In
            // the alphabets a thank-you counts (see `letters_before`).
            let (before, closed) = self.letters_before(i);
            let full = if closed && ideographic {
                MAX_IDEOGRAPHIC_NAME
            } else {
                full
            };
            let left = full.saturating_sub(before);
            self.name_run(i, states.only(continuing), flags, later.min(left), history);
        }
        self.name_run(i, states.without(continuing), flags, max, history);
    }

    /// The letters (marks not counted) of the honorific phrase that opens
    /// the run of a script without spaces at word `i` ("นางสาว", "ນາງ",
    /// "លោកស្រី"), or none.
    fn honorific_letters(&mut self, i: usize) -> usize {
        let info = self.info(i);
        match self.phrase_at(i, info, WordClasses::PARTICLE) {
            Some((words, _)) => (i..i + words).filter(|&k| !self.is_mark(k)).count(),
            None => 0,
        }
    }

    /// Reads the run of letters of a script without spaces that starts at
    /// `i` as a name of one to `max` letters (marks not counted: a vowel
    /// sign or tone mark belongs to the letter before it), up to where a
    /// phrase of shared history of `history` characters or more starts.
    fn name_run(&mut self, i: usize, states: States, flags: WordFlags, max: usize, history: usize) {
        if states.is_empty() {
            return;
        }
        let before = flags & WordFlags::BOUNDARY;
        let (mut end, mut letters) = (i, 0);
        while self.tokens.has(end) {
            let f = self.tokens.word(end).flags;
            let continues =
                end == i || (f.contains(WordFlags::JOINED) && !f.intersects(WordFlags::BOUNDARY));
            if !f.contains(WordFlags::UNSPACED) || !continues || self.tells_unspaced(end, history) {
                break;
            }
            if !self.is_mark(end) {
                if letters == max {
                    break;
                }
                letters += 1;
            }
            end += 1;
            self.read(end, states, WordClasses::EMPTY, before, true);
        }
    }

    /// Whether a phrase of shared history starts at word `k` (which exists)
    /// in the alphabets of Southeast Asia ("တွေ့ခဲ့ကြတယ်", we met): no place,
    /// organisation or label on a signature's line holds one, as no name
    /// does. Not in Han and kana, where it may be part of a longer word
    /// that such a line holds ("深圳市今天国际物流技术股份有限公司", 今天
    /// "today").
    fn tells_in_alphabet(&mut self, k: usize) -> bool {
        let word = self.tokens.text(k);
        self.tokens.word(k).flags.contains(WordFlags::UNSPACED)
            && !is_ideographic(word)
            && self.tells_unspaced(k, least_tale(word))
    }

    /// Whether a phrase of shared history of at least `least` characters,
    /// written in a script without spaces, starts at word `k` ("会议",
    /// "上周", or a favour after a thank-you: "谢谢你的帮助"): no name holds
    /// one, as no name holds a word of shared history in a script with
    /// spaces ("东京 会议" after a stock text is a remark, not a signature).
    /// Phrases only, as in [`Run::unspaced_history`]: a single character is
    /// too often part of a name.
    fn tells_unspaced(&mut self, k: usize, least: usize) -> bool {
        // As `may_tell`, but a phrase of template words that starts at `k`
        // itself ("คำ", word) hides no longer one of history there.
        if self.history_is_body || (k < self.said_until && self.said_from < k) {
            return false;
        }
        let slot = k % self.unspaced_tells.len();
        let (at, known) = self.unspaced_tells[slot];
        let words = if at == k {
            known
        } else {
            let info = self.info(k);
            let words = self.unspaced_tale(k, info).map_or(0, |(words, _)| words);
            self.unspaced_tells[slot] = (k, words);
            words
        };
        words >= least
    }

    /// The phrase of shared history that starts at word `k` (whose entry
    /// is `info`), or of a favour when a thank-you stands before it: its
    /// length and classes. A longer favour no thank-you names hides no
    /// shorter phrase of history.
    fn unspaced_tale(&mut self, k: usize, info: WordInfo) -> Option<(usize, WordClasses)> {
        let found = self.phrase_at(k, info, WordClasses::HISTORY | WordClasses::FAVOUR)?;
        if found.1.contains(WordClasses::HISTORY) || self.thanked_before(k) {
            Some(found)
        } else {
            self.phrase_at(k, info, WordClasses::HISTORY)
        }
    }

    /// The letters (marks not counted) of the words of a script without
    /// spaces just before word `i`, back to a comma, line or sentence
    /// break: the parts of a spaced name read so far, and whether a
    /// closing stood before them. A salutation or an honorific the break is
    /// followed by ("สวัสดีค่ะ คุณ", "เรียน") is no part of the name, even
    /// glued to it ("คุณธนพล"); nor is a closing ("よろしくお願いいたします
    /// 山田 花子"), but for a thank-you in the alphabets.
    fn letters_before(&mut self, i: usize) -> (usize, bool) {
        let mut start = i;
        while start > 0 {
            let flags = self.tokens.word(start - 1).flags;
            if !flags.contains(WordFlags::UNSPACED) {
                break;
            }
            start -= 1;
            if flags.intersects(WordFlags::BOUNDARY) {
                break;
            }
        }
        let framing = WordClasses::SALUTATION | WordClasses::PARTICLE | WordClasses::SIGN_OFF;
        let mut closed = false;
        while start < i {
            let info = self.info(start);
            let (words, classes) = match self.phrase_at(start, info, framing) {
                Some(found) => found,
                None if info.classes.intersects(framing) => (1, info.classes),
                None => break,
            };
            // What follows a thank-you in the alphabets may say what for
            // ("ຂອບໃຈ ເຂົ້າປຽກ ແຊບຫຼາຍ", thanks, the khao piak was
            // delicious): its letters count.
            let thanks =
                classes.contains(WordClasses::THANKS) && !is_ideographic(self.tokens.text(start));
            if start + words > i || thanks {
                break;
            }
            closed |= !classes.intersects(WordClasses::SALUTATION | WordClasses::PARTICLE);
            start += words;
        }
        ((start..i).filter(|&k| !self.is_mark(k)).count(), closed)
    }

    /// What word `k` (which exists) weighs among a headline's or footer's
    /// other words (see [`other_word`]): a character of a script without
    /// spaces weighs less only in a `company` segment, whose legal form
    /// frames a name; elsewhere a run of them may be a sentence.
    fn weight(&self, k: usize, company: bool) -> usize {
        if !company || !self.tokens.word(k).flags.contains(WordFlags::UNSPACED) {
            WORD_WEIGHT
        } else if self.is_mark(k) {
            0
        } else {
            1
        }
    }

    /// Whether a line read from `reach`'s first word may go on to word `k`
    /// (which exists; the words before it were read): its words so far
    /// weigh less than [`MAX_LINE_WORDS`] spaced ones, a character of a
    /// script without spaces a third of one and its vowel signs nothing,
    /// so that a line of Thai is read as far as a line of English of as
    /// many words ("ผู้จัดการฝ่ายขาย บริษัท สยามวัสดุภัณฑ์ จำกัด" is some
    /// forty characters, and eight words).
    fn reaches(&self, reach: &mut LineReach, k: usize) -> bool {
        while reach.next < k {
            reach.spent += self.weight(reach.next, true);
            reach.next += 1;
        }
        reach.spent < MAX_LINE_WORDS * WORD_WEIGHT && k - reach.start < MAX_LINE_TOKENS
    }

    /// Whether word `k` (which exists) is a vowel sign or tone mark of a
    /// script without spaces: part of the letter before it.
    fn is_mark(&self, k: usize) -> bool {
        self.tokens
            .text(k)
            .chars()
            .next()
            .is_some_and(is_unspaced_mark)
    }

    /// Whether a stock text may start at `s` in each half.
    fn may_start(&mut self, s: usize) -> (bool, bool) {
        let States { pure, generic } = self.get(s);
        let flags = self.tokens.flags_or_end(s);
        let open = |half: Phases| half.intersects(Phases::OPEN) || solo_done(half, flags);
        (open(pure), open(generic))
    }

    /// Whether word `i + 1` exists and reads `second` (always true with
    /// the shortcuts off: then every candidate is weighed).
    fn second_is(&mut self, i: usize, second: &str) -> bool {
        !self.engine.shortcuts() || (self.tokens.has(i + 1) && self.tokens.text(i + 1) == second)
    }

    /// Tries every template whose first literal starts at word `i`.
    fn stock_texts(&mut self, i: usize, info: WordInfo) {
        let engine = self.engine;
        for start in &engine.starts[info.starts()] {
            // Most candidates differ at their second word: one comparison
            // rules them out before any start is weighed.
            if !start.second.is_empty() && !self.second_is(i, &start.second) {
                continue;
            }
            let index = start.template;
            let template = &engine.templates[index as usize];
            let first = template.first_literal();
            let (min_lead, max_lead) = lead_words(&template.segments[..first]);
            let starts = (min_lead..=max_lead.min(i)).map(|lead| i - lead);
            self.ends.clear();
            for s in starts {
                let (pure, generic) = self.may_start(s);
                if !(pure || generic)
                    || (first > 0 && !self.name_may_start(s))
                    || !self.lead_fits(&template.segments[..first], s, i)
                {
                    continue;
                }
                if !self.ends.tried {
                    // Where the template ends depends on the words alone:
                    // matched once, whichever start it is tried from.
                    self.ends.tried = true;
                    match_segments(
                        engine,
                        &template.segments[first..],
                        &mut self.tokens,
                        i,
                        &mut self.ends,
                    );
                }
                for k in 0..self.ends.len {
                    let end = self.ends.list[k];
                    if pure {
                        self.set(end, States::pure(Phases::BODY));
                        if self.stock.len() <= end {
                            self.stock.resize(end + 1, NO_STOCK);
                        }
                        // The reading that accounts for more of the note
                        // with the catalog's own words wins.
                        let held = self.stock[end];
                        if held == NO_STOCK
                            || engine.templates[held as usize].literal_words()
                                < template.literal_words()
                        {
                            self.stock[end] = index;
                        }
                    }
                    if generic {
                        self.set(end, States::generic(Phases::BODY));
                    }
                }
            }
        }
        // Templates that open with a slot are indexed by the literal after
        // it, so the positions a few words back must stay reachable.
        if !self.get(i).is_empty() && engine.max_lead > 0 {
            self.lead_until = self.lead_until.max(i + engine.max_lead + 1);
        }
    }

    /// Whether a name (a template's leading slot) may start at word `s`:
    /// at the start, after a salutation or a closing word, or after a
    /// boundary, as a signature's name may; never in mid-sentence.
    fn name_may_start(&mut self, s: usize) -> bool {
        let States { pure, generic } = self.get(s);
        (pure | generic).intersects(Phases::START | Phases::GREET | Phases::PRE | Phases::CLOSED)
            || self.tokens.flags_or_end(s).intersects(WordFlags::BOUNDARY)
    }

    /// Whether words `s..i` may fill the leading slots `slots` of a
    /// template (by the rules of [`SlotFill`]; with several leading slots,
    /// by those of the last).
    ///
    /// A quoted passage ([`Run::in_quotes`]) with two common words or more
    /// fills no leading slot, and a leading slot ends at no word inside one.
    ///
    /// A sentence that ends right before the text is a name standing alone
    /// ("Ann. Vorrei aggiungerti…"; the platform writes a comma there), so
    /// it is held to [`MAX_SOLO_NAME`]: five words of a language the
    /// vocabulary does not know, ending in a full stop, are a sentence.
    fn lead_fits(&mut self, slots: &[Segment], s: usize, i: usize) -> bool {
        let Some(Segment::Slot(slot)) = slots.last() else {
            return s == i;
        };
        if self.tokens.word(i).flags.contains(WordFlags::SENTENCE) {
            let parts = (s..i)
                .filter(|&k| {
                    !self.tokens.word(k).flags.contains(WordFlags::JOINED)
                        && !self.info(k).classes.intersects(WordClasses::PARTICLE)
                })
                .count();
            if parts > MAX_SOLO_NAME {
                return false;
            }
        }
        // A quoted passage of common words is a title or someone's words,
        // no name ("Thanks for "Great insights"! Vorrei aggiungerti…" greets
        // no one); a quoted name may stand there ("„Ana Lima“ овде!"). Nor
        // does a slot end inside a quoted passage, which the text's words
        // would then complete ("Loved "Genuine here"! Tox me maybe?"). Most
        // notes quote nothing.
        if self.tokens.quoted_yet() {
            let quoted_common = (s..i)
                .filter(|&k| {
                    self.in_quotes(k) && is_common(self.info(k).classes, self.tokens.word(k).flags)
                })
                .count();
            if quoted_common >= 2 || (s < i && self.in_quotes(i - 1) && self.in_quotes(i)) {
                return false;
            }
        }
        let mut fill = SlotFill::default();
        (s..i).all(|k| fill.take(*slot, self.engine, &mut self.tokens, k))
    }

    /// A whole sentence matching a user pattern, starting at `i`.
    fn pattern(&mut self, i: usize, states: States, flags: WordFlags) {
        let open = (states.pure | states.generic).intersects(Phases::OPEN);
        let after_salutation = states
            .pure
            .intersects(Phases::GREET | Phases::NAMES | Phases::PRE);
        let sentence = WordFlags::SENTENCE | WordFlags::LINE;
        if !open || (!flags.intersects(sentence) && !after_salutation) {
            return;
        }
        let mut j = i + 1;
        while self.tokens.has(j) && !self.tokens.word(j).flags.intersects(sentence) {
            j += 1;
        }
        let matched = self
            .engine
            .patterns
            .as_ref()
            .is_some_and(|set| set.is_match(self.tokens.span(i, j)));
        if matched {
            self.set(j, States::generic(Phases::BODY));
        }
    }

    /// A signature's headline line from word `i`, to the end of its line:
    /// title words ("Senior Product Manager", "Руководитель отдела продаж"),
    /// connectors ("at", "bei") and at most [`MAX_HEADLINE_OTHERS`] other
    /// words (a company, a technology) per segment, segments split by
    /// `|` `·` `•` `/` `,` or a spaced dash ("Data Engineer | AWS | Python").
    /// At least one title word makes it a headline; so does a company's
    /// legal form or kind, and its segment may then hold any words but
    /// those of a shared history: a company's name is made of ordinary
    /// words ("Studio Legale Dalla Costa & Associati", "Nova Conseil SAS").
    fn headline(&mut self, i: usize, states: States, flags: WordFlags) {
        // A headline starts on a line, or after a comma, dash or list
        // separator, never in the middle of a sentence.
        if !flags.intersects(WordFlags::BOUNDARY | WordFlags::PIPE) {
            return;
        }
        // Before the name, a business signature may give the company, the
        // department or the title on lines of their own, the name after
        // them ("よろしくお願いいたします。⏎株式会社青葉商事 営業部⏎田中
        // 一郎", "Mit freundlichen Grüßen⏎Müller Logistik GmbH⏎Jana Berg"):
        // after a closing that ends its line, such lines leave the name
        // still to come.
        // The name must then follow, on a line of its own (`SIGP`), so that
        // a remark that only looks like such a line ("Thanks⏎Congrats on
        // becoming manager!") ends no stock text.
        let after_name = states.after_line(Phases::SIGS | Phases::HEAD);
        let before_name = if flags.contains(WordFlags::LINE) {
            states.onto(Phases::CLOSED | Phases::SIGP, Phases::SIGP)
        } else {
            States::NONE
        };
        let to = after_name.union(before_name);
        if to.is_empty() {
            return;
        }
        let labels = WordClasses::TITLE | WordClasses::COMPANY;
        // Titles and companies read so far; titles alone open a listed
        // segment.
        let (mut k, mut labelled, mut titled, mut others) = (i, false, false, 0);
        // Past a list separator ("Data Engineer | AWS | Industrie 4.0") a
        // segment is a label, not a sentence: any word may stand in it.
        let mut listed = false;
        // The segment right after a title, past a separator or a connector
        // ("Head of Marketing, Bright Horizons", "Designer at Bright
        // Horizons"), names the employer: a few words, which may be
        // everyday ones, never ones that speak to the reader; a later
        // segment does not.
        let mut employer = false;
        // Whether the last label read was a title word.
        let mut after_title = false;
        // What frames the current segment's other words, read from where
        // it starts the first time a word needs it (most headlines are
        // title words only).
        let (mut start, mut framing) = (i, None);
        // Whether the first and the last word read were labels.
        let (mut first_label, mut last_label) = (false, false);
        let mut reach = LineReach::new(i);
        while self.tokens.has(k) && self.reaches(&mut reach, k) {
            let f = self.tokens.word(k).flags;
            if k > i && f.intersects(WordFlags::LINE | WordFlags::SENTENCE) {
                break;
            }
            if k > i && f.intersects(WordFlags::COMMA | WordFlags::DASH | WordFlags::PIPE) {
                others = 0;
                listed |= f.contains(WordFlags::PIPE) && titled;
                employer = after_title;
                (start, framing) = (k, None);
            }
            let info = self.info(k);
            if self.ends_line(k, info) {
                return;
            }
            let phrase = self.phrase_at(k, info, labels);
            let mut label = None;
            for (words, classes) in phrase.into_iter().chain([(1, info.classes)]) {
                if !classes.intersects(labels) {
                    continue;
                }
                // A kind of organisation that is also a word of shared
                // history ("University") names one only beside its name.
                if is_storied(classes) && !framing.get_or_insert_with(|| self.segment(start)).0 {
                    continue;
                }
                label = Some((words, classes));
                break;
            }
            if let Some((words, classes)) = label {
                first_label |= k == i;
                labelled = true;
                last_label = true;
                titled |= classes.intersects(WordClasses::TITLE);
                after_title = classes.intersects(WordClasses::TITLE);
                k += words;
                continue;
            }
            let classes = info.classes;
            last_label = false;
            if classes.intersects(WordClasses::CONNECTOR) {
                // "at", "of", "bei": joins titles and companies; after a
                // title, the employer's name starts after it.
                if after_title {
                    employer = true;
                    others = 0;
                    (start, framing) = (k + 1, None);
                }
            } else {
                after_title = false;
                let (company, short) = *framing.get_or_insert_with(|| self.segment(start));
                let label = Label {
                    listed,
                    employer,
                    company,
                    short,
                };
                if is_predicate(self.tokens.text(k))
                    || (!other_word(classes, f, label, self.weight(k, company), &mut others)
                        && !self.qualifies_title(k, classes))
                {
                    // The rest of the line may be the sender's address or
                    // contact details ("Atelier Garnier SARL – 14 rue des
                    // Tanneurs, 69002 Lyon").
                    if labelled && start > i {
                        if let Some((end, _)) = self.contact_end(start, false) {
                            self.set(end, to);
                        }
                    }
                    return;
                }
            }
            k += 1;
        }
        let end = self.tokens.flags_or_end(k);
        if labelled && end.intersects(WordFlags::LINE | WordFlags::SENTENCE) {
            // Before the name, a line opens or ends with its label, as a
            // company's legal form or a department does ("株式会社青葉商事
            // 営業部", "Dupont SAS", "Ministère de la Culture"), and
            // exclaims nothing: "Congrats on the Siemens AG promotion" and
            // "Glückwunsch zur Beförderung bei der Müller GmbH!" are
            // remarks.
            let to = if (first_label || last_label) && !end.contains(WordFlags::EXCLAIM) {
                to
            } else {
                after_name
            };
            self.set(k, to);
        }
    }

    /// A signature's contact or address line from word `i` (with `flags`
    /// and entry `info`; see [`Run::contact_end`]), after its name or
    /// headline.
    fn contact(&mut self, i: usize, states: States, flags: WordFlags, info: WordInfo) {
        if !flags.intersects(WordFlags::BOUNDARY | WordFlags::PIPE | WordFlags::DIGIT)
            && !self.is_label(i, info)
        {
            return;
        }
        let to = states.after_line(Phases::SIGS | Phases::HEAD);
        if to.is_empty() {
            return;
        }
        // Under a headline, a line of names alone gives the employer or the
        // place ("Okavango Labs", "Örebro"), as an address line does; right
        // after a name, such a line ("KubeCon Paris") may be a remark.
        let head = states.only(Phases::HEAD);
        match self.contact_end(i, !head.is_empty()) {
            Some((end, true)) => self.set(end, to),
            Some((end, false)) => self.set(end, head),
            None => {}
        }
    }

    /// Where the contact or address line that starts at word `i` ends (the
    /// end of its line), if it is one.
    ///
    /// A contact line gives phone numbers, e-mail addresses, links and
    /// handles, and the labels that name them ("Tel. +49 30 1234567 |
    /// anna@firma.de", "linkedin.com/in/anna", "手机 138 0013 8000 · 微信
    /// wangwei88"); an address line gives the sender's postal address
    /// ("Industriestraße 12, 70565 Stuttgart", "ul. Piotrkowska 120",
    /// "Jl. Diponegoro No. 45, Surabaya"). Every word must be a number, a
    /// label, the handle right after a label, part of an address (a
    /// domain, and what is glued to it without a space: the user of an
    /// e-mail address, a link's path), a word of addresses (a kind of
    /// street, "No.", a district), an initial (part of the name after it),
    /// or a name (a word no generic note is made of, no word of shared
    /// history: a street's or a city's name),
    /// at most [`MAX_SEGMENT_NAMES`] of them between separators and
    /// [`MAX_ADDRESS_NAMES`] on the line. And the line must hold a
    /// phone number of at least [`MIN_PHONE_DIGITS`] digits, a domain, a
    /// labelled handle, or a word of addresses (or a street's name ending
    /// like one, "Kungsgatan"; one that is also an everyday word, "via",
    /// only with a number on the line when it leads its segment): a
    /// postcode alone is not enough, since a number beside a few words the
    /// vocabulary lacks is as often an order
    /// number beside a sentence ("주문번호 64120 – 판매하신 모니터 건").
    /// The sender's details are part of the signature, while a sentence
    /// about a number, a place or a link speaks to the reader, is not such
    /// a line and keeps a note personal.
    ///
    /// Also says whether the line is anchored so. When the line is
    /// `placed` under a headline, a line of names alone is returned
    /// unanchored: no number, no label, no word glued to a word that is no
    /// name, at most [`MAX_LINE_INITIALS`] initials. It gives the employer
    /// or the place ("Okavango Labs", "Örebro"), see [`Run::contact`].
    fn contact_end(&mut self, i: usize, placed: bool) -> Option<(usize, bool)> {
        let (mut k, mut digits) = (i, 0);
        // Names on the line, and in its current segment.
        let (mut names, mut segment) = (0, 0);
        // A domain or a labelled handle; a word of addresses.
        let (mut address, mut located) = (false, false);
        // A word of addresses that is also an everyday word.
        let mut everyday = false;
        // Right after a label: its value may be a handle ("WeChat:
        // wangwei88", "Telegram @anna").
        let mut labelled = false;
        // A word a line of names alone may not hold: one glued to another
        // that is no name ("Paris,yesterday"), or a fourth initial.
        let (mut loose, mut initials) = (false, 0);
        // Whether the line is written in Title Case (see
        // [`Run::title_cased`]), read the first time a word needs it.
        let mut title_case = None;
        let mut reach = LineReach::new(i);
        while self.tokens.has(k) && self.reaches(&mut reach, k) {
            let word = self.tokens.word(k);
            if k > i && word.flags.contains(WordFlags::LINE) {
                break;
            }
            if word
                .flags
                .intersects(WordFlags::COMMA | WordFlags::DASH | WordFlags::PIPE)
            {
                segment = 0;
            }
            let info = self.info(k);
            // A phrase of shared history is a remark, whatever its words
            // mean alone ("ar maidin": this morning; "ar" a country code).
            if self.ends_line(k, info) {
                return None;
            }
            let marks = WordClasses::CONTACT | WordClasses::ADDRESS;
            if let Some((words, classes)) = self.phrase_at(k, info, marks) {
                located |= classes.intersects(WordClasses::ADDRESS);
                labelled = classes.intersects(WordClasses::CONTACT);
                k += words;
                continue;
            }
            let text = self.tokens.text(k);
            if word.flags.contains(WordFlags::DIGIT) {
                digits += text.chars().filter(|c| c.is_numeric()).count();
            } else if word.flags.contains(WordFlags::DOTTED) {
                // A top-level domain: letters only ("de", "com", "рф").
                address |= !word.flags.contains(WordFlags::UNSPACED)
                    && text.chars().nth(1).is_some()
                    && text.chars().all(char::is_alphabetic);
            } else if info.classes.intersects(WordClasses::CONTACT) {
                // A one-letter label ("T", "M") gives a number or an
                // address, never a handle.
                (k, labelled) = (k + 1, self.is_label(k, info));
                continue;
            } else if info.classes.intersects(WordClasses::ADDRESS) {
                // A word of addresses that is also an everyday word and
                // leads words of its segment, as a kind of street leads
                // the street's name ("via": a street in Italian, "through"
                // in English and Dutch), locates only with a number on the
                // line ("Via Roma 12"): "via Marieke de Graaf" is a
                // referral, not an address, and so is "via Marieke de
                // Graaf, Amsterdam" (a street and its city look the same:
                // "Place Bellecour, Lyon" without a number is not read).
                // Last in its segment it is a place ("Bamako, Mali").
                let leads = info.classes.intersects(WordClasses::BODY) && segment == 0 && {
                    let next = self.tokens.flags_or_end(k + 1);
                    next.contains(WordFlags::SPACE)
                        && !next.intersects(WordFlags::BOUNDARY | WordFlags::PIPE)
                };
                if leads {
                    everyday = true;
                } else {
                    located = true;
                }
            } else if labelled && self.is_name_word(k, info) && self.ends_segment(k) {
                // A handle ends its segment ("WeChat: wangwei88 | …"); a
                // name the sentence goes on after is none ("Zure telefonoa
                // Ainhoak eman zidan": Ainhoa gave me your phone).
                address = true;
            } else if k > i && is_hyphened(word.flags) {
                // A later part of a hyphenated name belongs to its first
                // ("Évian-les-Bains", "Aix-en-Provence"): it takes no place
                // of its own, whatever it means alone.
            } else if !word.flags.contains(WordFlags::UNSPACED)
                && ((self.glued_after(k) && !self.hyphened_name(k, info))
                    || (k > i && is_glued(word.flags)))
            {
                // Part of an address: "firma" in "firma.de", "in" in
                // "linkedin.com/in/anna", "a" in "a.mueller@firma.de".
                loose |= placed && !self.is_name_word(k, info);
            } else if word.flags.contains(WordFlags::INITIAL) {
                // An initial belongs to the name after it ("Stefana
                // A. Batorego"): it takes no place of its own.
                initials += 1;
                loose |= initials > MAX_LINE_INITIALS;
            } else if placed && self.joins(k, info) && self.in_title_case(i, &mut title_case) {
                // A small word that joins the names of a line in Title Case
                // ("de" and "au" in "Ambassade de France au Canada") takes
                // no place of its own.
            } else if self.is_name_word(k, info)
                || (placed
                    && self.named_in_title_case(k, info)
                    && self.in_title_case(i, &mut title_case))
            {
                let weight = self.weight(k, true);
                (names, segment) = (names + weight, segment + weight);
                if names > MAX_ADDRESS_NAMES * WORD_WEIGHT
                    || segment > MAX_SEGMENT_NAMES * WORD_WEIGHT
                {
                    return None;
                }
                located |= self.engine.is_street(self.tokens.text(k));
            } else {
                return None;
            }
            (k, labelled) = (k + 1, false);
        }
        // A label last on its line labels nothing: it is a name ("Seattle,
        // WA", where "WA" would be WhatsApp's).
        if labelled && k > i && self.is_name_word(k - 1, self.info(k - 1)) {
            (names, labelled) = (names + WORD_WEIGHT, false);
        }
        let anchored = digits >= MIN_PHONE_DIGITS || address || located || (everyday && digits > 0);
        let named = placed && names > 0 && digits == 0 && !labelled && !loose && !everyday;
        (self.tokens.flags_or_end(k).contains(WordFlags::LINE) && (anchored || named))
            .then_some((k, anchored))
    }

    /// Whether word `k` (which exists), with the parts glued to it
    /// ("zhanglei_1988", "anna.lee"), ends its segment of a line: no word
    /// follows it after a space on the segment.
    fn ends_segment(&mut self, k: usize) -> bool {
        let mut next = k + 1;
        while next - k <= MAX_NAME_PARTS {
            let flags = self.tokens.flags_or_end(next);
            if flags.intersects(WordFlags::BOUNDARY | WordFlags::PIPE) {
                return true;
            }
            if flags.contains(WordFlags::SPACE) {
                return false;
            }
            next += 1;
        }
        false
    }

    /// Whether word `k` (whose entry is `info`) is a contact label of more
    /// than one letter ("Tel", "WhatsApp", "手机"): a one-letter one ("T",
    /// "M", "E") labels only at the start of a line or a segment, as every
    /// language has one-letter words.
    fn is_label(&self, k: usize, info: WordInfo) -> bool {
        info.classes.intersects(WordClasses::CONTACT)
            && self.tokens.text(k).chars().nth(1).is_some()
    }

    /// Whether a footer line read from its start (`plea`: a line of its
    /// own) may still be a plea to spare paper past word `k`: it has a word
    /// of printing (`printing`) or one stands after `k` on the line.
    fn may_plead(&mut self, plea: bool, printing: bool, k: usize) -> bool {
        plea && (printing || self.may_print_after(k))
    }

    /// Whether a word after word `k` on its line is one of printing, or
    /// the first of a phrase of printing ([`Engine::plea_words`]' filter
    /// rules most words out before any look-up): a plea to spare paper may
    /// go on past an everyday word only then.
    fn may_print_after(&mut self, k: usize) -> bool {
        let mut next = k + 1;
        let mut reach = LineReach::new(k);
        while self.tokens.has(next) && self.reaches(&mut reach, next) {
            if self.tokens.word(next).flags.contains(WordFlags::LINE) {
                return false;
            }
            let text = self.tokens.text(next);
            if self.engine.plea_words.may_hold(text) && {
                let info = self.engine.info(text);
                (info.classes | info.phrased).contains(WordClasses::PRINTING)
            } {
                return true;
            }
            next += 1;
        }
        false
    }

    /// Whether the line that starts at word `i` is written as the name of
    /// an organisation or a place is, in Title Case: its first word and
    /// every other but the small words that join names (function words,
    /// particles and connectors that point to no reader: "of", "de", "au")
    /// open with a capital, one of them is capitalised (a capital, then
    /// small letters), and the line shows it is a name: by a code in
    /// capitals or a name the vocabulary does not hold after a comma, last
    /// on the line ("Boston, MA", "Wien, Österreich"); by a particle between
    /// names on a line of [`MIN_TITLE_CASE`] capitals or more ("Ambassade
    /// de France au Canada"); or by an everyday word with a capital in
    /// mid-line beside a name no list holds ("Without" and "Borders" in
    /// "Doctors Without Borders"). A sentence writes its first word with a
    /// capital, whatever it is, and its everyday words small, so two
    /// capitals with small words between show nothing: "KubeCon in Paris"
    /// and "Wedding in Rome" are remarks (and so "Freiburg im Breisgau" and
    /// "Save the Children" are not read as names). A line in capitals or
    /// in small letters throughout is never read so, so that a note reads
    /// alike in either. Digits, words of a script without case and parts
    /// glued into an address leave it unread too: such a line is no line
    /// of names alone.
    fn title_cased(&mut self, i: usize) -> bool {
        let (mut k, mut capitalised, mut capitals) = (i, false, 0);
        // What shows the Title Case: a code after a comma; a particle
        // between names; an everyday word with a capital in mid-line, and
        // a name no list holds.
        let (mut coded, mut particle, mut everyday, mut proper) = (false, false, false, false);
        let mut reach = LineReach::new(i);
        while self.tokens.has(k) && self.reaches(&mut reach, k) {
            let flags = self.tokens.word(k).flags;
            if k > i && flags.contains(WordFlags::LINE) {
                break;
            }
            if k > i && is_hyphened(flags) {
                // A later part of a hyphenated name ("Baden-Württemberg").
                k += 1;
                continue;
            }
            if flags.intersects(WordFlags::DIGIT | WordFlags::UNSPACED)
                || (k > i && is_glued(flags))
            {
                return false;
            }
            let info = self.info(k);
            if self.tokens.opens_capital(k) {
                capitalised |= self.tokens.capitalised(k);
                capitals += 1;
                let text = self.tokens.text(k);
                let classes = self.engine.classes(text, info);
                // After a comma, last on the line: a state's or a
                // country's code ("Boston, MA") or name ("Wien,
                // Österreich").
                coded |= k > i
                    && flags.contains(WordFlags::COMMA)
                    && ((self.tokens.in_capitals(k) && text.chars().count() <= MAX_CODE_LETTERS)
                        || (!classes.intersects(WordClasses::BODY)
                            && self.tokens.flags_or_end(k + 1).contains(WordFlags::LINE)));
                everyday |= k > i && classes.intersects(WordClasses::BODY);
                proper |= classes.without(WordClasses::CONTEXTUAL).is_empty();
            } else if k == i || !self.joins(k, info) {
                return false;
            } else {
                particle |= info.classes.intersects(WordClasses::PARTICLE);
            }
            k += 1;
        }
        capitalised && (coded || (particle && capitals >= MIN_TITLE_CASE) || (everyday && proper))
    }

    /// Whether word `k` (whose entry is `info`), in small letters, may join
    /// the names of a line in Title Case (see [`Run::title_cased`]): a
    /// function word, particle or connector that points to no reader.
    fn joins(&self, k: usize, info: WordInfo) -> bool {
        let classes = info.classes;
        self.tokens.opens_small(k)
            && classes.intersects(JOINERS)
            && !classes.intersects(WordClasses::READER | WordClasses::HISTORY)
    }

    /// Whether the line that starts at word `i` is in Title Case (see
    /// [`Run::title_cased`]), read once a line: `title_case` holds the
    /// answer once asked.
    fn in_title_case(&mut self, i: usize, title_case: &mut Option<bool>) -> bool {
        *title_case.get_or_insert_with(|| self.title_cased(i))
    }

    /// Whether word `k` (whose entry is `info`) may be a name on a line in
    /// Title Case (see [`Run::title_cased`]): written with a capital, it
    /// may be an everyday word ("Without" in "Doctors Without Borders",
    /// "MA" in "Boston, MA"), but no word of shared history, none that
    /// points to the reader, greets or closes ("See You At KubeCon" is a
    /// remark), and no predicate.
    fn named_in_title_case(&self, k: usize, info: WordInfo) -> bool {
        let mut speaks = WordClasses::HISTORY | WordClasses::READER;
        // In capitals a greeting or closing word is an acronym: a state's
        // or a country's code ("TX" in "Austin, TX", "CA").
        if !self.tokens.in_capitals(k) {
            speaks |= WordClasses::SALUTATION | WordClasses::SIGN_OFF;
        }
        self.tokens.opens_capital(k)
            && !self
                .engine
                .classes(self.tokens.text(k), info)
                .intersects(speaks)
            && !is_predicate(self.tokens.text(k))
    }

    /// Whether word `k` (whose entry is `info`) may be part of a name on a
    /// contact or address line: no word generic notes are made of (a
    /// particle is), no word of shared history, no predicate.
    fn is_name_word(&self, k: usize, info: WordInfo) -> bool {
        let text = self.tokens.text(k);
        let classes = self.engine.classes(text, info);
        !classes.intersects(WordClasses::HISTORY)
            && (classes.intersects(WordClasses::PARTICLE) || !classes.intersects(WordClasses::BODY))
            && !is_predicate(text)
    }

    /// Whether word `k` (whose entry is `info`) is a name word that a
    /// hyphenated name starts with ("Évian" in "Évian-les-Bains").
    fn hyphened_name(&mut self, k: usize, info: WordInfo) -> bool {
        self.tokens.has(k + 1)
            && is_hyphened(self.tokens.word(k + 1).flags)
            && self.is_name_word(k, info)
    }

    /// Whether the word after `k` is glued to it (see [`is_glued`]): `k`
    /// is part of an address ("firma" in "firma.de", "anna" in
    /// "anna@firma.de").
    fn glued_after(&mut self, k: usize) -> bool {
        self.tokens.has(k + 1) && is_glued(self.tokens.word(k + 1).flags)
    }

    /// What the headline segment that starts at word `i` (to the next
    /// comma, dash, list separator, line or sentence break) is: whether it
    /// holds a word or phrase of a company's legal form or kind ("GmbH",
    /// "s.r.o."), and whether it has at most [`MAX_LABEL_WORDS`] words
    /// besides those (a label or a company's name, not a sentence). A
    /// character of a script without spaces weighs a third of a word here
    /// too (see [`other_word`]) when the segment holds a company's kind:
    /// the four other characters of "中国科学院物理研究所" weigh a word and
    /// a third, not four words. Elsewhere a run of them may be a sentence,
    /// and each counts as a word.
    fn segment(&mut self, i: usize) -> (bool, bool) {
        let ends = WordFlags::LINE
            | WordFlags::SENTENCE
            | WordFlags::COMMA
            | WordFlags::DASH
            | WordFlags::PIPE;
        let (mut k, mut named, mut weighted) = (i, 0, 0);
        // A legal form or kind of company; a kind of organisation that is
        // also a word of shared history ("University"); a proper name.
        let (mut kind, mut storied, mut proper) = (false, false, false);
        let mut reach = LineReach::new(i);
        while self.tokens.has(k) && self.reaches(&mut reach, k) {
            let word = self.tokens.word(k);
            if k > i && word.flags.intersects(ends) {
                break;
            }
            let info = self.info(k);
            // In a script without spaces a title runs on into the company's
            // name on its segment ("ผู้จัดการฝ่ายขาย บริษัท …", sales
            // manager, company …): a label of its own, not letters of the
            // name.
            let unspaced = word.flags.contains(WordFlags::UNSPACED);
            let labels = if unspaced {
                WordClasses::COMPANY | WordClasses::TITLE
            } else {
                WordClasses::COMPANY
            };
            let (words, classes) = self.phrase_at(k, info, labels).unwrap_or((1, info.classes));
            let own_title = unspaced
                && classes.intersects(WordClasses::TITLE)
                && !classes.intersects(WordClasses::COMPANY);
            if classes.intersects(WordClasses::COMPANY) {
                if is_storied(classes) {
                    storied = true;
                } else {
                    kind = true;
                }
            } else if !own_title {
                // A phrase of shared history is no part of an organisation's
                // name: the segment tells of something ("Stadtwerke
                // Ludwigshafen ဆွေးနွေးပွဲမှာ တွေ့ခဲ့ကြတယ်"; see
                // [`Run::tells_in_alphabet`]).
                if self.tells_in_alphabet(k) {
                    return (false, false);
                }
                named += 1;
                weighted += self.weight(k, true);
                let classes = self.engine.classes(self.tokens.text(k), info);
                proper |= !word.flags.contains(WordFlags::DIGIT)
                    && !classes.intersects(
                        WordClasses::BODY
                            | WordClasses::HISTORY
                            | WordClasses::TITLE
                            | WordClasses::CONNECTOR
                            | WordClasses::PARTICLE,
                    );
            }
            k += words;
        }
        let company = kind || (storied && proper);
        // Characters of a script without spaces weigh less only where a
        // company's kind frames them as a name.
        let short = if company {
            weighted <= MAX_LABEL_WORDS * WORD_WEIGHT
        } else {
            named <= MAX_LABEL_WORDS
        };
        (company, short)
    }

    /// Whether word `k` of a headline, an everyday word (a function or
    /// common word, no generic word, sign-off or word of shared history),
    /// qualifies the title word right after it on its line ("Global" in
    /// "Head of Global Sales", "بيانات" in "مهندس بيانات أول").
    fn qualifies_title(&mut self, k: usize, classes: WordClasses) -> bool {
        classes.intersects(WordClasses::FUNCTION)
            && !classes
                .intersects(WordClasses::GENERIC | WordClasses::SIGN_OFF | WordClasses::HISTORY)
            && self.continues_clause(k + 1)
            && self.info(k + 1).classes.intersects(WordClasses::TITLE)
    }

    /// A device or mail-client footer line from word `i` ("Sent from my
    /// iPhone", "Von meinem iPhone gesendet", "iPhoneから送信", "Get Outlook
    /// for iOS <link>"): footer words or phrases and a device or app name,
    /// with at most [`MAX_HEADLINE_OTHERS`] other words (a model, a link),
    /// to the end of the line; or a whole fixed footer of at least
    /// [`MIN_WHOLE_FOOTER`] words and nothing else ("Please consider the
    /// environment before printing this e-mail"); or, on a line of its
    /// own, a plea to spare paper in any wording: a word of printing, one
    /// of the environment and one that makes printing a thing to spare
    /// ("before", "unless", "necessary", "don't") among everyday words and
    /// at most [`MAX_HEADLINE_OTHERS`] others ("Antes de imprimir este
    /// correo, piense en el medio ambiente", "打印前请考虑环保。"), none of
    /// them the reader's. It may close any note whose body has begun.
    fn footer(&mut self, i: usize, states: States) {
        let to = states.after_line(Phases::ENDED);
        let (mut k, mut footer, mut device, mut others) = (i, false, false, 0);
        // A whole fixed footer of a few words ("Please consider the
        // environment before printing this e-mail", "Please excuse typos").
        let mut whole = false;
        // A plea to spare paper in any wording: a word of printing, one of
        // the environment and one of sparing, among everyday words ("Antes
        // de imprimir, piense en el medio ambiente", "打印前请考虑环保").
        let (mut printing, mut environment, mut everyday) = (false, false, false);
        let mut sparing = false;
        // A plea stands on a line of its own: one that opens after a
        // sentence on its line is not read for it.
        let plea = self.tokens.word(i).flags.contains(WordFlags::LINE);
        // The other words' weight as a plea reads them, and whether they
        // leave room for a device's footer (see [`Run::weight`]).
        let (mut scattered, mut spaced) = (0, true);
        // Whether the word before is a device's or an app's name.
        let mut after_device = false;
        let mut reach = LineReach::new(i);
        while self.tokens.has(k) && self.reaches(&mut reach, k) {
            let f = self.tokens.word(k).flags;
            if k > i && f.contains(WordFlags::LINE) {
                break;
            }
            let info = self.info(k);
            // "फोन गरेको" (phoned) tells of something, though "फोन" (phone)
            // is a device.
            if self.ends_line(k, info) {
                return;
            }
            if let Some((words, classes)) = self.phrase_at(k, info, FOOTING) {
                // A fixed footer's words may also make a plea in another
                // wording ("Pikirkan lingkungan sebelum mencetak" is one,
                // and "email ini" follows).
                let within = (k..k + words).fold(classes, |c, w| c | self.info(w).classes);
                printing |= within.intersects(WordClasses::PRINTING);
                environment |= within.intersects(WordClasses::ENVIRONMENT);
                sparing |= within.intersects(WordClasses::SPARING);
                footer |= classes.intersects(WordClasses::FOOTER);
                // A footer written whole names its device inside
                // ("Lähetetty iPhonesta": sent from iPhone).
                device |= classes.intersects(WordClasses::DEVICE)
                    || (k..k + words).any(|w| self.device_at(w));
                whole |= classes.intersects(WordClasses::FOOTER) && words >= MIN_WHOLE_FOOTER;
                after_device = self.device_at(k + words - 1);
                k += words;
                continue;
            }
            let classes = info.classes;
            let device_before =
                std::mem::replace(&mut after_device, classes.intersects(WordClasses::DEVICE));
            if classes.intersects(WordClasses::FOOTER | WordClasses::DEVICE) {
                footer |= classes.intersects(WordClasses::FOOTER);
                device |= classes.intersects(WordClasses::DEVICE);
            } else if classes.intersects(PLEADING) {
                printing |= classes.intersects(WordClasses::PRINTING);
                environment |= classes.intersects(WordClasses::ENVIRONMENT);
                sparing |= classes.intersects(WordClasses::SPARING);
                // An everyday one ("before", "antes") is read as the others
                // below are.
                if classes.intersects(WordClasses::BODY) {
                    if !everyday && !self.may_plead(plea, printing, k) {
                        return;
                    }
                    everyday = true;
                }
            } else if classes.intersects(WordClasses::BODY)
                && !classes.intersects(WordClasses::HISTORY)
            {
                // One everyday word between two device or app names joins
                // an app to the system it runs on ("Sent from Outlook for
                // Android", "Enviado desde Outlook para Android", "Gửi từ
                // Outlook cho Android").
                if device_before
                    && !classes.intersects(WordClasses::YOURS)
                    && self.device_follows(k)
                {
                    k += 1;
                    continue;
                }
                // Only a plea to spare paper is a sentence of everyday
                // words, and it speaks of this e-mail, not of something of
                // the reader's ("Loved your print of the Berlin
                // environment").
                if classes.intersects(WordClasses::YOURS)
                    || (!everyday && !self.may_plead(plea, printing, k))
                {
                    return;
                }
                everyday = true;
            } else {
                // A word of no list: a device's model, a link. A plea to
                // spare paper holds few, and a character of a script
                // without spaces weighs a third of one there, since the
                // vocabulary lists only its key words ("お控えください").
                let weight = self.weight(k, true);
                if !other_word(classes, f, Label::default(), weight, &mut scattered) {
                    return;
                }
                let weight = self.weight(k, false);
                if spaced && !other_word(classes, f, Label::default(), weight, &mut others) {
                    // Past a device footer's room, only a plea may go on.
                    spaced = false;
                    if !self.may_plead(plea, printing, k) {
                        return;
                    }
                }
            }
            k += 1;
        }
        let footer = spaced && !everyday && ((footer && device) || (whole && others == 0));
        if (footer || (printing && environment && sparing))
            && self.tokens.flags_or_end(k).contains(WordFlags::LINE)
        {
            self.set(k, to);
        }
    }

    /// Whether word `k` names a device or an app ("iPhone", "Outlook").
    fn device_at(&mut self, k: usize) -> bool {
        self.info(k).classes.intersects(WordClasses::DEVICE)
    }

    /// Whether the word after word `k`, on its line, names a device or an
    /// app ("Android" after "for").
    fn device_follows(&mut self, k: usize) -> bool {
        !self.tokens.flags_or_end(k + 1).contains(WordFlags::LINE) && self.device_at(k + 1)
    }
}

/// Counts a word outside the vocabulary (a company, a technology, a model
/// number) on a headline or footer line; and in a `listed` segment (after
/// a title and a list separator) or a `company` one (holding a legal form)
/// any word, but a generic one only in a `short` segment; in a `short`
/// `employer` one (right after a title, past a separator or connector) any
/// word but a generic one, since an employer's name is often made of
/// everyday words ("Bright Horizons"). A label or a
/// company's name is a few words ("Supply Chain", "PT Maju Bersama Tbk"),
/// while words generic notes are made of ("your", "read", "would love") in
/// a longer segment speak to the reader ("read your postmortem on the DNS
/// outage", "we are hiring Rust engineers at Acme GmbH"), unless they stand
/// inside a name ("Dalla Costa"). False for a
/// word of shared history, another vocabulary word, or when a segment has
/// more such words than [`MAX_HEADLINE_OTHERS`]. In a company's name a
/// character of a script without spaces weighs a third of a word (`weight`
/// is 3 for a spaced word, 1 for such a character, 0 for its vowel sign or
/// tone mark): "สยามเทค โซลูชั่น" is two words of a name, not twelve.
fn other_word(
    classes: WordClasses,
    flags: WordFlags,
    Label {
        listed,
        employer,
        company,
        short,
    }: Label,
    weight: usize,
    others: &mut usize,
) -> bool {
    let speaks =
        classes.intersects(WordClasses::GENERIC) && !classes.intersects(WordClasses::PARTICLE);
    let counts = ((listed || company) && (!speaks || short))
        || (employer && !speaks && short)
        || flags.contains(WordFlags::DIGIT)
        || !classes.intersects(WordClasses::BODY);
    if classes.intersects(WordClasses::HISTORY) || !counts {
        return false;
    }
    *others += weight;
    *others <= MAX_HEADLINE_OTHERS * WORD_WEIGHT
}

/// How many phrases starting with one word make a run long enough to be
/// searched by their second word (see [`candidates`]).
const LONG_RUN: usize = 12;

/// What a spaced word weighs among a headline's other words (see
/// [`other_word`]).
const WORD_WEIGHT: usize = 3;

/// How much of a line [`Run::reaches`] has weighed: the words before
/// `next`.
#[derive(Debug, Clone, Copy)]
struct LineReach {
    start: usize,
    next: usize,
    spent: usize,
}

impl LineReach {
    /// Nothing weighed yet of the line that starts at word `i`.
    fn new(i: usize) -> Self {
        LineReach {
            start: i,
            next: i,
            spent: 0,
        }
    }
}

/// The most words (besides a legal form) of a listed or company headline
/// segment that may hold generic words: a label ("Supply Chain | Industrie
/// 4.0") or a company's name, not a sentence.
const MAX_LABEL_WORDS: usize = 3;

/// What frames a headline segment's other words, for [`other_word`].
#[derive(Debug, Clone, Copy, Default)]
struct Label {
    /// After a title and a list separator.
    listed: bool,
    /// Right after a title, past a separator or a connector: the employer's
    /// name.
    employer: bool,
    /// Holds a company's legal form or kind.
    company: bool,
    /// Of at most [`MAX_LABEL_WORDS`] words besides a company's legal form.
    short: bool,
}

/// The most Han or kana characters read as one name.
const MAX_IDEOGRAPHIC_NAME: usize = 4;
/// The most letters of another script without spaces (Thai, Lao, Khmer,
/// Burmese) read as one name, vowel signs and tone marks not counted.
const MAX_UNSPACED_NAME: usize = 6;
/// The most letters of a later part of a spaced name in those scripts: a
/// surname is often longer than a given name ("สมศักดิ์ วงศ์สวัสดิ์").
const MAX_UNSPACED_SURNAME: usize = 9;

/// The most Han or kana characters of a whole name when a space parts it
/// ("佐々木 健太郎").
const MAX_IDEOGRAPHIC_FULL_NAME: usize = 6;
/// The most letters of a whole name in a script of Southeast Asia when
/// spaces part it ("สมชาย ใจดี", "พิมพ์ชนก ศรีสุวรรณ": a given name and a
/// surname of six and nine letters at most).
const MAX_UNSPACED_FULL_NAME: usize = 15;
/// The most words of a signature name in a script without case that
/// opens on the line of the text before it (see [`Run::crowds_line`]): a
/// given name, a father's or middle name and a surname ("राहुल कुमार
/// शर्मा").
const MAX_CASELESS_LINE_NAME: usize = 3;
/// How far back [`Run::crowds_line`] looks for where a name opened: six
/// words and their particles.
const MAX_NAME_WORDS_BACK: usize = 12;
/// How far back a phrase that may hold a history phrase is looked for.
const MAX_PHRASE_WORDS: usize = 16;
/// The most words a headline or footer line is read to (see
/// [`Run::reaches`]).
const MAX_LINE_WORDS: usize = 24;
/// The most tokens a line is read to whatever they weigh: the characters
/// of [`MAX_LINE_WORDS`] words of a script without spaces with a sign or
/// two each, so that signs standing alone cost a bounded read.
const MAX_LINE_TOKENS: usize = 2 * MAX_LINE_WORDS * WORD_WEIGHT;
/// How many parts of a hyphenated word [`Run::recased`] looks back through
/// for its first ("Saint-Germain-en-Laye"), so a word costs a bounded
/// look-back.
const MAX_NAME_PARTS: usize = 4;
/// The most words of a name standing alone before a sentence ends, as many
/// as the phases `SOLO1` to `SOLO4` give a solo salutation (hyphen halves
/// and particles not counted: "María del Carmen Ruiz Ortega." fits).
const MAX_SOLO_NAME: usize = 4;

/// How many words before or after a piece of work a word that points to
/// the reader is looked for (see [`Run::readers_work`]): "votre dernier
/// article" has one between.
const WORK_REACH: usize = 2;
/// The most words of a quoted passage (see [`Run::in_quotes`]): a title,
/// or a sentence someone said.
const MAX_QUOTED_WORDS: usize = 24;
/// How many words before or after a verb of meeting its people in general
/// are looked for (see [`Run::meets_crowd`]): "neue Leute aus dem
/// Marketing kennenzulernen" has four between.
const CROWD_REACH: usize = 6;

/// How many words before a word of a field of work the words that name
/// the field may stand ("in the commercial real estate sector": three; see
/// [`Run::names_field`]).
const FIELD_BEFORE: usize = 3;
/// How many words after one: "nel settore energetico" (one), "en el sector
/// de las energías renovables" (four).
const FIELD_AFTER: usize = 4;
/// How many words after a word that introduces the sender's role the
/// title may stand ("I'm a senior data analyst": four), or before one
/// that follows it (see [`Run::names_role`]).
const ROLE_REACH: usize = 4;
/// How many words after a title in a self-introduction qualify it
/// ("ingegnere informatico", "konsultan pajak": one).
const ROLE_AFTER: usize = 2;
/// The most words of a phrase that introduces the sender's role that
/// [`Run::names_role`] looks back across (the built-in vocabulary lists
/// single words: "en tant que" by "tant").
const MAX_ROLE_WORDS: usize = 3;
/// How far back before a word that introduces a role a word that points
/// to the reader makes the role the reader's ("your new role as": two).
const ROLE_READER_REACH: usize = 6;
/// The flags of a word that is no part of a proper name as its case and
/// the rules of fields, roles and case endings read one: a number, a
/// character of a script without spaces, a part after a full stop inside
/// a word ("com" in "bol.com").
const NO_NAME_PART: WordFlags = WordFlags::DIGIT
    .union(WordFlags::UNSPACED)
    .union(WordFlags::DOTTED);
/// Classes of words that frame names rather than say something: a
/// particle or honorific ("de", "Ing."), a salutation.
const FRAMING: WordClasses = WordClasses::PARTICLE.union(WordClasses::SALUTATION);
/// Both kinds of words that introduce a role, before it or after it.
const ROLE_WORDS: WordClasses = WordClasses::ROLE.union(WordClasses::ROLE_AFTER);
/// The most digits of a number that counts years or months (see
/// [`Run::counts_period`]): four are a year.
const MAX_COUNT_DIGITS: usize = 2;
/// The fewest bytes before a field's ending in a compound that names a
/// field ("automobil-branche"; "um-welt" is none).
const MIN_COMPOUND_HEAD: usize = 4;

/// How many words after a pitch's verb the organisations it offers its
/// service to may stand ("we help B2B companies", "nous accompagnons les
/// PME": two; see [`Run::pitches`]).
const PITCH_REACH: usize = 4;
/// How many after a verb of offering, which names its product first ("we
/// offer a simple scheduling tool for small businesses": seven).
const OFFER_REACH: usize = 8;
/// How many words before a pitch's verb they may stand: a language that
/// puts its verb last puts them further from it ("हम छोटे और मध्यम
/// व्यवसायों को डिजिटल मार्केटिंग के ज़रिए बिक्री बढ़ाने में मदद करते हैं" has
/// eight between); the clause ends the look sooner.
const PITCH_BACK_REACH: usize = 10;

/// How many words back a thank-you makes a favour a shared history ("thank
/// you so much for all your help": seven).
const FAVOUR_REACH: usize = 8;

/// How many words (characters, in a script without spaces) before a
/// thank-you may say it is one in advance ("提前感谢": two).
const PENDING_BEFORE: usize = 2;

/// How many words and characters back a thank-you is looked for in all
/// ("ขอบพระคุณสำหรับคำแนะนำ": fifteen characters before the favour).
const FAVOUR_REACH_CHARACTERS: usize = 48;
/// The fewest words of a footer phrase that closes a note without naming a
/// device ("please excuse typos"): one or two footer words alone ("sent",
/// "gesendet") need a device beside them.
const MIN_WHOLE_FOOTER: usize = 3;
/// The most words outside the vocabulary in one headline segment or footer.
const MAX_HEADLINE_OTHERS: usize = 6;
/// The fewest digits of a phone number on a contact line: a local number
/// has at least seven ("555-0100"), where a year or a room number has four.
const MIN_PHONE_DIGITS: usize = 7;
/// The most names (a street's, a district's, a city's) on a contact or
/// address line.
const MAX_ADDRESS_NAMES: usize = 8;
/// The most names in one segment of a contact or address line (between
/// commas, dashes and list separators): a street's or a city's name ("Rua
/// do Ouro", "Hồ Chí Minh"), not a sentence.
const MAX_SEGMENT_NAMES: usize = 3;

/// The fewest words with a capital that, with a particle between them,
/// show a line in Title Case (see [`Run::title_cased`]): a sentence's
/// first word has one whatever it is, and a name after a small word may
/// follow ("KubeCon in Paris").
const MIN_TITLE_CASE: usize = 3;
/// The most letters of a state's, region's or country's code after a
/// comma on a line in Title Case ("MA", "SP", "UK"; see
/// [`Run::title_cased`]).
const MAX_CODE_LETTERS: usize = 3;
/// The classes of the small words that join names on a line in Title Case
/// ("of", "the", "im", "de"; see [`Run::title_cased`]).
const JOINERS: WordClasses = WordClasses::FUNCTION
    .union(WordClasses::PARTICLE)
    .union(WordClasses::CONNECTOR);

/// The classes of the words and phrases a footer line is made of (see
/// [`Run::footer`]).
const FOOTING: WordClasses = WordClasses::FOOTER
    .union(WordClasses::DEVICE)
    .union(PLEADING);
/// The classes of the words of a plea to spare paper (see [`Run::footer`]).
const PLEADING: WordClasses = WordClasses::PRINTING
    .union(WordClasses::ENVIRONMENT)
    .union(WordClasses::SPARING);

/// The most initials a line of names alone may hold (see
/// [`Run::contact_end`]).
const MAX_LINE_INITIALS: usize = 3;

/// Whether `word` (a letter of a script without spaces) is Han or kana,
/// whose characters are morphemes, rather than a letter of the alphabets of
/// Southeast Asia.
fn is_ideographic(word: &str) -> bool {
    word.chars().next().is_some_and(|first| first >= '\u{3000}')
}

/// The fewest letters of a phrase of shared history that no name or
/// organisation written without spaces holds, from word `word`: two
/// characters in Han and kana, whose characters are morphemes; four letters
/// in the alphabets, where two or three are a syllable that many names
/// spell ("ဆုမ" in "နန်းဆုမြတ်", "ကထက" in "ကိုထက်ဝေ", signs folded away).
fn least_tale(word: &str) -> usize {
    if is_ideographic(word) { 2 } else { 4 }
}

/// Whether a name standing alone as a salutation ends before a word with
/// `flags`: at a comma, dash or line break ("Marcus,", "Ana Lima\n"), or
/// at a sentence end after a single word ("Ana!"). A few unknown words and
/// a full stop ("Yesterday seminar coffee.") are a sentence, not a name.
fn solo_done(phases: Phases, flags: WordFlags) -> bool {
    // A name of several words is never exclaimed or asked either: "Great
    // keynote in Tartu!" before a stock text is a remark.
    let solos = if flags.contains(WordFlags::EXCLAIM) {
        Phases::SOLO1
    } else {
        Phases::SOLOS
    };
    (phases.intersects(solos)
        && flags.intersects(WordFlags::COMMA | WordFlags::LINE | WordFlags::DASH))
        || (phases.contains(Phases::SOLO1) && flags.contains(WordFlags::SENTENCE))
}

/// Whether a name is looked for at a word with `flags` where the readings
/// stand at `any`: after a salutation word, after a closing, after a dash,
/// after the particles a signature's name opens with ("I Made Sukarta",
/// Balinese; see [`Run::first_name`]).
fn frames_name(any: Phases, flags: WordFlags) -> bool {
    any.intersects(Phases::GREET | Phases::CLOSED | Phases::SIGP)
        || (flags.contains(WordFlags::DASH) && any.intersects(Phases::BODY))
}

/// Whether a word may be (part of) a name: a word the vocabulary has no
/// generic use for (a salutation, title or function word may be a name:
/// "Jo", "Lima"; a word with one may still be a first name, see
/// [`Run::first_name`]), an initial, or a placeholder; never a number or a
/// word of shared history ("met", "call": read as a name, it would hide
/// what makes a note personal), and
/// never one character of a script without spaces on its own (see
/// [`Run::unspaced_name`]).
fn is_name(classes: WordClasses, flags: WordFlags) -> bool {
    if flags.contains(WordFlags::DIGIT) {
        false
    } else if flags.intersects(WordFlags::INITIAL | WordFlags::PLACEHOLDER) {
        true
    } else {
        !flags.contains(WordFlags::UNSPACED)
            && !classes
                .intersects(WordClasses::GENERIC | WordClasses::SIGN_OFF | WordClasses::HISTORY)
    }
}

/// Whether a word or phrase of `classes`, a kind of organisation, is also a
/// word of shared history ("university", "school", "seminar"): it names the
/// sender's organisation only in a segment that also holds a proper name
/// ("University of Manchester", "Boğaziçi Üniversitesi"), never in a remark
/// ("old university friend").
fn is_storied(classes: WordClasses) -> bool {
    classes.contains(WordClasses::COMPANY.union(WordClasses::HISTORY))
        && !classes.intersects(WordClasses::TITLE)
}

/// Whether a word with `flags` is glued to the word before it by a
/// character that is no letter, with no space ("de" in "firma.de", "firma"
/// in "anna@firma"): the parts of an address or a link. A character of a
/// script without spaces is a word of its own, not a part.
fn is_glued(flags: WordFlags) -> bool {
    !flags.intersects(WordFlags::SPACE | WordFlags::LINE | WordFlags::UNSPACED)
}

/// Whether a word with `flags` is joined to the word before it by a hyphen:
/// a later part of a hyphenated word ("Bains" in "Évian-les-Bains"), not a
/// part of an address or link (see [`is_glued`]).
fn is_hyphened(flags: WordFlags) -> bool {
    flags.contains(WordFlags::JOINED)
        && !flags.intersects(WordFlags::DOTTED | WordFlags::SPACE | WordFlags::UNSPACED)
}

/// Whether a word ends in a Korean verb ending (the formal "-니다", the
/// polite "-요"): a predicate ("동문입니다", "반가워요"), never a name.
fn is_predicate(word: &str) -> bool {
    word.ends_with("니다") || word.ends_with('요')
}

impl Phases {
    /// Each phase moved one word on (`NAME1` to `NAME2`, `SIG3` to `SIG4`).
    const fn next(self) -> Phases {
        Phases::from_bits(self.bits() << 1)
    }
}

/// The transitions of one half's phases over one word: the phases reached
/// without a generic word (`pure`) and those that needed one (`generic`).
fn step(phases: Phases, classes: WordClasses, flags: WordFlags, name: bool) -> States {
    if phases.is_empty() {
        return States::NONE;
    }
    let digit = flags.contains(WordFlags::DIGIT);
    let unspaced = flags.contains(WordFlags::UNSPACED);
    // A placeholder ("[Name]") stands where a name or a generic word may,
    // and makes the reading generic: it is the mark of a pasted template.
    let placeholder = flags.contains(WordFlags::PLACEHOLDER);
    let classes = if placeholder {
        classes | WordClasses::GENERIC
    } else {
        classes
    };
    // A particle such as "de" or "van" may stand inside a name.
    let name_part = name || (classes.intersects(WordClasses::PARTICLE) && !digit && !unspaced);
    // The second half of a hyphenated name ("Al-Mansouri") continues the
    // name word it is joined to.
    let joined = flags.contains(WordFlags::JOINED) && !digit && !unspaced && !placeholder;
    let boundary = flags.intersects(WordFlags::BOUNDARY);
    let has = |p: Phases| phases.intersects(p);
    let (mut same, mut generic) = (Phases::EMPTY, Phases::EMPTY);

    // Salutation (a second one may follow the first: "Hi Ann, hello!"). In
    // a script without spaces the greeting may follow the name directly
    // ("张伟先生您好", "田中様こんにちは").
    let greeted = has(Phases::START | Phases::GREET | Phases::NAMES | Phases::PRE)
        || solo_done(phases, flags);
    if (greeted || (unspaced && has(Phases::SOLOS))) && classes.intersects(WordClasses::SALUTATION)
    {
        same |= Phases::GREET;
    }
    // A greeted name stands in the greeting's sentence ("Hi Ann", "Dear
    // Dr. Ann Lee": an abbreviation's full stop does not end it). It may
    // open with a particle ("Hallo von der Leyen").
    let in_greeting = !flags.intersects(WordFlags::SENTENCE | WordFlags::LINE)
        || flags.contains(WordFlags::ABBREVIATED);
    if name && has(Phases::START) {
        same |= Phases::SOLO1;
    }
    // A common word may end the greeted name right before a break
    // (`GREETED`: "Selam Can!").
    let greeted_name = name_part || flags.contains(WordFlags::GREETED);
    if has(Phases::GREET) && in_greeting && greeted_name {
        same |= Phases::NAME1;
    }
    if name_part && !boundary {
        same |= (phases & Phases::SOLOS_OPEN).next();
    }
    // Initials after a comma are post-nominal letters ("Bambang
    // Sutrisno, M.T.,", "Ann Lee, M.D.").
    if greeted_name
        && in_greeting
        && !flags.contains(WordFlags::RECASED_GREETING)
        && (!flags.contains(WordFlags::COMMA) || flags.contains(WordFlags::INITIAL))
    {
        same |= (phases & Phases::NAMES_OPEN).next();
    }
    // So does a particle inside a name ("Fernández de Córdoba y Ruiz"):
    // it takes no place of the name's six words.
    let particle = classes.intersects(WordClasses::PARTICLE) && !digit && !unspaced;
    if joined || particle {
        same |= phases & (Phases::NAMES | Phases::SOLOS | Phases::SIGS | Phases::SIGP);
    }
    // Particles right after a thank-you on its line open the short name
    // that may follow it ("Cảm ơn chị Lan"): the thank-you stays.
    if particle && !boundary {
        same |= phases & Phases::THANKED;
    }
    if name && has(Phases::SIGP) {
        same |= Phases::SIG1;
    }
    if greeted && classes.intersects(WordClasses::SIGN_OFF) {
        same |= Phases::PRE;
    }
    if greeted && classes.intersects(WordClasses::BODY) {
        generic |= Phases::BODY;
    }

    // Body.
    if has(Phases::BODY | Phases::CLOSED) {
        if classes.intersects(WordClasses::THANKS) {
            same |= Phases::THANKED;
        } else if classes.intersects(WordClasses::CLOSER) {
            same |= Phases::CLOSE;
        } else if classes.intersects(WordClasses::SIGN_OFF) {
            same |= Phases::BODY;
        } else if classes.intersects(WordClasses::BODY) {
            generic |= Phases::BODY;
        }
        // A name right after a closing word that thanks, on its line, is
        // short; any other signature name may be long.
        let mut first = Phases::EMPTY;
        if boundary || has(Phases::CLOSE) {
            first |= Phases::SIG1;
        }
        if !boundary && has(Phases::THANKED) {
            first |= Phases::SIGC1;
        }
        if name {
            same |= first;
        } else if flags.contains(WordFlags::LINE) && particle {
            same |= Phases::SIGP;
        }
        // A short name that is also a common word, alone after a closing
        // word ("Cheers, Al", "Thanks, Will").
        if has(Phases::CLOSED) && flags.contains(WordFlags::NAME_END) && !digit {
            same |= first;
        }
    }

    // Signature names, and the pronouns a signature gives after one
    // ("Thijs (hij/hem)"): they take no place of the name's words.
    // A signature's name words share their case (see `RECASED`).
    if (name_part || flags.contains(WordFlags::NAME_END)) && !flags.contains(WordFlags::RECASED) {
        same |= (phases & Phases::SIGS_OPEN).next();
    }
    if classes.intersects(WordClasses::PRONOUN) && !digit && !unspaced {
        same |= phases & Phases::SIGS;
    }
    if placeholder {
        States::generic(same | generic)
    } else {
        States {
            pure: same,
            generic,
        }
    }
}

/// Whether a phrase that word `k` (whose entry is `info`) begins may
/// continue with the next word: false positives possible, no false
/// negatives (a shortcut: always true when the shortcuts are off).
fn may_continue(engine: &Engine, tokens: &mut Tokens<'_, '_>, k: usize, info: WordInfo) -> bool {
    !engine.shortcuts() || (tokens.has(k + 1) && info.seconds & second_bit(tokens.text(k + 1)) != 0)
}

/// The bit of a phrase's second word in [`WordInfo::seconds`]: its first
/// and last bytes and its length, mixed (the first byte and the length
/// alone leave common words of the same initial and length alike: "read",
/// "rely").
fn second_bit(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let [first, last] = [bytes.first(), bytes.last()].map(|b| u64::from(b.copied().unwrap_or(0)));
    let mixed = (first << 16 | last << 8 | bytes.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    1 << (mixed >> 58)
}

/// A Bloom filter of words keyed by first byte and length: false
/// positives possible, no false negatives.
#[derive(Debug, Default, Clone, Copy)]
struct WordFilter([u64; 4]);

impl WordFilter {
    /// The filter's bit of a word: its first byte and length, mixed.
    fn bit(word: &str) -> usize {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        (usize::from(first).wrapping_mul(31) ^ word.len().wrapping_mul(7)) % 256
    }

    fn insert(&mut self, word: &str) {
        let bit = Self::bit(word);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// Whether `word` may have been inserted.
    fn may_hold(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The endings of compound words of one kind ("strasse", "branche"),
/// sorted, without repeats.
#[derive(Debug, Default)]
struct Endings(Vec<Box<str>>);

impl Endings {
    fn new(mut endings: Vec<Box<str>>) -> Self {
        endings.sort();
        endings.dedup();
        Endings(endings)
    }

    /// Whether `word` ends with one of the endings after at least `head`
    /// bytes.
    fn end(&self, word: &str, head: usize) -> bool {
        self.0
            .iter()
            .any(|ending| word.len() >= ending.len() + head && word.ends_with(&**ending))
    }
}

/// The fewest and most words the leading slots of a template can take.
fn lead_words(slots: &[Segment]) -> (usize, usize) {
    slots.iter().fold((0, 0), |(lo, hi), s| match s {
        Segment::Slot(slot) => (lo + 1, hi + slot.max_words()),
        Segment::Literal { .. } => (lo, hi),
    })
}

/// The positions a template's segments can end at: at most one more than
/// the words its slots can take (three slots of at most sixteen words).
#[derive(Debug)]
struct Ends {
    list: [usize; 64],
    len: usize,
    /// Whether matching was done (it may have found no end).
    tried: bool,
}

// Every end a template can reach fits in `Ends`.
const _: () = assert!(64 > super::catalog::MAX_SLOTS * super::catalog::Slot::Url.max_words());

impl Default for Ends {
    fn default() -> Self {
        Ends {
            list: [0; 64],
            len: 0,
            tried: false,
        }
    }
}

impl Ends {
    fn clear(&mut self) {
        self.len = 0;
        self.tried = false;
    }

    fn is_full(&self) -> bool {
        self.len == self.list.len()
    }

    fn push(&mut self, end: usize) {
        if self.len < self.list.len() && !self.list[..self.len].contains(&end) {
            self.list[self.len] = end;
            self.len += 1;
        }
    }
}

/// What a slot has taken so far, to tell whether one more word fits.
#[derive(Debug, Default)]
struct SlotFill {
    words: usize,
    unspaced: usize,
    common: usize,
}

impl SlotFill {
    /// Takes word `k` (which exists) into `slot` if it fits: no
    /// placeholder, no boundary inside (see [`Slot::continues`]), a few
    /// characters of a script without spaces at most; in a name, no number;
    /// in a name, site or group, no Korean predicate and few words with a
    /// common use ("Will Smith", "Bo Li", not "the tip about sourdough").
    fn take(&mut self, slot: Slot, engine: &Engine, tokens: &mut Tokens<'_, '_>, k: usize) -> bool {
        let flags = tokens.word(k).flags;
        if flags.contains(WordFlags::PLACEHOLDER)
            || (self.words > 0
                && !slot.continues(flags, tokens.text(k - 1), tokens.word(k - 1).flags))
        {
            return false;
        }
        if flags.contains(WordFlags::UNSPACED) {
            self.unspaced += 1;
            if self.unspaced > slot.max_unspaced() {
                return false;
            }
        }
        if let Some(max_common) = slot.max_common_words() {
            // A predicate ("동문입니다", "am an alumnus") is no proper name
            // of a person, a site or a group; a number is none of a
            // person's.
            // Nor is a word of shared history: read as a name, it would hide
            // the meeting ("… {sender}" taking "Ana Lima 지난달 부산 …"). (Its
            // listed forms: slots are tried often, stems are not cheap; a
            // homograph, "met", is one here in any language, which only
            // ever refuses a name.) A part joined to the word before it is
            // a piece of one proper noun ("alumni" in
            // "communaute.alumni-insa.fr"), not a word of the sentence.
            // Nor are the words of a phrase of one ("wythnos diwethaf").
            // Nor is a thank-you for a favour, a sentence that tells of a
            // shared history ("{sender}" taking Finnish "Kiitos avustasi",
            // thanks for your help; "Kiitos, Anna" is a closing and a name).
            let info = engine.info(tokens.text(k));
            if is_predicate(tokens.text(k))
                || (slot == Slot::Name && flags.contains(WordFlags::DIGIT))
                || thanks_for_favour(engine, tokens, k, info)
                || (info.classes.contains(WordClasses::HISTORY)
                    && !self.compound_part(tokens, k, flags))
                || ends_name(engine, tokens, k, info)
            {
                return false;
            }
            let common = is_common(info.classes, flags);
            self.common += usize::from(common);
            // Two words may both be common somewhere ("Bo Li", "Will May":
            // some language has each as a word); a longer run may not.
            if self.common > max_common && self.words >= 2 {
                return false;
            }
        }
        self.words += 1;
        self.words <= slot.max_words()
    }

    /// Whether word `k` is a piece of a compound the slot takes whole (a
    /// domain, a hyphenated name): joined to the word before it in the
    /// slot, or to the word after it, in a script with spaces.
    fn compound_part(&self, tokens: &mut Tokens<'_, '_>, k: usize, flags: WordFlags) -> bool {
        let spaced =
            |f: WordFlags| f.contains(WordFlags::JOINED) && !f.contains(WordFlags::UNSPACED);
        (self.words > 0 && spaced(flags))
            || (!flags.contains(WordFlags::UNSPACED)
                && tokens.has(k + 1)
                && spaced(tokens.word(k + 1).flags))
    }
}

/// Whether a thank-you starts at word `k` (which has `info`) and a favour
/// follows it in its clause (no comma, dash, sentence end or line break
/// between) within [`FAVOUR_REACH`] words: "thanks for your advice",
/// "kiitos avustasi". A word or a phrase of either.
fn thanks_for_favour(
    engine: &Engine,
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    info: WordInfo,
) -> bool {
    let Some((thanks, _)) = word_or_phrase(engine, tokens, k, info, WordClasses::THANKS) else {
        return false;
    };
    let mut j = k + thanks;
    while j < k + thanks + FAVOUR_REACH
        && tokens.has(j)
        && !tokens.word(j).flags.intersects(WordFlags::BOUNDARY)
    {
        let info = engine.info(tokens.text(j));
        if word_or_phrase(engine, tokens, j, info, WordClasses::FAVOUR).is_some() {
            return true;
        }
        j += 1;
    }
    false
}

/// The word or phrase of `class` starting at word `k` (which exists and
/// has `info`): how many words it holds (one for a listed word, the
/// longest phrase's length otherwise) and its classes.
#[inline]
fn word_or_phrase(
    engine: &Engine,
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    info: WordInfo,
    class: WordClasses,
) -> Option<(usize, WordClasses)> {
    if info.classes.intersects(class) {
        Some((1, info.classes))
    } else {
        phrase_at(engine, tokens, k, info, class)
    }
}

/// The longest phrase of `class` that starts at word `k` (which exists
/// and has `info`): its length and classes.
fn phrase_at(
    engine: &Engine,
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    info: WordInfo,
    class: WordClasses,
) -> Option<(usize, WordClasses)> {
    if !info.phrased.intersects(class) || !may_continue(engine, tokens, k, info) {
        return None;
    }
    longest_of(engine, tokens, k, info, |phrase| {
        phrase.classes.intersects(class)
    })
    .map(|phrase| (phrase.words, phrase.classes))
}

/// The phrases that start at word `k` (which has `info`) that may match:
/// those of shared history, and the others; a long run of them only those
/// whose second word follows `k` ([`by_second`]), which a binary search
/// finds faster than comparing each ("i", "we" and "la" start dozens).
fn candidates<'e>(
    engine: &'e Engine,
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    info: WordInfo,
) -> (&'e [Phrase], &'e [Phrase]) {
    let (tales, others) = engine.phrases[info.phrases()].split_at(usize::from(info.tells));
    let mut narrow = |phrases: &'e [Phrase]| {
        if phrases.len() < LONG_RUN {
            phrases
        } else {
            by_second(engine, tokens, k, phrases)
        }
    };
    (narrow(tales), narrow(others))
}

/// The longest of the phrases that start at word `k` (which has `info`)
/// that `accept` takes and the words from `k` spell.
fn longest_of<'e>(
    engine: &'e Engine,
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    info: WordInfo,
    accept: impl Fn(&Phrase) -> bool,
) -> Option<&'e Phrase> {
    let (tales, others) = candidates(engine, tokens, k, info);
    let tale = longest_at(engine, tokens, k, tales, &accept);
    match longest_at(engine, tokens, k, others, &accept) {
        Some(other) if tale.is_none_or(|tale| other.words > tale.words) => Some(other),
        _ => tale,
    }
}

/// The length of the phrase of shared history that starts at word `k`
/// (which has `info`), if one does in a script with spaces ("wythnos
/// diwethaf", "i dag"). A phrase some language also lists as a pleasantry,
/// a template's words or a label of a signature's lines is read as those.
fn tells(engine: &Engine, tokens: &mut Tokens<'_, '_>, k: usize, info: WordInfo) -> Option<usize> {
    if info.tells == 0
        || tokens.word(k).flags.contains(WordFlags::UNSPACED)
        || !may_continue(engine, tokens, k, info)
    {
        return None;
    }
    let (tales, others) = engine.phrases[info.phrases()].split_at(usize::from(info.tells));
    let tales = by_second(engine, tokens, k, tales);
    let mut words = longest_at(engine, tokens, k, tales, |_| true)?.words;
    // Within its sentence and line: "An⏎Sáng lập viên" is a name and a
    // title, not "ăn sáng" (breakfast), whatever accents fold away.
    if let Some(end) = break_within(tokens, k, words, WordFlags::BOUNDARY) {
        words = longest_at(engine, tokens, k, tales, |phrase| phrase.words <= end - k)?.words;
    }
    // And none when a longer phrase of other words starts here ("visita
    // la nostra pagina", Italian, holds Portuguese "visitá-la").
    let others = by_second(engine, tokens, k, others);
    match longest_at(engine, tokens, k, others, |_| true) {
        Some(longer) if longer.words > words => None,
        _ => Some(words),
    }
}

/// Whether a phrase of shared history starts at word `k` (which has
/// `info`) that no name, headline, contact or footer line holds: one
/// [`tells`] reads, or one some language also lists as a greeting, a
/// closing, template words or an everyday word ([`Phrase::is_retold`]: "ci
/// sentiamo", Italian for "talk soon" and for "we are in touch"; "co
/// worker"), which the grammar reads as those where they may stand. Inside
/// a name or a line of titles, companies, contact details or a device's
/// footer it is none of those, and speaks to the reader: "CI" is a title
/// and "Ana Lima" a name, but "CI Lead, ci sentiamo a Tartu" is no
/// headline and "Ana Lima ci sentiamo Tartu" no name. So a title that
/// holds such a phrase reads as a remark ("Co-worker Relations Manager"),
/// the safe direction: "… co worker Tartu" is no company ("Co") either. As
/// in [`tells`]: not in a script without spaces, where it may be part of a
/// longer word, within its sentence and line, and unless a longer phrase
/// of titles, companies or labels holds it.
#[inline]
fn ends_name(engine: &Engine, tokens: &mut Tokens<'_, '_>, k: usize, info: WordInfo) -> bool {
    // Most words begin no such phrase: the entry says so without a call.
    (info.tells > 0 || info.retold)
        && (tells(engine, tokens, k, info).is_some()
            || retold_at(engine, tokens, k, info).is_some())
}

/// The length of the phrase of shared history that starts at word `k`
/// (which has `info`) and that some language also lists as a greeting, a
/// closing, template words or an everyday word ([`Phrase::is_retold`]; see
/// [`ends_name`]).
fn retold_at(
    engine: &Engine,
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    info: WordInfo,
) -> Option<usize> {
    if !info.retold
        || tokens.word(k).flags.contains(WordFlags::UNSPACED)
        || !may_continue(engine, tokens, k, info)
    {
        return None;
    }
    let words = longest_of(engine, tokens, k, info, Phrase::is_retold)?.words;
    (break_within(tokens, k, words, WordFlags::BOUNDARY).is_none()
        && phrase_at(engine, tokens, k, info, SIGNATURE_LABELS)
            .is_none_or(|(longer, _)| longer <= words))
    .then_some(words)
}

/// The first word after word `k` and before word `k + words` that has one
/// of `flags` before it (a break inside a phrase of `words` words).
#[inline]
fn break_within(
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    words: usize,
    flags: WordFlags,
) -> Option<usize> {
    (k + 1..k + words).find(|&j| tokens.word(j).flags.intersects(flags))
}

/// The longest of `phrases` (all starting with word `k`) that `accept`
/// takes and the words from `k` spell.
fn longest_at<'e>(
    engine: &Engine,
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    phrases: &'e [Phrase],
    accept: impl Fn(&Phrase) -> bool,
) -> Option<&'e Phrase> {
    let mut longest: Option<&Phrase> = None;
    for phrase in phrases {
        if longest.is_none_or(|best| phrase.words > best.words)
            && accept(phrase)
            && (!engine.shortcuts() || (tokens.has(k + 1) && tokens.text(k + 1) == &*phrase.second))
            && tokens.span_is(k, phrase.words, &phrase.text)
        {
            longest = Some(phrase);
        }
    }
    longest
}

/// Those of `phrases` (all starting with word `k`, sorted by their text, so
/// by their second word) whose second word follows `k`: the rest cannot
/// match. All of them without the shortcuts.
fn by_second<'e>(
    engine: &Engine,
    tokens: &mut Tokens<'_, '_>,
    k: usize,
    phrases: &'e [Phrase],
) -> &'e [Phrase] {
    if !engine.shortcuts() {
        return phrases;
    }
    if !tokens.has(k + 1) {
        return &[];
    }
    let next = tokens.text(k + 1);
    let from = phrases.partition_point(|phrase| &*phrase.second < next);
    let to = from + phrases[from..].partition_point(|phrase| &*phrase.second == next);
    &phrases[from..to]
}

/// Whether a word counts as common in a slot holding a proper name: it has
/// a generic use, is no particle ("van", "de"), and is not an initial, a
/// hyphen's second half or a character of a script without spaces.
fn is_common(classes: WordClasses, flags: WordFlags) -> bool {
    classes.intersects(WordClasses::GENERIC | WordClasses::SIGN_OFF)
        && !classes.intersects(WordClasses::PARTICLE)
        && !flags.intersects(WordFlags::INITIAL | WordFlags::JOINED | WordFlags::UNSPACED)
}

/// Matches `segments` against the words from `i`, recording every end.
fn match_segments(
    engine: &Engine,
    segments: &[Segment],
    tokens: &mut Tokens<'_, '_>,
    i: usize,
    ends: &mut Ends,
) {
    match segments.first() {
        None => ends.push(i),
        Some(Segment::Literal { text, words }) => {
            if tokens.span_is(i, *words, text) {
                match_segments(engine, &segments[1..], tokens, i + words, ends);
            }
        }
        Some(Segment::Slot(slot)) => {
            let mut fill = SlotFill::default();
            for len in 1..=slot_lengths(engine, *slot, &segments[1..], tokens, i) {
                let k = i + len - 1;
                if !tokens.has(k) || ends.is_full() || !fill.take(*slot, engine, tokens, k) {
                    break;
                }
                match_segments(engine, &segments[1..], tokens, i + len, ends);
            }
        }
    }
}

/// The most words `slot`, at word `i`, need be tried with: where a literal
/// follows it, up to the last word within the slot's reach that reads as
/// the literal's first, since the literal must start right after the slot
/// (no length, when none does); the slot's reach ends before a word that
/// cannot continue it. Spares filling the slot word by word where nothing
/// can follow it. Every length without the shortcuts.
fn slot_lengths(
    engine: &Engine,
    slot: Slot,
    rest: &[Segment],
    tokens: &mut Tokens<'_, '_>,
    i: usize,
) -> usize {
    let Some(Segment::Literal { text, .. }) = rest.first().filter(|_| engine.shortcuts()) else {
        return slot.max_words();
    };
    // A short scan: the first word is a few bytes long.
    let first = &text[..text.bytes().position(|b| b == b' ').unwrap_or(text.len())];
    let mut last = 0;
    for len in 1..=slot.max_words() {
        let k = i + len;
        if !tokens.has(k) {
            break;
        }
        if tokens.text(k) == first {
            last = len;
        }
        if tokens.word(k).flags.intersects(slot.stops()) {
            break;
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::super::{BUILT_IN, GreetingDetector, GreetingDetectorBuilder, StockText};
    use super::*;

    const NAME: WordClasses = WordClasses::EMPTY;

    /// One step, with the word read as a name when it may be one.
    fn st(phases: Phases, classes: WordClasses, flags: WordFlags) -> States {
        step(phases, classes, flags, is_name(classes, flags))
    }
    const NONE: WordFlags = WordFlags::EMPTY;

    #[test]
    fn step_from_nothing_is_nothing() {
        assert_eq!(
            st(Phases::EMPTY, WordClasses::SALUTATION, NONE),
            States::NONE
        );
    }

    #[test]
    fn step_salutation_then_names() {
        // "hi" opens; a name-like word after it is the greeted name.
        let hi = st(Phases::START, WordClasses::SALUTATION, WordFlags::SENTENCE);
        assert!(hi.pure.contains(Phases::GREET), "{hi:?}");
        let ann = st(Phases::GREET, NAME, NONE);
        assert!(ann.pure.contains(Phases::NAME1), "{ann:?}");
        // Names grow word by word up to six, particles included.
        assert!(st(Phases::NAME1, NAME, NONE).pure.contains(Phases::NAME2));
        let van = st(
            Phases::NAME2,
            WordClasses::PARTICLE | WordClasses::GENERIC,
            NONE,
        );
        assert!(van.pure.contains(Phases::NAME3), "{van:?}");
        assert!(!st(Phases::NAME6, NAME, NONE).pure.intersects(Phases::NAMES));
    }

    #[test]
    fn step_solo_names_stop_at_a_boundary() {
        let marcus = st(Phases::START, NAME, NONE);
        assert!(marcus.pure.contains(Phases::SOLO1));
        assert!(st(Phases::SOLO1, NAME, NONE).pure.contains(Phases::SOLO2));
        let after_comma = st(Phases::SOLO1, NAME, WordFlags::COMMA);
        assert!(
            !after_comma.pure.intersects(Phases::SOLOS),
            "{after_comma:?}"
        );
    }

    #[test]
    fn step_pleasantries_and_generic_words_after_a_salutation() {
        let thanks = st(Phases::GREET, WordClasses::SIGN_OFF, NONE);
        assert!(thanks.pure.contains(Phases::PRE), "{thanks:?}");
        let connect = st(Phases::GREET, WordClasses::GENERIC, NONE);
        assert_eq!(connect, States::generic(Phases::BODY));
        // A solo name saluted only once its boundary is seen: a comma, or a
        // full stop after one word.
        let early = st(Phases::SOLO1, WordClasses::GENERIC, NONE);
        assert!(early.generic.is_empty(), "{early:?}");
        let late = st(Phases::SOLO1, WordClasses::GENERIC, WordFlags::COMMA);
        assert!(late.generic.contains(Phases::BODY), "{late:?}");
        let sentence = st(Phases::SOLO3, WordClasses::GENERIC, WordFlags::SENTENCE);
        assert!(sentence.generic.is_empty(), "{sentence:?}");
    }

    #[test]
    fn step_body_words() {
        let body = Phases::BODY;
        let closer = WordClasses::CLOSER | WordClasses::SIGN_OFF;
        assert!(st(body, closer, NONE).pure.contains(Phases::CLOSE));
        assert!(
            st(body, WordClasses::SIGN_OFF, NONE)
                .pure
                .contains(Phases::BODY)
        );
        assert_eq!(
            st(body, WordClasses::GENERIC, NONE),
            States::generic(Phases::BODY)
        );
        // A word the vocabulary does not know, inside a sentence: nothing
        // survives (the note is specific).
        assert_eq!(st(body, NAME, NONE), States::NONE);
    }

    #[test]
    fn step_signature_names() {
        // After a boundary, or directly after a closer, a name signs.
        assert!(
            st(Phases::BODY, NAME, WordFlags::DASH)
                .pure
                .contains(Phases::SIG1)
        );
        assert!(st(Phases::SIG1, NAME, NONE).pure.contains(Phases::SIG2));
        assert_eq!(st(Phases::SIG6, NAME, NONE), States::NONE);
        // Right after a closing word that thanks, on its line, a name of
        // two words at most ("Thanks Ann Lee"); after a comma or another
        // closing word, any signature name, also where another reading
        // has a closing that thanks.
        let thanked = Phases::THANKED;
        assert_eq!(st(thanked, NAME, NONE).pure, Phases::SIGC1);
        assert_eq!(st(Phases::CLOSE, NAME, NONE).pure, Phases::SIG1);
        let both = st(Phases::CLOSED, NAME, NONE).pure;
        assert_eq!(both, Phases::SIG1 | Phases::SIGC1);
        assert!(st(both, NAME, NONE).pure.contains(Phases::SIG2));
        assert!(st(Phases::SIG2, NAME, NONE).pure.contains(Phases::SIG3));
        let thanks = WordClasses::THANKS | WordClasses::CLOSER | WordClasses::SIGN_OFF;
        assert_eq!(st(Phases::BODY, thanks, NONE).pure, thanked);
        let regards = WordClasses::CLOSER | WordClasses::SIGN_OFF;
        assert_eq!(st(thanked, regards, NONE).pure, Phases::CLOSE);
        assert_eq!(st(Phases::SIGC1, NAME, NONE).pure, Phases::SIGC2);
        assert_eq!(st(Phases::SIGC2, NAME, NONE), States::NONE);
        assert!(
            st(thanked, NAME, WordFlags::COMMA)
                .pure
                .contains(Phases::SIG1)
        );
        // A name may open with particles ("De la Cruz", "Lê Hoàng Nam"),
        // which alone sign nothing.
        let de = WordClasses::PARTICLE | WordClasses::GENERIC;
        let opened = st(Phases::BODY, de, WordFlags::LINE);
        assert!(opened.pure.contains(Phases::SIGP), "{opened:?}");
        assert!(!opened.pure.intersects(Phases::ENDED), "{opened:?}");
        assert!(st(Phases::SIGP, de, NONE).pure.contains(Phases::SIGP));
        assert!(st(Phases::SIGP, NAME, NONE).pure.contains(Phases::SIG1));
        assert!(st(Phases::SIGP, WordClasses::GENERIC, NONE).pure.is_empty());
        // Not in mid-sentence ("… to the de …"), nor after a comma or a
        // full stop ("…, de Cali").
        assert!(!st(Phases::BODY, de, NONE).pure.contains(Phases::SIGP));
        let comma = st(Phases::BODY, de, WordFlags::COMMA);
        assert!(!comma.pure.contains(Phases::SIGP), "{comma:?}");
        let stop = st(Phases::BODY, de, WordFlags::SENTENCE);
        assert!(!stop.pure.contains(Phases::SIGP), "{stop:?}");
        // A common word ends a name only when it is short and last on its
        // line.
        let an = WordClasses::GENERIC;
        assert!(!st(Phases::SIG2, an, NONE).pure.contains(Phases::SIG3));
        let an_last = st(Phases::SIG2, an, WordFlags::NAME_END);
        assert!(an_last.pure.contains(Phases::SIG3), "{an_last:?}");
    }

    #[test]
    fn step_function_words_are_body_words_and_may_be_names() {
        // Indonesian "lima" (five) is a function word; "Ana Lima" signs.
        let lima = WordClasses::FUNCTION;
        assert_eq!(st(Phases::BODY, lima, NONE), States::generic(Phases::BODY));
        assert!(st(Phases::SIG1, lima, NONE).pure.contains(Phases::SIG2));
        assert!(st(Phases::GREET, lima, NONE).pure.contains(Phases::NAME1));
    }

    #[test]
    fn step_digits_are_never_names() {
        let flags = WordFlags::DIGIT | WordFlags::DASH;
        assert_eq!(st(Phases::BODY, NAME, flags), States::NONE);
        assert!(st(Phases::GREET, NAME, WordFlags::DIGIT).pure.is_empty());
    }

    /// A small engine: `texts` as templates, `words` as the vocabulary.
    fn engine(texts: &[&str], words: &[(&str, WordClasses)], pattern: Option<&str>) -> Engine {
        let mut scratch = Scratch::default();
        let templates = texts
            .iter()
            .map(|t| Template::compile("P", "en", t, &mut scratch).unwrap())
            .collect();
        let vocabulary = words.iter().map(|&(w, c)| ((Box::from(w), c), 0));
        let patterns = pattern.map(|p| RegexSet::new([format!("^(?:{p})$")]).unwrap());
        Engine::new(templates, vocabulary, Inflections::default(), patterns).memoized()
    }

    fn run(engine: &Engine, note: &str) -> (Outcome, bool) {
        engine.run(note, &mut Buffers::default(), 0)
    }

    fn small() -> Engine {
        engine(
            &[
                "I'd like to add you to my network",
                "{sender} wants to connect",
            ],
            &[
                ("hi", WordClasses::SALUTATION),
                ("thanks", WordClasses::CLOSER | WordClasses::SIGN_OFF),
                ("best", WordClasses::SIGN_OFF),
                ("lets", WordClasses::GENERIC),
                ("connect", WordClasses::GENERIC),
                ("engineer", WordClasses::TITLE),
                ("senior", WordClasses::TITLE),
                ("at", WordClasses::CONNECTOR),
                ("met", WordClasses::HISTORY),
            ],
            Some("grow my circle"),
        )
    }

    #[test]
    fn productions_of_the_grammar() {
        let e = small();
        let stock = Outcome::Stock(0);
        let cases = [
            ("", Outcome::Empty),
            (" \u{200B} ", Outcome::Empty),
            ("I'd like to add you to my network", stock),
            ("Hi Ann, I'd like to add you to my network", stock),
            ("Marcus,\nI'd like to add you to my network", stock),
            ("I'd like to add you to my network. Thanks!", stock),
            ("I'd like to add you to my network - Ann Lee", stock),
            (
                "I'd like to add you to my network\nBest,\nAnn\nSenior Engineer at Acme",
                stock,
            ),
            ("Ana Lima wants to connect", Outcome::Stock(1)),
            ("Hi! Let's connect", Outcome::Generic),
            ("Hi Ann", Outcome::Generic),
            (
                "I'd like to add you to my network. Let's connect",
                Outcome::Generic,
            ),
            ("Hi. Grow my circle!", Outcome::Generic),
            (
                "I'd like to add you to my network about Rust in Berlin",
                Outcome::Personal,
            ),
            ("We met at RustConf", Outcome::Personal),
            // An unfilled placeholder marks a pasted template, whatever else
            // it says, unless the note tells of a shared history: a history
            // word beside something specific.
            ("Hi [Name], I help startups grow revenue", Outcome::Generic),
            ("{first_name}", Outcome::Generic),
            ("Sourdough tips [Company] 2024", Outcome::Generic),
            ("Hi [Name], we met at RustConf", Outcome::Personal),
            // A history word among template words only is the template's.
            ("Hi [Name], met? Let's connect", Outcome::Generic),
            ("Hi Ann, I help startups grow revenue", Outcome::Personal),
            // A Korean predicate is never a name ("KAIST alumnus here, hi").
            ("카이스트 동문입니다, hi", Outcome::Personal),
            ("김민수, hi", Outcome::Generic),
            ("I'd like to add you to my network 2024", Outcome::Personal),
        ];
        for (note, expected) in cases {
            assert_eq!(run(&e, note).0, expected, "{note:?}");
        }
    }

    #[test]
    fn disguise_is_reported_with_the_outcome() {
        let e = small();
        assert!(run(&e, "I'd like to \u{430}dd you to my network").1);
        assert!(!run(&e, "I'd like to add you to my network").1);
    }

    /// The built-in engine with its shortcuts off: the plain walk.
    fn plain() -> &'static Engine {
        static PLAIN: std::sync::LazyLock<GreetingDetector> = std::sync::LazyLock::new(|| {
            let mut detector = GreetingDetectorBuilder::new().build().unwrap();
            std::sync::Arc::get_mut(&mut detector.engine)
                .unwrap()
                .shortcuts = false;
            detector
        });
        &PLAIN.engine
    }

    /// The built-in engine, shortcuts on.
    fn built_in() -> &'static Engine {
        &BUILT_IN.engine
    }

    /// With slots the memo of repeats is asked first and keeps what a read
    /// found; without, it is neither asked nor filled; nor is it for the
    /// notes the memo of exact stock texts answers.
    #[test]
    fn the_memo_of_repeats_answers_and_keeps() {
        let engine = built_in();
        let note = "Hi! Let's connect";
        let key = repeats::Key::of(note).unwrap();
        let mut buffers = Buffers::default();
        let read = engine.run(note, &mut buffers, 0);
        assert_eq!(read, (Outcome::Generic, false));
        assert_eq!(buffers.repeats.get(engine.id, 8, key, note), None);
        assert_eq!(engine.run(note, &mut buffers, 8), read);
        assert_eq!(buffers.repeats.get(engine.id, 8, key, note), Some(read));
        // A planted verdict is what comes back: the memo is asked first.
        let planted = (Outcome::Personal, true);
        buffers.repeats.insert(engine.id, 8, key, note, planted);
        assert_eq!(engine.run(note, &mut buffers, 8), planted);
        assert_eq!(engine.run(note, &mut buffers, 0), read);
        // Another engine's number finds nothing.
        assert_eq!(buffers.repeats.get(plain().id, 8, key, note), None);
        let stock = "I'd like to join your LinkedIn network.";
        let mut fresh = Buffers::default();
        let _ = engine.run(stock, &mut fresh, 8);
        assert_eq!(fresh.repeats.footprint(), 0);
    }

    /// The built-in vocabulary's homographs: a line that lists one of them
    /// as both kinds of word in one language, or a language past the
    /// bits, would silently change how it reads.
    #[test]
    fn the_built_in_homographs_are_read_in_context() {
        let mut words: Vec<&str> = built_in().homographs.keys().map(|w| &**w).collect();
        words.sort_unstable();
        assert_eq!(words, ["berjumpa", "dun", "hier", "lon", "met", "project"]);
    }

    /// What a detection reports: the outcome, and whether a note that is
    /// not personal was disguised (a personal note may be given up on
    /// before a disguise further on is read).
    fn verdict(engine: &Engine, note: &str) -> (Outcome, bool) {
        let (outcome, disguised) = run(engine, note);
        (outcome, disguised && outcome != Outcome::Personal)
    }

    /// Names of every shape a slot or a signature meets: a common word
    /// inside, a particle, initials, several words, a script without spaces.
    const NAMES: [&str; 8] = [
        "Ana Lima",
        "Nguyễn Văn An",
        "Will May",
        "María del Carmen Ruiz Ortega",
        "J. K. Rowling",
        "张伟",
        "Sam",
        "Bo",
    ];

    /// A catalog text with its slots filled, the sender and the recipient
    /// with the names given.
    fn fill(text: &str, sender: &str, recipient: &str) -> String {
        text.replace("{sender}", sender)
            .replace("{recipient}", recipient)
            .replace("{headline}", "CTO at Acme")
            .replace("{group}", "Rust Berlin")
            .replace("{site}", "Acme Social")
            .replace("{invite_url}", "https://acme.example/i/8K")
            .replace("{profile_url}", "https://acme.example/u/ana")
    }

    /// Pieces of notes: the catalog's texts (slots unfilled), salutations,
    /// names of several shapes, signatures and specific words.
    fn pieces() -> Vec<&'static str> {
        let mut pieces: Vec<&str> = BUILT_IN.stock_texts().map(StockText::text).collect();
        pieces.extend([
            "Hi",
            "Hello Sam,",
            "Dear Anne-Sophie van den Broek,",
            "Bonjour",
            "Hi Ana Lima",
            "Ana Lima",
            "Bo Li",
            "J. K. Rowling",
            "Will",
            "the",
            "of",
            "to my",
            "here!",
            "Best regards,",
            "Thanks!",
            "– Ann",
            "Sent from my iPhone",
            "Data Engineer | AWS",
            "We met at RustConf",
            "your talk on glaciers",
            "[Name]",
            "2024",
            "Berlin",
            "\n",
            ",",
            ".",
            "张伟",
            "我们聊过",
            "&amp;",
            "\u{200B}",
        ]);
        pieces
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// The shortcuts never change a verdict: the verbatim memo, the
        /// walk that ends at a settled stock text, the second-word filters
        /// and the pruned look-ahead give what the plain walk gives.
        #[test]
        fn shortcuts_agree_with_the_plain_walk(
            picks in proptest::collection::vec((0usize..100_000, 0usize..4, proptest::bool::ANY), 1..6),
        ) {
            let pieces = pieces();
            let mut note = String::new();
            for (pick, separator, upper) in picks {
                let piece = fill(
                    pieces[pick % pieces.len()],
                    NAMES[pick % NAMES.len()],
                    NAMES[(pick / NAMES.len()) % NAMES.len()],
                );
                note.push_str(&if upper { piece.to_uppercase() } else { piece });
                note.push_str([" ", "\n", ", ", ""][separator]);
            }
            for note in [note.as_str(), note.trim_end()] {
                proptest::prop_assert_eq!(verdict(built_in(), note), verdict(plain(), note), "{:?}", note);
            }
        }
    }

    #[test]
    fn a_sentence_ending_before_a_text_that_opens_with_a_name_is_no_name() {
        let cases = [
            // Eight words, and five, of a language the vocabulary does not know.
            (
                "Γνωριστήκαμε στο συνέδριο για τα φωτοβολταϊκά στη Θεσσαλονίκη.",
                false,
            ),
            ("Aaaa bbbb cccc dddd eeee.", false),
            // A name, however it ends, with particles and hyphen halves.
            ("María del Carmen Ruiz Ortega,", true),
            ("María del Carmen Ruiz Ortega.", true),
            ("Anne-Sophie van den Broek.", true),
            ("Aaaa bbbb cccc dddd eeee,", true),
        ];
        assert_stock_texts(cases.map(|(opening, stock_text)| {
            let note =
                format!("{opening} vorrei aggiungerti alla mia rete professionale su LinkedIn.");
            (note, stock_text)
        }));
    }

    /// Checks, for each case, whether `before` followed by the case's lines
    /// reads as a stock text, as the case says.
    fn assert_after(before: &str, cases: &[(&str, bool)]) {
        assert_stock_texts(
            cases
                .iter()
                .map(|&(lines, stock_text)| (format!("{before}{lines}"), stock_text)),
        );
    }

    /// Asserts of each note whether the built-in engine reads it as a
    /// stock text.
    fn assert_stock_texts(notes: impl IntoIterator<Item = (String, bool)>) {
        for (note, stock_text) in notes {
            let outcome = run(built_in(), &note).0;
            assert_eq!(
                matches!(outcome, Outcome::Stock(_)),
                stock_text,
                "{note:?}: {outcome:?}"
            );
        }
    }

    /// One word between double quotes inside a name is a nickname,
    /// whatever it means alone; a quoted word anywhere else is read as
    /// what it is.
    #[test]
    fn a_quoted_word_inside_a_name_is_a_nickname() {
        let cases = [
            ("\n\nCiao ciao\nAlessandra \"Ale\" Conti", true),
            ("\n\nBest,\nRobert “Coffee” Lee", true),
            ("\n\nBest,\nRobert «Met» Lee", true),
            // Its closing quote may end the line or the note.
            ("\n\nBest,\nRobert “Coffee”", true),
            ("\n\nBest,\nRobert &quot;Coffee&quot;\nSales Manager", true),
            // Not inside a name: a remark, a quoted word after a closing.
            ("\n\nThanks for the \"coffee\" chat", false),
            ("\n\n\"Coffee\" soon", false),
            ("\n\nBest,\n\"Coffee\" Lee", false),
            // Two words are no nickname: a quoted remark.
            ("\n\nBest,\nRobert \"coffee yesterday\" Lee", false),
        ];
        assert_stock_texts(cases.map(|(decoration, stock_text)| {
            let note = format!("Vorrei aggiungerti al mio elenco contatti.{decoration}");
            (note, stock_text)
        }));
        // A salutation's nickname, its closing quote before the line break.
        assert_stock_texts([(
            "Hallo Johannes «Kaffee»,\nIch würde dich gerne zu meiner Kontaktliste hinzufügen."
                .to_owned(),
            true,
        )]);
    }

    /// A kind of street that is also an everyday word ("via") makes a
    /// signature's line an address only with a number: leading names it is
    /// a referral, the reader's to see, whatever follows (a city and an
    /// employer look alike), so a street without a number is not read.
    #[test]
    fn an_everyday_kind_of_street_needs_a_number() {
        let cases = [
            ("Via Roma 12, 20121 Milano", true),
            ("12 Place Bellecour, Lyon", true),
            ("Policlinico Gemelli, Roma", true),
            ("via Marieke de Graaf", false),
            ("via Marieke de Graaf, Amsterdam", false),
            ("via Sofia Ekström – Spotify", false),
            ("via Anna | Spotify", false),
            ("Place Bellecour, Lyon", false),
            ("via Sofia Ekström", false),
        ];
        assert_after(
            "Vorrei aggiungerti al mio elenco contatti.\n\nKoen Brouwer\nRecruiter\n",
            &cases,
        );
    }

    /// Under a headline a line in Title Case names an organisation or a
    /// place whatever its words mean alone; a line in one case throughout,
    /// one that speaks to the reader or tells of a shared past, and one
    /// right after the name (a remark, "KubeCon Paris", as often) do not.
    #[test]
    fn a_line_in_title_case_under_a_headline_names_an_organisation() {
        let cases = [
            ("Doctors Without Borders", true),
            ("Bank of America\nBoston, MA", true),
            ("Austin, TX", true),
            ("Itaú Unibanco\nSão Paulo, SP", true),
            ("Ambassade de France au Canada\nWien, Österreich", true),
            ("Fellow Dog Lover", false),
            ("DOCTORS WITHOUT BORDERS", false),
            ("doctors without borders", false),
            ("See You At KubeCon Berlin", false),
            ("We Met At KubeCon Berlin", false),
            ("Thanks For The Lisbon Tour", false),
            ("Save the children of Lisbon", false),
            // A capitalised word, a small one and a name: the shape of a
            // sentence's opening as much as of a name ("Wedding in Rome").
            ("Save the Children", false),
            ("Wedding in Rome", false),
        ];
        assert_after(
            "I'd like to add you to my professional network on LinkedIn.\n\nAnna Lee\nProgram Officer\n",
            &cases,
        );
        assert_after(
            "I'd like to add you to my professional network on LinkedIn.\n\nAnna Lee\n",
            &[("Doctors Without Borders", false)],
        );
    }

    /// A line with a word of printing, one of the environment and one of
    /// sparing among everyday words is a footer's plea to spare paper, in
    /// any wording and script; without any of them, or with a word of
    /// shared history, the reader's or a name the vocabulary does not
    /// know, it is a remark.
    #[test]
    fn a_plea_to_spare_paper_closes_a_note() {
        let cases = [
            ("Before printing, please think about the environment.", true),
            (
                "Antes de imprimir este correo, piense en el medio ambiente.",
                true,
            ),
            (
                "Der Umwelt zuliebe: Bitte prüfen Sie, ob der Ausdruck dieser E-Mail wirklich nötig ist.",
                true,
            ),
            ("Pikirkan lingkungan sebelum mencetak email ini.", true),
            ("打印前请考虑环保。", true),
            ("環境保護のため、このメールの印刷はお控えください。", true),
            ("인쇄 전에 환경을 생각해 주세요.", true),
            ("Please think about the environment.", false),
            ("I print books about the environment.", false),
            (
                "Fixed the print bug in the test environment, as promised.",
                false,
            ),
            (
                "Printed the environment report for our call yesterday",
                false,
            ),
            ("Printed your thesis on recycled paper, as promised!", false),
            ("Loved your print of the Berlin environment", false),
        ];
        assert_after(
            "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnna Lee\n",
            &cases,
        );
    }

    /// One everyday word between an app's name and a system's joins them
    /// in a device footer ("Sent from Outlook for Android"), in any
    /// language; two words, a word of the reader's, or a joiner with no
    /// device after it do not.
    #[test]
    fn a_footer_joins_an_app_to_its_system() {
        let cases = [
            ("Sent from Outlook for Android", true),
            ("Envoyé de Outlook pour Android", true),
            ("Enviado desde Outlook para Android", true),
            ("Gửi từ Outlook cho Android", true),
            ("Надіслано з Outlook для Android", true),
            ("Sent from Outlook for my Android", false),
            ("Sent from Outlook for your Android", false),
            ("Sent from Outlook for lunch", false),
        ];
        assert_after(
            "I'd like to add you to my professional network on LinkedIn.\n\n",
            &cases,
        );
    }

    #[test]
    fn every_stock_text_in_every_decoration_agrees_with_the_plain_walk() {
        const DECORATIONS: [&str; 7] = [
            "{text}",
            "Hi {name},\n\n{text}",
            "HI {name}! {text}",
            "{text}\n\nBest regards,\n{name}",
            "{name}\n{text}",
            "{text} We met at RustConf in 2024.",
            "Hello {name}, {text} – {name}\nData Engineer | AWS",
        ];
        let mut checked = 0;
        for stock in BUILT_IN.stock_texts() {
            for (n, name) in NAMES.iter().enumerate() {
                let text = fill(stock.text(), name, NAMES[(n + 1) % NAMES.len()]);
                for decoration in DECORATIONS {
                    let note = decoration.replace("{text}", &text).replace("{name}", name);
                    assert_eq!(
                        verdict(built_in(), &note),
                        verdict(plain(), &note),
                        "{note:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 25_000);
    }
}
