//! What each character is to the tokenizer: a folded letter, a look-alike
//! of an ASCII letter, or a separator, space or invisible character.
//!
//! [`char_events`] is the one definition of how a non-ASCII character is
//! normalised; [`CHARS`] caches it for the Basic Multilingual Plane, so the
//! hot path reads one table entry per character.

use std::sync::LazyLock;

use unicode_normalization::char::{decompose_canonical, decompose_compatible, is_combining_mark};
use unicode_script::{Script, UnicodeScript};

use super::WordFlags;

/// What one character is to the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// Dropped without a trace: apostrophes, control characters.
    Ignored,
    /// Dropped, but a disguise inside a word: default-ignorable and format
    /// characters (zero-width, joiners, variation selectors, tags …).
    Invisible,
    /// A combining mark standing alone (after a letter); dropped, but three
    /// or more in a row are a disguise.
    Mark,
    /// A bidirectional embedding, override or isolate: dropped, and a
    /// disguise wherever it stands (it reorders what the reader sees).
    Bidi,
    /// Whitespace; `LINE` for line breaks.
    Space(WordFlags),
    /// A visible separator with these flags.
    Separator(WordFlags),
    /// A dash (a boundary only when set off by whitespace).
    Dash,
}

/// Emits the folded form of an alphanumeric, non-ASCII character: the lower
/// case of its upper case (so `ß`/`SS`, `ς`/`σ`, `ı`/`I`, `ſ`/`s` and
/// variant letters such as U+1C80 fold together, as Unicode case folding
/// does), without combining marks (a Turkish `İ`'s dot; many vowel signs are
/// alphabetic marks) but for those that spell a word ([`spelling_mark`]).
fn fold_letter(c: char, mut emit: impl FnMut(char)) {
    for upper in c.to_uppercase() {
        for lower in upper.to_lowercase() {
            if lower == 'ß' {
                // The capital sharp s, whose lower case `to_uppercase` keeps.
                emit('s');
                emit('s');
            } else if !is_combining_mark(lower) {
                emit(lower);
            } else if let Some(sign) = spelling_mark(lower) {
                emit(sign);
            }
        }
    }
}

/// The letter a combining mark of the scripts of India and Sri Lanka
/// stands for, or `None` for a mark to drop. Their vowel signs and viramas
/// spell a word rather than accent it (without them Hindi "मेल", "मिल" and
/// "माल" would all be "मल"), so they stay; the nukta, which writers often
/// leave out ("ज़"/"ज"), goes, and the candrabindu is read as the anusvara
/// it is often written as ("हूँ"/"हूं"), as Hindi search engines fold them.
/// The vowel signs, tone marks and viramas of Thai, Lao and Khmer spell a
/// word too (Thai "ที่" and "ท"), so they stay, each part of the letter
/// before it (see `is_unspaced_mark`). Burmese ones go, for now: writers
/// also type them before their letter, in the order they are seen, and
/// the grammar reads a Burmese thanks, which follows what it is for, as a
/// name and a closing ("hello, cake, thanks"); without its signs a
/// Burmese word there often meets a word of shared history, the safe side.
/// Marks of other scripts go: accents.
fn spelling_mark(c: char) -> Option<char> {
    if is_unspaced_mark(c) && !is_burmese(c) {
        return Some(c);
    }
    let indic = matches!(
        c.script(),
        Script::Devanagari
            | Script::Bengali
            | Script::Gurmukhi
            | Script::Gujarati
            | Script::Oriya
            | Script::Tamil
            | Script::Telugu
            | Script::Kannada
            | Script::Malayalam
            | Script::Sinhala
    );
    match c {
        _ if !indic => None,
        // Nuktas.
        '\u{093C}' | '\u{09BC}' | '\u{0A3C}' | '\u{0ABC}' | '\u{0B3C}' | '\u{0CBC}' => None,
        // Candrabindu as anusvara (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya).
        '\u{0901}' => Some('\u{0902}'),
        '\u{0981}' => Some('\u{0982}'),
        '\u{0A01}' => Some('\u{0A02}'),
        '\u{0A81}' => Some('\u{0A82}'),
        '\u{0B01}' => Some('\u{0B02}'),
        _ => Some(c),
    }
}

