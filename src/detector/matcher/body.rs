//! A note's body: the note without its salutation, its signature and the
//! names they hold, for [`NoteFingerprint`](crate::NoteFingerprint).
//!
//! A mass-pasted note reaches each recipient in its own frame
//! (`"Hi Ann, <body> – Bo"`, `"Hello Carl,\n<body>\nDana"`), and the grammar cannot be
//! asked where the frame ends: it reads only notes made of vocabulary, and
//! a pasted body usually is not. So the frame is found from the edges, by
//! rules that look at a few words each:
//!
//! - a salutation: the note opens with salutation words (or phrases), and a
//!   name of at most [`MAX_NAME_WORDS`] name words up to the first break
//!   (comma, line, sentence, dash) goes with them; or the note opens with a
//!   bare name of at most [`MAX_BARE_NAME_WORDS`] words the vocabulary
//!   does not know and a comma or a line break ("Carl,");
//! - a signature: up to [`MAX_SIGNATURE_LINES`] last lines of at most
//!   [`MAX_SIGNATURE_LINE_WORDS`] words with no generic word or word of
//!   shared history (a name, a sign-off, a headline), or opening with a
//!   device footer's words; then
//!   a dash and at most [`MAX_NAME_WORDS`] name words at the end ("– Bo");
//!   then sign-off words at the end ("Thanks", "Best regards").
//!
//! What is left is the body, as normalised words. Names inside the body
//! ("I'm Bo from Acme") stay: nothing tells them from a topic. A body so
//! short that it looks like a frame (a last line of at most six words with
//! no generic word, a first comma after at most three unknown words) may
//! lose that part in some copies and not in others.

use super::{Buffers, Engine, Run, is_storied};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::{Tokens, WordFlags, may_abbreviate};

/// The most words of a name after a salutation or before a dash.
const MAX_NAME_WORDS: usize = 6;
/// The most words of a name standing alone before a comma or a line break.
const MAX_BARE_NAME_WORDS: usize = 3;
/// The most lines a signature takes (a sign-off, a name, a headline).
const MAX_SIGNATURE_LINES: usize = 3;
/// The most words of one signature line.
const MAX_SIGNATURE_LINE_WORDS: usize = 6;

/// FNV-1a's 64-bit offset basis and prime.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

impl Engine {
    /// The FNV-1a hash of the body of `note` (its normalised words, one
    /// space between them), or `None` when nothing is left of it.
    pub(crate) fn body_hash(&self, note: &str, buffers: &mut Buffers) -> Option<u64> {
        self.with_body(note, buffers, |words| {
            let mut hash = FNV_OFFSET;
            for (k, word) in words.enumerate() {
                let separator = (k > 0).then_some(b' ');
                for byte in separator.into_iter().chain(word.bytes()) {
                    hash = (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
                }
            }
            hash
        })
    }

    /// The body's words, one space between them (for tests).
    #[cfg(test)]
    pub(crate) fn body_text(&self, note: &str) -> Option<String> {
        self.with_body(note, &mut Buffers::default(), |words| {
            words.collect::<Vec<_>>().join(" ")
        })
    }

    /// `each` of the body's words, or `None` when nothing is left of it.
    fn with_body<T>(
        &self,
        note: &str,
        buffers: &mut Buffers,
        each: impl FnOnce(&mut dyn Iterator<Item = &str>) -> T,
    ) -> Option<T> {
        let Buffers {
            scratch,
            reach,
            stock,
            ..
        } = buffers;
        let mut run = Run::new(self, Tokens::new(note, scratch), reach, stock);
        let (start, end) = run.body()?;
        Some(each(&mut (start..end).map(|k| run.tokens.text(k))))
    }
}

impl Run<'_, '_, '_, '_> {
    /// The words `start..end` of the body, or `None` when none are left.
    fn body(&mut self) -> Option<(usize, usize)> {
        let mut n = 0;
        while self.tokens.has(n) {
            n += 1;
        }
        let start = self.salutation_end(n);
        let end = self.signature_start(start, n);
        (start < end).then_some((start, end))
    }

    /// The classes of word `k` as the grammar reads them (stems included).
    fn classes_of(&self, k: usize) -> WordClasses {
        self.engine.classes(self.tokens.text(k), self.info(k))
    }

    /// Whether word `k` may be a name standing alone: a word the vocabulary
    /// does not know but as a signature's label (a title, a kind of
    /// organisation: "Dana" is also Indonesian for a fund), or a particle
    /// ("Carl,", "van Dijk,"), so that a body opening "Honestly, …" keeps
    /// its first word.
    fn bare_name(&self, k: usize) -> bool {
        let classes = self.classes_of(k);
        !self.tokens.word(k).flags.contains(WordFlags::DIGIT)
            && (classes
                .without(WordClasses::CONTEXTUAL | WordClasses::TITLE | WordClasses::COMPANY)
                .is_empty()
                || classes.intersects(WordClasses::PARTICLE))
    }

