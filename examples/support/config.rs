//! Shared by the examples: read a `PolicyConfig` from a JSON or TOML file.

use std::path::Path;

use opendoor::PolicyConfig;

/// Reads the policy config in the file at `path`: JSON if it ends in
/// `.json`, TOML if it ends in `.toml`, otherwise JSON and then TOML. An
/// error names the file; when both formats were tried, it gives both
/// parsers' errors.
pub fn load(path: &str) -> Result<PolicyConfig, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    match Path::new(path).extension().and_then(|e| e.to_str()) {
        Some("json") => serde_json::from_str(&text).map_err(|e| format!("{path}: {e}")),
        Some("toml") => toml::from_str(&text).map_err(|e| format!("{path}: {e}")),
        _ => serde_json::from_str(&text).or_else(|json| {
            toml::from_str(&text).map_err(|toml| {
                format!(
                    "{path}: not a policy config in JSON or TOML\nas JSON: {json}\nas TOML: {toml}"
                )
            })
        }),
    }
}
