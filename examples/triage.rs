//! Triage an inbox of connection requests with a policy.
//!
//! ```text
//! cargo run --features serde --example triage                       # built-in sample inbox
//! cargo run --features serde --example triage -- inbox.jsonl        # your inbox (JSON Lines)
//! cargo run --features serde --example triage -- --policy closed -  # from stdin
//! ```
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
    Action, Closed, GreetingDetector, Hybrid, NetworkingPolicy, Open, Request, RequestKind,
};

#[path = "support/clip.rs"]
mod clip;
use clip::clip;

/// The built-in sample inbox (shared with the other examples).
const SAMPLE_INBOX: &str = include_str!("data/inbox.jsonl");

struct Args {
    policy: String,
    input: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        policy: "hybrid".to_owned(),
        input: None,
    };
    let mut iter = std::env::args().skip(1);
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--policy" => args.policy = iter.next().ok_or("--policy needs a value")?,
            "-h" | "--help" => {
                return Err("usage: triage [--policy open|closed|hybrid] [INBOX.jsonl | -]".into());
            }
            _ if arg.starts_with("--policy=") => args.policy = arg["--policy=".len()..].to_owned(),
            _ if arg.starts_with("--") => return Err(format!("unknown flag {arg}")),
            _ if args.input.is_none() => args.input = Some(arg),
            _ => return Err(format!("unexpected argument {arg}")),
        }
    }
    Ok(args)
}

fn policy_named(name: &str) -> Result<Box<dyn NetworkingPolicy>, String> {
    match name {
        "open" => Ok(Box::new(Open::new())),
        "closed" => Ok(Box::new(Closed::new())),
        "hybrid" => Ok(Box::new(Hybrid::new())),
        other => Err(format!(
            "unknown policy `{other}` (expected open, closed or hybrid)"
        )),
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
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let policy = match policy_named(&args.policy) {
        Ok(policy) => policy,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let inbox = match read_inbox(args.input.as_deref()) {
        Ok(inbox) => inbox,
        Err(err) => {
            eprintln!("cannot read inbox: {err}");
            return ExitCode::from(2);
        }
    };

    let detector = GreetingDetector::new();
    let mut counts: BTreeMap<Action, usize> = BTreeMap::new();
    let mut bad_lines = 0;
    println!("policy: {}", args.policy);
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
        println!(
            "{:<18} {:<22} {:<17} {:<10} {}",
            clip(request.sender(), 18),
            kind,
            detector.classify(request.greeting().as_str()).as_str(),
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
