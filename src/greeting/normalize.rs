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

use std::sync::LazyLock;

use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};
use unicode_script::{Script, UnicodeScript};

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
    /// Dropped without a trace: apostrophes, control characters.
    Ignored,
    /// Dropped, but a disguise inside a word: zero-width, bidi and other
    /// format characters, variation selectors.
    Invisible,
    /// A combining mark standing alone (after a letter); dropped, but three
    /// or more in a row are a disguise.
    Mark,
    /// A bidirectional embedding, override or isolate: dropped, and a
    /// disguise wherever it stands (it reorders what the reader sees).
    Bidi,
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
    /// The character table, fetched once per note.
    chars: &'static CharTable,
    /// The open word has a letter typed as ASCII.
    word_ascii: bool,
    /// The open word has a look-alike letter from another script or a
    /// compatibility form (Cyrillic `а`, full-width `ａ`).
    word_lookalike: bool,
    /// The open word has a letter of another script that imitates nothing
    /// (Cyrillic `я`, Greek `λ`): a genuinely foreign word.
    word_foreign: bool,
    /// An invisible character stands inside the open word so far.
    word_invisible: bool,
    /// Words with ASCII letters, made only of look-alikes, and with foreign
    /// letters: a Latin note with look-alike-only words is disguised even
    /// when no single word mixes scripts.
    ascii_words: u32,
    lookalike_words: u32,
    foreign_words: u32,
    /// Combining marks in a row since the last letter.
    marks: u8,
    /// The note disguises its words: a word mixing ASCII and look-alike
    /// letters, an invisible character between letters, or stacked marks.
    disguised: bool,
}

