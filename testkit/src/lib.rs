//! Fixtures shared by `opendoor`'s integration tests and benches, so both
//! depend on one definition instead of including each other's files:
//!
//! - [`corpus`]: a deterministic generated inbox (notes and requests) for
//!   benches and the allocation test;
//! - [`stock_rows`]: the built-in catalog, read through the public API,
//!   with its slots filled;
//! - [`labelled_notes`]: notes labelled `generic_template` or `personal`
//!   (`data/labelled_notes.tsv`, a copy of the shared corpus);
//! - [`strategies`]: proptest strategies for notes and requests;
//! - [`batch`]: requests as an Arrow record batch, as the columnar kernels
//!   read them.

pub mod corpus;
pub mod strategies;

use std::sync::Arc;

use arrow_array::{ArrayRef, BooleanArray, RecordBatch, StringArray, UInt32Array};
use opendoor::Request;

/// `requests` as a record batch with the columns
/// `opendoor::columns::decide_batch` reads (every field, names as
/// documented there).
pub fn batch(requests: &[Request]) -> RecordBatch {
    let text = |f: &dyn Fn(&Request) -> Option<&str>| -> ArrayRef {
        Arc::new(requests.iter().map(f).collect::<StringArray>())
    };
    let count = |f: &dyn Fn(&Request) -> Option<u32>| -> ArrayRef {
        Arc::new(requests.iter().map(f).collect::<UInt32Array>())
    };
    let flag = |f: &dyn Fn(&Request) -> bool| -> ArrayRef {
        Arc::new(
            requests
                .iter()
                .map(|r| Some(f(r)))
                .collect::<BooleanArray>(),
        )
    };
    RecordBatch::try_from_iter([
        ("sender", text(&|r| Some(r.sender()))),
        ("note", text(&|r| Some(r.greeting().as_str()))),
        ("introduction_to", text(&|r| r.kind().introduction_to())),
        ("claim", text(&|r| Some(r.claim().as_str()))),
        ("familiarity", text(&|r| Some(r.familiarity().as_str()))),
        (
            "mutual_connections",
            count(&|r| Some(r.mutual_connections())),
        ),
        ("account_age_days", count(&Request::account_age_days)),
        (
            "follows_you_since_days",
            count(&Request::follows_you_since_days),
        ),
        ("limited_sender", flag(&Request::is_limited_sender)),
        ("private_mention", flag(&Request::is_private_mention)),
        ("bot_sender", flag(&Request::is_bot_sender)),
        ("server", text(&|r| r.server())),
        ("mass_senders", count(&Request::mass_senders)),
    ])
    .expect("columns of equal length")
}

use opendoor::GreetingDetector;

/// One stock text of the built-in catalog, ready to classify.
#[derive(Debug, Clone)]
pub struct StockRow {
    pub platform: String,
    pub language: String,
    /// The text with its slots filled with names and a headline.
    pub text: String,
}

/// Fills a catalog text's slots with a fixed name, recipient, headline,
/// group, site and links.
pub fn fill(text: &str) -> String {
    text.replace("{sender}", "Ana Lima")
        .replace("{recipient}", "Sam")
        .replace("{headline}", "Senior Engineer at Acme")
        .replace("{group}", "Rust Berlin")
        .replace("{site}", "Acme Social")
        .replace("{invite_url}", "https://acme.example/invite/8Kd2")
        .replace("{profile_url}", "https://acme.example/u/ana-lima")
}

/// Every stock text of the built-in catalog, in catalog order, slots
/// filled.
pub fn stock_rows() -> Vec<StockRow> {
    GreetingDetector::new()
        .stock_texts()
        .map(|s| StockRow {
            platform: s.platform().to_owned(),
            language: s.language().to_owned(),
            text: fill(s.text()),
        })
        .collect()
}

/// The labelled notes as committed (`label`, `language`, `text`).
pub const LABELLED: &str = include_str!("../data/labelled_notes.tsv");

/// `(label, language, text)` of the labelled notes, slots filled.
pub fn labelled_notes() -> Vec<(String, String, String)> {
    labelled(LABELLED)
        .into_iter()
        .map(|(label, language, text)| (label, language, fill(&text)))
        .collect()
}

/// `(label, language, text)` of every row of a labelled TSV as
/// `examples/evaluate.rs` reads it: `#` comment lines and the header row
/// skipped, `\n` in `text` a line break, further columns ignored.
pub fn labelled(tsv: &str) -> Vec<(String, String, String)> {
    tsv.lines()
        .filter(|line| !line.starts_with('#'))
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let (label, language, text) = (cols.next()?, cols.next()?, cols.next()?);
            Some((
                label.to_owned(),
                language.to_owned(),
                text.replace("\\n", "\n"),
            ))
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
