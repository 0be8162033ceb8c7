//! Batch decisions and tallies agree with deciding one request at a time.

use opendoor::{Action, Closed, Hybrid, NetworkingPolicy, Open, Reason, Tally};
use proptest::prelude::*;

fn policies() -> Vec<Box<dyn NetworkingPolicy + Send + Sync>> {
    vec![
        Box::new(Open::new()),
        Box::new(Closed::new()),
        Box::new(Hybrid::new()),
    ]
}

proptest! {
    #[test]
    fn batches_decide_like_single_requests(requests in proptest::collection::vec(opendoor_testkit::strategies::request(), 0..40)) {
        for policy in policies() {
            let one_by_one: Vec<_> = requests.iter().map(|r| policy.decide(r)).collect();
            prop_assert_eq!(&policy.decide_all(&requests), &one_by_one);
            let mut buffer = vec![opendoor::Decision::new(Action::Block); 3];
            policy.decide_into(&requests, &mut buffer);
            prop_assert_eq!(&buffer, &one_by_one, "decide_into must clear the buffer first");
            let tally: Tally = one_by_one.iter().collect();
            prop_assert_eq!(policy.tally(&requests), tally);
        }
    }

    #[test]
    fn tallies_count_every_decision(requests in proptest::collection::vec(opendoor_testkit::strategies::request(), 0..40), split in 0usize..40) {
        let hybrid = Hybrid::new();
        let decisions = hybrid.decide_all(&requests);
        let tally: Tally = decisions.iter().collect();
        prop_assert_eq!(tally.total(), requests.len() as u64);
        let per_action: u64 = tally.actions().map(|(_, n)| n).sum();
        prop_assert_eq!(per_action, tally.total(), "every decision has one action");
        for &reason in Reason::ALL {
            let expected = decisions.iter().filter(|d| d.has_reason(reason)).count() as u64;
            prop_assert_eq!(tally.reason_count(reason), expected, "{:?}", reason);
        }
        // Merging per-shard tallies gives the whole.
        let split = split.min(requests.len());
        let (a, b) = requests.split_at(split);
        prop_assert_eq!(hybrid.tally(a) + hybrid.tally(b), tally);
    }
}

#[cfg(feature = "rayon")]
proptest! {
    #[test]
    fn parallel_batches_keep_input_order(requests in proptest::collection::vec(opendoor_testkit::strategies::request(), 0..200)) {
        use opendoor::ParallelDecide;
        for policy in policies() {
            let sequential = policy.decide_all(&requests);
            prop_assert_eq!(&policy.par_decide_all(&requests), &sequential);
            let mut buffer = Vec::new();
            policy.par_decide_into(&requests, &mut buffer);
            prop_assert_eq!(&buffer, &sequential);
            prop_assert_eq!(policy.par_tally(&requests), policy.tally(&requests));
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_tally_round_trips_through_json() {
    let requests = [
        opendoor::Request::connect("Ann"),
        opendoor::Request::introduction("Bo", "Cy"),
    ];
    let tally = Open::new().tally(&requests);
    let json = serde_json::to_string(&tally).unwrap();
    assert!(json.contains(r#""accept":1"#), "{json}");
    assert_eq!(serde_json::from_str::<Tally>(&json).unwrap(), tally);
    let err =
        serde_json::from_str::<Tally>(r#"{"total": 1, "actions": {"maybe": 1}}"#).unwrap_err();
    assert!(err.to_string().contains("maybe"), "{err}");
}
