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
use std::hash::{BuildHasherDefault, Hasher};

use regex::RegexSet;

use super::catalog::{Segment, Template};
use super::lexicon::{BODY, CLOSER, CONNECTOR, GENERIC, PARTICLE, SALUTATION, SIGN_OFF, TITLE};
use super::normalize::{BOUNDARY, COMMA, DIGIT, LINE, SENTENCE, Scratch, Tokens};

// Phases, one bit each in a 16-bit half.
const START: u16 = 1 << 0;
const GREET: u16 = 1 << 1;
const NAME1: u16 = 1 << 2;
const NAME2: u16 = 1 << 3;
const NAME3: u16 = 1 << 4;
/// A name standing alone as a salutation ("Marcus, …"): it must end at a
/// boundary.
const SOLO1: u16 = 1 << 5;
const SOLO2: u16 = 1 << 6;
const SOLO3: u16 = 1 << 7;
/// Pleasantries after the salutation ("Hi Ann, hope you are well!").
const PRE: u16 = 1 << 8;
const BODY_PHASE: u16 = 1 << 9;
/// In the body, right after a closing word such as "thanks" (a name may
/// follow directly).
const CLOSE: u16 = 1 << 10;
const SIG1: u16 = 1 << 11;
const SIG2: u16 = 1 << 12;
const SIG3: u16 = 1 << 13;
const SIG4: u16 = 1 << 14;
const HEAD: u16 = 1 << 15;

const NAMES: u16 = NAME1 | NAME2 | NAME3;
const SOLOS: u16 = SOLO1 | SOLO2 | SOLO3;
const SIGS: u16 = SIG1 | SIG2 | SIG3 | SIG4;
/// Phases a stock text (or pattern sentence) may start from.
const OPEN: u16 = START | GREET | NAMES | PRE | BODY_PHASE | CLOSE;
/// Phases that accept at the end of the note once the body has begun.
const ENDED: u16 = BODY_PHASE | CLOSE | SIGS | HEAD;
/// Phases that accept a note that is only a salutation.
const SALUTED: u16 = GREET | NAMES | SOLOS | PRE;

/// A matcher-only word flag (beside the tokenizer's): the word is short and
/// last on its line, so it may end a signature name whatever it means.
const NAME_END: u8 = 1 << 7;

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
    classes: u8,
    /// Range of `Engine::starts` for templates whose first literal begins
    /// with this word.
    first: u32,
    count: u32,
}

/// The compiled detector.
#[derive(Debug)]
pub(crate) struct Engine {
    pub(crate) templates: Vec<Template>,
    words: HashMap<Box<str>, WordInfo, BuildHasherDefault<WordHasher>>,
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
    reach: Vec<u32>,
    stock: Vec<u32>,
}

const NO_STOCK: u32 = u32::MAX;

impl Buffers {
    /// The bytes the buffers hold on to.
    #[cfg(test)]
    pub(crate) fn footprint(&self) -> usize {
        self.scratch.text.capacity()
            + self.scratch.words.capacity() * std::mem::size_of::<super::normalize::Word>()
            + (self.reach.capacity() + self.stock.capacity()) * 4
    }
}

impl Engine {
    /// Indexes `templates` and the vocabulary (`(word, classes)` pairs,
    /// already normalised to single words).
    pub(crate) fn new(
        templates: Vec<Template>,
        vocabulary: impl IntoIterator<Item = (Box<str>, u8)>,
        patterns: Option<RegexSet>,
    ) -> Engine {
        let mut words: HashMap<Box<str>, WordInfo, BuildHasherDefault<WordHasher>> =
            HashMap::default();
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
        run.set(0, u32::from(START));
        let outcome = run.walk();
        (outcome, run.tokens.disguised())
    }
}

/// The state of one classification.
struct Run<'e, 'r, 'a, 's> {
    engine: &'e Engine,
    tokens: Tokens<'a, 's>,
    /// `reach[i]`: the states alive before word `i` (pure half low, generic
    /// half high).
    reach: &'r mut Vec<u32>,
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
    fn set(&mut self, i: usize, states: u32) {
        if states == 0 {
            return;
        }
        if self.reach.len() <= i {
            self.reach.resize(i + 1, 0);
        }
        self.reach[i] |= states;
        self.horizon = self.horizon.max(i);
    }

