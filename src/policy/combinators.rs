//! Composing policies: the stricter or the more open of two, boxing, and
//! closures as policies.

use std::fmt;

use super::NetworkingPolicy;
use crate::decision::Decision;
use crate::request::Request;

/// Combinators for every policy. Implemented for all policies; import it to
/// use them.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Closed, NetworkingPolicy, Open, PolicyExt, Request};
///
/// let both = Open::new().strictest(Closed::new());
/// assert_eq!(both.decide(&Request::connect("Ann")).action(), Action::Ignore);
/// let either = Open::new().most_open(Closed::new());
/// assert_eq!(either.decide(&Request::connect("Ann")).action(), Action::Accept);
/// ```
pub trait PolicyExt: NetworkingPolicy + Sized {
    /// A policy that takes the less open of the two actions, with the
    /// reasons of the policy that chose it (`self`'s on a tie).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Hybrid, NetworkingPolicy, PolicyExt, Request, Rules};
    ///
    /// let no_new_accounts = Rules::builder().new_account(Action::Hold).build();
    /// let policy = Hybrid::new().strictest(no_new_accounts);
    /// let fresh = Request::connect("Ann").with_mutual_connections(3).with_account_age_days(1);
    /// assert_eq!(policy.decide(&fresh).action(), Action::Hold);
    /// ```
    fn strictest<P: NetworkingPolicy>(self, other: P) -> Strictest<Self, P> {
        Strictest(self, other)
    }

    /// A policy that takes the more open of the two actions, with the
    /// reasons of the policy that chose it (`self`'s on a tie).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Closed, NetworkingPolicy, PolicyExt, Request, Rules};
    ///
    /// let vip = Rules::builder().otherwise(Action::Ignore).allowed_senders(["ceo"]).build();
    /// let policy = Closed::new().most_open(vip);
    /// assert_eq!(policy.decide(&Request::connect("ceo")).action(), Action::Accept);
    /// ```
    fn most_open<P: NetworkingPolicy>(self, other: P) -> MostOpen<Self, P> {
        MostOpen(self, other)
    }

    /// The policy as a `Box<dyn NetworkingPolicy + Send + Sync>`, to store
    /// policies of different types together.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Closed, NetworkingPolicy, Open, PolicyExt};
    ///
    /// let policies: Vec<Box<dyn NetworkingPolicy + Send + Sync>> = vec![Open::new().boxed(), Closed::new().boxed()];
    /// assert_eq!(policies.len(), 2);
    /// ```
    fn boxed(self) -> Box<dyn NetworkingPolicy + Send + Sync>
    where
        Self: Send + Sync + 'static,
    {
        Box::new(self)
    }
}

impl<P: NetworkingPolicy> PolicyExt for P {}

/// The less open of two policies' decisions; from [`PolicyExt::strictest`].
///
/// # Examples
///
/// ```
/// use opendoor::{Closed, Open, PolicyExt};
///
/// let _policy = Open::new().strictest(Closed::new());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Strictest<A, B>(A, B);

impl<A: NetworkingPolicy, B: NetworkingPolicy> NetworkingPolicy for Strictest<A, B> {
    fn decide(&self, request: &Request) -> Decision {
        let (a, b) = (self.0.decide(request), self.1.decide(request));
        if b.action() > a.action() { b } else { a }
    }
}

/// The more open of two policies' decisions; from [`PolicyExt::most_open`].
///
/// # Examples
///
/// ```
/// use opendoor::{Closed, Open, PolicyExt};
///
/// let _policy = Open::new().most_open(Closed::new());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MostOpen<A, B>(A, B);

impl<A: NetworkingPolicy, B: NetworkingPolicy> NetworkingPolicy for MostOpen<A, B> {
    fn decide(&self, request: &Request) -> Decision {
        let (a, b) = (self.0.decide(request), self.1.decide(request));
        if b.action() < a.action() { b } else { a }
    }
}

/// A closure as a policy; from [`policy_fn`].
#[derive(Clone, Copy)]
pub struct PolicyFn<F>(F);

/// Makes a policy of a closure `Fn(&Request) -> Decision`.
///
/// A wrapper rather than a blanket impl for closures, which would conflict
/// with the forwarding impls for `&P`, `Box<P>` and `Arc<P>`.
///
/// # Examples
///
/// ```
/// use opendoor::{policy_fn, Action, Decision, NetworkingPolicy, PolicyExt, Reason, Request};
///
/// let hold_bots = policy_fn(|request: &Request| {
///     if request.sender().ends_with("bot") {
///         Decision::new(Action::Hold).with_reason(Reason::Stranger)
///     } else {
///         Decision::new(Action::Accept).with_reason(Reason::OpenDoor)
///     }
/// });
/// assert_eq!(hold_bots.decide(&Request::connect("growthbot")).action(), Action::Hold);
/// let _boxed = hold_bots.boxed();
/// ```
pub fn policy_fn<F: Fn(&Request) -> Decision>(f: F) -> PolicyFn<F> {
    PolicyFn(f)
}

impl<F: Fn(&Request) -> Decision> NetworkingPolicy for PolicyFn<F> {
    fn decide(&self, request: &Request) -> Decision {
        (self.0)(request)
    }
}

impl<F> fmt::Debug for PolicyFn<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PolicyFn(..)")
    }
}
