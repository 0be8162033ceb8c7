//! The matcher: one left-to-right pass over a note's words.
//!
//! A note that says nothing specific has a small grammar:
//!
//! ```text
//! note      = salutation? body signature?
//! salutation= greeting-word+ name{0,3} | name{1,3} <boundary>    then sign-off words
//! body      = (stock text | generic word | sign-off word | pattern sentence)*
//! signature = name{1,4} (after a boundary or a closing word) headline{0,2}
//! headline  = title-word+ ((connector | ",") name{1,4})?
//! ```
//!
//! where a *name* is a word with no generic use in the vocabulary (a
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

use foldhash::fast::FixedState;
use regex::RegexSet;

use super::bits::bit_set;
use super::catalog::{Segment, Template};
use super::lexicon::WordClasses;
use super::normalize::{Scratch, Tokens, WordFlags};

bit_set! {
    /// Where a reading of the note stands before a word: one bit per phase
    /// of the grammar.
    Phases(u16) {
        /// Before the first word.
        START = 1 << 0;
        /// After a salutation word ("hi").
        GREET = 1 << 1;
        /// After one, two or three words of the name a salutation greets.
        NAME1 = 1 << 2;
        NAME2 = 1 << 3;
        NAME3 = 1 << 4;
        /// A name standing alone as a salutation ("Marcus, …"): it must end
        /// at a boundary.
        SOLO1 = 1 << 5;
        SOLO2 = 1 << 6;
        SOLO3 = 1 << 7;
        /// Pleasantries after the salutation ("Hi Ann, hope you are well!").
        PRE = 1 << 8;
        /// In the body.
        BODY = 1 << 9;
        /// In the body, right after a closing word such as "thanks" (a name
        /// may follow directly).
        CLOSE = 1 << 10;
        /// After one to four words of a signature name.
        SIG1 = 1 << 11;
        SIG2 = 1 << 12;
        SIG3 = 1 << 13;
        SIG4 = 1 << 14;
        /// After a signature headline.
        HEAD = 1 << 15;

        NAMES = Self::NAME1.bits() | Self::NAME2.bits() | Self::NAME3.bits();
        SOLOS = Self::SOLO1.bits() | Self::SOLO2.bits() | Self::SOLO3.bits();
        SIGS = Self::SIG1.bits() | Self::SIG2.bits() | Self::SIG3.bits() | Self::SIG4.bits();
        /// Phases a stock text (or pattern sentence) may start from.
        OPEN = Self::START.bits() | Self::GREET.bits() | Self::NAMES.bits() | Self::PRE.bits()
            | Self::BODY.bits() | Self::CLOSE.bits();
        /// Phases that accept at the end of the note once the body has begun.
        ENDED = Self::BODY.bits() | Self::CLOSE.bits() | Self::SIGS.bits() | Self::HEAD.bits();
        /// Phases that accept a note that is only a salutation.
        SALUTED = Self::GREET.bits() | Self::NAMES.bits() | Self::SOLOS.bits() | Self::PRE.bits();
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
    count: u32,
}

/// The compiled detector.
#[derive(Debug)]
pub(crate) struct Engine {
    pub(crate) templates: Vec<Template>,
    words: HashMap<Box<str>, WordInfo, FixedState>,
    /// Template indices grouped by the first word of their first literal.
    starts: Vec<u32>,
    /// The most words a template's leading slots can take.
    max_lead: usize,
    /// A Bloom filter over the first literal words of templates that open
    /// with a slot, keyed by first byte and length: most words skip the
    /// lookup that lead templates would need.
    lead_words: [u64; 4],
    patterns: Option<RegexSet>,
}

/// Reusable per-thread state for [`Engine::run`].
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    scratch: Scratch,
    reach: Vec<States>,
    stock: Vec<u32>,
}

const NO_STOCK: u32 = u32::MAX;

impl Buffers {
    /// The bytes the buffers hold on to.
    #[cfg(test)]
    pub(crate) fn footprint(&self) -> usize {
        self.scratch.footprint()
            + self.reach.capacity() * std::mem::size_of::<States>()
            + self.stock.capacity() * 4
    }
}

