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
//!   leave a trace in [`Word::flags`] (a sentence end, a line break, a comma,
//!   a spaced dash) because salutations and signatures are recognised by
//!   where they stand.
//!
//! Words are appended to one reused `String`, separated by single spaces, so
//! any run of words is a contiguous `&str` and comparing a run with a catalog
//! text is one `memcmp`. Tokenising is lazy: the matcher pulls words only as
//! far as it needs them, and most notes are decided within a few words.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A sentence end (`.` `!` `?` `…` `。` …) stands before the word.
pub(crate) const SENTENCE: u8 = 1;
/// A line break stands before the word.
pub(crate) const LINE: u8 = 2;
/// A comma-like separator (`,` `:` `、` `،` …) stands before the word.
pub(crate) const COMMA: u8 = 4;
/// A dash set off by whitespace (`- Jane`, `– Jane`) stands before the word.
pub(crate) const DASH: u8 = 8;
/// Any of the boundaries above.
pub(crate) const BOUNDARY: u8 = SENTENCE | LINE | COMMA | DASH;
/// The word starts with a digit.
pub(crate) const DIGIT: u8 = 16;

/// At most this many bytes of normalised text are kept. No stock text or
/// generic template comes near it, so a longer note is specific by length
/// alone, and memory stays bounded whatever the input.
pub(crate) const MAX_TEXT_BYTES: usize = 4096;

/// One normalised word: a byte range of the scratch text and the flags of
/// the separators before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) flags: u8,
}

/// Reusable buffers, so that classifying allocates nothing once they have
/// grown to the size of the notes seen.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub(crate) text: String,
    pub(crate) words: Vec<Word>,
}

/// What one character is to the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Dropped without a trace: apostrophes, invisible characters, marks.
    Ignored,
    /// Whitespace; `LINE` for line breaks.
    Space(u8),
    /// A visible separator with these flags.
    Separator(u8),
    /// A dash (a boundary only when set off by whitespace).
    Dash,
}

/// The lazy tokenizer over one note, writing into a [`Scratch`].
#[derive(Debug)]
pub(crate) struct Tokens<'a, 's> {
    input: &'a str,
    pos: usize,
    scratch: &'s mut Scratch,
    /// Flags collected from the separators since the last word.
    pending: u8,
    /// The current separator run holds whitespace (for spaced dashes).
    run_space: bool,
    /// The current separator run holds a dash.
    run_dash: bool,
    /// A word is open at the end of the text buffer.
    in_word: bool,
    word_start: usize,
    word_flags: u8,
    /// Something visible (a word or a visible separator) was seen.
    visible: bool,
    /// The normalised text outgrew [`MAX_TEXT_BYTES`].
    overflow: bool,
    done: bool,
}

impl<'a, 's> Tokens<'a, 's> {
    pub(crate) fn new(input: &'a str, scratch: &'s mut Scratch) -> Self {
        scratch.text.clear();
        scratch.words.clear();
        Tokens {
            input,
            pos: 0,
            scratch,
            pending: SENTENCE | LINE,
            run_space: false,
            run_dash: false,
            in_word: false,
            word_start: 0,
            word_flags: 0,
            visible: false,
            overflow: false,
            done: false,
        }
    }

    /// Whether word `i` exists, tokenising as far as needed.
    pub(crate) fn has(&mut self, i: usize) -> bool {
        while self.scratch.words.len() <= i {
            if self.done {
                return false;
            }
            self.advance();
        }
        true
    }

    /// Word `i`; call [`Tokens::has`] first.
    pub(crate) fn word(&self, i: usize) -> Word {
        self.scratch.words[i]
    }

    /// The flags of word `i`, or `BOUNDARY` past the last word (the end of
    /// the note is a boundary of every kind).
    pub(crate) fn flags_or_end(&mut self, i: usize) -> u8 {
        if self.has(i) {
            self.scratch.words[i].flags
        } else {
            BOUNDARY
        }
    }

