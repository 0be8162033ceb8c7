//! Footers a device or a mail client adds ("Sent from my iPhone", "Von
//! meinem iPhone gesendet", "Get Outlook for iOS"), pleas to spare paper
//! and apologies for a phone's typing ("Please excuse typos"): lines a
//! stock text may end with and still be the platform's.

use super::headline::{Label, LineReach, WORD_WEIGHT, other_word};
use super::{Phases, Run, States};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::WordFlags;

impl Run<'_, '_, '_, '_> {
    /// Whether a footer line read from its start (`own`: a line of its
    /// own) may still be a plea to spare paper or an apology for typing
    /// past word `k`: it has a key word (`keyed`: of printing or of typing
    /// slips) or one stands after `k` on the line.
    fn may_compose(&mut self, own: bool, keyed: bool, k: usize) -> bool {
        own && (keyed || self.key_after(k))
    }

    /// Whether a word after word `k` on its line is one of printing or of
    /// typing slips, or the first of a phrase of either
    /// ([`Engine::line_keys`](super::Engine::line_keys)' filter rules most
    /// words out before any look-up): a plea to spare paper or an apology
    /// may go on past an everyday word only then.
    fn key_after(&mut self, k: usize) -> bool {
        let mut next = k + 1;
        let mut reach = LineReach::new(k);
        while self.tokens.has(next) && self.reaches(&mut reach, next) {
            if self.tokens.word(next).flags.contains(WordFlags::LINE) {
                return false;
            }
            let text = self.tokens.text(next);
            if self.engine.line_keys.may_hold(text) && {
                let info = self.engine.info(text);
                (info.classes | info.phrased).intersects(KEYS)
            } {
                return true;
            }
            next += 1;
        }
        false
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
    /// them the reader's; or a plea the vocabulary holds whole, ending the
    /// line after everyday words alone ("Пожалуйста, не распечатывайте это
    /// письмо без необходимости."); or, on a line of its own, an apology
    /// for a phone's typing in one sentence: a word asking pardon and one
    /// of typing slips or brevity among everyday words and at most one
    /// other, none of them the reader's or of shared history, each clause
    /// ending in its key words or a device's name (see [`Clauses`]: "Bitte
    /// entschuldigen Sie etwaige Tippfehler.", "Извините за краткость,
    /// пишу с телефона", "오타 양해 부탁드립니다"). It may close any note
    /// whose body has begun.
    ///
    /// [`MAX_HEADLINE_OTHERS`]: super::headline::MAX_HEADLINE_OTHERS
    pub(super) fn footer(&mut self, i: usize, states: States) {
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
        // An apology for a phone's typing: a word asking pardon and one of
        // typing slips, in one sentence ("Excusez les fautes de frappe").
        let (mut apology, mut slip, mut sentences) = (false, false, false);
        // Where a plea the vocabulary holds whole ends: one that ends the
        // line after everyday words alone is a plea, not one a remark
        // follows ("Erst denken, dann drucken, wie Oma immer sagte").
        let mut written_whole = None;
        // A plea or an apology stands on a line of its own: one that opens
        // after a sentence on its line is not read for either.
        let own = self.tokens.word(i).flags.contains(WordFlags::LINE);
        // The other words' weight as a plea reads them, and whether they
        // leave room for a device's footer (see [`Run::weight`]).
        let (mut scattered, mut spaced) = (0, true);
        // Whether a word of no list comes before the footer's first word
        // or device's name.
        let mut led = false;
        // Whether the word before joins the footer: a footer's word, a
        // device's or an app's name, or an everyday word that joins one
        // (see below); or the line's start, in a script without spaces,
        // whose "from" may open a footer ("从 Windows 版邮件发送"; a line
        // of a spaced language opens with a footer's own words).
        let mut joins = self.tokens.word(i).flags.contains(WordFlags::UNSPACED);
        let mut reach = LineReach::new(i);
        while self.tokens.has(k) && self.reaches(&mut reach, k) {
            let f = self.tokens.word(k).flags;
            if k > i && f.contains(WordFlags::LINE) {
                break;
            }
            sentences |= k > i && f.contains(WordFlags::SENTENCE);
            let info = self.info(k);
            // "फोन गरेको" (phoned) tells of something, though "फोन" (phone)
            // is a device.
            if self.ends_line(k, info) {
                return;
            }
            if let Some((words, classes)) = self.phrase_at(k, info, FOOTING) {
                // A fixed footer's words may also make a plea or an
                // apology in another wording ("Pikirkan lingkungan sebelum
                // mencetak" is one, and "email ini" follows; "undskyld
                // stavefejl" is one, and "venligst" follows); a phrase of
                // printing may hold a word of sparing ("skriv inte ut",
                // don't print); any other phrase is one reason, whatever
                // its words ("yeşil düşünün", think green, is the
                // environment's, though "düşünün" alone asks to think it
                // over).
                let fixed = classes.intersects(WordClasses::FOOTER);
                let inside = if fixed {
                    COMPOSING
                } else if classes.intersects(WordClasses::PRINTING) {
                    WordClasses::PRINTING.union(WordClasses::SPARING)
                } else {
                    WordClasses::PRINTING
                };
                let within =
                    (k..k + words).fold(classes, |c, w| c | (self.info(w).classes & inside));
                printing |= within.intersects(WordClasses::PRINTING);
                environment |= within.intersects(WordClasses::ENVIRONMENT);
                sparing |= within.intersects(WordClasses::SPARING);
                apology |= within.intersects(WordClasses::APOLOGY);
                slip |= within.intersects(WordClasses::SLIP);
                let written = fixed && words >= MIN_WHOLE_FOOTER;
                if written
                    && (within.intersects(WordClasses::PRINTING)
                        || self.holds_printing_phrase(k, words))
                {
                    printing = true;
                    written_whole = Some(k + words);
                }
                // An apology the vocabulary holds whole names its slips,
                // whatever words it names them in ("Maaf jika ada salah
                // ketik"), and may follow everyday words ("Mohon").
                slip |= written && within.intersects(WordClasses::APOLOGY);
                footer |= fixed;
                // A footer written whole names its device inside
                // ("Lähetetty iPhonesta": sent from iPhone).
                device |= classes.intersects(WordClasses::DEVICE)
                    || (k..k + words).any(|w| self.device_at(w));
                whole |= written;
                joins = classes.intersects(WordClasses::FOOTER | WordClasses::DEVICE)
                    || self.device_at(k + words - 1);
                k += words;
                continue;
            }
            let classes = info.classes;
            let joined = std::mem::replace(
                &mut joins,
                classes.intersects(WordClasses::FOOTER | WordClasses::DEVICE),
            );
            if classes.intersects(WordClasses::FOOTER | WordClasses::DEVICE) {
                footer |= classes.intersects(WordClasses::FOOTER);
                device |= classes.intersects(WordClasses::DEVICE);
            } else if classes.intersects(COMPOSING) {
                printing |= classes.intersects(WordClasses::PRINTING);
                environment |= classes.intersects(WordClasses::ENVIRONMENT);
                sparing |= classes.intersects(WordClasses::SPARING);
                apology |= classes.intersects(WordClasses::APOLOGY);
                slip |= classes.intersects(WordClasses::SLIP);
                // An everyday one ("before", "antes", "sorry") is read as
                // the others below are.
                if classes.intersects(WordClasses::BODY) {
                    if !everyday && !self.may_compose(own, printing || slip, k) {
                        return;
                    }
                    everyday = true;
                }
            } else if classes.intersects(WordClasses::BODY)
                && !classes.intersects(WordClasses::HISTORY)
            {
                // One or two everyday words before a device's or an app's
                // name join it to the footer's words or to the system an
                // app runs on, in the order of the language ("Sent from
                // Outlook for Android", "Gửi từ Outlook cho Android",
                // "Android के लिए Outlook से भेजा गया", "从 Windows 版邮件发送").
                if joined && joins_words(classes) && self.joins_device(k) {
                    joins = true;
                    k += 1;
                    continue;
                }
                // Only a plea to spare paper is a sentence of everyday
                // words, and it speaks of this e-mail, not of something of
                // the reader's ("Loved your print of the Berlin
                // environment").
                if classes.intersects(WordClasses::YOURS)
                    || (!everyday && !self.may_compose(own, printing || slip, k))
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
                // A device's model or a link follows the footer's words; a
                // word before them says whose or where ("엄마 Galaxy
                // 스마트폰에서 보냈습니다", from Mum's). Not a letter alone:
                // Outlook's printer icon is a "P" in Webdings ("P Please
                // don't print this e-mail").
                led |= !(footer || device) && self.tokens.text(k).chars().nth(1).is_some();
                let weight = self.weight(k, false);
                if spaced && !other_word(classes, f, Label::default(), weight, &mut others) {
                    // Past a device footer's room, only a plea may go on.
                    spaced = false;
                    if !self.may_compose(own, printing || slip, k) {
                        return;
                    }
                }
            }
            k += 1;
        }
        // An apology's clauses (split by commas and dashes) each end in
        // its own key words or a device's name ("Извините за краткость,
        // пишу с телефона"), so that no clause tells something else
        // ("Sorry for the typos, I'm at the funeral"); read only on a line
        // that asks pardon.
        let kept = apology && self.clauses_kept(i, k);
        // A line that asks pardon in a clause of another kind is no footer,
        // whatever device it names ("Извините за опечатки, пишу с телефона
        // жены": from my wife's phone).
        let footer = spaced
            && !everyday
            && !led
            && (!apology || kept)
            && ((footer && device) || (whole && others == 0));
        let pleads =
            printing && ((environment && sparing) || (written_whole == Some(k) && scattered == 0));
        let apologises = own && kept && slip && !sentences && scattered <= WORD_WEIGHT;
        if (footer || pleads || apologises) && self.tokens.flags_or_end(k).contains(WordFlags::LINE)
        {
            self.set(k, to);
            if !self.tokens.has(k) {
                self.footed = self.footed.union(to);
            }
        }
    }

    /// Whether each clause of the words from `i` to `end` (which were read
    /// as a footer's) is an apology's (see [`Clauses`]).
    fn clauses_kept(&mut self, i: usize, end: usize) -> bool {
        let mut clauses = Clauses::default();
        let mut k = i;
        while k < end {
            if k > i
                && self
                    .tokens
                    .word(k)
                    .flags
                    .intersects(WordFlags::COMMA | WordFlags::DASH)
            {
                clauses.close();
            }
            let info = self.info(k);
            if let Some((words, classes)) =
                self.phrase_at(k, info, FOOTING.union(WordClasses::AGAIN))
            {
                let weight = (k..k + words).map(|w| self.weight(w, true)).sum();
                clauses.read(classes, true, weight);
                k += words;
            } else {
                clauses.read(info.classes, false, self.weight(k, true));
                k += 1;
            }
        }
        clauses.close();
        clauses.kept
    }

    /// Whether a phrase of printing starts among the `words` words from
    /// word `k`: in a script without spaces, a word of printing is a phrase
    /// of its characters ("列印" in "列印前請三思").
    fn holds_printing_phrase(&mut self, k: usize, words: usize) -> bool {
        (k..k + words).any(|w| {
            let info = self.info(w);
            self.phrase_at(w, info, WordClasses::PRINTING).is_some()
        })
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

    /// Whether a device's or an app's name follows word `k` on its line,
    /// next to it or after one more everyday word ("के लिए Outlook", for
    /// Outlook).
    fn joins_device(&mut self, k: usize) -> bool {
        self.device_follows(k)
            || (self.tokens.has(k + 1)
                && !self.tokens.word(k + 1).flags.contains(WordFlags::LINE)
                && joins_words(self.info(k + 1).classes)
                && self.device_follows(k + 1))
    }
}

/// Whether a word of `classes` may join a device's name to a footer: an
/// everyday word, neither of shared history nor the reader's ("for",
/// "के", "لـ"; not "your").
fn joins_words(classes: WordClasses) -> bool {
    classes.intersects(WordClasses::BODY)
        && !classes.intersects(WordClasses::HISTORY | WordClasses::YOURS)
}

/// The fewest words of a footer phrase that closes a note without naming a
/// device ("please excuse typos"): one or two footer words alone ("sent",
/// "gesendet") need a device beside them.
const MIN_WHOLE_FOOTER: usize = 3;

/// The classes of the words and phrases a footer line is made of (see
/// [`Run::footer`]).
const FOOTING: WordClasses = WordClasses::FOOTER
    .union(WordClasses::DEVICE)
    .union(WordClasses::TYPING)
    .union(COMPOSING);

/// The classes of the words of a plea or an apology, each of which
/// composes its line from words of its own (see [`Run::footer`]).
const COMPOSING: WordClasses = PLEADING
    .union(WordClasses::APOLOGY)
    .union(WordClasses::SLIP);

/// The key words of a plea or an apology: a line of everyday words may be
/// one only if it holds one (see [`Run::may_compose`]).
pub(super) const KEYS: WordClasses = WordClasses::PRINTING.union(WordClasses::SLIP);

/// The classes of the words of a plea to spare paper (see [`Run::footer`]).
const PLEADING: WordClasses = WordClasses::PRINTING
    .union(WordClasses::ENVIRONMENT)
    .union(WordClasses::SPARING);

/// An apology's clauses, as [`Run::clauses_kept`] reads them: each must
/// hold a key word (of [`WordClass::Apology`] or [`WordClass::Slip`]) or a
/// device's name (or a footer's phrase: "skrevet på mobilen"), after at
/// most [`MAX_CLAUSE_OTHERS`] other words ("Bitte entschuldigen Sie
/// etwaige Tippfehler"), and end with it: give or take a word after a key
/// word, as verb-final languages put one ("오타 양해 부탁드립니다", "ببخشید
/// اگر غلط تایپی دارد"), and nothing after a device's name but two
/// characters of a script without spaces ("手机输入"). A clause that
/// ends with a device's name holds no word of no list, but words of
/// [`WordClass::Typing`] ("píšu z mobilu"): one there tells whose or where
/// ("hospital phone", "пишу с телефона жены"). No clause says "again" or
/// "still" ("Sorry for typos again"). A clause that tells of
/// something else fails ("I'm at the funeral"), and so does one that goes
/// on past its key ("Sorry for the typo in the invoice"). A footer's word
/// alone ends none: it is an everyday word as often ("من", from: "أكتب من
/// المستشفى", writing from the hospital).
///
/// [`WordClass::Apology`]: crate::detector::lexicon::WordClass::Apology
/// [`WordClass::Slip`]: crate::detector::lexicon::WordClass::Slip
/// [`WordClass::Typing`]: crate::detector::lexicon::WordClass::Typing
#[derive(Debug, Clone, Copy)]
struct Clauses {
    /// Whether every clause closed so far is an apology's.
    kept: bool,
    /// What ends the open clause so far: nothing, a key word or a
    /// device's name.
    end: ClauseEnd,
    /// The weight of the open clause's other words, of those since its
    /// last key word or device's name (see [`Run::weight`]), and whether
    /// one of them is of no list.
    others: usize,
    since: usize,
    unlisted: bool,
    /// Whether the open clause says "again" or "still" (see
    /// [`WordClass::Again`]).
    ///
    /// [`WordClass::Again`]: crate::detector::lexicon::WordClass::Again
    again: bool,
}

/// What ends an apology's clause (see [`Clauses`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClauseEnd {
    Nothing,
    Key,
    Device,
}

impl Default for Clauses {
    fn default() -> Self {
        Clauses {
            kept: true,
            end: ClauseEnd::Nothing,
            others: 0,
            since: 0,
            unlisted: false,
            again: false,
        }
    }
}

impl Clauses {
    /// Reads a word (or, with `phrase`, a phrase) of `classes` and
    /// `weight` in the open clause.
    fn read(&mut self, classes: WordClasses, phrase: bool, weight: usize) {
        self.again |= classes.intersects(WordClasses::AGAIN);
        if classes.intersects(WordClasses::APOLOGY | WordClasses::SLIP) {
            (self.end, self.since) = (ClauseEnd::Key, 0);
        } else if classes.intersects(WordClasses::DEVICE)
            || (phrase && classes.intersects(WordClasses::FOOTER))
        {
            (self.end, self.since) = (ClauseEnd::Device, 0);
        } else if classes.intersects(WordClasses::TYPING) {
            // The clause's verb, which some languages put last ("Vom Handy
            // getippt", "手机输入").
            self.others += weight;
        } else {
            self.others += weight;
            self.since += weight;
            self.unlisted |= !classes.intersects(LISTED);
        }
    }

