//! HTML entities as exported e-mails carry them (`&#39;`, `&amp;`,
//! `&nbsp;`, also double-encoded `&amp;#39;`): decoded one at a time while
//! tokenising, with no buffer.

/// The longest entity body read, `;` included; a longer run after `&` is no
/// entity, so a hostile note cannot make the decoder scan far.
const MAX_BODY: usize = 12;

/// Parses an entity body (`#39;`, `#x27;`, `amp;`) at the start of `rest`;
/// returns its length and the character it stands for. Named entities are
/// the ones e-mails use for apostrophes, quotes, spaces and dashes, case
/// insensitive; others are not entities.
pub(super) fn parse_entity(rest: &[u8]) -> Option<(usize, char)> {
    let end = rest.iter().take(MAX_BODY).position(|&b| b == b';')?;
    let body = &rest[..end];
    let c = if let Some(num) = body.strip_prefix(b"#") {
        let (digits, radix) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16),
            _ => (num, 10),
        };
        if digits.is_empty() || !digits.iter().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let text = std::str::from_utf8(digits).ok()?;
        char::from_u32(u32::from_str_radix(text, radix).ok()?)?
    } else {
        let mut name = [0u8; MAX_BODY];
        let name = &mut name[..body.len()];
        name.copy_from_slice(body);
        name.make_ascii_lowercase();
        match &*name {
            b"amp" => '&',
            b"apos" | b"rsquo" | b"lsquo" | b"acute" => '\'',
            b"quot" | b"ldquo" | b"rdquo" | b"laquo" | b"raquo" | b"lt" | b"gt" => '"',
            b"nbsp" | b"ensp" | b"emsp" | b"thinsp" => ' ',
            b"shy" | b"zwj" | b"zwnj" | b"lrm" | b"rlm" => '\u{200B}',
            b"hellip" => '…',
            b"ndash" | b"mdash" => '–',
            _ => return None,
        }
    };
    Some((end + 1, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_and_named_entities_decode_with_their_length() {
        assert_eq!(parse_entity(b"#39; rest"), Some((4, '\'')));
        assert_eq!(parse_entity(b"#x27;"), Some((5, '\'')));
        assert_eq!(parse_entity(b"NBSP;"), Some((5, ' ')));
        assert_eq!(parse_entity(b"amp;#39;"), Some((4, '&')));
    }

    #[test]
    fn anything_else_is_no_entity() {
        for body in [
            &b"foo;"[..],
            b"#;",
            b"#xZZ;",
            b"#1114112;",
            b"amp",
            b"verylongname;",
        ] {
            assert_eq!(
                parse_entity(body),
                None,
                "{:?}",
                String::from_utf8_lossy(body)
            );
        }
    }
}