    /// The text of word `i`; call [`Tokens::has`] first.
    pub(crate) fn text(&self, i: usize) -> &str {
        let w = self.scratch.words[i];
        &self.scratch.text[w.start as usize..w.end as usize]
    }

    /// The text of words `i..j` (single spaces between); both must exist.
    pub(crate) fn span(&self, i: usize, j: usize) -> &str {
        let start = self.scratch.words[i].start as usize;
        let end = self.scratch.words[j - 1].end as usize;
        &self.scratch.text[start..end]
    }

    /// Whether words `i..i+n` exist and read exactly `text`.
    pub(crate) fn span_is(&mut self, i: usize, n: usize, text: &str) -> bool {
        n > 0 && self.has(i + n - 1) && self.span(i, i + n) == text
    }

    /// Tokenises the whole note and returns the number of words.
    pub(crate) fn len(&mut self) -> usize {
        while !self.done {
            self.advance();
        }
        self.scratch.words.len()
    }

    /// Whether the note held anything visible at all (read to the end first).
    pub(crate) fn is_blank(&mut self) -> bool {
        self.len();
        !self.visible
    }

    /// Whether the normalised text was cut at [`MAX_TEXT_BYTES`].
    pub(crate) fn overflowed(&self) -> bool {
        self.overflow
    }

    /// Consumes input until at least one more word is complete or the input
    /// ends.
    fn advance(&mut self) {
        let target = self.scratch.words.len() + 1;
        let bytes = self.input.as_bytes();
        while self.scratch.words.len() < target {
            let Some(&b) = bytes.get(self.pos) else {
                self.finish_word();
                self.done = true;
                return;
            };
            if b < 0x80 {
                self.pos += 1;
                if b == b'&' {
                    self.entity();
                } else {
                    self.ascii(b);
                }
            } else {
                let c = self.input[self.pos..].chars().next().unwrap_or('\u{FFFD}');
                self.pos += c.len_utf8();
                self.unicode(c);
            }
            if self.overflow {
                self.finish_word();
                self.done = true;
                return;
            }
        }
    }

    fn ascii(&mut self, b: u8) {
        match b {
            b'a'..=b'z' | b'0'..=b'9' => self.push_letter(b as char),
            b'A'..=b'Z' => self.push_letter(b.to_ascii_lowercase() as char),
            _ => self.apply(ascii_class(b)),
        }
    }

    fn unicode(&mut self, c: char) {
        if let Some(class) = special_class(c) {
            return self.apply(class);
        }
        decompose_compatible(c, |d| {
            if d.is_ascii() {
                self.ascii(d as u8);
            } else if let Some(class) = special_class(d) {
                self.apply(class);
            } else if d.is_alphanumeric() {
                fold_letter(d, |l| self.push_letter(l));
            } else if is_combining_mark(d) {
                // Accents and other marks: dropped, even stacked ones.
            } else if d.is_whitespace() {
                self.apply(Class::Space(0));
            } else {
                self.apply(Class::Separator(0));
            }
        });
    }

    /// Decodes an HTML entity after `&` (already consumed), or treats the
    /// `&` as a separator. `&amp;` followed by another entity body is the
    /// double encoding e-mails produce, and decodes again.
    fn entity(&mut self) {
        loop {
            match parse_entity(&self.input.as_bytes()[self.pos..]) {
                Some((len, '&')) => self.pos += len,
                Some((len, c)) => {
                    self.pos += len;
                    return if c.is_ascii() {
                        self.ascii(c as u8)
                    } else {
                        self.unicode(c)
                    };
                }
                None => return self.apply(Class::Separator(0)),
            }
        }
    }

    fn apply(&mut self, class: Class) {
        match class {
            Class::Ignored => {}
            Class::Space(flags) => {
                self.finish_word();
                self.pending |= flags;
                self.run_space = true;
            }
            Class::Separator(flags) => {
                self.finish_word();
                self.pending |= flags;
                self.visible = true;
            }
            Class::Dash => {
                self.finish_word();
                self.run_dash = true;
                self.visible = true;
            }
        }
    }

