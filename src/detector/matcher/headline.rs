//! A signature's headline: the line of a title, a company, a field or a
//! place after the sender's name ("Data Engineer | AWS | Python",
//! "Directora de Marketing en Soluciones Digitales SA").
//!
//! A headline is read segment by segment between separators (`|`, `·`,
//! `•`, `–`, a comma); each segment is a title, an organisation (by its
//! legal form or kind, or written in Title Case as names are), or a label,
//! and may hold only a few everyday words: more, and the line is a
//! sentence.

use super::{
    Phases, Run, States, WordInfo, is_glued, is_hyphened, is_predicate, is_storied, is_unlisted,
};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::WordFlags;

impl Run<'_, '_, '_, '_> {
    /// Whether word `k` (which exists) may open a title: a capital and a
    /// small letter ("Open"; not "A", "OPEN" or "U8", which read alike in
    /// capitals and small letters), or in a script without case.
    pub(super) fn opens_title(&mut self, k: usize) -> bool {
        self.tokens.word(k).flags.contains(WordFlags::UNSPACED)
            || self.tokens.caseless(k)
            || self.tokens.capitalised(k)
    }

    /// Whether a word of `words` is a company's legal form or kind
    /// ("Soluciones Digitales SA", "Nova Rota Consultoria"): quoted, such a
    /// passage is the name of an organisation, not a title.
    pub(super) fn names_company(&mut self, words: std::ops::Range<usize>) -> bool {
        words
            .into_iter()
            .any(|k| self.classes_at(k).contains(WordClasses::COMPANY))
    }

    /// What word `k` (which exists) weighs among a headline's or footer's
    /// other words (see [`other_word`]): a character of a script without
    /// spaces weighs less only in a `company` segment, whose legal form
    /// frames a name; elsewhere a run of them may be a sentence.
    pub(super) fn weight(&self, k: usize, company: bool) -> usize {
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
    pub(super) fn reaches(&self, reach: &mut LineReach, k: usize) -> bool {
        while reach.next < k {
            reach.spent += self.weight(reach.next, true);
            reach.next += 1;
        }
        reach.spent < MAX_LINE_WORDS * WORD_WEIGHT && k - reach.start < MAX_LINE_TOKENS
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
    pub(super) fn headline(&mut self, i: usize, states: States, flags: WordFlags) {
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
    pub(super) fn title_cased(&mut self, i: usize) -> bool {
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
                proper |= is_unlisted(classes);
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
    pub(super) fn joins(&self, k: usize, info: WordInfo) -> bool {
        let classes = info.classes;
        self.tokens.opens_small(k)
            && classes.intersects(JOINERS)
            && !classes.intersects(WordClasses::READER | WordClasses::HISTORY)
    }

    /// Whether the line that starts at word `i` is in Title Case (see
    /// [`Run::title_cased`]), read once a line: `title_case` holds the
    /// answer once asked.
    pub(super) fn in_title_case(&mut self, i: usize, title_case: &mut Option<bool>) -> bool {
        *title_case.get_or_insert_with(|| self.title_cased(i))
    }

    /// Whether word `k` (whose entry is `info`) may be a name on a line in
    /// Title Case (see [`Run::title_cased`]): written with a capital, it
    /// may be an everyday word ("Without" in "Doctors Without Borders",
    /// "MA" in "Boston, MA"), but no word of shared history, none that
    /// points to the reader, greets or closes ("See You At KubeCon" is a
    /// remark), and no predicate.
    pub(super) fn named_in_title_case(&self, k: usize, info: WordInfo) -> bool {
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
    pub(super) fn is_name_word(&self, k: usize, info: WordInfo) -> bool {
        let text = self.tokens.text(k);
        let classes = self.engine.classes(text, info);
        !classes.intersects(WordClasses::HISTORY)
            && (classes.intersects(WordClasses::PARTICLE) || !classes.intersects(WordClasses::BODY))
            && !is_predicate(text)
    }

    /// Whether word `k` (whose entry is `info`) is a name word that a
    /// hyphenated name starts with ("Évian" in "Évian-les-Bains").
    pub(super) fn hyphened_name(&mut self, k: usize, info: WordInfo) -> bool {
        self.tokens.has(k + 1)
            && is_hyphened(self.tokens.word(k + 1).flags)
            && self.is_name_word(k, info)
    }

    /// Whether the word after `k` is glued to it (see [`is_glued`]): `k`
    /// is part of an address ("firma" in "firma.de", "anna" in
    /// "anna@firma.de").
    pub(super) fn glued_after(&mut self, k: usize) -> bool {
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
pub(super) fn other_word(
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

/// What a spaced word weighs among a headline's other words (see
/// [`other_word`]).
pub(super) const WORD_WEIGHT: usize = 3;

/// How much of a line [`Run::reaches`] has weighed: the words before
/// `next`.
#[derive(Debug, Clone, Copy)]
pub(super) struct LineReach {
    start: usize,
    next: usize,
    spent: usize,
}

impl LineReach {
    /// Nothing weighed yet of the line that starts at word `i`.
    pub(super) fn new(i: usize) -> Self {
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
pub(super) struct Label {
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

/// The most words a headline or footer line is read to (see
/// [`Run::reaches`]).
const MAX_LINE_WORDS: usize = 24;

/// The most tokens a line is read to whatever they weigh: the characters
/// of [`MAX_LINE_WORDS`] words of a script without spaces with a sign or
/// two each, so that signs standing alone cost a bounded read.
const MAX_LINE_TOKENS: usize = 2 * MAX_LINE_WORDS * WORD_WEIGHT;

/// The most words outside the vocabulary in one headline segment or footer.
pub(super) const MAX_HEADLINE_OTHERS: usize = 6;

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
