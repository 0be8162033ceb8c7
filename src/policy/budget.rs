//! The follow-up budget: [`Budgeted`], its [`FollowUpBudget`] and the
//! clocks it reads. Why a budget, and what it guarantees, is told on
//! [`Budgeted`].
//!
//! The bucket is GCRA (the generic cell rate algorithm): its whole state is
//! the "theoretical arrival time", when the bucket will be full again, in one
//! [`AtomicU64`]. Taking a token is one compare-and-swap, so deciding is
//! lock-free and a `Budgeted` is `Send + Sync`. A bucket needs one number,
//! where counting exactly which follow-ups fall inside the last window would
//! need a timestamp per follow-up (and a lock, or a ring of atomics).

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::NetworkingPolicy;
use crate::decision::{Action, Decision, Reason};
use crate::request::Request;

/// Times and windows are counted in nanoseconds up to 2^62 (about 146
/// years). The bucket's state never exceeds the clock's reading plus the
/// bucket's size (a window, rounded up by under `follow_ups` nanoseconds),
/// so it fits a `u64` whatever the inputs; the saturating operations are a
/// second fence.
const LIMIT_NANOS: u64 = 1 << 62;

/// A duration in nanoseconds, clamped to [`LIMIT_NANOS`].
fn nanos(duration: Duration) -> u64 {
    u64::try_from(duration.as_nanos()).map_or(LIMIT_NANOS, |n| n.min(LIMIT_NANOS))
}

/// How many follow-ups a recipient can afford: `follow_ups` per `window`,
/// with bursts up to `follow_ups`.
///
/// With the `serde` feature it reads and writes as `{"follow_ups": 5,
/// "per_days": 7}`: a configuration speaks in whole days. `per_days` must
/// be at least 1, unknown fields are errors, and a budget whose window is
/// not a whole number of days fails to serialize.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use opendoor::FollowUpBudget;
///
/// let week = Duration::from_secs(7 * 24 * 60 * 60);
/// let budget = FollowUpBudget::new(3, week);
/// assert_eq!((budget.follow_ups(), budget.window()), (3, week));
/// # #[cfg(feature = "serde")] {
/// let read: FollowUpBudget = serde_json::from_str(r#"{"follow_ups": 3, "per_days": 7}"#)?;
/// assert_eq!(read, budget);
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FollowUpBudget {
    follow_ups: u32,
    window: Duration,
}

impl FollowUpBudget {
    /// A budget of `follow_ups` per `window`: up to `follow_ups` at once,
    /// then one more every `window / follow_ups` (rounded up to a whole
    /// nanosecond, so never faster than asked).
    ///
    /// Every value is a budget, defined as follows:
    /// - `follow_ups == 0`: no follow-up is ever handed out; every one is
    ///   held.
    /// - a zero `window` (with at least one follow-up): no time needs to
    ///   pass for a token to return, so there is no limit.
    /// - a window longer than about 146 years counts as 146 years, longer
    ///   than any inbox lives.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::FollowUpBudget;
    ///
    /// let two_a_day = FollowUpBudget::new(2, Duration::from_secs(24 * 60 * 60));
    /// assert_eq!(two_a_day.follow_ups(), 2);
    /// let none = FollowUpBudget::new(0, Duration::ZERO); // holds every follow-up
    /// assert_eq!(none.follow_ups(), 0);
    /// ```
    #[must_use]
    pub const fn new(follow_ups: u32, window: Duration) -> Self {
        FollowUpBudget { follow_ups, window }
    }

    /// How many follow-ups the budget allows per window (and at once).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// assert_eq!(opendoor::FollowUpBudget::new(5, Duration::from_secs(60)).follow_ups(), 5);
    /// ```
    #[must_use]
    pub const fn follow_ups(&self) -> u32 {
        self.follow_ups
    }

    /// The window the follow-ups are spread over, as given.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let budget = opendoor::FollowUpBudget::new(5, Duration::from_secs(60));
    /// assert_eq!(budget.window(), Duration::from_secs(60));
    /// ```
    #[must_use]
    pub const fn window(&self) -> Duration {
        self.window
    }
}

