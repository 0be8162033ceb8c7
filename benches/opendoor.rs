//! Benchmarks for the hot paths, each beside a naive baseline so the ratio
//! is read from one run.
//!
//! ```text
//! cargo bench --all-features --bench opendoor -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! The naive baseline is what a typical first version looks like: lower-case
//! the note with `to_lowercase()` and test it against one `Regex` per catalog
//! text (compiled once), in a loop. Beside it, the best single-regex
//! baseline (lower-case, then one alternation of every catalog text with
//! its slots, size and DFA limits raised) and a byte-scan floor (every byte
//! read once through a class table, counting words: less than any
//! classifier can do).
//!
//! Two corpora: the generated multilingual inbox (`corpus::notes`: 40 %
//! decorated stock texts in 78 languages, 20 % empty, 40 % personal) and an
//! English-heavy mix (`corpus::english_mix`: 30 % empty, 30 % English stock
//! texts, two thirds verbatim, 30 % personal, 10 % generic). Beside the
//! detector, the same detector with a memo of repeats
//! (`opendoor_repeat_cache`), and both over notes that never repeat
//! (`classify_unique`), where the memo can only cost.

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main,
};
use opendoor::{
    Action, Closed, Decision, Familiarity, GreetingDetector, GreetingKind, Hybrid,
    NetworkingPolicy, Open, Reason, Request, Rules,
};
use opendoor_testkit::corpus;
use regex::{Regex, RegexBuilder};

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

/// The best single-regex baseline: one alternation of every catalog text
/// (slots as `.+`), lazy DFA, limits raised, against the lower-cased note.
struct CombinedRegex(Regex);

impl CombinedRegex {
    fn new() -> Self {
        let alternation: Vec<String> = GreetingDetector::new()
            .stock_texts()
            .map(|stock| {
                let mut pattern = regex::escape(&stock.text().to_lowercase());
                for slot in [
                    "sender",
                    "recipient",
                    "headline",
                    "group",
                    "site",
                    "invite_url",
                    "profile_url",
                ] {
                    pattern = pattern.replace(&format!("\\{{{slot}\\}}"), ".+");
                }
                format!("(?:{pattern})")
            })
            .collect();
        let regex = RegexBuilder::new(&alternation.join("|"))
            .size_limit(1 << 30)
            .dfa_size_limit(1 << 30)
            .build()
            .expect("the alternation compiles");
        CombinedRegex(regex)
    }

    fn classify(&self, note: &str) -> GreetingKind {
        if note.trim().is_empty() {
            GreetingKind::Empty
        } else if self.0.is_match(&note.to_lowercase()) {
            GreetingKind::PlatformDefault
        } else {
            GreetingKind::Personal
        }
    }
}

/// Whether a byte may be part of a word (ASCII letters and digits, and
/// every byte of a non-ASCII character).
const WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b >= 0x80;
        b += 1;
    }
    table
};

/// The floor: every byte read once through a class table, counting the
/// words. Any classifier reads the note at least this far.
fn byte_scan(note: &str) -> usize {
    let mut words = 0;
    let mut previous = false;
    for &b in note.as_bytes() {
        let word = WORD_BYTE[usize::from(b)];
        words += usize::from(word & !previous);
        previous = word;
    }
    words
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
    combined: &CombinedRegex,
) {
    let right = |f: &dyn Fn(&str) -> GreetingKind| {
        notes
            .iter()
            .filter(|(note, truth)| truth.agrees(f(note)))
            .count() as f64
            / notes.len() as f64
    };
    eprintln!(
        "accuracy on {} generated notes: opendoor {:.2}%, naive regex {:.2}%, combined regex {:.2}%",
        notes.len(),
        100.0 * right(&|n| detector.classify(n)),
        100.0 * right(&|n| naive.classify(n)),
        100.0 * right(&|n| combined.classify(n)),
    );
}

fn classify(c: &mut Criterion) {
    let detector = GreetingDetector::new();
    let cached = GreetingDetector::new().with_repeat_cache(REPEAT_SLOTS);
    let naive = NaiveDetector::new();
    let combined = CombinedRegex::new();
    for (group, notes) in [
        ("classify", corpus::notes(NOTES, SEED)),
        ("classify_english", corpus::english_mix(NOTES, SEED)),
    ] {
        eprint!("{group}: ");
        report_accuracy(&notes, &detector, &naive, &combined);
        let bytes: usize = notes.iter().map(|(note, _)| note.len()).sum();
        eprintln!(
            "{group}: {:.0} bytes per note",
            bytes as f64 / notes.len() as f64
        );
        let mut group = c.benchmark_group(group);
        group.throughput(Throughput::Elements(notes.len() as u64));
        over_notes(&mut group, "opendoor", &notes, |note| {
            detector.classify(note)
        });
        over_notes(&mut group, "opendoor_repeat_cache", &notes, |note| {
            cached.classify(note)
        });
        over_notes(&mut group, "byte_scan_floor", &notes, byte_scan);
        group.sample_size(10);
        over_notes(&mut group, "combined_regex", &notes, |note| {
            combined.classify(note)
        });
        over_notes(&mut group, "naive_regex", &notes, |note| {
            naive.classify(note)
        });
        group.finish();
    }
}

