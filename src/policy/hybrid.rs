use super::FollowUpBudget;
use super::config::{knob_setters, knobs};
use super::{NetworkingPolicy, familiarity_reason, note_claim};
use crate::decision::{Action, Decision, Reason};
use crate::detector::{DetectorConfig, GreetingDetector};
use crate::request::{Familiarity, Request, RequestKind};

knobs! {
    /// The knobs of [`Hybrid`]: what it owns besides its detector, and what
    /// a [`PolicyConfig`](crate::PolicyConfig) of `"policy": "hybrid"`
    /// holds. `Default` is Hybrid's defaults. Non-exhaustive so knobs can be
    /// added: start from `default()` and set fields.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, HybridConfig};
    ///
    /// let mut config = HybridConfig::default();
    /// config.strangers = Action::Hold;
    /// assert_eq!(config.to_policy().strangers(), Action::Hold);
    /// ```
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct HybridConfig {
        /// Strangers with at least this many mutual connections are
        /// accepted (default: 1). `0` accepts every stranger; `u32::MAX`
        /// accepts a stranger on mutual connections only if they have that
        /// many.
        min_mutual_connections: u32 = 1, read Count;
        /// Whether a stranger's personal note is reason enough to accept
        /// (default: `true`).
        accept_personal_notes: bool = true, read Plain;
        /// What a stranger with no personal note and too few mutual
        /// connections gets (default: [`Action::FollowUp`]).
        strangers: Action = Action::FollowUp, read Plain;
        /// What an introduction request from a sender who is not
        /// [`Known`](Familiarity::Known) gets (default: [`Action::FollowUp`]).
        unfamiliar_introductions: Action = Action::FollowUp, read Plain;
        /// A follow-up budget (default: none): [`PolicyConfig::build`](crate::PolicyConfig::build)
        /// wraps the policy in [`Budgeted`](crate::Budgeted), so its
        /// follow-ups are held once the budget is spent. `to_policy` builds
        /// the bare policy: a budget is state, shared by whoever holds the
        /// wrapper.
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        follow_up_budget: Option<FollowUpBudget> = None, read Plain;
        /// The detector's additions (default: the built-in detector).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "DetectorConfig::is_built_in"))]
        detector: DetectorConfig = DetectorConfig::default(), read Plain;
    }
}

impl HybridConfig {
    /// The [`Hybrid`] policy with these knobs and the built-in detector.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::HybridConfig::default().to_policy().min_mutual_connections(), 1);
    /// ```
    #[must_use]
    pub fn to_policy(&self) -> Hybrid {
        Hybrid::builder().configure(self.clone()).build()
    }
}

/// Open door with judgement: the career coach's rule.
///
/// For a [`Connect`](RequestKind::Connect) request:
///
/// | sender | action | reasons |
/// |---|---|---|
/// | [`Known`](Familiarity::Known) | [`Accept`](Action::Accept) | [`KnownSender`](Reason::KnownSender) |
/// | [`Acquainted`](Familiarity::Acquainted) | `Accept` | [`AcquaintedSender`](Reason::AcquaintedSender) |
/// | stranger with ≥ `min_mutual_connections` mutual connections | `Accept` | [`Stranger`](Reason::Stranger), [`MutualConnections`](Reason::MutualConnections) |
/// | stranger with a personal note (if `accept_personal_notes`) | `Accept` | `Stranger`, [`PersonalNote`](Reason::PersonalNote) |
/// | any other stranger | `strangers` ([`FollowUp`](Action::FollowUp)) | `Stranger`, [`NoPersonalNote`](Reason::NoPersonalNote) |
///
/// An [`Introduction`](RequestKind::Introduction) from a `Known` sender is
/// accepted; any other gets `unfamiliar_introductions` (`FollowUp`, with
/// [`UnfamiliarIntroduction`](Reason::UnfamiliarIntroduction)): build
/// rapport before passing on someone's request.
///
/// Like every built-in policy, Hybrid reports a stranger's specific
/// relationship claim ([`UnverifiedClaim`](Reason::UnverifiedClaim)) and
/// never acts on it. With its defaults it never ignores or blocks anyone.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Hybrid, NetworkingPolicy, Reason, Relationship, Request};
///
/// let hybrid = Hybrid::new();
/// let stock = Request::connect("A stranger")
///     .with_greeting("I'd like to add you to my LinkedIn network")
///     .with_claim(Relationship::Friend);
/// let decision = hybrid.decide(&stock);
/// assert_eq!(decision.action(), Action::FollowUp);
/// assert!(decision.has_reason(Reason::NoPersonalNote));
/// assert!(decision.has_reason(Reason::UnverifiedClaim));
///
/// let personal = Request::connect("A stranger").with_greeting("Your COBOL talk at FOSDEM was superb.");
/// assert_eq!(hybrid.decide(&personal).action(), Action::Accept);
///
/// let strict = Hybrid::builder().min_mutual_connections(3).strangers(Action::Ignore).build();
/// assert_eq!(strict.decide(&stock).action(), Action::Ignore);
/// ```
#[derive(Debug, Clone)]
pub struct Hybrid {
    config: HybridConfig,
    detector: GreetingDetector,
}