    fn push_letter(&mut self, c: char) {
        self.visible = true;
        if !self.in_word {
            if self.scratch.text.len() + c.len_utf8() + 1 > MAX_TEXT_BYTES {
                self.overflow = true;
                return;
            }
            if !self.scratch.text.is_empty() {
                self.scratch.text.push(' ');
            }
            self.in_word = true;
            self.word_start = self.scratch.text.len();
            let dash = if self.run_dash && self.run_space {
                DASH
            } else {
                0
            };
            let digit = if c.is_numeric() { DIGIT } else { 0 };
            self.word_flags = self.pending | dash | digit;
            self.pending = 0;
            self.run_space = false;
            self.run_dash = false;
        } else if self.scratch.text.len() + c.len_utf8() > MAX_TEXT_BYTES {
            self.overflow = true;
            return;
        }
        self.scratch.text.push(c);
    }

    fn finish_word(&mut self) {
        if self.in_word {
            self.in_word = false;
            // Both fit in u32: the text never exceeds MAX_TEXT_BYTES.
            self.scratch.words.push(Word {
                start: self.word_start as u32,
                end: self.scratch.text.len() as u32,
                flags: self.word_flags,
            });
        }
    }
}

/// Emits the folded form of an alphanumeric, non-ASCII character: the lower
/// case of its upper case (so `ß`/`SS`, `ς`/`σ`, `ı`/`I`, `ſ`/`s` and
/// variant letters such as U+1C80 fold together, as Unicode case folding
/// does), without combining marks (a Turkish `İ`'s dot; many vowel signs are
/// alphabetic marks).
fn fold_letter(c: char, mut emit: impl FnMut(char)) {
    for upper in c.to_uppercase() {
        for lower in upper.to_lowercase() {
            if lower == 'ß' {
                // The capital sharp s, whose lower case `to_uppercase` keeps.
                emit('s');
                emit('s');
            } else if !is_combining_mark(lower) {
                emit(lower);
            }
        }
    }
}

fn ascii_class(b: u8) -> Class {
    match b {
        b'\'' | b'`' => Class::Ignored,
        b'\n' | 0x0B | 0x0C => Class::Space(LINE | SENTENCE),
        b' ' | b'\t' | b'\r' => Class::Space(0),
        b'.' | b'!' | b'?' | b';' => Class::Separator(SENTENCE),
        b',' | b':' => Class::Separator(COMMA),
        b'-' => Class::Dash,
        0..=0x1F | 0x7F => Class::Ignored,
        _ => Class::Separator(0),
    }
}

/// Characters with a fixed role, looked at before (and after) decomposition.
/// `None` means "decompose and look again".
fn special_class(c: char) -> Option<Class> {
    Some(match c {
        // Apostrophes and quote marks used as apostrophes.
        '\u{2019}' | '\u{2018}' | '\u{201B}' | '\u{00B4}' | '\u{02BC}' | '\u{02BB}'
        | '\u{02B9}' | '\u{2032}' | '\u{FF07}' | '\u{FF40}' => Class::Ignored,
        // Invisible: soft hyphen, joiners, bidi controls, variation
        // selectors, BOM, tags, Mongolian and Khmer invisibles.
        '\u{00AD}'
        | '\u{034F}'
        | '\u{061C}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{17B4}'
        | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}' => Class::Ignored,
        '\u{0085}' | '\u{2028}' | '\u{2029}' => Class::Space(LINE | SENTENCE),
        '…' | '。' | '｡' | '！' | '？' | '¡' | '¿' | '؟' | '؛' | '।' | '॥' | '۔' | '።' | '၊'
        | '။' | '།' | '។' | '៕' | '‼' | '⁇' | '⁈' | '⁉' | '՜' | '՞' | '׃' => {
            Class::Separator(SENTENCE)
        }
        '、' | '，' | '،' | '﹐' | '﹑' | '：' | '፣' | '፡' => Class::Separator(COMMA),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '⸺' | '⸻' | '﹘' | '﹣' | '－' => {
            Class::Dash
        }
        c if c.is_control() => Class::Ignored,
        _ => return None,
    })
}

