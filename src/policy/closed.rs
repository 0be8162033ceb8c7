use super::{NetworkingPolicy, familiarity_reason, note_claim};
use crate::decision::{Action, Decision, Reason};
use crate::request::{Familiarity, Request};

/// The closed networker: only people the recipient knows get in.
///
/// [`Accept`](Action::Accept) exactly when the sender is
/// [`Known`](Familiarity::Known) ([`Reason::KnownSender`]); everyone else is
/// [`Ignore`](Action::Ignore)d, silently: the sender is never told why,
/// and never lectured about their note or their claim. Never
/// [`FollowUp`](Action::FollowUp), [`Hold`](Action::Hold) or
/// [`Block`](Action::Block).
///
/// Kept to compare against: it slams the door on people whose only fault
/// is the text their platform wrote for them.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Closed, Familiarity, NetworkingPolicy, Reason, Relationship, Request};
///
/// let closed = Closed::new();
/// let stranger = Request::connect("A stranger").with_claim(Relationship::Friend);
/// let decision = closed.decide(&stranger);
/// assert_eq!(decision.action(), Action::Ignore);
/// assert!(decision.has_reason(Reason::Stranger));
/// assert!(decision.has_reason(Reason::UnverifiedClaim));
///
/// let friend = Request::connect("Ann").with_familiarity(Familiarity::Known);
/// assert_eq!(closed.decide(&friend).action(), Action::Accept);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Closed;

impl Closed {
    /// The closed policy.
    ///
    /// # Examples
    ///
    /// ```
    /// let _policy = opendoor::Closed::new();
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Closed
    }
}

impl NetworkingPolicy for Closed {
    fn decide(&self, request: &Request) -> Decision {
        let action = if request.familiarity() == Familiarity::Known {
            Action::Accept
        } else {
            Action::Ignore
        };
        let decision = Decision::new(action)
            .with_reason(familiarity_reason(request))
            .with_reason_if(
                request.kind().is_introduction() && action == Action::Ignore,
                Reason::UnfamiliarIntroduction,
            );
        note_claim(decision, request)
    }
}
