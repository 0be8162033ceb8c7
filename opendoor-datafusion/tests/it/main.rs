//! The SQL functions against the row-wise API, on one machine and (feature
//! `ballista`) on a local Ballista cluster. One test binary: DataFusion
//! links slowly.

#[cfg(feature = "ballista")]
mod ballista;
mod errors;
mod sql;

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::path::Path;
use std::sync::OnceLock;

use datafusion::arrow::array::RecordBatch;
use datafusion::arrow::util::display::array_value_to_string;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use opendoor::{GreetingDetector, GreetingKind, NetworkingPolicy, PolicyConfig, Request};

/// Rows of the shared table: enough for campaign bodies above and below
/// the mass-note threshold, in files of several batches (8,192 rows) each,
/// so a partition's aggregate merges batches (a Ballista shuffle lost a
/// dictionary type only then).
pub const ROWS: usize = 24_000;

/// The replayed policy.
pub const STRICT: &str =
    r#"{"policy": "hybrid", "strangers": "ignore", "min_mutual_connections": 3}"#;

/// The invitations, as requests and as a directory of 2 Parquet files.
pub struct Table {
    pub requests: Vec<Request>,
    pub dir: tempfile::TempDir,
}

pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut requests = Vec::with_capacity(ROWS);
        for part in 0..2 {
            let chunk = opendoor_testkit::corpus::invitations(ROWS / 2, 7 + part);
            write(
                &dir.path().join(format!("part-{part}.parquet")),
                &opendoor_testkit::batch(&chunk),
            );
            requests.extend(chunk);
        }
        Table { requests, dir }
    })
}

fn write(path: &Path, batch: &RecordBatch) {
    let file = File::create(path).expect("a Parquet file");
    let mut writer = ArrowWriter::try_new(file, batch.schema(), None).expect("a writer");
    writer.write(batch).expect("rows written");
    writer.close().expect("the file closed");
}

/// Registers the table as `invitations` on `ctx`.
pub async fn register_table(ctx: &SessionContext) {
    let dir = table().dir.path().to_str().expect("a UTF-8 path");
    ctx.register_parquet("invitations", dir, ParquetReadOptions::default())
        .await
        .expect("the table registered");
}

/// The rows of `sql`'s result, each column spelled as Arrow displays it,
/// sorted (row order is the engine's).
pub async fn rows(ctx: &SessionContext, sql: &str) -> Vec<Vec<String>> {
    let batches = ctx
        .sql(sql)
        .await
        .expect("planned")
        .collect()
        .await
        .expect("ran");
    let mut rows: Vec<Vec<String>> = batches
        .iter()
        .flat_map(|batch| {
            (0..batch.num_rows()).map(move |row| {
                batch
                    .columns()
                    .iter()
                    .map(|column| array_value_to_string(column, row).expect("displayable"))
                    .collect()
            })
        })
        .collect();
    rows.sort();
    rows
}

/// The queries of the example, with what the row-wise API says of the
/// same requests.
pub struct Query {
    pub sql: String,
    pub expected: Vec<Vec<String>>,
}

pub fn note_kinds() -> Query {
    let detector = GreetingDetector::new();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for request in &table().requests {
        *counts
            .entry(detector.classify(request.greeting().as_str()).as_str())
            .or_default() += 1;
    }
    Query {
        sql: "SELECT opendoor_note_kind(note) AS kind, count(*) FROM invitations GROUP BY kind"
            .into(),
        expected: sorted(
            counts
                .into_iter()
                .map(|(kind, n)| vec![kind.to_owned(), n.to_string()]),
        ),
    }
}

pub fn mass_notes() -> Query {
    let detector = GreetingDetector::new();
    let mut senders: HashMap<u64, HashSet<&str>> = HashMap::new();
    for request in &table().requests {
        let note = request.greeting().as_str();
        if detector.classify(note) == GreetingKind::PlatformDefault {
            continue;
        }
        if let Some(fingerprint) = detector.fingerprint(note) {
            senders
                .entry(fingerprint.as_u64())
                .or_default()
                .insert(request.sender());
        }
    }
    Query {
        sql: "SELECT opendoor_fingerprint(note) AS body, count(DISTINCT sender) AS senders
              FROM invitations WHERE opendoor_note_kind(note) <> 'platform_default'
              GROUP BY body HAVING body IS NOT NULL AND count(DISTINCT sender) >= 50"
            .into(),
        expected: sorted(
            senders
                .into_iter()
                .filter(|(_, senders)| senders.len() >= 50)
                .map(|(body, senders)| vec![body.to_string(), senders.len().to_string()]),
        ),
    }
}

pub fn replay() -> Query {
    let policy = serde_json::from_str::<PolicyConfig>(STRICT)
        .expect("a config")
        .build();
    Query {
        sql: format!(
            "SELECT sender, note, decision['action'], decision['reasons']
             FROM (SELECT sender, note, opendoor_decide('{STRICT}', sender, note, familiarity,
                          mutual_connections, claim, introduction_to) AS decision
                   FROM invitations)"
        ),
        expected: sorted(table().requests.iter().map(|request| {
            let decision = policy.decide(request);
            let reasons: Vec<&str> = decision.reasons().map(|r| r.as_str()).collect();
            vec![
                request.sender().to_owned(),
                request.greeting().as_str().to_owned(),
                decision.action().as_str().to_owned(),
                format!("[{}]", reasons.join(", ")),
            ]
        })),
    }
}

fn sorted(rows: impl Iterator<Item = Vec<String>>) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = rows.collect();
    rows.sort();
    rows
}
