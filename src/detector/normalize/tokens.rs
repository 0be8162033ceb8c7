//! The lazy tokenizer: a note in, normalised words out, as far as the
//! matcher asks for them.

use super::chars::{
    CHARS, CharTable, Class, Folded, ascii_class, ascii_str, char_events, folds_away,
    is_apostrophe, is_hidden, is_invisible, is_unspaced, is_unspaced_mark, opens_placeholder,
};
use super::disguise::Disguise;
use super::entity::parse_entities;
use super::markup::{html_tag, is_bracketed, placeholder};
use super::{MAX_TEXT_BYTES, WordFlags};

/// One normalised word: a byte range of the scratch text, the flags of
/// the separators before it, and where in the note it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) flags: WordFlags,
    /// The byte offset in the note of the character that opened the word
    /// (`u32::MAX` past 4 GiB), for what folding took away: its case.
    pub(crate) source: u32,
}

/// How a word is written: see [`Tokens::case`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// A capital, then small letters only ("Karin", "Ørsted").
    Capital,
    /// Small letters only ("till", "élodie").
    Small,
    /// Anything else: a capital after the first letter ("iPhone",
    /// "McDonald", "DUPONT"), a script without case, a digit, an entity.
    Other,
}

/// Reusable buffers, so that classifying allocates nothing once they have
/// grown to the size of the notes seen.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub(crate) text: String,
    pub(crate) words: Vec<Word>,
}

impl Scratch {
    /// The bytes the buffers hold on to.
    #[cfg(test)]
    pub(crate) fn footprint(&self) -> usize {
        self.text.capacity() + self.words.capacity() * std::mem::size_of::<Word>()
    }
}

