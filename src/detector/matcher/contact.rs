//! A signature's contact and address lines: phone numbers, e-mail
//! addresses, links, handles and their labels, and postal addresses.

use super::headline::{LineReach, WORD_WEIGHT};
use super::{MAX_NAME_PARTS, Phases, Run, States, WordInfo, is_glued, is_hyphened};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::WordFlags;

impl Run<'_, '_, '_, '_> {
    /// A signature's contact or address line from word `i` (with `flags`
    /// and entry `info`; see [`Run::contact_end`]), after its name or
    /// headline.
    pub(super) fn contact(&mut self, i: usize, states: States, flags: WordFlags, info: WordInfo) {
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
    /// After a number or a label the line may also note when or how it
    /// reaches the sender, in the words of the closed lexicon class `reach`
    /// ("Tel. 0221 943851 (Mo–Fr 9–17 Uhr)", "(auch WhatsApp)"), with no
    /// name but on an address line; a name in parentheses there is a
    /// remark ("(Kotlin-Meetup HH)").
    /// The sender's details are part of the signature, while a sentence
    /// about a number, a place or a link speaks to the reader, is not such
    /// a line and keeps a note personal.
    ///
    /// Also says whether the line is anchored so. When the line is
    /// `placed` under a headline, a line of names alone is returned
    /// unanchored: no number, no label, no word glued to a word that is no
    /// name, at most [`MAX_LINE_INITIALS`] initials. It gives the employer
    /// or the place ("Okavango Labs", "Örebro"), see [`Run::contact`].
    pub(super) fn contact_end(&mut self, i: usize, placed: bool) -> Option<(usize, bool)> {
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
        // Whether a label was read on the line, and whether a word said
        // when or how its number reaches the sender (see below).
        let (mut labels, mut reached) = (false, false);
        // Whether the word read stands in parentheses.
        let mut aside = false;
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
            if let Some(opens) = self.tokens.parenthesis_before(k) {
                aside = opens;
            }
            let info = self.info(k);
            // A phrase of shared history is a remark, whatever its words
            // mean alone ("ar maidin": this morning; "ar" a country code).
            if self.ends_line(k, info) {
                return None;
            }
            // Past a number or a label, a word may note when or how it
            // reaches the sender (see below).
            let after_number = labels || digits >= MIN_PHONE_DIGITS;
            let marks = if after_number {
                WordClasses::CONTACT | WordClasses::ADDRESS | WordClasses::REACH
            } else {
                WordClasses::CONTACT | WordClasses::ADDRESS
            };
            if let Some((words, classes)) = self.phrase_at(k, info, marks) {
                located |= classes.intersects(WordClasses::ADDRESS);
                labelled = classes.intersects(WordClasses::CONTACT);
                labels |= labelled;
                reached |= classes.intersects(WordClasses::REACH);
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
                // A one-letter one counts as a label only first on its line
                // or segment ("M: …", "Tel. … | M: …"), not "e" or "o" in a
                // sentence.
                labels |= labelled
                    || k - 1 == i
                    || word.flags.intersects(WordFlags::BOUNDARY | WordFlags::PIPE);
                continue;
            } else if info.classes.intersects(WordClasses::REACH)
                && !info.classes.intersects(WordClasses::HISTORY)
                && after_number
            {
                // After a number or a label, when or how it reaches the
                // sender ("Mo–Fr 9–17 Uhr", "auch WhatsApp", "SMS only"):
                // a note on it, see below. Before one, such a word is a
                // place's code as often ("Boston, MA", "Alba (CN)": "ma"
                // is Monday in Dutch).
                reached = true;
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
            } else if labelled
                && (self.glued_after(k) || (!aside && self.is_name_word(k, info)))
                && self.ends_segment(k)
            {
                // A handle ends its segment ("WeChat: wangwei88 | …"); a
                // name the sentence goes on after is none ("Zure telefonoa
                // Ainhoak eman zidan": Ainhoa gave me your phone). Parts
                // glued into one handle are one, whatever the first means
                // alone ("ken_sato88": "ken" is a Dutch word). In
                // parentheses only such a handle is one: "(WhatsApp Priya)"
                // names someone.
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
                // In parentheses after a number or a label, a name is a
                // remark on the sender's own line ("+49 160 9923 4471
                // (Kotlin-Meetup HH)", "(Priya's brother)"): there the
                // sender says how or when the number reaches them, in
                // labels and the words of `reach` ("(auch WhatsApp)").
                if aside && after_number {
                    return None;
                }
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
        // A note on how or when a number reaches the sender stands beside
        // a number or handle, and beside no name but a street's or a
        // city's on an address line: "Tel. 030 1234567 (Mo–Fr 9–17 Uhr)",
        // not "+1 415 555 0199 – Sunday Lisbon". There a label last on the
        // line is the channel it names ("(auch WhatsApp)"), no place's code.
        if reached {
            let reachable = digits >= MIN_PHONE_DIGITS || address;
            if !reachable || (names > 0 && !located) {
                return None;
            }
        } else if labelled && k > i && self.is_name_word(k - 1, self.info(k - 1)) {
            // A label last on its line labels nothing: it is a name
            // ("Seattle, WA", where "WA" would be WhatsApp's).
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
}

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

/// The most initials a line of names alone may hold (see
/// [`Run::contact_end`]).
const MAX_LINE_INITIALS: usize = 3;
