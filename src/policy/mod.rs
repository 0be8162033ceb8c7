//! The [`NetworkingPolicy`] trait and the built-in policies.
//!
//! A policy is a pure function from a [`Request`] to a [`Decision`]: it
//! never fails, never blocks and never talks to the sender. The trait is
//! deliberately tiny and object-safe, so policies can be boxed, shared
//! across threads and swapped at run time; anything more is added as a
//! provided method, so user policies get it for free.

mod budget;
mod closed;
mod combinators;
pub(crate) mod config;
mod hybrid;
mod open;
pub(crate) mod rules;

use std::sync::Arc;

pub use budget::{Budgeted, Clock, FollowUpBudget, ManualClock, SystemClock};
pub use closed::Closed;
pub use combinators::{
    MostOpen, OrElse, PartialFn, PartialPolicy, PolicyExt, PolicyFn, Strictest, partial_fn,
    policy_fn,
};
pub use config::PolicyConfig;
pub use hybrid::{Hybrid, HybridBuilder, HybridConfig};
pub use open::Open;
pub use rules::{Rules, RulesBuilder, RulesConfig};

use crate::decision::{Decision, Reason};
use crate::request::{Familiarity, Request};
use crate::tally::Tally;

/// Decides what to do with a request.
///
/// Implement [`decide`](NetworkingPolicy::decide) for your own rule; every
/// built-in policy is `Send + Sync + Clone + Debug`, and `&P`, `Box<P>` and
/// `Arc<P>` are policies whenever `P` is (including `Box<dyn
/// NetworkingPolicy>`).
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Decision, Familiarity, NetworkingPolicy, Reason, Request};
///
/// /// Accept people I have met; follow up with everyone else.
/// #[derive(Debug)]
/// struct MetThem;
///
/// impl NetworkingPolicy for MetThem {
///     fn decide(&self, request: &Request) -> Decision {
///         if request.familiarity() >= Familiarity::Acquainted {
///             Decision::new(Action::Accept).with_reason(Reason::AcquaintedSender)
///         } else {
///             Decision::new(Action::FollowUp).with_reason(Reason::Stranger)
///         }
///     }
/// }
///
/// let policies: Vec<Box<dyn NetworkingPolicy + Send + Sync>> =
///     vec![Box::new(MetThem), Box::new(opendoor::Open::new())];
/// let request = Request::connect("Ann");
/// let actions: Vec<Action> = policies.iter().map(|p| p.decide(&request).action()).collect();
/// assert_eq!(actions, [Action::FollowUp, Action::Accept]);
/// ```
pub trait NetworkingPolicy {
    /// The decision on one request. Must be total: every request gets a
    /// decision, without panicking.
    fn decide(&self, request: &Request) -> Decision;

    /// The decisions on a batch, in input order.
    ///
    /// Allocates the result; in a loop over batches prefer
    /// [`decide_into`](NetworkingPolicy::decide_into) with one buffer.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, NetworkingPolicy, Open, Request};
    ///
    /// let requests = [Request::connect("Ann"), Request::introduction("Bo", "Cy")];
    /// let actions: Vec<Action> = Open::new().decide_all(&requests).iter().map(|d| d.action()).collect();
    /// assert_eq!(actions, [Action::Accept, Action::FollowUp]);
    /// ```
    fn decide_all(&self, requests: &[Request]) -> Vec<Decision> {
        let mut decisions = Vec::with_capacity(requests.len());
        self.decide_into(requests, &mut decisions);
        decisions
    }

    /// Clears `decisions` and fills it with the decisions on `requests`, in
    /// input order. Once the buffer has grown to the batch size, a built-in
    /// policy allocates nothing here.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Hybrid, NetworkingPolicy, Request};
    ///
    /// let policy = Hybrid::new();
    /// let mut decisions = Vec::new();
    /// for batch in [[Request::connect("Ann")], [Request::connect("Bo")]] {
    ///     policy.decide_into(&batch, &mut decisions);
    ///     assert_eq!(decisions.len(), 1);
    /// }
    /// ```
    fn decide_into(&self, requests: &[Request], decisions: &mut Vec<Decision>) {
        decisions.clear();
        decisions.extend(requests.iter().map(|request| self.decide(request)));
    }

    /// Counts the decisions on a batch per action and per reason, without
    /// keeping them.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Closed, NetworkingPolicy, Request};
    ///
    /// let tally = Closed::new().tally(&[Request::connect("Ann"), Request::connect("Bo")]);
    /// assert_eq!(tally.count(Action::Ignore), 2);
    /// ```
    fn tally(&self, requests: &[Request]) -> Tally {
        requests
            .iter()
            .map(|request| self.decide(request))
            .collect()
    }
}

/// Forwards every method, so a wrapped policy's own batch methods are used.
macro_rules! forward {
    ($($ty:ty),+) => {$(
        impl<P: NetworkingPolicy + ?Sized> NetworkingPolicy for $ty {
            fn decide(&self, request: &Request) -> Decision {
                (**self).decide(request)
            }

            fn decide_all(&self, requests: &[Request]) -> Vec<Decision> {
                (**self).decide_all(requests)
            }

            fn decide_into(&self, requests: &[Request], decisions: &mut Vec<Decision>) {
                (**self).decide_into(requests, decisions)
            }

            fn tally(&self, requests: &[Request]) -> Tally {
                (**self).tally(requests)
            }
        }
    )+};
}

forward!(&P, Box<P>, Arc<P>);

/// Adds the reason every built-in policy reports and none acts on: a
/// stranger claiming a specific relationship.
fn note_claim(decision: Decision, request: &Request) -> Decision {
    decision.with_reason_if(request.has_unverified_claim(), Reason::UnverifiedClaim)
}

/// The reason that describes the sender's familiarity.
fn familiarity_reason(request: &Request) -> Reason {
    match request.familiarity() {
        Familiarity::Known => Reason::KnownSender,
        Familiarity::Acquainted => Reason::AcquaintedSender,
        _ => Reason::Stranger,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Compile-time checks: the trait is object-safe and the built-in
    // policies are thread-safe values.
    const _: fn(&dyn NetworkingPolicy) = |_| {};

    fn assert_policy<P: NetworkingPolicy + Send + Sync + Clone + std::fmt::Debug>() {}

    #[test]
    fn built_in_policies_are_send_sync_clone_debug() {
        assert_policy::<Open>();
        assert_policy::<Closed>();
        assert_policy::<Hybrid>();
        assert_policy::<Rules>();
        fn shareable<P: NetworkingPolicy + Send + Sync + Clone>() {}
        shareable::<Arc<dyn NetworkingPolicy + Send + Sync>>();
    }

    #[test]
    fn forwarding_impls_decide_like_the_policy() {
        let request = Request::connect("Ann");
        let hybrid = Hybrid::new();
        let expected = hybrid.decide(&request);
        let boxed: Box<dyn NetworkingPolicy> = Box::new(hybrid.clone());
        let shared: Arc<dyn NetworkingPolicy + Send + Sync> = Arc::new(hybrid.clone());
        fn via<P: NetworkingPolicy>(policy: P, request: &Request) -> Decision {
            policy.decide(request)
        }
        assert_eq!(via(&hybrid, &request), expected);
        assert_eq!(via(&*boxed, &request), expected);
        assert_eq!(via(shared, &request), expected);
        assert_eq!(via(&boxed, &request), expected);
    }
}
