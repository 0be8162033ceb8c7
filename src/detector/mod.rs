//! The detector that tells a platform's stock text from a generic template
//! and from a personal note.
//!
//! A note flows one way through it: `normalize` folds the text into words
//! (lazily), `matcher` reads the words once against a small grammar over
//! the `catalog` of stock texts and the `lexicon` of words, and the
//! detector reports a [`GreetingKind`]. Nothing here knows about policies: a policy
//! asks the detector about a note and weighs the answer.

mod bits;
mod builder;
mod catalog;
mod config;
mod contractions;
mod fingerprint;
mod homograph;
mod inflection;
mod kind;
mod lexicon;
mod mail_merge;
mod matcher;
mod normalize;
mod repeats;
mod tsv;

use std::cell::RefCell;
use std::fmt;
use std::sync::{Arc, LazyLock};

pub use builder::GreetingDetectorBuilder;
pub use catalog::{Confidence, StockText};
pub use config::DetectorConfig;
pub use fingerprint::{NoteFingerprint, ParseFingerprintError};
pub use kind::GreetingKind;
pub(crate) use normalize::is_blank;

use matcher::{Buffers, Engine, Outcome};

/// The detector's verdict on one note: its [`GreetingKind`] and, for a
/// stock text, which catalog entry it is.
///
/// # Examples
///
/// ```
/// use opendoor::{GreetingDetector, GreetingKind};
///
/// let detector = GreetingDetector::new();
/// let detection = detector.detect("Je vous invite à faire partie de mon réseau professionnel sur LinkedIn.");
/// assert_eq!(detection.kind(), GreetingKind::PlatformDefault);
/// assert_eq!(detection.platform(), Some("LinkedIn"));
/// assert_eq!(detection.language(), Some("fr"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detection<'d> {
    kind: GreetingKind,
    stock: Option<&'d StockText>,
    disguised: bool,
}

impl<'d> Detection<'d> {
    /// The kind of note.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// assert_eq!(GreetingDetector::new().detect("  ").kind(), GreetingKind::Empty);
    /// ```
    #[must_use]
    pub fn kind(&self) -> GreetingKind {
        self.kind
    }

    /// The catalog entry of a [`PlatformDefault`](GreetingKind::PlatformDefault) note.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// let detector = GreetingDetector::new();
    /// let stock = detector.detect("Ana here! Tox me maybe?").stock_text().cloned();
    /// assert_eq!(stock.map(|s| s.text().to_owned()).as_deref(), Some("{sender} here! Tox me maybe?"));
    /// ```
    #[must_use]
    pub fn stock_text(&self) -> Option<&'d StockText> {
        self.stock
    }

    /// The platform of the matched stock text.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// assert_eq!(GreetingDetector::new().detect("Hello!").platform(), None);
    /// ```
    #[must_use]
    pub fn platform(&self) -> Option<&'d str> {
        self.stock.map(StockText::platform)
    }

    /// Whether a note that is not personal hides behind disguises: look-alike
    /// letters of another script mixed into a word (Cyrillic `а` in `аdd`),
    /// invisible characters between letters, or stacked combining marks.
    /// A mass sender uses them to make a stock text look personal; the
    /// detector sees through them and says so here. Always `false` for a
    /// personal note.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::new();
    /// let detection = detector.detect("I'd like to \u{430}dd you to my L\u{456}nkedIn network");
    /// assert_eq!(detection.kind(), GreetingKind::PlatformDefault);
    /// assert!(detection.is_disguised());
    /// assert!(!detector.detect("I'd like to add you to my LinkedIn network").is_disguised());
    /// ```
    #[must_use]
    pub fn is_disguised(&self) -> bool {
        self.disguised
    }

    /// The language (ISO 639-1) of the matched stock text.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// let detector = GreetingDetector::new();
    /// let detection = detector.detect("Ich würde dich gerne zu meiner Kontaktliste hinzufügen.");
    /// assert_eq!(detection.language(), Some("de"));
    /// ```
    #[must_use]
    pub fn language(&self) -> Option<&'d str> {
        self.stock.map(StockText::language)
    }
}

