//! Benchmarks: the detector alone and each policy's full hot path.
//!
//! ```text
//! cargo bench --bench opendoor -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use opendoor::{Closed, GreetingDetector, Hybrid, NetworkingPolicy, Open, Request};

const NOTES: &[&str] = &[
    "I'd like to add you to my LinkedIn network",
    "Hi Sam,\n\nI’d like to add you to my professional network on LinkedIn.\n\n– Ana",
    "Me gustaría añadirte a mi red profesional en LinkedIn.",
    "",
    "Saw your talk on cutting on-call pages at Acme. I run a tool that does the alert-dedup part automatically.",
    "Hi Bob 👋, it was cool to chat at the Lisbon meetup. Let's chat more some time!",
    "Hello, I'd like to connect.",
    "Я хочу добавить вас в свой список контактов.",
];

fn classify(c: &mut Criterion) {
    let detector = GreetingDetector::new();
    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Elements(NOTES.len() as u64));
    group.bench_function("detector", |b| {
        b.iter(|| {
            for note in NOTES {
                black_box(detector.classify(black_box(note)));
            }
        })
    });
    group.finish();
}

fn decide(c: &mut Criterion) {
    let requests: Vec<Request> = NOTES
        .iter()
        .map(|note| Request::connect("Sam").with_greeting(*note))
        .collect();
    let policies: [(&str, Box<dyn NetworkingPolicy>); 3] = [
        ("open", Box::new(Open::new())),
        ("closed", Box::new(Closed::new())),
        ("hybrid", Box::new(Hybrid::new())),
    ];
    let mut group = c.benchmark_group("decide");
    group.throughput(Throughput::Elements(requests.len() as u64));
    for (name, policy) in &policies {
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

criterion_group!(benches, classify, decide);
criterion_main!(benches);
