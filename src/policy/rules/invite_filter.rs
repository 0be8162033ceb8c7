//! Matrix invite filtering (MSC4155), as Synapse implements it.

use std::cell::RefCell;

use aho_corasick::AhoCorasick;
use regex::{Regex, RegexBuilder};

use super::RulesConfig;
use crate::decision::Action;
use crate::request::Request;

/// The longest Matrix user ID, in characters: Synapse refuses to register a
/// longer one (`MAX_USERID_LENGTH`, counted in characters as Python counts
/// `len`), so no invite can come from one. It bounds both sides of glob
/// matching: a longer glob is skipped (as Synapse skips it) and a longer
/// sender or server name matches no glob.
pub(crate) const MAX_ID_CHARS: usize = 255;

/// The regex size limit per glob (a 255-character glob compiles far below it).
const GLOB_SIZE_LIMIT: usize = 1 << 20;

/// Why a glob of a list can never match; see [`unusable`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unusable {
    Empty,
    TooLong,
}

/// Why Synapse would skip `glob`, if it would.
pub(crate) fn unusable(glob: &str) -> Option<Unusable> {
    if glob.is_empty() {
        Some(Unusable::Empty)
    } else if longer_than_an_id(glob) {
        Some(Unusable::TooLong)
    } else {
        None
    }
}

/// Whether `text` has more than [`MAX_ID_CHARS`] characters, looking at no
/// more than four bytes a character: a 10 MB sender costs one comparison.
fn longer_than_an_id(text: &str) -> bool {
    text.len() > MAX_ID_CHARS
        && (text.len() > 4 * MAX_ID_CHARS || text.chars().count() > MAX_ID_CHARS)
}

/// One MSC4155 glob list compiled for matching.
///
/// Each usable glob becomes the anchored, case-insensitive regex Synapse
/// builds with `glob_to_regex` (`*` any run of characters but a line break,
/// `?` exactly one), which decides a match exactly. In front of them, one
/// Aho-Corasick automaton over a *key* per glob (its longest run of ASCII
/// literal text) reads the sender once and names the few globs that can
/// match: a glob whose key is absent cannot. So a benign sender costs one
/// pass whatever the list's size, and the worst case (a sender holding
/// every key) one run of each glob's regex over at most 255 characters.
/// One set of regexes for the whole list was tried first: on lists of
/// hundreds of globs with `*` its lazy DFA thrashes its cache and falls
/// back to the PikeVM, slower than trying each regex in turn.
#[derive(Debug, Clone, Default)]
pub(super) struct GlobList {
    /// Every usable glob's regex.
    globs: Vec<Regex>,
    /// The keys, and for each the globs it is the key of.
    keys: Option<AhoCorasick>,
    keyed: Vec<Vec<usize>>,
    /// Globs without a key (no ASCII literal text): always tried.
    keyless: Vec<usize>,
}

