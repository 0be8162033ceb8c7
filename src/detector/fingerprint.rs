//! [`NoteFingerprint`]: what many senders' copies of one pasted note share.

use std::fmt;
use std::str::FromStr;

/// A stable 64-bit fingerprint of a note's body, from
/// [`GreetingDetector::fingerprint`](crate::GreetingDetector::fingerprint).
///
/// A generic template is, in practice, a note that many different senders
/// paste, and no vocabulary sees "Life is both long and short…" as one; a
/// stream of requests can, by counting the senders of each body (see
/// [`MassNotes`](crate::MassNotes)). Each copy reaches its recipient in its
/// own frame, so the fingerprint hashes the body only: the note is
/// normalised as the detector normalises it (case, accents, look-alike
/// letters, quotes, whitespace, invisible characters, entities and tags
/// folded away; scripts without spaces one word per character), and the
/// salutation with the name it greets, a bare name opening the note, the
/// signature lines (names, sign-offs, headlines, device footers), a dashed
/// name at the end and closing words are dropped. `"Hi Ann, <body> – Bo"` and
/// `"Hello Carl,\n<BODY>\nDana"` share a fingerprint.
///
/// # The algorithm
///
/// FNV-1a (64 bits: offset basis `0xcbf29ce484222325`, prime
/// `0x100000001b3`) over the UTF-8 bytes of the body's normalised words,
/// one space (`0x20`) between two words. It depends on nothing but the
/// note and the detector's vocabulary (which words are salutations,
/// sign-offs, generic): no random seed, no platform's byte order, so
/// fingerprints computed on different machines, processes and runs agree,
/// and can be stored. They stay the same across releases of one major
/// version of `opendoor` (for 0.x, one minor version) with the built-in
/// vocabulary; tests pin a few values. A detector built with added
/// salutation or sign-off words may frame notes differently.
///
/// Only the first 4 KiB of normalised text count, as for classification:
/// padding past them cannot change a fingerprint. Names inside the body
/// ("I'm Bo from Acme") are part of it. The frame is found by rules that
/// look at a few words at each edge, so a body that itself looks like a
/// frame may be cut differently in different copies: a body whose last
/// line has at most six words and no generic word (it reads like a name or
/// a headline), or whose first comma or line break follows at most three
/// words the vocabulary does not know (it reads like "Carl,").
///
/// # Examples
///
/// ```
/// use opendoor::GreetingDetector;
///
/// let detector = GreetingDetector::new();
/// let body = "Life is both long and short. Let us grow together in 2027!";
/// let a = detector.fingerprint(&format!("Hi Ann, {body} – Bo"));
/// let b = detector.fingerprint(&format!("Hello Carl,\n{}\nDana", body.to_uppercase()));
/// assert!(a.is_some());
/// assert_eq!(a, b);
/// assert_ne!(a, detector.fingerprint("Hi Ann, we met at RustConf – Bo"));
/// assert_eq!(detector.fingerprint("  \n"), None);
///
/// // Stored and read back as 16 hexadecimal digits.
/// let fingerprint = a.unwrap();
/// assert_eq!(fingerprint.to_string().parse(), Ok(fingerprint));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct NoteFingerprint(u64);

impl NoteFingerprint {
    /// The fingerprint with this value (as stored from
    /// [`as_u64`](NoteFingerprint::as_u64)).
    ///
    /// # Examples
    ///
    /// ```
    /// let fingerprint = opendoor::NoteFingerprint::from_u64(42);
    /// assert_eq!(fingerprint.as_u64(), 42);
    /// ```
    #[must_use]
    pub const fn from_u64(value: u64) -> Self {
        NoteFingerprint(value)
    }

    /// The fingerprint's value.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::new();
    /// let fingerprint = detector.fingerprint("Grow your network with us").unwrap();
    /// assert_ne!(fingerprint.as_u64(), 0);
    /// ```
    #[must_use]
    pub const fn as_u64(self) -> u64 {
        self.0
    }
}