/// Whether `c` is of the Myanmar block or its extensions.
fn is_burmese(c: char) -> bool {
    matches!(u32::from(c), 0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F)
}

/// What a character contributes to the word stream.
#[derive(Debug, Clone, Copy)]
pub(super) enum Event {
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
pub(super) fn char_events(c: char, sink: &mut impl FnMut(Event)) {
    if let Some(class) = special_class(c) {
        return sink(Event::Class(class));
    }
    // A Hangul syllable is one letter, as Korean is written and read (a
    // word's ending, "-니다", is checked on syllables), not its jamo.
    if is_hangul_syllable(c) {
        return sink(Event::Letter(c));
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
                // Latin letters such as Turkish `ı` fold without suspicion;
                // a letter of an alphabet that can pass for Latin inside a
                // Latin word (Cyrillic `а`, Greek `ο`) is a look-alike. The
                // letters of other scripts stand for themselves, however
                // they look: Arabic `ا` is not an `l`, Burmese `ဝ` not an `o`.
                Some(ascii) if l.script() == Script::Latin => sink(Event::Letter(ascii)),
                Some(ascii) if imitates_latin(l.script()) => sink(Event::Lookalike(ascii)),
                _ => sink(Event::Letter(l)),
            });
        } else if is_combining_mark(d) {
            match spelling_mark(d) {
                Some(sign) => sink(Event::Letter(sign)),
                None => sink(Event::Class(Class::Mark)),
            }
        } else if d.is_whitespace() {
            sink(Event::Class(Class::Space(WordFlags::EMPTY)));
        } else {
            sink(Event::Class(Class::Separator(WordFlags::EMPTY)));
        }
    });
}

/// Whether letters of `script` can pass for Latin ones inside a Latin
/// word: the alphabets descended from Greek, whose look-alikes are the
/// homoglyphs of disguises, and letter-like symbols of no script.
fn imitates_latin(script: Script) -> bool {
    matches!(
        script,
        Script::Cyrillic
            | Script::Greek
            | Script::Armenian
            | Script::Cherokee
            | Script::Coptic
            | Script::Lisu
            | Script::Common
            | Script::Inherited
    )
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
pub(super) enum Folded<'t> {
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
pub(super) struct CharTable {
    /// Per code point: kind (3 bits), then for `LETTERS` length (8 bits),
    /// digit (1 bit) and offset into `letters` (20 bits); for `LETTER` and
    /// `LOOKALIKE` digit (1 bit at 3) and the folded character (21 bits at
    /// 11); for classes the flags (at 3).
    entries: Box<[u32]>,
    letters: String,
}

// Every word flag fits an entry above its kind (3 bits).
const _: () = assert!(WordFlags::ALL.bits() >> (u32::BITS - 3) == 0);

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

pub(super) static CHARS: LazyLock<CharTable> = LazyLock::new(CharTable::build);

impl CharTable {
    fn build() -> CharTable {
        let mut entries = vec![SLOW; 0x10000].into_boxed_slice();
        let mut letters = String::new();
        let mut folded = String::new();
        for (code, entry) in entries.iter_mut().enumerate().skip(0x80) {
            let Some(c) = char::from_u32(code as u32) else {
                continue;
            };
            if opens_placeholder(c) {
                // Left to the tokenizer's slow path, which looks ahead.
                continue;
            }
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
                    Class::Space(flags) => SPACE | flags.bits() << 3,
                    Class::Separator(flags) => SEPARATOR | flags.bits() << 3,
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
    pub(super) fn get(&self, c: char) -> Option<Folded<'_>> {
        let entry = *self.entries.get(c as usize)?;
        let flags = ((entry >> 3) & 0xFF) as u8;
        // Separators and spaces keep all the bits of their flags.
        let class_flags = WordFlags::from_bits(entry >> 3);
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
            SPACE => Folded::Class(Class::Space(class_flags)),
            SEPARATOR => Folded::Class(Class::Separator(class_flags)),
            DASH_KIND => Folded::Class(Class::Dash),
            _ => return None,
        })
    }
}