/// The lazy tokenizer over one note, writing into a [`Scratch`].
#[derive(Debug)]
pub(crate) struct Tokens<'a, 's> {
    input: &'a str,
    pos: usize,
    scratch: &'s mut Scratch,
    /// Flags collected from the separators since the last word.
    pending: WordFlags,
    /// A double quotation mark has been read (see [`Tokens::quoted_yet`]).
    quoted: bool,
    /// The current separator run holds whitespace (for spaced dashes).
    run_space: bool,
    /// The current separator run holds a dash.
    run_dash: bool,
    /// A word is open at the end of the text buffer.
    in_word: bool,
    /// The last word ended with no separator after it (a character of a
    /// script written without spaces): the next word is `JOINED` to it.
    glued: bool,
    word_start: usize,
    word_flags: WordFlags,
    /// The open word holds a letter of a right-to-left script: Latin
    /// letters glued to it start a word of their own ("الـiPhone").
    word_rtl: bool,
    /// Something visible (a word or a visible separator) was seen.
    visible: bool,
    /// The normalised text outgrew [`MAX_TEXT_BYTES`].
    overflow: bool,
    done: bool,
    /// The character table, fetched once per note.
    chars: &'static CharTable,
    /// What the letters so far tell of disguises.
    disguise: Disguise,
    /// Where the character that may open the next word starts in the
    /// note, set before it is taken while no word is open.
    mark: usize,
    /// Where the open word's first character starts in the note.
    word_source: usize,
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
            pending: WordFlags::SENTENCE.union(WordFlags::LINE),
            quoted: false,
            run_space: false,
            run_dash: false,
            in_word: false,
            glued: false,
            word_start: 0,
            word_flags: WordFlags::EMPTY,
            word_rtl: false,
            visible: false,
            overflow: false,
            done: false,
            chars: &CHARS,
            disguise: Disguise::default(),
            mark: 0,
            word_source: 0,
        }
    }

    /// Whether the words read so far were disguised (see [`Disguise`]).
    pub(crate) fn disguised(&self) -> bool {
        self.disguise.found()
    }

    /// Whether an unfilled placeholder may be among the words: one was read
    /// already, or the input not yet read holds a bracket, a blank-name
    /// circle or an entity (which may encode a bracket). A byte scan, so
    /// that a note without one is not tokenised to its end to find none.
    pub(crate) fn may_hold_placeholder(&self) -> bool {
        let rest = &self.input[self.pos..];
        self.scratch
            .words
            .iter()
            .any(|w| w.flags.contains(WordFlags::PLACEHOLDER))
            || memchr::memchr3(b'[', b'{', b'<', rest.as_bytes()).is_some()
            || memchr::memchr(b'&', rest.as_bytes()).is_some()
            // The non-ASCII openers are all three bytes long, led by one
            // of these (a lead byte is never inside another character).
            || memchr::memchr3_iter(0xE2, 0xE3, 0xEF, rest.as_bytes())
                .any(|at| rest.get(at..).and_then(|r| r.chars().next()).is_some_and(opens_placeholder))
    }

    /// Whether word `i` exists, tokenising as far as needed: until a later
    /// word starts when it is a letter of a script without spaces, whose
    /// vowel signs and tone marks after it are part of it.
    pub(crate) fn has(&mut self, i: usize) -> bool {
        loop {
            let words = &self.scratch.words;
            if words.len() > i + 1
                || (words.len() == i + 1 && !words[i].flags.contains(WordFlags::UNSPACED))
            {
                return true;
            }
            if self.done {
                return words.len() > i;
            }
            self.advance();
        }
    }

    /// Word `i`; call [`Tokens::has`] first.
    pub(crate) fn word(&self, i: usize) -> Word {
        self.scratch.words[i]
    }

    /// How word `i` (which exists) is written in the note: read from the
    /// note itself, since folding took case away, and only when the
    /// matcher asks (rarely), so that reading a note costs nothing for it.
    /// The word's letters are those up to the first character that is no
    /// letter with case (an apostrophe, a hyphen), past one elided letter
    /// ("d'Auvergne", "O'Neil").
    pub(crate) fn case(&self, i: usize) -> Case {
        // A letter of a script without case ends the word as any other
        // character does ([`upper`], [`lower`]). What folding drops inside
        // a word (zero-width and control characters, combining marks) is
        // looked past, as the tokenizer does; an apostrophe is kept, since
        // it may mark an elision.
        let mut chars = self.kept(i);
        let mut first = chars.next();
        // An elided letter before an apostrophe gives way to the name after
        // it: "d'Auvergne" and "O'Neil" are capitalised.
        let mut after = chars.clone();
        if first.is_some_and(|c| upper(c) || lower(c))
            && after.next().is_some_and(is_apostrophe)
            && after.clone().next().is_some_and(|c| upper(c) || lower(c))
        {
            chars = after;
            first = chars.next();
        }
        let case = match first {
            Some(c) if upper(c) => Case::Capital,
            Some(c) if lower(c) => Case::Small,
            _ => return Case::Other,
        };
        // A capital is a name's only if a small letter follows it or it
        // stands alone (an initial): "EǀA" and "U8", whose capital is
        // followed by a letter without case or a digit, would be written
        // so in capitals too, where "eǀa" and "u8" read small (a fuzzer's
        // find: the note read otherwise in capitals and small letters).
        let mut small_seen = false;
        for c in chars.by_ref() {
            if upper(c) {
                return Case::Other;
            }
            if lower(c) {
                small_seen = true;
            } else if !is_apostrophe(c) {
                return if case == Case::Capital && !small_seen && c.is_alphanumeric() {
                    Case::Other
                } else {
                    case
                };
            }
        }
        // A word read to the end of the budget, not of its letters, has
        // no known case: its capitals and small letters must read alike
        // ("E", 131 control characters, then "la": a fuzzer's find).
        if chars.left == 0 { Case::Other } else { case }
    }

    /// Whether word `i` (which exists) opens with a capital followed by a
    /// small letter ("Open"; not "OPEN", "U8" or "open"), as read from the
    /// note. In capitals or in small letters throughout no word does, so
    /// what asks this reads a note in either case alike.
    pub(crate) fn capitalised(&self, i: usize) -> bool {
        let mut chars = self.kept(i);
        matches!(
            (chars.next(), chars.next()),
            (Some(first), Some(second)) if upper(first) && lower(second)
        )
    }

    /// The characters of the note from word `i`'s start (which exists)
    /// that [`Tokens::case`] and its kin read.
    fn kept(&self, i: usize) -> Kept<'_> {
        let source = self.scratch.words[i].source as usize;
        Kept {
            chars: self.input.get(source..).unwrap_or_default().chars(),
            left: MAX_CASE_CHARS,
        }
    }

    /// Whether word `i` (which exists) opens with a small letter ("open",
    /// "iPhone"; not "Open", "OPEN" or "8u"), as read from the note.
    pub(crate) fn opens_small(&self, i: usize) -> bool {
        let mut chars = self.kept(i);
        chars.next().is_some_and(lower)
    }

    /// Whether word `i` (which exists) is written in capitals: two letters
    /// or more and no small letter ("BNP", "KAUST", "ODTÜ"), as an
    /// acronym is.
    pub(crate) fn in_capitals(&self, i: usize) -> bool {
        let mut capitals = 0;
        for c in self.kept(i).take_while(|c| c.is_alphanumeric()) {
            if lower(c) {
                return false;
            }
            capitals += usize::from(upper(c));
        }
        capitals >= 2
    }

    /// How many letters in small letters follow an apostrophe inside word
    /// `i` (which exists), when the word opens with a capital and one
    /// apostrophe splits it ("Kapadokya'da", "ODTÜ'de": 2): the case ending
    /// Turkish writes after a proper name. At least [`MIN_ENDING_LETTERS`]
    /// and at most [`MAX_ENDING_LETTERS`], after at least
    /// [`MIN_ENDING_STEM`] letters; `None` for any other word ("O'Neil",
    /// "l'anno", "Anna", "Mu'in", "Ali'ye'ye").
    pub(crate) fn ending_letters(&self, i: usize) -> Option<usize> {
        if !self.scratch.words[i].flags.contains(WordFlags::ELIDED) {
            return None;
        }
        let mut chars = self.kept(i);
        if !chars.next().is_some_and(upper) {
            return None;
        }
        let mut stem = 1;
        for c in chars.by_ref() {
            if is_apostrophe(c) {
                break;
            }
            if !c.is_alphanumeric() {
                return None;
            }
            stem += 1;
        }
        let mut letters = 0;
        for c in chars {
            if !c.is_alphanumeric() && !is_apostrophe(c) {
                break;
            }
            if !lower(c) || letters == MAX_ENDING_LETTERS {
                return None;
            }
            letters += 1;
        }
        (stem >= MIN_ENDING_STEM && letters >= MIN_ENDING_LETTERS).then_some(letters)
    }

    /// Whether word `i` (which exists) opens with a capital letter
    /// ("Airbus", "BNP").
    pub(crate) fn opens_capital(&self, i: usize) -> bool {
        let mut chars = self.kept(i);
        chars.next().is_some_and(upper)
    }

    /// The parenthesis nearest before word `i` (which exists) in the note
    /// with no letter or digit between ("(Mo–Fr", "(#Priya", "), Berlin"):
    /// `Some(true)` for an opening one ("(" or "（"), `Some(false)` for a
    /// closing one, `None` when a letter or digit comes first. Looks back
    /// [`MAX_CASE_CHARS`] characters at most.
    pub(crate) fn parenthesis_before(&self, i: usize) -> Option<bool> {
        let source = self.scratch.words[i].source as usize;
        let before = self.input.get(..source)?;
        before
            .chars()
            .rev()
            .take(MAX_CASE_CHARS)
            .take_while(|c| !c.is_alphanumeric())
            .find_map(|c| match c {
                '(' | '（' => Some(true),
                ')' | '）' => Some(false),
                _ => None,
            })
    }

    /// Whether a double quotation mark stood among the characters read so
    /// far: until one does, no word read is quoted.
    pub(crate) fn quoted_yet(&self) -> bool {
        self.quoted
    }

    /// Whether word `i` (which exists) is written in a script without case
    /// (Arabic, Hebrew, Devanagari, Bengali …): its first letter is
    /// neither a capital nor a small one, so [`Tokens::case`] cannot tell
    /// a name from a sentence by it. Georgian counts as one: Unicode gives
    /// its letters capitals (Mtavruli), but writers use them only to set a
    /// whole word in capitals, never for a name.
    pub(crate) fn caseless(&self, i: usize) -> bool {
        let mut chars = self.kept(i);
        chars.next().is_some_and(|c| {
            let georgian = matches!(c, '\u{10D0}'..='\u{10FF}' | '\u{1C90}'..='\u{1CBF}');
            c.is_alphabetic() && (georgian || (!c.is_uppercase() && !c.is_lowercase()))
        })
    }

    /// The flags of word `i`, or `BOUNDARY` past the last word (the end of
    /// the note is a boundary of every kind), with `EXCLAIM` when the note
    /// ends with an exclamation or question mark (and `QUESTION` with a
    /// question mark).
    pub(crate) fn flags_or_end(&mut self, i: usize) -> WordFlags {
        if self.has(i) {
            self.scratch.words[i].flags
        } else {
            // Past the last word: every boundary, whether the note ends
            // with an exclamation or question mark, and with a double
            // quote (closing a nickname).
            WordFlags::BOUNDARY
                | (self.pending & (WordFlags::EXCLAIM | WordFlags::QUESTION | WordFlags::QUOTED))
        }
    }

    /// The text of word `i`; call [`Tokens::has`] first.
    pub(crate) fn text(&self, i: usize) -> &str {
        let w = self.scratch.words[i];
        &self.scratch.text[w.start as usize..w.end as usize]
    }

    /// Word `i`, a placeholder, as the note writes it ("\[Nazwa firmy\]",
    /// brackets included); empty where the note does not hold one there.
    pub(crate) fn placeholder(&self, i: usize) -> &str {
        let source = self.scratch.words[i].source as usize;
        let rest = self.input.get(source..).unwrap_or_default();
        placeholder(rest).map_or("", |len| &rest[..len])
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
            // The last word whole, with the signs that may follow it.
            return self.has(i + n - 1) && self.span(i, i + n) == text;
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
            } else if ASCII_WORD[usize::from(b)] {
                // The common case: a run of ASCII letters and digits, copied
                // at once and lower-cased in place.
                let start = self.pos;
                let run = bytes[start + 1..]
                    .iter()
                    .position(|&b| !ASCII_WORD[usize::from(b)])
                    .map_or(bytes.len() - start, |n| n + 1);
                self.pos += run;
                self.mark = start;
                self.push_ascii(&self.input[start..start + run], b.is_ascii_digit());
            } else if b == b' ' {
                self.pos += 1;
                self.finish_word();
                self.run_space = true;
                self.glued = false;
            } else if b == b'&' {
                self.pos += 1;
                self.entity();
            } else if b == b'.' {
                self.pos += 1;
                self.full_stop();
            } else if matches!(b, b'<' | b'[' | b'{') && self.markup() {
                // Consumed: a tag or a placeholder.
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
            self.disguise.ascii();
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
                ) => {
                    if !self.in_word {
                        self.mark = self.pos + consumed;
                    }
                    self.take(folded);
                }
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
            if opens_placeholder(c) && self.markup() {
                return;
            }
            self.mark = self.pos;
            self.pos += c.len_utf8();
            self.unicode(c);
        }
    }

    /// At `<`, `[`, `{` or a full-width bracket: consumes an HTML tag (a
    /// line break or a space, and visible) or an unfilled placeholder (one
    /// word flagged `PLACEHOLDER`); says whether it did.
    fn markup(&mut self) -> bool {
        let rest = &self.input[self.pos..];
        if let Some((len, class)) = rest.starts_with('<').then(|| html_tag(rest)).flatten() {
            self.pos += len;
            self.apply(class);
            self.visible = true;
            return true;
        }
        let Some(len) = placeholder(rest) else {
            return false;
        };
        let bracketed = is_bracketed(&rest[..len]);
        self.mark = self.pos;
        self.pos += len;
        self.finish_word();
        self.push_letters("{}", false);
        self.word_flags |= WordFlags::PLACEHOLDER;
        if bracketed {
            self.word_flags |= WordFlags::BRACKETED;
        }
        self.finish_word();
        true
    }

    /// A `.`: after a single letter it marks an initial (`J. K. Rowling`);
    /// inside a word (a letter or digit right after it) it parts the word
    /// and the next part is `JOINED` and `DOTTED` to it: a number
    /// (`4.0`), a domain (`alumni-insa.fr`), a dotted name (`Node.js`) is
    /// one thing, not two sentences; elsewhere it ends a sentence.
    fn full_stop(&mut self) {
        let initial = self.in_word
            && {
                let mut word = self.scratch.text[self.word_start..].chars();
                matches!((word.next(), word.next()), (Some(c), None) if c.is_alphabetic() && !is_unspaced(c))
            };
        // Any script's letter or digit (not only ASCII: lower-casing "İ"
        // gives an ASCII "i", and a note's kind must not change with case).
        // Zero-width characters and apostrophes of any style between are
        // looked past, as everywhere (`0.'a` reads as `0.´a` does).
        let inside = self.in_word
            && self
                .input
                .get(self.pos..)
                .and_then(|rest| rest.chars().find(|&c| is_apostrophe(c) || !is_hidden(c)))
                .is_some_and(|c| !is_apostrophe(c) && c.is_alphanumeric());
        if initial {
            self.word_flags |= WordFlags::INITIAL;
            self.apply(Class::Separator(WordFlags::EMPTY));
        } else if inside {
            self.finish_word();
            self.visible = true;
            self.glued = true;
            self.pending |= WordFlags::DOTTED;
        } else {
            self.apply(ascii_class(b'.'));
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
                if is_unspaced_mark(letter) {
                    self.push_mark(letter);
                } else if u32::from(letter) >= 0x0E00 && is_unspaced(letter) {
                    self.push_unspaced(letter, digit);
                } else {
                    self.push_char(letter, digit);
                }
                self.disguise.letter(letter);
            }
            Folded::Lookalike(letter) => {
                self.push_char(letter, false);
                self.disguise.lookalike();
            }
            Folded::Letters(letters, digit) => {
                if letters.chars().any(is_unspaced) {
                    for letter in letters.chars() {
                        self.take(Folded::Letter(letter, letter.is_numeric()));
                    }
                    return;
                }
                self.push_letters(letters, digit);
                self.disguise.letter(letters.chars().next().unwrap_or('a'));
            }
            Folded::Class(class) => self.apply(class),
        }
    }

    /// Decodes an HTML entity after `&` (already consumed), double
    /// encodings included, or treats the `&` as a separator.
    fn entity(&mut self) {
        if !self.in_word {
            self.mark = self.pos - 1;
        }
        match parse_entities(&self.input.as_bytes()[self.pos..]) {
            Some((len, decoded)) if !decoded.is_ampersand() => {
                self.pos += len;
                for c in decoded.as_str(&mut [0; 4]).chars() {
                    if c.is_ascii() {
                        self.ascii(c as u8);
                    } else {
                        self.unicode(c);
                    }
                }
            }
            Some((len, _)) => {
                self.pos += len;
                self.apply(Class::Separator(WordFlags::EMPTY));
            }
            None => self.apply(Class::Separator(WordFlags::EMPTY)),
        }
    }

    fn apply(&mut self, class: Class) {
        match class {
            Class::Ignored => {
                // An apostrophe or another character folding drops, inside
                // a word: its case ending may follow ("Kapadokya'da").
                if self.in_word {
                    self.word_flags |= WordFlags::ELIDED;
                }
            }
            Class::Invisible => self.disguise.invisible(self.in_word),
            Class::Bidi => self.disguise.bidi(),
            Class::Mark => self.disguise.mark(),
            Class::Space(flags) => {
                self.finish_word();
                self.pending |= flags;
                self.run_space = true;
                self.glued = false;
            }
            Class::Separator(flags) => {
                self.finish_word();
                self.pending |= flags;
                self.quoted |= flags.contains(WordFlags::QUOTED);
                self.visible = true;
                self.glued = false;
            }
            Class::Dash => {
                self.finish_word();
                self.run_dash = true;
                self.visible = true;
                self.glued = false;
            }
        }
    }

    /// Appends a character of a script written without spaces as a word of
    /// its own, `JOINED` to a word it touches.
    fn push_unspaced(&mut self, letter: char, digit: bool) {
        let glued = self.in_word || self.glued;
        self.finish_word();
        self.glued = glued;
        self.push_letters(letter.encode_utf8(&mut [0; 4]), digit);
        self.word_flags |= WordFlags::UNSPACED;
        self.finish_word();
        self.glued = true;
    }

    /// Appends a vowel sign, tone mark or virama of a script written without
    /// spaces to the letter it follows, whose word it is part of; after
    /// anything else it is a word of its own, as a letter of the script.
    ///
    /// The signs of a letter are kept in code point order, since writers
    /// type a tone mark and a vowel sign above in either order and see the
    /// same thing (Thai "ที่" and "ท่ี"); a letter holds at most
    /// [`MAX_LETTER_SIGNS`] of them, so a run of stacked marks costs linear
    /// time.
    fn push_mark(&mut self, mark: char) {
        let text = &self.scratch.text;
        let signs = self.scratch.words.last().and_then(|word| {
            let letter = &text[word.start as usize..];
            (!self.in_word
                && self.glued
                && word.end as usize == text.len()
                && word.flags.contains(WordFlags::UNSPACED))
            .then(|| letter.chars().count().saturating_sub(1))
        });
        let Some(signs) = signs.filter(|&signs| signs < MAX_LETTER_SIGNS) else {
            return self.push_unspaced(mark, false);
        };
        if text.len() + mark.len_utf8() > MAX_TEXT_BYTES {
            self.overflow = true;
            return;
        }
        // Before the signs that sort after it.
        let at = text
            .char_indices()
            .rev()
            .take(signs)
            .take_while(|&(_, sign)| sign > mark)
            .last()
            .map_or(text.len(), |(at, _)| at);
        self.scratch.text.insert(at, mark);
        if let Some(word) = self.scratch.words.last_mut() {
            // Fits in u32: the text never exceeds MAX_TEXT_BYTES.
            word.end = self.scratch.text.len() as u32;
        }
    }

    /// Appends one folded letter (the hot path for non-ASCII text).
    fn push_char(&mut self, letter: char, digit: bool) {
        let rtl = is_rtl(letter);
        if self.in_word && !rtl {
            self.split_rtl();
        }
        if self.in_word && self.scratch.text.len() + 4 <= MAX_TEXT_BYTES {
            self.disguise.continue_word();
            self.scratch.text.push(letter);
        } else {
            self.push_letters(letter.encode_utf8(&mut [0; 4]), digit);
        }
        self.word_rtl |= rtl;
    }

    /// Before a letter of another script: an Arabic or Hebrew prefix on a
    /// foreign word ("الـiPhone", "בLinkedIn") is a word of its own, joined
    /// to the next.
    fn split_rtl(&mut self) {
        if self.word_rtl {
            self.finish_word();
            self.glued = true;
        }
    }

    /// Appends a run of ASCII letters and digits, lower-cased (the hot path
    /// of Latin text: no script to check, no folding to look up).
    fn push_ascii(&mut self, run: &str, digit: bool) {
        if self.in_word {
            self.split_rtl();
        }
        if self.in_word && self.scratch.text.len() + run.len() <= MAX_TEXT_BYTES {
            self.disguise.continue_word();
            self.scratch.text.push_str(run);
        } else {
            self.push_letters(run, digit);
            if self.overflow {
                return;
            }
        }
        let end = self.scratch.text.len();
        if let Some(appended) = self.scratch.text.get_mut(end - run.len()..) {
            appended.make_ascii_lowercase();
        }
        self.disguise.ascii();
    }

    /// Appends folded letters to the current word, opening one if needed;
    /// `digit` says whether they start with a digit.
    fn push_letters(&mut self, letters: &str, digit: bool) {
        if letters.is_empty() {
            return;
        }
        if self.in_word && !letters.starts_with(is_rtl) {
            self.split_rtl();
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
            self.word_rtl = false;
            self.word_start = self.scratch.text.len();
            let mut flags = self.pending;
            if self.run_dash && self.run_space {
                flags |= WordFlags::DASH;
            }
            if self.glued || (self.run_dash && !self.run_space) {
                flags |= WordFlags::JOINED;
            }
            if self.run_space {
                flags |= WordFlags::SPACE;
            }
            if digit {
                flags |= WordFlags::DIGIT;
            }
            self.word_flags = flags;
            self.word_source = self.mark;
            self.pending = WordFlags::EMPTY;
            self.run_space = false;
            self.run_dash = false;
            self.disguise.open_word();
        } else if self.scratch.text.len() + letters.len() > MAX_TEXT_BYTES {
            self.overflow = true;
            return;
        } else {
            self.disguise.continue_word();
        }
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
            self.disguise.close_word();
            // Both fit in u32: the text never exceeds MAX_TEXT_BYTES.
            self.scratch.words.push(Word {
                start: self.word_start as u32,
                end: self.scratch.text.len() as u32,
                flags: self.word_flags,
                source: u32::try_from(self.word_source).unwrap_or(u32::MAX),
            });
        }
    }
}