    fn get(&self, i: usize) -> u32 {
        self.reach.get(i).copied().unwrap_or(0)
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
        let states = self.get(n);
        let (pure, generic) = (states as u16, (states >> 16) as u16);
        if pure & ENDED != 0 {
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
        if pure & SALUTED != 0 || generic & ENDED != 0 {
            Outcome::Generic
        } else {
            Outcome::Personal
        }
    }

    /// Processes word `i`: jumps that start or end here, then the step to
    /// `i + 1`.
    fn position(&mut self, i: usize) {
        if self.get(i) == 0
            && (i >= self.lead_until || !self.engine.may_follow_lead(self.tokens.text(i)))
        {
            return;
        }
        let word = self.tokens.word(i);
        let info = self.info(i);
        self.stock_texts(i, info);
        let states = self.get(i);
        if states == 0 {
            return;
        }
        let pure = states as u16;
        // A generic-half phase is redundant beside the same pure phase: both
        // have the same futures, and the pure one ranks first at the end.
        let generic = (states >> 16) as u16 & !pure;
        if self.engine.patterns.is_some() {
            self.pattern(i, pure, generic, word.flags);
        }
        if (pure | generic) & (SIGS | HEAD) != 0 {
            self.headlines(i, pure, generic, word.flags);
        }
        // A short common word may end a signature name ("Nguyễn Văn An",
        // "Cheers, Will") when nothing follows on its line.
        let short_last = (pure | generic) & SIGS != 0
            && self.tokens.text(i).len() <= 3
            && self.tokens.flags_or_end(i + 1) & LINE != 0;
        let flags = word.flags | if short_last { NAME_END } else { 0 };
        let (p_same, p_gen) = step(pure, info.classes, flags);
        let (g_same, g_gen) = step(generic, info.classes, flags);
        self.set(
            i + 1,
            u32::from(p_same) | (u32::from(p_gen | g_same | g_gen) << 16),
        );
    }

    /// Whether a stock text may start at `s` in each half.
    fn may_start(&mut self, s: usize) -> (bool, bool) {
        let states = self.get(s);
        let (pure, generic) = (states as u16, (states >> 16) as u16);
        let solo_done = pure & SOLOS != 0 && self.tokens.flags_or_end(s) & BOUNDARY != 0;
        (
            pure & OPEN != 0 || solo_done,
            generic & (BODY_PHASE | CLOSE) != 0,
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
                        self.set(end, u32::from(BODY_PHASE));
                        if self.stock.len() <= end {
                            self.stock.resize(end + 1, NO_STOCK);
                        }
                        if self.stock[end] == NO_STOCK {
                            self.stock[end] = index;
                        }
                    }
                    if generic {
                        self.set(end, u32::from(BODY_PHASE) << 16);
                    }
                }
            }
        }
        // Templates that open with a slot are indexed by the literal after
        // it, so the positions a few words back must stay reachable.
        if self.get(i) != 0 && engine.max_lead > 0 {
            self.lead_until = self.lead_until.max(i + engine.max_lead + 1);
            self.horizon = self.horizon.max(i + engine.max_lead);
        }
    }

    /// A whole sentence matching a user pattern, starting at `i`.
    fn pattern(&mut self, i: usize, pure: u16, generic: u16, flags: u8) {
        let open = (pure | generic) & OPEN != 0;
        let after_salutation = pure & (GREET | NAMES | PRE) != 0;
        if !open || (flags & (SENTENCE | LINE) == 0 && !after_salutation) {
            return;
        }
        let mut j = i + 1;
        while self.tokens.has(j) && self.tokens.word(j).flags & (SENTENCE | LINE) == 0 {
            j += 1;
        }
        let matched = self
            .engine
            .patterns
            .as_ref()
            .is_some_and(|set| set.is_match(self.tokens.span(i, j)));
        if matched {
            self.set(j, u32::from(BODY_PHASE) << 16);
        }
    }

    /// Signature headlines starting at word `i` ("Senior Engineer at Acme").
    fn headlines(&mut self, i: usize, pure: u16, generic: u16, flags: u8) {
        let from = |half: u16| half & SIGS != 0 || (half & HEAD != 0 && flags & BOUNDARY != 0);
        let states = u32::from(if from(pure) { HEAD } else { 0 })
            | (u32::from(if from(generic) { HEAD } else { 0 }) << 16);
        if states == 0 {
            return;
        }
        let mut k = i;
        while self.tokens.has(k)
            && (k == i || self.tokens.word(k).flags & BOUNDARY == 0)
            && self.info(k).classes & TITLE != 0
        {
            k += 1;
        }
        if k == i {
            return;
        }
        if self.tokens.flags_or_end(k) & BOUNDARY != 0 {
            self.set(k, states);
        }
        if !self.tokens.has(k) {
            return;
        }
        let company = if self.info(k).classes & CONNECTOR != 0 {
            k + 1
        } else if self.tokens.word(k).flags & COMMA != 0 {
            k
        } else {
            return;
        };
        for end in company + 1..=company + 4 {
            if !self.tokens.has(end - 1) {
                break;
            }
            if end - 1 > company && self.tokens.word(end - 1).flags & BOUNDARY != 0 {
                break;
            }
            if self.tokens.flags_or_end(end) & BOUNDARY != 0 {
                self.set(end, states);
            }
        }
    }
}