/// A one-byte string for an ASCII letter or digit.
pub(super) fn ascii_str(b: u8) -> &'static str {
    const ALL: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    let i = match b {
        b'0'..=b'9' => usize::from(b - b'0'),
        _ => usize::from(b.saturating_sub(b'a')) + 10,
    };
    ALL.get(i..i + 1).unwrap_or("")
}

pub(super) fn ascii_class(b: u8) -> Class {
    match b {
        b'\'' | b'`' => Class::Ignored,
        b'\n' | 0x0B | 0x0C => Class::Space(WordFlags::LINE.union(WordFlags::SENTENCE)),
        b' ' | b'\t' | b'\r' => Class::Space(WordFlags::EMPTY),
        b'.' | b';' => Class::Separator(WordFlags::SENTENCE),
        b'!' => Class::Separator(WordFlags::SENTENCE.union(WordFlags::EXCLAIM)),
        b'?' => Class::Separator(
            WordFlags::SENTENCE
                .union(WordFlags::EXCLAIM)
                .union(WordFlags::QUESTION),
        ),
        b',' | b':' => Class::Separator(WordFlags::COMMA),
        b'"' => Class::Separator(WordFlags::QUOTED),
        b'|' | b'/' => Class::Separator(WordFlags::PIPE),
        b'-' => Class::Dash,
        0..=0x1F | 0x7F => Class::Ignored,
        _ => Class::Separator(WordFlags::EMPTY),
    }
}

/// Whether `c` breaks a line (as the normaliser reads line breaks: `\r` is
/// a space, so `\r\n` is one break).
pub(super) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether `c` is a precomposed Hangul syllable, which the normaliser keeps
/// whole as one letter.
pub(crate) fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Whether `c` is an apostrophe of any style the normaliser drops (the two
/// ASCII ones and the quote marks used as apostrophes), so that every rule
/// that lets an apostrophe stand inside a word lets all of them.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{2019}'
            | '\u{2018}'
            | '\u{201B}'
            | '\u{00B4}'
            | '\u{02BC}'
            | '\u{02BB}'
            | '\u{02B9}'
            | '\u{2032}'
            | '\u{FF07}'
            | '\u{FF40}'
    )
}

/// Characters with a fixed role, looked at before (and after) decomposition.
/// `None` means "decompose and look again".
fn special_class(c: char) -> Option<Class> {
    Some(match c {
        // Apostrophes and quote marks used as apostrophes.
        c if is_apostrophe(c) => Class::Ignored,
        // The Arabic tatweel only stretches a word for justification.
        '\u{0640}' => Class::Ignored,
        c if in_ranges(BIDI_FORMATTING, c) => Class::Bidi,
        c if in_ranges(INVISIBLE, c) => Class::Invisible,
        c if is_line_break(c) => Class::Space(WordFlags::LINE.union(WordFlags::SENTENCE)),
        '！' | '‼' | '՜' => Class::Separator(WordFlags::SENTENCE.union(WordFlags::EXCLAIM)),
        '？' | '؟' | '⁇' | '⁈' | '⁉' | '՞' | '፧' | '⸮' => Class::Separator(
            WordFlags::SENTENCE
                .union(WordFlags::EXCLAIM)
                .union(WordFlags::QUESTION),
        ),
        '…' | '。' | '｡' | '¡' | '¿' | '؛' | '।' | '॥' | '۔' | '።' | '၊' | '။' | '།' | '។'
        | '៕' | '׃' => Class::Separator(WordFlags::SENTENCE),
        '、' | '，' | '،' | '﹐' | '﹑' | '：' | '፣' | '፡' => {
            Class::Separator(WordFlags::COMMA)
        }
        // Separators of headline lists ("Engineer | AWS · Python • SaaS").
        '¦' | '｜' | '·' | '•' | '‧' | '∙' | '⋅' | '・' | '･' | '／' | '◦' | '▪' => {
            Class::Separator(WordFlags::PIPE)
        }
        // Double quotation marks, and single guillemets, which quote as
        // they do (the other single quotes are apostrophes above).
        '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』' | '〝' | '〞'
        | '〟' => Class::Separator(WordFlags::QUOTED),
        c if in_ranges(DASHES, c) => Class::Dash,
        c if c.is_control() => Class::Ignored,
        _ => return None,
    })
}

