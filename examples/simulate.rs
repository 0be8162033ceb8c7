//! "Open or closed networker?" as an experiment.
//!
//! ```text
//! cargo run --features serde --example simulate -- --weeks 26 --svg network.svg
//! cargo run --features serde --example simulate -- --seed 7 --people 5000 --config examples/data/strict-hybrid.toml
//! ```
//!
//! A seeded synthetic population sends connection requests over a number of
//! weeks. Every policy sees the same arrivals. Accepted people join the
//! network (and bring their contacts into second-degree reach); a follow-up
//! costs a conversation and, a week later, turns into a connection if the
//! person was genuine and replied; held requests are reviewed two weeks
//! later; ignored and blocked requests are doors slammed. Prints a weekly
//! table and a summary, and draws network size over weeks per policy as an
//! SVG line chart.

#[path = "support/clip.rs"]
mod clip;

use std::collections::HashSet;
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use opendoor::{
    Action, Closed, Familiarity, Hybrid, NetworkingPolicy, Open, PolicyConfig, PolicyExt,
    Relationship, Request,
};
use plotters::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use clip::clip;

struct Options {
    seed: u64,
    weeks: u32,
    people: usize,
    per_week: usize,
    svg: Option<String>,
    configs: Vec<String>,
}

fn parse_options() -> Result<Options, lexopt::Error> {
    use lexopt::prelude::*;
    let mut options = Options {
        seed: 2026,
        weeks: 26,
        people: 3000,
        per_week: 60,
        svg: None,
        configs: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("seed") => options.seed = parser.value()?.parse()?,
            Long("weeks") => options.weeks = parser.value()?.parse()?,
            Long("people") => options.people = parser.value()?.parse()?,
            Long("per-week") => options.per_week = parser.value()?.parse()?,
            Long("svg") => options.svg = Some(parser.value()?.string()?),
            Long("config") => options.configs.push(parser.value()?.string()?),
            Short('h') | Long("help") => {
                println!(
                    "usage: simulate [--seed N] [--weeks N] [--people N] [--per-week N] [--svg PATH] [--config POLICY.json|.toml ...]"
                );
                std::process::exit(0);
            }
            _ => return Err(arg.unexpected()),
        }
    }
    if options.weeks == 0 || options.people == 0 {
        return Err("--weeks and --people must be at least 1".into());
    }
    Ok(options)
}

/// One member of the synthetic population.
struct Person {
    request: Request,
    genuine: bool,
    /// Whether they reply to a follow-up (drawn once, the same for every policy).
    replies: bool,
    /// Whether the recipient accepts them on review of a held request.
    passes_review: bool,
    contacts: Vec<u32>,
}

const UNIVERSE: u32 = 200_000;
const PERSONAL: &[&str] = &[
    "Your talk on career pivots at the Leeds HR summit was the best of the day.",
    "We met at the coaching webinar on Tuesday; I would love to continue that conversation.",
    "Priya Shah suggested I reach out about the mentoring circle in Nairobi.",
    "I read your newsletter on salary negotiation and used it to get my offer at Stripe.",
];
const STOCK: &[&str] = &[
    "I'd like to add you to my LinkedIn network",
    "I'd like to add you to my professional network on LinkedIn.",
    "Me gustaría añadirte a mi red profesional en LinkedIn.",
    "Je vous invite à faire partie de mon réseau professionnel sur LinkedIn.",
];
const GENERIC: &[&str] = &[
    "Hi, I'd like to connect.",
    "Hello! Would be great to connect.",
];

