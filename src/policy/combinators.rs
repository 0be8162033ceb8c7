//! Composing policies: the stricter or the more open of two, boxing,
//! closures as policies, and partial policies ("no opinion") with a
//! fallback.

use std::fmt;
use std::sync::Arc;

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

/// A policy that may have no opinion: `None` hands the request to a
/// fallback ([`PartialPolicy::or_else`]), so a rule for a few requests
/// needs no sentinel action for the rest.
///
/// `&P`, `Box<P>` and `Arc<P>` are partial policies whenever `P` is.
///
/// # Examples
///
/// Accept my company's domain, otherwise Hybrid, in one line:
///
/// ```
/// use opendoor::{partial_fn, Action, CustomReason, Decision, Hybrid, NetworkingPolicy, PartialPolicy, Request};
///
/// static COMPANY: CustomReason = CustomReason::new("company", "the sender works at your company");
/// let policy = partial_fn(|r: &Request| {
///     r.sender().ends_with("@corp.example").then(|| Decision::new(Action::Accept).with_custom_reason(&COMPANY))
/// })
/// .or_else(Hybrid::new());
/// assert_eq!(policy.decide(&Request::connect("ann@corp.example")).custom_reason(), Some(&COMPANY));
/// assert_eq!(policy.decide(&Request::connect("bo@else.example")).action(), Action::FollowUp);
/// ```
pub trait PartialPolicy {
    /// The decision on `request`, or `None` for no opinion. Must be total
    /// (never panic), like [`NetworkingPolicy::decide`].
    fn try_decide(&self, request: &Request) -> Option<Decision>;

    /// A policy that asks `self` first and `fallback` when `self` has no
    /// opinion.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{partial_fn, Action, Closed, NetworkingPolicy, PartialPolicy, Request};
    ///
    /// let silent = partial_fn(|_: &Request| None).or_else(Closed::new());
    /// assert_eq!(silent.decide(&Request::connect("Ann")).action(), Action::Ignore);
    /// ```
    fn or_else<P: NetworkingPolicy>(self, fallback: P) -> OrElse<Self, P>
    where
        Self: Sized,
    {
        OrElse(self, fallback)
    }
}

/// Forwards [`PartialPolicy`] through references and smart pointers.
macro_rules! forward_partial {
    ($($ty:ty),+) => {$(
        impl<P: PartialPolicy + ?Sized> PartialPolicy for $ty {
            fn try_decide(&self, request: &Request) -> Option<Decision> {
                (**self).try_decide(request)
            }
        }
    )+};
}

forward_partial!(&P, Box<P>, Arc<P>);

/// `self`'s decision, or the fallback's when `self` has none; from
/// [`PartialPolicy::or_else`].
///
/// # Examples
///
/// ```
/// use opendoor::{partial_fn, Open, PartialPolicy, Request};
///
/// let _policy = partial_fn(|_: &Request| None).or_else(Open::new());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OrElse<A, B>(A, B);

impl<A: PartialPolicy, B: NetworkingPolicy> NetworkingPolicy for OrElse<A, B> {
    fn decide(&self, request: &Request) -> Decision {
        self.0
            .try_decide(request)
            .unwrap_or_else(|| self.1.decide(request))
    }
}

/// A closure as a partial policy; from [`partial_fn`].
#[derive(Clone, Copy)]
pub struct PartialFn<F>(F);

/// Makes a partial policy of a closure `Fn(&Request) -> Option<Decision>`.
///
/// # Examples
///
/// ```
/// use opendoor::{partial_fn, Action, Decision, PartialPolicy, Request};
///
/// let bots = partial_fn(|r: &Request| r.is_bot_sender().then(|| Decision::new(Action::Hold)));
/// assert_eq!(bots.try_decide(&Request::connect("Ann")), None);
/// ```
pub fn partial_fn<F: Fn(&Request) -> Option<Decision>>(f: F) -> PartialFn<F> {
    PartialFn(f)
}

impl<F: Fn(&Request) -> Option<Decision>> PartialPolicy for PartialFn<F> {
    fn try_decide(&self, request: &Request) -> Option<Decision> {
        (self.0)(request)
    }
}

impl<F> fmt::Debug for PartialFn<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PartialFn(..)")
    }
}
