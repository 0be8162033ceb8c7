//! Invariants of the detector that users rely on.

use opendoor::{GreetingDetector, GreetingKind};
use opendoor_testkit::{SPECIFIC_SENTENCES, labelled_notes, stock_rows};
use proptest::prelude::*;
use proptest::sample::select;

/// Realistic notes of every kind, plus printable noise.
fn note() -> impl Strategy<Value = String> {
    let mut pool: Vec<String> = stock_rows().into_iter().map(|r| r.text).collect();
    pool.extend(labelled_notes().into_iter().map(|r| r.2));
    pool.extend(SPECIFIC_SENTENCES.iter().map(|s| (*s).to_owned()));
    let pool2 = pool.clone();
    prop_oneof![
        select(pool.clone()),
        (select(pool), select(pool2)).prop_map(|(a, b)| format!("{a}\n\n{b}")),
        "\\PC{0,80}",
    ]
}

const SPACES: &[&str] = &[" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "  ", " \t "];
const APOSTROPHES: &[char] = &['\'', '’', '‘', '`', '´', 'ʼ'];
const INVISIBLE: &[char] = &['\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{2060}'];

/// Replaces every run of horizontal whitespace with runs drawn from `picks`.
fn respace(text: &str, picks: &[usize]) -> String {
    let mut out = String::new();
    let mut run = false;
    let mut k = 0;
    for c in text.chars() {
        // Line breaks of every kind are structure; only horizontal
        // whitespace is decoration.
        if c.is_whitespace()
            && !matches!(
                c,
                '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
            )
        {
            if !run {
                out.push_str(SPACES[picks[k % picks.len()] % SPACES.len()]);
                k += 1;
            }
            run = true;
        } else {
            run = false;
            out.push(c);
        }
    }
    out
}

fn requote(text: &str, picks: &[usize]) -> String {
    let mut k = 0;
    text.chars()
        .map(|c| {
            if APOSTROPHES.contains(&c) {
                k += 1;
                APOSTROPHES[picks[k % picks.len()] % APOSTROPHES.len()]
            } else {
                c
            }
        })
        .collect()
}

fn sprinkle(text: &str, picks: &[usize]) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if let Some(&p) = picks.get(i % (picks.len() + 1)).filter(|&&p| p % 3 == 0) {
            out.push(INVISIBLE[p % INVISIBLE.len()]);
        }
        out.push(c);
    }
    out
}

/// A specific sentence of six or more words that is not a pleasantry.
fn specific_sentence() -> impl Strategy<Value = String> {
    const SUBJECTS: &[&str] = &["I", "We", "My team", "Our lab", "Your colleague Dana"];
    const VERBS: &[&str] = &[
        "met you",
        "read your report",
        "saw your demo",
        "worked with Priya",
        "heard your podcast",
    ];
    const PLACES: &[&str] = &[
        "in Nairobi",
        "at FOSDEM",
        "at the Oslo meetup",
        "during the Geneva workshop",
        "on the Rustacean Station",
    ];
    const TIMES: &[&str] = &[
        "last spring",
        "in 2019",
        "on Tuesday",
        "two weeks ago",
        "during the pandemic",
    ];
    const TOPICS: &[&str] = &[
        "about supply chains",
        "about vector databases",
        "on glacier monitoring",
        "on payroll fraud",
        "about sourdough",
    ];
    (
        select(SUBJECTS),
        select(VERBS),
        select(PLACES),
        select(TIMES),
        select(TOPICS),
    )
        .prop_map(|(s, v, p, t, o)| format!("{s} {v} {o} {p} {t}."))
}