    /// Closes the open clause (a comma, a dash, the line's end); an empty
    /// one is none.
    fn close(&mut self) {
        if self.end != ClauseEnd::Nothing || self.others > 0 {
            let trail = match self.end {
                ClauseEnd::Nothing => 0,
                ClauseEnd::Key => WORD_WEIGHT,
                ClauseEnd::Device => DEVICE_TRAIL,
            };
            self.kept &= self.end != ClauseEnd::Nothing
                && self.since <= trail
                && self.others <= MAX_CLAUSE_OTHERS * WORD_WEIGHT
                && !(self.end == ClauseEnd::Device && self.unlisted)
                && !self.again;
        }
        *self = Clauses {
            kept: self.kept,
            ..Clauses::default()
        };
    }
}

/// The classes of an apology's words other than its key words and devices
/// that are no words of no list (see [`Clauses`]).
const LISTED: WordClasses = WordClasses::BODY
    .union(WordClasses::FOOTER)
    .union(WordClasses::TYPING);

/// What may follow a device's name at the end of an apology's clause: two
/// characters of a script without spaces ("手机输入", typed on the phone),
/// no spaced word.
const DEVICE_TRAIL: usize = 2;

/// The most other words an apology's clause holds beside its key words:
/// "Please excuse my brevity and any typos" holds four.
const MAX_CLAUSE_OTHERS: usize = 4;
