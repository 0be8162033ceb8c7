//! Shared by the examples: the built-in sample inbox, 30 varied requests as
//! JSON Lines (`examples/data/inbox.jsonl`).

use opendoor::Request;

/// The sample inbox as text (`triage` includes the same file directly, as
/// it reads an inbox line by line and reports each bad line).
pub const SAMPLE_INBOX: &str = include_str!("../data/inbox.jsonl");

/// Parses JSON Lines into requests; an error names the line.
pub fn parse(text: &str) -> Result<Vec<Request>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).map_err(|e| format!("inbox line {}: {e}", i + 1))
        })
        .collect()
}
