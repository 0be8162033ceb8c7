//! The exact lists of [`Rules`](super::Rules): sender IDs and domains,
//! hashed once so a decision costs one lookup whatever the lists' size.

use std::collections::HashSet;

use super::invite_filter::strip_port;

/// Exact sender IDs (`allowed_senders`, `ignored_senders`).
#[derive(Debug, Clone, Default)]
pub(super) struct SenderSet {
    ids: HashSet<Box<str>>,
    /// The longest ID: a longer sender is not looked up (nor hashed).
    longest: usize,
}

impl SenderSet {
    pub(super) fn new(ids: &[String]) -> SenderSet {
        SenderSet {
            ids: ids.iter().map(|id| id.as_str().into()).collect(),
            longest: ids.iter().map(String::len).max().unwrap_or(0),
        }
    }

    pub(super) fn contains(&self, sender: &str) -> bool {
        sender.len() <= self.longest && self.ids.contains(sender)
    }
}

/// The longest domain name looked up, in bytes (DNS allows 253).
const MAX_DOMAIN: usize = 255;

/// Domains (`blocked_domains`): matched exactly, ASCII case-insensitively,
/// without port, as Mastodon matches a user's domain blocks.
#[derive(Debug, Clone, Default)]
pub(super) struct DomainSet {
    domains: HashSet<Box<str>>,
}

impl DomainSet {
    pub(super) fn new(domains: &[String]) -> DomainSet {
        DomainSet {
            domains: domains
                .iter()
                .map(|d| strip_port(d).to_ascii_lowercase().into_boxed_str())
                .collect(),
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.domains.is_empty()
    }

    /// Whether `server` (a port allowed) is one of the domains. Lower-cases
    /// into a stack buffer: no allocation, and a server longer than any
    /// domain name is not looked at.
    pub(super) fn contains(&self, server: &str) -> bool {
        let domain = strip_port(server);
        if self.is_empty() || domain.len() > MAX_DOMAIN {
            return false;
        }
        let mut buffer = [0; MAX_DOMAIN];
        let folded = &mut buffer[..domain.len()];
        folded.copy_from_slice(domain.as_bytes());
        folded.make_ascii_lowercase();
        // Lower-casing ASCII bytes keeps UTF-8 valid.
        std::str::from_utf8(folded).is_ok_and(|d| self.domains.contains(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senders_match_exactly() {
        let set = SenderSet::new(&["@ann@a.example".to_owned()]);
        assert!(set.contains("@ann@a.example"));
        assert!(!set.contains("@Ann@a.example"));
        assert!(!set.contains(&"x".repeat(1 << 20)));
        assert!(!SenderSet::default().contains(""));
    }

    #[test]
    fn domains_ignore_case_and_ports_but_not_subdomains() {
        let set = DomainSet::new(&["Evil.Example".to_owned(), "b.example:443".to_owned()]);
        assert!(set.contains("evil.example"));
        assert!(set.contains("EVIL.example:8448"));
        assert!(set.contains("b.example"));
        assert!(!set.contains("sub.evil.example"));
        assert!(!set.contains(&"e".repeat(300)));
    }
}
