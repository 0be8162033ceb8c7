//! Markup a note may carry: HTML tags from an exported e-mail (`<br>`,
//! `</p>`) and unfilled placeholders of a pasted template (`[Name]`,
//! `{{company}}`, `<First Name>`, `［名前］`, `○○`). Both are recognised by
//! looking a bounded distance ahead of the opening character, so a hostile
//! note cannot make the tokenizer scan far.

use super::WordFlags;
use unicode_normalization::char::is_combining_mark;

use super::chars::{Class, is_apostrophe, is_invisible, is_line_break};

/// The furthest an HTML tag is looked for (attributes included).
const MAX_TAG: usize = 256;
/// The furthest a placeholder's closing bracket is looked for.
const MAX_PLACEHOLDER: usize = 48;
/// The most words a placeholder holds (`[Your Company Name]`).
const MAX_PLACEHOLDER_WORDS: usize = 4;

/// Tags that break a line when rendered.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Tags that do not (text-level markup).
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "em", "font", "i", "img", "ins",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u",
    "wbr",
];

/// An HTML tag at the start of `rest` (which starts with `<`): its length
/// and what it is to the tokenizer (a line break for block tags, a space
/// for inline ones). Only known tag names count, so `<First Name>` is no
/// tag.
pub(super) fn html_tag(rest: &str) -> Option<(usize, Class)> {
    let bytes = rest.as_bytes();
    let mut i = 1;
    if bytes.get(i) == Some(&b'/') {
        i += 1;
    }
    let name_start = i;
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) && i - name_start < 12 {
        i += 1;
    }
    let mut name = [0u8; 12];
    let name = &mut name[..i - name_start];
    name.copy_from_slice(&bytes[name_start..i]);
    name.make_ascii_lowercase();
    let name = std::str::from_utf8(name).ok()?;
    let block = BLOCK_TAGS.contains(&name);
    if !block && !INLINE_TAGS.contains(&name) {
        return None;
    }
    match bytes.get(i) {
        Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r') => {}
        _ => return None,
    }
    let end = bytes[i..]
        .iter()
        .take(MAX_TAG)
        .position(|&b| b == b'>' || b == b'<')?;
    if bytes[i + end] != b'>' {
        return None;
    }
    let class = if block {
        Class::Space(WordFlags::LINE.union(WordFlags::SENTENCE))
    } else {
        Class::Space(WordFlags::EMPTY)
    };
    Some((i + end + 1, class))
}

