//! The normaliser: turns a note into a sequence of folded words, lazily.
//!
//! Every decoration the detector must see through is removed here, once, so
//! the matcher compares plain words:
//!
//! - case is folded (full Unicode lower case, plus `ı`→`i`, `ß`→`ss`,
//!   `ς`→`σ`), compatibility forms are decomposed (NFKD: full-width letters,
//!   ligatures) and combining marks dropped (accents, a Turkish `İ`'s dot);
//! - apostrophes of any style (`'` `’` `‘` `` ` `` `´` `ʼ`) are dropped, so
//!   `I’d`, `I'd` and `Id` are one word;
//! - zero-width, bidi and other invisible characters are dropped wherever
//!   they stand, even inside a word;
//! - HTML entities as e-mails carry them (`&#39;`, `&amp;`, `&nbsp;`, also
//!   double-encoded `&amp;#39;`) are decoded;
//! - every other non-alphanumeric character separates words. The separators
//!   leave a trace in [`WordFlags`] (a sentence end, a line break, a comma,
//!   a spaced dash) because salutations and signatures are recognised by
//!   where they stand.
//!
//! Words are appended to one reused `String`, separated by single spaces, so
//! any run of words is a contiguous `&str` and comparing a run with a catalog
//! text is one `memcmp`. Tokenising is lazy: the matcher pulls words only as
//! far as it needs them, and most notes are decided within a few words.

//!
//! The parts, by responsibility: `chars` (what each character is, and the
//! per-character table), `entity` (HTML entities), `disguise` (noticing
//! look-alikes and invisible characters), `tokens` (the word stream).

mod chars;
mod disguise;
mod entity;
mod entity_names;
mod markup;
mod tokens;

pub(crate) use chars::{
    is_apostrophe, is_hangul_syllable, is_hidden, is_indic_initial, is_unspaced, is_unspaced_mark,
};
pub(crate) use tokens::{Case, Scratch, Tokens, is_blank, normalize_into};

use super::bits::bit_set;

