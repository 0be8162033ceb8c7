//! [`MassNotes`]: how many different senders pasted the same note lately.

use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use crate::detector::NoteFingerprint;
use crate::policy::{Clock, SystemClock};

/// The slots of one bucket: a note competes for a slot only with the
/// notes hashed to its bucket.
const WAYS: usize = 8;
/// The most notes a tracker follows (2^24 slots).
const MAX_NOTES: usize = 1 << 24;
/// The most senders counted per note.
const MAX_SENDERS_PER_NOTE: usize = 4096;

/// The sizes of a [`MassNotes`] tracker, fixed at construction.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use opendoor::MassNotesConfig;
///
/// let mut config = MassNotesConfig::default();
/// config.window = Duration::from_secs(24 * 3600);
/// assert_eq!(config.senders_per_note, 64);
/// // 12 bytes per sender counted (a hash and a time), and a little per note.
/// let bytes = config.memory_bytes().unwrap();
/// assert!(bytes >= 4096 * 64 * 12 && bytes < 4096 * 64 * 13);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct MassNotesConfig {
    /// How far back a sender counts (default: 7 days): a sender is counted
    /// while less than `window` has passed since they last pasted the
    /// note. Whole seconds, from one second to `u32::MAX - 1` seconds
    /// (about 136 years; time is kept in 32-bit seconds).
    pub window: Duration,
    /// How many notes are followed at once (default: 4,096; rounded up to a
    /// multiple of 8, at most 2^24). With more distinct notes than this in
    /// one window, notes share slots and counts may be inexact within
    /// their reported bounds (see [`MassNotes`]).
    pub notes: usize,
    /// How many senders are counted per note (default: 64, at most 4,096):
    /// counts are exact up to this number, and a note pasted by more
    /// senders counts this many. Choose it at least as high as the
    /// threshold you act on.
    pub senders_per_note: usize,
}

impl Default for MassNotesConfig {
    fn default() -> Self {
        MassNotesConfig {
            window: Duration::from_secs(7 * 24 * 3600),
            notes: 4096,
            senders_per_note: 64,
        }
    }
}

impl MassNotesConfig {
    /// The memory a tracker of these sizes holds for its whole life
    /// (besides its clock), or `None` when it would not fit in `usize`.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut config = opendoor::MassNotesConfig::default();
    /// config.notes = 1 << 20;
    /// config.senders_per_note = 50;
    /// assert!(config.memory_bytes().unwrap() < 700 << 20);
    /// ```
    #[must_use]
    pub fn memory_bytes(&self) -> Option<usize> {
        let buckets = self.notes.checked_next_multiple_of(WAYS)? / WAYS;
        // Per bucket: its slots and lock, and each sender's hash (8 bytes)
        // and the time it was last seen (4 bytes).
        let senders = WAYS.checked_mul(self.senders_per_note)?.checked_mul(12)?;
        buckets.checked_mul(std::mem::size_of::<Mutex<Bucket>>().checked_add(senders)?)
    }

    fn check(&self) -> Result<(), MassNotesError> {
        let seconds = self.window.as_secs();
        if seconds == 0 || seconds >= u64::from(u32::MAX) {
            return Err(MassNotesError::Window {
                window: self.window,
            });
        }
        if self.notes == 0 || self.notes > MAX_NOTES {
            return Err(MassNotesError::Notes { notes: self.notes });
        }
        if self.senders_per_note == 0 || self.senders_per_note > MAX_SENDERS_PER_NOTE {
            return Err(MassNotesError::SendersPerNote {
                senders_per_note: self.senders_per_note,
            });
        }
        Ok(())
    }
}

/// A [`MassNotesConfig`] out of range: which size, and its value.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use opendoor::{MassNotes, MassNotesConfig, MassNotesError};
///
/// let mut config = MassNotesConfig::default();
/// config.window = Duration::from_millis(500);
/// let err = MassNotes::new(config).unwrap_err();
/// assert!(matches!(err, MassNotesError::Window { .. }));
/// assert!(err.to_string().contains("window"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MassNotesError {
    /// The window is shorter than one second or not shorter than
    /// `u32::MAX` seconds.
    #[error("mass-note window {window:?} is out of range (1 s to u32::MAX - 1 s)")]
    Window {
        /// The window asked for.
        window: Duration,
    },
    /// No notes, or more than 2^24.
    #[error("mass-note tracker of {notes} notes is out of range (1 to 16777216)")]
    Notes {
        /// The number of notes asked for.
        notes: usize,
    },
    /// No senders per note, or more than 4,096.
    #[error("mass-note tracker of {senders_per_note} senders per note is out of range (1 to 4096)")]
    SendersPerNote {
        /// The number of senders per note asked for.
        senders_per_note: usize,
    },
}

