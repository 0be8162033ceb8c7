//! Matrix invite filtering (MSC4155), as Synapse implements it.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use super::RulesConfig;
use crate::decision::Action;
use crate::request::Request;

/// Globs longer than this are skipped, as Synapse does: a Matrix user ID
/// cannot be longer, so such a glob can only cost time.
const MAX_GLOB_BYTES: usize = 255;

/// The regex size limit per glob (a 255-byte glob compiles far below it).
const GLOB_SIZE_LIMIT: usize = 1 << 20;
/// The size limit of one set for a whole list.
const LIST_SIZE_LIMIT: usize = 16 << 20;

/// One MSC4155 glob list compiled for matching: each usable glob becomes
/// the anchored, case-insensitive regex Synapse builds with
/// `glob_to_regex` (`*` any run of characters but a line break, `?` exactly
/// one).
#[derive(Debug, Clone, Default)]
pub(super) struct GlobList {
    matcher: Matcher,
}

/// One set for the whole list, or, for a list too large for one set, one
/// regex per glob (still linear in the sender ID per glob).
#[derive(Debug, Clone, Default)]
enum Matcher {
    #[default]
    Nothing,
    Set(RegexSet),
    Each(Vec<Regex>),
}

impl GlobList {
    /// Compiles `globs`, skipping the ones Synapse skips: empty, longer
    /// than 255 bytes, or failing to compile.
    pub(super) fn new(globs: &[String]) -> GlobList {
        let patterns: Vec<Regex> = globs
            .iter()
            .filter(|g| !g.is_empty() && g.len() <= MAX_GLOB_BYTES)
            .filter_map(|g| {
                RegexBuilder::new(&glob_to_regex(g))
                    .size_limit(GLOB_SIZE_LIMIT)
                    .build()
                    .ok()
            })
            .collect();
        let matcher = if patterns.is_empty() {
            Matcher::Nothing
        } else {
            RegexSetBuilder::new(patterns.iter().map(Regex::as_str))
                .size_limit(LIST_SIZE_LIMIT)
                .build()
                .map_or(Matcher::Each(patterns), Matcher::Set)
        };
        GlobList { matcher }
    }

    fn is_match(&self, text: &str) -> bool {
        match &self.matcher {
            Matcher::Nothing => false,
            Matcher::Set(set) => set.is_match(text),
            Matcher::Each(each) => each.iter().any(|r| r.is_match(text)),
        }
    }
}

/// Synapse's `glob_to_regex`: runs of wildcards simplified (`?**?` is
/// `.{2,}`), everything else escaped, anchored at both ends,
/// case-insensitive.
fn glob_to_regex(glob: &str) -> String {
    let mut pattern = String::from(r"(?i)\A(?:");
    let mut rest = glob;
    while !rest.is_empty() {
        let wild = rest.find(|c| c != '*' && c != '?').unwrap_or(rest.len());
        if wild > 0 {
            let run = &rest[..wild];
            let questions = run.matches('?').count();
            if run.contains('*') {
                pattern.push_str(&format!(".{{{questions},}}"));
            } else {
                pattern.push_str(&format!(".{{{questions}}}"));
            }
            rest = &rest[wild..];
        } else {
            let literal = rest.find(['*', '?']).unwrap_or(rest.len());
            pattern.push_str(&regex::escape(&rest[..literal]));
            rest = &rest[literal..];
        }
    }
    pattern.push_str(r")\z");
    pattern
}

/// The six MSC4155 lists, compiled.
#[derive(Debug, Clone, Default)]
pub(super) struct InviteFilter {
    allowed_users: GlobList,
    ignored_users: GlobList,
    blocked_users: GlobList,
    allowed_servers: GlobList,
    ignored_servers: GlobList,
    blocked_servers: GlobList,
}

/// Which list matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    User,
    Server,
}

impl InviteFilter {
    /// Compiles the lists of `config`.
    pub(super) fn new(config: &RulesConfig) -> InviteFilter {
        InviteFilter {
            allowed_users: GlobList::new(&config.allowed_users),
            ignored_users: GlobList::new(&config.ignored_users),
            blocked_users: GlobList::new(&config.blocked_users),
            allowed_servers: GlobList::new(&config.allowed_servers),
            ignored_servers: GlobList::new(&config.ignored_servers),
            blocked_servers: GlobList::new(&config.blocked_servers),
        }
    }

    /// The first matching rule, in MSC4155's order: user rules before server
    /// rules, and within each, allow before ignore before block. `None`
    /// means no rule matched (Synapse then allows).
    pub(super) fn rule_for(&self, request: &Request) -> Option<(Action, Level)> {
        let user = request.sender();
        let users = [
            (&self.allowed_users, Action::Accept),
            (&self.ignored_users, Action::Ignore),
            (&self.blocked_users, Action::Block),
        ];
        if let Some(&(_, action)) = users.iter().find(|(list, _)| list.is_match(user)) {
            return Some((action, Level::User));
        }
        let server = server_of(request)?;
        let servers = [
            (&self.allowed_servers, Action::Accept),
            (&self.ignored_servers, Action::Ignore),
            (&self.blocked_servers, Action::Block),
        ];
        servers
            .iter()
            .find(|(list, _)| list.is_match(server))
            .map(|&(_, action)| (action, Level::Server))
    }
}

/// The sender's server: [`Request::server`], or the domain of a Matrix user
/// ID (`@local:domain`, everything after the first colon).
fn server_of(request: &Request) -> Option<&str> {
    request.server().or_else(|| {
        let id = request.sender().strip_prefix('@')?;
        id.split_once(':').map(|(_, domain)| domain)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(globs: &[&str]) -> GlobList {
        let globs: Vec<String> = globs.iter().map(|g| (*g).to_owned()).collect();
        GlobList::new(&globs)
    }

    #[test]
    fn globs_are_anchored_case_insensitive_and_cross_dots_and_colons() {
        let l = list(&["*.example.org"]);
        assert!(l.is_match("matrix.example.org"));
        assert!(l.is_match("A.B.EXAMPLE.ORG"));
        assert!(!l.is_match("example.org"));
        assert!(!l.is_match("evil.example.org.net"));
        let l = list(&["@*:example.org"]);
        assert!(l.is_match("@ann:example.org"));
        assert!(l.is_match("@a:b:example.org"));
        let l = list(&["@???:x"]);
        assert!(l.is_match("@ann:x"));
        assert!(!l.is_match("@anna:x"));
        assert!(
            !list(&["a*b"]).is_match("a\nb"),
            "a wildcard never matches a line break"
        );
    }

    #[test]
    fn wildcard_runs_are_simplified_like_synapse() {
        assert_eq!(glob_to_regex("?**?x"), r"(?i)\A(?:.{2,}x)\z");
        assert_eq!(glob_to_regex("a.b"), r"(?i)\A(?:a\.b)\z");
    }

    #[test]
    fn unusable_globs_are_skipped() {
        let long = "a".repeat(256);
        let l = list(&["", &long]);
        assert!(matches!(l.matcher, Matcher::Nothing));
        assert!(!l.is_match(""));
        assert!(!l.is_match(&long));
    }
}
