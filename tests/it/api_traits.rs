//! Auto traits and object safety of the public API.

use std::panic::{RefUnwindSafe, UnwindSafe};

use opendoor::*;

fn assert_value<T: Send + Sync + Unpin + UnwindSafe + RefUnwindSafe + std::fmt::Debug>() {}

#[test]
fn public_types_are_thread_safe_values() {
    assert_value::<Request>();
    assert_value::<RequestKind>();
    assert_value::<Relationship>();
    assert_value::<Familiarity>();
    assert_value::<Greeting>();
    assert_value::<GreetingKind>();
    assert_value::<GreetingDetector>();
    assert_value::<GreetingDetectorBuilder>();
    assert_value::<Detection<'static>>();
    assert_value::<StockText>();
    assert_value::<Action>();
    assert_value::<Reason>();
    assert_value::<Reasons>();
    assert_value::<Decision>();
    assert_value::<Open>();
    assert_value::<Closed>();
    assert_value::<Hybrid>();
    assert_value::<HybridBuilder>();
    assert_value::<BuildError>();
    assert_value::<BuildErrorKind>();
    assert_value::<ParseError>();
    assert_value::<Rules>();
    assert_value::<RulesBuilder>();
    assert_value::<PolicyConfig>();
    assert_value::<HybridConfig>();
    assert_value::<RulesConfig>();
    assert_value::<Tally>();
    assert_value::<TallyError>();
    assert_value::<CustomReason>();
    assert_value::<DetectorConfig>();
    assert_value::<OrElse<PartialFn<fn(&Request) -> Option<Decision>>, Hybrid>>();
    assert_value::<Strictest<Open, Closed>>();
    assert_value::<MostOpen<Hybrid, Rules>>();
    assert_value::<PolicyFn<fn(&Request) -> Decision>>();
    assert_value::<FollowUpBudget>();
    assert_value::<SystemClock>();
    assert_value::<ManualClock>();
    assert_value::<Budgeted<Hybrid>>();
    assert_value::<Budgeted<Open, std::sync::Arc<ManualClock>>>();
}

#[test]
fn boxed_policies_are_shareable() {
    let policies: Vec<Box<dyn NetworkingPolicy + Send + Sync>> = vec![
        Box::new(Open::new()),
        Box::new(Closed::new()),
        Box::new(Hybrid::new()),
    ];
    let request = Request::connect("Ann");
    std::thread::scope(|scope| {
        for policy in &policies {
            scope.spawn(|| policy.decide(&request));
        }
    });
}
