//! Footers a device or a mail client adds ("Sent from my iPhone", "Von
//! meinem iPhone gesendet", "Get Outlook for iOS"), and pleas to spare
//! paper: lines a stock text may end with and still be the platform's.

use super::headline::{Label, LineReach, other_word};
use super::{Phases, Run, States};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::WordFlags;

impl Run<'_, '_, '_, '_> {
    /// Whether a footer line read from its start (`plea`: a line of its
    /// own) may still be a plea to spare paper past word `k`: it has a word
    /// of printing (`printing`) or one stands after `k` on the line.
    fn may_plead(&mut self, plea: bool, printing: bool, k: usize) -> bool {
        plea && (printing || self.may_print_after(k))
    }

    /// Whether a word after word `k` on its line is one of printing, or
    /// the first of a phrase of printing ([`Engine::plea_words`](super::Engine::plea_words)' filter
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
    /// письмо без необходимости."). It may close any note whose body has
    /// begun.
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
        // Where a plea the vocabulary holds whole ends: one that ends the
        // line after everyday words alone is a plea, not one a remark
        // follows ("Erst denken, dann drucken, wie Oma immer sagte").
        let mut written_whole = None;
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
                // and "email ini" follows); a phrase of printing may hold
                // a word of sparing ("skriv inte ut", don't print); any
                // other phrase is one reason, whatever its words ("yeşil
                // düşünün", think green, is the environment's, though
                // "düşünün" alone asks to think it over).
                let fixed = classes.intersects(WordClasses::FOOTER);
                let inside = if fixed {
                    PLEADING
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
                if fixed
                    && words >= MIN_WHOLE_FOOTER
                    && (within.intersects(WordClasses::PRINTING)
                        || self.holds_printing_phrase(k, words))
                {
                    printing = true;
                    written_whole = Some(k + words);
                }
                footer |= fixed;
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
        let pleads =
            printing && ((environment && sparing) || (written_whole == Some(k) && scattered == 0));
        if (footer || pleads) && self.tokens.flags_or_end(k).contains(WordFlags::LINE) {
            self.set(k, to);
            if !self.tokens.has(k) {
                self.footed = self.footed.union(to);
            }
        }
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
}

/// The fewest words of a footer phrase that closes a note without naming a
/// device ("please excuse typos"): one or two footer words alone ("sent",
/// "gesendet") need a device beside them.
const MIN_WHOLE_FOOTER: usize = 3;

/// The classes of the words and phrases a footer line is made of (see
/// [`Run::footer`]).
const FOOTING: WordClasses = WordClasses::FOOTER
    .union(WordClasses::DEVICE)
    .union(PLEADING);

/// The classes of the words of a plea to spare paper (see [`Run::footer`]).
const PLEADING: WordClasses = WordClasses::PRINTING
    .union(WordClasses::ENVIRONMENT)
    .union(WordClasses::SPARING);