/// Counts, for each note body, how many different senders pasted it within
/// a sliding window, in memory fixed at construction.
///
/// A generic template is, in practice, a note that many senders paste; the
/// vocabulary of [`GreetingDetector`](crate::GreetingDetector) cannot see
/// that, a stream can. Feed every request's sender and
/// [`NoteFingerprint`] to [`observe`](MassNotes::observe), and pass the
/// count on with [`Request::with_mass_senders`](crate::Request::with_mass_senders):
/// [`Rules`](crate::Rules)' `mass_note` criterion acts on it.
///
/// # How it counts, and how wrong it can be
///
/// A bounded heavy-hitters table in the manner of Space-Saving (Metwally,
/// Agrawal and El Abbadi, 2005), with exact distinct counting per slot.
/// Every answer is a [`MassCount`]: two bounds around the true number of
/// distinct senders within the window (capped at `senders_per_note`).
///
/// - Notes are hashed (with a per-tracker random key, so nobody can aim
///   notes at one bucket) into buckets of 8 slots. A slot holds one note's
///   fingerprint and the last `senders_per_note` distinct senders who
///   pasted it, each with the time they last did (senders hashed to 64
///   bits with the same key).
/// - [`MassCount::senders`], the lower bound, is the number of those
///   senders seen within the window: the note's own pastes since it took
///   its slot, counted exactly (but for a collision of two senders' 64-bit
///   hashes, at 64 senders a chance below 2^-52). It never counts a sender
///   who did not paste the note: act on it, and no note is taken for a
///   mass note because other notes crowd the table.
/// - When a new note finds its bucket full, it takes the slot of the note
///   with the fewest senders (a note many senders paste keeps its slot),
///   and the bucket remembers the highest upper bound it lost within the
///   window. A note taking a slot inherits that bound, since it may have
///   been evicted before: [`MassCount::at_most`], the upper bound, is the
///   lower bound plus what the note inherited, and **never below the true
///   count**. The lower bound falls short of the true count by at most
///   `at_most - senders` ([`MassCount::error`]), 0 for a note that kept its
///   slot since its first paste in the window.
///
/// With fewer distinct notes per window than `notes` (and a fair hash) no
/// note is evicted and every count is exact. Past that, as for every
/// heavy-hitters table, the error grows with the number of distinct
/// (sender, note) pairs per slot: size `notes` to the distinct notes of
/// your window (memory is `notes × senders_per_note × 12` bytes, see
/// [`MassNotesConfig::memory_bytes`]). A flood of unique notes cannot make
/// a note look pasted (the lower bound counts only its own senders); it can
/// take a young mass note's slot before its senders accumulate, which
/// [`MassCount::error`] then reports.
///
/// Memory is fixed at construction; observing allocates nothing. Each
/// bucket has its own lock, so threads rarely wait on each other:
/// `MassNotes` is `Send + Sync`, share it with an `Arc` or a reference. The
/// clock is injectable ([`ManualClock`](crate::ManualClock) for tests and
/// replays); the window is counted in whole seconds of it.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use opendoor::{Action, GreetingDetector, ManualClock, MassNotes, MassNotesConfig, NetworkingPolicy, Request, Rules};
///
/// let clock = ManualClock::new();
/// let tracker = MassNotes::with_clock(MassNotesConfig::default(), &clock)?;
/// let detector = GreetingDetector::new();
/// let rules = Rules::builder().mass_note(Action::Hold).mass_note_senders(3).build();
///
/// let pasted = "Life is both long and short. Let us build something great together!";
/// let mut last = None;
/// for (sender, name) in [("@a", "Ann"), ("@b", "Bo"), ("@c", "Cy")] {
///     let note = format!("Hi {name}, {pasted}");
///     let fingerprint = detector.fingerprint(&note).unwrap();
///     let count = tracker.observe(sender, fingerprint);
///     last = Some(Request::connect(sender).with_greeting(note).with_mass_senders(count.senders()));
///     clock.advance(Duration::from_secs(60));
/// }
/// let third = last.unwrap();
/// assert_eq!(third.mass_senders(), Some(3));
/// assert_eq!(rules.decide(&third).action(), Action::Hold);
///
/// // A week after the second paste, the first two have left the window.
/// clock.advance(Duration::from_secs(7 * 24 * 3600 - 120));
/// let count = tracker.count(detector.fingerprint(pasted).unwrap());
/// assert_eq!((count.senders(), count.at_most()), (1, 1));
/// # Ok::<(), opendoor::MassNotesError>(())
/// ```
pub struct MassNotes<C = SystemClock> {
    buckets: Box<[Mutex<Bucket>]>,
    /// The window in seconds.
    window: u32,
    keys: RandomState,
    clock: C,
    config: MassNotesConfig,
}

