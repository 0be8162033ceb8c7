//! The detector on arbitrary bytes (as lossy UTF-8): never panics, is
//! deterministic, agrees with `Greeting::is_empty`, and reads a note in
//! capitals as in small letters. (The note as written may read otherwise:
//! a signature's name words share their case, and a listed given name is a
//! first name when capitalised.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use opendoor::{Greeting, GreetingDetector, GreetingKind};

fuzz_target!(|data: &[u8]| {
    let note = String::from_utf8_lossy(data);
    let detector = GreetingDetector::new();
    let detection = detector.detect(&note);
    assert_eq!(detector.classify(&note), detection.kind(), "deterministic");
    assert_eq!(
        detection.kind() == GreetingKind::Empty,
        Greeting::new(note.as_ref()).is_empty(),
        "Empty agrees with Greeting::is_empty"
    );
    if detection.kind().is_personal() {
        assert!(!detection.is_disguised());
    }
    if !note.contains('&') {
        let (small, capitals) = (note.to_lowercase(), note.to_uppercase());
        // Where capitals are the same letters ("ŉ" becomes "ʼN": two).
        if capitals.to_lowercase() == small {
            assert_eq!(
                detector.classify(&capitals),
                detector.classify(&small),
                "upper and lower case"
            );
        }
    }
});
