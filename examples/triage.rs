//! Triage an inbox of connection requests with a policy.
//!
//! ```text
//! cargo run --features serde --example triage                                 # hybrid, built-in sample inbox
//! cargo run --features serde --example triage -- inbox.jsonl                  # your inbox (JSON Lines)
//! cargo run --features serde --example triage -- --policy closed -            # from stdin
//! cargo run --features serde --example triage -- --config examples/data/mastodon.toml
//! ```
//!
//! `--policy` picks a built-in policy with its defaults (`open`, `closed`,
//! `hybrid`, `rules`); `--config` reads a `PolicyConfig` from a file, JSON
//! (`.json`) or TOML (`.toml`; any other name is tried as JSON, then as
//! TOML). The two flags exclude each other.
//!
//! Each line is one request, e.g.
//! `{"sender": "Ann", "greeting": "Hi!", "claim": "friend", "familiarity": "stranger",
//! "mutual_connections": 2}`; `"kind": {"introduction": {"to": "Bob"}}` makes it an
//! introduction request. A bad line is reported with its number and skipped; the
//! exit code is non-zero if any line was bad.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Read};
use std::process::ExitCode;

use opendoor::{
    Action, Closed, GreetingDetector, Hybrid, NetworkingPolicy, Open, PolicyExt, Request,
    RequestKind, Rules,
};

#[path = "support/clip.rs"]
mod clip;
#[path = "support/config.rs"]
mod config;
use clip::clip;

/// The built-in sample inbox (shared with the other examples).
const SAMPLE_INBOX: &str = include_str!("data/inbox.jsonl");

const USAGE: &str = "usage: triage [--policy open|closed|hybrid|rules | --config POLICY.json|.toml] [INBOX.jsonl | -]";

/// Where the policy comes from.
enum PolicySource {
    /// A built-in policy, by name.
    BuiltIn(String),
    /// A `PolicyConfig` file, by path.
    Config(String),
}

struct Args {
    policy: PolicySource,
    input: Option<String>,
}

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut name = None;
    let mut config = None;
    let mut input = None;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("policy") => name = Some(parser.value()?.string()?),
            Long("config") => config = Some(parser.value()?.string()?),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(path) if input.is_none() => input = Some(path.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    let policy = match (name, config) {
        (Some(_), Some(_)) => return Err("--policy and --config exclude each other".into()),
        (None, Some(path)) => PolicySource::Config(path),
        (name, None) => PolicySource::BuiltIn(name.unwrap_or_else(|| "hybrid".to_owned())),
    };
    Ok(Args { policy, input })
}

/// The policy and how to name it in the report.
fn load_policy(
    source: &PolicySource,
) -> Result<(String, Box<dyn NetworkingPolicy + Send + Sync>), String> {
    match source {
        PolicySource::BuiltIn(name) => {
            let policy = match name.as_str() {
                "open" => Open::new().boxed(),
                "closed" => Closed::new().boxed(),
                "hybrid" => Hybrid::new().boxed(),
                "rules" => Rules::new().boxed(),
                other => {
                    return Err(format!(
                        "unknown policy `{other}` (expected open, closed, hybrid or rules)"
                    ));
                }
            };
            Ok((format!("{name} (built-in defaults)"), policy))
        }
        PolicySource::Config(path) => {
            let config = config::load(path)?;
            let label = format!("{} (config file {path})", config.name());
            Ok((label, config.build()))
        }
    }
}

fn read_inbox(input: Option<&str>) -> io::Result<String> {
    match input {
        None => Ok(SAMPLE_INBOX.to_owned()),
        Some("-") => {
            let mut text = String::new();
            io::stdin().lock().read_to_string(&mut text)?;
            Ok(text)
        }
        Some(path) => std::fs::read_to_string(path),
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(err) => {
            eprintln!("triage: {err}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (label, policy) = match load_policy(&args.policy) {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("triage: {message}");
            return ExitCode::from(2);
        }
    };
    let inbox = match read_inbox(args.input.as_deref()) {
        Ok(inbox) => inbox,
        Err(err) => {
            eprintln!("triage: cannot read inbox: {err}");
            return ExitCode::from(2);
        }
    };

    let detector = GreetingDetector::new();
    let mut counts: BTreeMap<Action, usize> = BTreeMap::new();
    let mut bad_lines = 0;
    println!("policy: {label}");
    println!(
        "{:<18} {:<22} {:<17} {:<10} reasons",
        "sender", "kind", "greeting", "action"
    );
    for (index, line) in inbox.as_bytes().lines().enumerate() {
        let line = match line {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => line,
            Err(err) => {
                eprintln!("line {}: {err}", index + 1);
                bad_lines += 1;
                continue;
            }
        };
        let request: Request = match serde_json::from_str(&line) {
            Ok(request) => request,
            Err(err) => {
                eprintln!("line {}: {err}", index + 1);
                bad_lines += 1;
                continue;
            }
        };
        let decision = policy.decide(&request);
        *counts.entry(decision.action()).or_default() += 1;
        let kind = match request.kind() {
            RequestKind::Introduction { to } => format!("intro → {}", clip(to, 12)),
            _ => "connect".to_owned(),
        };
        let reasons: Vec<&str> = decision.reasons().map(|r| r.as_str()).collect();
        // The kind of note the policy read; classified here only when the
        // policy decided without reading it.
        let note = decision
            .greeting_kind()
            .unwrap_or_else(|| detector.classify(request.greeting().as_str()));
        println!(
            "{:<18} {:<22} {:<17} {:<10} {}",
            clip(request.sender(), 18),
            kind,
            note.as_str(),
            decision.action().as_str(),
            reasons.join(", ")
        );
    }
    println!();
    println!("summary:");
    for action in Action::ALL {
        println!(
            "  {:<10} {}",
            action.as_str(),
            counts.get(action).copied().unwrap_or(0)
        );
    }
    if bad_lines > 0 {
        eprintln!("{bad_lines} bad line(s) skipped");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
