//! The `serde` feature: requests and decisions as data.
#![cfg(feature = "serde")]

use opendoor::{
    Action, Decision, Familiarity, Hybrid, NetworkingPolicy, Reason, Relationship, Request,
};
use proptest::prelude::*;

#[test]
fn a_request_reads_from_minimal_json() {
    let request: Request = serde_json::from_str(r#"{"sender": "Ann"}"#).unwrap();
    assert_eq!(request, Request::connect("Ann"));
    let request: Request = serde_json::from_str(
        r#"{"sender": "Ann", "kind": {"introduction": {"to": "Bo"}}, "greeting": "Hi",
            "claim": "business_partner", "familiarity": "acquainted", "mutual_connections": 3,
            "account_age_days": 12}"#,
    )
    .unwrap();
    assert_eq!(
        request,
        Request::introduction("Ann", "Bo")
            .with_greeting("Hi")
            .with_claim(Relationship::BusinessPartner)
            .with_familiarity(Familiarity::Acquainted)
            .with_mutual_connections(3)
            .with_account_age_days(12)
    );
}

#[test]
fn bad_fields_are_errors_that_name_them() {
    let err = serde_json::from_str::<Request>(r#"{"sender": "Ann", "claim": "bff"}"#).unwrap_err();
    assert!(err.to_string().contains("bff"), "{err}");
    let err = serde_json::from_str::<Request>(r#"{"sender": "Ann", "mutuals": 3}"#).unwrap_err();
    assert!(err.to_string().contains("mutuals"), "{err}");
}

#[test]
fn a_decision_serialises_with_reason_identifiers() {
    let decision = Decision::new(Action::FollowUp)
        .with_reason(Reason::Stranger)
        .with_reason(Reason::NoPersonalNote);
    let json = serde_json::to_string(&decision).unwrap();
    assert_eq!(
        json,
        r#"{"action":"follow_up","reasons":["stranger","no_personal_note"]}"#
    );
    assert_eq!(serde_json::from_str::<Decision>(&json).unwrap(), decision);
}

proptest! {
    #[test]
    fn requests_and_decisions_round_trip(request in opendoor_testkit::strategies::request()) {
        let json = serde_json::to_string(&request).unwrap();
        let back: Request = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &request, "through {}", json);
        let decision = Hybrid::new().decide(&request);
        let json = serde_json::to_string(&decision).unwrap();
        prop_assert_eq!(serde_json::from_str::<Decision>(&json).unwrap(), decision, "through {}", json);
    }
}
