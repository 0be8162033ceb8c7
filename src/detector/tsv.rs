//! The one reader of the tab-separated files the detector is built from
//! (the stock-text catalog and the lexicon).

/// One data line of a TSV file: its 1-based number and its columns.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    pub(crate) number: usize,
    pub(crate) columns: std::str::Split<'a, char>,
}

impl<'a> Line<'a> {
    /// The first three columns, or `None` when the line has fewer.
    pub(crate) fn three(&mut self) -> Option<[&'a str; 3]> {
        Some([
            self.columns.next()?,
            self.columns.next()?,
            self.columns.next()?,
        ])
    }
}

/// The data lines of `tsv`: blank lines, `#` comment lines and a header row
/// (a line whose first column is `header`) are skipped; a `\r` before the
/// line break is dropped.
pub(crate) fn lines<'a>(tsv: &'a str, header: &'a str) -> impl Iterator<Item = Line<'a>> {
    tsv.lines().enumerate().filter_map(move |(index, line)| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let skip = line.trim().is_empty()
            || line.starts_with('#')
            || line.split('\t').next() == Some(header);
        (!skip).then(|| Line {
            number: index + 1,
            columns: line.split('\t'),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_blank_comment_and_header_lines_and_keeps_numbers() {
        let tsv = "name\tvalue\n# a comment\n\na\t1\r\nb\t2\n";
        let rows: Vec<(usize, Vec<&str>)> = lines(tsv, "name")
            .map(|l| (l.number, l.columns.collect()))
            .collect();
        assert_eq!(rows, [(4, vec!["a", "1"]), (5, vec!["b", "2"])]);
    }
}
