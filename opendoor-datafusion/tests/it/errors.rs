//! What a wrong call says: which argument, which column, which row.

use datafusion::prelude::SessionContext;
use opendoor::NetworkingPolicy;

async fn error(sql: &str) -> String {
    let ctx = SessionContext::new();
    opendoor_datafusion::register(&ctx);
    let run = async { ctx.sql(sql).await?.collect().await };
    run.await.expect_err(sql).to_string()
}

#[tokio::test]
async fn a_bad_config_fails_when_planned_with_serdes_place() {
    let message =
        error(r#"SELECT opendoor_decide('{"policy": "hybrid", "strangerz": "ignore"}', 'Ann')"#)
            .await;
    assert!(
        message.contains("opendoor_decide: the policy config (argument 1) is not valid"),
        "{message}"
    );
    assert!(
        message.contains("unknown field `strangerz`") && message.contains("column"),
        "{message}"
    );
}

#[tokio::test]
async fn a_follow_up_budget_is_refused() {
    let sql = r#"SELECT opendoor_decide('{"policy": "hybrid", "follow_up_budget": {"follow_ups": 2, "per_days": 7}}', 'Ann')"#;
    let message = error(sql).await;
    assert!(
        message.contains("follow_up_budget") && message.contains("remove it from the config"),
        "{message}"
    );
}

#[tokio::test]
async fn a_constant_expression_is_a_config() {
    let ctx = SessionContext::new();
    opendoor_datafusion::register(&ctx);
    let sql = r#"SELECT opendoor_decide(concat('{"policy": ', '"closed"}'), 'Ann')['action']"#;
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    let action =
        datafusion::arrow::util::display::array_value_to_string(batches[0].column(0), 0).unwrap();
    assert_eq!(action, "ignore");
    let message = error(r#"SELECT opendoor_decide(NULL, 'Ann')"#).await;
    assert!(
        message.contains("the policy config (argument 1) is NULL"),
        "{message}"
    );
}

#[tokio::test]
async fn the_config_must_be_a_constant() {
    let message =
        error(r#"SELECT opendoor_decide(c, 'Ann') FROM (VALUES ('{"policy": "open"}')) AS t(c)"#)
            .await;
    assert!(message.contains("must be a constant string"), "{message}");
}

#[tokio::test]
async fn a_column_of_the_wrong_type_is_named() {
    let message =
        error(r#"SELECT opendoor_decide('{"policy": "open"}', 'Ann', 'Hi', 'stranger', 'many')"#)
            .await;
    assert!(
        message.contains("argument 5 (`mutual_connections`) must be an integer, not Utf8"),
        "{message}"
    );
    let message = error(r#"SELECT opendoor_decide('{"policy": "open"}')"#).await;
    assert!(
        message.contains("takes a policy config and 1 to 13 request columns"),
        "{message}"
    );
}

#[tokio::test]
async fn a_bad_spelling_names_the_column_and_row() {
    let sql = r#"SELECT opendoor_decide('{"policy": "hybrid"}', s, 'Hi', f)
                 FROM (VALUES ('Ann', 'stranger'), ('Bo', 'frend')) AS t(s, f)"#;
    let message = error(sql).await;
    assert!(
        message.contains("column `familiarity`, row 1") && message.contains("frend"),
        "{message}"
    );
    assert!(
        message.contains("within the batch being evaluated"),
        "{message}"
    );
}

#[tokio::test]
async fn null_arguments_take_the_defaults() {
    let ctx = SessionContext::new();
    opendoor_datafusion::register(&ctx);
    let sql = r#"SELECT opendoor_decide('{"policy": "hybrid"}', 'Ann', NULL, NULL, NULL)['action'],
                        opendoor_decide('{"policy": "hybrid"}', NULL)['action'] IS NULL"#;
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    let cell = |column| {
        datafusion::arrow::util::display::array_value_to_string(batches[0].column(column), 0)
            .unwrap()
    };
    let expected = opendoor::Hybrid::new().decide(&opendoor::Request::connect("Ann"));
    assert_eq!(cell(0), expected.action().as_str());
    assert_eq!(cell(1), "true");
}