fn population(options: &Options) -> Vec<Person> {
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    (0..options.people)
        .map(|i| {
            let genuine = rng.random_bool(0.85);
            let familiarity = match rng.random_range(0..100) {
                0..5 if genuine => Familiarity::Known,
                5..20 if genuine => Familiarity::Acquainted,
                _ => Familiarity::Stranger,
            };
            let mutual = match rng.random_range(0..100) {
                _ if familiarity != Familiarity::Stranger => rng.random_range(3..30),
                0..60 => 0,
                60..90 => rng.random_range(1..4),
                _ => rng.random_range(4..20),
            };
            let note = match (genuine, rng.random_range(0..100)) {
                (true, 0..30) => PERSONAL[rng.random_range(0..PERSONAL.len())],
                (true, 30..70) | (false, 0..60) => STOCK[rng.random_range(0..STOCK.len())],
                (true, 70..80) | (false, 60..90) => GENERIC[rng.random_range(0..GENERIC.len())],
                _ => "",
            };
            let claim = if rng.random_bool(0.5) {
                Relationship::Friend
            } else {
                Relationship::Unspecified
            };
            let reach = if genuine {
                rng.random_range(50..600)
            } else {
                rng.random_range(500..3000)
            };
            Person {
                request: Request::connect(format!("person-{i}"))
                    .with_familiarity(familiarity)
                    .with_mutual_connections(mutual)
                    .with_greeting(note)
                    .with_claim(claim)
                    .with_account_age_days(if genuine {
                        rng.random_range(60..4000)
                    } else {
                        rng.random_range(1..90)
                    }),
                genuine,
                replies: genuine && rng.random_bool(0.7),
                passes_review: rng.random_bool(if genuine { 0.6 } else { 0.1 }),
                contacts: (0..reach).map(|_| rng.random_range(0..UNIVERSE)).collect(),
            }
        })
        .collect()
}

/// Who asks in which week: the same schedule for every policy.
fn arrivals(options: &Options) -> Vec<Vec<usize>> {
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed ^ 0xA771_7A15);
    (0..options.weeks)
        .map(|_| {
            (0..options.per_week)
                .map(|_| rng.random_range(0..options.people))
                .collect()
        })
        .collect()
}

#[derive(Default, Clone)]
struct Week {
    network: usize,
    reach: usize,
    slammed: usize,
    follow_ups: usize,
    spam_accepted: usize,
}

fn run(
    policy: &dyn NetworkingPolicy,
    people: &[Person],
    arrivals: &[Vec<usize>],
    progress: &ProgressBar,
) -> Vec<Week> {
    let mut decided = vec![false; people.len()];
    let mut network: Vec<usize> = Vec::new();
    let mut reach: HashSet<u32> = HashSet::new();
    let mut follow_ups: Vec<(usize, usize)> = Vec::new();
    let mut held: Vec<(usize, usize)> = Vec::new();
    let mut totals = Week::default();
    let mut weeks = Vec::with_capacity(arrivals.len());
    for (week, arriving) in arrivals.iter().enumerate() {
        let mut accept = |who: usize, totals: &mut Week| {
            network.push(who);
            reach.extend(people[who].contacts.iter().copied());
            totals.spam_accepted += usize::from(!people[who].genuine);
        };
        // Conversations from last week: a reply makes an acquaintance.
        let (replied, later): (Vec<_>, Vec<_>) =
            follow_ups.iter().partition(|&&(_, due)| due <= week);
        follow_ups = later;
        for (who, _) in replied {
            if people[who].replies {
                let met = people[who]
                    .request
                    .clone()
                    .with_familiarity(Familiarity::Acquainted);
                match policy.decide(&met).action() {
                    Action::Accept => accept(who, &mut totals),
                    a if a.is_refusal() => totals.slammed += 1,
                    _ => {}
                }
            }
        }
        let (reviewed, later): (Vec<_>, Vec<_>) = held.iter().partition(|&&(_, due)| due <= week);
        held = later;
        for (who, _) in reviewed {
            if people[who].passes_review {
                accept(who, &mut totals);
            } else {
                totals.slammed += 1;
            }
        }
        for &who in arriving {
            if std::mem::replace(&mut decided[who], true) {
                continue;
            }
            match policy.decide(&people[who].request).action() {
                Action::Accept => accept(who, &mut totals),
                Action::FollowUp => {
                    totals.follow_ups += 1;
                    follow_ups.push((who, week + 1));
                }
                Action::Hold => held.push((who, week + 2)),
                _ => totals.slammed += 1,
            }
        }
        totals.network = network.len();
        totals.reach = reach.len();
        weeks.push(totals.clone());
        progress.inc(1);
    }
    weeks
}

