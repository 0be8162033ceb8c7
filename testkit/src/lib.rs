//! Fixtures shared by `opendoor`'s integration tests and benches, so both
//! depend on one definition instead of including each other's files:
//!
//! - [`corpus`]: a deterministic generated inbox (notes and requests) for
//!   benches and the allocation test;
//! - [`stock_rows`]: the built-in catalog, read through the public API,
//!   with its slots filled;
//! - [`labelled_notes`]: notes labelled `generic_template` or `personal`
//!   (`data/labelled_notes.tsv`, a copy of the shared corpus);
//! - [`strategies`]: proptest strategies for notes and requests.

pub mod corpus;
pub mod strategies;

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
    LABELLED
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let (label, language, text) = (cols.next()?, cols.next()?, cols.next()?);
            Some((
                label.to_owned(),
                language.to_owned(),
                fill(&text.replace("\\n", "\n")),
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
