//! Building detectors from user input: every bad entry is a named error.

use opendoor::{BuildErrorKind, GreetingDetector, GreetingKind};

#[test]
fn custom_stock_texts_are_detected_with_their_platform() {
    let detector = GreetingDetector::builder()
        .stock_text(
            "Acme Chat",
            "sv",
            "Hej {recipient}! Vill du bli min vän på Acme?",
        )
        .build()
        .unwrap();
    let detection = detector.detect("HEJ KARIN!!\nvill du bli min vän på acme");
    assert_eq!(detection.kind(), GreetingKind::PlatformDefault);
    assert_eq!(detection.platform(), Some("Acme Chat"));
    assert_eq!(detection.language(), Some("sv"));
    // The built-in catalog is still there.
    assert_eq!(
        detector.detect("Join my network on LinkedIn").platform(),
        Some("LinkedIn (email subject)")
    );
}

#[test]
fn an_empty_catalog_knows_no_stock_text() {
    let detector = GreetingDetector::builder()
        .built_in_catalog(false)
        .build()
        .unwrap();
    assert_eq!(
        detector.classify("I'd like to add you to my professional network on LinkedIn."),
        GreetingKind::GenericTemplate
    );
}

#[test]
fn bad_stock_texts_are_named() {
    let err = GreetingDetector::builder()
        .stock_text("X", "en", "Hi {name}")
        .build()
        .unwrap_err();
    assert!(
        err.kind() == BuildErrorKind::UnknownSlot
            && err.slot() == Some("{name}")
            && err.input() == "Hi {name}",
        "{err:?}"
    );
    let err = GreetingDetector::builder()
        .stock_text("X", "en", "  {sender} ! ")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "stock text \"  {sender} ! \" (X, en) has no words to match"
    );
    let err = GreetingDetector::builder()
        .stock_texts_tsv("X\ten\tok\nY\t\ttext\n")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "catalog line 2: platform and language must not be empty"
    );
}

#[test]
fn bad_patterns_are_named_and_never_panic() {
    let err = GreetingDetector::builder()
        .generic_pattern("hello")
        .generic_pattern("(unclosed")
        .build()
        .unwrap_err();
    assert!(
        err.kind() == BuildErrorKind::InvalidPattern && err.input() == "(unclosed",
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with("generic-template pattern \"(unclosed\" is invalid"),
        "{err}"
    );
}

#[test]
fn patterns_see_the_normalised_sentence() {
    let detector = GreetingDetector::builder()
        .generic_pattern(r"im (?:a|an) \w+ looking for opportunities")
        .build()
        .unwrap();
    assert_eq!(
        detector.classify("Hi Sam! I’m a QUANT looking for opportunities.\nBest, Jo"),
        GreetingKind::GenericTemplate
    );
    assert_eq!(
        detector.classify("I'm a quant looking for opportunities at Jane Street."),
        GreetingKind::Personal
    );
}

#[test]
fn vocabulary_entries_must_hold_a_word() {
    for word in ["", " ", "!!!"] {
        let err = GreetingDetector::builder()
            .generic_word(word)
            .build()
            .unwrap_err();
        assert!(
            err.kind() == BuildErrorKind::InvalidWord
                && err.input() == word
                && err.to_string().starts_with("generic word"),
            "{word:?}"
        );
    }
    // Several words, or several characters of a script without spaces, are
    // a phrase, matched whole.
    let detector = GreetingDetector::builder()
        .generic_word("circle back")
        .generic_word("多多关照")
        .build()
        .unwrap();
    assert_eq!(
        detector.classify("Hi! Let's circle back"),
        GreetingKind::GenericTemplate
    );
    assert_eq!(
        detector.classify("Hi! Let's circle Berlin"),
        GreetingKind::Personal
    );
    assert_eq!(
        detector.classify("你好，请多多关照"),
        GreetingKind::GenericTemplate
    );
}