/// A source of monotonic time for [`Budgeted`]: how long since the clock's
/// own epoch.
///
/// Readings must not go backwards; if they do, the budget waits for the
/// clock to catch up before tokens return. A budget counts readings past
/// about 146 years as 146 years: its time stops there. `&C`, `Box<C>` and `Arc<C>` are clocks whenever `C`
/// is, so a test or a simulation can keep a handle to the clock it gave a
/// policy.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use opendoor::{Clock, ManualClock};
///
/// fn elapsed_twice(clock: &dyn Clock) -> (Duration, Duration) {
///     (clock.now(), clock.now())
/// }
/// let clock = ManualClock::new();
/// clock.advance(Duration::from_secs(3));
/// assert_eq!(elapsed_twice(&clock), (Duration::from_secs(3), Duration::from_secs(3)));
/// ```
pub trait Clock: Send + Sync + fmt::Debug {
    /// The time since the clock's epoch.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Clock, SystemClock};
    ///
    /// let clock = SystemClock::new();
    /// assert!(clock.now() <= clock.now());
    /// ```
    fn now(&self) -> Duration;
}

/// Forwards `now`, so a shared or boxed clock is a clock.
macro_rules! forward_clock {
    ($($ty:ty),+) => {$(
        impl<C: Clock + ?Sized> Clock for $ty {
            fn now(&self) -> Duration {
                (**self).now()
            }
        }
    )+};
}

forward_clock!(&C, Box<C>, Arc<C>);

/// The real clock: time elapsed since it was created, from
/// [`Instant`].
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use opendoor::{Clock, SystemClock};
///
/// assert!(SystemClock::default().now() < Duration::from_secs(60));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct SystemClock {
    epoch: Instant,
}

impl SystemClock {
    /// A clock whose epoch is now.
    ///
    /// # Examples
    ///
    /// ```
    /// let _clock = opendoor::SystemClock::new();
    /// ```
    #[must_use]
    pub fn new() -> Self {
        SystemClock {
            epoch: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.epoch.elapsed()
    }
}

/// A clock that moves only when told, for tests and simulations: one atomic
/// count of nanoseconds, starting at zero.
///
/// Share it with the policy through a reference or an `Arc` and move it from
/// outside. Durations saturate at `u64::MAX` nanoseconds (about 584 years).
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use std::time::Duration;
/// use opendoor::{Budgeted, Clock, FollowUpBudget, ManualClock, Open};
///
/// let clock = Arc::new(ManualClock::new());
/// let policy = Budgeted::with_clock(Open::new(), FollowUpBudget::new(1, Duration::from_secs(60)), Arc::clone(&clock));
/// clock.advance(Duration::from_secs(90));
/// assert_eq!(policy.clock().now(), Duration::from_secs(90));
/// ```
#[derive(Debug, Default)]
pub struct ManualClock {
    nanos: AtomicU64,
}

impl ManualClock {
    /// A clock at zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Clock, ManualClock};
    ///
    /// assert_eq!(ManualClock::new().now(), std::time::Duration::ZERO);
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        ManualClock {
            nanos: AtomicU64::new(0),
        }
    }

    /// Moves the clock forward by `by`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::{Clock, ManualClock};
    ///
    /// let clock = ManualClock::new();
    /// clock.advance(Duration::from_millis(1500));
    /// clock.advance(Duration::from_millis(500));
    /// assert_eq!(clock.now(), Duration::from_secs(2));
    /// ```
    pub fn advance(&self, by: Duration) {
        let by = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        // The closure always returns `Some`, so this cannot fail.
        let _ = self
            .nanos
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |now| {
                Some(now.saturating_add(by))
            });
    }

    /// Sets the clock to `now`. Setting it back in time is allowed, but a
    /// budget then waits for it to catch up (see [`Clock`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::{Clock, ManualClock};
    ///
    /// let clock = ManualClock::new();
    /// clock.set(Duration::from_secs(7 * 24 * 60 * 60));
    /// assert_eq!(clock.now().as_secs(), 604_800);
    /// ```
    pub fn set(&self, now: Duration) {
        let now = u64::try_from(now.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.store(now, Ordering::Relaxed);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        Duration::from_nanos(self.nanos.load(Ordering::Relaxed))
    }
}