/// Whether a non-ASCII character may open an unfilled placeholder: a
/// full-width bracket (`［名前］`, `【会社名】`) or a blank-name circle (`○○様`).
pub(super) fn opens_placeholder(c: char) -> bool {
    matches!(c, '［' | '｛' | '＜' | '【' | '〔' | '○' | '〇' | '◯' | '●')
}

/// Whether a folded letter belongs to a script written without spaces
/// between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar, Tai
/// scripts): the tokenizer makes each such character a word of its own, so
/// the catalog and vocabulary are matched character by character, and a
/// sentence is never taken for one long word.
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(u32::from(c),
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF | 0x19E0..=0x19FF // Khmer
        | 0x1950..=0x19DF // Tai Le, New Tai Lue
        | 0x1A20..=0x1AAF // Tai Tham
        | 0x3005..=0x3007 // 々 〆 〇
        | 0x3040..=0x30FA | 0x30FC..=0x30FF // kana, ー (not the middle dot)
        | 0x31F0..=0x31FF // Katakana phonetic extensions
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F // Myanmar extensions
        | 0x20000..=0x3FFFF // Han extensions
    )
}

/// Whether `c` is a combining mark of a script written without spaces (a
/// vowel sign, tone mark or virama of Thai, Lao, Burmese, Khmer …): part of
/// the letter before it, so a name's length is counted without them.
pub(crate) fn is_unspaced_mark(c: char) -> bool {
    u32::from(c) >= 0x0E31 && in_ranges(UNSPACED_MARKS, c)
}

/// Whether `c` is a combining mark (a vowel sign, a virama, an anusvara) of
/// a script of India or Sri Lanka: part of the syllable before it, so a
/// syllable followed by a full stop is an initial ("ಕೆ. ಎಸ್. ನಾಗರಾಜ್").
fn is_indic_mark(c: char) -> bool {
    INDIC.contains(&u32::from(c)) && in_ranges(INDIC_MARKS, c)
}

/// Whether `word` (normalised) may be an initial in a script of India: a
/// letter's name of one or two letters and their signs ("ಕೆ", "ಎಸ್", "ஆர்").
pub(crate) fn is_indic_initial(word: &str) -> bool {
    let mut letters = word.chars().filter(|&c| !is_indic_mark(c));
    let (Some(first), second, None) = (letters.next(), letters.next(), letters.next()) else {
        return false;
    };
    let indic = |c: char| INDIC.contains(&u32::from(c)) && c.is_alphabetic();
    if !word.starts_with(first) || !indic(first) || word.chars().count() > 5 {
        return false;
    }
    match second {
        None => true,
        // A vowel and a consonant with at most a virama or nukta after it
        // ("ಎಸ್", "एस", "ஆர்"), not a word of two syllables ("ರವಿ").
        Some(second) => {
            let offset = u32::from(first) & 0x7F;
            let vowel = (0x05..=0x14).contains(&offset) || (0x60..=0x61).contains(&offset);
            let after = &word[word.find(second).unwrap_or(0) + second.len_utf8()..];
            vowel
                && indic(second)
                && after
                    .chars()
                    .all(|c| matches!(u32::from(c) & 0x7F, 0x3C | 0x4D))
        }
    }
}

