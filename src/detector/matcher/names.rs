//! Names the vocabulary cannot tell: where a word it knows is still part of
//! a name, and how far a name written without spaces reaches.
//!
//! A name is a name only where a salutation, a signature or a stock text's
//! slot frames it. Within such a frame a listed word may still be one (a
//! capital after small letters, a nickname, a word after a particle: "de
//! la Cruz"); a word with a case ending stands in a sentence and is not.
//! In scripts without spaces a name has no edges, so its reach is counted
//! in letters from the honorific or the frame before it.

use super::{
    FRAMING, MAX_NAME_PARTS, NO_NAME_PART, Phases, Run, States, is_ideographic, is_name, least_tale,
};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::{
    Case, WordFlags, is_indic_initial, is_unspaced_mark, may_abbreviate,
};

impl Run<'_, '_, '_, '_> {
    /// Whether word `i` is a proper name with a case ending after an
    /// apostrophe (a [`WordClass::Ending`](crate::detector::lexicon::WordClass):
    /// "Kapadokya'da", in Cappadocia; "ODTÜ'de", at METU): it stands in a
    /// sentence, so it is no name a greeting or a signature gives, which
    /// people write bare ("İyi hafta sonları Kapadokya'da" wishes a good
    /// weekend in Cappadocia; it is not signed "Kapadokya'da").
    pub(super) fn inflected_name(&self, i: usize) -> bool {
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
    pub(super) fn recased_greeting(
        &mut self,
        i: usize,
        flags: WordFlags,
        classes: WordClasses,
    ) -> bool {
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

    /// Whether word `i` (with `flags`), right after a wish of several
    /// words on its line, opens a name of two words or more capitalised
    /// alike ("Kila la heri Baraka Mwangi", "Hyvää jatkoa Sanna Mäkinen"):
    /// then it signs, as after a closing. One word after a wish may be the
    /// one wished well ("Bol şans Ayşe"), and a remark goes on in small
    /// letters ("Hyvää jatkoa Tampereen projektissa"). A note in one case
    /// throughout has no capitalised word, so it reads as it did without
    /// this rule.
    pub(super) fn wished_name(&mut self, i: usize, flags: WordFlags) -> bool {
        if flags.intersects(WordFlags::BOUNDARY | WordFlags::UNSPACED)
            || !self.tokens.capitalised(i)
            || !self.tokens.has(i + 1)
        {
            return false;
        }
        let next = self.tokens.word(i + 1).flags;
        !next.intersects(WordFlags::BOUNDARY | WordFlags::DIGIT | WordFlags::UNSPACED)
            && self.tokens.capitalised(i + 1)
    }

    /// Whether word `i` (with `flags`), a third word of a name right after
    /// a thank-you, is capitalised as the word before it is: then the name
    /// goes on ("Takk fyrir Guðrún Ósk Magnúsdóttir", "Mulțumesc frumos
    /// Ana Maria Popa"), where what a thank-you is for is written in small
    /// letters ("Takk fyrir tenginguna við Jón", thanks for the
    /// introduction to Jón). A name of three words or more after a
    /// thank-you is told so by its case alone, so a note in one case
    /// throughout keeps the two words, in capitals as in small letters.
    pub(super) fn thanked_name_goes_on(&self, i: usize, flags: WordFlags) -> bool {
        i > 0
            && !flags.intersects(WordFlags::BOUNDARY | WordFlags::UNSPACED)
            && self.tokens.capitalised(i)
            && self.tokens.capitalised(i - 1)
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
    ///
    /// [`Tokens::case`]: crate::detector::normalize::Tokens::case
    #[cold]
    pub(super) fn recased(&mut self, i: usize, flags: WordFlags, classes: WordClasses) -> bool {
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
    pub(super) fn crowds_line(&mut self, i: usize) -> bool {
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
    /// a name is looked for (after a salutation word or a closing; after
    /// the body, after a dash or first on a line) or inside a name being
    /// read, and followed on its line
    /// by a capitalised word that can only be a name, or by a particle
    /// ("Hi Will Smith", "Best regards,⏎Grace Kowalczyk", "– Can Yılmaz",
    /// "İyi çalışmalar Ahmet Can Öztürk"). Only listed names: a
    /// capital cannot tell an adjective, a wish or a preposition from a
    /// name ("Cheers,⏎Awesome Berlin", "– Happy Diwali", "Best,⏎From
    /// Lisbon" are remarks). Never a word the lexicon lists as one of
    /// shared history, but a verb of meeting that is a given name too
    /// ("Meet Patel"); a stem's guess does not count ("Grant", "Chase").
    /// The surname after it keeps a remark out: "…⏎Will call you Monday".
    #[cold]
    pub(super) fn first_name(&mut self, i: usize, classes: WordClasses, flags: WordFlags) -> bool {
        let listed = self.info(i).classes;
        if !classes.contains(WordClasses::GIVEN)
            || (listed.intersects(WordClasses::HISTORY) && !classes.contains(WordClasses::MEETING))
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

    /// Whether word `i` (with `flags`, after phases `any`) is a nickname:
    /// one word between double quotes inside a name that is already open,
    /// on the name's line, with a double quote again before the next word
    /// or at the note's end ("Alessandra "Ale" Conti", "Hi Robert “Bob”
    /// Lee,", "Hallo Johannes «Kaffee»,⏎"; a straight quote that opens the
    /// next line would count too). It is part of the name whatever it
    /// means alone ("Ale" is a drink, a word of shared history).
    pub(super) fn nickname(&mut self, i: usize, any: Phases, flags: WordFlags) -> bool {
        flags.contains(WordFlags::QUOTED)
            && !flags.intersects(WordFlags::BOUNDARY | WordFlags::DIGIT | WordFlags::UNSPACED)
            && any.intersects(Phases::NAMES | Phases::SOLOS | Phases::SIGS)
            && self.tokens.flags_or_end(i + 1).contains(WordFlags::QUOTED)
    }

    /// Whether a full stop after word `k` may be an abbreviation's rather
    /// than a sentence end: after a short Latin word ("Dr.", "St."), after
    /// a title that stands before names in any script ("डॉ.", "г-жа."),
    /// which the vocabulary lists as a particle, or after an initial of a
    /// script of India, a letter's name the vocabulary does not hold ("ಕೆ.
    /// ಎಸ್. ನಾಗರಾಜ್": K. S. Nagaraj; a word such as "है" still ends a
    /// sentence).
    pub(super) fn abbreviates(&self, k: usize) -> bool {
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

    /// Whether word `i`, which has a common use, is a name part because a
    /// particle inside a name stands right before it: "Saeed" in "Abdul
    /// Rahman bin سعيد" is a name whatever else the word means ("happy").
    /// Never a word of shared history, a number or a character of a script
    /// without spaces, and never across a boundary.
    pub(super) fn after_particle(
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

    /// Names written in a script without spaces, whose characters are
    /// words of their own: a run of a few letters ([`MAX_IDEOGRAPHIC_NAME`],
    /// [`MAX_UNSPACED_NAME`]) read as one name where the grammar allows a
    /// name (after a salutation, as a signature). A name spaced into parts
    /// ("田中 太郎", "အောင် ကျော် မင်း") is short as a whole too
    /// ([`MAX_UNSPACED_FULL_NAME`]): a spaced sentence is not a string of
    /// names. A longer run, or one where no name may stand, must be
    /// accounted for by the catalog or the vocabulary.
    pub(super) fn unspaced_name(&mut self, i: usize, states: States, flags: WordFlags) {
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

    /// Whether word `k` (which exists) is a vowel sign or tone mark of a
    /// script without spaces: part of the letter before it.
    pub(super) fn is_mark(&self, k: usize) -> bool {
        self.tokens
            .text(k)
            .chars()
            .next()
            .is_some_and(is_unspaced_mark)
    }
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
