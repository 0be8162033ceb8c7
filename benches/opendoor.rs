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
    NetworkingPolicy, Open, Reason, Request, Rules,
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

/// One regex per glob, tried in turn on the whole sender: what a first
/// MSC4155 filter looks like (and what opendoor 0.1 did for a large list,
/// with no cap on the sender's length).
struct NaiveGlobs(Vec<Regex>);

impl NaiveGlobs {
    fn new(globs: &[String]) -> Self {
        let regex = |glob: &str| {
            let body: String = glob
                .chars()
                .map(|c| match c {
                    '*' => ".*".to_owned(),
                    '?' => ".".to_owned(),
                    c => regex::escape(&c.to_string()),
                })
                .collect();
            Regex::new(&format!("(?i)^{body}$")).expect("an escaped glob compiles")
        };
        NaiveGlobs(globs.iter().map(|g| regex(g)).collect())
    }

    fn decide(&self, request: &Request) -> Action {
        if self.0.iter().any(|r| r.is_match(request.sender())) {
            Action::Block
        } else {
            Action::Accept
        }
    }
}

/// Senders an attacker controls: a list of 1,000 globs with several `*`
/// each, and senders from a Matrix ID's length up to 10 MB against one long
/// glob. Each beside the naive filter.
fn hostile_senders(c: &mut Criterion) {
    let many: Vec<String> = (0..1_000)
        .map(|i| format!("@*spam{i}*bot*:*.example{i}.*"))
        .collect();
    let rules = Rules::builder().blocked_users(many.iter().cloned()).build();
    let naive = NaiveGlobs::new(&many);
    let request = Request::connect("@ann.lee-1234:matrix.example.org").with_account_age_days(900);
    let mut group = c.benchmark_group("globs_1000");
    group.throughput(Throughput::Elements(1));
    // A sender made to hold as many keys as 255 characters can: each key
    // found costs one glob's regex.
    let keys: String = (0..100).map(|i| format!(".example{i}.")).collect();
    let crafted = Request::connect(format!("@x:{}", &keys[..240]));
    group.bench_function("opendoor", |b| b.iter(|| rules.decide(black_box(&request))));
    group.bench_function("opendoor_crafted_sender", |b| {
        b.iter(|| rules.decide(black_box(&crafted)))
    });
    group.bench_function("naive_each_regex", |b| {
        b.iter(|| naive.decide(black_box(&request)))
    });
    group.finish();

    let long_glob = vec!["*x?".repeat(80)];
    let rules = Rules::builder()
        .blocked_users(long_glob.iter().cloned())
        .build();
    let naive = NaiveGlobs::new(&long_glob);
    let mut group = c.benchmark_group("long_sender");
    group.sample_size(10);
    for bytes in [64 << 10, 1 << 20, 10 << 20] {
        let sender = Request::connect(format!("@{}:x.example", "xa".repeat(bytes / 2)));
        group.bench_function(BenchmarkId::new("opendoor", bytes), |b| {
            b.iter(|| rules.decide(black_box(&sender)))
        });
        if bytes == 64 << 10 {
            group.bench_function(BenchmarkId::new("naive_each_regex", bytes), |b| {
                b.iter(|| naive.decide(black_box(&sender)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, classify, decide, bulk, bulk_par, hostile_senders);
criterion_main!(benches);