/// Tells a platform's stock text from a generic template and from a personal
/// note, in any of the catalog's 78 languages, however it is decorated.
///
/// # How it decides
///
/// The note is normalised (case, accents, compatibility forms, apostrophe
/// and quote styles, whitespace, invisible characters, HTML entities and
/// tags are folded away) into words; in scripts written without spaces
/// (Chinese, Japanese, Thai, Lao, Khmer, Burmese) each character is a word.
/// The words are read once, left to right, against a small grammar: an
/// optional salutation ("Hi Anne-Sophie van den Broek,", "Bonjour"), a body
/// of stock texts and generic words and phrases, and an optional signature
/// ("Best, J. K. Rowling", "– Ann\nData Engineer | AWS") and device footer
/// ("Sent from my iPhone"). Case is folded, but a signature's name words
/// share theirs: after a closing, small words before a capitalised one
/// ("Hälsningar till din syster Karin") are a remark, not a name. A word or
/// character the vocabulary does not
/// account for (a topic, a place, a number, a name outside a salutation,
/// signature or slot) makes the note [`Personal`](GreetingKind::Personal),
/// except in a note with an unfilled placeholder (`[Name]`): that is a
/// [`GenericTemplate`](GreetingKind::GenericTemplate) whatever else it says,
/// unless it tells of a shared history: a word of one ("met", "call") beside
/// something specific ("at RustConf").
///
/// # Examples of scripts without spaces
///
/// ```
/// use opendoor::{GreetingDetector, GreetingKind};
///
/// let detector = GreetingDetector::new();
/// assert_eq!(detector.classify("我是张伟"), GreetingKind::PlatformDefault);
/// assert_eq!(
///     detector.classify("我是张伟，上周在深圳的AI大会上我们聊过。"),
///     GreetingKind::Personal,
/// );
/// assert_eq!(detector.classify("Hi [Name], I'd like to join your LinkedIn network."), GreetingKind::GenericTemplate);
/// assert_eq!(detector.classify("Hi [Name], I help startups like yours grow revenue."), GreetingKind::GenericTemplate);
/// assert_eq!(detector.classify("Hi [Name], great to meet you at RustConf!"), GreetingKind::Personal);
/// ```
///
/// # Performance
///
/// Build once and share: [`GreetingDetector::new`] clones a lazily built
/// shared instance (an `Arc`), so calling it in a loop costs a reference
/// count, not a catalog build. The first classification in a process also
/// builds a 256 KiB per-character folding table (a few milliseconds).
///
/// Classification is a single pass over the note in linear time; it
/// allocates nothing once its per-thread buffers have grown, and keeps at
/// most 4 KiB of normalised text whatever the input's size: a longer note is
/// judged on its first 4 KiB of complete words, so padding a stock text with
/// pleasantries cannot make it personal. Most personal notes are decided
/// within their first few words; a blank note costs one byte scan, and a
/// stock text exactly as the catalog holds it one hash lookup (a memo of
/// the detector's own verdicts, made when it is built). Where notes repeat
/// (pasted campaigns), [`with_repeat_cache`](Self::with_repeat_cache)
/// answers a recent note without reading it. Measured throughput is in the README's
/// performance table (figures drift with machines and versions, so they
/// are kept there, beside how to reproduce them).
///
/// # Examples
///
/// ```
/// use opendoor::{GreetingDetector, GreetingKind};
///
/// let detector = GreetingDetector::new();
/// let note = "HI SAM!!\n\nI’d like to add you to my professional network on LinkedIn\n\n– Ann";
/// assert_eq!(detector.classify(note), GreetingKind::PlatformDefault);
/// ```
#[derive(Clone)]
pub struct GreetingDetector {
    engine: Arc<Engine>,
    /// Slots of the per-thread memo of repeats (a power of two), or 0.
    repeat_slots: usize,
}

static BUILT_IN: LazyLock<GreetingDetector> = LazyLock::new(|| {
    GreetingDetectorBuilder::new()
        .build()
        .unwrap_or_else(|e| unreachable!("the built-in catalog is checked by tests: {e}"))
});

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

/// Runs `f` with this thread's buffers.
fn with_buffers<T>(f: impl FnOnce(&mut Buffers) -> T) -> T {
    BUFFERS.with(|buffers| match buffers.try_borrow_mut() {
        Ok(mut buffers) => f(&mut buffers),
        // Only reachable if classification re-entered itself on this
        // thread; fresh buffers keep it correct.
        Err(_) => f(&mut Buffers::default()),
    })
}

