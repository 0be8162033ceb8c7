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
//!
//! This module holds the engine and the walk; `grammar` holds the phases,
//! the state sets and the step over one word. What the walk asks of the
//! words around a position is read in submodules named after the part of a
//! note they know: `templates` (stock texts and
//! pattern sentences), `names` (where a listed word is still a name, and
//! names written without spaces), `story` (phrases of shared history),
//! `clause` (readings that depend on the clause: fields, roles, periods,
//! pitches, quotes), and the parts of a signature, `headline`, `contact`
//! and `footer`. `body` finds a note's frame for its fingerprint.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};

use foldhash::fast::FixedState;
use regex::RegexSet;

use super::catalog::{Segment, Template};
use super::homograph::{self, Homographs, Languages, Reading};
use super::inflection::Inflections;
use super::lexicon::WordClasses;
use super::mail_merge::MergeFields;
use super::normalize::{Case, Scratch, Tokens, WordFlags};
use super::repeats::{self, Repeats};

mod body;
mod clause;
mod contact;
mod footer;
mod grammar;
mod headline;
mod names;
mod story;
mod templates;

use grammar::{Phases, States, solo_done, step};

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
    /// The catalog's templates, then those a platform opens with a
    /// salutation to the reader without it ([`Template::unsaluted`]), then
    /// those for the other spellings of their first literals
    /// ([`Template::split_first_spellings`]), each holding its text's
    /// entry.
    pub(crate) templates: Vec<Template>,
    /// How many of `templates` are the catalog's own (the rest read them
    /// without their salutation or spelled otherwise).
    pub(crate) stock_texts: usize,
    words: HashMap<Box<str>, WordInfo, FixedState>,
    /// Templates grouped by the first word of their first literal.
    starts: Vec<Start>,
    /// The most words a template's leading slots can take.
    max_lead: usize,
    /// Flags no leading slot of any template reads across (a line break,
    /// for names also a comma or a spaced dash).
    lead_stop: WordFlags,
    /// A Bloom filter over the first literal words of templates that open
    /// with a slot ([`WordFilter`]): most words skip the lookup that lead
    /// templates would need.
    lead_words: WordFilter,
    /// The words of a field of work (see [`Run::names_field`]): most words
    /// are ruled out without a look-up.
    field_words: WordFilter,
    /// The words that introduce the sender's role, alone or as a phrase's
    /// first (see [`Run::names_role`]).
    role_words: WordFilter,
    /// The words of printing and of typing slips, and the first words of
    /// their phrases: a plea to spare paper or an apology for a phone's
    /// typing holds one ([`Run::footer`]).
    line_keys: WordFilter,
    /// Vocabulary entries of several words, grouped by their first word.
    phrases: Vec<Phrase>,
    /// The most words a `pending` entry holds ("dès à présent": three), for
    /// the look before a thank-you (see [`Run::thanked_before`]).
    pending_words: usize,
    /// The most words a `wish` entry holds ("in bocca al lupo": four), for
    /// the look before an occasion (see [`Run::wished_near`]).
    wish_words: usize,
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
    /// The words a mail merge names its fields with.
    merge_fields: MergeFields,
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
        mut templates: Vec<Template>,
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
        let longest = |class: WordClasses| {
            phrases
                .iter()
                .filter(|p| p.classes.contains(class))
                .map(|p| p.words)
                .fold(1, usize::max)
        };
        let (pending_words, wish_words) =
            (longest(WordClasses::PENDING), longest(WordClasses::WISH));
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
        let stock_texts = templates.len();
        let salutes = |word: &str| {
            words
                .get(word)
                .is_some_and(|info| info.classes.contains(WordClasses::SALUTATION))
        };
        let unsaluted: Vec<Template> = templates
            .iter()
            .filter_map(|t| t.unsaluted(salutes))
            .collect();
        templates.extend(unsaluted);
        let respelled: Vec<Template> = templates
            .iter_mut()
            .flat_map(Template::split_first_spellings)
            .collect();
        templates.extend(respelled);
        // Rows that normalise alike (Skype's two spellings, a text and
        // another's respelling) are matched once, as the first of them.
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
                lead_filter.insert(first_word(text));
            }
        }
        let (mut field_filter, mut role_filter) = (WordFilter::default(), WordFilter::default());
        let mut key_filter = WordFilter::default();
        for (word, info) in &words {
            if (info.classes | info.phrased).intersects(footer::KEYS) {
                key_filter.insert(word);
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
            stock_texts,
            words,
            starts,
            max_lead,
            lead_stop,
            lead_words: lead_filter,
            field_words: field_filter,
            role_words: role_filter,
            line_keys: key_filter,
            phrases,
            pending_words,
            wish_words,
            inflections,
            patterns,
            lead_common,
            verbatim: HashMap::with_hasher(FixedState::default()),
            verbatim_len: 0,
            street_endings: Endings::default(),
            field_endings: Endings::default(),
            merge_fields: MergeFields::default(),
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
        let verbatim: HashMap<Box<str>, (Outcome, bool), FixedState> = self.templates
            [..self.stock_texts]
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

    /// The engine with these names of mail-merge fields.
    pub(crate) fn with_merge_fields(mut self, fields: MergeFields) -> Engine {
        self.merge_fields = fields;
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
        if is_unlisted(info.classes) {
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

/// What the opening of a note read so far says of its placeholders (see
/// [`Run::read_opening`]).
#[derive(Debug, Default)]
struct Opening {
    /// Whether the note's first sentence or line is read, or has held a
    /// word other than salutations, titles and placeholders.
    closed: bool,
    /// Words before this stand in a salutation or title of several words.
    framed: usize,
    /// Whether a placeholder stands where the reader's name goes: the
    /// note was written to nobody in particular.
    addressed: bool,
    /// Whether a name of the reader's own stands there (see
    /// [`Run::greets_name`]): the note was filled in for someone.
    named: bool,
}

/// Classes of words that are no name greeted (see [`Run::greets_name`]).
const NO_GREETED_NAME: WordClasses = WordClasses::GENERIC
    .union(WordClasses::SIGN_OFF)
    .union(WordClasses::HISTORY);

/// The most words, or characters of a script without spaces, of a name
/// that [`Run::greets_name`] reads after a salutation: "María del Carmen
/// Ruiz Ortega" has five.
const MAX_GREETED_NAME: usize = 6;

/// The most of a name that opens a note with no salutation before it
/// ("Paolo, …", "현우야, …"): a short first phrase and a comma is a name
/// less surely than one after "Hi".
const MAX_UNSALUTED_NAME: usize = 4;

/// The most words after a word or phrase of a talk or an event still to
/// come that it offers ("we're hosting our Growth Summit", "zapraszam na
/// nasz bezpłatny webinar"): further on, the clause tells of something
/// else ("let's stay in touch after meeting you at KubeCon Paris"). Five
/// words offered more templates of the round's sets, and read 24 of a
/// review's 331 personal notes as templates where four read 12.
const COMING_AHEAD: usize = 4;

/// The most words after a word of shared history that a word of a talk
/// or an event still to come makes it the template's from ("a coffee next
/// week", "مكالمة قصيرة معك الأسبوع القادم"): further on, the history was
/// told before the proposal.
const COMING_REACH: usize = 3;

/// The most letters of a thank-you's abbreviation ("thx", "tks"), which
/// [`Sentence::thanked`] leaves unread.
const MAX_THANKS_ABBREVIATION: usize = 3;

/// What one sentence of a note with a placeholder or a pitch tells (see
/// [`Run::unread`]).
#[derive(Debug, Default)]
struct Sentence {
    /// A word of shared history stands in it.
    told: bool,
    /// One stands in it that no word of a talk or an event still to come
    /// makes the template's ([`Sentence::read_history`]).
    recalled: bool,
    /// Where the earliest word or phrase of shared history in the clause
    /// being read ends, if a word of a talk to come may still make it the
    /// template's: a position in the note, its words weighed (see
    /// [`Sentence::read_history`]).
    pending: Option<usize>,
    /// Words of the clause being read that stand before this position
    /// (weighed likewise) are what a word of a talk to come offers.
    offered_until: usize,
    /// A word of shared history stands in the clause being read.
    clause_told: bool,
    /// A word of doing it again or of a time past stands in the clause
    /// being read ([`WordClass::Again`](super::lexicon::WordClass::Again),
    /// [`WordClass::Past`](super::lexicon::WordClass::Past)).
    again: bool,
    /// It asks for minutes: a number, then a word of duration (only a
    /// pitch asks so; "We chatted for 15 min after your talk" tells of a
    /// meeting unless it is a question).
    asks: bool,
    /// A word the vocabulary cannot read, or a given name, stands in it.
    specific: bool,
    /// A thank-you stands in it: a word of more than
    /// [`MAX_THANKS_ABBREVIATION`] letters, or a phrase.
    thanked: bool,
}

/// What the sentences of a note tell, read one way (see [`Run::unread`]).
#[derive(Debug, Default, Clone, Copy)]
struct Told {
    /// A sentence tells of a shared history by a word of one.
    history: bool,
    /// A sentence thanks beside something specific.
    thanked: bool,
}

impl Told {
    /// Adds what one sentence tells ([`Sentence::shares`]).
    fn add(&mut self, sentence: Told) {
        self.history |= sentence.history;
        self.thanked |= sentence.thanked;
    }
}

impl Sentence {
    /// Reads a word of the clause: whether a word or phrase of shared
    /// history starts there, and whether one of a talk or an event still
    /// to come ([`WordClass::Upcoming`](super::lexicon::WordClass::Upcoming))
    /// does. A history word at most [`COMING_AHEAD`] words after such a
    /// word in its clause names what the template offers ("let's grab a
    /// coffee", "zapraszam na nasz bezpłatny webinar", "önümüzdeki hafta …
    /// görüşme"), and so does one at most [`COMING_REACH`] words before it
    /// ("a coffee next week", "rozmowę w przyszłym tygodniu"); further
    /// from it, the clause tells of something else ("let's stay in touch
    /// after meeting you at KubeCon Paris", "next week I'll try the crate
    /// you showed me at the Porto meetup").
    ///
    /// `at` is where the word stands, words weighed as a line's are (a
    /// character of a script without spaces a third of a word, its vowel
    /// signs nothing); `history` is the weight of the rest of a phrase of
    /// shared history starting there (the reach after it counts from its
    /// last word: "un café à Lyon la semaine prochaine"), `to_come` the
    /// weight of a phrase of a talk to come starting there.
    fn read_history(
        &mut self,
        at: usize,
        history: Option<usize>,
        to_come: Option<usize>,
        again: bool,
    ) {
        const REACH: usize = COMING_REACH * headline::WORD_WEIGHT;
        const AHEAD: usize = COMING_AHEAD * headline::WORD_WEIGHT;
        self.told |= history.is_some();
        self.clause_told |= history.is_some();
        self.again |= again;
        if self
            .pending
            .is_some_and(|end| at.saturating_sub(end) > REACH)
        {
            self.recalled = true;
            self.pending = None;
        }
        if let Some(weight) = to_come {
            self.offered_until = self.offered_until.max(at + weight + AHEAD);
            self.pending = None;
        }
        if let Some(rest) = history {
            if at >= self.offered_until && self.pending.is_none() {
                self.pending = Some(at + rest);
            }
        }
    }

    /// Ends the clause being read: at a comma, a dash, a conjunction
    /// ("and", "y", "и") or the sentence's end. A talk to come proposed
    /// again, or beside a time past, continues or repeats one that
    /// happened ("umówmy się znów na kawę jak wczoraj", "let's continue
    /// our chat from the Spotify meetup"): its history words are told.
    fn end_clause(&mut self) {
        self.recalled |= self.pending.is_some() || (self.clause_told && self.again);
        self.pending = None;
        self.offered_until = 0;
        self.clause_told = false;
        self.again = false;
    }

    /// What the sentence tells of a shared history, by a word of one and
    /// by a thank-you, read in a note filled in for someone and in one
    /// written to nobody in particular (to an unfilled name, see
    /// [`Opening`], or with a field left unfilled); `asked` says whether
    /// the sentence is a question, and is asked at most once. A history
    /// word tells of one unless the sentence asks for minutes or, in a
    /// note written to nobody in particular, is a question or names
    /// nothing specific; a thank-you does beside something specific (in a
    /// note with a placeholder: see [`Run::unread`]).
    fn shares(&self, asked: impl FnOnce() -> bool) -> (Told, Told) {
        let thanked = self.thanked && self.specific;
        let filled = Told {
            history: self.told,
            thanked,
        };
        let to_nobody = Told {
            history: self.recalled && self.specific,
            thanked,
        };
        // Whether a reading's history goes if the sentence is a question.
        let unasked = |told: Told, to_nobody: bool| {
            (told.history || told.thanked) && (self.asks || to_nobody)
        };
        let question = (unasked(filled, false) || unasked(to_nobody, true)) && asked();
        let read = |told: Told, to_nobody: bool| {
            if question && unasked(told, to_nobody) {
                Told::default()
            } else {
                told
            }
        };
        (read(filled, false), read(to_nobody, true))
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
    /// Whether a thank-you (or a word that thanks) has been read at a live
    /// position: only then may a favour of several words follow one (see
    /// [`Run::shared_phrase`]).
    thanks_read: bool,
    /// The quoted passage found last (see [`Run::in_quotes`]): its words,
    /// and the first word not yet looked at for an opening quote.
    quoted: std::ops::Range<usize>,
    quotes_seen: usize,
    /// Whether a sales pitch was read at a live position (see
    /// [`Run::pitches`]).
    pitched: bool,
    /// The states a footer line that ends the note reached (see
    /// [`Run::finish`]).
    footed: States,
    /// Where the last wish of several words read from a live position
    /// ends ("kila la heri"; see [`Run::wished_name`]).
    wished_at: usize,
    /// The sentence judged last as a headline the sender gives themself,
    /// and whether it is one (see [`Run::heads_sentence`]); it says only
    /// what the words hold, so a restart keeps it.
    own_headline: (std::ops::Range<usize>, bool),
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
            footed: States::NONE,
            wished_at: usize::MAX,
            own_headline: (0..0, false),
        };
        run.restart();
        run
    }
}

impl Run<'_, '_, '_, '_> {
    /// Forgets every reading, to walk the words again from the start (the
    /// words themselves are kept, and so are `unspaced_tells` and
    /// `own_headline`, which say only what the words hold; `said_from` means
    /// nothing until `said_until` passes a word again).
    fn restart(&mut self) {
        self.reach.clear();
        self.stock.clear();
        (self.horizon, self.lead_until, self.lead_common) = (0, 0, 0);
        (self.story_until, self.retold_until, self.said_until) = (0, 0, 0);
        self.thanked_until = 0;
        self.thanks_read = false;
        (self.quoted, self.quotes_seen) = (0..0, 0);
        self.footed = States::NONE;
        self.wished_at = usize::MAX;
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
    /// an unfilled placeholder ("Hi \[Name\], I help startups like yours grow
    /// revenue"). A placeholder nobody filled in is the surest sign of a
    /// pasted template whatever else the template says, unless the note
    /// tells of a shared history: a word of one together with something
    /// specific ("\[Name\], great to meet you at RustConf"). So a note with a
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
    ///
    /// So are the words of a question in a note written to an unfilled
    /// name ([`Opening`]), or with a field left unfilled anywhere ("Hi
    /// Maria, I noticed \[Company\] is growing. Open to a call?"): written
    /// to nobody in particular, it proposes what it names ("Le andrebbe
    /// una breve call conoscitiva?"), the template's ask, as a pitch's is;
    /// and there a history is shared only beside something specific in
    /// its sentence ("I'd love to set up a short call next week" tells of
    /// none). In any note with a
    /// placeholder, a thank-you beside something specific tells of one
    /// ("vielen Dank für die Führung durch eure Brauerei in Bamberg"),
    /// though no history word names it ([`Sentence::shares`]).
    ///
    /// A note greeting its reader by a name of their own
    /// ([`Run::greets_name`]) was filled in for someone: text there in
    /// single square or angle brackets or braces, as prose, chat and code
    /// write them, is an aside, a tag or an attachment ("\[sic\]",
    /// "\[EN\]", "\[photo\]"), no placeholder, unless its words name a
    /// mail-merge field ("Hi Maria, I noticed \[Company\] is growing": see
    /// [`MergeFields`]).
    fn unread(&mut self) -> Outcome {
        if self.history_is_body || (!self.pitched && !self.tokens.may_hold_placeholder()) {
            return Outcome::Personal;
        }
        let (mut field, mut bracketed) = (false, false);
        // What the sentences tell read as a filled-in note's, and as one
        // written to nobody in particular's (see `Sentence::shares`).
        let (mut told, mut told_to_nobody) = (Told::default(), Told::default());
        let mut sentence = Sentence::default();
        let mut opening = Opening::default();
        let pitched = self.pitched;
        // Words before this stand in a phrase of a talk to come or past.
        let mut phrased_until = 0;
        // Where word `k` stands in the note, its words weighed (see
        // `Sentence::read_history`).
        let mut at = 0;
        let mut k = 0;
        while self.tokens.has(k) {
            let flags = self.tokens.word(k).flags;
            if k > 0 && flags.intersects(WordFlags::SENTENCE | WordFlags::LINE) {
                sentence.end_clause();
                let (filled, to_nobody) = sentence.shares(|| self.asked(k));
                told.add(filled);
                told_to_nobody.add(to_nobody);
                sentence = Sentence::default();
                opening.closed = true;
            }
            if flags.contains(WordFlags::PLACEHOLDER) {
                if flags.contains(WordFlags::BRACKETED)
                    && !self.engine.merge_fields.names(self.tokens.placeholder(k))
                {
                    bracketed = true;
                } else {
                    field = true;
                }
            }
            let info = self.info(k);
            self.read_opening(k, flags, info, &mut opening);
            let (classes, _) = self.in_context(k, self.engine.classes(self.tokens.text(k), info));
            let to_come = word_or_phrase(
                self.engine,
                &mut self.tokens,
                k,
                info,
                WordClasses::UPCOMING,
            );
            let past = word_or_phrase(
                self.engine,
                &mut self.tokens,
                k,
                info,
                WordClasses::PAST.union(WordClasses::AGAIN),
            );
            for (words, _) in to_come.into_iter().chain(past) {
                phrased_until = phrased_until.max(k + words);
            }
            // A conjunction that opens or stands inside a phrase of a talk
            // to come or past is the phrase's (Dutch "u uitnodigen",
            // Swedish "en till": Spanish "u" and Dutch "en" join clauses).
            if k > 0
                && (flags.intersects(WordFlags::BOUNDARY)
                    || (k >= phrased_until && info.classes.contains(WordClasses::CONJUNCTION)))
            {
                sentence.end_clause();
            }
            let history = if classes.contains(WordClasses::HISTORY) {
                Some(1)
            } else if info.phrases > 0 {
                self.phrase_at(k, info, WordClasses::HISTORY)
                    .map(|(words, _)| words)
            } else {
                None
            };
            // Reaches are weighed as a line's words are: a character of a
            // script without spaces a third of a word, its vowel signs
            // nothing ("下周和您约一个简短的电话" reaches as far as "next
            // week … a short call").
            let weight = self.weight(k, true);
            sentence.read_history(
                at,
                history.map(|words| (words - 1) * weight),
                to_come.map(|(words, _)| words * weight),
                past.is_some(),
            );
            at += weight;
            // Not a thank-you's abbreviation ("ty", "ta", "thx"): those are
            // words of other languages too ("công ty", a company).
            sentence.thanked |= (classes.intersects(WordClasses::THANKING_ANY)
                && self
                    .tokens
                    .text(k)
                    .chars()
                    .nth(MAX_THANKS_ABBREVIATION)
                    .is_some())
                || (info.phrases > 0
                    && self.phrase_at(k, info, WordClasses::THANKING_ANY).is_some());
            // Placeholders and numbers are what templates fill; a listed
            // given name is one when capitalised ("Can"), a word in small
            // letters ("per").
            sentence.specific |= !flags.intersects(WordFlags::PLACEHOLDER | WordFlags::DIGIT)
                && (is_unlisted(classes) || is_given_name(classes, self.tokens.case(k)));
            sentence.asks |= pitched
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
        sentence.end_clause();
        let (filled, to_nobody) = sentence.shares(|| self.asked(k));
        told.add(filled);
        told_to_nobody.add(to_nobody);
        // In a note filled in for someone, brackets as prose writes them
        // hold an aside, a tag or an attachment, not a field.
        let placeholder = field || (bracketed && !opening.named);
        // A note with an unfilled name or field was written to nobody in
        // particular, wherever the field stands ("Hi Maria, I noticed
        // [Company] is growing. Open to a call?").
        let Told {
            mut history,
            thanked,
        } = if opening.addressed || field {
            told_to_nobody
        } else {
            told
        };
        // A thank-you tells of one only in a note with a placeholder, not
        // in a pitch alone ("Thank you Anna for accepting. We offer …" is
        // a template).
        history |= placeholder && thanked;
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

    /// Reads word `k` (with `flags` and entry `info`) into `opening`: a
    /// placeholder after the salutation, titles and honorifics that open
    /// the note, words or phrases ("Beste {voornaam},", "Sayın {{Ad
    /// Soyad}}", "ສະບາຍດີ {ຊື່}"), names the reader; so does one that opens
    /// the note with a break or a title right after it ("{{first_name}},
    /// …", "{氏名}様"), or an honorific or a greeting written onto it, as
    /// scripts other than Latin write them ("{이름}님", "\[Name\]你好"). With
    /// a space between, a greeting opens the note after a tag ("\[EN\] Hi
    /// Maria, …"), which names nobody.
    fn read_opening(&mut self, k: usize, flags: WordFlags, info: WordInfo, opening: &mut Opening) {
        let frame = FRAMING | WordClasses::TITLE;
        if k == 1 && self.tokens.word(0).flags.contains(WordFlags::PLACEHOLDER) {
            opening.addressed |= flags.intersects(WordFlags::BOUNDARY)
                || info.classes.intersects(WordClasses::TITLE)
                || (!flags.contains(WordFlags::SPACE)
                    && !self.tokens.text(k).is_ascii()
                    && self.begins(k, info, frame));
        }
        if opening.closed {
            return;
        }
        if flags.contains(WordFlags::PLACEHOLDER) {
            opening.addressed |= k > 0;
        } else if k >= opening.framed {
            match word_or_phrase(self.engine, &mut self.tokens, k, info, frame) {
                Some((words, _)) => opening.framed = k + words,
                None => {
                    opening.closed = true;
                    opening.named = !opening.addressed && self.greets_name(k, opening.framed > 0);
                }
            }
        }
    }

    /// Whether a name of the reader's own starts at word `k`, the first
    /// past the salutation, titles and tags that open the note (`saluted`:
    /// a salutation or title stands before it). A name is at most
    /// [`MAX_GREETED_NAME`] words, or characters of a script without
    /// spaces ([`MAX_UNSALUTED_NAME`] with no salutation before it), none of
    /// them a placeholder, a number, or a word of a template, a closing or
    /// a shared history (a listed given name capitalised is a name, as
    /// everywhere: "Can" is an English word too); then comes a break, the
    /// note's end, a particle, title, honorific or greeting, or, after a
    /// salutation, text in brackets ("Ciao Paolo, …", "Привет, Оля! …",
    /// "Anne van den Broek", "佐藤さん、…", "李娜你好，…", "준호 선배, …",
    /// "أهلًا نور \[يلوّح\]،"). A mail merge fills that place first, so a
    /// note with a name there was written to someone in particular.
    fn greets_name(&mut self, k: usize, saluted: bool) -> bool {
        let frame = FRAMING | WordClasses::TITLE;
        let longest = if saluted {
            MAX_GREETED_NAME
        } else {
            MAX_UNSALUTED_NAME
        };
        let mut j = k;
        while self.tokens.has(j) {
            let flags = self.tokens.word(j).flags;
            let info = self.info(j);
            if j > k
                && (flags.intersects(WordFlags::BOUNDARY)
                    || (saluted
                        && flags.contains(WordFlags::PLACEHOLDER.union(WordFlags::BRACKETED)))
                    || self.begins(j, info, frame))
            {
                return true;
            }
            let classes = self.engine.classes(self.tokens.text(j), info);
            // A listed given name is a first name when capitalised, as
            // everywhere ("Merhaba Can,").
            let given = is_given_name(classes, self.tokens.case(j));
            if j - k == longest
                || flags.intersects(WordFlags::PLACEHOLDER | WordFlags::DIGIT)
                || (classes.intersects(NO_GREETED_NAME) && !given)
            {
                return false;
            }
            j += 1;
        }
        j > k
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
        // "dir" as a name, "Valeu!" is a closing), and so may a footer
        // line: pleas to spare paper often end with one ("Avant
        // d'imprimer, pensez à l'environnement !").
        if self.tokens.flags_or_end(n).contains(WordFlags::EXCLAIM) {
            let named = Phases::SIGS.without(Phases::SIG1 | Phases::SIGC1) | Phases::HEAD;
            pure = pure.without(named) | self.footed.pure;
            generic = generic.without(named) | self.footed.generic;
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
        // A word that thanks, or a phrase that does and is no body
        // material (those are read below, with the grammar's phrases).
        self.thanks_read |= info.classes.intersects(WordClasses::THANKING_ANY)
            || (info.phrased.contains(WordClasses::THANKING)
                && self.phrase_at(i, info, WordClasses::THANKING).is_some());
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
        // people in general, a word of the sender's title: what the
        // word's clause makes of it.
        let (mut classes, favoured) = self.in_context(i, classes);
        // In a note's body, its first word too, a compound that names a
        // field of work, the words that name the sender's field beside a
        // word of a field, those of the sender's role in a
        // self-introduction or a headline and a count of years are body
        // material.
        if any.intersects(Phases::BODY | Phases::START)
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
        if any.contains(Phases::SIGC2) && self.thanked_name_goes_on(i, flags) {
            flags |= WordFlags::TITLED;
        }
        if i == self.wished_at && any.intersects(Phases::BODY) && self.wished_name(i, flags) {
            flags |= WordFlags::WISHED;
        }
        // A nickname is a name whatever it means alone, but no predicate
        // and no word of a phrase of shared history is one.
        let name = (is_name(classes, flags)
            || self.after_particle(i, any, classes, flags)
            || self.nickname(i, any, flags)
            || ((frames_name(any, flags) || any.intersects(Phases::NAMES | Phases::SIGS))
                && self.first_name(i, classes, flags)))
            && !predicate
            && !story
            && !retold
            && i >= self.thanked_until
            && !self.inflected_name(i);
        self.read(i + 1, states, classes, flags, name);
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
                    // A wish of several words ("Hyvää jatkoa"): a name
                    // may follow it on its line (see `Run::wished_name`);
                    // not the end of a thank-you read as a pleasantry
                    // ("มากครับ" of "ขอบพระคุณมากครับ"), after which a name
                    // is short.
                    if phrase.classes.contains(WordClasses::SIGN_OFF)
                        && !phrase.classes.intersects(WordClasses::CLOSER)
                        && i + phrase.words > self.thanked_until
                    {
                        self.wished_at = i + phrase.words;
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
}

/// How many phrases starting with one word make a run long enough to be
/// searched by their second word (see [`candidates`]).
const LONG_RUN: usize = 12;

/// How many parts of a hyphenated word [`Run::recased`] looks back through
/// for its first ("Saint-Germain-en-Laye"), so a word costs a bounded
/// look-back.
const MAX_NAME_PARTS: usize = 4;

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
/// The fewest bytes before a field's ending in a compound that names a
/// field ("automobil-branche"; "um-welt" is none).
const MIN_COMPOUND_HEAD: usize = 4;

/// How many words back a thank-you makes a favour a shared history ("thank
/// you so much for all your help": seven).
const FAVOUR_REACH: usize = 8;

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

/// Whether a name is looked for at a word with `flags` where the readings
/// stand at `any`: after a salutation word, after a closing, after the
/// particles a signature's name opens with ("I Made Sukarta", Balinese;
/// see [`Run::first_name`]), and after the body, after a dash or first on
/// a line, where a signature's name stands ("– Grace Kim", "…⏎Will
/// Hopper": the surname must follow, capitalised, so "…⏎Will call you"
/// is no name).
fn frames_name(any: Phases, flags: WordFlags) -> bool {
    any.intersects(Phases::GREET | Phases::CLOSED | Phases::SIGP)
        || (flags.intersects(WordFlags::DASH | WordFlags::LINE) && any.intersects(Phases::BODY))
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

/// A Bloom filter of words keyed by their first and last bytes and their
/// length: false positives possible, no false negatives. 1,024 bits, so
/// that a few hundred words leave most of it empty.
#[derive(Debug, Default, Clone, Copy)]
struct WordFilter([u64; 16]);

impl WordFilter {
    /// The filter's bit of a word: its first and last bytes and its
    /// length, mixed (the first byte and the length alone leave words of
    /// one initial and length alike: "me", "mi").
    fn bit(word: &str) -> usize {
        let bytes = word.as_bytes();
        let [first, last] =
            [bytes.first(), bytes.last()].map(|b| u64::from(b.copied().unwrap_or(0)));
        let mixed =
            (first << 16 | last << 8 | bytes.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 54) as usize
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

/// Whether no list holds a word of `classes` but for the classes it has
/// only beside other words ([`WordClasses::CONTEXTUAL`]): a word the
/// vocabulary does not account for, a name or something specific.
fn is_unlisted(classes: WordClasses) -> bool {
    classes.without(WordClasses::CONTEXTUAL).is_empty()
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
    let Some((thanks, _)) = word_or_phrase(engine, tokens, k, info, WordClasses::THANKING_ANY)
    else {
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

/// Whether a word of `classes` written in `case` is a listed given name
/// read as one: capitalised ("Can", "Will"); in small letters it is the
/// word it also is ("can", Portuguese "uma").
fn is_given_name(classes: WordClasses, case: Case) -> bool {
    classes.contains(WordClasses::GIVEN) && case == Case::Capital
}

/// The first word of a normalised text (words separated by single
/// spaces).
fn first_word(text: &str) -> &str {
    &text[..text.bytes().position(|b| b == b' ').unwrap_or(text.len())]
}

/// Whether a word counts as common in a slot holding a proper name: it has
/// a generic use, is no particle ("van", "de"), and is not an initial, a
/// hyphen's second half or a character of a script without spaces.
fn is_common(classes: WordClasses, flags: WordFlags) -> bool {
    classes.intersects(WordClasses::GENERIC | WordClasses::SIGN_OFF)
        && !classes.intersects(WordClasses::PARTICLE)
        && !flags.intersects(WordFlags::INITIAL | WordFlags::JOINED | WordFlags::UNSPACED)
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
        // Past two words where the name's words are capitalised alike
        // ("Takk fyrir Guðrún Ósk Magnúsdóttir").
        assert_eq!(
            st(Phases::SIGC2, NAME, WordFlags::TITLED).pure,
            Phases::SIG3
        );
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

    /// A line with a word of printing, one of the environment (or of
    /// saving paper) and one of sparing among everyday words is a footer's
    /// plea to spare paper, in any wording and script, and so is a plea
    /// the vocabulary holds whole after everyday words; without the
    /// environment, or with a word of shared history, the reader's or a
    /// name the vocabulary does not know, it is a remark.
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
            ("Seja ecológico: evite imprimir.", true),
            // The forms pleas are written in, and saving paper.
            ("Zanim wydrukujesz tego maila, pomyśl o środowisku.", true),
            ("Spara papper, skriv inte ut i onödan.", true),
            (
                "Ahorra papel, no imprimas este mensaje si no es necesario.",
                true,
            ),
            ("🌿 Подумайте об экологии перед печатью.", true),
            ("BITTE NICHT AUSDRUCKEN – DER UMWELT ZULIEBE!", true),
            // A plea the vocabulary holds whole, after everyday words.
            (
                "Пожалуйста, не распечатывайте это письмо без необходимости.",
                true,
            ),
            ("環保從你我做起，列印前請三思。", true),
            ("Please think about the environment.", false),
            ("Don't print the email, I'll bring copies", false),
            ("Printed the Android guide before Friday", false),
            ("I think I printed it before", false),
            // Without the environment the other words tell a plan, a
            // reminder or a friend's practical word as often, so a plea
            // that names no environment is missed.
            ("I printed this e-mail before my flight.", false),
            ("Pensez à imprimer les billets avant le départ !", false),
            (
                "No es necesario imprimir las entradas, van en el móvil.",
                false,
            ),
            (
                "Nie drukuj tego maila, po prostu weź rakietę w sobotę",
                false,
            ),
            (
                "Antes de imprimir este e-mail pense bem se é mesmo necessário.",
                false,
            ),
            // A phrase is one reason, whatever its words; nature and
            // forests alone are a remark's; a whole plea is no prefix of a
            // remark.
            ("Yeşil düşünün, yazdırın.", false),
            (
                "Please consider printing the nature photos for the office wall.",
                false,
            ),
            ("Erst denken, dann drucken, wie Oma immer sagte.", false),
            ("I print paper books only when necessary", false),
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

    /// A footer line that ends the note may end with "!" (pleas to spare
    /// paper often do); a headline or a name of several words that ends
    /// the note so is a remark.
    #[test]
    fn a_footer_may_end_the_note_exclaimed() {
        let cases = [
            ("Avant d'imprimer, pensez à l'environnement !", true),
            (
                "Please consider the environment before printing this email!",
                true,
            ),
            (
                "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken!",
                true,
            ),
            ("Sent from my iPhone!", true),
            ("Program Manager!", false),
            ("Great keynote in Tartu!", false),
            ("Printed your thesis on recycled paper, as promised!", false),
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
            // Two everyday words join as one does ("के लिए", for): a line
            // of a footer's words and names tells nothing of the reader,
            // whatever its possessive says.
            ("Android के लिए Outlook से भेजा गया", true),
            ("Sent from Outlook for my Android", true),
            ("从 Windows 版邮件发送", true),
            ("Sent from Outlook for your Android", false),
            ("Sent from Outlook for lunch", false),
            ("Sent from Outlook for lunch with Android", false),
            ("Android के लिए दोपहर का खाना Outlook से भेजा गया", false),
        ];
        assert_after(
            "I'd like to add you to my professional network on LinkedIn.\n\n",
            &cases,
        );
    }

    #[test]
    fn an_apology_for_a_phones_typing_closes_a_stock_text() {
        let cases = [
            ("Excusez les fautes de frappe.", true),
            ("Bitte entschuldigen Sie etwaige Tippfehler.", true),
            ("Disculpa la brevedad y los errores de tipeo", true),
            ("Omlouvám se za překlepy.", true),
            ("Извините за краткость, пишу с телефона.", true),
            ("오타 양해 부탁드립니다", true),
            ("手机输入，如有错字请见谅。", true),
            // Apologies for something else, and slips without one.
            ("Sorry for the late reply.", false),
            ("Sorry for my mistake with the invoice.", false),
            ("Typos everywhere in the slides, fixed them.", false),
            // The reader's, shared history, more than one word of no list,
            // a second sentence.
            ("Sorry for the typos in your name!", false),
            ("Sorry for the typos, we met at the wedding", false),
            (
                "Sorry for typos, typing from the hospital, baby Ella arrived",
                false,
            ),
            ("Excuse the typos. Ella arrived at 3 am!", false),
            ("Sorry for the typos, writing from Kyiv.", false),
            ("Forgive my typos, I am dyslexic.", false),
            ("Sorry for the typo in the invoice.", false),
            ("请原谅错别字，我在医院。", false),
            ("Извините за краткость, пишу с телефона.", true),
            ("Please excuse my brevity and any typos.", true),
            // An apology the vocabulary holds whole, after everyday words.
            ("Mohon maaf jika ada salah ketik.", true),
            // A footer's word alone ("من", from) ends no clause.
            ("أعتذر عن الأخطاء الإملائية، أكتب من المستشفى.", false),
            // A clause that ends with a device holds no word of no list
            // but a verb of typing, which may come last.
            ("Omlouvám se za překlepy, píšu z mobilu.", true),
            ("Vom Handy getippt, bitte Tippfehler entschuldigen.", true),
            ("手机输入，如有错字请见谅。", true),
            ("Sorry for typos, hospital phone", false),
            // Again and still: the sender wrote before.
            ("Sorry for typos again", false),
            ("Извините за опечатки, опять с телефона", false),
            ("抱歉错别字，又是手机", false),
            // A device's footer and an apology in one line.
            ("Sent from my iPhone. Please excuse typos.", true),
            ("Извините за опечатки, пишу с телефона жены", false),
            ("抱歉错别字，用老婆的手机", false),
            // Not on a line of its own.
            ("Loved the talk, sorry for typos", false),
        ];
        assert_after(
            "I'd like to add you to my professional network on LinkedIn.\n\n",
            &cases,
        );
    }

    #[test]
    fn a_korean_footer_is_read_as_written_onto_its_device() {
        let cases = [
            ("Samsung Galaxy 스마트폰에서 보냈습니다.", true),
            ("아이폰에서 보냈습니다", true),
            ("네이버 메일 앱에서 보냈습니다.", true),
            // A smartphone without its brand may be anyone's, anywhere
            // ("부산", in Busan), and a word before the brand says whose.
            ("부산 스마트폰에서 보냈습니다", false),
            ("엄마 Galaxy 스마트폰에서 보냈습니다", false),
            // "보냈습니다" alone is any "I sent".
            ("이력서를 메일로 보냈습니다.", false),
            ("사진을 앱에서 보냈습니다", false),
            ("결혼식장에서 스마트폰으로 보냈습니다.", false),
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
