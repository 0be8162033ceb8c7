//! The detector's vocabulary: which words may stand where in a note that
//! says nothing specific. See `data/lexicon.tsv` for the reasoning.

use crate::Error;

/// The built-in vocabulary, as committed.
pub(crate) const BUILT_IN: &str = include_str!("../../data/lexicon.tsv");

/// Opens a note ("hi", "dear").
pub(crate) const SALUTATION: u8 = 1;
/// A pleasantry or closing ("thanks", "regards").
pub(crate) const SIGN_OFF: u8 = 2;
/// A word generic connect requests are made of.
pub(crate) const GENERIC: u8 = 4;
/// A job-title word of a signature headline.
pub(crate) const TITLE: u8 = 8;
/// Joins a title to a company ("at").
pub(crate) const CONNECTOR: u8 = 16;

/// A sign-off a name may follow directly ("thanks Ann"); always also a
/// [`SIGN_OFF`].
pub(crate) const CLOSER: u8 = 32;

/// Stands inside a person's name ("de", "van").
pub(crate) const PARTICLE: u8 = 64;

/// Words that may stand in the body of a generic note.
pub(crate) const BODY: u8 = SALUTATION | SIGN_OFF | GENERIC;

/// The class bit of a class name in the lexicon file.
pub(crate) fn class_named(name: &str) -> Option<u8> {
    Some(match name {
        "salutation" => SALUTATION,
        "sign_off" => SIGN_OFF,
        "generic" => GENERIC,
        "title" => TITLE,
        "connector" => CONNECTOR,
        "closer" => CLOSER | SIGN_OFF,
        "particle" => PARTICLE,
        _ => return None,
    })
}

/// Parses the lexicon file into `(class, words)` rows; `#` starts a comment
/// line and the header row is skipped.
///
/// # Errors
///
/// [`Error::CatalogLine`] naming the line with an unknown class or too few
/// columns.
pub(crate) fn parse(tsv: &str) -> Result<Vec<(u8, &str)>, Error> {
    let mut rows = Vec::new();
    for (index, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("class\t") {
            continue;
        }
        let mut columns = line.split('\t');
        let (Some(class), Some(_language), Some(words)) =
            (columns.next(), columns.next(), columns.next())
        else {
            return Err(Error::CatalogLine {
                line: index + 1,
                problem: "expected 3 tab-separated columns: class, language, words".to_owned(),
            });
        };
        let Some(class) = class_named(class) else {
            return Err(Error::CatalogLine {
                line: index + 1,
                problem: format!("unknown word class `{class}`"),
            });
        };
        rows.push((class, words));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_lexicon_parses_with_every_class() {
        let rows = parse(BUILT_IN).unwrap();
        let all = rows.iter().fold(0, |acc, (class, _)| acc | class);
        assert_eq!(
            all,
            SALUTATION | SIGN_OFF | GENERIC | TITLE | CONNECTOR | CLOSER | PARTICLE
        );
    }

    #[test]
    fn unknown_class_names_the_line() {
        let err = parse("class\tlanguage\twords\nverb\ten\tgo\n").unwrap_err();
        assert_eq!(err.to_string(), "catalog line 2: unknown word class `verb`");
    }
}
