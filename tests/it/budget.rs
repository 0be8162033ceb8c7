//! The follow-up budget as a property: whatever the clock does and whatever
//! the inner policy answers, `Budgeted` hands out follow-ups exactly as a
//! plain token bucket would, and never more than a bucket allows.

use std::time::Duration;

use opendoor::{
    Action, Budgeted, Clock, Decision, FollowUpBudget, ManualClock, NetworkingPolicy, Reason,
    Request, policy_fn,
};
use proptest::prelude::*;

/// The token bucket written the obvious way: a level of credit in
/// nanoseconds that time fills up to the bucket's size, and a follow-up
/// costs one interval of it.
#[derive(Debug)]
struct Bucket {
    follow_ups: u128,
    interval: u128,
    capacity: u128,
    level: u128,
}

impl Bucket {
    fn new(budget: FollowUpBudget) -> Self {
        let follow_ups = u128::from(budget.follow_ups());
        // The documented interval: window / follow_ups, rounded up.
        let interval = if follow_ups == 0 {
            0
        } else {
            budget.window().as_nanos().div_ceil(follow_ups)
        };
        let capacity = interval * follow_ups;
        Bucket {
            follow_ups,
            interval,
            capacity,
            level: capacity,
        }
    }

    fn wait(&mut self, nanos: u64) {
        self.level = (self.level + u128::from(nanos)).min(self.capacity);
    }

    fn tokens(&self) -> u128 {
        match (self.follow_ups, self.interval) {
            (0, _) => 0,
            (n, 0) => n, // a zero window: tokens come back at once
            _ => self.level / self.interval,
        }
    }

    fn take(&mut self) -> bool {
        let has_one = self.tokens() > 0;
        if has_one {
            self.level -= self.interval;
        }
        has_one
    }
}

/// Budgets from "none" through a zero window to a week and the longest
/// `Duration`.
fn budget() -> impl Strategy<Value = FollowUpBudget> {
    let window = prop_oneof![
        Just(Duration::ZERO),
        (1u64..64).prop_map(Duration::from_nanos),
        (1u64..10_000_000_000).prop_map(Duration::from_nanos),
        Just(Duration::from_secs(7 * 24 * 60 * 60)),
        Just(Duration::MAX),
    ];
    (prop_oneof![0u32..5, 5u32..50], window)
        .prop_map(|(follow_ups, window)| FollowUpBudget::new(follow_ups, window))
}

/// A step: move the clock by `quarters` quarter-intervals plus `jitter`
/// nanoseconds, then decide a request per inner answer.
fn steps() -> impl Strategy<Value = Vec<(u64, u64, Vec<Action>)>> {
    let answers = proptest::collection::vec(proptest::sample::select(Action::ALL), 0..5);
    proptest::collection::vec((0u64..12, 0u64..3, answers), 0..40)
}

/// At most 2^50 ns (13 days) a step, so the clock stays far below the
/// 146 years where the budget's time stops.
const MAX_STEP: u64 = 1 << 50;

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn hands_out_follow_ups_like_a_token_bucket(budget in budget(), steps in steps()) {
        // The inner policy answers the action indexed by the request's mutual connections.
        let inner = policy_fn(|request: &Request| {
            Decision::new(Action::ALL[request.mutual_connections() as usize]).with_reason(Reason::Stranger)
        });
        let clock = ManualClock::new();
        let policy = Budgeted::with_clock(&inner, budget, &clock);
        let mut model = Bucket::new(budget);
        let quarter = u64::try_from(model.interval / 4).unwrap_or(u64::MAX);
        let mut handed_out: Vec<u128> = Vec::new();

        for (quarters, jitter, answers) in steps {
            let advance = quarter.saturating_mul(quarters).saturating_add(jitter).min(MAX_STEP);
            clock.advance(Duration::from_nanos(advance));
            model.wait(advance);
            for answer in answers {
                prop_assert_eq!(u128::from(policy.available()), model.tokens(), "available() at {:?}", clock.now());
                let index = Action::ALL.iter().position(|&a| a == answer).unwrap_or_default();
                let request = Request::connect("Ann").with_mutual_connections(index as u32);
                let (got, asked) = (policy.decide(&request), inner.decide(&request));
                if answer != Action::FollowUp {
                    prop_assert_eq!(got, asked, "other actions pass through untouched");
                } else if model.take() {
                    prop_assert_eq!(got, asked, "the bucket had a token at {:?}", clock.now());
                    handed_out.push(clock.now().as_nanos());
                } else {
                    let held = asked.with_action(Action::Hold).with_reason(Reason::FollowUpBudget);
                    prop_assert_eq!(got, held, "the bucket was empty at {:?}", clock.now());
                }
            }
        }

        // The bucket's guarantees, read off the times follow-ups went out.
        let n = model.follow_ups as usize;
        if model.interval == 0 {
            return Ok(()); // no follow-ups at all, or no limit
        }
        let window = budget.window().as_nanos();
        for (i, &start) in handed_out.iter().enumerate() {
            let at_once = handed_out.iter().filter(|&&t| t == start).count();
            prop_assert!(at_once <= n, "{} follow-ups at {} ns, budget {:?}", at_once, start, budget);
            let in_window = handed_out[i..].iter().take_while(|&&t| t < start + window).count();
            prop_assert!(in_window < 2 * n, "{} follow-ups in a window from {} ns, budget {:?}", in_window, start, budget);
            for (j, &end) in handed_out.iter().enumerate().skip(i) {
                let allowed = n as u128 + (end - start) / model.interval;
                prop_assert!((j - i + 1) as u128 <= allowed, "{} follow-ups in [{}, {}] ns, budget {:?}", j - i + 1, start, end, budget);
            }
        }
    }
}