/// Parses an entity body (`#39;`, `#x27;`, `amp;`) at the start of `rest`;
/// returns its length and the character it stands for.
fn parse_entity(rest: &[u8]) -> Option<(usize, char)> {
    let end = rest.iter().take(12).position(|&b| b == b';')?;
    let body = &rest[..end];
    let c = if let Some(num) = body.strip_prefix(b"#") {
        let (digits, radix) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16),
            _ => (num, 10),
        };
        if digits.is_empty() || !digits.iter().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let text = std::str::from_utf8(digits).ok()?;
        char::from_u32(u32::from_str_radix(text, radix).ok()?)?
    } else {
        let mut name = [0u8; 12];
        let name = &mut name[..body.len()];
        name.copy_from_slice(body);
        name.make_ascii_lowercase();
        match &*name {
            b"amp" => '&',
            b"apos" | b"rsquo" | b"lsquo" | b"acute" => '\'',
            b"quot" | b"ldquo" | b"rdquo" | b"laquo" | b"raquo" | b"lt" | b"gt" => '"',
            b"nbsp" | b"ensp" | b"emsp" | b"thinsp" => ' ',
            b"shy" | b"zwj" | b"zwnj" | b"lrm" | b"rlm" => '\u{200B}',
            b"hellip" => '…',
            b"ndash" | b"mdash" => '–',
            _ => return None,
        }
    };
    Some((end + 1, c))
}

/// Whether `text` holds nothing visible: exactly when [`Tokens::is_blank`]
/// would say so, without writing any word.
pub(crate) fn is_blank(text: &str) -> bool {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        let mut c = c;
        while c == '&' {
            match parse_entity(rest.as_bytes()) {
                Some((len, decoded)) => {
                    rest = &rest[len..];
                    c = decoded;
                }
                None => return false,
            }
        }
        if !is_invisible(c) {
            return false;
        }
    }
    true
}

fn is_invisible(c: char) -> bool {
    let quiet = |class| matches!(class, Class::Space(_) | Class::Ignored);
    if c.is_ascii() {
        return quiet(ascii_class(c as u8)) && !(c as u8).is_ascii_alphanumeric();
    }
    if let Some(class) = special_class(c) {
        return quiet(class);
    }
    let mut invisible = true;
    decompose_compatible(c, |d| {
        invisible &= if d.is_ascii() {
            quiet(ascii_class(d as u8)) && !(d as u8).is_ascii_alphanumeric()
        } else if let Some(class) = special_class(d) {
            quiet(class)
        } else if d.is_alphanumeric() {
            let mut letters = 0;
            fold_letter(d, |_| letters += 1);
            letters == 0
        } else {
            is_combining_mark(d) || d.is_whitespace()
        };
    });
    invisible
}

/// Normalises `text` completely into `scratch` (for catalog and lexicon
/// entries at build time).
pub(crate) fn normalize_into(text: &str, scratch: &mut Scratch) {
    Tokens::new(text, scratch).len();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> (String, Vec<u8>) {
        let mut scratch = Scratch::default();
        normalize_into(s, &mut scratch);
        let flags = scratch.words.iter().map(|w| w.flags).collect();
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
        assert_eq!(norm("ΣΟΦΟΣ σοφος").0, "σοφοσ σοφοσ");
        assert_eq!(norm("ﬁne Añadirte").0, "fine anadirte");
    }

    #[test]
    fn records_boundaries() {
        let (text, flags) = norm("Hi Bob,\nthanks! - Jane on-call");
        assert_eq!(text, "hi bob thanks jane on call");
        assert_eq!(
            flags,
            [
                SENTENCE | LINE,
                0,
                COMMA | LINE | SENTENCE,
                SENTENCE | DASH,
                0,
                0
            ]
        );
    }

    #[test]
    fn digits_are_flagged() {
        assert_eq!(norm("29 mistakes").1, [SENTENCE | LINE | DIGIT, 0]);
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
