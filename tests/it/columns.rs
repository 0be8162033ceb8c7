//! The columnar kernels (feature `arrow`) answer exactly as the row-wise
//! API does, propagate nulls, and name what is wrong with a column.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Int8Type;
use arrow_array::{
    Array, ArrayRef, DictionaryArray, Int64Array, LargeStringArray, RecordBatch, StringArray,
    StringViewArray,
};
use opendoor::columns::{
    ColumnError, decide_batch, note_fingerprints, note_kinds, note_languages, note_platforms,
};
use opendoor::{Action, Closed, GreetingDetector, Hybrid, NetworkingPolicy, Open, Request, Rules};
use opendoor_testkit::{batch, corpus, strategies};
use proptest::prelude::*;

/// The dictionary column's spellings, row by row.
fn spelled(array: &dyn Array) -> Vec<Option<String>> {
    let dictionary = array.as_dictionary::<Int8Type>();
    let values = dictionary.values().as_string::<i32>();
    dictionary
        .keys()
        .iter()
        .map(|key| key.map(|k| values.value(k as usize).to_owned()))
        .collect()
}

#[test]
fn note_kernels_agree_with_the_detector_row_by_row() {
    let detector = GreetingDetector::new();
    let notes: Vec<Option<String>> = corpus::notes(3_000, 11)
        .into_iter()
        .enumerate()
        .map(|(i, (note, _))| (i % 17 != 0).then_some(note))
        .collect();
    let utf8: StringArray = notes.iter().map(Option::as_deref).collect();
    let large: LargeStringArray = notes.iter().map(Option::as_deref).collect();
    let view: StringViewArray = notes.iter().map(Option::as_deref).collect();
    let dictionary: DictionaryArray<Int8Type> =
        notes.iter().take(100).map(Option::as_deref).collect();
    for column in [&utf8 as &dyn Array, &large, &view, &dictionary] {
        let kinds = spelled(&note_kinds(&detector, column).unwrap());
        let platforms = note_platforms(&detector, column).unwrap();
        let languages = note_languages(&detector, column).unwrap();
        let fingerprints = note_fingerprints(&detector, column).unwrap();
        assert_eq!(kinds.len(), column.len());
        for (row, note) in notes.iter().take(column.len()).enumerate() {
            let Some(note) = note else {
                assert!(kinds[row].is_none() && platforms.is_null(row) && languages.is_null(row));
                assert!(fingerprints.is_null(row));
                continue;
            };
            let detection = detector.detect(note);
            assert_eq!(
                kinds[row].as_deref(),
                Some(detection.kind().as_str()),
                "{note:?}"
            );
            assert_eq!(
                platforms.is_valid(row).then(|| platforms.value(row)),
                detection.platform()
            );
            assert_eq!(
                languages.is_valid(row).then(|| languages.value(row)),
                detection.language()
            );
            assert_eq!(
                fingerprints.is_valid(row).then(|| fingerprints.value(row)),
                detector.fingerprint(note).map(|f| f.as_u64())
            );
        }
    }
}

#[test]
fn decide_batch_agrees_with_decide_row_by_row() {
    let requests = corpus::requests(3_000, 5);
    let batch = batch(&requests);
    let rules = Rules::builder()
        .not_following(Action::Hold)
        .platform_default_note(Action::FollowUp)
        .mass_note(Action::Ignore)
        .strangers(Action::FollowUp)
        .build();
    let policies: [&dyn NetworkingPolicy; 4] =
        [&Open::new(), &Closed::new(), &Hybrid::new(), &rules];
    for policy in policies {
        let decided = decide_batch(policy, &batch).unwrap();
        let actions = spelled(decided.column(0));
        let reasons = decided.column(1).as_list::<i32>();
        for (row, request) in requests.iter().enumerate() {
            let decision = policy.decide(request);
            assert_eq!(
                actions[row].as_deref(),
                Some(decision.action().as_str()),
                "{request:?}"
            );
            let got: Vec<Option<String>> = spelled(reasons.value(row).as_ref());
            let got: Vec<&str> = got.iter().flatten().map(String::as_str).collect();
            let expected: Vec<&str> = decision.reasons().map(|r| r.as_str()).collect();
            assert_eq!(got, expected, "{request:?}");
        }
    }
}

#[test]
fn null_senders_give_null_decisions_and_missing_columns_their_defaults() {
    let batch = RecordBatch::try_from_iter([(
        "sender",
        Arc::new(StringArray::from(vec![Some("Ann"), None])) as ArrayRef,
    )])
    .unwrap();
    let decided = decide_batch(&Hybrid::new(), &batch).unwrap();
    let actions = spelled(decided.column(0));
    let expected = Hybrid::new().decide(&Request::connect("Ann")).action();
    assert_eq!(actions, [Some(expected.as_str().to_owned()), None]);
    assert!(decided.column(1).is_null(1));
}

