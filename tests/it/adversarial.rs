//! Disguised stock texts: a mass sender who wants `Hybrid` to accept dresses
//! the platform's text up as personal. Each disguise class has a table of
//! real-looking examples and a property test; none of them buys acceptance.

use opendoor::{Action, GreetingDetector, GreetingKind, Hybrid, NetworkingPolicy, Reason, Request};
use opendoor_testkit::stock_rows;
use proptest::prelude::*;
use proptest::sample::select;

/// Latin letters and look-alikes of other scripts (Cyrillic, Greek,
/// Armenian, Cherokee).
const LOOKALIKES: &[(char, &[char])] = &[
    ('a', &['\u{430}', '\u{3B1}']),
    ('c', &['\u{441}']),
    ('d', &['\u{501}']),
    ('e', &['\u{435}']),
    ('h', &['\u{4BB}', '\u{570}']),
    ('i', &['\u{456}', '\u{3B9}']),
    ('j', &['\u{458}']),
    ('o', &['\u{43E}', '\u{3BF}', '\u{585}']),
    ('p', &['\u{440}', '\u{3C1}']),
    ('s', &['\u{455}']),
    ('v', &['\u{3BD}']),
    ('x', &['\u{445}']),
    ('y', &['\u{443}']),
];

const INVISIBLES: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{202A}', '\u{202B}',
    '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{FE0F}',
    '\u{FE00}', '\u{180E}',
];

const STACKED: &[char] = &[
    '\u{301}', '\u{302}', '\u{303}', '\u{308}', '\u{30A}', '\u{327}', '\u{36F}',
];

fn english_stock() -> Vec<String> {
    stock_rows()
        .into_iter()
        .filter(|r| r.language == "en")
        .map(|r| r.text)
        .collect()
}

fn stranger(note: &str) -> Request {
    Request::connect("Mass Sender").with_greeting(note)
}

/// Whether a disguised note is seen through: not personal, flagged as
/// disguised, and not accepted by `Hybrid` from a stranger.
fn seen_through(note: &str, must_flag: bool) -> Result<(), String> {
    let detector = GreetingDetector::new();
    let detection = detector.detect(note);
    if detection.kind() != GreetingKind::PlatformDefault {
        return Err(format!("{note:?} is {}", detection.kind()));
    }
    if must_flag && !detection.is_disguised() {
        return Err(format!("{note:?} is not flagged as disguised"));
    }
    let decision = Hybrid::new().decide(&stranger(note));
    if decision.action() == Action::Accept {
        return Err(format!("{note:?} was accepted"));
    }
    if must_flag && !decision.has_reason(Reason::DisguisedStockText) {
        return Err(format!("{note:?}: {decision}"));
    }
    Ok(())
}

#[test]
fn homoglyphs_are_folded_and_flagged() {
    for note in [
        "I'd like to \u{430}dd you to my professional network on LinkedIn.",
        "I'd l\u{456}ke t\u{43E} add y\u{43E}u t\u{43E} my L\u{456}nked\u{406}n netw\u{43E}rk",
        "Hi! I'd like t\u{3BF} \u{3B1}dd you to my contact list",
        "Ple\u{430}se \u{430}uthorize me so I c\u{430}n \u{430}dd you to my buddy list.",
        "I'd like to add you to my ｎｅｔwork",
        "Hi Sam, I'd like to add you as a \u{441}ontact.",
    ] {
        seen_through(note, true).unwrap();
    }
}

#[test]
fn invisible_and_formatting_characters_are_dropped() {
    for (note, flagged) in [
        (
            "I'd li\u{200B}ke to add you to my Linked\u{200D}In network",
            true,
        ),
        (
            "\u{202E}I'd like to add you to my LinkedIn network\u{202C}",
            true,
        ),
        ("I'd like to add you to my net\u{00AD}work", true),
        (
            "I'd like to join your Linked\u{2066}In\u{2069} network.",
            true,
        ),
        (
            "I'd like to a\u{301}\u{302}\u{303}\u{308}dd you to my network",
            true,
        ),
        // Emoji presentation selectors after a word are ordinary.
        (
            "I'd like to add you to my LinkedIn network \u{2764}\u{FE0F}",
            false,
        ),
    ] {
        seen_through(note, flagged).unwrap();
        if !flagged {
            assert!(
                !GreetingDetector::new().detect(note).is_disguised(),
                "{note:?}"
            );
        }
    }
}

