//! Shared by the examples: fit text into a table column.

/// `text` on one line, cut to `width` characters with an ellipsis.
pub fn clip(text: &str, width: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= width {
        one_line
    } else {
        one_line
            .chars()
            .take(width.saturating_sub(1))
            .chain(['…'])
            .collect()
    }
}