/// Whether `c` is a capital: an upper-case letter with a small partner
/// ("𝕗", a small letter with none, stays as it is in capitals, so it is
/// neither). ASCII is answered without Unicode's tables.
fn upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase() && c.to_lowercase().ne([c])
    }
}

/// Whether `c` is a small letter with a capital partner (see [`upper`]).
fn lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase() && c.to_uppercase().ne([c])
    }
}

/// The characters of a note from a word's start that [`Tokens::case`]
/// reads: at most [`MAX_CASE_CHARS`], past what folding drops inside a
/// word (apostrophes kept). A loop of its own rather than `take` and
/// `filter`, whose nested folds were most of the cost of reading a case.
#[derive(Clone)]
struct Kept<'a> {
    chars: std::str::Chars<'a>,
    left: usize,
}

impl Iterator for Kept<'_> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        while self.left > 0 {
            self.left -= 1;
            let c = self.chars.next()?;
            if is_apostrophe(c) || !folds_away(c) {
                return Some(c);
            }
        }
        None
    }
}

/// The most letters of a case ending after an apostrophe
/// ([`Tokens::ending_letters`]: "'daki", "'nden").
const MAX_ENDING_LETTERS: usize = 5;
/// The fewest: names of other languages hold an apostrophe before one
/// letter ("Kamaka'e").
const MIN_ENDING_LETTERS: usize = 2;
/// The fewest letters of the name before it ("Mu'in", "Du'a" are names).
const MIN_ENDING_STEM: usize = 3;

