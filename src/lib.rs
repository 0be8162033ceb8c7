//! Decide what to do with incoming connection requests — LinkedIn
//! invitations, follow requests, friend requests, introduction requests —
//! and say why.
//!
//! A career coach, long a "closed networker", refused requests from people
//! she had never met when they came with the platform's stock text and a
//! claimed "Friend" relationship. But the platform often forces that text
//! and that choice: it is no lie, and a connection is a starting point. Her
//! new rule: open the door, and for someone unfamiliar, build rapport (a
//! coffee, a call) before passing on their requests. `opendoor` turns rules
//! like hers into code.
//!
//! # A tour
//!
//! (The [`guide`] explains the policies, the detector's precedence and
//! limits, and how to embed the crate in a service.)
//!
//! - A [`Request`] says who asks, for what ([`RequestKind`]), with which
//!   claimed [`Relationship`] and [`Greeting`], and what the recipient knows
//!   ([`Familiarity`], mutual connections).
//! - A [`NetworkingPolicy`] turns it into a [`Decision`]: an [`Action`]
//!   (`Accept`, `FollowUp`, `Hold`, `Ignore`, `Block`) and the [`Reason`]s
//!   for it. Three are built in: [`Open`], [`Closed`] and [`Hybrid`].
//!   Declining is always silent: no policy lectures anyone.
//! - [`Rules`] sets an action per criterion, faithful to Mastodon's
//!   notification policy and Matrix invite filtering (MSC4155); a
//!   [`PolicyConfig`] describes any built-in policy as data (serde), and
//!   [`PolicyExt`] combines policies (`strictest`, `most_open`).
//!   [`Budgeted`] gives any policy a [`FollowUpBudget`]: rapport costs time,
//!   so follow-ups past it are held.
//! - The [`GreetingDetector`] tells whether a note is the platform's stock
//!   text (in any of 78 languages, however decorated), a generic template,
//!   or personal ([`GreetingKind`]), and fingerprints its body
//!   ([`NoteFingerprint`]) so that [`MassNotes`] can count how many
//!   senders pasted the same note.
//! - With the `arrow` feature, `columns` runs the detector and any policy
//!   over Apache Arrow arrays and record batches.
//!
//! # Deciding on a request
//!
//! ```
//! use opendoor::{Action, Hybrid, NetworkingPolicy, Reason, Relationship, Request};
//!
//! let request = Request::connect("Sam Doe")
//!     .with_greeting("Hi Jo, I'd like to add you to my LinkedIn network")
//!     .with_claim(Relationship::Friend);
//!
//! let decision = Hybrid::new().decide(&request);
//! // An unfamiliar sender with the stock text: the door stays open, rapport first.
//! assert_eq!(decision.action(), Action::FollowUp);
//! assert!(decision.has_reason(Reason::NoPersonalNote));
//! // The "Friend" claim is reported, never held against them.
//! assert!(decision.has_reason(Reason::UnverifiedClaim));
//! ```
//!
//! # Comparing policies
//!
//! ```
//! use opendoor::{Closed, Hybrid, NetworkingPolicy, Open, Request};
//!
//! let policies: [(&str, &dyn NetworkingPolicy); 3] =
//!     [("open", &Open::new()), ("closed", &Closed::new()), ("hybrid", &Hybrid::new())];
//! let request = Request::connect("Sam").with_greeting("Loved your piece on Rust error handling!");
//! for (name, policy) in policies {
//!     println!("{name}: {}", policy.decide(&request));
//! }
//! ```
//!
//! # Detecting stock texts
//!
//! ```
//! use opendoor::{GreetingDetector, GreetingKind};
//!
//! let detector = GreetingDetector::new();
//! let detection = detector.detect("BONJOUR Léa !\nJe vous invite à faire partie de mon réseau professionnel sur LinkedIn.");
//! assert_eq!(detection.kind(), GreetingKind::PlatformDefault);
//! assert_eq!(detection.platform(), Some("LinkedIn"));
//! assert_eq!(detector.classify("We met at RustConf; great talk on async!"), GreetingKind::Personal);
//! ```
//!
//! # Deciding on a whole inbox
//!
//! ```
//! use opendoor::{Hybrid, NetworkingPolicy, Request};
//!
//! let inbox: Vec<Request> = (0..100).map(|i| Request::connect(format!("sender {i}"))).collect();
//! let policy = Hybrid::new();
//! let mut decisions = Vec::new();
//! policy.decide_into(&inbox, &mut decisions); // reuse `decisions` for the next batch
//! println!("{}", policy.tally(&inbox));
//! ```
//!
//! # Crate features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` for requests,
//!   greetings, decisions, actions, reasons, tallies and the other data types.
//! - `rayon` (off by default): `ParallelDecide` — `par_decide_all`,
//!   `par_decide_into` and `par_tally` on every `Sync` policy, in input
//!   order, on rayon's thread pool.
//! - `arbitrary` (off by default): `arbitrary::Arbitrary` for [`Request`]
//!   and its parts, for fuzzing.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations, unreachable_pub)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "arrow")]
pub mod columns;
mod decision;
mod detector;
mod error;
pub mod guide;
mod mass_notes;
#[cfg(feature = "rayon")]
mod parallel;
mod policy;
mod request;
mod spelled;
mod tally;

pub use decision::{Action, CustomReason, Decision, Reason, Reasons};
pub use detector::{
    Confidence, Detection, DetectorConfig, GreetingDetector, GreetingDetectorBuilder, GreetingKind,
    NoteFingerprint, ParseFingerprintError, StockText,
};
pub use error::{BuildError, BuildErrorKind, ParseError, TallyError};
pub use mass_notes::{MassCount, MassNotes, MassNotesConfig, MassNotesError};
pub use policy::{
    Budgeted, Clock, Closed, FollowUpBudget, Hybrid, HybridBuilder, HybridConfig, ManualClock,
    MostOpen, NetworkingPolicy, Open, OrElse, PartialFn, PartialPolicy, PolicyConfig, PolicyExt,
    PolicyFn, Rules, RulesBuilder, RulesConfig, Strictest, SystemClock, partial_fn, policy_fn,
};
pub use request::{Familiarity, Greeting, Relationship, Request, RequestKind};
pub use tally::Tally;

#[cfg(feature = "rayon")]
pub use parallel::ParallelDecide;

/// The README's examples are compiled and run as doc-tests (they use the
/// `serde` feature).
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