/// A policy whose follow-ups come out of a [`FollowUpBudget`]: once the
/// budget is spent, a [`FollowUp`](Action::FollowUp) becomes a
/// [`Hold`](Action::Hold) with [`Reason::FollowUpBudget`] added to the inner
/// policy's reasons. Every other action passes through untouched and costs
/// nothing.
///
/// A follow-up is the rapport rule at work: before passing on a stranger's
/// request, have a coffee or a call with them. That costs the recipient
/// time, and time runs out: a policy that follows up every stranger
/// promises more conversations than a week holds. Past the budget the
/// request is held (left pending for review) rather than refused: the door
/// stays open, the sender is not told, and the conversation can wait for a
/// quieter week.
///
/// # What the budget guarantees
///
/// The budget is a token bucket of `follow_ups` tokens: each follow-up
/// takes one, and one comes back every `window / follow_ups` (the
/// *interval*). A recipient who saved up can say yes to a burst (a
/// conference week), and the long-run pace is `follow_ups` per window.
/// Precisely: at most `follow_ups` at one instant, and at most `follow_ups
/// + t / interval` over any stretch of time `t`. A bucket is not a
/// calendar: a window that starts with a full bucket sees the tokens saved
/// plus those that come back while it runs, up to `2 × follow_ups − 1`.
///
/// # Clocks and threads
///
/// The default clock is the [`SystemClock`]; tests and simulations give a
/// [`ManualClock`] to [`Budgeted::with_clock`]. Deciding is lock-free (one
/// compare-and-swap on one atomic), so one `Budgeted` can serve many
/// threads, sharing one budget. It is not `Clone`: a copy of a budget would
/// be a second budget, doubling what the recipient can afford; share it
/// with `&` or an `Arc` instead.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use opendoor::{Action, Budgeted, FollowUpBudget, Hybrid, ManualClock, NetworkingPolicy, Reason, Request};
///
/// let clock = ManualClock::new();
/// let week = Duration::from_secs(7 * 24 * 60 * 60);
/// let policy = Budgeted::with_clock(Hybrid::new(), FollowUpBudget::new(2, week), &clock);
/// let stranger = Request::connect("Sam").with_greeting("I'd like to add you to my LinkedIn network");
///
/// let actions: Vec<Action> = (0..3).map(|_| policy.decide(&stranger).action()).collect();
/// assert_eq!(actions, [Action::FollowUp, Action::FollowUp, Action::Hold]);
/// assert!(policy.decide(&stranger).has_reason(Reason::FollowUpBudget));
///
/// clock.advance(week / 2); // one follow-up comes back every half week
/// assert_eq!(policy.decide(&stranger).action(), Action::FollowUp);
/// ```
#[derive(Debug)]
pub struct Budgeted<P, C = SystemClock> {
    policy: P,
    budget: FollowUpBudget,
    clock: C,
    /// Nanoseconds until one token comes back: `window / follow_ups`,
    /// rounded up; 0 for a zero window or no follow-ups.
    interval: u64,
    /// The bucket's size in nanoseconds: `interval × follow_ups`.
    capacity: u64,
    /// GCRA's theoretical arrival time: when the bucket will be full again,
    /// in nanoseconds of the clock. Full from the start.
    full_at: AtomicU64,
}

impl<P> Budgeted<P> {
    /// `policy` with `budget`, on the [`SystemClock`].
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::{Budgeted, FollowUpBudget, Hybrid};
    ///
    /// let policy = Budgeted::new(Hybrid::new(), FollowUpBudget::new(5, Duration::from_secs(7 * 24 * 60 * 60)));
    /// assert_eq!(policy.available(), 5);
    /// ```
    #[must_use]
    pub fn new(policy: P, budget: FollowUpBudget) -> Self {
        Budgeted::with_clock(policy, budget, SystemClock::new())
    }
}

