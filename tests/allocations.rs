//! The hot path allocates nothing in steady state: classifying a note,
//! fingerprinting it and every built-in `decide`, over 100,000 varied
//! requests, once the per-thread buffers have grown (with a memo of
//! repeats too, once its table has); a mass-note tracker allocates nothing
//! after construction, over 10 million unique notes.
//!
//! A counting global allocator counts this thread's allocations only, so
//! other tests running in parallel cannot disturb the count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use opendoor::{
    Action, Closed, GreetingDetector, Hybrid, MassNotes, MassNotesConfig, NetworkingPolicy,
    NoteFingerprint, Open, Rules, Tally,
};
use opendoor_testkit::corpus;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

struct Counting;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// only addition is a thread-local counter that never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn allocations() -> u64 {
    ALLOCATIONS.with(Cell::get)
}

#[test]
fn classify_and_decide_allocate_nothing_in_steady_state() {
    let requests = corpus::requests(100_000, 7);
    let detector = GreetingDetector::new();
    let (open, closed, hybrid) = (Open::new(), Closed::new(), Hybrid::new());
    let strict = Hybrid::builder().min_mutual_connections(u32::MAX).build();
    let rules = Rules::builder()
        .blocked_users(["*bot*", "@spam:*"])
        .ignored_servers(["*.example.org"])
        .not_following(Action::Hold)
        .platform_default_note(Action::Ignore)
        .strangers(Action::FollowUp)
        .build();
    let mut decisions = Vec::with_capacity(requests.len());

    // Warm up: let the thread-local buffers (and the regex caches of the
    // rules) grow to the largest note.
    for request in &requests {
        let _ = detector.detect(request.greeting().as_str());
        let _ = detector.fingerprint(request.greeting().as_str());
        let _ = rules.decide(request);
    }

    // The counter sees this thread's allocations.
    let probe = allocations();
    drop(std::hint::black_box(String::from("counted")));
    assert_eq!(
        allocations(),
        probe + 1,
        "the counting allocator is not installed"
    );

    let before = allocations();
    let mut tally = Tally::new();
    for request in &requests {
        let note = request.greeting().as_str();
        let _ = detector.classify(note);
        let _ = detector.detect(note).platform();
        let _ = detector.fingerprint(note);
        for decision in [
            open.decide(request),
            closed.decide(request),
            hybrid.decide(request),
            strict.decide(request),
            rules.decide(request),
        ] {
            tally.record(decision);
        }
    }
    hybrid.decide_into(&requests, &mut decisions);
    tally += hybrid.tally(&requests);
    let during = allocations() - before;

    assert_eq!(decisions.len(), requests.len());
    assert_eq!(tally.total(), 6 * requests.len() as u64);
    assert_eq!(
        during,
        0,
        "{during} allocations over {} requests",
        requests.len()
    );
}

/// A detector with a memo of repeats allocates its thread's table once:
/// after one note, a stream of 100,000 other notes (hits and misses, notes
/// of every length) allocates nothing.
#[test]
fn a_memo_of_repeats_allocates_nothing_once_made() {
    let stream = |seed| {
        corpus::english_mix(50_000, seed)
            .into_iter()
            .chain(corpus::notes(50_000, seed + 1))
            .map(|n| n.0)
    };
    let detector = GreetingDetector::new().with_repeat_cache(1024);
    // Warm up the other buffers on a first stream.
    for note in stream(9) {
        let _ = detector.detect(&note);
    }
    let notes: Vec<String> = stream(20).collect();
    let before = allocations();
    for note in &notes {
        let _ = detector.classify(note);
    }
    let during = allocations() - before;
    assert_eq!(
        during,
        0,
        "{during} allocations over {} new notes",
        notes.len()
    );
}

#[test]
fn a_mass_note_tracker_keeps_its_memory_under_ten_million_unique_notes() {
    let mut config = MassNotesConfig::default();
    config.notes = 1024;
    config.senders_per_note = 8;
    let tracker = MassNotes::new(config).unwrap();
    let memory = tracker.memory_bytes();
    let senders: Vec<String> = (0..64).map(|s| format!("@sender{s}:example.org")).collect();
    let before = allocations();
    for note in 0..10_000_000u64 {
        let sender = &senders[(note % 64) as usize];
        let _ = tracker.observe(sender, NoteFingerprint::from_u64(note));
    }
    let during = allocations() - before;
    assert_eq!(during, 0, "{during} allocations");
    assert_eq!(tracker.memory_bytes(), memory);
}

/// The columnar kernel refills one request per row: a batch's allocations
/// are the output buffers' growth, not a few per row.
#[cfg(feature = "arrow")]
#[test]
fn decide_batch_allocates_per_batch_not_per_row() {
    let hybrid = Hybrid::new();
    let small = opendoor_testkit::batch(&corpus::requests(1_000, 3));
    let large = opendoor_testkit::batch(&corpus::requests(100_000, 3));
    // Warm the detector's buffers on the longest notes.
    let _ = opendoor::columns::decide_batch(&hybrid, &large).unwrap();
    let count = |batch| {
        let before = allocations();
        let decided = opendoor::columns::decide_batch(&hybrid, batch).unwrap();
        let during = allocations() - before;
        drop(decided);
        during
    };
    let (few, many) = (count(&small), count(&large));
    assert!(
        many < few + 100,
        "{few} allocations for 1,000 rows, {many} for 100,000"
    );
}
