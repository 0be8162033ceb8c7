//! Noticing disguises while words are written: look-alike letters of
//! another script mixed into Latin words, invisible characters between
//! letters, stacked combining marks and bidi controls. A mass sender uses
//! them to pass a stock text off as personal; the normaliser folds them
//! away, and this tracker remembers that it had to.

/// What the tokenizer saw of the note's letters so far.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Disguise {
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
    /// A disguise inside one word or one character was seen.
    found: bool,
}

impl Disguise {
    /// Whether the words read so far were disguised: a word mixing ASCII and
    /// look-alike letters, an invisible character between letters, stacked
    /// marks, a bidi control, or Latin words beside words made only of
    /// look-alikes with no genuinely foreign word in the note.
    pub(super) fn found(&self) -> bool {
        self.found || (self.lookalike_words > 0 && self.ascii_words > 0 && self.foreign_words == 0)
    }

    /// A new word opens with a letter.
    pub(super) fn open_word(&mut self) {
        self.word_ascii = false;
        self.word_lookalike = false;
        self.word_foreign = false;
        self.word_invisible = false;
        self.marks = 0;
    }

    /// A letter is appended to the open word: an invisible character seen
    /// since the word opened now stands between letters.
    pub(super) fn continue_word(&mut self) {
        self.marks = 0;
        self.found |= self.word_invisible;
    }

    /// The open word got letters typed as ASCII.
    pub(super) fn ascii(&mut self) {
        self.word_ascii = true;
    }

    /// The open word got a folded letter: ASCII (Latin) or foreign.
    pub(super) fn letter(&mut self, letter: char) {
        let ascii = letter.is_ascii();
        self.word_ascii |= ascii;
        self.word_foreign |= !ascii;
    }

    /// The open word got a look-alike letter.
    pub(super) fn lookalike(&mut self) {
        self.word_lookalike = true;
    }

    /// An invisible character, inside a word or not.
    pub(super) fn invisible(&mut self, in_word: bool) {
        self.word_invisible |= in_word;
    }

    /// A bidi embedding, override or isolate: a disguise wherever it stands.
    pub(super) fn bidi(&mut self) {
        self.found = true;
    }

    /// A combining mark standing alone: three in a row are a disguise.
    pub(super) fn mark(&mut self) {
        self.marks = self.marks.saturating_add(1);
        self.found |= self.marks >= 3;
    }

    /// The open word is complete.
    pub(super) fn close_word(&mut self) {
        self.found |= self.word_ascii && self.word_lookalike;
        self.ascii_words += u32::from(self.word_ascii);
        self.foreign_words += u32::from(self.word_foreign);
        self.lookalike_words +=
            u32::from(self.word_lookalike && !self.word_ascii && !self.word_foreign);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(d: &mut Disguise, letters: &str, lookalikes: bool) {
        d.open_word();
        for c in letters.chars() {
            if lookalikes {
                d.lookalike();
            } else {
                d.letter(c);
            }
        }
        d.close_word();
    }

    #[test]
    fn a_word_mixing_ascii_and_lookalikes_is_a_disguise() {
        let mut d = Disguise::default();
        d.open_word();
        d.ascii();
        d.lookalike();
        d.close_word();
        assert!(d.found());
    }

    #[test]
    fn lookalike_only_words_beside_latin_ones_are_a_disguise_unless_foreign_words_stand_too() {
        let mut d = Disguise::default();
        word(&mut d, "add", false);
        word(&mut d, "you", true);
        assert!(d.found());
        word(&mut d, "я", false);
        assert!(!d.found(), "a genuinely foreign word explains the script");
    }

    #[test]
    fn invisibles_count_between_letters_only_and_marks_from_three() {
        let mut d = Disguise::default();
        d.open_word();
        d.invisible(true);
        assert!(!d.found(), "nothing after it yet");
        d.continue_word();
        assert!(d.found());
        let mut d = Disguise::default();
        d.mark();
        d.mark();
        assert!(!d.found());
        d.mark();
        assert!(d.found());
    }
}