impl MassNotes {
    /// A tracker of these sizes on the real clock.
    ///
    /// # Errors
    ///
    /// A [`MassNotesError`] naming the size out of range.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{MassNotes, MassNotesConfig};
    ///
    /// let tracker = MassNotes::new(MassNotesConfig::default())?;
    /// assert_eq!(tracker.config().notes, 4096);
    /// let mut none = MassNotesConfig::default();
    /// none.notes = 0;
    /// assert!(MassNotes::new(none).unwrap_err().to_string().contains("0 notes"));
    /// # Ok::<(), opendoor::MassNotesError>(())
    /// ```
    pub fn new(config: MassNotesConfig) -> Result<Self, MassNotesError> {
        MassNotes::with_clock(config, SystemClock::new())
    }
}

impl<C: Clock> MassNotes<C> {
    /// A tracker of these sizes on `clock`.
    ///
    /// # Errors
    ///
    /// A [`MassNotesError`] naming the size out of range.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::Arc;
    /// use opendoor::{ManualClock, MassNotes, MassNotesConfig};
    ///
    /// let clock = Arc::new(ManualClock::new());
    /// let tracker = MassNotes::with_clock(MassNotesConfig::default(), Arc::clone(&clock))?;
    /// # Ok::<(), opendoor::MassNotesError>(())
    /// ```
    pub fn with_clock(config: MassNotesConfig, clock: C) -> Result<Self, MassNotesError> {
        config.check()?;
        let notes = config.notes.next_multiple_of(WAYS);
        let buckets = (0..notes / WAYS)
            .map(|_| Mutex::new(Bucket::new(config.senders_per_note)))
            .collect();
        Ok(MassNotes {
            buckets,
            window: u32::try_from(config.window.as_secs()).unwrap_or(u32::MAX),
            keys: RandomState::new(),
            clock,
            config,
        })
    }

    /// Records that `sender` pasted the note of `fingerprint` now, and
    /// returns how many different senders pasted it within the window,
    /// this one included (see [`MassNotes`] for the bounds).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{MassNotes, MassNotesConfig, NoteFingerprint};
    ///
    /// let tracker = MassNotes::new(MassNotesConfig::default())?;
    /// let note = NoteFingerprint::from_u64(7);
    /// assert_eq!(tracker.observe("@ann", note).senders(), 1);
    /// assert_eq!(tracker.observe("@ann", note).senders(), 1);
    /// let count = tracker.observe("@bo", note);
    /// assert_eq!((count.senders(), count.at_most()), (2, 2));
    /// # Ok::<(), opendoor::MassNotesError>(())
    /// ```
    pub fn observe(&self, sender: &str, fingerprint: NoteFingerprint) -> MassCount {
        let now = self.stamp();
        let sender = self.keys.hash_one(sender);
        let window = self.window;
        self.bucket(fingerprint)
            .observe(fingerprint.as_u64(), sender, now, window)
    }