/// Decorations that keep a stock text a stock text, applied in a fixed
/// order (an entity encoding last, so nothing is inserted inside one).
fn decorate(text: &str, language: &str, mask: u16, picks: &[usize]) -> String {
    let mut t = text.to_owned();
    if mask & 1 != 0 {
        t = t.to_uppercase();
    }
    if mask & 2 != 0 {
        t = t.to_lowercase();
    }
    if mask & 4 != 0 {
        t = requote(&t, picks);
    }
    if mask & 8 != 0 {
        t = t
            .chars()
            .map(|c| match c {
                '!'..='~' if c.is_ascii_alphanumeric() => {
                    char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
                }
                c => c,
            })
            .collect();
    }
    if mask & 16 != 0 {
        t = t
            .trim_end_matches(['.', '!', '?', '。', '।', '۔', '؟'])
            .to_owned()
            + ["", "!!", " :)", "..."][picks[0] % 4];
    }
    if mask & 32 != 0 {
        let greeting = match language {
            "fr" => ["Bonjour", "Salut", "Bonsoir"],
            "es" => ["Hola", "Buenos días", "Estimado"],
            "de" => ["Hallo", "Guten Tag", "Liebe"],
            "it" => ["Ciao", "Salve", "Buongiorno"],
            "ru" | "uk" | "be" => ["Привет", "Здравствуйте", "Добрый день"],
            "ja" => ["こんにちは", "こんばんは", "はじめまして"],
            _ => ["Hi", "Hello", "Dear"],
        }[picks[1 % picks.len()] % 3];
        let name = ["", " Sam", " Sam Lee", " María José Núñez"][picks[2 % picks.len()] % 4];
        let sep = [", ", "! ", ",\n\n", " ", " - "][picks[3 % picks.len()] % 5];
        t = format!("{greeting}{name}{sep}{t}");
    }
    if mask & 64 != 0 {
        let signature = [
            "\n- Ana",
            " – Ana Lima",
            "\n\nBest regards,\nAna Lima",
            "\n\nAna Lima\nSenior Product Manager at Acme Corp",
            " Thanks!",
            "\n\nHave a great day!",
            "\nCheers, Ana",
            "\n\nKind regards,\nAna Lima\nFounder, Lima Labs",
        ][picks[4 % picks.len()] % 8];
        t.push_str(signature);
    }
    if mask & 128 != 0 {
        t = respace(&t, picks);
    }
    if mask & 256 != 0 {
        t = sprinkle(&t, picks);
    }
    if mask & 512 != 0 {
        t = t
            .replace('\'', "&#39;")
            .replace('&', "&amp;")
            .replace("&amp;#39;", "&#39;")
            .replace(' ', "&nbsp;");
    }
    t
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn decorated_stock_texts_stay_platform_defaults(
        row in select(stock_rows()),
        mask in 0u16..1024,
        picks in proptest::collection::vec(0usize..1000, 8),
    ) {
        let note = decorate(&row.text, &row.language, mask, &picks);
        let detector = GreetingDetector::new();
        let detection = detector.detect(&note);
        prop_assert_eq!(detection.kind(), GreetingKind::PlatformDefault, "{:?} from {:?} ({})", note, row.text, row.platform);
    }

    #[test]
    fn a_specific_sentence_makes_a_stock_text_personal(
        row in select(stock_rows()),
        sentence in specific_sentence(),
        mask in 0u16..1024,
        picks in proptest::collection::vec(0usize..1000, 8),
        before in any::<bool>(),
    ) {
        let stock = decorate(&row.text, &row.language, mask & !64, &picks);
        let note = if before { format!("{sentence} {stock}") } else { format!("{stock} {sentence}") };
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }
}

proptest! {
    #[test]
    fn case_never_matters(note in note()) {
        let detector = GreetingDetector::new();
        let kind = detector.classify(&note);
        prop_assert_eq!(detector.classify(&note.to_uppercase()), kind, "upper case of {:?}", note);
        prop_assert_eq!(detector.classify(&note.to_lowercase()), kind, "lower case of {:?}", note);
    }

    #[test]
    fn horizontal_whitespace_never_matters(note in note(), picks in proptest::collection::vec(0usize..100, 1..8)) {
        let detector = GreetingDetector::new();
        let respaced = respace(&note, &picks);
        prop_assert_eq!(detector.classify(&respaced), detector.classify(&note), "{:?} vs {:?}", note, respaced);
    }

    #[test]
    fn apostrophe_style_never_matters(note in note(), picks in proptest::collection::vec(0usize..100, 1..8)) {
        let detector = GreetingDetector::new();
        let requoted = requote(&note, &picks);
        prop_assert_eq!(detector.classify(&requoted), detector.classify(&note), "{:?} vs {:?}", note, requoted);
    }

    #[test]
    fn zero_width_characters_never_matter(note in note().prop_filter("no entities", |n| !n.contains('&')), picks in proptest::collection::vec(0usize..100, 1..12)) {
        let detector = GreetingDetector::new();
        let sprinkled = sprinkle(&note, &picks);
        prop_assert_eq!(detector.classify(&sprinkled), detector.classify(&note), "{:?} vs {:?}", note, sprinkled);
    }

    #[test]
    fn empty_means_nothing_visible(note in "[ \t\n\u{A0}\u{200B}\u{FEFF}\u{2060}\u{202E}]{0,20}", extra in "\\PC?") {
        let detector = GreetingDetector::new();
        prop_assert_eq!(detector.classify(&note), GreetingKind::Empty);
        let with = format!("{note}{extra}");
        prop_assert_eq!(detector.classify(&with) == GreetingKind::Empty, opendoor::Greeting::new(with.clone()).is_empty(), "{:?}", with);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn classify_is_total_on_large_arbitrary_input(chars in proptest::collection::vec(any::<char>(), 0..262_144)) {
        let note: String = chars.into_iter().collect();
        let detector = GreetingDetector::new();
        let first = detector.classify(&note);
        prop_assert_eq!(detector.classify(&note), first, "deterministic");
    }
}