impl<P, C: Clock> Budgeted<P, C> {
    /// `policy` with `budget`, on `clock`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::{Budgeted, FollowUpBudget, ManualClock, Open};
    ///
    /// let clock = ManualClock::new();
    /// let policy = Budgeted::with_clock(Open::new(), FollowUpBudget::new(1, Duration::from_secs(60)), &clock);
    /// assert_eq!(policy.available(), 1);
    /// ```
    #[must_use]
    pub fn with_clock(policy: P, budget: FollowUpBudget, clock: C) -> Self {
        let window = nanos(budget.window);
        let follow_ups = u64::from(budget.follow_ups);
        let interval = if follow_ups == 0 {
            0
        } else {
            window.div_ceil(follow_ups)
        };
        Budgeted {
            policy,
            budget,
            clock,
            interval,
            capacity: interval.saturating_mul(follow_ups),
            full_at: AtomicU64::new(0),
        }
    }

    /// The wrapped policy.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::{Budgeted, FollowUpBudget, Open};
    ///
    /// let policy = Budgeted::new(Open::new(), FollowUpBudget::new(1, Duration::from_secs(60)));
    /// assert_eq!(*policy.inner(), Open::new());
    /// ```
    #[must_use]
    pub const fn inner(&self) -> &P {
        &self.policy
    }

    /// The budget.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::{Budgeted, FollowUpBudget, Open};
    ///
    /// let budget = FollowUpBudget::new(1, Duration::from_secs(60));
    /// assert_eq!(Budgeted::new(Open::new(), budget).budget(), budget);
    /// ```
    #[must_use]
    pub const fn budget(&self) -> FollowUpBudget {
        self.budget
    }

    /// The clock.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::{Budgeted, Clock, FollowUpBudget, ManualClock, Open};
    ///
    /// let policy = Budgeted::with_clock(Open::new(), FollowUpBudget::new(1, Duration::from_secs(60)), ManualClock::new());
    /// policy.clock().advance(Duration::from_secs(1));
    /// assert_eq!(policy.clock().now(), Duration::from_secs(1));
    /// ```
    #[must_use]
    pub const fn clock(&self) -> &C {
        &self.clock
    }

    /// How many follow-ups could be handed out right now, from 0 to the
    /// budget's `follow_ups` (which a zero window always has).
    ///
    /// Another thread may take some before this thread decides, so this is
    /// for display and metrics, not a promise.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use opendoor::{Budgeted, FollowUpBudget, ManualClock, NetworkingPolicy, Open, Request};
    ///
    /// let clock = ManualClock::new();
    /// let policy = Budgeted::with_clock(Open::new(), FollowUpBudget::new(3, Duration::from_secs(3)), &clock);
    /// let _ = policy.decide(&Request::introduction("Ann", "Bo")); // Open follows up an introduction
    /// assert_eq!(policy.available(), 2);
    /// clock.advance(Duration::from_secs(1));
    /// assert_eq!(policy.available(), 3);
    /// ```
    #[must_use]
    pub fn available(&self) -> u32 {
        if self.budget.follow_ups == 0 || self.interval == 0 {
            return self.budget.follow_ups;
        }
        let backlog = self
            .full_at
            .load(Ordering::Relaxed)
            .saturating_sub(self.now());
        let tokens = self.capacity.saturating_sub(backlog) / self.interval;
        u32::try_from(tokens).map_or(self.budget.follow_ups, |t| t.min(self.budget.follow_ups))
    }

    /// The clock's reading in nanoseconds, clamped like windows.
    fn now(&self) -> u64 {
        nanos(self.clock.now())
    }