bit_set! {
    /// What stands before a word: the separators the tokenizer folded away
    /// (salutations and signatures are recognised by where they stand),
    /// and what kind of word it is.
    WordFlags(u32) {
        /// A sentence end (`.` `!` `?` `…` `。` …) stands before the word.
        SENTENCE = 1;
        /// A line break stands before the word.
        LINE = 2;
        /// A comma-like separator (`,` `:` `、` `،` …) stands before the word.
        COMMA = 4;
        /// A dash set off by whitespace (`- Jane`, `– Jane`) stands before
        /// the word.
        DASH = 8;
        /// Any of the boundaries above.
        BOUNDARY = Self::SENTENCE.bits() | Self::LINE.bits() | Self::COMMA.bits() | Self::DASH.bits();
        /// The word starts with a digit.
        DIGIT = 16;
        /// A list separator of headlines (`|` `·` `•` `/`) stands before the
        /// word.
        PIPE = 32;
        /// Nothing separates the word from the one before: the second half
        /// of a hyphenated word (`Al-Mansouri`), or a character of a script
        /// written without spaces (each is a word of its own: `张` `伟`).
        JOINED = 64;
        /// Set by the matcher, not the tokenizer: the word is short and last
        /// on its line, so it may end a signature name whatever it means.
        NAME_END = 128;
        /// The word is one character of a script written without spaces
        /// (Han, kana, Thai, Lao, Khmer, Burmese).
        UNSPACED = 256;
        /// The word is one letter followed by a full stop: an initial
        /// (`J. K. Rowling`), which is part of a name, not a sentence end.
        INITIAL = 512;
        /// The word stands for an unfilled placeholder (`[Name]`,
        /// `<First Name>`, `{{company}}`, `○○`): a pasted template's mark.
        PLACEHOLDER = 1024;
        /// Whitespace stands before the word (a link's parts have none).
        SPACE = 2048;
        /// Set by the matcher: the sentence mark before the word follows a
        /// short word, so it may be an abbreviation's (`Dr. Ann`).
        ABBREVIATED = 4096;
        /// A full stop inside a word stands right before it (`com` in
        /// `bol.com`, `js` in `Node.js`): part of a proper name, never a
        /// word of the sentence. Always with `JOINED`.
        DOTTED = 8192;
        /// Set by the matcher: a common word right before a break after a
        /// salutation, so it may be the name greeted (`Selam Can!`).
        GREETED = 16384;
        /// The sentence end before the word (or after the last word, see
        /// `Tokens::flags_or_end`) is an exclamation or question mark
        /// (`!` `?` `！` `؟` …): a remark's, never a name's.
        EXCLAIM = 32768;
        /// A double quotation mark stands before the word (`"` `“` `”` `„`
        /// `«` `»` `「` `」` …: an opening or a closing one, since the
        /// straight quote does not tell). A word between two, inside a name,
        /// is a nickname (`Alessandra "Ale" Conti`).
        QUOTED = 65536;
        /// Set by the matcher: the word's case breaks the signature name
        /// before it ("Hälsningar till din syster Karin": greetings to your
        /// sister Karin), so the name does not go on across it; see
        /// `Run::recased` for when it does.
        RECASED = 1 << 17;
        /// The sentence end before the word (or after the last word) is a
        /// question mark (`?` `？` `؟` …); always with `EXCLAIM`.
        QUESTION = 1 << 18;
        /// Set by the matcher: the word opens with a capital after two or
        /// more words of a greeted name in small letters ("Bonjour,
        /// ingénieur process chez Airbus"), so the greeted name does not
        /// go on across it; see `Run::recased_greeting`.
        RECASED_GREETING = 1 << 19;
        /// An apostrophe, or another character that folding drops (a
        /// control character, a tatweel), stood in the word or right after
        /// it ("Kapadokya'da"; see `Tokens::ending_letters`, which reads
        /// the word itself).
        ELIDED = 1 << 20;
        /// Set by the matcher: the word and the one before it are
        /// capitalised (a capital, then small letters), as a name's words
        /// are written ("Guðrún Ósk Magnúsdóttir"), so a name after a
        /// thank-you may go on past its two words; see
        /// `Run::thanked_name_goes_on`.
        TITLED = 1 << 21;
        /// Set by the matcher: the word opens a name of two words or more
        /// capitalised alike right after a wish of several words on its
        /// line ("Kila la heri Baraka Mwangi", "Hyvää jatkoa Sanna
        /// Mäkinen"), so it signs as a name after a closing does; see
        /// `Run::wished_name`.
        WISHED = 1 << 22;
        /// With `PLACEHOLDER`: it is written as prose, chat and code write
        /// asides, tags, attachments and values too, in single square or
        /// angle brackets or braces with no underscore joining its words
        /// (`[sic]`, `[EN]`, `[photo]`, `<grin>`, `{laughs}`, but also
        /// `[Name]`); see `Run::unread` for when it is one.
        BRACKETED = 1 << 23;
    }
}

/// Whether a full stop after `word` (normalised) may be an abbreviation's
/// rather than a sentence end (`Dr.`, `Mr.`, `St.`): a short Latin word.
pub(crate) fn may_abbreviate(word: &str) -> bool {
    word.len() <= 3 && word.is_ascii()
}

