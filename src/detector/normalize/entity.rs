//! HTML entities as exported e-mails carry them (`&#39;`, `&eacute;`,
//! `&nbsp;`, also double-encoded `&amp;#39;`): decoded one at a time while
//! tokenising, with no buffer.

use super::entity_names::NAMED;

/// The longest entity body read, `;` included (the longest HTML5 name,
/// `CounterClockwiseContourIntegral`, has 31 letters); a longer run after
/// `&` is no entity, so a hostile note cannot make the decoder scan far.
const MAX_BODY: usize = 33;

/// Parses an entity body (`#39;`, `#x27;`, `eacute;`) at the start of
/// `rest`; returns its length and the characters it stands for (one, or two
/// for a few mathematical names). Names are every HTML5 named reference,
/// matched as written or, failing that, in lower case (`&NBSP;`, `&Amp;`
/// are not HTML but mail exports write them); an unknown name is no entity.
pub(super) fn parse_entity(rest: &[u8]) -> Option<(usize, Decoded)> {
    let end = rest.iter().take(MAX_BODY).position(|&b| b == b';')?;
    let body = &rest[..end];
    let decoded = if let Some(num) = body.strip_prefix(b"#") {
        let (digits, radix) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16),
            _ => (num, 10),
        };
        if digits.is_empty() || !digits.iter().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let text = std::str::from_utf8(digits).ok()?;
        Decoded::Char(char::from_u32(u32::from_str_radix(text, radix).ok()?)?)
    } else {
        let mut lower = [0u8; MAX_BODY];
        let lower = &mut lower[..body.len()];
        lower.copy_from_slice(body);
        lower.make_ascii_lowercase();
        Decoded::Named(named(body).or_else(|| named(lower))?)
    };
    Some((end + 1, decoded))
}

/// Parses an entity like [`parse_entity`], decoding again while it stands
/// for `&` (`&amp;`, `&#38;`, `&#x26;`) and another entity body follows:
/// the double encoding e-mails produce (`&amp;#39;`). `None` when `rest`
/// opens no entity; a final `&` is returned as [`Decoded::Char`]`('&')`.
/// The tokenizer and [`is_blank`](super::is_blank) both read entities
/// through this, so they agree on every input.
pub(super) fn parse_entities(rest: &[u8]) -> Option<(usize, Decoded)> {
    let (mut len, mut decoded) = parse_entity(rest)?;
    while decoded.is_ampersand() {
        match parse_entity(&rest[len..]) {
            Some((more, next)) => {
                len += more;
                decoded = next;
            }
            None => return Some((len, Decoded::Char('&'))),
        }
    }
    Some((len, decoded))
}

/// What an entity stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Decoded {
    /// A numeric reference.
    Char(char),
    /// A named reference's characters.
    Named(&'static str),
}

impl Decoded {
    /// Whether the entity stands for `&` alone.
    pub(super) fn is_ampersand(self) -> bool {
        matches!(self, Decoded::Char('&') | Decoded::Named("&"))
    }

    /// The characters it stands for, written into `buf` when numeric.
    pub(super) fn as_str(self, buf: &mut [u8; 4]) -> &str {
        match self {
            Decoded::Char(c) => c.encode_utf8(buf),
            Decoded::Named(s) => s,
        }
    }
}

fn named(name: &[u8]) -> Option<&'static str> {
    NAMED
        .binary_search_by(|(n, _)| n.as_bytes().cmp(name))
        .ok()
        .map(|i| NAMED[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(body: &[u8]) -> Option<(usize, char)> {
        parse_entities(body).map(|(len, d)| (len, d.as_str(&mut [0; 4]).chars().next().unwrap()))
    }

    #[test]
    fn numeric_and_named_entities_decode_with_their_length() {
        assert_eq!(one(b"#39; rest"), Some((4, '\'')));
        assert_eq!(one(b"#x27;"), Some((5, '\'')));
        assert_eq!(one(b"NBSP;"), Some((5, '\u{A0}')));
        assert_eq!(one(b"amp;#39;"), Some((8, '\'')));
        assert_eq!(one(b"#38;#x27;"), Some((9, '\'')));
        assert_eq!(one(b"amp;amp; x"), Some((8, '&')));
        assert_eq!(one(b"eacute;"), Some((7, 'é')));
        assert_eq!(one(b"Eacute;"), Some((7, 'É')));
        assert_eq!(one(b"szlig;"), Some((6, 'ß')));
        assert_eq!(one(b"OElig;"), Some((6, 'Œ')));
        assert_eq!(one(b"scaron;"), Some((7, 'š')));
        assert_eq!(one(b"rsquo;"), Some((6, '\u{2019}')));
        assert_eq!(
            one(b"CounterClockwiseContourIntegral;"),
            Some((32, '\u{2233}'))
        );
    }

    #[test]
    fn the_table_is_sorted_and_complete() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(NAMED.len(), 2125);
        // Latin-1, Latin Extended-A and typographic names all decode.
        for name in [
            "ntilde", "uuml", "ccedil", "atilde", "amacr", "lstrok", "ndash", "hellip",
        ] {
            assert!(named(name.as_bytes()).is_some(), "{name}");
        }
    }

    #[test]
    fn anything_else_is_no_entity() {
        for body in [
            &b"foo;"[..],
            b"#;",
            b"#xZZ;",
            b"#1114112;",
            b"amp",
            b"averyveryveryverylongnamethatisnotanentity;",
        ] {
            assert_eq!(one(body), None, "{:?}", String::from_utf8_lossy(body));
        }
    }
}
