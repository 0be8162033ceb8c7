//! A detector with a memo of repeats answers exactly as one without: same
//! kind, same catalog entry, same disguise flag, whatever the order of the
//! notes, the size of the table or the other detectors on the thread.

use opendoor::{Detection, GreetingDetector, GreetingKind};
use opendoor_testkit::{corpus, labelled_notes};
use proptest::prelude::*;
use proptest::sample::select;

/// What a detection says, as a comparable value.
fn said(detection: &Detection<'_>) -> (GreetingKind, Option<String>, bool) {
    (
        detection.kind(),
        detection.stock_text().map(|s| s.text().to_owned()),
        detection.is_disguised(),
    )
}

/// Labelled notes and both bench corpora: every kind, many repeats.
fn pool() -> Vec<String> {
    let mut notes: Vec<String> = labelled_notes().into_iter().map(|n| n.2).collect();
    notes.extend(corpus::english_mix(2_000, 11).into_iter().map(|n| n.0));
    notes.extend(corpus::notes(2_000, 12).into_iter().map(|n| n.0));
    notes
}

/// A detector of its own catalog, which reads the built-in one's stock
/// texts differently: sharing a thread's table must not mix their verdicts.
/// (Built once: a build costs far more than a case.)
fn other() -> GreetingDetector {
    static OTHER: std::sync::LazyLock<GreetingDetector> = std::sync::LazyLock::new(|| {
        GreetingDetector::builder()
            .built_in_catalog(false)
            .stock_text("Acme", "en", "Join me on Acme")
            .build()
            .unwrap()
    });
    OTHER.clone()
}

#[test]
fn every_note_twice_gets_the_verdict_of_a_detector_without_one() {
    let plain = GreetingDetector::new();
    let cached = GreetingDetector::new().with_repeat_cache(4096);
    let notes = pool();
    for round in 0..2 {
        for note in &notes {
            assert_eq!(
                said(&cached.detect(note)),
                said(&plain.detect(note)),
                "round {round}: {note:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Small tables (every note evicts another) and a second detector
    /// interleaved on the same thread.
    #[test]
    fn a_memo_never_changes_a_verdict(
        picks in proptest::collection::vec((0usize..1_000_000, any::<bool>()), 1..200),
        slots in select(&[1usize, 2, 3, 8, 64]),
        other_slots in select(&[0usize, 1, 16, 4096]),
    ) {
        static POOL: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(pool);
        // A few notes, so that they repeat.
        let notes: Vec<&String> = POOL.iter().step_by(POOL.len() / 23).collect();
        let (plain, plain_other) = (GreetingDetector::new(), other());
        let cached = GreetingDetector::new().with_repeat_cache(slots);
        let cached_other = other().with_repeat_cache(other_slots);
        for (pick, use_other) in picks {
            let note = notes[pick % notes.len()];
            let (a, b) = if use_other { (&cached_other, &plain_other) } else { (&cached, &plain) };
            prop_assert_eq!(said(&a.detect(note)), said(&b.detect(note)), "{:?}", note);
        }
    }
}

#[test]
fn the_table_size_is_a_bounded_power_of_two() {
    let d = GreetingDetector::new();
    assert_eq!(d.repeat_cache_slots(), 0);
    let sizes = [(0, 0), (1, 1), (3, 4), (1000, 1024), (16_384, 16_384)];
    for (asked, got) in sizes {
        assert_eq!(d.clone().with_repeat_cache(asked).repeat_cache_slots(), got);
    }
    assert_eq!(
        d.clone().with_repeat_cache(usize::MAX).repeat_cache_slots(),
        16_384
    );
    assert!(format!("{:?}", d.with_repeat_cache(8)).contains("repeat_cache: 8"));
}

#[test]
fn long_notes_are_read_every_time_and_agree() {
    let plain = GreetingDetector::new();
    let cached = GreetingDetector::new().with_repeat_cache(16);
    let long = format!(
        "I'd like to add you to my professional network on LinkedIn.\n\n{}",
        "We met at the Rust meetup in Lagos. ".repeat(100)
    );
    for _ in 0..3 {
        assert_eq!(cached.classify(&long), plain.classify(&long));
    }
    assert_eq!(cached.classify(&long), GreetingKind::Personal);
}
