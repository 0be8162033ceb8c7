//! English contractions: "I'd" and "I would" spell the same stock text.
//!
//! Platforms' English texts are written with contractions in one version
//! and without in another ("I'd like to add you to my contact list",
//! Gajim's "I would like to add you to my contact list."), and people
//! quote them either way: the career coach of this crate's README calls
//! LinkedIn's "I'd like to add you to my LinkedIn network" "I would like
//! to add you to my LinkedIn network". Neither spelling says anything the
//! other does not, so the catalog matches each English text in both
//! ([`respellings`]), a caller's own English texts too. The pairs are
//! those an invitation is written with, each with the one expansion it
//! has there ("I'd like" is "I would like", never "I had like"); a
//! contraction of "is" or "has" ("it's") has two, so none is listed.

/// Contractions and what they stand for, lower-case, apostrophe `'`.
const CONTRACTIONS: &[(&str, &str)] = &[
    ("i'm", "i am"),
    ("i'd", "i would"),
    ("i've", "i have"),
    ("i'll", "i will"),
    ("you're", "you are"),
    ("you've", "you have"),
    ("you'll", "you will"),
    ("you'd", "you would"),
    ("we're", "we are"),
    ("we've", "we have"),
    ("we'll", "we will"),
    ("we'd", "we would"),
    ("they're", "they are"),
    ("let's", "let us"),
    ("don't", "do not"),
    ("doesn't", "does not"),
    ("didn't", "did not"),
    ("isn't", "is not"),
    ("aren't", "are not"),
    ("wasn't", "was not"),
    ("haven't", "have not"),
    ("hasn't", "has not"),
    ("won't", "will not"),
    ("wouldn't", "would not"),
    ("couldn't", "could not"),
    ("shouldn't", "should not"),
    ("can't", "cannot"),
];

/// Sites beyond which only the two uniform spellings are made (every
/// contraction expanded, every pair contracted) rather than every mix:
/// 2⁴ − 1 other spellings at most. (The catalog's longest English text
/// has four.)
const MIXED_SITES: usize = 4;

/// Whether a catalog row's language is English ("en", "en-GB", "en_US").
pub(crate) fn is_english(language: &str) -> bool {
    let bytes = language.as_bytes();
    bytes.len() >= 2
        && bytes[..2].eq_ignore_ascii_case(b"en")
        && matches!(bytes.get(2), None | Some(b'-' | b'_'))
}

/// One place where the text can be spelled the other way: its byte range
/// in the lower-cased text, what to write there instead, and whether it
/// is written contracted.
struct Site {
    start: usize,
    end: usize,
    other: &'static str,
    contracted: bool,
}

/// The other spellings of the English text `text`, lower-cased: each
/// contraction expanded or each expandable pair contracted, in every mix
/// when it has at most four such places, else the two uniform ones (every
/// contraction written out; every pair contracted). Empty when it has
/// none. Slots (`{sender}`) and punctuation are kept.
///
/// # Examples (crate-internal)
///
/// `"I'd like to add you"` → `["i would like to add you"]`;
/// `"Hello, I am {sender}. I would like …"` → the three other mixes.
pub(crate) fn respellings(text: &str) -> Vec<String> {
    let lower = text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
    let sites = sites(&lower);
    let spell = |flip: &dyn Fn(usize, &Site) -> bool| {
        let mut out = String::with_capacity(lower.len() + 8);
        let mut at = 0;
        for (k, site) in sites.iter().enumerate() {
            if flip(k, site) {
                out.push_str(&lower[at..site.start]);
                out.push_str(site.other);
                at = site.end;
            }
        }
        out.push_str(&lower[at..]);
        out
    };
    if sites.len() <= MIXED_SITES {
        // Every subset of the places but the empty one (2⁴ − 1 at most).
        (1..1u32 << sites.len())
            .map(|mask| spell(&|k, _| mask & 1 << k != 0))
            .collect()
    } else {
        vec![
            spell(&|_, site| site.contracted),
            spell(&|_, site| !site.contracted),
        ]
    }
}

/// The places in `lower` (lower-cased, straight apostrophes) spelled one
/// way of a pair in [`CONTRACTIONS`], as whole words, left to right.
fn sites(lower: &str) -> Vec<Site> {
    let mut sites = Vec::new();
    let mut at = 0;
    'scan: while at < lower.len() {
        let rest = &lower[at..];
        let starts_word = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        if starts_word {
            for &(short, long) in CONTRACTIONS {
                for (this, other, contracted) in [(short, long, true), (long, short, false)] {
                    if rest.starts_with(this)
                        && rest[this.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !is_word_char(c))
                    {
                        sites.push(Site {
                            start: at,
                            end: at + this.len(),
                            other,
                            contracted,
                        });
                        at += this.len();
                        continue 'scan;
                    }
                }
            }
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    sites
}

/// Letters, digits and the apostrophe continue a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_and_pairs_are_spelled_the_other_way() {
        assert_eq!(
            respellings("I'd like to add you to my LinkedIn network"),
            ["i would like to add you to my linkedin network"]
        );
        assert_eq!(
            respellings("I would like to add you to my contact list."),
            ["i'd like to add you to my contact list."]
        );
        assert_eq!(
            respellings("Hi {recipient},\nLet\u{2019}s connect on Wire.\n{sender}"),
            ["hi {recipient},\nlet us connect on wire.\n{sender}"]
        );
    }

    #[test]
    fn up_to_four_places_are_mixed_freely() {
        let mut all = respellings("Hello, I am {sender}. I would like to add you.");
        all.sort();
        assert_eq!(
            all,
            [
                "hello, i am {sender}. i'd like to add you.",
                "hello, i'm {sender}. i would like to add you.",
                "hello, i'm {sender}. i'd like to add you.",
            ]
        );
    }

    #[test]
    fn beyond_four_places_only_the_uniform_spellings() {
        let four = "You are a person I trust. I'd like to invite you. I'm using it. I didn't know.";
        assert_eq!(respellings(four).len(), 15);
        let five = "You are here. I'd like it. I'm in. I didn't know. I can't stay.";
        assert_eq!(
            respellings(five),
            [
                "you are here. i would like it. i am in. i did not know. i cannot stay.",
                "you're here. i'd like it. i'm in. i didn't know. i can't stay.",
            ]
        );
        // Any number of places, without overflow.
        let many = "I'd like it. ".repeat(40);
        let spelled = respellings(&many);
        assert_eq!(spelled.len(), 2);
        assert_eq!(spelled[0], "i would like it. ".repeat(40));
        assert_eq!(spelled[1], many.to_lowercase());
    }

    #[test]
    fn only_whole_words_are_sites() {
        assert!(respellings("Ali amicable; {sender} would like to connect.").is_empty());
        assert!(respellings("Hi, Li ama").is_empty());
        assert!(respellings("").is_empty());
    }

    #[test]
    fn english_is_any_english_tag() {
        assert!(is_english("en") && is_english("EN-gb") && is_english("en_US"));
        assert!(!is_english("eng") && !is_english("e") && !is_english("fr"));
    }
}