    /// Takes one token if there is one: whether the follow-up may go ahead.
    fn take(&self) -> bool {
        if self.budget.follow_ups == 0 {
            return false;
        }
        if self.interval == 0 {
            return true; // a zero window: tokens come back at once
        }
        let now = self.now();
        // Relaxed is enough: the budget is this one atomic, and every
        // compare-and-swap on it sees the latest value in its modification order.
        let mut full_at = self.full_at.load(Ordering::Relaxed);
        loop {
            // Time until the bucket is full: the tokens in use, in nanoseconds.
            let backlog = full_at.saturating_sub(now);
            let after = backlog.saturating_add(self.interval);
            if after > self.capacity {
                return false;
            }
            match self.full_at.compare_exchange_weak(
                full_at,
                now.saturating_add(after),
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(current) => full_at = current,
            }
        }
    }
}

impl<P: NetworkingPolicy, C: Clock> NetworkingPolicy for Budgeted<P, C> {
    fn decide(&self, request: &Request) -> Decision {
        let decision = self.policy.decide(request);
        if decision.action() != Action::FollowUp || self.take() {
            return decision;
        }
        decision
            .with_action(Action::Hold)
            .with_reason(Reason::FollowUpBudget)
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use std::fmt;
    use std::time::Duration;

    use serde::de::{self, Deserialize, Deserializer, Visitor};
    use serde::ser::{self, Serialize, Serializer};

    use super::FollowUpBudget;

    const DAY_SECS: u64 = 24 * 60 * 60;

    /// The written form: whole days, as a configuration says it.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        #[serde(deserialize_with = "follow_ups")]
        follow_ups: u32,
        #[serde(deserialize_with = "per_days")]
        per_days: u32,
    }

