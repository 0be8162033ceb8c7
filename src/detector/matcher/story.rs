//! Phrases of shared history: the words that make a note personal wherever
//! they stand ("we met at", "cuộc gọi", "昨日"), and the favours a thank-you
//! names.
//!
//! A phrase's words may each be something else alone (a name, an initial,
//! a greeting), so the phrase is read whole before its words are; in a
//! script without spaces its characters are words of their own, and a
//! phrase is found among the letters of a run.

use super::{Run, WordInfo, ends_name, is_ideographic, least_tale, retold_at, tells};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::WordFlags;

impl Run<'_, '_, '_, '_> {
    /// Whether a phrase of shared history written in a script without
    /// spaces stands among the first `n` words ("မနေ့က", "昨日"). Its characters are
    /// words of their own, so other vocabulary entries can read the same
    /// characters piece by piece as body words ("မ" "နေ့" "က"), where a
    /// history word of a spaced script would end every reading. A note the
    /// grammar reads as generic is personal when one stands in it.
    pub(super) fn unspaced_history(&mut self, n: usize) -> bool {
        (0..n).any(|k| {
            let word = self.tokens.word(k);
            if !word.flags.contains(WordFlags::UNSPACED) {
                return false;
            }
            // Phrases only: a single character ("会", "见") is too often part
            // of another word ("机会", "意见").
            let info = self.info(k);
            if info.phrases == 0 {
                return false;
            }
            let Some((length, _)) = self.unspaced_tale(k, info) else {
                return false;
            };
            // Nor one that a longer word of another class holds, read from
            // where that word starts ("ยินดีที่ได้รู้จัก" holds "รู้จัก").
            let body = WordClasses::BODY | WordClasses::SALUTATION | WordClasses::SIGN_OFF;
            !(k.saturating_sub(MAX_PHRASE_WORDS)..=k).any(|j| {
                let info = self.info(j);
                info.phrases > 0
                    && self
                        .phrase_at(j, info, body)
                        .is_some_and(|(words, _)| j + words >= k + length && words > length)
            })
        })
    }

    /// Whether word `i` stands in a phrase of shared history ("wythnos
    /// diwethaf", "i dag", "cuộc gọi"): each of its words then reads as a
    /// word of shared history only, though alone it may be a word no list
    /// holds (read as a name), an initial ("i") or an everyday word ("dag",
    /// a Dutch greeting). (Not in a script without spaces, whose phrases
    /// may be parts of a longer word; see [`Run::unspaced_history`].)
    pub(super) fn in_story(&mut self, i: usize, info: WordInfo) -> bool {
        if let Some(words) = self.tells(i, info) {
            self.story_until = self.story_until.max(i + words);
        }
        let shared = if info
            .phrased
            .intersects(WordClasses::FAVOUR | WordClasses::OCCASION)
        {
            self.shared_phrase(i, info)
        } else {
            None
        };
        if let Some(words) = shared {
            self.story_until = self.story_until.max(i + words);
        }
        i < self.story_until
    }

    /// The length of a favour or an occasion of several words that starts
    /// at word `k` (whose entry is `info`) in a script with spaces, where
    /// its clause makes it a shared history (see [`Run::names_shared`]):
    /// after a thank-you ("thanks for the повратна информація", "cảm ơn vì
    /// lời khuyên"), beside a wish ("good luck with the new job"). Read as
    /// a phrase of shared history, as such a word alone is. Favours only
    /// once a thank-you has been read: most notes hold none, and pay
    /// nothing.
    // Out of line: inlined into the walk's loop, it made every word dearer
    // (callgrind: 0.8 % more instructions over the bench corpora).
    #[inline(never)]
    pub(super) fn shared_phrase(&mut self, k: usize, info: WordInfo) -> Option<usize> {
        // Not `may_tell`: the thank-you's own phrase may end inside the
        // favour ("cảm ơn chị" folds as "cám ơn chỉ dẫn" does).
        let class = if self.thanks_read {
            WordClasses::FAVOUR | WordClasses::OCCASION
        } else {
            WordClasses::OCCASION
        };
        if !info.phrased.intersects(class)
            || self.history_is_body
            || self.tokens.word(k).flags.contains(WordFlags::UNSPACED)
        {
            return None;
        }
        let (words, classes) = self.phrase_at(k, info, class)?;
        (words > 1 && self.names_shared(k, words, classes)).then_some(words)
    }

    /// Whether word `i` stands in a phrase of shared history that the
    /// grammar reads as a greeting, a closing, template words or everyday
    /// words ("ci sentiamo", "co worker"; see [`retold_at`]): read so, but
    /// never as part of a name ("… ？ co worker Tartu" is no signature).
    pub(super) fn in_retold(&mut self, i: usize, info: WordInfo) -> bool {
        if info.retold && self.may_tell(i) {
            if let Some(words) = retold_at(self.engine, &mut self.tokens, i, info) {
                self.retold_until = self.retold_until.max(i + words);
            }
        }
        i < self.retold_until
    }