    /// Where the body starts: after a salutation and the name it greets.
    fn salutation_end(&mut self, n: usize) -> usize {
        let mut k = 0;
        while k < n {
            let info = self.info(k);
            if let Some((words, _)) = self.phrase_at(k, info, WordClasses::SALUTATION) {
                k += words;
            } else if info.classes.contains(WordClasses::SALUTATION) {
                k += 1;
            } else {
                break;
            }
        }
        let (from, most) = if k > 0 {
            (k, MAX_NAME_WORDS)
        } else {
            (0, MAX_BARE_NAME_WORDS)
        };
        let breaks = if k > 0 {
            WordFlags::BOUNDARY
        } else {
            WordFlags::COMMA | WordFlags::LINE
        };
        // The first break after the salutation, with only name words
        // before it, ends the salutation.
        let mut j = from;
        while j < n && j <= from + most {
            let flags = self.tokens.word(j).flags;
            // "Dear Dr. Ann Lee,": a title's full stop is no break.
            let abbreviation = flags.contains(WordFlags::SENTENCE)
                && !flags.contains(WordFlags::LINE)
                && j > 0
                && may_abbreviate(self.tokens.text(j - 1))
                && self
                    .classes_of(j - 1)
                    .intersects(WordClasses::SALUTATION | WordClasses::TITLE);
            if j > 0 && flags.intersects(breaks) && !abbreviation {
                return j;
            }
            let name = if k > 0 {
                self.name_end(j)
            } else {
                self.bare_name(j)
            };
            if !name {
                break;
            }
            j += 1;
        }
        if j == n {
            // A note that is nothing but a name is all body; a salutation
            // and a name leave none.
            return if k == 0 { 0 } else { n };
        }
        k.min(n)
    }

    /// Whether word `k` may end a name a salutation greets or a signature
    /// or dash puts at the end: a word with no generic use, no shared
    /// history and no number (a particle such as "de" may be one), or a
    /// short word (three bytes at most) that is common somewhere but tells
    /// of no shared history ("Bo", Polish "because"; "Li").
    fn name_end(&self, k: usize) -> bool {
        name_end(
            self.classes_of(k),
            self.tokens.word(k).flags,
            self.tokens.text(k),
        )
    }

    /// Whether word `k` may stand in a signature line: a name's word, or
    /// anything but a generic word or a word of shared history, unless it
    /// is also a signature's word (a sign-off, a title, a footer).
    fn signature_word(&self, k: usize) -> bool {
        let classes = self.classes_of(k);
        // A kind of organisation that is also a word of shared history is
        // a signature's word only where a headline frames it.
        let classes = if is_storied(classes) {
            classes.without(WordClasses::COMPANY)
        } else {
            classes
        };
        name_end(classes, self.tokens.word(k).flags, self.tokens.text(k))
            || !classes.intersects(WordClasses::GENERIC | WordClasses::HISTORY)
            || classes.intersects(
                WordClasses::SIGN_OFF
                    | WordClasses::TITLE
                    | WordClasses::COMPANY
                    | WordClasses::CONNECTOR
                    | WordClasses::FOOTER
                    | WordClasses::DEVICE,
            )
    }

    /// Whether a device or mail-client footer starts at word `k` ("Sent
    /// from my iPhone", "Von meinem iPhone gesendet").
    fn footer_at(&mut self, k: usize) -> bool {
        let info = self.info(k);
        info.classes
            .intersects(WordClasses::FOOTER | WordClasses::DEVICE)
            || self.phrase_at(k, info, WordClasses::FOOTER).is_some()
    }

    /// Where the signature starts (`n` when there is none). Signature lines
    /// and a dashed name leave at least the body's first word; closing
    /// words may take all that is left ("Thanks!" has no body).
    fn signature_start(&mut self, start: usize, n: usize) -> usize {
        let mut end = n;
        for _ in 0..MAX_SIGNATURE_LINES {
            let Some(line) = (start + 1..end)
                .rev()
                .find(|&j| self.tokens.word(j).flags.contains(WordFlags::LINE))
            else {
                break;
            };
            if end - line > MAX_SIGNATURE_LINE_WORDS
                || !(self.footer_at(line) || (line..end).all(|j| self.signature_word(j)))
            {
                break;
            }
            end = line;
        }
        // "… – Bo": a dash and a name at the end.
        let dash = (start + 1..end)
            .rev()
            .take(MAX_NAME_WORDS)
            .find(|&j| self.tokens.word(j).flags.contains(WordFlags::DASH));
        if let Some(dash) = dash {
            if (dash..end).all(|j| self.name_end(j)) {
                end = dash;
            }
        }
        // Closing words: "Thanks", "Best regards".
        while end > start {
            let classes = self.classes_of(end - 1);
            if !classes.intersects(WordClasses::SIGN_OFF) {
                break;
            }
            end -= 1;
        }
        end
    }
}

/// See [`Run::name_end`].
fn name_end(classes: WordClasses, flags: WordFlags, text: &str) -> bool {
    let history = classes.contains(WordClasses::HISTORY);
    let name = !classes
        .intersects(WordClasses::GENERIC | WordClasses::SIGN_OFF | WordClasses::HISTORY)
        || classes.intersects(WordClasses::PARTICLE);
    !flags.contains(WordFlags::DIGIT) && (name || (text.len() <= 3 && !history))
}
