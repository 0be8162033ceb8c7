//! Stock texts and pattern sentences: the jumps of the walk.
//!
//! A catalog template is tried only where its first literal starts, and
//! weighed only when the next word is its second; its leading slots (the
//! sender's name before "here") are filled backwards from there, within
//! the limits of [`SlotFill`].

use super::{
    Ends, Engine, NO_STOCK, Phases, Run, States, WordInfo, ends_name, first_word, is_common,
    is_given_name, is_predicate, lead_words, solo_done, thanks_for_favour,
};
use crate::detector::catalog::{Segment, Slot};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::{Tokens, WordFlags};

impl Run<'_, '_, '_, '_> {
    /// Whether a stock text may start at `s` in each half.
    fn may_start(&mut self, s: usize) -> (bool, bool) {
        let States { pure, generic } = self.get(s);
        let flags = self.tokens.flags_or_end(s);
        let open = |half: Phases| half.intersects(Phases::OPEN) || solo_done(half, flags);
        (open(pure), open(generic))
    }

    /// Whether word `i + 1` exists and reads `second` (always true with
    /// the shortcuts off: then every candidate is weighed).
    pub(super) fn second_is(&mut self, i: usize, second: &str) -> bool {
        !self.engine.shortcuts() || (self.tokens.has(i + 1) && self.tokens.text(i + 1) == second)
    }

    /// Tries every template whose first literal starts at word `i`.
    pub(super) fn stock_texts(&mut self, i: usize, info: WordInfo) {
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
    pub(super) fn pattern(&mut self, i: usize, states: States, flags: WordFlags) {
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
}

/// The most words of a name standing alone before a sentence ends, as many
/// as the phases `SOLO1` to `SOLO4` give a solo salutation (hyphen halves
/// and particles not counted: "María del Carmen Ruiz Ortega." fits).
const MAX_SOLO_NAME: usize = 4;

/// What a slot has taken so far, to tell whether one more word fits.
#[derive(Debug, Default)]
struct SlotFill {
    words: usize,
    unspaced: usize,
    common: usize,
    /// The slot is a person's name that ends the text (Wire's
    /// "…⏎{sender}"): nothing after it shows where a name would stop, so
    /// it takes no word with a common use but a capitalised given name
    /// ("Will Smith", not "Happy birthday!" or "Miss you guys").
    signs: bool,
    /// The name that ends the text has taken a word written with a
    /// capital: its other words share that case, particles aside ("Anna
    /// van der Berg"). (A slot a literal follows ends where the literal
    /// starts, whatever its words' case.)
    capitalised: bool,
    /// How many words in small letters that are no particle it has taken
    /// since its last capitalised word or particle.
    small: usize,
}

impl SlotFill {
    /// Takes word `k` (which exists) into `slot` if it fits: no
    /// placeholder, no boundary inside (see [`Slot::continues`]), a few
    /// characters of a script without spaces at most; in a name, no number
    /// (and, in one that ends the text, no two words in small letters in a
    /// row after a capitalised one but particles);
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
            // The words of a name that ends the text share their case, as a
            // signature's do: two words in small letters after a
            // capitalised one, no particle, start a sentence in words no
            // list holds ("…⏎Anna Lee Jag har fortfarande ditt paraply!", I
            // still have your umbrella). One may be a particle no list
            // holds ("Heinrich auf der Heide", "Antoni Gaudí i Cornet"), an
            // elided one ("Jean d'Alembert") or a name typed in small
            // letters ("Anna lee").
            if self.signs {
                if self.capitalised
                    && tokens.opens_small(k)
                    && !info.classes.contains(WordClasses::PARTICLE)
                {
                    self.small += 1;
                    if self.small >= MAX_SMALL_IN_NAME {
                        return false;
                    }
                } else {
                    self.small = 0;
                }
                if !self.capitalised {
                    self.capitalised = tokens.capitalised(k);
                }
            }
            let common = is_common(info.classes, flags);
            if common && self.signs && !is_given_name(info.classes, tokens.case(k)) {
                return false;
            }
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

/// How many words in small letters in a row, particles aside, end a
/// name that ends the text after a capitalised word (see
/// [`SlotFill::take`]): one may be a particle no list holds or a name
/// typed in small letters; a remark runs longer.
const MAX_SMALL_IN_NAME: usize = 2;

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
        Some(Segment::Literal {
            text,
            words,
            others,
        }) => {
            // The catalog's spelling, then the others.
            if tokens.span_is(i, *words, text) {
                match_segments(engine, &segments[1..], tokens, i + words, ends);
            }
            for (text, words) in others {
                if tokens.span_is(i, *words, text) {
                    match_segments(engine, &segments[1..], tokens, i + words, ends);
                }
            }
        }
        Some(Segment::Slot(slot)) => {
            // A name that signs the text on a line of its own may follow a
            // closing there ("…Wire.⏎Cumprimentos,⏎João Pedro"): the text
            // may end before it, and the grammar reads the closing and the
            // signature as after any stock text.
            let signs = segments.len() == 1 && *slot == Slot::Name;
            if signs
                && tokens.has(i)
                && tokens.word(i).flags.contains(WordFlags::LINE)
                && engine
                    .info(tokens.text(i))
                    .classes
                    .intersects(WordClasses::SIGN_OFF | WordClasses::CLOSER)
            {
                ends.push(i);
            }
            let mut fill = SlotFill {
                signs,
                ..SlotFill::default()
            };
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
/// the literal's first (in any of its spellings), since the literal must
/// start right after the slot (no length, when none does); the slot's
/// reach ends before a word that cannot continue it (see
/// [`Slot::continues`]). Spares filling the slot word by word where
/// nothing can follow it. Every length without the shortcuts.
fn slot_lengths(
    engine: &Engine,
    slot: Slot,
    rest: &[Segment],
    tokens: &mut Tokens<'_, '_>,
    i: usize,
) -> usize {
    let Some(Segment::Literal { text, others, .. }) = rest.first().filter(|_| engine.shortcuts())
    else {
        return slot.max_words();
    };
    let mut last = 0;
    for len in 1..=slot.max_words() {
        let k = i + len;
        if !tokens.has(k) {
            break;
        }
        let word = tokens.text(k);
        if word == first_word(text) || others.iter().any(|(other, _)| word == first_word(other)) {
            last = len;
        }
        // The slot cannot take word `k` (a boundary it does not cross, a
        // full stop not after an abbreviation: "Hi Maria! I read …"), so
        // no literal starts further on.
        let flags = tokens.word(k).flags;
        if flags.intersects(WordFlags::BOUNDARY | WordFlags::SPACE)
            && !slot.continues(flags, tokens.text(k - 1), tokens.word(k - 1).flags)
        {
            break;
        }
    }
    last
}