/// Sixteen lower-case hexadecimal digits.
impl fmt::Display for NoteFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// The text was not a fingerprint: one to sixteen hexadecimal digits.
///
/// # Examples
///
/// ```
/// let err = "not hex".parse::<opendoor::NoteFingerprint>().unwrap_err();
/// assert_eq!(err.to_string(), r#"a note fingerprint is 1 to 16 hexadecimal digits, not "not hex""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a note fingerprint is 1 to 16 hexadecimal digits, not {text:?}")]
pub struct ParseFingerprintError {
    text: String,
}

/// Reads the sixteen hexadecimal digits of [`Display`](fmt::Display) (or
/// fewer, upper or lower case).
impl FromStr for NoteFingerprint {
    type Err = ParseFingerprintError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let digits = text.len() <= 16 && text.bytes().all(|b| b.is_ascii_hexdigit());
        digits
            .then(|| u64::from_str_radix(text, 16).ok())
            .flatten()
            .map(NoteFingerprint)
            .ok_or_else(|| ParseFingerprintError {
                text: text.chars().take(40).collect(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GreetingDetector;

    fn fingerprint(note: &str) -> Option<u64> {
        GreetingDetector::new()
            .fingerprint(note)
            .map(NoteFingerprint::as_u64)
    }

    /// FNV-1a of the normalised body: these values are the contract.
    #[test]
    fn pinned_values() {
        assert_eq!(fingerprint("foobar"), Some(0x8594_4171_f739_67e8));
        assert_eq!(fingerprint("Hi Ann, FOOBAR!"), fingerprint("foobar"));
        assert_eq!(fnv("foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(
            fingerprint("Life is both long and short."),
            Some(fnv("life is both long and short"))
        );
        assert_eq!(
            fingerprint(
                "Dear Dr. Ann Lee,\n\nLIFE  is both long and short!\n\nBest regards,\nBo Li\nCTO at Acme"
            ),
            Some(fnv("life is both long and short"))
        );
        assert_eq!(fingerprint("我是张伟"), Some(fnv("我 是 张 伟")));
    }

    fn fnv(text: &str) -> u64 {
        text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    }

    fn body(note: &str) -> Option<String> {
        GreetingDetector::new().engine.body_text(note)
    }

    #[test]
    fn frames_are_dropped() {
        let body_text = "Life is both long and short, like a river at night.";
        let plain = fingerprint(body_text);
        assert!(plain.is_some());
        for framed in [
            format!("Hi Ann, {body_text} – Bo"),
            format!("Hello Carl,\n{body_text}\nDana"),
            format!("Carl,\n{body_text}"),
            format!("{body_text}\n\nThanks,\nDana Scully\nSent from my iPhone"),
            format!("Bonjour Léa, {body_text} Cordialement"),
            format!("HI THERE!!! {}", body_text.to_uppercase()),
            format!("\u{201C}{body_text}\u{201D}"),
        ] {
            assert_eq!(body(&framed), body(body_text), "{framed:?}");
            assert_eq!(fingerprint(&framed), plain, "{framed:?}");
        }
        // The body's own first word stays, whatever comma follows it.
        assert_eq!(
            fingerprint("Honestly, life is short."),
            fingerprint("Hi Ann, honestly, life is short.")
        );
    }

    #[test]
    fn no_body_no_fingerprint() {
        for note in ["", "   ", "\u{200B}", "Hi", "Hi Ann,", "Thanks!"] {
            assert_eq!(fingerprint(note), None, "{note:?}");
        }
        // A note that is only a name is its own body.
        assert!(fingerprint("Ann Lee").is_some());
    }

    #[test]
    fn display_and_parse_round_trip() {
        for value in [0, 1, 0xdead_beef, u64::MAX] {
            let fingerprint = NoteFingerprint::from_u64(value);
            assert_eq!(fingerprint.to_string().len(), 16);
            assert_eq!(fingerprint.to_string().parse(), Ok(fingerprint));
        }
        assert_eq!("FF".parse(), Ok(NoteFingerprint::from_u64(255)));
        for bad in ["", "x", "-1", "+1", "00000000000000000", " 1"] {
            let err = bad.parse::<NoteFingerprint>().unwrap_err();
            assert!(err.to_string().contains("hexadecimal"), "{err}");
        }
    }
}
