//! Shared fixtures: the committed copies of the shared corpora, and
//! strategies for requests.
#![allow(dead_code, unreachable_pub)]

use opendoor::{Familiarity, Relationship, Request};
use proptest::prelude::*;

/// One row of the catalog copy in `data/`.
#[derive(Debug, Clone)]
pub struct StockRow {
    pub platform: String,
    pub language: String,
    /// The text with `\n` decoded and slots filled with names.
    pub text: String,
}

pub const CATALOG: &str = include_str!("../../data/stock_greetings.tsv");
pub const LABELLED: &str = include_str!("../data/labelled_notes.tsv");

fn fill(text: &str) -> String {
    text.replace("\\n", "\n")
        .replace("{sender}", "Ana Lima")
        .replace("{recipient}", "Sam")
        .replace("{headline}", "Senior Engineer at Acme")
}

pub fn stock_rows() -> Vec<StockRow> {
    CATALOG
        .lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            StockRow {
                platform: cols[0].to_owned(),
                language: cols[1].to_owned(),
                text: fill(cols[2]),
            }
        })
        .collect()
}

/// `(label, language, text)` of the labelled notes.
pub fn labelled_notes() -> Vec<(String, String, String)> {
    LABELLED
        .lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            (cols[0].to_owned(), cols[1].to_owned(), fill(cols[2]))
        })
        .collect()
}

/// Sentences that say something specific: six or more words, not a
/// pleasantry, each naming a place, an event, a topic or a number.
pub const SPECIFIC_SENTENCES: &[&str] = &[
    "We met at the Rust meetup in Berlin last spring.",
    "Your article on Kubernetes autoscaling saved our team a week.",
    "Priya Shah from our Lisbon office suggested I write to you.",
    "I enjoyed your keynote about observability at KubeCon 2024.",
    "My startup builds payroll software for Kenyan farmers and needs advice.",
    "Thanks for the tip about sourdough starters at Tuesday's potluck!",
    "Nous nous sommes croisés au salon VivaTech à Paris en juin.",
    "Tu charla sobre bases de datos en Valencia me encantó muchísimo.",
    "Ich habe Ihren Vortrag über Solarzellen in München gehört.",
];

/// Notes of every kind, for requests.
pub fn greeting() -> impl Strategy<Value = String> {
    let stock: Vec<String> = stock_rows().into_iter().map(|r| r.text).collect();
    let labelled: Vec<String> = labelled_notes().into_iter().map(|r| r.2).collect();
    prop_oneof![
        Just(String::new()),
        proptest::sample::select(stock),
        proptest::sample::select(labelled),
        proptest::sample::select(SPECIFIC_SENTENCES).prop_map(str::to_owned),
        ".{0,60}",
    ]
}

/// Notes that say nothing personal: empty, stock texts, generic templates.
pub fn non_personal_greeting() -> impl Strategy<Value = String> {
    let stock: Vec<String> = stock_rows().into_iter().map(|r| r.text).collect();
    let generic: Vec<String> = labelled_notes()
        .into_iter()
        .filter(|r| r.0 == "generic_template")
        .map(|r| r.2)
        .collect();
    prop_oneof![
        Just(String::new()),
        proptest::sample::select(stock),
        proptest::sample::select(generic),
    ]
}

pub fn familiarity() -> impl Strategy<Value = Familiarity> {
    proptest::sample::select(Familiarity::ALL)
}

pub fn relationship() -> impl Strategy<Value = Relationship> {
    proptest::sample::select(Relationship::ALL)
}

/// Any request: either kind, any signals, any kind of note.
pub fn request() -> impl Strategy<Value = Request> {
    (
        any::<bool>(),
        "[A-Za-zÀ-ÿ ]{1,20}",
        greeting(),
        relationship(),
        familiarity(),
        prop_oneof![0u32..5, any::<u32>()],
        proptest::option::of(0u32..4000),
    )
        .prop_map(|(intro, sender, note, claim, familiarity, mutual, age)| {
            let request = if intro {
                Request::introduction(sender, "Dana")
            } else {
                Request::connect(sender)
            };
            let request = request
                .with_greeting(note)
                .with_claim(claim)
                .with_familiarity(familiarity)
                .with_mutual_connections(mutual);
            match age {
                Some(days) => request.with_account_age_days(days),
                None => request,
            }
        })
}
