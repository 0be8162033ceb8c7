use super::{NetworkingPolicy, familiarity_reason, note_claim};
use crate::decision::{Action, Decision, Reason};
use crate::request::{Familiarity, Request, RequestKind};

/// The open networker: every connection is a starting point.
///
/// - Every [`Connect`](RequestKind::Connect) request is
///   [`Accept`](Action::Accept)ed ([`Reason::OpenDoor`]).
/// - An [`Introduction`](RequestKind::Introduction) from a
///   [`Known`](Familiarity::Known) sender is accepted
///   ([`Reason::KnownSender`]); from anyone else it is a
///   [`FollowUp`](Action::FollowUp) ([`Reason::UnfamiliarIntroduction`]):
///   build rapport before vouching for someone.
/// - Never [`Ignore`](Action::Ignore) or [`Block`](Action::Block).
///
/// # Examples
///
/// ```
/// use opendoor::{Action, NetworkingPolicy, Open, Reason, Request};
///
/// let open = Open::new();
/// let decision = open.decide(&Request::connect("A stranger"));
/// assert_eq!(decision.action(), Action::Accept);
/// assert!(decision.has_reason(Reason::OpenDoor));
///
/// let intro = open.decide(&Request::introduction("A stranger", "My best client"));
/// assert_eq!(intro.action(), Action::FollowUp);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Open;

impl Open {
    /// The open policy.
    ///
    /// # Examples
    ///
    /// ```
    /// let _policy = opendoor::Open::new();
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Open
    }
}

impl NetworkingPolicy for Open {
    fn decide(&self, request: &Request) -> Decision {
        let decision = match request.kind() {
            RequestKind::Introduction { .. } if request.familiarity() != Familiarity::Known => {
                Decision::new(Action::FollowUp)
                    .with_reason(familiarity_reason(request))
                    .with_reason(Reason::UnfamiliarIntroduction)
            }
            RequestKind::Introduction { .. } => {
                Decision::new(Action::Accept).with_reason(Reason::KnownSender)
            }
            _ => Decision::new(Action::Accept).with_reason(Reason::OpenDoor),
        };
        note_claim(decision, request)
    }
}
