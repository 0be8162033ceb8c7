//! The functions in one process, against the row-wise API.

use std::sync::Arc;

use datafusion::prelude::{SessionConfig, SessionContext};
use opendoor::{NetworkingPolicy, PolicyConfig};
use proptest::prelude::*;

use crate::{Query, mass_notes, note_kinds, register_table, replay, rows};

async fn context(partitions: usize) -> SessionContext {
    let ctx =
        SessionContext::new_with_config(SessionConfig::new().with_target_partitions(partitions));
    opendoor_datafusion::register(&ctx);
    register_table(&ctx).await;
    ctx
}

async fn check(query: Query) {
    for partitions in [1, 2] {
        let ctx = context(partitions).await;
        assert_eq!(
            rows(&ctx, &query.sql).await,
            query.expected,
            "{partitions} partitions: {}",
            query.sql
        );
    }
}

#[tokio::test]
async fn note_kinds_count_as_classify_does() {
    let query = note_kinds();
    assert_eq!(
        query.expected.len(),
        4,
        "every kind occurs: {:?}",
        query.expected
    );
    check(query).await;
}

#[tokio::test]
async fn mass_notes_are_the_bodies_many_senders_paste() {
    let query = mass_notes();
    // The generated campaigns above the threshold, not the one sender who
    // pastes one body hundreds of times, nor the small campaign.
    assert!(
        (2..=5).contains(&query.expected.len()),
        "{:?}",
        query.expected
    );
    check(query).await;
}

#[tokio::test]
async fn a_replay_decides_each_row_as_decide_does() {
    check(replay()).await;
}

#[tokio::test]
async fn platform_and_language_name_a_stock_text() {
    let ctx = context(1).await;
    let sql = "SELECT opendoor_platform(n), opendoor_language(n), opendoor_note_kind(n)
               FROM (VALUES ('I''d like to add you to my professional network on LinkedIn.'),
                            ('Loved your RustConf talk!'), (NULL)) AS t(n)";
    assert_eq!(
        rows(&ctx, sql).await,
        [
            vec!["", "", ""],
            vec!["", "", "personal"],
            vec!["LinkedIn", "en", "platform_default"],
        ]
    );
}

#[tokio::test]
async fn every_string_type_reads_the_same() {
    let ctx = context(1).await;
    // Parquet gives `Utf8View`; a dictionary column reaches the function
    // cast to text by DataFusion's coercion, so it is one of these.
    let sql = "SELECT opendoor_fingerprint(note) = opendoor_fingerprint(arrow_cast(note, 'LargeUtf8'))
                  AND opendoor_fingerprint(note) = opendoor_fingerprint(arrow_cast(note, 'Utf8'))
                  AND opendoor_note_kind(note) = opendoor_note_kind(arrow_cast(note, 'LargeUtf8'))
                  AND opendoor_note_kind(note) = opendoor_note_kind(arrow_cast(note, 'Dictionary(Int32, Utf8)'))
               FROM invitations WHERE opendoor_fingerprint(note) IS NOT NULL LIMIT 500";
    let answers = rows(&ctx, sql).await;
    assert_eq!(answers.len(), 500);
    assert!(answers.iter().all(|row| row == &["true"]));
}

fn decide_sql(policy: &str) -> String {
    format!(
        "SELECT decision['action'], decision['reasons']
         FROM (SELECT opendoor_decide('{policy}', sender, note, familiarity, mutual_connections,
                      claim, introduction_to, account_age_days, follows_you_since_days,
                      mass_senders, limited_sender, private_mention, bot_sender, server) AS decision
               FROM requests)"
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Every request column reaches the policy: the SQL decision (action
    /// and reasons) of any requests, all 13 columns passed, is `decide`'s,
    /// row by row.
    #[test]
    fn sql_decides_any_requests_as_decide_does(
        requests in proptest::collection::vec(opendoor_testkit::strategies::request(), 1..20),
        policy in proptest::sample::select(vec![
            r#"{"policy": "hybrid"}"#,
            r#"{"policy": "hybrid", "strangers": "ignore", "min_mutual_connections": 3}"#,
            r#"{"policy": "rules", "mass_note": "ignore"}"#,
            r#"{"policy": "closed"}"#,
        ]),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        let actions = runtime.block_on(async {
            let ctx = SessionContext::new();
            opendoor_datafusion::register(&ctx);
            ctx.register_batch("requests", opendoor_testkit::batch(&requests)).expect("registered");
            // `rows` sorts; the order of one batch through a projection is kept.
            let batches = ctx.sql(&decide_sql(policy)).await.expect("planned").collect().await.expect("ran");
            batches
                .iter()
                .flat_map(|batch| (0..batch.num_rows()).map(move |row| {
                    let cell = |column| datafusion::arrow::util::display::array_value_to_string(batch.column(column), row).expect("a string");
                    (cell(0), cell(1))
                }))
                .collect::<Vec<(String, String)>>()
        });
        let decider = Arc::<dyn NetworkingPolicy + Send + Sync>::from(
            serde_json::from_str::<PolicyConfig>(policy).expect("a config").build(),
        );
        let expected: Vec<(String, String)> = requests
            .iter()
            .map(|r| {
                let decision = decider.decide(r);
                let reasons: Vec<&str> = decision.reasons().map(|reason| reason.as_str()).collect();
                (decision.action().as_str().to_owned(), format!("[{}]", reasons.join(", ")))
            })
            .collect();
        prop_assert_eq!(actions, expected);
    }
}