/// The most characters of a word [`Tokens::case`] reads: enough for any
/// name, so that its cost is bounded however long the word (or the run of
/// zero-width characters inside it).
const MAX_CASE_CHARS: usize = 128;

/// The most vowel signs and tone marks a letter of a script without spaces
/// holds ([`Tokens::push_mark`]): Burmese writes three on one letter
/// ("နွေ့": a medial, a vowel sign and a tone mark), rarely four.
const MAX_LETTER_SIGNS: usize = 4;

/// Which ASCII bytes are word characters (letters and digits).
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether a folded letter is of Hebrew, Arabic or a script between them
/// (Syriac, Thaana, N'Ko …), whose prefixes glue to foreign words.
fn is_rtl(letter: char) -> bool {
    ('\u{0590}'..='\u{08FF}').contains(&letter)
}

/// Whether `text` holds nothing visible: exactly when [`Tokens::is_blank`]
/// would say so, without writing any word.
pub(crate) fn is_blank(text: &str) -> bool {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        if c != '&' {
            if !is_invisible(c) {
                return false;
            }
            continue;
        }
        match parse_entities(rest.as_bytes()) {
            Some((len, decoded)) if !decoded.is_ampersand() => {
                rest = &rest[len..];
                if !decoded.as_str(&mut [0; 4]).chars().all(is_invisible) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}

/// Normalises `text` completely into `scratch` (for catalog and lexicon
/// entries at build time).
pub(crate) fn normalize_into(text: &str, scratch: &mut Scratch) {
    Tokens::new(text, scratch).len();
}