impl Hybrid {
    /// The hybrid policy with its defaults.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Hybrid};
    ///
    /// let hybrid = Hybrid::new();
    /// assert_eq!(hybrid.min_mutual_connections(), 1);
    /// assert_eq!(hybrid.strangers(), Action::FollowUp);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        HybridBuilder::new().build()
    }

    /// A builder for a hybrid policy, starting from the defaults.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Hybrid};
    ///
    /// let hybrid = Hybrid::builder().unfamiliar_introductions(Action::Hold).build();
    /// assert_eq!(hybrid.unfamiliar_introductions(), Action::Hold);
    /// ```
    #[must_use]
    pub fn builder() -> HybridBuilder {
        HybridBuilder::new()
    }

    /// Strangers with at least this many mutual connections are accepted.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Hybrid::new().min_mutual_connections(), 1);
    /// ```
    #[must_use]
    pub fn min_mutual_connections(&self) -> u32 {
        self.config.min_mutual_connections
    }

    /// Whether strangers with a personal note are accepted.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(opendoor::Hybrid::new().accepts_personal_notes());
    /// ```
    #[must_use]
    pub fn accepts_personal_notes(&self) -> bool {
        self.config.accept_personal_notes
    }

    /// What the remaining strangers get.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Hybrid::new().strangers(), opendoor::Action::FollowUp);
    /// ```
    #[must_use]
    pub fn strangers(&self) -> Action {
        self.config.strangers
    }

    /// What introductions from senders who are not known get.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Hybrid::new().unfamiliar_introductions(), opendoor::Action::FollowUp);
    /// ```
    #[must_use]
    pub fn unfamiliar_introductions(&self) -> Action {
        self.config.unfamiliar_introductions
    }

    /// The knobs, as a [`PolicyConfig`](crate::PolicyConfig) would hold them.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(*opendoor::Hybrid::new().config(), opendoor::HybridConfig::default());
    /// ```
    #[must_use]
    pub fn config(&self) -> &HybridConfig {
        &self.config
    }

    /// The detector used to tell personal notes from stock texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::GreetingKind;
    ///
    /// let hybrid = opendoor::Hybrid::new();
    /// assert_eq!(hybrid.detector().classify(""), GreetingKind::Empty);
    /// ```
    #[must_use]
    pub fn detector(&self) -> &GreetingDetector {
        &self.detector
    }
}

impl Default for Hybrid {
    fn default() -> Self {
        Self::new()
    }
}