impl Engine {
    /// Indexes `templates` and the vocabulary (`(word, classes)` pairs,
    /// already normalised to single words).
    pub(crate) fn new(
        templates: Vec<Template>,
        vocabulary: impl IntoIterator<Item = (Box<str>, WordClasses)>,
        patterns: Option<RegexSet>,
    ) -> Engine {
        let mut words: HashMap<Box<str>, WordInfo, FixedState> =
            HashMap::with_hasher(FixedState::default());
        for (word, classes) in vocabulary {
            words.entry(word).or_default().classes |= classes;
        }
        // Rows that normalise alike (Skype's two spellings) are matched once,
        // as the first of them.
        let mut seen: HashSet<&[Segment]> = HashSet::with_capacity(templates.len());
        let mut by_word: Vec<(&str, u32)> = templates
            .iter()
            .enumerate()
            .filter(|(_, t)| seen.insert(&t.segments))
            .filter_map(|(index, t)| match &t.segments[t.first_literal()] {
                Segment::Literal { text, .. } => {
                    Some((text.split(' ').next().unwrap_or(text), index as u32))
                }
                Segment::Slot(_) => None,
            })
            .collect();
        by_word.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
        let mut starts = Vec::with_capacity(by_word.len());
        for (word, template) in by_word {
            let info = words.entry(word.into()).or_default();
            if info.count == 0 {
                info.first = starts.len() as u32;
            }
            info.count += 1;
            starts.push(template);
        }
        let max_lead = templates
            .iter()
            .map(|t| lead_words(&t.segments[..t.first_literal()]).1)
            .max()
            .unwrap_or(0);
        let mut lead_filter = [0; 4];
        for t in &templates {
            if let (true, Segment::Literal { text, .. }) =
                (t.first_literal() > 0, &t.segments[t.first_literal()])
            {
                let bit = lead_bit(text.split(' ').next().unwrap_or(text));
                lead_filter[bit / 64] |= 1 << (bit % 64);
            }
        }
        Engine {
            templates,
            words,
            starts,
            max_lead,
            lead_words: lead_filter,
            patterns,
        }
    }

    fn info(&self, word: &str) -> WordInfo {
        self.words.get(word).copied().unwrap_or_default()
    }