impl GreetingDetector {
    /// The detector with the built-in catalog and vocabulary (shared: cheap
    /// to call repeatedly).
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::new();
    /// assert!(detector.stock_texts().count() >= 519);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        BUILT_IN.clone()
    }

    /// A builder, starting from the built-in catalog and vocabulary.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::builder()
    ///     .stock_text("Acme Social", "en", "{sender} wants to be your friend on Acme")
    ///     .build()?;
    /// assert_eq!(detector.classify("Bo Li wants to be your friend on Acme!"), GreetingKind::PlatformDefault);
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    #[must_use]
    pub fn builder() -> GreetingDetectorBuilder {
        GreetingDetectorBuilder::new()
    }

    /// The kind of `note`.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::new();
    /// assert_eq!(detector.classify("Hola, me gustaría contactar contigo"), GreetingKind::PlatformDefault);
    /// ```
    #[must_use]
    pub fn classify(&self, note: &str) -> GreetingKind {
        self.detect(note).kind
    }

    /// The kind of `note` and, for a stock text, the catalog entry.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// let detector = GreetingDetector::new();
    /// let detection = detector.detect("Hi, I'd like to add you to my professional network on Berty");
    /// assert_eq!(detection.platform(), Some("Berty"));
    /// ```
    #[must_use]
    pub fn detect(&self, note: &str) -> Detection<'_> {
        // Most requests carry no note: blank ASCII needs no buffers.
        if note.bytes().all(|b| b.is_ascii_whitespace()) {
            return Detection {
                kind: GreetingKind::Empty,
                stock: None,
                disguised: false,
            };
        }
        let (outcome, disguised) =
            with_buffers(|buffers| self.engine.run(note, buffers, self.repeat_slots));
        let (kind, stock) = match outcome {
            Outcome::Empty => (GreetingKind::Empty, None),
            Outcome::Stock(t) => (
                GreetingKind::PlatformDefault,
                Some(&self.engine.templates[t].stock),
            ),
            Outcome::Generic => (GreetingKind::GenericTemplate, None),
            Outcome::Personal => (GreetingKind::Personal, None),
        };
        Detection {
            kind,
            stock,
            disguised: disguised && !kind.is_personal(),
        }
    }

    /// The fingerprint of `note`'s body: the same for every copy of a
    /// pasted note, whatever salutation, signature, case or spacing frames
    /// it; `None` when the note has no body (it is empty, or only a
    /// salutation and the name it greets, or only sign-offs and a
    /// signature on a line of its own: `"Thanks,\nBo"`, while
    /// `"Thanks, Bo"` keeps both words; a note that is nothing but a name
    /// is all body). See [`NoteFingerprint`] for the
    /// algorithm and what stays stable. Linear in the note, on at most its
    /// first 4 KiB of normalised text, with no allocation once the
    /// thread's buffers are warm.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingDetector;
    ///
    /// let detector = GreetingDetector::new();
    /// let ann = detector.fingerprint("Hi Ann,\n\nOur agency doubles your leads in 30 days.\n\nBest,\nBo");
    /// let carl = detector.fingerprint("Hello Carl! OUR AGENCY DOUBLES YOUR LEADS IN 30 DAYS – Dana");
    /// assert_eq!(ann, carl);
    /// assert_eq!(detector.fingerprint(""), None);
    /// ```
    #[must_use]
    pub fn fingerprint(&self, note: &str) -> Option<NoteFingerprint> {
        if note.bytes().all(|b| b.is_ascii_whitespace()) {
            return None;
        }
        with_buffers(|buffers| self.engine.body_hash(note, buffers)).map(NoteFingerprint::from_u64)
    }

    /// This detector, remembering its verdicts on recent notes: on each
    /// thread that uses it, a table of `slots` (rounded up to a power of
    /// two, at most 16,384; 0, the default, turns it off) keeps the last
    /// note of up to 1 KiB that hashed to each slot, with its verdict. A
    /// note seen again costs a hash and a comparison instead of a read.
    ///
    /// It pays where notes repeat: a campaign pasting one note into
    /// thousands of requests, a user's invitations that all carry the same
    /// decorated stock text. Where every note is new it costs a hash and a
    /// copy per note (see the README's performance table for both). The
    /// verdicts are the detector's own, so nothing else changes; a stock
    /// text exactly as catalogued is answered from a memo of the detector
    /// itself, cache or not.
    ///
    /// Memory: `slots` × (1 KiB + 48 bytes) per thread, allocated (zeroed)
    /// when the thread first classifies with it; nothing is allocated after
    /// that. The table is the thread's, shared by the detectors used on it
    /// (each verdict is kept with the detector that gave it) and made anew
    /// when one asks for more slots than it has. It keeps copies of the
    /// notes until the thread ends or
    /// [`clear_repeat_cache`](Self::clear_repeat_cache) is called on it,
    /// whatever becomes of the detector: mind that where notes are personal
    /// data.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::new().with_repeat_cache(1000);
    /// assert_eq!(detector.repeat_cache_slots(), 1024);
    /// let pitch = "Hi there, I help founders scale their sales teams. Let's connect!";
    /// for _ in 0..3 {
    ///     // Read once, then answered from this thread's table.
    ///     assert_eq!(detector.classify(pitch), GreetingKind::GenericTemplate);
    /// }
    /// GreetingDetector::clear_repeat_cache();
    /// ```
    #[must_use]
    pub fn with_repeat_cache(mut self, slots: usize) -> Self {
        self.repeat_slots = repeats::slots(slots);
        self
    }

    /// The slots of this detector's memo of repeats per thread (see
    /// [`with_repeat_cache`](Self::with_repeat_cache)); 0 when it has none.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::new();
    /// assert_eq!(detector.repeat_cache_slots(), 0);
    /// assert_eq!(detector.with_repeat_cache(100_000).repeat_cache_slots(), 16_384);
    /// ```
    #[must_use]
    pub fn repeat_cache_slots(&self) -> usize {
        self.repeat_slots
    }

    /// Forgets every note the calling thread's memo of repeats holds (see
    /// [`with_repeat_cache`](Self::with_repeat_cache)), for every detector,
    /// and frees its memory; the next classification with a memo makes the
    /// table anew. Other threads' tables are theirs to clear.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{GreetingDetector, GreetingKind};
    ///
    /// let detector = GreetingDetector::new().with_repeat_cache(64);
    /// assert_eq!(detector.classify("We met at RustConf"), GreetingKind::Personal);
    /// GreetingDetector::clear_repeat_cache();
    /// assert_eq!(detector.classify("We met at RustConf"), GreetingKind::Personal);
    /// ```
    pub fn clear_repeat_cache() {
        with_buffers(Buffers::forget_repeats);
    }

    /// The catalog's stock texts.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::new();
    /// assert!(detector.stock_texts().any(|s| s.platform() == "qTox" && s.language() == "ja"));
    /// ```
    pub fn stock_texts(&self) -> impl ExactSizeIterator<Item = &StockText> + '_ {
        self.engine.templates[..self.engine.stock_texts]
            .iter()
            .map(|t| &t.stock)
    }
}

