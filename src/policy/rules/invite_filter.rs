//! Matrix invite filtering (MSC4155), as Synapse implements it.

use std::cell::RefCell;
use std::collections::HashMap;

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
/// Aho-Corasick automaton over every glob's *keys* (its runs of ASCII
/// literal text, lower-cased) reads the sender once: a glob is tried only
/// when all its keys were found, since it cannot match otherwise. So a
/// sender costs one pass over at most 255 characters, plus one regex run
/// (over the same ≤ 255 characters) per glob whose literal text the sender
/// holds in full; globs without ASCII literal text are always tried. One
/// set of regexes for the whole list was tried first: on lists of hundreds
/// of globs with `*` its lazy DFA thrashes its cache and falls back to a
/// slower engine than trying each regex in turn.
#[derive(Debug, Clone, Default)]
pub(super) struct GlobList {
    /// Every usable glob's regex, and the keys it needs.
    globs: Vec<Regex>,
    needs: Vec<Vec<usize>>,
    /// The keys, and for each the globs whose rarest key it is.
    keys: Option<AhoCorasick>,
    anchored: Vec<Vec<usize>>,
    /// Globs without a key: always tried.
    keyless: Vec<usize>,
}

thread_local! {
    /// The keys a search found (a bit per key) and those some glob waits
    /// on, cleared after each search: a key found twice counts once.
    static FOUND: RefCell<(Vec<u64>, Vec<usize>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

impl GlobList {
    /// Compiles `globs`, skipping the ones Synapse skips: empty, longer
    /// than 255 characters, or failing to compile (a glob's regex is far
    /// below the size limit, so none does).
    pub(super) fn new(globs: &[String]) -> GlobList {
        let mut list = GlobList::default();
        let mut keys: Vec<String> = Vec::new();
        let mut key_ids: HashMap<String, usize> = HashMap::new();
        for glob in globs.iter().filter(|g| unusable(g).is_none()) {
            let Ok(regex) = RegexBuilder::new(&glob_to_regex(glob))
                .size_limit(GLOB_SIZE_LIMIT)
                .build()
            else {
                continue;
            };
            list.globs.push(regex);
            let mut needs: Vec<usize> = keys_of(glob)
                .map(|key| {
                    *key_ids.entry(key).or_insert_with_key(|key| {
                        keys.push(key.clone());
                        list.anchored.push(Vec::new());
                        keys.len() - 1
                    })
                })
                .collect();
            needs.sort_unstable();
            needs.dedup();
            list.needs.push(needs);
        }
        // Each glob waits on its rarest key, so a key many globs share (a
        // common suffix, an `@`) does not make them all candidates.
        let mut shared = vec![0_usize; keys.len()];
        for &key in list.needs.iter().flatten() {
            shared[key] += 1;
        }
        for (index, needs) in list.needs.iter().enumerate() {
            match needs.iter().min_by_key(|&&key| shared[key]) {
                Some(&rarest) => list.anchored[rarest].push(index),
                None => list.keyless.push(index),
            }
        }
        if !keys.is_empty() {
            match AhoCorasick::new(&keys) {
                Ok(automaton) => list.keys = Some(automaton),
                // Too many keys for one automaton: try every glob.
                Err(_) => list.keyless = (0..list.globs.len()).collect(),
            }
        }
        list
    }

    fn is_empty(&self) -> bool {
        self.globs.is_empty()
    }

    /// Whether a glob matches `id`; never one longer than a Matrix ID, so
    /// no automaton reads more than [`MAX_ID_CHARS`] characters.
    fn is_match(&self, id: &str) -> bool {
        if self.is_empty() || longer_than_an_id(id) {
            return false;
        }
        let verify = |&index: &usize| {
            #[cfg(test)]
            tests::RUNS.with(|n| n.set(n.get() + 1));
            self.globs[index].is_match(id)
        };
        if self.keyless.iter().any(verify) {
            return true;
        }
        let (Some(keys), false) = (&self.keys, self.keyless.len() == self.globs.len()) else {
            return false;
        };
        let mut folded = [0; MAX_ID_CHARS];
        let folded = fold_for_keys(id, &mut folded);
        FOUND.with(|found| {
            let (bits, anchors) = &mut *found.borrow_mut();
            let words = self.anchored.len().div_ceil(64);
            if bits.len() < words {
                bits.resize(words, 0);
            }
            let has = |bits: &[u64], key: usize| bits[key / 64] & (1 << (key % 64)) != 0;
            for hit in keys.find_overlapping_iter(folded) {
                let key = hit.pattern().as_usize();
                if !has(bits, key) {
                    bits[key / 64] |= 1 << (key % 64);
                    if !self.anchored[key].is_empty() {
                        anchors.push(key);
                    }
                }
            }
            let matched = anchors.iter().any(|&key| {
                self.anchored[key]
                    .iter()
                    .filter(|&&glob| self.needs[glob].iter().all(|&k| has(bits, k)))
                    .any(verify)
            });
            bits[..words].fill(0);
            anchors.clear();
            matched
        })
    }
}

/// A glob's keys: its runs of ASCII literal text, lower-cased. A run stops
/// at a wildcard and at any other character.
fn keys_of(glob: &str) -> impl Iterator<Item = String> + '_ {
    glob.split(|c: char| !c.is_ascii() || c == '*' || c == '?')
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
    ///
    /// A sender or server longer than a Matrix ID cannot be one: Synapse
    /// never delivers its invite (its size checks reject the event), so
    /// while any list is in use such a sender is ignored, which no allow
    /// can lift and no length can walk past.
    pub(super) fn rule_for(&self, request: &Request) -> Option<(Action, Level)> {
        let lists = [
            &self.allowed_users,
            &self.ignored_users,
            &self.blocked_users,
            &self.allowed_servers,
            &self.ignored_servers,
            &self.blocked_servers,
        ];
        if lists.iter().all(|list| list.is_empty()) {
            return None;
        }
        let user = request.sender();
        if longer_than_an_id(user) {
            return Some((Action::Ignore, Level::User));
        }
        let users = [
            (&self.allowed_users, Action::Accept),
            (&self.ignored_users, Action::Ignore),
            (&self.blocked_users, Action::Block),
        ];
        if let Some(&(_, action)) = users.iter().find(|(list, _)| list.is_match(user)) {
            return Some((action, Level::User));
        }
        let server = strip_port(server_of(request)?);
        if longer_than_an_id(server) {
            return Some((Action::Ignore, Level::Server));
        }
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
        // A Matrix server name never holds an `@`; a fediverse user name
        // may hold a `:`.
        let matrix = sender
            .strip_prefix('@')
            .and_then(|id| id.split_once(':'))
            .filter(|(_, domain)| !domain.contains('@'));
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
        /// Glob regexes run on this thread: the work of glob matching
        /// beyond the one pass of the key automaton, counted.
        pub(super) static RUNS: Cell<usize> = const { Cell::new(0) };
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
    fn keys_are_the_ascii_literal_runs() {
        let keys = |glob| keys_of(glob).collect::<Vec<_>>();
        assert_eq!(keys("@*:Example.org"), ["@", ":example.org"]);
        assert!(keys("*é*").is_empty());
        assert!(keys("??").is_empty());
        assert_eq!(keys("ab?cdé"), ["ab", "cd"]);
    }

    #[test]
    fn a_glob_is_tried_only_when_all_its_keys_are_there() {
        // The same suffix on every glob does not make every glob a candidate.
        let globs: Vec<String> = (0..1000).map(|i| format!("@spam{i}*:matrix.org")).collect();
        let l = GlobList::new(&globs);
        RUNS.with(|n| n.set(0));
        assert!(!l.is_match("@ann:matrix.org"));
        assert_eq!(RUNS.with(Cell::get), 0);
        assert!(l.is_match("@spam999x:matrix.org"));
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
        "[abkKsS*?:.éÉ\u{212A}\u{017F}]{1,8}"
    }

    /// The test's own folding of `text` for key search (ASCII case, the
    /// Kelvin sign and long s), to count the globs whose keys all occur.
    fn folded(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '\u{212A}' => 'k',
                '\u{017F}' => 's',
                c => c.to_ascii_lowercase(),
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// The documented bound: whatever the sender's length (up to 10 MB
        /// here), nothing longer than a Matrix ID is read, one regex runs
        /// per glob whose keys all occur in the ID (plus the keyless ones),
        /// and the answers agree with the plain reference.
        #[test]
        fn glob_work_is_bounded_and_matches_the_reference(
            globs in proptest::collection::vec(glob(), 1..40),
            unit in "[abkKsS:.éÉ\u{212A}\u{017F}\n]{1,6}",
            repeat in prop_oneof![1usize..60, 1usize..(10 << 20)],
        ) {
            let repeat = repeat.min((10 << 20) / unit.len());
            let id = unit.repeat(repeat);
            let list = GlobList::new(&globs);
            RUNS.with(|n| n.set(0));
            let matched = list.is_match(&id);
            let runs = RUNS.with(Cell::get);
            let chars: Vec<char> = id.chars().collect();
            let candidates = if chars.len() > MAX_ID_CHARS {
                0
            } else {
                let id = folded(&id);
                globs.iter().filter(|g| keys_of(g).all(|k| id.contains(&k))).count()
            };
            prop_assert!(runs <= candidates, "{} runs, {} candidates", runs, candidates);
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
        assert_eq!(of("@x:y@evil.example").as_deref(), Some("evil.example"));
        assert_eq!(of("Ann"), None);
        let given = Request::connect("@ann:a.example").with_server("b.example");
        assert_eq!(server_of(&given), Some("b.example"));
    }
}