/// An unfilled placeholder at the start of `rest`: its length. A
/// placeholder is one to four words of letters (`_`, `-`, `.` join them) in
/// brackets (`[…]`, `[[…]]`, `{…}`, `{{…}}`, `<…>` and the full-width
/// brackets), or a run of two or more blank-name circles (`○○`). Not the
/// title marks of Chinese and Korean (`《…》`, `〈…〉`): they quote the title
/// of a book, a paper or a talk, the most specific thing a note can name.
pub(super) fn placeholder(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices();
    let (_, open) = chars.next()?;
    if matches!(open, '○' | '〇' | '◯' | '●') {
        let run = rest
            .char_indices()
            .find(|&(_, c)| !matches!(c, '○' | '〇' | '◯' | '●'))
            .map_or(rest.len(), |(i, _)| i);
        return (run > open.len_utf8()).then_some(run);
    }
    let close = match open {
        '[' => ']',
        '{' => '}',
        '<' => '>',
        '［' => '］',
        '｛' => '｝',
        '＜' => '＞',
        '【' => '】',
        '〔' => '〕',
        _ => return None,
    };
    let mut start = open.len_utf8();
    let doubled = rest[start..].starts_with(open);
    if doubled {
        start += open.len_utf8();
    }
    let (mut words, mut in_word, mut letters) = (0, false, false);
    // Counted in characters other than invisible ones (marks included), so that
    // case (`İ` lower-cases to `i` and a combining dot), decomposition and
    // a sprinkled zero-width space never change what is a placeholder; the
    // scan itself stops at four times that.
    let mut counted = 0;
    let mut spaced = false;
    for (scanned, (i, c)) in rest[start..].char_indices().enumerate() {
        if counted > MAX_PLACEHOLDER || scanned > 4 * MAX_PLACEHOLDER {
            return None;
        }
        if c == close {
            let end = start + i + c.len_utf8();
            let end = if doubled {
                rest[end..]
                    .starts_with(close)
                    .then_some(end + close.len_utf8())?
            } else {
                end
            };
            return (letters && words <= MAX_PLACEHOLDER_WORDS).then_some(end);
        }
        if is_apostrophe(c) {
            // Of any style, it stands inside a word but is no letter: "ʼ"
            // (U+02BC) is one to Unicode, and "{ʼ}" must read as "{'}".
        } else if c.is_alphabetic() {
            letters = true;
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else if c.is_whitespace() && !is_line_break(c) {
            // Any run of horizontal whitespace is one separator, so that
            // respacing never changes what is a placeholder.
            in_word = false;
            if spaced {
                continue;
            }
            spaced = true;
            counted += 1;
            continue;
        } else if matches!(c, '_' | '-' | '.') {
            in_word = false;
        } else if !c.is_ascii() && is_invisible(c) {
            continue;
        } else if in_word && is_combining_mark(c) {
            // A tone mark or virama inside a word ("[ชื่อ]", "[ឈ្មោះ]").
        } else {
            return None;
        }
        spaced = false;
        counted += 1;
    }
    None
}

/// Whether a placeholder (`text`, as [`placeholder`] measured it) is
/// written as prose, chat and code also write asides, tags, attachments
/// and values: in single square or angle brackets or braces (`[sic]`,
/// `[EN]`, `[photo]`, `<grin>`, `{laughs}`, `{error}`, `［写真］`, `〔笑〕`)
/// with no underscore joining its words, as only a mail merge's field
/// names are written (`[first_name]`). Doubled brackets and braces are a
/// template's syntax alone (`{{name}}`); so are the lenticular brackets,
/// which head a mass mailing in Chinese and Japanese (`【ご案内】`), and
/// blank-name circles. (An inner capital, `<FirstName>`, is no such sign:
/// brands write one too, `[LinkedIn]`, `[PowerPoint]`.)
pub(super) fn is_bracketed(text: &str) -> bool {
    let mut chars = text.chars();
    let (Some(open), second) = (chars.next(), chars.next()) else {
        return false;
    };
    matches!(open, '[' | '<' | '{' | '［' | '＜' | '｛' | '〔')
        && second != Some(open)
        && !text.contains('_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_line_breaks_or_spaces() {
        let line = Class::Space(WordFlags::LINE.union(WordFlags::SENTENCE));
        assert_eq!(html_tag("<br>Ann"), Some((4, line)));
        assert_eq!(html_tag("<BR/>"), Some((5, line)));
        assert_eq!(html_tag("</p> x"), Some((4, line)));
        assert_eq!(html_tag("<p class=\"x\">"), Some((13, line)));
        assert_eq!(html_tag("<b>"), Some((3, Class::Space(WordFlags::EMPTY))));
        for no in ["<First Name>", "<br", "<p <b>", "<3", "< p>", "<brx>"] {
            assert_eq!(html_tag(no), None, "{no}");
        }
    }

    #[test]
    fn brackets_of_prose_are_told_from_a_mail_merge() {
        for prose in [
            "[sic]",
            "[EN]",
            "[Name]",
            "<grin>",
            "{laughs}",
            "[Your Company]",
            "<FirstName>",
            "[PowerPoint]",
            "［写真］",
            "〔笑〕",
        ] {
            assert!(is_bracketed(prose), "{prose}");
        }
        for merge in [
            "{{Name}}",
            "{{first_name}}",
            "[[Name]]",
            "[first_name]",
            "【ご案内】",
            "○○",
            "｛｛名前｝｝",
        ] {
            assert!(!is_bracketed(merge), "{merge}");
        }
    }

    #[test]
    fn placeholders_take_apostrophes_of_every_style() {
        for quote in ['\'', '’', '‘', '`', '´', 'ʼ'] {
            let text = format!("{{{quote}ਅ}}");
            assert_eq!(placeholder(&text), Some(text.len()), "{text}");
            // An apostrophe is no letter, whatever its style (found by the
            // property test `apostrophe_style_never_matters`: "{ʼ}").
            assert_eq!(placeholder(&format!("{{{quote}}}")), None, "{quote}");
        }
    }

    #[test]
    fn placeholders_are_short_bracketed_words() {
        assert_eq!(placeholder("[Name], hi"), Some(6));
        assert_eq!(placeholder("{{first_name}}!"), Some(14));
        assert_eq!(placeholder("<First Name>"), Some(12));
        assert_eq!(placeholder("[Prénom]"), Some("[Prénom]".len()));
        assert_eq!(placeholder("［名前］様"), Some("［名前］".len()));
        assert_eq!(placeholder("○○様"), Some("○○".len()));
        // Title marks quote a work's title, the most specific of things.
        assert_eq!(placeholder("《三体》"), None);
        assert_eq!(placeholder("〈경영학 원론〉"), None);
        // Found by fuzzing: lower case must not undo a placeholder.
        for same in [
            "{rȟİnt}",
            "{rȟi\u{307}nt}",
            "[Pre\u{301}nom]",
            "[Na\u{200B}me]",
            "[First\u{2000}Name]",
            "[First \t\u{A0}Name]",
            "{\u{3000}Ȝ}",
            "[ชื่อ]",
            "[ຊື່]",
            "[ឈ្មោះ]",
            "[အမည်]",
            "[नाम]",
        ] {
            assert_eq!(placeholder(same), Some(same.len()), "{same:?}");
        }
        for no in [
            "[1]",
            "[ ]",
            "[see the attached report on Rust]",
            "{{name}",
            "[Name",
            "○様",
            "(Name)",
            "[a, b]",
        ] {
            assert_eq!(placeholder(no), None, "{no}");
        }
    }
}