impl Default for GreetingDetector {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for GreetingDetector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GreetingDetector")
            .field("stock_texts", &self.engine.stock_texts)
            .field("repeat_cache", &self.repeat_slots)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_detector_builds() {
        let detector = GreetingDetectorBuilder::new().build().unwrap();
        assert_eq!(detector.stock_texts().len(), 176 + 343);
    }

    #[test]
    fn new_shares_one_engine() {
        assert!(Arc::ptr_eq(
            &GreetingDetector::new().engine,
            &GreetingDetector::new().engine
        ));
    }

    #[test]
    fn a_memo_alone_shares_the_built_in_engine() {
        let cached = GreetingDetector::builder()
            .repeat_cache(64)
            .build()
            .unwrap();
        assert!(Arc::ptr_eq(&cached.engine, &GreetingDetector::new().engine));
        assert_eq!(cached.repeat_cache_slots(), 64);
        let more = GreetingDetector::builder()
            .repeat_cache(64)
            .salutation("ahoy")
            .build()
            .unwrap();
        assert!(!Arc::ptr_eq(&more.engine, &GreetingDetector::new().engine));
        assert_eq!(more.repeat_cache_slots(), 64);
    }

    #[test]
    fn memory_stays_bounded_on_huge_notes() {
        let detector = GreetingDetector::new();
        let notes = [
            "I'd like to add you to my network ".repeat(300_000),
            "a".repeat(10_000_000),
            "word ".repeat(2_000_000),
            format!("{}Hi", " \u{200B}".repeat(2_500_000)),
        ];
        for note in &notes {
            assert!(note.len() >= 10_000_000);
            let _ = detector.classify(note);
            let footprint = BUFFERS.with(|b| b.borrow().footprint());
            assert!(footprint < 256 * 1024, "{footprint} bytes kept");
        }
    }

    #[test]
    fn bad_words_are_named() {
        let err = GreetingDetector::builder()
            .sign_off("...")
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "sign_off word \"...\" holds no word once normalised"
        );
    }
}
