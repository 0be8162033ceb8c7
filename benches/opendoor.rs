//! Benchmarks for the hot paths, each beside a naive baseline so the ratio
//! is read from one run.
//!
//! ```text
//! cargo bench --all-features --bench opendoor -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! The naive baseline is what a typical first version looks like: lower-case
//! the note with `to_lowercase()` and test it against one `Regex` per catalog
//! text (compiled once), in a loop.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use opendoor::{
    Action, Closed, Decision, Familiarity, GreetingDetector, GreetingKind, Hybrid,
    NetworkingPolicy, Open, Reason, Request,
};
use opendoor_testkit::corpus;
use regex::Regex;

const SEED: u64 = 2026;
const NOTES: usize = 10_000;
const BULK: usize = 100_000;

/// One regex per catalog text, tested against the lower-cased note.
struct NaiveDetector {
    patterns: Vec<Regex>,
}

impl NaiveDetector {
    fn new() -> Self {
        let patterns = GreetingDetector::new()
            .stock_texts()
            .map(|stock| {
                let mut pattern = regex::escape(&stock.text().to_lowercase());
                for slot in ["sender", "recipient", "headline"] {
                    pattern = pattern.replace(&format!("\\{{{slot}\\}}"), ".+");
                }
                Regex::new(&pattern).expect("escaped text compiles")
            })
            .collect();
        NaiveDetector { patterns }
    }

    fn classify(&self, note: &str) -> GreetingKind {
        if note.trim().is_empty() {
            return GreetingKind::Empty;
        }
        let lower = note.to_lowercase();
        if self.patterns.iter().any(|p| p.is_match(&lower)) {
            GreetingKind::PlatformDefault
        } else {
            GreetingKind::Personal
        }
    }
}

/// Hybrid's defaults over the naive detector.
struct NaiveHybrid(NaiveDetector);

impl NetworkingPolicy for NaiveHybrid {
    fn decide(&self, request: &Request) -> Decision {
        match request.familiarity() {
            Familiarity::Known => Decision::new(Action::Accept).with_reason(Reason::KnownSender),
            Familiarity::Acquainted if request.kind().is_connect() => {
                Decision::new(Action::Accept).with_reason(Reason::AcquaintedSender)
            }
            _ if !request.kind().is_connect() => {
                Decision::new(Action::FollowUp).with_reason(Reason::UnfamiliarIntroduction)
            }
            _ if request.mutual_connections() >= 1 => {
                Decision::new(Action::Accept).with_reason(Reason::MutualConnections)
            }
            _ if self.0.classify(request.greeting().as_str()) == GreetingKind::Personal => {
                Decision::new(Action::Accept).with_reason(Reason::PersonalNote)
            }
            _ => Decision::new(Action::FollowUp).with_reason(Reason::NoPersonalNote),
        }
    }
}

fn report_accuracy(
    notes: &[(String, corpus::Truth)],
    detector: &GreetingDetector,
    naive: &NaiveDetector,
) {
    let right = |f: &dyn Fn(&str) -> GreetingKind| {
        notes
            .iter()
            .filter(|(note, truth)| truth.agrees(f(note)))
            .count() as f64
            / notes.len() as f64
    };
    eprintln!(
        "accuracy on {} generated notes: opendoor {:.2}%, naive regex {:.2}%",
        notes.len(),
        100.0 * right(&|n| detector.classify(n)),
        100.0 * right(&|n| naive.classify(n)),
    );
}

fn classify(c: &mut Criterion) {
    let notes = corpus::notes(NOTES, SEED);
    let detector = GreetingDetector::new();
    let naive = NaiveDetector::new();
    report_accuracy(&notes, &detector, &naive);

    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Elements(notes.len() as u64));
    group.bench_function("opendoor", |b| {
        b.iter(|| {
            for (note, _) in &notes {
                black_box(detector.classify(black_box(note)));
            }
        })
    });
    group.sample_size(10);
    group.bench_function("naive_regex", |b| {
        b.iter(|| {
            for (note, _) in &notes {
                black_box(naive.classify(black_box(note)));
            }
        })
    });
    group.finish();
}

fn decide(c: &mut Criterion) {
    let requests = corpus::requests(NOTES, SEED);
    let policies: [(&str, Box<dyn NetworkingPolicy>); 4] = [
        ("open", Box::new(Open::new())),
        ("closed", Box::new(Closed::new())),
        ("hybrid", Box::new(Hybrid::new())),
        ("naive_hybrid", Box::new(NaiveHybrid(NaiveDetector::new()))),
    ];
    let mut group = c.benchmark_group("decide");
    group.throughput(Throughput::Elements(requests.len() as u64));
    for (name, policy) in &policies {
        if *name == "naive_hybrid" {
            group.sample_size(10);
        }
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| {
                for request in &requests {
                    let _ = black_box(policy.decide(black_box(request)));
                }
            })
        });
    }
    group.finish();
}

fn bulk(c: &mut Criterion) {
    let requests = corpus::requests(BULK, SEED);
    let hybrid = Hybrid::new();
    let naive = NaiveHybrid(NaiveDetector::new());
    let mut decisions = Vec::with_capacity(requests.len());
    let mut group = c.benchmark_group("bulk");
    group.throughput(Throughput::Elements(requests.len() as u64));
    group.sample_size(10);
    group.bench_function("hybrid_decide_into", |b| {
        b.iter(|| hybrid.decide_into(black_box(&requests), &mut decisions))
    });
    group.bench_function("naive_hybrid_decide_into", |b| {
        b.iter(|| naive.decide_into(black_box(&requests), &mut decisions))
    });
    group.finish();
}

#[cfg(feature = "rayon")]
fn bulk_par(c: &mut Criterion) {
    use opendoor::ParallelDecide;

    let requests = corpus::requests(BULK, SEED);
    let hybrid = Hybrid::new();
    let mut decisions = Vec::with_capacity(requests.len());
    let mut group = c.benchmark_group("bulk_par");
    group.throughput(Throughput::Elements(requests.len() as u64));
    group.sample_size(10);
    group.bench_function("hybrid_decide_into", |b| {
        b.iter(|| hybrid.decide_into(black_box(&requests), &mut decisions))
    });
    group.bench_function(
        BenchmarkId::new("hybrid_par_decide_into", rayon::current_num_threads()),
        |b| b.iter(|| hybrid.par_decide_into(black_box(&requests), &mut decisions)),
    );
    group.finish();
}

#[cfg(not(feature = "rayon"))]
fn bulk_par(_: &mut Criterion) {
    eprintln!("bulk_par skipped: run with --features rayon");
}

criterion_group!(benches, classify, decide, bulk, bulk_par);
criterion_main!(benches);