    fn follow_ups<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        d.deserialize_u64(Whole {
            field: "follow_ups",
            min: 0,
        })
    }

    fn per_days<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        d.deserialize_u64(Whole {
            field: "per_days",
            min: 1,
        })
    }

    /// A whole number from `min` to `u32::MAX` whose errors name the field.
    struct Whole {
        field: &'static str,
        min: u32,
    }

    impl Visitor<'_> for Whole {
        type Value = u32;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "`{}` to be a whole number from {} to {}",
                self.field,
                self.min,
                u32::MAX
            )
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u32, E> {
            u32::try_from(v)
                .ok()
                .filter(|&n| n >= self.min)
                .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u32, E> {
            u64::try_from(v)
                .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
                .and_then(|v| self.visit_u64(v))
        }
    }

    /// Serialized as `{"follow_ups": n, "per_days": d}`; fails for a window
    /// that is not a whole number of days (from 1 to `u32::MAX`).
    impl Serialize for FollowUpBudget {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let secs = self.window.as_secs();
            let per_days = Some(secs / DAY_SECS)
                .filter(|&days| days >= 1 && secs % DAY_SECS == 0)
                .filter(|_| self.window.subsec_nanos() == 0)
                .and_then(|days| u32::try_from(days).ok())
                .ok_or_else(|| {
                    <S::Error as ser::Error>::custom(format_args!(
                        "a follow-up budget's window must be a whole number of days, not {:?}",
                        self.window
                    ))
                })?;
            Repr {
                follow_ups: self.follow_ups,
                per_days,
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for FollowUpBudget {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let repr = Repr::deserialize(deserializer)?;
            let window = Duration::from_secs(u64::from(repr.per_days) * DAY_SECS);
            Ok(FollowUpBudget::new(repr.follow_ups, window))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::policy_fn;

    const SECOND: Duration = Duration::from_secs(1);

    /// A policy that always answers `action`, with one reason to keep.
    fn always(action: Action) -> impl NetworkingPolicy {
        policy_fn(move |_: &Request| Decision::new(action).with_reason(Reason::Stranger))
    }

    fn actions<P: NetworkingPolicy>(policy: &P, n: usize) -> Vec<Action> {
        let request = Request::connect("Ann");
        (0..n).map(|_| policy.decide(&request).action()).collect()
    }

    fn followed_up<P: NetworkingPolicy>(policy: &P, n: usize) -> usize {
        actions(policy, n)
            .into_iter()
            .filter(|&a| a == Action::FollowUp)
            .count()
    }

    // Compile-time check: a budgeted policy can be shared across threads.
    const _: fn() = || {
        fn shareable<T: NetworkingPolicy + Send + Sync>() {}
        fn debug<T: fmt::Debug>() {}
        shareable::<Budgeted<Box<dyn NetworkingPolicy + Send + Sync>, Arc<ManualClock>>>();
        shareable::<Budgeted<crate::Hybrid>>();
        debug::<Budgeted<crate::Hybrid, Box<dyn Clock>>>();
    };

    #[test]
    fn hands_out_a_burst_then_holds_with_the_inner_reasons() {
        use Action::{FollowUp, Hold};
        let clock = ManualClock::new();
        let policy = Budgeted::with_clock(
            always(Action::FollowUp),
            FollowUpBudget::new(3, 3 * SECOND),
            &clock,
        );
        assert_eq!(
            actions(&policy, 5),
            [FollowUp, FollowUp, FollowUp, Hold, Hold]
        );
        let held = policy.decide(&Request::connect("Ann"));
        assert!(held.has_reason(Reason::FollowUpBudget), "{held}");
        assert!(held.has_reason(Reason::Stranger), "{held}");
        assert_eq!(policy.available(), 0);
    }

    #[test]
    fn one_follow_up_returns_every_window_over_n_to_the_nanosecond() {
        let clock = ManualClock::new();
        let policy = Budgeted::with_clock(
            always(Action::FollowUp),
            FollowUpBudget::new(3, 3 * SECOND),
            &clock,
        );
        assert_eq!(followed_up(&policy, 3), 3);
        clock.set(SECOND - Duration::from_nanos(1));
        assert_eq!((policy.available(), followed_up(&policy, 1)), (0, 0));
        clock.set(SECOND);
        assert_eq!((policy.available(), followed_up(&policy, 2)), (1, 1));
        clock.set(3 * SECOND);
        assert_eq!(policy.available(), 2);
        clock.set(10 * SECOND); // idle time saves up to a full bucket, no more
        assert_eq!((policy.available(), followed_up(&policy, 5)), (3, 3));
    }

    #[test]
    fn a_window_not_divisible_by_n_rounds_the_interval_up() {
        let clock = ManualClock::new();
        let policy = Budgeted::with_clock(
            always(Action::FollowUp),
            FollowUpBudget::new(3, Duration::from_nanos(10)),
            &clock,
        );
        assert_eq!(followed_up(&policy, 4), 3);
        clock.set(Duration::from_nanos(3));
        assert_eq!(followed_up(&policy, 1), 0);
        clock.set(Duration::from_nanos(4));
        assert_eq!(followed_up(&policy, 2), 1);
    }

    #[test]
    fn other_actions_pass_through_and_cost_nothing() {
        let clock = ManualClock::new();
        let budget = FollowUpBudget::new(1, SECOND);
        for action in Action::ALL
            .iter()
            .copied()
            .filter(|&a| a != Action::FollowUp)
        {
            let policy = Budgeted::with_clock(always(action), budget, &clock);
            let request = Request::connect("Ann");
            for _ in 0..3 {
                assert_eq!(policy.decide(&request), always(action).decide(&request));
            }
            assert_eq!(policy.available(), 1, "{action} took a token");
        }
    }

    #[test]
    fn no_follow_ups_holds_every_follow_up() {
        let clock = ManualClock::new();
        for window in [Duration::ZERO, SECOND, Duration::MAX] {
            let policy = Budgeted::with_clock(
                always(Action::FollowUp),
                FollowUpBudget::new(0, window),
                &clock,
            );
            assert_eq!((policy.available(), followed_up(&policy, 3)), (0, 0));
        }
    }

    #[test]
    fn a_zero_window_sets_no_limit() {
        let clock = ManualClock::new();
        let policy = Budgeted::with_clock(
            always(Action::FollowUp),
            FollowUpBudget::new(2, Duration::ZERO),
            &clock,
        );
        assert_eq!(followed_up(&policy, 100), 100);
        clock.set(SECOND);
        clock.set(Duration::ZERO); // even a clock set back does not hold anything
        assert_eq!((policy.available(), followed_up(&policy, 10)), (2, 10));
    }

    #[test]
    fn huge_windows_and_late_clocks_never_overflow() {
        let clock = ManualClock::new();
        for follow_ups in [1, 2, 1000, u32::MAX] {
            for window in [Duration::from_secs(u64::MAX / 4), Duration::MAX] {
                let budget = FollowUpBudget::new(follow_ups, window);
                let policy = Budgeted::with_clock(always(Action::FollowUp), budget, &clock);
                clock.set(Duration::ZERO);
                assert_eq!(followed_up(&policy, 3), 3.min(follow_ups as usize));
                clock.set(Duration::from_secs(100 * 365 * 24 * 60 * 60));
                assert!(policy.available() <= follow_ups);
                clock.set(Duration::MAX);
                let _ = (policy.available(), followed_up(&policy, 3));
            }
        }
        // One follow-up in the longest window: none back within a century.
        clock.set(Duration::ZERO);
        let once = Budgeted::with_clock(
            always(Action::FollowUp),
            FollowUpBudget::new(1, Duration::MAX),
            &clock,
        );
        assert_eq!(followed_up(&once, 2), 1);
        clock.set(Duration::from_secs(100 * 365 * 24 * 60 * 60));
        assert_eq!(followed_up(&once, 2), 0);
    }

    #[test]
    fn threads_sharing_a_budget_hand_out_exactly_n_at_one_instant() {
        let clock = ManualClock::new();
        let policy = Budgeted::with_clock(
            always(Action::FollowUp),
            FollowUpBudget::new(7, 7 * SECOND),
            &clock,
        );
        fn handed_out<P: NetworkingPolicy + Sync>(policy: &P) -> usize {
            std::thread::scope(|scope| {
                let threads: Vec<_> = (0..4)
                    .map(|_| scope.spawn(|| followed_up(policy, 50)))
                    .collect();
                threads.into_iter().map(|t| t.join().unwrap()).sum()
            })
        }
        assert_eq!(handed_out(&policy), 7);
        clock.advance(3 * SECOND);
        assert_eq!(handed_out(&policy), 3);
    }

    #[test]
    fn manual_clock_saturates() {
        let clock = ManualClock::new();
        clock.set(Duration::MAX);
        clock.advance(Duration::MAX);
        assert_eq!(clock.now(), Duration::from_nanos(u64::MAX));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_speaks_in_whole_days() {
        let week = FollowUpBudget::new(3, Duration::from_secs(7 * 86_400));
        let json = serde_json::to_string(&week).unwrap();
        assert_eq!(json, r#"{"follow_ups":3,"per_days":7}"#);
        assert_eq!(serde_json::from_str::<FollowUpBudget>(&json).unwrap(), week);
        let none: FollowUpBudget =
            serde_json::from_str(r#"{"follow_ups": 0, "per_days": 1}"#).unwrap();
        assert_eq!(none.follow_ups(), 0);

        for (bad, names) in [
            (r#"{"follow_ups": 3, "per_days": 0}"#, "`per_days`"),
            (r#"{"follow_ups": -1, "per_days": 7}"#, "`follow_ups`"),
            (r#"{"follow_ups": 3, "per_days": 4294967296}"#, "`per_days`"),
            (r#"{"follow_ups": 3, "per_days": 7.5}"#, "`per_days`"),
            (r#"{"follow_ups": 3}"#, "`per_days`"),
            (
                r#"{"follow_ups": 3, "per_days": 7, "per_week": 1}"#,
                "`per_week`",
            ),
        ] {
            let err = serde_json::from_str::<FollowUpBudget>(bad).unwrap_err();
            assert!(err.to_string().contains(names), "{bad}: {err}");
        }
        for window in [
            Duration::ZERO,
            Duration::from_secs(36 * 3600),
            Duration::MAX,
        ] {
            let err = serde_json::to_string(&FollowUpBudget::new(1, window)).unwrap_err();
            assert!(err.to_string().contains("whole number of days"), "{err}");
        }
    }
}