impl NetworkingPolicy for Hybrid {
    fn decide(&self, request: &Request) -> Decision {
        let familiarity = request.familiarity();
        let decision = match request.kind() {
            RequestKind::Introduction { .. } if familiarity != Familiarity::Known => {
                Decision::new(self.config.unfamiliar_introductions)
                    .with_reason(familiarity_reason(request))
                    .with_reason(Reason::UnfamiliarIntroduction)
            }
            _ if familiarity != Familiarity::Stranger => {
                Decision::new(Action::Accept).with_reason(familiarity_reason(request))
            }
            _ if request.mutual_connections() >= self.config.min_mutual_connections => {
                Decision::new(Action::Accept)
                    .with_reason(Reason::Stranger)
                    .with_reason(Reason::MutualConnections)
            }
            _ => {
                let detection = self.detector.detect(request.greeting().as_str());
                let kind = detection.kind();
                let personal = kind.is_personal();
                if personal && self.config.accept_personal_notes {
                    Decision::new(Action::Accept)
                        .with_reason(Reason::Stranger)
                        .with_reason(Reason::PersonalNote)
                } else {
                    Decision::new(self.config.strangers)
                        .with_reason(Reason::Stranger)
                        .with_reason_if(!personal, Reason::NoPersonalNote)
                        .with_reason_if(detection.is_disguised(), Reason::DisguisedStockText)
                }
                .with_greeting_kind(kind)
            }
        };
        note_claim(decision, request)
    }
}

/// Builds a [`Hybrid`] policy; from [`Hybrid::builder`].
///
/// Every combination of knobs is valid, so [`build`](HybridBuilder::build)
/// cannot fail.
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Hybrid};
///
/// let hybrid = Hybrid::builder()
///     .min_mutual_connections(5)
///     .accept_personal_notes(false)
///     .strangers(Action::Hold)
///     .build();
/// assert!(!hybrid.accepts_personal_notes());
/// ```
#[derive(Debug, Clone)]
pub struct HybridBuilder {
    config: HybridConfig,
    detector: GreetingDetector,
}

impl HybridBuilder {
    /// A builder with the defaults.
    ///
    /// # Examples
    ///
    /// ```
    /// let hybrid = opendoor::HybridBuilder::new().build();
    /// assert_eq!(hybrid.min_mutual_connections(), 1);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        HybridBuilder {
            config: HybridConfig::default(),
            detector: GreetingDetector::new(),
        }
    }

    /// Sets every knob at once, and the detector its `detector` describes.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Hybrid, HybridConfig};
    ///
    /// let mut config = HybridConfig::default();
    /// config.strangers = Action::Ignore;
    /// assert_eq!(Hybrid::builder().configure(config).build().strangers(), Action::Ignore);
    /// ```
    pub fn configure(&mut self, config: HybridConfig) -> &mut Self {
        self.detector = config.detector.detector().clone();
        self.config = config;
        self
    }

    knob_setters! {
        Hybrid;
        min_mutual_connections: u32 = 3;
        accept_personal_notes: bool = false;
        strangers: Action = opendoor::Action::Hold;
        unfamiliar_introductions: Action = opendoor::Action::Ignore;
    }

    /// The detector that tells personal notes apart (default:
    /// [`GreetingDetector::new`]). A detector given here is code, not data:
    /// [`Hybrid::config`] keeps describing its `detector` knob. To keep a
    /// detector's additions in a configuration, set
    /// [`HybridConfig::detector`] to a [`DetectorConfig`] instead.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = opendoor::GreetingDetector::builder().salutation("ahoy").build()?;
    /// let _hybrid = opendoor::Hybrid::builder().detector(detector).build();
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    pub fn detector(&mut self, detector: GreetingDetector) -> &mut Self {
        self.detector = detector;
        self
    }

    /// The policy.
    ///
    /// # Examples
    ///
    /// ```
    /// let _hybrid: opendoor::Hybrid = opendoor::Hybrid::builder().build();
    /// ```
    #[must_use]
    pub fn build(&self) -> Hybrid {
        Hybrid {
            config: self.config.clone(),
            detector: self.detector.clone(),
        }
    }
}

impl Default for HybridBuilder {
    fn default() -> Self {
        Self::new()
    }
}