    /// How many different senders pasted the note of `fingerprint` within
    /// the window, without recording anything (see [`MassNotes`] for the
    /// bounds).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{MassNotes, MassNotesConfig, NoteFingerprint};
    ///
    /// let tracker = MassNotes::new(MassNotesConfig::default())?;
    /// assert_eq!(tracker.count(NoteFingerprint::from_u64(7)).at_most(), 0);
    /// # Ok::<(), opendoor::MassNotesError>(())
    /// ```
    pub fn count(&self, fingerprint: NoteFingerprint) -> MassCount {
        let now = self.stamp();
        self.bucket(fingerprint)
            .count_of(fingerprint.as_u64(), now, self.window)
    }

    /// The sizes it was built with.
    ///
    /// # Examples
    ///
    /// ```
    /// let tracker = opendoor::MassNotes::new(Default::default())?;
    /// assert_eq!(tracker.config().senders_per_note, 64);
    /// # Ok::<(), opendoor::MassNotesError>(())
    /// ```
    #[must_use]
    pub fn config(&self) -> &MassNotesConfig {
        &self.config
    }

    /// The memory it holds (besides its clock): fixed at construction.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{MassNotes, MassNotesConfig, NoteFingerprint};
    ///
    /// let tracker = MassNotes::new(MassNotesConfig::default())?;
    /// let before = tracker.memory_bytes();
    /// for note in 0..10_000 {
    ///     tracker.observe("@flood", NoteFingerprint::from_u64(note));
    /// }
    /// assert_eq!(tracker.memory_bytes(), before);
    /// # Ok::<(), opendoor::MassNotesError>(())
    /// ```
    #[must_use]
    pub fn memory_bytes(&self) -> usize {
        // The config was checked at construction, so its size fits.
        std::mem::size_of::<Self>() + self.config.memory_bytes().unwrap_or(usize::MAX)
    }

    /// The clock's time as a stamp: whole seconds plus one (0 marks an
    /// empty entry).
    fn stamp(&self) -> u32 {
        let seconds = self.clock.now().as_secs();
        u32::try_from(seconds).unwrap_or(u32::MAX).min(u32::MAX - 1) + 1
    }

    fn bucket(&self, fingerprint: NoteFingerprint) -> std::sync::MutexGuard<'_, Bucket> {
        let hash = self.keys.hash_one(fingerprint.as_u64());
        // Multiply-shift: the high bits of the hash pick the bucket.
        let index = ((u128::from(hash) * self.buckets.len() as u128) >> 64) as usize;
        self.buckets[index]
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

impl<C: Clock> fmt::Debug for MassNotes<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MassNotes")
            .field("config", &self.config)
            .field("clock", &self.clock)
            .finish_non_exhaustive()
    }
}

/// How many different senders pasted a note within the window: two bounds
/// around the true count (capped at
/// [`senders_per_note`](MassNotesConfig::senders_per_note)), from
/// [`MassNotes::observe`] and [`MassNotes::count`].
///
/// # Examples
///
/// ```
/// use opendoor::{MassNotes, MassNotesConfig, NoteFingerprint};
///
/// let tracker = MassNotes::new(MassNotesConfig::default())?;
/// let count = tracker.observe("@ann", NoteFingerprint::from_u64(1));
/// assert_eq!(count.senders(), 1);
/// assert!(count.is_exact());
/// # Ok::<(), opendoor::MassNotesError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MassCount {
    senders: u32,
    at_most: u32,
}

impl MassCount {
    /// The lower bound: senders seen pasting the note within the window
    /// since it took its slot. Never counts a sender who did not paste it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::MassCount::default().senders(), 0);
    /// ```
    #[must_use]
    pub const fn senders(self) -> u32 {
        self.senders
    }

    /// The upper bound: never below the true count.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::MassCount::default().at_most(), 0);
    /// ```
    #[must_use]
    pub const fn at_most(self) -> u32 {
        self.at_most
    }

    /// How far the lower bound may fall short: `at_most - senders`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::MassCount::default().error(), 0);
    /// ```
    #[must_use]
    pub const fn error(self) -> u32 {
        self.at_most - self.senders
    }

    /// Whether both bounds agree: the count is exact.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(opendoor::MassCount::default().is_exact());
    /// ```
    #[must_use]
    pub const fn is_exact(self) -> bool {
        self.senders == self.at_most
    }
}