/// The transitions of one half's phases over one word: the phases it keeps
/// in the same half, and those it moves to the generic half.
fn step(phases: u16, classes: u8, flags: u8) -> (u16, u16) {
    if phases == 0 {
        return (0, 0);
    }
    // A name is a word the vocabulary has no generic use for (a salutation
    // or title word may be a name: "Jo", "Will"); a particle such as "de"
    // or "van" may stand inside one.
    let name = classes & (GENERIC | SIGN_OFF) == 0 && flags & DIGIT == 0;
    let name_part = name || (classes & PARTICLE != 0 && flags & DIGIT == 0);
    let boundary = flags & BOUNDARY != 0;
    let has = |p: u16| phases & p != 0;
    let (mut same, mut generic) = (0, 0);

    // Salutation.
    if has(START | GREET) && classes & SALUTATION != 0 {
        same |= GREET;
    }
    if name {
        if has(START) {
            same |= SOLO1;
        }
        if has(GREET) {
            same |= NAME1;
        }
    }
    if name_part {
        if !boundary {
            same |= (phases & (SOLO1 | SOLO2)) << 1;
        }
        same |= (phases & (NAME1 | NAME2)) << 1;
    }
    let saluted = has(START | GREET | NAMES | PRE) || (has(SOLOS) && boundary);
    if saluted && classes & SIGN_OFF != 0 {
        same |= PRE;
    }
    if saluted && classes & BODY != 0 {
        generic |= BODY_PHASE;
    }

    // Body.
    if has(BODY_PHASE | CLOSE) {
        if classes & CLOSER != 0 {
            same |= CLOSE;
        } else if classes & SIGN_OFF != 0 {
            same |= BODY_PHASE;
        } else if classes & BODY != 0 {
            generic |= BODY_PHASE;
        }
        if name && (boundary || has(CLOSE)) {
            same |= SIG1;
        }
    }

    // Signature names.
    if name_part || flags & NAME_END != 0 {
        same |= (phases & (SIG1 | SIG2 | SIG3)) << 1;
    }
    (same, generic)
}

/// A fast hash for the word table: a folded 64×64→128-bit multiply of the
/// word's first and last eight bytes (as foldhash does), one multiply for
/// any word up to 16 bytes. The table is built from the catalog and the
/// vocabulary, never from input, so a note can only look words up: it
/// cannot make the table degrade, and no keyed hash is needed.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

const K1: u64 = 0x243f_6a88_85a3_08d3;
const K2: u64 = 0x1319_8a2e_0370_7344;

fn fold_mul(a: u64, b: u64) -> u64 {
    let full = u128::from(a) * u128::from(b);
    (full as u64) ^ ((full >> 64) as u64)
}

fn load(bytes: &[u8]) -> u64 {
    let mut word = [0; 8];
    let n = bytes.len().min(8);
    word[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(word)
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let len = bytes.len();
        let (mut a, mut b) = if len <= 8 {
            (load(bytes), len as u64)
        } else {
            (load(bytes), load(&bytes[len - 8..]))
        };
        if len > 16 {
            for chunk in bytes[8..len - 8].chunks(16) {
                a = fold_mul(a ^ load(chunk), K1);
                b = fold_mul(b ^ load(&chunk[chunk.len().min(8)..]), K2);
            }
        }
        a ^= self.0;
        self.0 = fold_mul(a ^ K1, b ^ K2 ^ (len as u64).rotate_left(32));
    }

    fn write_u8(&mut self, byte: u8) {
        // `str` hashes end with a 0xFF marker; words never contain it.
        self.0 ^= u64::from(byte);
    }

    fn finish(&self) -> u64 {
        self.0
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
