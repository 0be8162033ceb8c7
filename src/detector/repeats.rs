//! A thread's memo of recent verdicts, for detectors that ask for one
//! ([`GreetingDetector::with_repeat_cache`](super::GreetingDetector::with_repeat_cache)).
//!
//! A real inbox stream repeats itself: a sales campaign pastes one note into
//! thousands of requests, a platform sends one decorated stock text with
//! every invitation of a user. The engine already answers the stock texts
//! as catalogued from a memo of its own; this one keeps the last notes read,
//! whatever they were, so a repeat costs a hash and a comparison instead of
//! a read. It is direct-mapped (a slot per hash, the newest note wins), so
//! a lookup is one probe, and its memory is fixed when it is made: each slot
//! has room for one note of at most [`MAX_NOTE`] bytes, so filling it never
//! allocates.

use std::hash::BuildHasher;

use foldhash::fast::FixedState;

/// The longest note kept. Longer ones are rare and seldom repeated, and
/// copying them would cost more than a read saves on a miss.
pub(crate) const MAX_NOTE: usize = 1024;

/// The most slots a detector may ask for (16 MiB of notes at most).
pub(crate) const MAX_SLOTS: usize = 1 << 14;

/// The slots a detector asking for `slots` gets: 0 for none, else a power
/// of two, at most [`MAX_SLOTS`].
pub(crate) fn slots(slots: usize) -> usize {
    match slots {
        0 => 0,
        n => n.min(MAX_SLOTS).next_power_of_two(),
    }
}

/// The bytes a table of `slots` holds (its notes' room and its entries).
pub(crate) const fn bytes<V>(slots: usize) -> usize {
    slots * (MAX_NOTE + std::mem::size_of::<Entry<V>>())
}

/// The memo: one table per thread, shared by every detector used on it and
/// made anew, empty, when one asks for more slots than it has.
#[derive(Debug)]
pub(crate) struct Repeats<V> {
    entries: Vec<Entry<V>>,
    /// Room for each slot's note, [`MAX_NOTE`] bytes apiece, allocated
    /// zeroed with the table (so the pages are the system's until used).
    notes: Vec<u8>,
}