    /// Whether `word` may begin the first literal of a template that opens
    /// with a slot (false positives possible, no false negatives).
    fn may_follow_lead(&self, word: &str) -> bool {
        let bit = lead_bit(word);
        self.lead_words[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Classifies `note`, reusing `buffers`; also says whether the note's
    /// words were disguised (meaningful when the note is not personal: then
    /// it was read to the end).
    pub(crate) fn run(&self, note: &str, buffers: &mut Buffers) -> (Outcome, bool) {
        let Buffers {
            scratch,
            reach,
            stock,
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
        reach.clear();
        stock.clear();
        let mut run = Run {
            engine: self,
            tokens,
            reach,
            stock,
            horizon: 0,
            lead_until: 0,
            ends: Ends::default(),
        };
        run.set(0, States::pure(Phases::START));
        let outcome = run.walk();
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
    /// The furthest position any state or pending stock start can reach.
    horizon: usize,
    /// Positions before this may end the leading slot of a template that
    /// opens with one, so their words are looked up even without states.
    lead_until: usize,
    /// Where the template being tried ends (reused for every template).
    ends: Ends,
}

impl Run<'_, '_, '_, '_> {
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

    /// What the vocabulary and catalog say of word `i` (which exists).
    fn info(&self, i: usize) -> WordInfo {
        self.engine.info(self.tokens.text(i))
    }

    fn walk(&mut self) -> Outcome {
        let mut i = 0;
        while i <= self.horizon {
            if !self.tokens.has(i) {
                return self.finish(i);
            }
            self.position(i);
            i += 1;
        }
        Outcome::Personal
    }

    /// The verdict at the end of the words (for a note cut at the size
    /// limit, the end of its complete words: padding cannot turn a stock
    /// text into a personal note).
    fn finish(&mut self, n: usize) -> Outcome {
        let States { pure, generic } = self.get(n);
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
        if pure.intersects(Phases::SALUTED) || generic.intersects(Phases::ENDED) {
            Outcome::Generic
        } else {
            Outcome::Personal
        }
    }

    /// Processes word `i`: jumps that start or end here, then the step to
    /// `i + 1`.
    fn position(&mut self, i: usize) {
        if self.get(i).is_empty()
            && (i >= self.lead_until || !self.engine.may_follow_lead(self.tokens.text(i)))
        {
            return;
        }
        let word = self.tokens.word(i);
        let info = self.info(i);
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
        if any.intersects(Phases::SIGS | Phases::HEAD) {
            self.headlines(i, states, word.flags);
        }
        // A short common word may end a signature name ("Nguyễn Văn An",
        // "Cheers, Will") when nothing follows on its line.
        let short_last = any.intersects(Phases::SIGS)
            && self.tokens.text(i).len() <= 3
            && self.tokens.flags_or_end(i + 1).intersects(WordFlags::LINE);
        let flags = if short_last {
            word.flags | WordFlags::NAME_END
        } else {
            word.flags
        };
        let pure = step(states.pure, info.classes, flags);
        let generic = step(states.generic, info.classes, flags);
        self.set(
            i + 1,
            States {
                pure: pure.pure,
                generic: pure.generic | generic.pure | generic.generic,
            },
        );
    }

    /// Whether a stock text may start at `s` in each half.
    fn may_start(&mut self, s: usize) -> (bool, bool) {
        let States { pure, generic } = self.get(s);
        let solo_done = pure.intersects(Phases::SOLOS)
            && self.tokens.flags_or_end(s).intersects(WordFlags::BOUNDARY);
        (
            pure.intersects(Phases::OPEN) || solo_done,
            generic.intersects(Phases::BODY | Phases::CLOSE),
        )
    }

    /// Tries every template whose first literal starts at word `i`.
    fn stock_texts(&mut self, i: usize, info: WordInfo) {
        let engine = self.engine;
        for &index in &engine.starts[info.first as usize..(info.first + info.count) as usize] {
            let template = &engine.templates[index as usize];
            let first = template.first_literal();
            let (min_lead, max_lead) = lead_words(&template.segments[..first]);
            let starts = (min_lead..=max_lead.min(i)).map(|lead| i - lead);
            self.ends.clear();
            for s in starts {
                let (pure, generic) = self.may_start(s);
                if !(pure || generic) {
                    continue;
                }
                if !self.ends.tried {
                    // Where the template ends depends on the words alone:
                    // matched once, whichever start it is tried from.
                    self.ends.tried = true;
                    match_segments(
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
                        if self.stock[end] == NO_STOCK {
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
            self.horizon = self.horizon.max(i + engine.max_lead);
        }
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

    /// Signature headlines starting at word `i` ("Senior Engineer at Acme").
    fn headlines(&mut self, i: usize, states: States, flags: WordFlags) {
        let boundary = flags.intersects(WordFlags::BOUNDARY);
        let from = |half: Phases| {
            if half.intersects(Phases::SIGS) || (half.intersects(Phases::HEAD) && boundary) {
                Phases::HEAD
            } else {
                Phases::EMPTY
            }
        };
        let states = States {
            pure: from(states.pure),
            generic: from(states.generic),
        };
        if states.is_empty() {
            return;
        }
        let mut k = i;
        while self.tokens.has(k)
            && (k == i || !self.tokens.word(k).flags.intersects(WordFlags::BOUNDARY))
            && self.info(k).classes.intersects(WordClasses::TITLE)
        {
            k += 1;
        }
        if k == i {
            return;
        }
        if self.tokens.flags_or_end(k).intersects(WordFlags::BOUNDARY) {
            self.set(k, states);
        }
        if !self.tokens.has(k) {
            return;
        }
        let company = if self.info(k).classes.intersects(WordClasses::CONNECTOR) {
            k + 1
        } else if self.tokens.word(k).flags.intersects(WordFlags::COMMA) {
            k
        } else {
            return;
        };
        for end in company + 1..=company + 4 {
            if !self.tokens.has(end - 1) {
                break;
            }
            if end - 1 > company
                && self
                    .tokens
                    .word(end - 1)
                    .flags
                    .intersects(WordFlags::BOUNDARY)
            {
                break;
            }
            if self
                .tokens
                .flags_or_end(end)
                .intersects(WordFlags::BOUNDARY)
            {
                self.set(end, states);
            }
        }
    }
}

impl Phases {
    /// Each phase moved one word on (`NAME1` to `NAME2`, `SIG3` to `SIG4`).
    const fn next(self) -> Phases {
        Phases::from_bits(self.bits() << 1)
    }
}

/// The transitions of one half's phases over one word: the phases reached
/// without a generic word (`pure`) and those that needed one (`generic`).
fn step(phases: Phases, classes: WordClasses, flags: WordFlags) -> States {
    if phases.is_empty() {
        return States::NONE;
    }
    let digit = flags.intersects(WordFlags::DIGIT);
    // A name is a word the vocabulary has no generic use for (a salutation
    // or title word may be a name: "Jo", "Will"); a particle such as "de"
    // or "van" may stand inside one.
    let name = !classes.intersects(WordClasses::GENERIC | WordClasses::SIGN_OFF) && !digit;
    let name_part = name || (classes.intersects(WordClasses::PARTICLE) && !digit);
    let boundary = flags.intersects(WordFlags::BOUNDARY);
    let has = |p: Phases| phases.intersects(p);
    let (mut same, mut generic) = (Phases::EMPTY, Phases::EMPTY);

    // Salutation.
    if has(Phases::START | Phases::GREET) && classes.intersects(WordClasses::SALUTATION) {
        same |= Phases::GREET;
    }
    if name {
        if has(Phases::START) {
            same |= Phases::SOLO1;
        }
        if has(Phases::GREET) {
            same |= Phases::NAME1;
        }
    }
    if name_part {
        if !boundary {
            same |= (phases & (Phases::SOLO1 | Phases::SOLO2)).next();
        }
        same |= (phases & (Phases::NAME1 | Phases::NAME2)).next();
    }
    let saluted = has(Phases::START | Phases::GREET | Phases::NAMES | Phases::PRE)
        || (has(Phases::SOLOS) && boundary);
    if saluted && classes.intersects(WordClasses::SIGN_OFF) {
        same |= Phases::PRE;
    }
    if saluted && classes.intersects(WordClasses::BODY) {
        generic |= Phases::BODY;
    }

    // Body.
    if has(Phases::BODY | Phases::CLOSE) {
        if classes.intersects(WordClasses::CLOSER) {
            same |= Phases::CLOSE;
        } else if classes.intersects(WordClasses::SIGN_OFF) {
            same |= Phases::BODY;
        } else if classes.intersects(WordClasses::BODY) {
            generic |= Phases::BODY;
        }
        if name && (boundary || has(Phases::CLOSE)) {
            same |= Phases::SIG1;
        }
    }

    // Signature names.
    if name_part || flags.intersects(WordFlags::NAME_END) {
        same |= (phases & (Phases::SIG1 | Phases::SIG2 | Phases::SIG3)).next();
    }
    States {
        pure: same,
        generic,
    }
}

/// The Bloom-filter bit of a word: its first byte and length, mixed.
fn lead_bit(word: &str) -> usize {
    let first = word.as_bytes().first().copied().unwrap_or(0);
    (usize::from(first).wrapping_mul(31) ^ word.len().wrapping_mul(7)) % 256
}

/// The fewest and most words the leading slots of a template can take.
fn lead_words(slots: &[Segment]) -> (usize, usize) {
    slots.iter().fold((0, 0), |(lo, hi), s| match s {
        Segment::Slot(slot) => (lo + 1, hi + slot.max_words()),
        Segment::Literal { .. } => (lo, hi),
    })
}

/// The positions a template's segments can end at: at most one more than
/// the words its slots can take (three slots of at most twelve words).
#[derive(Debug)]
struct Ends {
    list: [usize; 40],
    len: usize,
    /// Whether matching was done (it may have found no end).
    tried: bool,
}

// Every end a template can reach fits in `Ends`.
const _: () = assert!(40 > super::catalog::MAX_SLOTS * super::catalog::Slot::Headline.max_words());

impl Default for Ends {
    fn default() -> Self {
        Ends {
            list: [0; 40],
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

/// Matches `segments` against the words from `i`, recording every end.
fn match_segments(segments: &[Segment], tokens: &mut Tokens<'_, '_>, i: usize, ends: &mut Ends) {
    match segments.first() {
        None => ends.push(i),
        Some(Segment::Literal { text, words }) => {
            if tokens.span_is(i, *words, text) {
                match_segments(&segments[1..], tokens, i + words, ends);
            }
        }
        Some(Segment::Slot(slot)) => {
            for len in 1..=slot.max_words() {
                if !tokens.has(i + len - 1) || ends.is_full() {
                    break;
                }
                match_segments(&segments[1..], tokens, i + len, ends);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: WordClasses = WordClasses::EMPTY;
    const NONE: WordFlags = WordFlags::EMPTY;

    #[test]
    fn step_from_nothing_is_nothing() {
        assert_eq!(
            step(Phases::EMPTY, WordClasses::SALUTATION, NONE),
            States::NONE
        );
    }

    #[test]
    fn step_salutation_then_names() {
        // "hi" opens; a name-like word after it is the greeted name.
        let hi = step(Phases::START, WordClasses::SALUTATION, WordFlags::SENTENCE);
        assert!(hi.pure.contains(Phases::GREET), "{hi:?}");
        let ann = step(Phases::GREET, NAME, NONE);
        assert!(ann.pure.contains(Phases::NAME1), "{ann:?}");
        // Names grow word by word up to three, particles included.
        assert!(step(Phases::NAME1, NAME, NONE).pure.contains(Phases::NAME2));
        let van = step(
            Phases::NAME2,
            WordClasses::PARTICLE | WordClasses::GENERIC,
            NONE,
        );
        assert!(van.pure.contains(Phases::NAME3), "{van:?}");
        assert!(
            !step(Phases::NAME3, NAME, NONE)
                .pure
                .intersects(Phases::NAMES)
        );
    }

    #[test]
    fn step_solo_names_stop_at_a_boundary() {
        let marcus = step(Phases::START, NAME, NONE);
        assert!(marcus.pure.contains(Phases::SOLO1));
        assert!(step(Phases::SOLO1, NAME, NONE).pure.contains(Phases::SOLO2));
        let after_comma = step(Phases::SOLO1, NAME, WordFlags::COMMA);
        assert!(
            !after_comma.pure.intersects(Phases::SOLOS),
            "{after_comma:?}"
        );
    }

    #[test]
    fn step_pleasantries_and_generic_words_after_a_salutation() {
        let thanks = step(Phases::GREET, WordClasses::SIGN_OFF, NONE);
        assert!(thanks.pure.contains(Phases::PRE), "{thanks:?}");
        let connect = step(Phases::GREET, WordClasses::GENERIC, NONE);
        assert_eq!(connect, States::generic(Phases::BODY));
        // A solo name saluted only once its boundary is seen.
        let early = step(Phases::SOLO1, WordClasses::GENERIC, NONE);
        assert!(early.generic.is_empty(), "{early:?}");
        let late = step(Phases::SOLO1, WordClasses::GENERIC, WordFlags::COMMA);
        assert!(late.generic.contains(Phases::BODY), "{late:?}");
    }

    #[test]
    fn step_body_words() {
        let body = Phases::BODY;
        let closer = WordClasses::CLOSER | WordClasses::SIGN_OFF;
        assert!(step(body, closer, NONE).pure.contains(Phases::CLOSE));
        assert!(
            step(body, WordClasses::SIGN_OFF, NONE)
                .pure
                .contains(Phases::BODY)
        );
        assert_eq!(
            step(body, WordClasses::GENERIC, NONE),
            States::generic(Phases::BODY)
        );
        // A word the vocabulary does not know, inside a sentence: nothing
        // survives (the note is specific).
        assert_eq!(step(body, NAME, NONE), States::NONE);
    }

    #[test]
    fn step_signature_names() {
        // After a boundary, or directly after a closer, a name signs.
        assert!(
            step(Phases::BODY, NAME, WordFlags::DASH)
                .pure
                .contains(Phases::SIG1)
        );
        assert!(step(Phases::CLOSE, NAME, NONE).pure.contains(Phases::SIG1));
        assert!(step(Phases::SIG1, NAME, NONE).pure.contains(Phases::SIG2));
        assert!(!step(Phases::SIG4, NAME, NONE).pure.intersects(Phases::SIGS));
        // A common word ends a name only when it is short and last on its
        // line.
        let an = WordClasses::GENERIC;
        assert!(!step(Phases::SIG2, an, NONE).pure.contains(Phases::SIG3));
        let an_last = step(Phases::SIG2, an, WordFlags::NAME_END);
        assert!(an_last.pure.contains(Phases::SIG3), "{an_last:?}");
    }

    #[test]
    fn step_digits_are_never_names() {
        let flags = WordFlags::DIGIT | WordFlags::DASH;
        assert_eq!(step(Phases::BODY, NAME, flags), States::NONE);
        assert!(step(Phases::GREET, NAME, WordFlags::DIGIT).pure.is_empty());
    }

    /// A small engine: `texts` as templates, `words` as the vocabulary.
    fn engine(texts: &[&str], words: &[(&str, WordClasses)], pattern: Option<&str>) -> Engine {
        let mut scratch = Scratch::default();
        let templates = texts
            .iter()
            .map(|t| Template::compile("P", "en", t, &mut scratch).unwrap())
            .collect();
        let vocabulary = words.iter().map(|&(w, c)| (Box::from(w), c));
        let patterns = pattern.map(|p| RegexSet::new([format!("^(?:{p})$")]).unwrap());
        Engine::new(templates, vocabulary, patterns)
    }

    fn run(engine: &Engine, note: &str) -> (Outcome, bool) {
        engine.run(note, &mut Buffers::default())
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
}