thread_local! {
    /// Which keys a search has found (a bit per key), cleared after each
    /// search: a key found twice is verified once.
    static FOUND: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

impl GlobList {
    /// Compiles `globs`, skipping the ones Synapse skips: empty, longer
    /// than 255 characters, or failing to compile.
    pub(super) fn new(globs: &[String]) -> GlobList {
        let mut list = GlobList::default();
        let mut keys: Vec<String> = Vec::new();
        for glob in globs.iter().filter(|g| unusable(g).is_none()) {
            let Ok(regex) = RegexBuilder::new(&glob_to_regex(glob))
                .size_limit(GLOB_SIZE_LIMIT)
                .build()
            else {
                continue;
            };
            let index = list.globs.len();
            list.globs.push(regex);
            match key_of(glob) {
                Some(key) => match keys.iter().position(|k| *k == key) {
                    Some(k) => list.keyed[k].push(index),
                    None => {
                        keys.push(key);
                        list.keyed.push(vec![index]);
                    }
                },
                None => list.keyless.push(index),
            }
        }
        if !keys.is_empty() {
            match AhoCorasick::new(&keys) {
                Ok(automaton) => list.keys = Some(automaton),
                // Too many keys for one automaton: try every glob.
                Err(_) => {
                    list.keyless.extend(list.keyed.drain(..).flatten());
                    list.keyless.sort_unstable();
                }
            }
        }
        list
    }

    /// Whether a glob matches `id`. An ID longer than any Matrix ID matches
    /// nothing, so the work is bounded by [`MAX_ID_CHARS`] characters
    /// whatever the sender's length.
    fn is_match(&self, id: &str) -> bool {
        if self.globs.is_empty() || longer_than_an_id(id) {
            return false;
        }
        #[cfg(test)]
        tests::SCANNED.with(|n| n.set(n.get() + id.len()));
        let verify = |&index: &usize| self.globs[index].is_match(id);
        if self.keyless.iter().any(verify) {
            return true;
        }
        let Some(keys) = &self.keys else {
            return false;
        };
        let mut folded = [0; MAX_ID_CHARS];
        let folded = fold_for_keys(id, &mut folded);
        FOUND.with(|found| {
            let mut found = found.borrow_mut();
            let words = self.keyed.len().div_ceil(64);
            if found.len() < words {
                found.resize(words, 0);
            }
            let mut matched = false;
            for hit in keys.find_overlapping_iter(folded) {
                let key = hit.pattern().as_usize();
                let (word, bit) = (key / 64, 1 << (key % 64));
                if found[word] & bit == 0 {
                    found[word] |= bit;
                    if self.keyed[key].iter().any(verify) {
                        matched = true;
                        break;
                    }
                }
            }
            found[..words].fill(0);
            matched
        })
    }
}

/// A glob's key: its longest run of ASCII literal text, lower-cased, if it
/// has one. A run stops at a wildcard and at any other character.
fn key_of(glob: &str) -> Option<String> {
    glob.split(|c: char| !c.is_ascii() || c == '*' || c == '?')
        .max_by_key(|run| run.len())
        .filter(|run| !run.is_empty())
        .map(str::to_ascii_lowercase)
}

/// `id` as the keys are searched in: one byte a character, ASCII lower-cased,
/// the two non-ASCII letters that case-fold to ASCII ones (`K` Kelvin sign,
/// `ſ` long s) as those letters, any other character as a byte no key holds.
/// So a key is found wherever the glob's regex could match it.
fn fold_for_keys<'b>(id: &str, buffer: &'b mut [u8; MAX_ID_CHARS]) -> &'b [u8] {
    let mut len = 0;
    for (slot, c) in buffer.iter_mut().zip(id.chars()) {
        *slot = match c {
            '\u{212A}' => b'k',
            '\u{017F}' => b's',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => 0x80,
        };
        len += 1;
    }
    &buffer[..len]
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

/// The six MSC4155 lists, compiled; empty when the config is not
/// `enabled`.
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
        if !config.enabled {
            return InviteFilter::default();
        }
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
        let server = strip_port(server);
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
/// ID (`@local:domain`, everything after the first colon), or of a
/// fediverse handle (`@user@domain` or `user@domain`, everything after the
/// last `@`).
pub(super) fn server_of(request: &Request) -> Option<&str> {
    request.server().or_else(|| {
        let sender = request.sender();
        let matrix = sender.strip_prefix('@').and_then(|id| id.split_once(':'));
        if let Some((_, domain)) = matrix {
            return Some(domain);
        }
        let (user, domain) = sender.rsplit_once('@')?;
        (!user.trim_start_matches('@').is_empty() && !domain.is_empty()).then_some(domain)
    })
}