/// A count that holds until a time (a stamp), then is zero.
#[derive(Debug, Clone, Copy, Default)]
struct Expiring {
    count: u32,
    until: u32,
}

impl Expiring {
    fn at(self, now: u32) -> u32 {
        if now < self.until { self.count } else { 0 }
    }

    /// The larger of both counts, holding as long as the longer.
    fn merge(self, other: Expiring, now: u32) -> Expiring {
        if self.at(now) == 0 {
            other
        } else {
            Expiring {
                count: self.count.max(other.count),
                until: self.until.max(other.until),
            }
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    fingerprint: u64,
    used: bool,
    /// What the note may have had before it took this slot.
    inherited: Expiring,
}

/// Eight slots, their senders, and the bound of the notes they lost.
#[derive(Debug)]
struct Bucket {
    slots: [Slot; WAYS],
    /// The highest count lost to an eviction, while it may still hold.
    lost: Expiring,
    /// `senders_per_note` sender hashes per slot.
    senders: Box<[u64]>,
    /// When each sender was last seen (a stamp; 0 for none).
    seen: Box<[u32]>,
}

impl Bucket {
    fn new(senders_per_note: usize) -> Self {
        Bucket {
            slots: [Slot::default(); WAYS],
            lost: Expiring::default(),
            senders: vec![0; WAYS * senders_per_note].into_boxed_slice(),
            seen: vec![0; WAYS * senders_per_note].into_boxed_slice(),
        }
    }

    /// Where slot `i`'s senders stand in `senders` and `seen`.
    fn entries(&self, i: usize) -> std::ops::Range<usize> {
        let per_slot = self.seen.len() / WAYS;
        i * per_slot..(i + 1) * per_slot
    }

    fn find(&self, fingerprint: u64) -> Option<usize> {
        self.slots
            .iter()
            .position(|slot| slot.used && slot.fingerprint == fingerprint)
    }

    /// Slot `i`'s own senders within the window.
    fn own(&self, i: usize, now: u32, window: u32) -> u32 {
        let live = self.seen[self.entries(i)]
            .iter()
            .filter(|&&seen| live(seen, now, window))
            .count();
        u32::try_from(live).unwrap_or(u32::MAX)
    }

    /// Slot `i`'s count: its own senders, and what it inherited on top.
    fn count(&self, i: usize, now: u32, window: u32) -> MassCount {
        let senders = self.own(i, now, window);
        MassCount {
            senders,
            at_most: senders.saturating_add(self.slots[i].inherited.at(now)),
        }
    }

    fn count_of(&self, fingerprint: u64, now: u32, window: u32) -> MassCount {
        match self.find(fingerprint) {
            Some(i) => self.count(i, now, window),
            None => MassCount {
                senders: 0,
                at_most: self.lost.at(now),
            },
        }
    }

    fn observe(&mut self, fingerprint: u64, sender: u64, now: u32, window: u32) -> MassCount {
        let i = match self.find(fingerprint) {
            Some(i) => i,
            None => self.take(fingerprint, now, window),
        };
        let range = self.entries(i);
        let (senders, seen) = (&mut self.senders[range.clone()], &mut self.seen[range]);
        let at = match senders
            .iter()
            .zip(seen.iter())
            .position(|(&s, &t)| t != 0 && s == sender)
        {
            Some(at) => at,
            // A free entry, else the one seen longest ago (an expired one
            // first, since it is older than any live one).
            None => seen
                .iter()
                .enumerate()
                .min_by_key(|&(_, &t)| t)
                .map_or(0, |(at, _)| at),
        };
        senders[at] = sender;
        seen[at] = seen[at].max(now);
        self.count(i, now, window)
    }

    /// A slot for a note not in the bucket: a free one, else the one with
    /// the fewest own senders (the one seen longest ago among equals),
    /// whose upper bound the bucket then remembers.
    fn take(&mut self, fingerprint: u64, now: u32, window: u32) -> usize {
        let i = match self.slots.iter().position(|slot| !slot.used) {
            Some(i) => i,
            None => {
                let newest = |i: usize| -> u32 {
                    self.seen[self.entries(i)]
                        .iter()
                        .copied()
                        .max()
                        .unwrap_or(0)
                };
                let victim = (0..WAYS)
                    .min_by_key(|&i| (self.own(i, now, window), newest(i)))
                    .unwrap_or(0);
                let lost = Expiring {
                    count: self.count(victim, now, window).at_most,
                    until: newest(victim)
                        .saturating_add(window)
                        .max(self.slots[victim].inherited.until),
                };
                let range = self.entries(victim);
                self.seen[range].fill(0);
                self.lost = self.lost.merge(lost, now);
                victim
            }
        };
        self.slots[i] = Slot {
            fingerprint,
            used: true,
            inherited: self.lost,
        };
        i
    }
}

/// Whether an entry last seen at `seen` is within the window at `now`.
fn live(seen: u32, now: u32, window: u32) -> bool {
    seen != 0 && now.saturating_sub(seen) < window
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;

    use super::*;
    use crate::ManualClock;

    fn config(window: u64, notes: usize, senders_per_note: usize) -> MassNotesConfig {
        MassNotesConfig {
            window: Duration::from_secs(window),
            notes,
            senders_per_note,
        }
    }

    fn note(n: u64) -> NoteFingerprint {
        NoteFingerprint::from_u64(n)
    }

    #[test]
    fn counts_distinct_senders_within_the_window() {
        let clock = ManualClock::new();
        let tracker = MassNotes::with_clock(config(10, 64, 8), &clock).unwrap();
        let exact = |count: MassCount| {
            assert!(count.is_exact(), "{count:?}");
            count.senders()
        };
        assert_eq!(exact(tracker.observe("a", note(1))), 1);
        assert_eq!(exact(tracker.observe("a", note(1))), 1);
        assert_eq!(exact(tracker.observe("b", note(1))), 2);
        assert_eq!(exact(tracker.observe("a", note(2))), 1);
        clock.advance(Duration::from_secs(9));
        assert_eq!(exact(tracker.count(note(1))), 2);
        assert_eq!(exact(tracker.observe("c", note(1))), 3);
        clock.advance(Duration::from_secs(1));
        // a and b were last seen 10 s ago: out of the window.
        assert_eq!(exact(tracker.count(note(1))), 1);
        clock.advance(Duration::from_secs(9));
        assert_eq!(exact(tracker.count(note(1))), 0);
    }

    #[test]
    fn a_note_of_more_senders_than_counted_keeps_the_cap() {
        let clock = ManualClock::new();
        let tracker = MassNotes::with_clock(config(100, 8, 4), &clock).unwrap();
        for sender in 0..20 {
            tracker.observe(&sender.to_string(), note(5));
            clock.advance(Duration::from_secs(1));
        }
        assert_eq!(tracker.count(note(5)).senders(), 4);
        // The four kept are the most recent: the count holds until they
        // leave the window.
        clock.advance(Duration::from_secs(95));
        assert_eq!(tracker.count(note(5)).senders(), 4);
    }

    #[test]
    fn a_flood_of_unique_notes_neither_evicts_a_pasted_note_nor_inflates_one() {
        let clock = ManualClock::new();
        // One bucket of eight slots.
        let tracker = MassNotes::with_clock(config(1000, 8, 16), &clock).unwrap();
        for sender in 0..5 {
            tracker.observe(&format!("s{sender}"), note(0));
        }
        for n in 1..=100 {
            let count = tracker.observe("flood", note(n));
            // Only its own paste is counted; the bound says it might have
            // been evicted before.
            assert_eq!(count.senders(), 1);
            assert!(count.at_most() >= 1);
        }
        let pasted = tracker.count(note(0));
        assert_eq!(pasted.senders(), 5);
        assert!(pasted.is_exact(), "{pasted:?}");
        // An evicted note's bound holds a window after the senders it
        // stands for, then lapses.
        let gone = tracker.count(note(1));
        assert_eq!(gone.senders(), 0);
        assert!(gone.at_most() >= 1);
        clock.advance(Duration::from_secs(1000));
        assert_eq!(tracker.count(note(1)).at_most(), 0);
    }

    #[test]
    fn sizes_out_of_range_are_named() {
        for (bad, field) in [
            (config(0, 8, 8), "window"),
            (config(u64::from(u32::MAX), 8, 8), "window"),
            (config(1, 0, 8), "notes"),
            (config(1, MAX_NOTES + 1, 8), "notes"),
            (config(1, 8, 0), "senders per note"),
            (config(1, 8, 4097), "senders per note"),
        ] {
            let err = MassNotes::new(bad).unwrap_err();
            assert!(err.to_string().contains(field), "{err}");
        }
        assert!(MassNotes::new(config(1, 1, 1)).is_ok());
    }

    #[test]
    fn memory_is_what_the_config_says() {
        let config = config(60, 1000, 10);
        let tracker = MassNotes::new(config).unwrap();
        // What was allocated, counted from the buckets themselves.
        let held: usize = tracker
            .buckets
            .iter()
            .map(|bucket| {
                let bucket = bucket.lock().unwrap();
                std::mem::size_of::<Mutex<Bucket>>()
                    + bucket.senders.len() * std::mem::size_of::<u64>()
                    + bucket.seen.len() * std::mem::size_of::<u32>()
            })
            .sum();
        assert_eq!(config.memory_bytes(), Some(held));
        assert_eq!(
            tracker.memory_bytes(),
            held + std::mem::size_of::<MassNotes>()
        );
        let mut huge = config;
        huge.notes = MAX_NOTES;
        huge.senders_per_note = MAX_SENDERS_PER_NOTE;
        assert!(huge.memory_bytes().is_some());
    }

    #[test]
    fn shared_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<MassNotes>();
        let tracker = MassNotes::new(config(60, 64, 64)).unwrap();
        std::thread::scope(|scope| {
            for thread in 0..4 {
                let tracker = &tracker;
                scope.spawn(move || {
                    for sender in 0..10 {
                        tracker.observe(&format!("t{thread}-{sender}"), note(1));
                    }
                });
            }
        });
        assert_eq!(
            tracker.count(note(1)),
            MassCount {
                senders: 40,
                at_most: 40
            }
        );
    }

    /// One step of a stream: a sender pastes a note, after some seconds.
    #[derive(Debug, Clone)]
    struct Paste {
        sender: u8,
        note: u8,
        after: u8,
    }

    fn pastes() -> impl Strategy<Value = Vec<Paste>> {
        prop::collection::vec(
            (0u8..12, 0u8..40, prop_oneof![4 => Just(0u8), 1 => 1u8..30]).prop_map(
                |(sender, note, after)| Paste {
                    sender,
                    note,
                    after,
                },
            ),
            1..400,
        )
    }

    proptest! {
        /// What a mass-note rule relies on: whatever the stream (notes
        /// outnumbering slots, senders outnumbering the cap, time passing),
        /// the true number of distinct senders within the window, capped at
        /// `senders_per_note`, lies within the two bounds; and with no more
        /// notes than slots, both bounds are exact.
        #[test]
        fn the_truth_lies_within_the_bounds(stream in pastes(), notes in 1usize..24, cap in 1usize..8) {
            let clock = ManualClock::new();
            let window = 20u64;
            let tracker = MassNotes::with_clock(config(window, notes, cap), &clock).unwrap();
            // note → sender → when last seen (seconds).
            let mut truth: HashMap<u8, HashMap<u8, u64>> = HashMap::new();
            let mut now = 0u64;
            for paste in &stream {
                now += u64::from(paste.after);
                clock.set(Duration::from_secs(now));
                truth.entry(paste.note).or_default().insert(paste.sender, now);
                let counted = tracker.observe(&paste.sender.to_string(), note(paste.note.into()));
                let roomy = truth.len() <= WAYS && notes <= WAYS;
                for (&n, senders) in &truth {
                    let live = senders.values().filter(|&&seen| now - seen < window).count();
                    let expected = u32::try_from(live.min(cap)).unwrap();
                    let got = tracker.count(note(n.into()));
                    prop_assert!(got.senders() <= expected, "note {} counted {:?} of {}", n, got, expected);
                    prop_assert!(got.at_most() >= expected, "note {} counted {:?} of {}", n, got, expected);
                    if roomy {
                        prop_assert!(got.is_exact() && got.senders() == expected, "note {} counted {:?} of {}", n, got, expected);
                    }
                    if n == paste.note {
                        prop_assert_eq!(counted, got);
                    }
                }
            }
        }
    }
}
