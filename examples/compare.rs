//! Compare policies side by side on the same inbox.
//!
//! ```text
//! cargo run --features serde --example compare                          # built-in policies, sample inbox
//! cargo run --features serde --example compare -- strict.toml lax.json  # plus your policy configs
//! cargo run --features serde --example compare -- --inbox inbox.jsonl   # your inbox (JSON Lines, - for stdin)
//! ```
//!
//! Prints every request's action under every policy, then the requests on
//! which the policies disagree, with each policy's reasons, then a tally per
//! policy. A config file holds one `PolicyConfig` in JSON (`.json`) or TOML
//! (`.toml`; any other name is tried as JSON, then as TOML), e.g.
//! `{"policy": "hybrid", "min_mutual_connections": 3}`.

use std::io::Read;
use std::process::ExitCode;

use opendoor::{Action, Closed, Hybrid, NetworkingPolicy, Open, PolicyExt, Request, Rules};

#[path = "support/clip.rs"]
mod clip;
#[path = "support/config.rs"]
mod config;
#[path = "support/inbox.rs"]
mod inbox;

use clip::clip;

const USAGE: &str = "usage: compare [--inbox INBOX.jsonl|-] [POLICY.json|POLICY.toml ...]";

struct Args {
    inbox: Option<String>,
    configs: Vec<String>,
}

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args {
        inbox: None,
        configs: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("inbox") => args.inbox = Some(parser.value()?.string()?),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(path) => args.configs.push(path.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(args)
}

struct Named {
    name: String,
    policy: Box<dyn NetworkingPolicy + Send + Sync>,
}

fn built_in() -> Vec<Named> {
    let mastodon_like = Rules::builder()
        .not_following(Action::Hold)
        .new_account(Action::Ignore)
        .build();
    vec![
        Named {
            name: "open".into(),
            policy: Open::new().boxed(),
        },
        Named {
            name: "closed".into(),
            policy: Closed::new().boxed(),
        },
        Named {
            name: "hybrid".into(),
            policy: Hybrid::new().boxed(),
        },
        Named {
            name: "mastodon-ish".into(),
            policy: mastodon_like.boxed(),
        },
    ]
}

fn load_config(path: &str) -> Result<Named, String> {
    let policy = config::load(path)?.build();
    let stem = std::path::Path::new(path)
        .file_stem()
        .map_or_else(|| path.to_owned(), |s| s.to_string_lossy().into_owned());
    Ok(Named { name: stem, policy })
}

fn read_inbox(source: Option<&str>) -> Result<Vec<Request>, String> {
    let text = match source {
        None => inbox::SAMPLE_INBOX.to_owned(),
        Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| e.to_string())?;
            text
        }
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?,
    };
    inbox::parse(&text)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(err) => {
            eprintln!("compare: {err}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut policies = built_in();
    for path in &args.configs {
        match load_config(path) {
            Ok(named) => policies.push(named),
            Err(message) => {
                eprintln!("compare: {message}");
                return ExitCode::from(2);
            }
        }
    }
    let requests = match read_inbox(args.inbox.as_deref()) {
        Ok(requests) => requests,
        Err(message) => {
            eprintln!("compare: {message}");
            return ExitCode::from(2);
        }
    };

    let decisions: Vec<Vec<_>> = policies
        .iter()
        .map(|p| p.policy.decide_all(&requests))
        .collect();

    print!("{:<20}", "sender");
    for p in &policies {
        print!(" {:<15}", p.name);
    }
    println!();
    for (i, request) in requests.iter().enumerate() {
        print!("{:<20}", clip(request.sender(), 20));
        for d in &decisions {
            print!(" {:<15}", d[i].action().as_str());
        }
        println!();
    }

    println!("\nwhere they disagree:");
    let mut disagreements = 0;
    for (i, request) in requests.iter().enumerate() {
        let first = decisions[0][i].action();
        if decisions.iter().all(|d| d[i].action() == first) {
            continue;
        }
        disagreements += 1;
        println!(
            "- {} ({:?})",
            request.sender(),
            clip(request.greeting().as_str(), 60)
        );
        for (p, d) in policies.iter().zip(&decisions) {
            let reasons: Vec<&str> = d[i].reasons().map(|r| r.as_str()).collect();
            println!(
                "    {:<15} {:<10} {}",
                p.name,
                d[i].action().as_str(),
                reasons.join(", ")
            );
        }
    }
    println!(
        "{disagreements} of {} requests decided differently",
        requests.len()
    );

    println!("\nper policy:");
    print!("{:<15}", "policy");
    for action in Action::ALL {
        print!(" {:>9}", action.as_str());
    }
    println!();
    for (p, d) in policies.iter().zip(&decisions) {
        let tally: opendoor::Tally = d.iter().collect();
        print!("{:<15}", p.name);
        for &action in Action::ALL {
            print!(" {:>9}", tally.count(action));
        }
        println!();
    }
    ExitCode::SUCCESS
}