    /// The length of the phrase of shared history that starts at word `k`
    /// (see [`tells`]), where one may start (see [`Run::may_tell`]).
    pub(super) fn tells(&mut self, k: usize, info: WordInfo) -> Option<usize> {
        if info.tells == 0 || !self.may_tell(k) {
            return None;
        }
        tells(self.engine, &mut self.tokens, k, info)
    }

    /// Whether a phrase of shared history may start at word `k`: not while
    /// history words are read as template words ([`Run::unread`]), nor on a
    /// word that ends a phrase of those read from an earlier word ("yeni
    /// insanlarla tanışmak" = to meet new people, then "tanışmak için" =
    /// "to meet").
    fn may_tell(&self, k: usize) -> bool {
        !self.history_is_body && k >= self.said_until
    }

    /// Whether a phrase of shared history (or a favour after a thank-you,
    /// an occasion beside a wish: see [`Run::names_shared`]) starts at
    /// word `k` (whose entry is
    /// `info`) to end a signature's headline, contact or footer line (see
    /// [`ends_name`]), where one may start (see [`Run::may_tell`]); or a
    /// thank-you of several words, whose words alone no list may hold
    /// ("tackar så mycket": no title line says thanks); in the alphabets of
    /// Southeast Asia, one [`Run::tells_in_alphabet`] reads.
    pub(super) fn ends_line(&mut self, k: usize, info: WordInfo) -> bool {
        (self.may_tell(k)
            && (ends_name(self.engine, &mut self.tokens, k, info)
                || self.names_shared(k, 1, info.classes)
                || self.shared_phrase(k, info).is_some()
                || self.phrase_at(k, info, WordClasses::THANKS).is_some()))
            || self.tells_in_alphabet(k)
    }

    /// Whether a phrase of shared history starts at word `k` (which exists)
    /// in the alphabets of Southeast Asia ("တွေ့ခဲ့ကြတယ်", we met): no place,
    /// organisation or label on a signature's line holds one, as no name
    /// does. Not in Han and kana, where it may be part of a longer word
    /// that such a line holds ("深圳市今天国际物流技术股份有限公司", 今天
    /// "today").
    pub(super) fn tells_in_alphabet(&mut self, k: usize) -> bool {
        let word = self.tokens.text(k);
        self.tokens.word(k).flags.contains(WordFlags::UNSPACED)
            && !is_ideographic(word)
            && self.tells_unspaced(k, least_tale(word))
    }

    /// Whether a phrase of shared history of at least `least` characters,
    /// written in a script without spaces, starts at word `k` ("会议",
    /// "上周", or a favour after a thank-you: "谢谢你的帮助"): no name holds
    /// one, as no name holds a word of shared history in a script with
    /// spaces ("东京 会议" after a stock text is a remark, not a signature).
    /// Phrases only, as in [`Run::unspaced_history`]: a single character is
    /// too often part of a name.
    pub(super) fn tells_unspaced(&mut self, k: usize, least: usize) -> bool {
        // As `may_tell`, but a phrase of template words that starts at `k`
        // itself ("คำ", word) hides no longer one of history there.
        if self.history_is_body || (k < self.said_until && self.said_from < k) {
            return false;
        }
        let slot = k % self.unspaced_tells.len();
        let (at, known) = self.unspaced_tells[slot];
        let words = if at == k {
            known
        } else {
            let info = self.info(k);
            let words = self.unspaced_tale(k, info).map_or(0, |(words, _)| words);
            self.unspaced_tells[slot] = (k, words);
            words
        };
        words >= least
    }

    /// The phrase of shared history that starts at word `k` (whose entry
    /// is `info`), of a favour when a thank-you stands before it, or of an
    /// occasion beside a wish ("祝新工作顺利"): its length and classes. A
    /// longer favour no thank-you names, or occasion no wish names, hides
    /// no shorter phrase of history.
    fn unspaced_tale(&mut self, k: usize, info: WordInfo) -> Option<(usize, WordClasses)> {
        let found = self.phrase_at(
            k,
            info,
            WordClasses::HISTORY | WordClasses::FAVOUR | WordClasses::OCCASION,
        )?;
        if found.1.contains(WordClasses::HISTORY) || self.names_shared(k, found.0, found.1) {
            Some(found)
        } else {
            self.phrase_at(k, info, WordClasses::HISTORY)
        }
    }
}

/// How far back a phrase that may hold a history phrase is looked for.
const MAX_PHRASE_WORDS: usize = 16;
