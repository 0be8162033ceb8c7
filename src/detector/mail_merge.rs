//! The names a mail merge gives its fields ("Company", "Job Title",
//! "Nazwa firmy", "会社名"), to tell an unfilled field from an aside in
//! brackets as prose writes them ("\[sic\]", "\[photo\]", "\[EN\]").
//!
//! A note greeting its reader by a name of their own was filled in for
//! someone, so its brackets hold asides, tags and attachments, unless their
//! words name a field that was left unfilled ("Hi Maria, I noticed
//! \[Company\] is growing fast"). The words come from the lexicon's
//! `merge_field` lines. They are matched on the bracket's text as written
//! (the tokenizer keeps a placeholder as one word, not its words), so both
//! sides are folded here alike: small letters, compatibility forms
//! decomposed (full-width letters are ASCII ones), no accents or other
//! marks, so that case and Unicode normalisation never change what is a
//! field.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

use super::normalize::{
    is_apostrophe, is_hangul_syllable, is_hidden, is_unspaced, is_unspaced_mark,
};

/// The most characters of a bracket's text folded and compared; a longer
/// one names no field (a placeholder holds at most 48).
const MAX_FOLDED: usize = 96;

/// The names of mail-merge fields, folded (see the module's docs).
#[derive(Debug, Default)]
pub(crate) struct MergeFields {
    /// Words of scripts written with spaces, sorted: one of them is a word
    /// of the bracket's text ("company" in "\[Company Name\]").
    words: Vec<Box<str>>,
    /// Words of scripts written without spaces, and Korean, which writes
    /// compounds without them: one of them stands anywhere in the
    /// bracket's text ("氏名" in "\[ご氏名\]", "회사" in "\[회사명\]").
    morphemes: Vec<Box<str>>,
}

impl MergeFields {
    /// The names in `entries` (words separated by whitespace).
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = &'a str>) -> MergeFields {
        let mut fields = MergeFields::default();
        for entry in entries.into_iter().flat_map(str::split_whitespace) {
            let mut folded = String::new();
            fold(entry, |c| folded.push(c));
            if folded.is_empty() {
                continue;
            }
            // Hangul folds to its jamo, so the entry as written tells.
            if entry.chars().any(written_without_spaces) {
                fields.morphemes.push(folded.into());
            } else {
                fields.words.push(folded.into());
            }
        }
        fields.words.sort_unstable();
        fields.words.dedup();
        fields.morphemes.sort_unstable();
        fields.morphemes.dedup();
        fields
    }

    /// Whether `text`, a placeholder as written ("\[Nazwa firmy\]"), names a
    /// field: one of its words is a field's word, or a field's morpheme
    /// stands in it. Allocates nothing.
    pub(crate) fn names(&self, text: &str) -> bool {
        let mut folded = [0u8; 4 * MAX_FOLDED];
        let (mut len, mut chars) = (0, 0);
        fold(text, |c| {
            chars += 1;
            if chars <= MAX_FOLDED {
                len += c.encode_utf8(&mut folded[len..]).len();
            }
        });
        if chars > MAX_FOLDED {
            return false;
        }
        let folded = std::str::from_utf8(&folded[..len]).unwrap_or_default();
        folded.split_whitespace().any(|word| {
            self.words
                .binary_search_by(|entry| (**entry).cmp(word))
                .is_ok()
                || self.morphemes.iter().any(|m| stands_in(m, word))
        })
    }
}

/// Whether `morpheme` stands in `word` (both folded) ending where a
/// syllable does: Hangul folds to its jamo, and "일시" (a date) must not
/// match "일식" (Japanese food) by the first jamo of its last syllable.
fn stands_in(morpheme: &str, word: &str) -> bool {
    word.match_indices(morpheme).any(|(at, _)| {
        word[at + morpheme.len()..]
            .chars()
            .next()
            .is_none_or(|next| !matches!(next, '\u{1161}'..='\u{11FF}' | '\u{D7B0}'..='\u{D7FF}'))
    })
}

/// Whether `c` is a letter of a script written without spaces, or Hangul.
fn written_without_spaces(c: char) -> bool {
    is_unspaced(c) || is_hangul_syllable(c)
}

/// Folds `text` into `emit`: letters and digits in small letters, in
/// their compatibility decomposition (full-width letters are ASCII ones),
/// without accents (the marks of Latin, Greek, Cyrillic, and the optional
/// vowel points of Arabic and Hebrew; a vowel sign of an Indic script or
/// of Thai, Lao, Khmer or Burmese spells the word and is kept);
/// apostrophes and zero-width and bidirectional controls dropped; one
/// space for any run of anything else (brackets, spaces, underscores,
/// hyphens).
fn fold(text: &str, mut emit: impl FnMut(char)) {
    let mut spaced = true;
    for c in text.chars() {
        if is_hidden(c) || is_apostrophe(c) {
            continue;
        }
        if is_combining_mark(c) {
            if spells(c) {
                emit(c);
            }
        } else if c.is_alphanumeric() {
            for small in c.to_lowercase() {
                // Turkish "ı" is "I" in capitals, which is "i" in small letters.
                let small = if small == 'ı' { 'i' } else { small };
                decompose_compatible(small, |d| {
                    if !is_combining_mark(d) || spells(d) {
                        emit(d);
                    }
                });
            }
            spaced = false;
        } else if !spaced {
            emit(' ');
            spaced = true;
        }
    }
}

/// Whether the combining mark `c` spells a word rather than accents it: a
/// vowel sign, virama or tone mark of an Indic script or of Thai, Lao,
/// Khmer or Burmese.
fn spells(c: char) -> bool {
    is_unspaced_mark(c) || ('\u{0900}'..='\u{0DFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> MergeFields {
        MergeFields::new(["company name", "firmy şirket ім'я", "氏名 회사 일시 ชื่อ"])
    }

    #[test]
    fn a_word_of_a_field_names_one() {
        let fields = fields();
        for named in [
            "[Company]",
            "[Your Company Name]",
            "<COMPANY>",
            "[company_name]",
            "[Nazwa firmy]",
            "[ŞİRKET ADI]",
            "[Şirket Adı]",
            "[S\u{327}irket Adı]",
            "[Ｃｏｍｐａｎｙ]",
            "[Com\u{200B}pany]",
            "［ご氏名］",
            "[ชื่อ]",
            "[Ім’я]",
            "[회사명]",
            // Hangul decomposed (NFD) is the same text.
            "[\u{1112}\u{116c}\u{1109}\u{1161}\u{1106}\u{1167}\u{11bc}]",
        ] {
            assert!(fields.names(named), "{named}");
        }
        for aside in [
            "[sic]",
            "[photo]",
            "[EN]",
            "[companions]",
            "[写真]",
            "[名刺]",
            "[사진]",
            // "일식" (Japanese food) holds the jamo of "일시" (a date).
            "[일식]",
            // "ชอบ" (like) holds the letters of "ชื่อ" (name) without its signs.
            "[ชอบ]",
            "",
        ] {
            assert!(!fields.names(aside), "{aside}");
        }
    }

    #[test]
    fn case_and_marks_fold_alike() {
        let mut folded = String::new();
        fold("[Pre\u{301}nom]", |c| folded.push(c));
        assert_eq!(folded, "prenom ");
        let mut other = String::new();
        fold("[PRÉNOM]", |c| other.push(c));
        assert_eq!(folded, other);
    }

    #[test]
    fn a_long_text_names_nothing() {
        let long = format!("[{}company]", "x".repeat(200));
        assert!(!fields().names(&long));
    }
}