#[test]
fn padding_does_not_make_a_stock_text_personal() {
    let stock = "I'd like to add you to my LinkedIn network";
    let paddings = [
        format!("{stock}{}", " ".repeat(100_000)),
        format!("{stock} {}", "😀🙏✨".repeat(5_000)),
        format!("{stock}{}", "!?.,;:—".repeat(10_000)),
        format!("{stock}. {}", "Thanks! ".repeat(2_000)),
        format!(
            "{stock}. {}",
            "Have a great day! Best regards! ".repeat(500)
        ),
        format!("{}{stock}", "\n\n\t ".repeat(50_000)),
    ];
    for note in &paddings {
        seen_through(note, false).unwrap();
    }
}

fn disguise_letters(text: &str, picks: &[usize]) -> String {
    let mut k = 0;
    text.chars()
        .map(|c| {
            let lower = c.to_ascii_lowercase();
            match LOOKALIKES.iter().find(|(l, _)| *l == lower) {
                Some((_, alikes)) if c.is_ascii_lowercase() => {
                    k += 1;
                    let pick = picks[k % picks.len()];
                    if pick % 3 == 0 {
                        alikes[pick % alikes.len()]
                    } else {
                        c
                    }
                }
                _ => c,
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_homoglyph_substitution_is_seen_through(
        text in select(english_stock()),
        picks in proptest::collection::vec(0usize..300, 4..20),
    ) {
        let note = disguise_letters(&text, &picks);
        let must_flag = note != text;
        prop_assert!(seen_through(&note, must_flag).is_ok(), "{}", seen_through(&note, must_flag).unwrap_err());
    }

    #[test]
    fn any_invisible_insertion_is_seen_through(
        text in select(stock_rows().into_iter().map(|r| r.text).collect::<Vec<_>>()),
        picks in proptest::collection::vec(0usize..1000, 4..30),
    ) {
        let mut note = String::new();
        for (i, c) in text.chars().enumerate() {
            note.push(c);
            let pick = picks[i % picks.len()];
            if pick % 4 == 0 {
                note.push(INVISIBLES[pick % INVISIBLES.len()]);
            } else if pick % 4 == 1 && c.is_alphabetic() {
                for k in 0..(pick % 5) {
                    note.push(STACKED[(pick + k) % STACKED.len()]);
                }
            }
        }
        prop_assert!(seen_through(&note, false).is_ok(), "{}", seen_through(&note, false).unwrap_err());
    }

    #[test]
    fn any_padding_is_seen_through(
        text in select(stock_rows().into_iter().map(|r| r.text).collect::<Vec<_>>()),
        pad in select(&[" ", "\n", "!", "…", "😀", "🙏🏽", "—", "*", " Thanks!", " Best regards!", " Have a great day!"][..]),
        times in 1usize..3000,
        before in any::<bool>(),
    ) {
        let padding = pad.repeat(times);
        let note = if before && pad.trim().chars().all(|c| !c.is_alphabetic()) {
            format!("{padding}{text}")
        } else {
            format!("{text}{padding}")
        };
        prop_assert!(seen_through(&note, false).is_ok(), "{}", seen_through(&note, false).unwrap_err());
    }

    /// Printable ASCII is never a disguise. Not an ampersand: an entity
    /// spells any character, and one that spells a look-alike of another
    /// script inside a word is a disguise like the character itself
    /// (`C&nu;`, "Cν"; CI's fuzz of this test once drew "mN{C&nU;").
    #[test]
    fn plain_text_is_never_flagged(note in "[ -%'-~]{0,200}") {
        prop_assert!(!GreetingDetector::new().detect(&note).is_disguised(), "{:?}", note);
    }
}

/// A look-alike letter of another script spelled as an entity inside a
/// word is seen as the letter is (see `plain_text_is_never_flagged`).
#[test]
fn a_look_alike_spelled_as_an_entity_is_a_disguise() {
    let detector = GreetingDetector::new();
    for note in ["C&nu;", "C&nU;", "C&alpha;"] {
        assert!(detector.detect(note).is_disguised(), "{note:?}");
    }
    assert!(!detector.detect("Q&A, R&D &amp; more").is_disguised());
}