impl<'a, 's> Tokens<'a, 's> {
    pub(crate) fn new(input: &'a str, scratch: &'s mut Scratch) -> Self {
        scratch.text.clear();
        scratch.words.clear();
        // Normalised text is rarely longer than the input: one reservation.
        scratch.text.reserve(input.len().min(MAX_TEXT_BYTES));
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
            chars: &CHARS,
            word_ascii: false,
            word_lookalike: false,
            word_foreign: false,
            word_invisible: false,
            ascii_words: 0,
            lookalike_words: 0,
            foreign_words: 0,
            marks: 0,
            disguised: false,
        }
    }

    /// Whether the words read so far were disguised: a word mixing ASCII and
    /// look-alike letters, an invisible character between letters, stacked
    /// marks, a bidi control, or Latin words beside words made only of
    /// look-alikes with no genuinely foreign word in the note.
    pub(crate) fn disguised(&self) -> bool {
        self.disguised
            || (self.lookalike_words > 0 && self.ascii_words > 0 && self.foreign_words == 0)
    }

    /// Notes whether a folded letter is ASCII (Latin) or foreign.
    fn mark_letter(&mut self, letter: char) {
        let ascii = letter.is_ascii();
        self.word_ascii |= ascii;
        self.word_foreign |= !ascii;
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

    /// Whether words `i..i+n` exist and read exactly `text` (`n` words
    /// separated by single spaces). Compares word by word, tokenising only
    /// as far as the words agree.
    pub(crate) fn span_is(&mut self, i: usize, n: usize, text: &str) -> bool {
        if n == 0 {
            return false;
        }
        if self.scratch.words.len() >= i + n {
            return self.span(i, i + n) == text;
        }
        let mut rest = text;
        for k in i..i + n {
            if !self.has(k) {
                return false;
            }
            let word = self.text(k);
            match rest.strip_prefix(word) {
                Some(after) if k + 1 == i + n => return after.is_empty(),
                Some(after) if after.starts_with(' ') => rest = &after[1..],
                _ => return false,
            }
        }
        false
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
    #[cfg(test)]
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
            if b >= 0x80 {
                self.unicode_run();
            } else if b.is_ascii_alphanumeric() {
                // The common case: a run of ASCII letters and digits, copied
                // at once and lower-cased in place.
                let start = self.pos;
                let run = bytes[start..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - start);
                self.pos += run;
                let before = self.scratch.text.len();
                self.push_letters(&self.input[start..start + run], b.is_ascii_digit());
                if let Some(appended) = self.scratch.text.get_mut(before..) {
                    appended.make_ascii_lowercase();
                }
                self.word_ascii = true;
            } else if b == b' ' {
                self.pos += 1;
                self.finish_word();
                self.run_space = true;
            } else if b == b'&' {
                self.pos += 1;
                self.entity();
            } else {
                self.pos += 1;
                self.apply(ascii_class(b));
            }
            if self.overflow {
                self.discard_word();
                self.done = true;
                return;
            }
        }
    }

    /// An ASCII character decoded from an HTML entity.
    fn ascii(&mut self, b: u8) {
        if b.is_ascii_alphanumeric() {
            self.push_letters(ascii_str(b.to_ascii_lowercase()), b.is_ascii_digit());
            self.word_ascii = true;
        } else {
            self.apply(ascii_class(b));
        }
    }

    /// Consumes a run of non-ASCII characters: cached letters and
    /// apostrophes in a tight loop, anything else one character at a time.
    fn unicode_run(&mut self) {
        let chars = self.chars;
        let rest = &self.input[self.pos..];
        let mut consumed = 0;
        for c in rest.chars() {
            match chars.get(c) {
                Some(
                    folded @ (Folded::Letter(..)
                    | Folded::Lookalike(_)
                    | Folded::Class(Class::Ignored)),
                ) => self.take(folded),
                _ => break,
            }
            consumed += c.len_utf8();
            if self.overflow {
                break;
            }
        }
        if consumed > 0 {
            self.pos += consumed;
        } else {
            let c = rest.chars().next().unwrap_or('\u{FFFD}');
            self.pos += c.len_utf8();
            self.unicode(c);
        }
    }

    /// One non-ASCII character: from the table, or computed.
    fn unicode(&mut self, c: char) {
        match self.chars.get(c) {
            Some(folded) => self.take(folded),
            None => char_events(c, &mut |event| self.take(event.into())),
        }
    }

    /// Takes one character's normalised form into the word stream.
    fn take(&mut self, folded: Folded<'_>) {
        match folded {
            Folded::Letter(letter, digit) => {
                self.push_char(letter, digit);
                self.mark_letter(letter);
            }
            Folded::Lookalike(letter) => {
                self.push_char(letter, false);
                self.word_lookalike = true;
            }
            Folded::Letters(letters, digit) => {
                self.push_letters(letters, digit);
                self.mark_letter(letters.chars().next().unwrap_or('a'));
            }
            Folded::Class(class) => self.apply(class),
        }
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
            Class::Invisible => self.word_invisible |= self.in_word,
            Class::Bidi => self.disguised = true,
            Class::Mark => {
                self.marks = self.marks.saturating_add(1);
                self.disguised |= self.marks >= 3;
            }
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

    /// Appends one folded letter (the hot path for non-ASCII text).
    fn push_char(&mut self, letter: char, digit: bool) {
        if self.in_word && self.scratch.text.len() + 4 <= MAX_TEXT_BYTES {
            self.marks = 0;
            self.disguised |= self.word_invisible;
            self.scratch.text.push(letter);
        } else {
            self.push_letters(letter.encode_utf8(&mut [0; 4]), digit);
        }
    }

    /// Appends folded letters to the current word, opening one if needed;
    /// `digit` says whether they start with a digit.
    fn push_letters(&mut self, letters: &str, digit: bool) {
        if letters.is_empty() {
            return;
        }
        self.visible = true;
        if !self.in_word {
            if self.scratch.text.len() + letters.len() + 1 > MAX_TEXT_BYTES {
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
            self.word_flags = self.pending | dash | if digit { DIGIT } else { 0 };
            self.pending = 0;
            self.run_space = false;
            self.run_dash = false;
            self.word_ascii = false;
            self.word_lookalike = false;
            self.word_foreign = false;
            self.word_invisible = false;
        } else if self.scratch.text.len() + letters.len() > MAX_TEXT_BYTES {
            self.overflow = true;
            return;
        } else {
            self.disguised |= self.word_invisible;
        }
        self.marks = 0;
        self.scratch.text.push_str(letters);
    }

    /// Drops the open word (cut by the size limit): a note is judged on its
    /// complete words.
    fn discard_word(&mut self) {
        if self.in_word {
            self.in_word = false;
            let keep = self.word_start.saturating_sub(1);
            self.scratch.text.truncate(keep);
        }
    }

    fn finish_word(&mut self) {
        if self.in_word {
            self.in_word = false;
            self.disguised |= self.word_ascii && self.word_lookalike;
            self.ascii_words += u32::from(self.word_ascii);
            self.foreign_words += u32::from(self.word_foreign);
            self.lookalike_words +=
                u32::from(self.word_lookalike && !self.word_ascii && !self.word_foreign);
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

/// What a character contributes to the word stream.
#[derive(Debug, Clone, Copy)]
enum Event {
    /// A folded letter or digit.
    Letter(char),
    /// An ASCII letter written with a character of another script or a
    /// compatibility form that looks like it (Cyrillic `а`, Greek `ο`,
    /// full-width `ａ`): folded to the letter, and noted as a disguise when
    /// mixed with plain ASCII in one word.
    Lookalike(char),
    /// A separator, space, mark or ignored character.
    Class(Class),
}

/// The events of a non-ASCII character: the one definition of how a
/// character is normalised. [`CHARS`] caches its result for the BMP.
fn char_events(c: char, sink: &mut impl FnMut(Event)) {
    if let Some(class) = special_class(c) {
        return sink(Event::Class(class));
    }
    // A compatibility form of a single ASCII letter (full-width,
    // mathematical, circled) is a look-alike; an accented letter, whose
    // canonical decomposition starts with the ASCII letter, is not.
    let mut canonical = None;
    decompose_canonical(c, |d| {
        canonical.get_or_insert(d);
    });
    let mut parts = 0;
    decompose_compatible(c, |_| parts += 1);
    let compat_form = parts == 1 && canonical.is_some_and(|d| !d.is_ascii());
    decompose_compatible(c, |d| {
        if d.is_ascii() {
            match d {
                'a'..='z' | 'A'..='Z' if compat_form && !c.is_ascii() => {
                    sink(Event::Lookalike(d.to_ascii_lowercase()));
                }
                'a'..='z' | '0'..='9' => sink(Event::Letter(d)),
                'A'..='Z' => sink(Event::Letter(d.to_ascii_lowercase())),
                _ => sink(Event::Class(ascii_class(d as u8))),
            }
        } else if let Some(class) = special_class(d) {
            sink(Event::Class(class));
        } else if d.is_alphanumeric() {
            fold_letter(d, |l| match confusable_ascii(l) {
                // Only a letter of another script imitates Latin; Latin
                // letters such as Turkish `ı` fold without suspicion.
                Some(ascii) if l.script() != Script::Latin => sink(Event::Lookalike(ascii)),
                Some(ascii) => sink(Event::Letter(ascii)),
                None => sink(Event::Letter(l)),
            });
        } else if is_combining_mark(d) {
            sink(Event::Class(Class::Mark));
        } else if d.is_whitespace() {
            sink(Event::Class(Class::Space(0)));
        } else {
            sink(Event::Class(Class::Separator(0)));
        }
    });
}

/// The ASCII letter a non-ASCII letter is confusable with, by its Unicode
/// TR39 skeleton (Cyrillic `а` → `a`, Greek `ο` → `o`), if the skeleton is
/// one ASCII letter.
fn confusable_ascii(letter: char) -> Option<char> {
    if letter.is_ascii() || !letter.is_alphabetic() {
        return None;
    }
    let mut buffer = [0; 4];
    let mut skeleton = unicode_security::skeleton(letter.encode_utf8(&mut buffer));
    match (skeleton.next(), skeleton.next()) {
        (Some(ascii), None) if ascii.is_ascii_alphabetic() => Some(ascii.to_ascii_lowercase()),
        _ => None,
    }
}

impl From<Event> for Folded<'_> {
    fn from(event: Event) -> Self {
        match event {
            Event::Letter(l) => Folded::Letter(l, l.is_numeric()),
            Event::Lookalike(l) => Folded::Lookalike(l),
            Event::Class(class) => Folded::Class(class),
        }
    }
}

/// A cached normalisation of one character.
#[derive(Debug, Clone, Copy)]
enum Folded<'t> {
    /// One folded letter, and whether it is a digit.
    Letter(char, bool),
    /// One look-alike letter, folded to ASCII.
    Lookalike(char),
    /// Folded letters, and whether the first is a digit.
    Letters(&'t str, bool),
    Class(Class),
}

/// [`char_events`] precomputed for every character of the Basic
/// Multilingual Plane whose events are all letters or a single class (all
/// but a few hundred), so the hot path does one table read per character
/// instead of decomposition and case lookups. 256 KiB of entries plus the
/// multi-letter folds, built once per process on first use (a few
/// milliseconds).
#[derive(Debug)]
struct CharTable {
    /// Per code point: kind (3 bits), then for `LETTERS` length (8 bits),
    /// digit (1 bit) and offset into `letters` (20 bits); for `LETTER` and
    /// `LOOKALIKE` digit (1 bit at 3) and the folded character (21 bits at
    /// 11); for classes the flags (8 bits at 3).
    entries: Box<[u32]>,
    letters: String,
}

const SLOW: u32 = 0;
const LETTERS: u32 = 1;
const IGNORED: u32 = 2;
const SPACE: u32 = 3;
const SEPARATOR: u32 = 4;
const DASH_KIND: u32 = 5;
const LETTER: u32 = 6;
const LOOKALIKE: u32 = 7;
/// Flags of an `IGNORED` entry: a combining mark, an invisible character, a
/// bidi control.
const MARK_FLAG: u32 = 1;
const INVISIBLE_FLAG: u32 = 2;
const BIDI_FLAG: u32 = 3;

static CHARS: LazyLock<CharTable> = LazyLock::new(CharTable::build);

impl CharTable {
    fn build() -> CharTable {
        let mut entries = vec![SLOW; 0x10000].into_boxed_slice();
        let mut letters = String::new();
        let mut folded = String::new();
        for (code, entry) in entries.iter_mut().enumerate().skip(0x80) {
            let Some(c) = char::from_u32(code as u32) else {
                continue;
            };
            folded.clear();
            let (mut classes, mut marks, mut lookalikes) = (0, 0, 0);
            let mut class = Class::Ignored;
            char_events(c, &mut |event| match event {
                Event::Letter(l) => folded.push(l),
                Event::Lookalike(l) => {
                    folded.push(l);
                    lookalikes += 1;
                }
                // Marks beside letters are accents, dropped with no trace.
                Event::Class(Class::Mark) => marks += 1,
                Event::Class(k) => {
                    classes += 1;
                    class = k;
                }
            });
            let single = folded.chars().count() == 1;
            *entry = match (folded.is_empty(), classes) {
                (true, 0) if marks > 0 => IGNORED | MARK_FLAG << 3,
                (true, 0) => IGNORED,
                (true, 1) => match class {
                    Class::Ignored | Class::Mark => IGNORED,
                    Class::Invisible => IGNORED | INVISIBLE_FLAG << 3,
                    Class::Bidi => IGNORED | BIDI_FLAG << 3,
                    Class::Space(flags) => SPACE | u32::from(flags) << 3,
                    Class::Separator(flags) => SEPARATOR | u32::from(flags) << 3,
                    Class::Dash => DASH_KIND,
                },
                (false, 0) if single => {
                    let letter = folded.chars().next().unwrap_or_default();
                    let kind = if lookalikes > 0 { LOOKALIKE } else { LETTER };
                    kind | u32::from(letter.is_numeric()) << 3 | u32::from(letter) << 11
                }
                (false, 0) if lookalikes == 0 && folded.len() < 256 && letters.len() < 1 << 20 => {
                    let digit = folded.starts_with(|c: char| c.is_numeric());
                    let entry = LETTERS
                        | (folded.len() as u32) << 3
                        | u32::from(digit) << 11
                        | (letters.len() as u32) << 12;
                    letters.push_str(&folded);
                    entry
                }
                _ => SLOW,
            };
        }
        CharTable { entries, letters }
    }

    /// The cached normalisation of `c`, or `None` to compute it.
    fn get(&self, c: char) -> Option<Folded<'_>> {
        let entry = *self.entries.get(c as usize)?;
        let flags = ((entry >> 3) & 0xFF) as u8;
        Some(match entry & 7 {
            LETTERS => {
                let start = (entry >> 12) as usize;
                let text = self.letters.get(start..start + usize::from(flags))?;
                Folded::Letters(text, entry & (1 << 11) != 0)
            }
            LETTER => Folded::Letter(char::from_u32(entry >> 11)?, entry & 8 != 0),
            LOOKALIKE => Folded::Lookalike(char::from_u32(entry >> 11)?),
            IGNORED if u32::from(flags) == MARK_FLAG => Folded::Class(Class::Mark),
            IGNORED if u32::from(flags) == INVISIBLE_FLAG => Folded::Class(Class::Invisible),
            IGNORED if u32::from(flags) == BIDI_FLAG => Folded::Class(Class::Bidi),
            IGNORED => Folded::Class(Class::Ignored),
            SPACE => Folded::Class(Class::Space(flags)),
            SEPARATOR => Folded::Class(Class::Separator(flags)),
            DASH_KIND => Folded::Class(Class::Dash),
            _ => return None,
        })
    }
}

/// A one-byte string for an ASCII letter or digit.
fn ascii_str(b: u8) -> &'static str {
    const ALL: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    let i = match b {
        b'0'..=b'9' => usize::from(b - b'0'),
        _ => usize::from(b.saturating_sub(b'a')) + 10,
    };
    ALL.get(i..i + 1).unwrap_or("")
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
        // Bidi embeddings, overrides and isolates.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Class::Bidi,
        // Invisible: soft hyphen, joiners, marks of direction, variation
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
        | '\u{2060}'..='\u{2065}'
        | '\u{206A}'..='\u{206F}'
        | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}' => Class::Invisible,
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
    if c.is_ascii() {
        return !(c as u8).is_ascii_alphanumeric()
            && matches!(ascii_class(c as u8), Class::Space(_) | Class::Ignored);
    }
    let mut invisible = true;
    char_events(c, &mut |event| {
        invisible &= matches!(
            event,
            Event::Class(
                Class::Space(_) | Class::Ignored | Class::Invisible | Class::Mark | Class::Bidi
            )
        );
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
        let (upper, lower) = (norm("ΣΟΦΟΣ").0, norm("σοφος").0);
        assert_eq!(upper, lower);
        assert_eq!(norm("ﬁne Añadirte").0, "fine anadirte");
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