/// Slots of the memo of repeats the `opendoor_repeat_cache` benchmarks
/// use (at most 1 MiB of notes per thread).
const REPEAT_SLOTS: usize = 1024;

/// The memo of repeats where nothing repeats: every distinct note of both
/// corpora (about 30 times the slots), cycled, so a slot never holds the
/// note that comes back to it; what a miss costs.
fn classify_unique(c: &mut Criterion) {
    let mut seen = std::collections::HashSet::new();
    let notes: Vec<(String, corpus::Truth)> = corpus::notes(5 * NOTES, SEED)
        .into_iter()
        .chain(corpus::english_mix(5 * NOTES, SEED + 1))
        .filter(|(note, _)| !note.trim().is_empty() && seen.insert(note.clone()))
        .collect();
    eprintln!("classify_unique: {} distinct notes", notes.len());
    let detector = GreetingDetector::new();
    let cached = GreetingDetector::new().with_repeat_cache(REPEAT_SLOTS);
    let mut group = c.benchmark_group("classify_unique");
    group.throughput(Throughput::Elements(notes.len() as u64));
    over_notes(&mut group, "opendoor", &notes, |note| {
        detector.classify(note)
    });
    over_notes(&mut group, "opendoor_repeat_cache", &notes, |note| {
        cached.classify(note)
    });
    group.finish();
}

/// Benchmarks `classify` over every note of the corpus (generic, so each
/// contender is measured without an indirect call).
fn over_notes<R>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    notes: &[(String, corpus::Truth)],
    classify: impl Fn(&str) -> R,
) {
    group.bench_function(name, |b| {
        b.iter(|| {
            for (note, _) in notes {
                black_box(classify(black_box(note)));
            }
        })
    });
}

/// Benchmarks `each` over every request, row by row: the row-wise side of
/// the columnar comparisons.
#[cfg(feature = "arrow")]
fn over_requests<R>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    requests: &[opendoor::Request],
    each: impl Fn(&opendoor::Request) -> R,
) {
    group.bench_function(name, |b| {
        b.iter(|| {
            for request in requests {
                black_box(each(black_box(request)));
            }
        })
    });
}

fn decide(c: &mut Criterion) {
    let requests = corpus::requests(NOTES, SEED);
    let english = corpus::english_requests(NOTES, SEED);
    let hybrid = Hybrid::new();
    let mut group = c.benchmark_group("decide_english");
    group.throughput(Throughput::Elements(english.len() as u64));
    group.bench_function("hybrid", |b| {
        b.iter(|| {
            for request in &english {
                let _ = black_box(hybrid.decide(black_box(request)));
            }
        })
    });
    group.finish();
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

/// The columnar kernels against the row-wise API on the same 10,000
/// requests (and their notes): what a record batch costs beyond the rows.
#[cfg(feature = "arrow")]
fn columns(c: &mut Criterion) {
    use arrow_array::StringArray;
    use opendoor::columns::{decide_batch, note_fingerprints, note_kinds};

    let requests = corpus::requests(NOTES, SEED);
    let batch = opendoor_testkit::batch(&requests);
    let notes: StringArray = requests
        .iter()
        .map(|r| Some(r.greeting().as_str()))
        .collect();
    let detector = GreetingDetector::new();
    let hybrid = Hybrid::new();
    let mut group = c.benchmark_group("columns");
    group.throughput(Throughput::Elements(requests.len() as u64));
    group.bench_function("note_kinds", |b| {
        b.iter(|| note_kinds(&detector, black_box(&notes)).unwrap())
    });
    over_requests(&mut group, "classify_rows", &requests, |r| {
        detector.classify(r.greeting().as_str())
    });
    group.bench_function("note_fingerprints", |b| {
        b.iter(|| note_fingerprints(&detector, black_box(&notes)).unwrap())
    });
    over_requests(&mut group, "fingerprint_rows", &requests, |r| {
        detector.fingerprint(r.greeting().as_str())
    });
    group.bench_function("decide_batch_hybrid", |b| {
        b.iter(|| decide_batch(&hybrid, black_box(&batch)).unwrap())
    });
    over_requests(&mut group, "decide_rows_hybrid", &requests, |r| {
        hybrid.decide(r)
    });
    group.finish();
}

#[cfg(not(feature = "arrow"))]
fn columns(_: &mut Criterion) {
    eprintln!("columns skipped: run with --features arrow");
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

criterion_group!(
    benches,
    classify,
    classify_unique,
    decide,
    bulk,
    bulk_par,
    columns,
    hostile_senders
);
criterion_main!(benches);