/// The scripts of India and Sri Lanka: Devanagari to Sinhala.
const INDIC: std::ops::RangeInclusive<u32> = 0x0900..=0x0DFF;

// Sets derived from Unicode properties (Unicode 16, as the `regex` crate
// ships it). Kept as range tables so the library needs no property tables
// at run time; `tests::sets_match_their_unicode_properties` checks every
// code point against the property, so a table cannot drift from it.

/// Invisible characters: `Default_Ignorable_Code_Point` ∪ `General_Category
/// = Format` (zero-width characters, joiners, variation selectors, tags,
/// Hangul fillers, interlinear annotation and shorthand format controls …).
/// A renderer shows none of them, so a note with one inside a word reads as
/// if it were not there.
const INVISIBLE: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
];

/// `General_Category = Mark` within [`is_unspaced`]'s scripts.
const UNSPACED_MARKS: &[(u32, u32)] = &[
    (0x0E31, 0x0E31),
    (0x0E34, 0x0E3A),
    (0x0E47, 0x0E4E),
    (0x0EB1, 0x0EB1),
    (0x0EB4, 0x0EBC),
    (0x0EC8, 0x0ECE),
    (0x102B, 0x103E),
    (0x1056, 0x1059),
    (0x105E, 0x1060),
    (0x1062, 0x1064),
    (0x1067, 0x106D),
    (0x1071, 0x1074),
    (0x1082, 0x108D),
    (0x108F, 0x108F),
    (0x109A, 0x109D),
    (0x17B4, 0x17D3),
    (0x17DD, 0x17DD),
    (0x1A55, 0x1A5E),
    (0x1A60, 0x1A7C),
    (0x1A7F, 0x1A7F),
    (0x3099, 0x309A),
    (0xA9E5, 0xA9E5),
    (0xAA7B, 0xAA7D),
];

/// `General_Category = Mark` within U+0900–U+0DFF, the scripts of India
/// and Sri Lanka (Devanagari to Sinhala).
const INDIC_MARKS: &[(u32, u32)] = &[
    (0x0900, 0x0903),
    (0x093A, 0x093C),
    (0x093E, 0x094F),
    (0x0951, 0x0957),
    (0x0962, 0x0963),
    (0x0981, 0x0983),
    (0x09BC, 0x09BC),
    (0x09BE, 0x09C4),
    (0x09C7, 0x09C8),
    (0x09CB, 0x09CD),
    (0x09D7, 0x09D7),
    (0x09E2, 0x09E3),
    (0x09FE, 0x09FE),
    (0x0A01, 0x0A03),
    (0x0A3C, 0x0A3C),
    (0x0A3E, 0x0A42),
    (0x0A47, 0x0A48),
    (0x0A4B, 0x0A4D),
    (0x0A51, 0x0A51),
    (0x0A70, 0x0A71),
    (0x0A75, 0x0A75),
    (0x0A81, 0x0A83),
    (0x0ABC, 0x0ABC),
    (0x0ABE, 0x0AC5),
    (0x0AC7, 0x0AC9),
    (0x0ACB, 0x0ACD),
    (0x0AE2, 0x0AE3),
    (0x0AFA, 0x0AFF),
    (0x0B01, 0x0B03),
    (0x0B3C, 0x0B3C),
    (0x0B3E, 0x0B44),
    (0x0B47, 0x0B48),
    (0x0B4B, 0x0B4D),
    (0x0B55, 0x0B57),
    (0x0B62, 0x0B63),
    (0x0B82, 0x0B82),
    (0x0BBE, 0x0BC2),
    (0x0BC6, 0x0BC8),
    (0x0BCA, 0x0BCD),
    (0x0BD7, 0x0BD7),
    (0x0C00, 0x0C04),
    (0x0C3C, 0x0C3C),
    (0x0C3E, 0x0C44),
    (0x0C46, 0x0C48),
    (0x0C4A, 0x0C4D),
    (0x0C55, 0x0C56),
    (0x0C62, 0x0C63),
    (0x0C81, 0x0C83),
    (0x0CBC, 0x0CBC),
    (0x0CBE, 0x0CC4),
    (0x0CC6, 0x0CC8),
    (0x0CCA, 0x0CCD),
    (0x0CD5, 0x0CD6),
    (0x0CE2, 0x0CE3),
    (0x0CF3, 0x0CF3),
    (0x0D00, 0x0D03),
    (0x0D3B, 0x0D3C),
    (0x0D3E, 0x0D44),
    (0x0D46, 0x0D48),
    (0x0D4A, 0x0D4D),
    (0x0D57, 0x0D57),
    (0x0D62, 0x0D63),
    (0x0D81, 0x0D83),
    (0x0DCA, 0x0DCA),
    (0x0DCF, 0x0DD4),
    (0x0DD6, 0x0DD6),
    (0x0DD8, 0x0DDF),
    (0x0DF2, 0x0DF3),
];