fn chart(
    path: &str,
    names: &[String],
    results: &[Vec<Week>],
) -> Result<(), Box<dyn std::error::Error>> {
    let weeks = results.first().map_or(0, Vec::len) as u32;
    let top = results
        .iter()
        .flatten()
        .map(|w| w.network)
        .max()
        .unwrap_or(1)
        .max(1) as u32;
    let root = SVGBackend::new(path, (900, 520)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption("Network size over weeks, per policy", ("sans-serif", 24))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(1u32..weeks.max(2), 0u32..top + top / 10 + 1)?;
    chart
        .configure_mesh()
        .x_desc("week")
        .y_desc("connections")
        .draw()?;
    for (i, (name, series)) in names.iter().zip(results).enumerate() {
        let color = Palette99::pick(i).to_rgba();
        chart
            .draw_series(LineSeries::new(
                series
                    .iter()
                    .enumerate()
                    .map(|(w, s)| (w as u32 + 1, s.network as u32)),
                color.stroke_width(2),
            ))?
            .label(name.as_str())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(err) => {
            eprintln!("simulate: {err}");
            return ExitCode::from(2);
        }
    };
    let mut policies: Vec<(String, Box<dyn NetworkingPolicy + Send + Sync>)> = vec![
        ("open".into(), Open::new().boxed()),
        ("closed".into(), Closed::new().boxed()),
        ("hybrid".into(), Hybrid::new().boxed()),
    ];
    for path in &options.configs {
        let loaded = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                let config: PolicyConfig = if path.ends_with(".toml") {
                    toml::from_str(&text).map_err(|e| e.to_string())?
                } else {
                    serde_json::from_str(&text).map_err(|e| e.to_string())?
                };
                Ok(config.build())
            });
        match loaded {
            Ok(policy) => {
                let stem = std::path::Path::new(path)
                    .file_stem()
                    .map_or_else(|| path.clone(), |s| s.to_string_lossy().into_owned());
                policies.push((stem, policy));
            }
            Err(err) => {
                eprintln!("simulate: {path}: {err}");
                return ExitCode::from(2);
            }
        }
    }

    let people = population(&options);
    let arrivals = arrivals(&options);
    let progress = ProgressBar::new(u64::from(options.weeks) * policies.len() as u64);
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} policy-weeks")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let results: Vec<Vec<Week>> = policies
        .iter()
        .map(|(_, p)| run(p.as_ref(), &people, &arrivals, &progress))
        .collect();
    progress.finish_and_clear();

    let names: Vec<String> = policies.iter().map(|(n, _)| n.clone()).collect();
    println!(
        "seed {}, {} people ({} genuine), {} requests a week for {} weeks\n",
        options.seed,
        people.len(),
        people.iter().filter(|p| p.genuine).count(),
        options.per_week,
        options.weeks
    );
    println!("network size by week:");
    print!("{:>6}", "week");
    for name in &names {
        print!(" {:>14}", clip(name, 14));
    }
    println!();
    let step = (options.weeks as usize / 8).max(1);
    for w in (0..options.weeks as usize)
        .filter(|w| (w + 1) % step == 0 || w + 1 == options.weeks as usize)
    {
        print!("{:>6}", w + 1);
        for series in &results {
            print!(" {:>14}", series[w].network);
        }
        println!();
    }
    println!("\nafter {} weeks:", options.weeks);
    println!(
        "{:<16} {:>8} {:>12} {:>14} {:>11} {:>14}",
        "policy", "network", "2nd-degree", "doors slammed", "follow-ups", "spam accepted"
    );
    for (name, series) in names.iter().zip(&results) {
        let last = series.last().cloned().unwrap_or_default();
        println!(
            "{:<16} {:>8} {:>12} {:>14} {:>11} {:>14}",
            clip(name, 16),
            last.network,
            last.reach,
            last.slammed,
            last.follow_ups,
            last.spam_accepted
        );
    }
    if let Some(path) = &options.svg {
        if let Err(err) = chart(path, &names, &results) {
            eprintln!("simulate: cannot draw {path}: {err}");
            return ExitCode::FAILURE;
        }
        println!("\nchart written to {path}");
    }
    ExitCode::SUCCESS
}