impl<V> Default for Repeats<V> {
    fn default() -> Self {
        Repeats {
            entries: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// One slot: the last note that hashed to it (its length; the bytes are in
/// `Repeats::notes`), and the verdict of the engine that read it.
#[derive(Debug)]
struct Entry<V> {
    /// Which engine read the note (see [`Repeats::get`]).
    engine: u64,
    hash: u64,
    len: u16,
    verdict: Option<V>,
}

const _: () = assert!(MAX_NOTE <= u16::MAX as usize);

impl<V> Default for Entry<V> {
    fn default() -> Self {
        Entry {
            engine: 0,
            hash: 0,
            len: 0,
            verdict: None,
        }
    }
}

/// Where a note goes in a table of some size, and the check of its slot.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Key {
    hash: u64,
}

impl Key {
    /// The key of `note`, or `None` for a note too long to keep.
    pub(crate) fn of(note: &str) -> Option<Key> {
        (note.len() <= MAX_NOTE).then(|| Key {
            hash: FixedState::default().hash_one(note),
        })
    }

    /// The slot of this key in a table of `slots` (a power of two).
    fn index(self, slots: usize) -> usize {
        // The high bits: foldhash mixes them best.
        (self.hash >> 32) as usize & (slots - 1)
    }
}

impl<V: Copy> Repeats<V> {
    /// The verdict `engine` gave `note` (whose key is `key`), if it is the
    /// last note of its slot in a table of `slots`.
    pub(crate) fn get(&self, engine: u64, slots: usize, key: Key, note: &str) -> Option<V> {
        let index = key.index(slots);
        let entry = self.entries.get(index)?;
        let room = index * MAX_NOTE;
        let kept = &self.notes[room..room + usize::from(entry.len)];
        if entry.engine == engine && entry.hash == key.hash && kept == note.as_bytes() {
            entry.verdict
        } else {
            None
        }
    }

    /// Keeps `verdict` as `engine`'s for `note` (whose key is `key`, so at
    /// most [`MAX_NOTE`] bytes) in a table of `slots` (a power of two, at
    /// most [`MAX_SLOTS`]), in place of the slot's last note.
    pub(crate) fn insert(&mut self, engine: u64, slots: usize, key: Key, note: &str, verdict: V) {
        debug_assert!(slots.is_power_of_two() && slots <= MAX_SLOTS && note.len() <= MAX_NOTE);
        if self.entries.len() < slots {
            // Made anew: `vec!` of zeros asks the allocator for zeroed
            // memory, which it need not touch.
            self.entries = (0..slots).map(|_| Entry::default()).collect();
            self.notes = vec![0; slots * MAX_NOTE];
        }
        let index = key.index(slots);
        let room = index * MAX_NOTE;
        self.notes[room..room + note.len()].copy_from_slice(note.as_bytes());
        self.entries[index] = Entry {
            engine,
            hash: key.hash,
            // At most MAX_NOTE (see the assertion above).
            len: note.len() as u16,
            verdict: Some(verdict),
        };
    }

    /// The bytes the table holds on to.
    #[cfg(test)]
    pub(crate) fn footprint(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry<V>>() + self.notes.capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_answered_for_the_engine_that_read_it_until_its_slot_is_taken() {
        let mut repeats = Repeats::default();
        let (a, b) = ("Let's connect!", "Grow your network");
        let (ka, kb) = (Key::of(a).unwrap(), Key::of(b).unwrap());
        assert_eq!(repeats.get(1, 1, ka, a), None);
        repeats.insert(1, 1, ka, a, 'a');
        assert_eq!(repeats.get(1, 1, ka, a), Some('a'));
        // Another engine, another note: not answered.
        assert_eq!(repeats.get(2, 1, ka, a), None);
        assert_eq!(repeats.get(1, 1, kb, b), None);
        // One slot: the newest note takes it, and a shorter note is not
        // the prefix of the longer one that was there.
        repeats.insert(1, 1, kb, b, 'b');
        assert_eq!(repeats.get(1, 1, ka, a), None);
        assert_eq!(repeats.get(1, 1, kb, b), Some('b'));
        let c = "Grow";
        repeats.insert(1, 1, Key::of(c).unwrap(), c, 'c');
        assert_eq!(repeats.get(1, 1, kb, b), None);
        assert_eq!(repeats.get(1, 1, Key::of(c).unwrap(), c), Some('c'));
    }

    #[test]
    fn detectors_of_different_sizes_share_the_table() {
        let notes: Vec<String> = (0..64).map(|i| format!("note {i}")).collect();
        let mut repeats = Repeats::default();
        for note in &notes {
            repeats.insert(7, 1024, Key::of(note).unwrap(), note, note.len());
        }
        let kept = |repeats: &Repeats<usize>, engine, slots| {
            notes
                .iter()
                .filter(|n| repeats.get(engine, slots, Key::of(n).unwrap(), n) == Some(n.len()))
                .count()
        };
        // 64 notes in 1024 slots: nearly all kept (a collision loses one).
        assert!(kept(&repeats, 7, 1024) >= 56);
        // An engine asking for 4 slots uses the first 4 of the table and
        // finds what it put there, never engine 7's notes.
        assert_eq!(kept(&repeats, 8, 4), 0);
        let last = &notes[63];
        repeats.insert(8, 4, Key::of(last).unwrap(), last, last.len());
        assert_eq!(kept(&repeats, 8, 4), 1);
        // One asking for more makes the table anew, empty.
        repeats.insert(9, 2048, Key::of(last).unwrap(), last, last.len());
        assert_eq!(kept(&repeats, 7, 1024), 0);
        assert_eq!(kept(&repeats, 9, 2048), 1);
    }

    #[test]
    fn long_notes_are_not_kept() {
        assert!(Key::of(&"x".repeat(MAX_NOTE)).is_some());
        assert!(Key::of(&"x".repeat(MAX_NOTE + 1)).is_none());
    }

    #[test]
    fn memory_is_fixed_by_the_slots() {
        let mut repeats = Repeats::default();
        for i in 0..10_000 {
            let note = format!("{i} {}", "y".repeat(i % MAX_NOTE));
            if let Some(key) = Key::of(&note) {
                repeats.insert(1, 256, key, &note, ());
            }
        }
        assert_eq!(repeats.footprint(), bytes::<()>(256));
    }

    #[test]
    fn slots_are_a_bounded_power_of_two() {
        let cases = [(0, 0), (1, 1), (3, 4), (1000, 1024), (MAX_SLOTS, MAX_SLOTS)];
        for (asked, got) in cases {
            assert_eq!(slots(asked), got);
        }
        assert_eq!(slots(usize::MAX), MAX_SLOTS);
    }
}