#[test]
fn bad_columns_are_named() {
    let column = |name: &str, array: ArrayRef| {
        RecordBatch::try_from_iter([
            (
                "sender",
                Arc::new(StringArray::from(vec!["Ann", "Bo"])) as ArrayRef,
            ),
            (name, array),
        ])
        .unwrap()
    };
    let cases: [(RecordBatch, &str); 5] = [
        (
            RecordBatch::try_from_iter([(
                "note",
                Arc::new(StringArray::from(vec!["hi"])) as ArrayRef,
            )])
            .unwrap(),
            "the record batch has no `sender` column",
        ),
        (
            column(
                "familiarity",
                Arc::new(StringArray::from(vec!["known", "frend"])),
            ),
            "column `familiarity`, row 1: unknown familiarity `frend`",
        ),
        (
            column(
                "mutual_connections",
                Arc::new(Int64Array::from(vec![3, -1])),
            ),
            "column `mutual_connections`, row 1: a count cannot be negative (-1)",
        ),
        (
            column(
                "mutual_connections",
                Arc::new(StringArray::from(vec!["3", "4"])),
            ),
            "column `mutual_connections` is Utf8, expected an integer type",
        ),
        (
            column("bot_sender", Arc::new(StringArray::from(vec!["yes", "no"]))),
            "column `bot_sender` is Utf8, expected Boolean",
        ),
    ];
    for (batch, message) in cases {
        let err = decide_batch(&Hybrid::new(), &batch).unwrap_err();
        assert!(err.to_string().starts_with(message), "{err}");
    }
    let numbers = Int64Array::from(vec![1, 2]);
    let err = note_kinds(&GreetingDetector::new(), &numbers).unwrap_err();
    assert!(matches!(err, ColumnError::WrongType { .. }), "{err}");
}

proptest! {
    /// What a batch user relies on: `decide_batch` decides every row as
    /// `decide` decides that request, whatever the rows before it were (one
    /// request is refilled for all of them).
    #[test]
    fn decide_batch_decides_each_row_as_decide_does(
        requests in proptest::collection::vec(strategies::request_with_signals(), 1..24),
    ) {
        let rules = Rules::builder()
            .not_follower(Action::Hold)
            .new_account(Action::Ignore)
            .limited(Action::Block)
            .private_mentions(Action::Hold)
            .bots(Action::Ignore)
            .mass_note(Action::Hold)
            .mass_note_senders(100)
            .unfamiliar_introductions(Action::FollowUp)
            .blocked_servers(["*.example"])
            .build();
        let decided = decide_batch(&rules, &batch(&requests)).unwrap();
        let actions = spelled(decided.column(0));
        let reasons = decided.column(1).as_list::<i32>();
        for (row, request) in requests.iter().enumerate() {
            let decision = rules.decide(request);
            prop_assert_eq!(actions[row].as_deref(), Some(decision.action().as_str()), "{:?}", request);
            let got = spelled(reasons.value(row).as_ref());
            let got: Vec<&str> = got.iter().flatten().map(String::as_str).collect();
            let expected: Vec<&str> = decision.reasons().map(|r| r.as_str()).collect();
            prop_assert_eq!(got, expected, "{:?}", request);
        }
    }
}

/// `REQUEST_COLUMNS` is what `decide_batch` reads: each listed column is
/// read under its name, and a type is read exactly when
/// `ColumnType::accepts` says so.
#[test]
fn request_columns_list_what_decide_batch_reads() {
    use arrow_schema::DataType;
    use opendoor::columns::{ColumnType, REQUEST_COLUMNS};

    let types = [
        DataType::Utf8,
        DataType::LargeUtf8,
        DataType::Utf8View,
        DataType::Dictionary(Box::new(DataType::Int16), Box::new(DataType::Utf8)),
        DataType::Dictionary(Box::new(DataType::Int16), Box::new(DataType::Int32)),
        DataType::Int8,
        DataType::UInt64,
        DataType::Float64,
        DataType::Boolean,
        DataType::Binary,
    ];
    for (name, holds) in REQUEST_COLUMNS {
        for data_type in &types {
            let mut columns = vec![];
            if name != "sender" {
                columns.push(("sender", arrow_array::new_empty_array(&DataType::Utf8)));
            }
            columns.push((name, arrow_array::new_empty_array(data_type)));
            let batch = RecordBatch::try_from_iter(columns).unwrap();
            match decide_batch(&Open::new(), &batch) {
                Ok(_) => assert!(holds.accepts(data_type), "{name} read as {data_type}"),
                Err(ColumnError::WrongType { column, .. }) => {
                    assert_eq!(column, name);
                    assert!(!holds.accepts(data_type), "{name} refused {data_type}");
                }
                Err(e) => panic!("{name} as {data_type}: {e}"),
            }
        }
    }
    assert!(ColumnType::Text.accepts(&DataType::Utf8View));
}

/// A dictionary column without values (every row null) is read as nulls,
/// not refused or panicked on.
#[test]
fn a_dictionary_without_values_is_all_nulls() {
    let keys = arrow_array::Int32Array::from(vec![None, None]);
    let notes = DictionaryArray::new(keys, Arc::new(StringArray::from(Vec::<&str>::new())));
    let kinds = note_kinds(&GreetingDetector::new(), &notes).unwrap();
    assert_eq!(spelled(&kinds), [None, None]);
}

/// The testkit's batches carry every column `decide_batch` reads, so the
/// row-by-row comparisons above exercise all of them.
#[test]
fn the_testkit_batch_has_every_request_column() {
    let batch = batch(&[Request::connect("Ann")]);
    let schema = batch.schema();
    let mut names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    let mut listed: Vec<&str> = opendoor::columns::REQUEST_COLUMNS
        .iter()
        .map(|(name, _)| *name)
        .collect();
    names.sort_unstable();
    listed.sort_unstable();
    assert_eq!(names, listed);
}
