//! "Open or closed networker?" as an experiment.
//!
//! ```text
//! cargo run --features serde --example simulate -- --weeks 26 --svg network.svg
//! cargo run --features serde --example simulate -- --seed 7 --people 5000 --config examples/data/strict-hybrid.toml
//! cargo run --features serde --example simulate -- --follow-ups-per-week 3 --svg network.svg
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
//!
//! Conversations take time. With `--follow-ups-per-week N`, every policy
//! that followed anyone up runs again wrapped in `Budgeted` with a budget of
//! N follow-ups a week, on a `ManualClock` that moves with simulated time
//! (arrivals spread over the week): follow-ups past the budget are held for
//! review instead. The budgeted runs are dashed lines on the chart, and a
//! second panel shows the follow-ups they handed out and held per week.

#[path = "support/clip.rs"]
mod clip;
#[path = "support/config.rs"]
mod config;

use std::collections::HashSet;
use std::process::ExitCode;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use opendoor::{
    Action, Budgeted, Closed, Familiarity, FollowUpBudget, Hybrid, ManualClock, NetworkingPolicy,
    Open, PolicyExt, Reason, Relationship, Request,
};
use plotters::element::DashedPathElement;
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
    follow_ups_per_week: Option<u32>,
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
        follow_ups_per_week: None,
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
            Long("follow-ups-per-week") => {
                options.follow_ups_per_week = Some(parser.value()?.parse()?);
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
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

const USAGE: &str = "usage: simulate [--seed N] [--weeks N] [--people N] [--per-week N] [--svg PATH] [--config POLICY.json|.toml ...] [--follow-ups-per-week N]";

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

const WEEK: Duration = Duration::from_secs(7 * 24 * 60 * 60);

/// Running totals at the end of a week.
#[derive(Default, Clone)]
struct Week {
    network: usize,
    reach: usize,
    slammed: usize,
    follow_ups: usize,
    spam_accepted: usize,
    /// Arriving requests the budget held for review instead of a follow-up.
    budget_held: usize,
}

/// Runs `policy` over the weeks; `clock`, the clock of a budgeted policy,
/// is moved with simulated time.
fn run(
    policy: &dyn NetworkingPolicy,
    clock: Option<&ManualClock>,
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
    let tick = |at: Duration| {
        if let Some(clock) = clock {
            clock.set(at);
        }
    };
    for (week, arriving) in arrivals.iter().enumerate() {
        let start = WEEK * week as u32;
        tick(start);
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
        for (i, &who) in arriving.iter().enumerate() {
            if std::mem::replace(&mut decided[who], true) {
                continue;
            }
            // Requests arrive through the week, so a budget refills between them.
            tick(start + WEEK * i as u32 / arriving.len() as u32);
            let decision = policy.decide(&people[who].request);
            totals.budget_held += usize::from(decision.has_reason(Reason::FollowUpBudget));
            match decision.action() {
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

/// A policy run with a follow-up budget, beside its run without one
/// (indices into the results).
struct Twin {
    base: usize,
    budgeted: usize,
}

/// The colour of result `i`: a budgeted run takes its base policy's.
fn color(i: usize, twins: &[Twin]) -> RGBAColor {
    let base = twins.iter().find(|t| t.budgeted == i).map_or(i, |t| t.base);
    Palette99::pick(base).to_rgba()
}

/// Per-week counts from running totals.
fn weekly(series: &[Week], total: fn(&Week) -> usize) -> Vec<u32> {
    let mut before = 0;
    series
        .iter()
        .map(|w| {
            let now = total(w);
            let this_week = now - before;
            before = now;
            this_week as u32
        })
        .collect()
}

fn chart(
    path: &str,
    names: &[String],
    results: &[Vec<Week>],
    twins: &[Twin],
    follow_ups_per_week: u32,
) -> Result<(), Box<dyn std::error::Error>> {
    let height = if twins.is_empty() { 520 } else { 900 };
    let root = SVGBackend::new(path, (900, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let (top, bottom) = root.split_vertically(520);
    network_chart(&top, names, results, twins)?;
    if !twins.is_empty() {
        budget_chart(&bottom, names, results, twins, follow_ups_per_week)?;
    }
    root.present()?;
    Ok(())
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Weekly<'a, 'b> = ChartContext<
    'a,
    SVGBackend<'b>,
    Cartesian2d<plotters::coord::types::RangedCoordu32, plotters::coord::types::RangedCoordu32>,
>;

/// Axes of weeks against a count up to `top` (with a tenth of headroom),
/// with a caption and the mesh drawn: what both charts share.
fn weekly_axes<'a, 'b>(
    area: &'a Area<'b>,
    caption: &str,
    caption_size: u32,
    weeks: u32,
    top: u32,
    y_desc: &str,
) -> Result<Weekly<'a, 'b>, Box<dyn std::error::Error>> {
    let mut chart = ChartBuilder::on(area)
        .caption(caption, ("sans-serif", caption_size))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(1u32..weeks.max(2), 0u32..top + top / 10 + 1)?;
    chart
        .configure_mesh()
        .x_desc("week")
        .y_desc(y_desc)
        .draw()?;
    Ok(chart)
}

/// Network size over weeks, a line per run; budgeted runs dashed.
fn network_chart(
    area: &Area<'_>,
    names: &[String],
    results: &[Vec<Week>],
    twins: &[Twin],
) -> Result<(), Box<dyn std::error::Error>> {
    let weeks = results.first().map_or(0, Vec::len) as u32;
    let top = results
        .iter()
        .flatten()
        .map(|w| w.network)
        .max()
        .unwrap_or(1)
        .max(1) as u32;
    let mut chart = weekly_axes(
        area,
        "Network size over weeks, per policy",
        24,
        weeks,
        top,
        "connections",
    )?;
    for (i, (name, series)) in names.iter().zip(results).enumerate() {
        let style = color(i, twins).stroke_width(2);
        let points = series
            .iter()
            .enumerate()
            .map(|(w, s)| (w as u32 + 1, s.network as u32));
        if twins.iter().any(|t| t.budgeted == i) {
            chart
                .draw_series(DashedLineSeries::new(points, 8, 5, style))?
                .label(name.as_str())
                .legend(move |(x, y)| {
                    DashedPathElement::new(vec![(x, y), (x + 20, y)], 6, 3, style)
                });
        } else {
            chart
                .draw_series(LineSeries::new(points, style))?
                .label(name.as_str())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
        }
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    Ok(())
}

/// Per week, for each budgeted run: follow-ups handed out (solid) and held
/// by the budget (dashed), against the budget itself.
fn budget_chart(
    area: &Area<'_>,
    names: &[String],
    results: &[Vec<Week>],
    twins: &[Twin],
    follow_ups_per_week: u32,
) -> Result<(), Box<dyn std::error::Error>> {
    let weeks = results.first().map_or(0, Vec::len) as u32;
    let per_twin: Vec<(Vec<u32>, Vec<u32>)> = twins
        .iter()
        .map(|t| {
            let series = &results[t.budgeted];
            (
                weekly(series, |w| w.follow_ups),
                weekly(series, |w| w.budget_held),
            )
        })
        .collect();
    let top = per_twin
        .iter()
        .flat_map(|(out, held)| out.iter().chain(held))
        .copied()
        .max()
        .unwrap_or(0)
        .max(follow_ups_per_week)
        .max(1);
    let caption = format!("Follow-ups per week with a budget of {follow_ups_per_week}");
    let mut chart = weekly_axes(area, &caption, 20, weeks, top, "requests")?;
    let budget = BLACK.mix(0.4).stroke_width(1);
    chart
        .draw_series(LineSeries::new(
            [
                (1, follow_ups_per_week),
                (weeks.max(2), follow_ups_per_week),
            ],
            budget,
        ))?
        .label("the budget")
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], budget));
    for (twin, (out, held)) in twins.iter().zip(&per_twin) {
        let style = color(twin.budgeted, twins).stroke_width(2);
        let name = &names[twin.budgeted];
        let points = |counts: &[u32]| -> Vec<(u32, u32)> {
            counts
                .iter()
                .enumerate()
                .map(|(w, &n)| (w as u32 + 1, n))
                .collect()
        };
        chart
            .draw_series(LineSeries::new(points(out), style))?
            .label(format!("{name}: followed up"))
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
        chart
            .draw_series(DashedLineSeries::new(points(held), 8, 5, style))?
            .label(format!("{name}: held by the budget"))
            .legend(move |(x, y)| DashedPathElement::new(vec![(x, y), (x + 20, y)], 6, 3, style));
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    Ok(())
}

/// A line per budgeted run: what the budget handed out and held, against
/// the same policy without it.
fn summarise_budget(per_week: u32, names: &[String], results: &[Vec<Week>], twins: &[Twin]) {
    let last = |i: usize| results[i].last().cloned().unwrap_or_default();
    for twin in twins {
        let (with, without) = (last(twin.budgeted), last(twin.base));
        println!(
            "follow-up budget of {per_week} a week: {} followed up {} and held {} for review ({} followed up {} without it)",
            names[twin.budgeted],
            with.follow_ups,
            with.budget_held,
            names[twin.base],
            without.follow_ups,
        );
    }
    let untouched: Vec<&str> = (0..results.len())
        .filter(|&i| !twins.iter().any(|t| t.base == i || t.budgeted == i))
        .map(|i| names[i].as_str())
        .collect();
    if !untouched.is_empty() {
        println!(
            "follow-up budget of {per_week} a week: no change for {} (no follow-ups to budget)",
            untouched.join(", ")
        );
    }
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(err) => {
            eprintln!("simulate: {err}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut policies: Vec<(String, Box<dyn NetworkingPolicy + Send + Sync>)> = vec![
        ("open".into(), Open::new().boxed()),
        ("closed".into(), Closed::new().boxed()),
        ("hybrid".into(), Hybrid::new().boxed()),
    ];
    for path in &options.configs {
        let loaded = config::load(path).map(|config| config.build());
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
    let mut results: Vec<Vec<Week>> = policies
        .iter()
        .map(|(_, p)| run(p.as_ref(), None, &people, &arrivals, &progress))
        .collect();
    let mut names: Vec<String> = policies.iter().map(|(n, _)| n.clone()).collect();
    // A budget only changes a policy that follows people up.
    let mut twins = Vec::new();
    if let Some(per_week) = options.follow_ups_per_week {
        let budget = FollowUpBudget::new(per_week, WEEK);
        for (base, (name, policy)) in policies.iter().enumerate() {
            if results[base].last().is_some_and(|w| w.follow_ups > 0) {
                progress.inc_length(u64::from(options.weeks));
                let clock = ManualClock::new();
                let budgeted = Budgeted::with_clock(policy, budget, &clock);
                twins.push(Twin {
                    base,
                    budgeted: results.len(),
                });
                results.push(run(&budgeted, Some(&clock), &people, &arrivals, &progress));
                names.push(format!("{name} {per_week}/wk"));
            }
        }
    }
    progress.finish_and_clear();

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
    if let Some(per_week) = options.follow_ups_per_week {
        println!();
        summarise_budget(per_week, &names, &results, &twins);
    }
    if let Some(path) = &options.svg {
        let per_week = options.follow_ups_per_week.unwrap_or_default();
        if let Err(err) = chart(path, &names, &results, &twins, per_week) {
            eprintln!("simulate: cannot draw {path}: {err}");
            return ExitCode::FAILURE;
        }
        println!("\nchart written to {path}");
    }
    ExitCode::SUCCESS
}