/// `server` without its port: MSC4155 matches the server name without it
/// (Synapse matches `example.org:8448` as written, so a port would walk a
/// sender past `blocked_servers: ["example.org"]`). A port is the digits
/// after the last colon of a host name or a bracketed IPv6 literal
/// (`[::1]:8448`); a bare IPv6 address has no port to strip.
pub(super) fn strip_port(server: &str) -> &str {
    match server.rsplit_once(':') {
        Some((host, port))
            if !host.is_empty()
                && !port.is_empty()
                && port.bytes().all(|b| b.is_ascii_digit())
                && (!host.contains(':') || host.ends_with(']')) =>
        {
            host
        }
        _ => server,
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use proptest::prelude::*;

    use super::*;

    thread_local! {
        /// Bytes handed to the automata on this thread: the work of a
        /// decision's glob matching, counted.
        pub(super) static SCANNED: Cell<usize> = const { Cell::new(0) };
    }

    /// Simple case folding for the test alphabet (Python's and regex's
    /// case-insensitive matching: the Kelvin sign is a k, long s an s).
    fn fold(c: char) -> char {
        match c {
            '\u{212A}' => 'k',
            '\u{017F}' => 's',
            c => c.to_lowercase().next().unwrap_or(c),
        }
    }

    /// Synapse's glob semantics written plainly: `*` any run of characters
    /// but a line break, `?` one, the rest compared case-insensitively.
    fn reference(glob: &[char], id: &[char]) -> bool {
        match glob.split_first() {
            None => id.is_empty(),
            Some(('*', rest)) => (0..=id.len())
                .take_while(|&i| i == 0 || id[i - 1] != '\n')
                .any(|i| reference(rest, &id[i..])),
            Some(('?', rest)) => {
                id.first().is_some_and(|&c| c != '\n') && reference(rest, &id[1..])
            }
            Some((&g, rest)) => {
                id.first().is_some_and(|&c| fold(c) == fold(g)) && reference(rest, &id[1..])
            }
        }
    }

    #[test]
    fn keys_are_the_longest_ascii_literal_runs() {
        assert_eq!(key_of("@*:Example.org").as_deref(), Some(":example.org"));
        assert_eq!(key_of("*é*"), None);
        assert_eq!(key_of("??"), None);
        assert_eq!(key_of("ab?cde").as_deref(), Some("cde"));
    }

    #[test]
    fn letters_that_fold_to_ascii_still_find_their_key() {
        // Unicode simple case folding: the Kelvin sign is a k, long s an s.
        let l = list(&["*kiss*"]);
        assert!(l.is_match("@\u{212A}i\u{017F}s:x"));
        assert!(l.is_match("@KISS:x"));
        assert!(!l.is_match("@kis:x"));
    }

    #[test]
    fn a_key_found_many_times_is_verified_once_and_lists_are_independent() {
        let globs: Vec<String> = (0..200).map(|i| format!("*bot*{i}x")).collect();
        let l = GlobList::new(&globs);
        assert!(!l.is_match(&"bot".repeat(80)));
        assert!(l.is_match("@bot:199x"));
        let other = list(&["*zzz*"]);
        assert!(!other.is_match("bot"), "the found bits were cleared");
    }

    fn glob() -> impl Strategy<Value = String> {
        "[abkK*?:.éÉ\u{212A}\u{017F}]{1,8}"
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// The documented bound: whatever the sender's length (up to 10 MB
        /// here) and the number of globs, the automata read at most 255
        /// characters (4 bytes each) per list, and they agree with the
        /// plain reference on every ID short enough to be a Matrix ID.
        #[test]
        fn glob_work_is_bounded_and_matches_the_reference(
            globs in proptest::collection::vec(glob(), 1..40),
            unit in "[abkKsS:.éÉ\u{212A}\u{017F}\n]{1,6}",
            repeat in prop_oneof![1usize..60, 1usize..(10 << 20)],
        ) {
            let repeat = repeat.min((10 << 20) / unit.len());
            let id = unit.repeat(repeat);
            let list = GlobList::new(&globs);
            SCANNED.with(|n| n.set(0));
            let matched = list.is_match(&id);
            let scanned = SCANNED.with(Cell::get);
            prop_assert!(scanned <= 4 * MAX_ID_CHARS, "{} bytes scanned", scanned);
            let chars: Vec<char> = id.chars().collect();
            let expected = chars.len() <= MAX_ID_CHARS
                && globs.iter().any(|g| reference(&g.chars().collect::<Vec<_>>(), &chars));
            prop_assert_eq!(matched, expected, "{:?} against {} characters", globs, chars.len());
        }
    }

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
        assert!(l.globs.is_empty());
        assert!(!l.is_match(""));
        assert!(!l.is_match(&long));
        assert_eq!(unusable(""), Some(Unusable::Empty));
        assert_eq!(unusable(&long), Some(Unusable::TooLong));
    }

    #[test]
    fn lengths_are_counted_in_characters_like_synapse() {
        let glob = "é".repeat(200);
        assert_eq!(unusable(&glob), None, "400 bytes, 200 characters");
        assert!(list(&[&glob]).is_match(&"É".repeat(200)));
        let id = "é".repeat(MAX_ID_CHARS);
        assert!(list(&["*"]).is_match(&id));
        assert!(!list(&["*"]).is_match(&format!("{id}é")));
        assert!(!list(&["*"]).is_match(&"a".repeat(10 << 20)));
    }

    #[test]
    fn ports_are_stripped_from_host_names_and_bracketed_addresses() {
        assert_eq!(strip_port("example.org:8448"), "example.org");
        assert_eq!(strip_port("example.org"), "example.org");
        assert_eq!(strip_port("[::1]:8448"), "[::1]");
        assert_eq!(strip_port("[::1]"), "[::1]");
        assert_eq!(strip_port("::1"), "::1");
        assert_eq!(strip_port("example.org:"), "example.org:");
        assert_eq!(strip_port("example.org:84a"), "example.org:84a");
        assert_eq!(strip_port(":8448"), ":8448");
    }

    #[test]
    fn servers_come_from_matrix_ids_and_fediverse_handles() {
        let of = |sender: &str| server_of(&Request::connect(sender)).map(str::to_owned);
        assert_eq!(
            of("@ann:example.org:8448").as_deref(),
            Some("example.org:8448")
        );
        assert_eq!(of("@ann@example.social").as_deref(), Some("example.social"));
        assert_eq!(of("ann@example.social").as_deref(), Some("example.social"));
        assert_eq!(of("@example.social"), None);
        assert_eq!(of("Ann"), None);
        let given = Request::connect("@ann:a.example").with_server("b.example");
        assert_eq!(server_of(&given), Some("b.example"));
    }
}