/// At most this many bytes of normalised text are kept. No stock text or
/// generic template comes near it, so a longer note is specific by length
/// alone, and memory stays bounded whatever the input.
pub(crate) const MAX_TEXT_BYTES: usize = 4096;

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> (String, Vec<WordFlags>) {
        let mut scratch = Scratch::default();
        normalize_into(s, &mut scratch);
        let flags = scratch
            .words
            .iter()
            .map(|w| w.flags.without(WordFlags::SPACE))
            .collect();
        (scratch.text, flags)
    }

    #[test]
    fn folds_every_decoration() {
        let plain = norm("I'd like to add you").0;
        assert_eq!(plain, "id like to add you");
        for decorated in [
            "I’D  LIKE\tto add you",
            "i&#39;d like to add&nbsp;you",
            "I&amp;#39;d like to add you",
            "I\u{200B}'d li\u{FEFF}ke to a\u{2060}dd you",
            "Ｉ’ｄ ｌｉｋｅ ｔｏ ａｄｄ ｙｏｕ",
            "\u{202E}I´d like to add you!!!",
        ] {
            assert_eq!(norm(decorated).0, plain, "{decorated:?}");
        }
    }

    #[test]
    fn folds_non_ascii_case_and_accents() {
        assert_eq!(norm("KİŞİ kişi KIŞI").0, "kisi kisi kisi");
        assert_eq!(norm("Grüße STRASSE straße").0, "grusse strasse strasse");
        let (upper, lower) = (norm("ΣΟΦΟΣ").0, norm("σοφος").0);
        assert_eq!(upper, lower);
        assert_eq!(norm("ﬁne Añadirte").0, "fine anadirte");
    }

    #[test]
    fn signs_of_scripts_without_spaces_spell_words() {
        // Thai "ที่" (at) and "ท" (a letter), Khmer "គួរ" (should) and "គ្រូ"
        // (teacher) are other words.
        assert_ne!(norm("ที่").0, norm("ท").0);
        assert_ne!(norm("គួរ").0, norm("គ្រូ").0);
        // Each sign is part of the letter before it: four letters, four
        // words, however a precomposed letter before a sign was typed.
        assert_eq!(norm("สวัสดี").1.len(), 4);
        assert_eq!(norm("ໃໝ່ໆ").0, norm("ໃຫມ່ໆ").0);
        assert_eq!(norm("ໃໝ່ໆ").0, "ໃ ຫ ມ\u{ec8} ໆ");
        // A sign after a space stands for itself.
        assert_eq!(norm(" \u{e48}").0, "\u{e48}");
        // Burmese signs still go (see `spelling_mark`).
        assert_eq!(norm("မင်္ဂလာပါ").0, norm("မင်္ဂလာပွဲ").0);
        // Signs typed in either order are the same letter.
        assert_eq!(norm("ที่").0, norm("ท\u{e48}\u{e35}").0);
        // A letter holds a few; a run of stacked signs costs linear time.
        let stacked = format!("ท{}", "\u{e48}".repeat(100_000));
        let sign = "\u{e48}";
        let first = format!("ท{} {sign}", sign.repeat(4));
        assert!(norm(&stacked).0.starts_with(&first));
    }

    #[test]
    fn vowel_signs_of_indic_scripts_spell_words() {
        let words = |s: &str| norm(s).0;
        // Vowel signs and viramas stay: three words, not one.
        assert_eq!(words("मेल मिल माल नमस्ते"), "मेल मिल माल नमस्ते");
        // The nukta goes and the candrabindu reads as the anusvara.
        assert_eq!(words("ज़रूर हूँ"), words("जरूर हूं"));
        // Accents of other scripts still go.
        assert_eq!(words("café"), "cafe");
    }

    fn disguised(s: &str) -> bool {
        let mut scratch = Scratch::default();
        let mut tokens = Tokens::new(s, &mut scratch);
        tokens.len();
        tokens.disguised()
    }

    #[test]
    fn look_alike_letters_fold_to_latin_and_are_noticed() {
        let plain = norm("add you to my network").0;
        // Cyrillic а, е, о, р, с and Greek ο inside Latin words.
        let homoglyphs = "\u{430}dd y\u{43E}u t\u{3BF} my n\u{435}tw\u{43E}rk";
        assert_eq!(norm(homoglyphs).0, plain);
        assert!(disguised(homoglyphs));
        assert!(disguised("ａdd"), "full-width mixed with ASCII");
        assert!(disguised("ne\u{200B}twork"), "an invisible between letters");
        assert!(disguised("ne\u{301}\u{302}\u{303}twork"), "stacked marks");
        assert!(!disguised("add you to my network"));
        assert!(
            !disguised("Я хочу добавить вас в свой список контактов."),
            "one script"
        );
        assert!(
            !disguised("ｆｕｌｌ ｗｉｄｔｈ"),
            "a whole word in one form"
        );
        assert!(!disguised("café résumé naïve"), "accents are not disguises");
        assert!(
            !disguised("Beni Toxlarsın belki? KİŞİ"),
            "Turkish dotless and dotted i"
        );
        assert!(!disguised("word\u{200B} next"), "an invisible after a word");
    }

    /// How each word of `s` is written (see [`Tokens::case`]).
    fn cases(s: &str) -> Vec<Case> {
        each(s, |tokens, i| tokens.case(i))
    }

    /// Each word of `s`, read by `read`.
    fn each<T>(s: &str, read: impl Fn(&Tokens<'_, '_>, usize) -> T) -> Vec<T> {
        let mut scratch = Scratch::default();
        let mut tokens = Tokens::new(s, &mut scratch);
        let mut all = Vec::new();
        while tokens.has(all.len()) {
            all.push(read(&tokens, all.len()));
        }
        all
    }

    #[test]
    fn acronyms_are_words_in_capitals() {
        assert_eq!(
            each(
                "BNP Paribas KAUST ODTÜ'de A IT's B2B iPhone MВА",
                |t, i| t.in_capitals(i)
            ),
            [true, false, true, true, false, true, true, false, true]
        );
        // A word's letters only: the word after it does not count.
        assert_eq!(each("ING en", |t, i| t.in_capitals(i)), [true, false]);
        assert_eq!(
            each("Airbus airbus ÉCOLE 42", |t, i| t.opens_capital(i)),
            [true, false, true, false]
        );
    }

    #[test]
    fn a_case_ending_after_an_apostrophe_is_counted() {
        assert_eq!(
            each(
                "Kapadokya'da ODTÜ’nün Ali'ye O'Neil l'aquila Anna's Anna'daaaaaa Anna Mu'in Ali'ye'ye",
                |t, i| t.ending_letters(i)
            ),
            [
                Some(2),
                Some(3),
                Some(2),
                None,
                None,
                None,
                None,
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn a_words_case_is_read_from_the_note() {
        use Case::{Capital, Other, Small};
        assert_eq!(
            cases("Anna lee Évian élodie 42 张伟 Ørsted O'Neil d'Auvergne l'aquila"),
            [
                Capital, Small, Capital, Small, Other, Other, Other, Capital, Capital, Capital,
                Small
            ]
        );
        // A capital after the first letter, in any script, leaves the case
        // mixed; so do an entity and a letter hidden in one.
        assert_eq!(
            cases("iPhone DUPONT McDonald ПЕТРОВ aNa &Eacute;mile"),
            [Other, Other, Other, Other, Other, Other]
        );
        // What folding drops inside a word is looked past, as the
        // tokenizer does: "E\u{1}LA" is one word in capitals, "E\u{301}la"
        // a capitalised one.
        assert_eq!(
            cases("E\u{1}LA E\u{301}la e\u{200B}la"),
            [Other, Capital, Small]
        );
        // An invisible character before the letter is looked past, a
        // full-width letter has its case, a hyphen's halves each their own.
        assert_eq!(
            cases("\u{200B}Karin Ｋarin Jean-luc Ｋ"),
            [Capital, Capital, Capital, Small, Capital]
        );
        // A word whose letters run past what is read of it has no known
        // case: its capitals and small letters read alike.
        let hidden = "\u{0}".repeat(140);
        assert_eq!(
            cases(&format!("E{hidden}LA e{hidden}la E{hidden}la")),
            [Other, Other, Other]
        );
        // A capital followed by a letter without case or a digit is written
        // so in capitals too, so it is no name's: the small letters read
        // small, and an initial alone stays a capital.
        assert_eq!(
            cases("E\u{1C0}A e\u{1C0}a U8 u8 U\u{9A7}U J. Ana2"),
            [Other, Small, Other, Small, Other, Capital, Capital]
        );
    }

    #[test]
    fn records_boundaries() {
        let (text, flags) = norm("Hi Bob,\nthanks! - Jane on-call");
        assert_eq!(text, "hi bob thanks jane on call");
        assert_eq!(
            flags,
            [
                WordFlags::SENTENCE | WordFlags::LINE,
                WordFlags::EMPTY,
                WordFlags::COMMA | WordFlags::LINE | WordFlags::SENTENCE,
                WordFlags::SENTENCE | WordFlags::EXCLAIM | WordFlags::DASH,
                WordFlags::EMPTY,
                WordFlags::JOINED,
            ]
        );
    }

    /// A double quotation mark of any style before a word is marked; an
    /// apostrophe is not (it is part of the word).
    #[test]
    fn quotation_marks_are_marked() {
        for quote in ['"', '“', '”', '„', '«', '»', '「', '」', '＂'] {
            let (_, flags) = norm(&format!("Ann {quote}Bo{quote} Lee"));
            assert!(!flags[0].contains(WordFlags::QUOTED), "{quote}");
            assert!(flags[1].contains(WordFlags::QUOTED), "{quote}");
            assert!(flags[2].contains(WordFlags::QUOTED), "{quote}");
        }
        let (_, flags) = norm("Ann ‘Bo’ Lee");
        assert!(flags.iter().all(|f| !f.contains(WordFlags::QUOTED)));
    }

    /// An exclamation or question mark in any script is marked as one; a
    /// full stop is not.
    #[test]
    fn exclamations_and_questions_are_marked() {
        for (note, exclaimed) in [
            ("Hi! Ann", true),
            ("Hi? Ann", true),
            ("你好！张伟", true),
            ("مرحبا؟ أحمد", true),
            ("Hi. Ann", false),
            ("こんにちは。田中", false),
        ] {
            let (_, flags) = norm(note);
            // The mark stands before the first word of the second sentence.
            let after = flags
                .iter()
                .skip(1)
                .find(|f| f.contains(WordFlags::SENTENCE))
                .copied()
                .unwrap_or_default();
            assert_eq!(after.contains(WordFlags::EXCLAIM), exclaimed, "{note}");
        }
    }

    #[test]
    fn a_full_stop_inside_a_word_joins_its_parts_without_ending_a_sentence() {
        let (text, flags) = norm("Industrie 4.0 v2.5. Next alumni-insa.fr. J.K. Lee");
        assert_eq!(text, "industrie 4 0 v2 5 next alumni insa fr j k lee");
        let (d, j) = (WordFlags::DIGIT, WordFlags::JOINED);
        let dotted = WordFlags::JOINED | WordFlags::DOTTED;
        let start = WordFlags::SENTENCE | WordFlags::LINE;
        assert_eq!(
            flags,
            [
                start,
                d,
                d | dotted,
                WordFlags::EMPTY,
                d | dotted,
                WordFlags::SENTENCE,
                WordFlags::EMPTY,
                j,
                dotted,
                WordFlags::SENTENCE | WordFlags::INITIAL,
                WordFlags::INITIAL,
                WordFlags::EMPTY,
            ]
        );
    }

    /// Found by fuzzing: the letter after the full stop decides, in any
    /// script, so that lower-casing ("İ" to "i̇") never changes the words.
    #[test]
    fn a_full_stop_before_a_non_ascii_letter_joins_too() {
        let upper = norm("ltact.İt");
        assert_eq!(upper, norm(&"ltact.İt".to_lowercase()));
        assert!(upper.1[1].contains(WordFlags::DOTTED));
        assert!(norm("Łódź.Łódź").1[1].contains(WordFlags::DOTTED));
    }

    #[test]
    fn scripts_without_spaces_become_one_word_per_character() {
        let (text, flags) = norm("我是张伟。iPhoneから");
        assert_eq!(text, "我 是 张 伟 iphone か ら");
        let u = WordFlags::UNSPACED;
        let j = WordFlags::JOINED;
        let start = WordFlags::SENTENCE | WordFlags::LINE;
        assert_eq!(
            flags,
            [
                start | u,
                j | u,
                j | u,
                j | u,
                WordFlags::SENTENCE,
                j | u,
                j | u
            ]
        );
        // Thai vowel and tone marks fold away with the other marks.
        assert_eq!(norm("สวัสดี").0.split(' ').count(), 4);
    }

    #[test]
    fn initials_are_not_sentence_ends() {
        let (text, flags) = norm("J. K. Rowling. Ann");
        assert_eq!(text, "j k rowling ann");
        let i = WordFlags::INITIAL;
        assert_eq!(
            flags,
            [
                WordFlags::SENTENCE | WordFlags::LINE | i,
                i,
                WordFlags::EMPTY,
                WordFlags::SENTENCE
            ]
        );
    }

    #[test]
    fn a_right_to_left_prefix_on_a_latin_word_is_a_word_of_its_own() {
        let (text, flags) = norm("أرسلت من الـiPhone");
        assert_eq!(text.split(' ').next_back(), Some("iphone"));
        assert!(flags.last().unwrap().contains(WordFlags::JOINED));
        assert_eq!(norm("בLinkedIn").0.split(' ').count(), 2);
        // Latin then Arabic, and Latin alone, are unchanged.
        assert_eq!(norm("LinkedIn").0, "linkedin");
        // Whichever path the Latin letter takes (ASCII, folded, an entity),
        // and whatever its case (found by fuzzing: `İ` lower-cases to an
        // ASCII `i` and a combining dot).
        for note in ["بİ", "بi\u{307}", "بI", "ب&#105;", "بｉ"] {
            assert_eq!(norm(note).0, "ب i", "{note:?}");
        }
    }

    #[test]
    fn letters_of_other_scripts_are_never_folded_to_latin_look_alikes() {
        // A Hangul syllable stays one letter: decomposed, its silent `ᄋ`
        // would have read as an `o`.
        assert_eq!(norm("동문입니다").0, "동문입니다");
        // Arabic `ا` and `ه` resemble `l` and `o`, Burmese `င` and `ဝ`
        // resemble `c` and `o`, but all stand for themselves.
        assert_eq!(norm("مرحبا هل").0, "مرحبا هل");
        let (text, flags) = norm("မင်း ဝ");
        assert!(!text.contains(['c', 'o']), "{text}");
        assert!(flags.iter().all(|f| f.contains(WordFlags::UNSPACED)));
    }

    #[test]
    fn placeholders_tags_and_list_separators() {
        let (text, flags) = norm("Hi [First Name],<br>Data Engineer | AWS");
        assert_eq!(text, "hi {} data engineer aws");
        assert!(flags[1].contains(WordFlags::PLACEHOLDER));
        assert!(flags[2].contains(WordFlags::LINE));
        assert!(flags[4].contains(WordFlags::PIPE));
        assert_eq!(norm("〇〇様").0, "{} 様");
        // Whitespace is recorded too: a link's parts have none between them.
        let mut scratch = Scratch::default();
        normalize_into("see x.com/a b", &mut scratch);
        let spaced: Vec<bool> = scratch
            .words
            .iter()
            .map(|w| w.flags.contains(WordFlags::SPACE))
            .collect();
        assert_eq!(spaced, [false, true, false, false, true]);
        assert_eq!(norm("Caf&eacute; &Uuml;ber&nbsp;uns").0, "cafe uber uns");
    }

    #[test]
    fn digits_are_flagged() {
        assert_eq!(
            norm("29 mistakes").1,
            [
                WordFlags::SENTENCE | WordFlags::LINE | WordFlags::DIGIT,
                WordFlags::EMPTY
            ]
        );
    }

    #[test]
    fn blank_and_overflow() {
        let mut scratch = Scratch::default();
        assert!(Tokens::new(" \u{200B}\t\u{FEFF} ", &mut scratch).is_blank());
        assert!(!Tokens::new("👋", &mut scratch).is_blank());
        let long = "word ".repeat(2000);
        let mut tokens = Tokens::new(&long, &mut scratch);
        tokens.len();
        assert!(tokens.overflowed());
        assert!(scratch.text.len() <= MAX_TEXT_BYTES);
    }

    /// Unicode's default-ignorable and format characters, in the BMP (the
    /// per-character table) and beyond it (computed per character): inside
    /// a word each is dropped, and noticed as a disguise.
    #[test]
    fn default_ignorable_and_format_characters_vanish_inside_words() {
        let property = regex::Regex::new(r"^(?:\p{Default_Ignorable_Code_Point}|\p{Cf})$").unwrap();
        let mut checked = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if !property.is_match(c.encode_utf8(&mut [0; 4])) {
                continue;
            }
            let note = format!("net{c}work");
            assert_eq!(norm(&note).0, "network", "{c:?}");
            assert!(disguised(&note), "{c:?} between letters is a disguise");
            checked += 1;
        }
        assert!(checked > 4000, "{checked}");
    }

    /// Found by fuzzing: `&#38;` is `&` as much as `&amp;` is, so
    /// `&#38;#8;` (a backspace, double-encoded) is blank to both readers.
    #[test]
    fn blankness_agrees_on_every_double_encoding() {
        let mut scratch = Scratch::default();
        let pieces = [
            "&", "amp;", "AMP;", "#38;", "#x26;", "#8;", "#x200B;", "nbsp;", "#65;", "a", " ", ";",
        ];
        // Every sequence of up to four pieces.
        for n in 0..pieces.len().pow(4) {
            let mut text = String::new();
            let mut rest = n;
            for _ in 0..4 {
                text.push_str(pieces[rest % pieces.len()]);
                rest /= pieces.len();
            }
            let tokens_blank = Tokens::new(&text, &mut scratch).is_blank();
            assert_eq!(tokens_blank, is_blank(&text), "{text:?}");
        }
        assert!(is_blank("&#38;#8;"));
        assert!(is_blank("&amp;#x200B;&#x26;nbsp;"));
        assert!(!is_blank("&#38;"));
    }

    #[test]
    fn unknown_entities_are_separators() {
        assert_eq!(norm("a&foo;b &#xZZ; c&").0, "a foo b xzz c");
    }
}

#[cfg(test)]
mod case_tests {
    use super::*;

    /// What a string normalises to, and whether it is blank.
    fn key(s: &str, scratch: &mut Scratch) -> (String, bool) {
        let mut tokens = Tokens::new(s, scratch);
        let blank = tokens.is_blank();
        (scratch.text.clone(), blank)
    }

    #[test]
    fn every_character_normalises_like_its_upper_and_lower_case() {
        let mut scratch = Scratch::default();
        let mut mismatches = Vec::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let plain = key(c.encode_utf8(&mut [0; 4]), &mut scratch);
            for cased in [c.to_uppercase().to_string(), c.to_lowercase().to_string()] {
                let other = key(&cased, &mut scratch);
                if other != plain {
                    mismatches.push(format!(
                        "{c:?} U+{:04X}: {plain:?} vs {cased:?} {other:?}",
                        c as u32
                    ));
                }
            }
            assert_eq!(plain.1, is_blank(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }
}