/// Bidi embeddings, overrides and isolates: `Bidi_Control` without its three
/// implicit marks (U+061C, U+200E, U+200F), which only nudge the direction
/// of neutral characters and are common in right-to-left text; these
/// reorder what the reader sees, so one anywhere is a disguise.
const BIDI_FORMATTING: &[(u32, u32)] = &[(0x202A, 0x202E), (0x2066, 0x2069)];

/// Dashes: `Dash` outside ASCII (the ASCII hyphen is in [`ascii_class`]).
const DASHES: &[(u32, u32)] = &[
    (0x058A, 0x058A),
    (0x05BE, 0x05BE),
    (0x1400, 0x1400),
    (0x1806, 0x1806),
    (0x2010, 0x2015),
    (0x2053, 0x2053),
    (0x207B, 0x207B),
    (0x208B, 0x208B),
    (0x2212, 0x2212),
    (0x2E17, 0x2E17),
    (0x2E1A, 0x2E1A),
    (0x2E3A, 0x2E3B),
    (0x2E40, 0x2E40),
    (0x2E5D, 0x2E5D),
    (0x301C, 0x301C),
    (0x3030, 0x3030),
    (0x30A0, 0x30A0),
    (0xFE31, 0xFE32),
    (0xFE58, 0xFE58),
    (0xFE63, 0xFE63),
    (0xFF0D, 0xFF0D),
    (0x10D6E, 0x10D6E),
    (0x10EAD, 0x10EAD),
];

/// Whether `c` is in a sorted table of inclusive ranges.
fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = u32::from(c);
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether `c` leaves nothing visible: whitespace, or characters dropped
/// without a letter.
pub(super) fn is_invisible(c: char) -> bool {
    if c.is_ascii() {
        return !(c as u8).is_ascii_alphanumeric()
            && matches!(ascii_class(c as u8), Class::Space(_) | Class::Ignored);
    }
    only_classes(c, |class| {
        matches!(
            class,
            Class::Space(_) | Class::Ignored | Class::Invisible | Class::Mark | Class::Bidi
        )
    })
}

/// Whether `c` is a character the normaliser drops without a trace in the
/// word stream (a zero-width or bidirectional control), as opposed to a
/// space: what stands after it is read as if it stood right there.
pub(crate) fn is_hidden(c: char) -> bool {
    !c.is_ascii()
        && only_classes(c, |class| {
            matches!(class, Class::Ignored | Class::Invisible | Class::Bidi)
        })
}

/// Whether the tokenizer drops `c` inside a word without a trace: a
/// control, zero-width or bidirectional character, a combining mark, an
/// ASCII apostrophe.
pub(super) fn folds_away(c: char) -> bool {
    if c.is_ascii() {
        return matches!(ascii_class(c as u8), Class::Ignored);
    }
    // The table holds the answer for most of the Basic Multilingual Plane:
    // a letter is kept, and a class entry is the one class of characters
    // whose events are all classes (marks among them fold away too).
    match CHARS.get(c) {
        Some(Folded::Letter(..) | Folded::Lookalike(_) | Folded::Letters(..)) => false,
        Some(Folded::Class(class)) => folds_class(class),
        None => only_classes(c, folds_class),
    }
}

/// The classes of characters the tokenizer drops inside a word.
fn folds_class(class: Class) -> bool {
    matches!(
        class,
        Class::Ignored | Class::Invisible | Class::Bidi | Class::Mark
    )
}

/// Whether every event of the non-ASCII character `c` is a class that
/// `keep` accepts (none is a letter).
fn only_classes(c: char, keep: impl Fn(Class) -> bool) -> bool {
    let mut all = true;
    char_events(c, &mut |event| {
        all &= matches!(event, Event::Class(class) if keep(class));
    });
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_folds_away_is_read_from_the_table_as_from_the_events() {
        for c in (0x80..0x1_0000).filter_map(char::from_u32) {
            assert_eq!(
                folds_away(c),
                only_classes(c, folds_class),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn hidden_characters_are_the_invisible_ones_that_are_no_space() {
        for c in ['\u{200B}', '\u{200C}', '\u{2060}', '\u{FEFF}', '\u{202E}'] {
            assert!(is_hidden(c) && is_invisible(c), "{c:?}");
        }
        for c in [' ', '\u{3000}', '\u{A0}', 'a', '.', '\n'] {
            assert!(!is_hidden(c), "{c:?}");
        }
    }

    #[test]
    fn placeholder_openers_are_three_bytes_with_the_scanned_lead_bytes() {
        // `Tokens::may_hold_placeholder` looks for them by these lead bytes.
        let openers: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| opens_placeholder(c))
            .collect();
        assert_eq!(openers.len(), 9);
        for c in openers {
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            assert_eq!(bytes.len(), 3, "{c:?}");
            assert!([0xE2, 0xE3, 0xEF].contains(&bytes[0]), "{c:?}");
        }
    }

    /// Every code point against the property each table is derived from.
    #[test]
    fn sets_match_their_unicode_properties() {
        let property = |class: &str| {
            let re = regex::Regex::new(&format!("^(?:{class})$")).unwrap();
            move |c: char| re.is_match(c.encode_utf8(&mut [0; 4]))
        };
        let invisible = property(r"\p{Default_Ignorable_Code_Point}|\p{Cf}");
        let bidi = property(r"\p{Bidi_Control}");
        let dash = property(r"\p{Dash}");
        let mark = property(r"\p{M}");
        let marks = ['\u{061C}', '\u{200E}', '\u{200F}'];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(in_ranges(INVISIBLE, c), invisible(c), "{c:?} invisible");
            let formatting = bidi(c) && !marks.contains(&c);
            assert_eq!(in_ranges(BIDI_FORMATTING, c), formatting, "{c:?} bidi");
            assert_eq!(in_ranges(DASHES, c), dash(c) && !c.is_ascii(), "{c:?} dash");
            let unspaced_mark = is_unspaced(c) && mark(c);
            assert_eq!(is_unspaced_mark(c), unspaced_mark, "{c:?} unspaced mark");
            let indic = INDIC.contains(&u32::from(c)) && mark(c);
            assert_eq!(is_indic_mark(c), indic, "{c:?} indic mark");
        }
    }

    /// An invisible character inside a word is dropped, and noticed.
    #[test]
    fn every_invisible_character_is_dropped_inside_a_word() {
        let mut seen = 0;
        for &(lo, hi) in INVISIBLE {
            for c in (lo..=hi).filter_map(char::from_u32) {
                let class = special_class(c);
                assert!(
                    matches!(class, Some(Class::Invisible | Class::Bidi)),
                    "{c:?}: {class:?}"
                );
                seen += 1;
            }
        }
        assert!(seen > 4000, "{seen}");
    }
}
