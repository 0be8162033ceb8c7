//! Counting decisions: how many requests got each action and each reason.

use std::fmt;
use std::ops::{Add, AddAssign};

use crate::decision::{Action, Decision, Reason};
use crate::error::TallyError;

const ACTIONS: usize = Action::ALL.len();
const REASONS: usize = Reason::ALL.len();

/// Counts of decisions per [`Action`] and per [`Reason`].
///
/// Build one from decisions (`collect`, [`Tally::record`],
/// [`NetworkingPolicy::tally`](crate::NetworkingPolicy::tally)) and combine
/// per-thread or per-shard tallies with `+` or [`Tally::merge`]. `Display`
/// prints a small table.
///
/// A tally always holds counts some decisions could have produced: the
/// action counts add up to the total and no reason is counted more often
/// than the total. Counts saturate at `u64::MAX` instead of wrapping (use
/// [`Tally::checked_add`] to be told); a saturated total only promises that
/// no count exceeds it. Reading a tally with serde or
/// [`Tally::from_counts`] checks these rules and names the count that
/// breaks them ([`TallyError`]).
///
/// # Examples
///
/// ```
/// use opendoor::{Action, Decision, Reason, Tally};
///
/// let mut morning: Tally = [Decision::new(Action::Accept).with_reason(Reason::OpenDoor)]
///     .into_iter()
///     .collect();
/// let evening: Tally = [Decision::new(Action::FollowUp).with_reason(Reason::Stranger)]
///     .into_iter()
///     .collect();
/// morning += evening;
/// assert_eq!(morning.total(), 2);
/// assert_eq!(morning.count(Action::FollowUp), 1);
/// assert_eq!(morning.reason_count(Reason::OpenDoor), 1);
/// println!("{morning}");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Tally {
    total: u64,
    actions: [u64; ACTIONS],
    reasons: [u64; REASONS],
}

impl Tally {
    /// An empty tally.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Tally::new().total(), 0);
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Tally {
            total: 0,
            actions: [0; ACTIONS],
            reasons: [0; REASONS],
        }
    }

    /// Counts one decision.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, Tally};
    ///
    /// let mut tally = Tally::new();
    /// tally.record(Decision::new(Action::Hold));
    /// assert_eq!(tally.count(Action::Hold), 1);
    /// ```
    pub fn record(&mut self, decision: Decision) {
        self.total = self.total.saturating_add(1);
        let action = &mut self.actions[decision.action() as usize];
        *action = action.saturating_add(1);
        for reason in decision.reasons() {
            let count = &mut self.reasons[reason as usize];
            *count = count.saturating_add(1);
        }
    }

    /// The tally with these counts, if some decisions could have produced
    /// them: the action counts add up to `total` (or, for a saturated
    /// `total` of `u64::MAX`, none exceeds it) and no reason's count exceeds
    /// `total`. Counts not given are zero; a count given twice is the last.
    ///
    /// # Errors
    ///
    /// [`TallyError`] names the count that breaks a rule.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Reason, Tally};
    ///
    /// let tally = Tally::from_counts(3, [(Action::Accept, 2), (Action::Hold, 1)], [(Reason::Stranger, 3)])?;
    /// assert_eq!(tally.count(Action::Accept), 2);
    /// assert!(Tally::from_counts(1, [(Action::Accept, 1)], [(Reason::Stranger, 7)]).is_err());
    /// # Ok::<(), opendoor::TallyError>(())
    /// ```
    pub fn from_counts(
        total: u64,
        actions: impl IntoIterator<Item = (Action, u64)>,
        reasons: impl IntoIterator<Item = (Reason, u64)>,
    ) -> Result<Tally, TallyError> {
        let mut tally = Tally::new();
        tally.total = total;
        for (action, n) in actions {
            tally.actions[action as usize] = n;
        }
        for (reason, n) in reasons {
            tally.reasons[reason as usize] = n;
        }
        let sum: u128 = tally.actions.iter().map(|&n| u128::from(n)).sum();
        // A saturated total stands for at least `u64::MAX` decisions, so
        // the action counts (each saturated on its own) add up to at least
        // as many.
        let adds_up = if total == u64::MAX {
            sum >= u128::from(total)
        } else {
            sum == u128::from(total)
        };
        if !adds_up {
            return Err(TallyError::ActionsDoNotAddUp { total, sum });
        }
        if let Some((reason, count)) = tally.reasons().find(|&(_, n)| n > total) {
            return Err(TallyError::ReasonAboveTotal {
                reason,
                count,
                total,
            });
        }
        Ok(tally)
    }

    /// Adds another tally's counts to this one.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, Tally};
    ///
    /// let mut a = Tally::new();
    /// a.record(Decision::new(Action::Accept));
    /// let b = a;
    /// a.merge(&b);
    /// assert_eq!(a.count(Action::Accept), 2);
    /// ```
    pub fn merge(&mut self, other: &Tally) {
        self.total = self.total.saturating_add(other.total);
        for (mine, theirs) in self.actions.iter_mut().zip(other.actions) {
            *mine = mine.saturating_add(theirs);
        }
        for (mine, theirs) in self.reasons.iter_mut().zip(other.reasons) {
            *mine = mine.saturating_add(theirs);
        }
    }

    /// The sum of two tallies, or `None` if a count would pass `u64::MAX`
    /// (where [`merge`](Tally::merge) and `+` saturate).
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Decision, Tally};
    ///
    /// let one: Tally = [Decision::new(Action::Accept)].into_iter().collect();
    /// assert_eq!(one.checked_add(&one).map(|t| t.total()), Some(2));
    /// ```
    #[must_use]
    pub fn checked_add(&self, other: &Tally) -> Option<Tally> {
        let mut sum = *self;
        sum.total = self.total.checked_add(other.total)?;
        for (mine, theirs) in sum.actions.iter_mut().zip(other.actions) {
            *mine = mine.checked_add(theirs)?;
        }
        for (mine, theirs) in sum.reasons.iter_mut().zip(other.reasons) {
            *mine = mine.checked_add(theirs)?;
        }
        Some(sum)
    }

    /// How many decisions were counted.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Tally::default().total(), 0);
    /// ```
    #[must_use]
    pub const fn total(&self) -> u64 {
        self.total
    }

    /// How many decisions had this action.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Tally::new().count(opendoor::Action::Block), 0);
    /// ```
    #[must_use]
    pub const fn count(&self, action: Action) -> u64 {
        self.actions[action as usize]
    }

    /// How many decisions gave this reason.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(opendoor::Tally::new().reason_count(opendoor::Reason::Stranger), 0);
    /// ```
    #[must_use]
    pub const fn reason_count(&self, reason: Reason) -> u64 {
        self.reasons[reason as usize]
    }

    /// Every action with its count, most open first.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Tally};
    ///
    /// assert_eq!(Tally::new().actions().next(), Some((Action::Accept, 0)));
    /// ```
    pub fn actions(&self) -> impl ExactSizeIterator<Item = (Action, u64)> + '_ {
        Action::ALL.iter().map(|&a| (a, self.count(a)))
    }

    /// Every reason with its count, in the order of [`Reason::ALL`].
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::Tally;
    ///
    /// assert_eq!(Tally::new().reasons().count(), opendoor::Reason::ALL.len());
    /// ```
    pub fn reasons(&self) -> impl ExactSizeIterator<Item = (Reason, u64)> + '_ {
        Reason::ALL.iter().map(|&r| (r, self.reason_count(r)))
    }
}

impl Add for Tally {
    type Output = Tally;

    fn add(mut self, other: Tally) -> Tally {
        self.merge(&other);
        self
    }
}

impl AddAssign for Tally {
    fn add_assign(&mut self, other: Tally) {
        self.merge(&other);
    }
}

impl Extend<Decision> for Tally {
    fn extend<I: IntoIterator<Item = Decision>>(&mut self, decisions: I) {
        decisions.into_iter().for_each(|d| self.record(d));
    }
}

impl<'a> Extend<&'a Decision> for Tally {
    fn extend<I: IntoIterator<Item = &'a Decision>>(&mut self, decisions: I) {
        decisions.into_iter().for_each(|d| self.record(*d));
    }
}

impl FromIterator<Decision> for Tally {
    fn from_iter<I: IntoIterator<Item = Decision>>(decisions: I) -> Self {
        let mut tally = Tally::new();
        tally.extend(decisions);
        tally
    }
}

impl<'a> FromIterator<&'a Decision> for Tally {
    fn from_iter<I: IntoIterator<Item = &'a Decision>>(decisions: I) -> Self {
        let mut tally = Tally::new();
        tally.extend(decisions);
        tally
    }
}

impl fmt::Display for Tally {
    /// A two-part table: actions, then the reasons that occurred, each with
    /// its count and share of the total.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let share = |n: u64| {
            if self.total == 0 {
                0.0
            } else {
                100.0 * n as f64 / self.total as f64
            }
        };
        writeln!(f, "{:<24} {:>10} {:>7}", "action", "requests", "share")?;
        for (action, n) in self.actions() {
            writeln!(f, "{:<24} {:>10} {:>6.1}%", action.as_str(), n, share(n))?;
        }
        writeln!(f, "{:<24} {:>10}", "total", self.total)?;
        writeln!(f, "{:<24} {:>10} {:>7}", "reason", "requests", "share")?;
        for (reason, n) in self.reasons().filter(|&(_, n)| n > 0) {
            writeln!(f, "{:<24} {:>10} {:>6.1}%", reason.as_str(), n, share(n))?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use std::collections::BTreeMap;

    use super::Tally;
    use crate::decision::{Action, Reason};

    /// `{"total": n, "actions": {"accept": n, …}, "reasons": {"stranger": n, …}}`;
    /// zero counts may be left out when reading, and the counts are checked
    /// as [`Tally::from_counts`] checks them.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Repr {
        total: u64,
        #[serde(default)]
        actions: BTreeMap<Action, u64>,
        #[serde(default)]
        reasons: BTreeMap<Reason, u64>,
    }

    impl serde::Serialize for Tally {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Repr {
                total: self.total,
                actions: self.actions().collect(),
                reasons: self.reasons().collect(),
            }
            .serialize(serializer)
        }
    }

    impl<'de> serde::Deserialize<'de> for Tally {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let repr = Repr::deserialize(deserializer)?;
            Tally::from_counts(repr.total, repr.actions, repr.reasons)
                .map_err(serde::de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn decisions() -> impl Strategy<Value = Vec<Decision>> {
        let decision = (0..Action::ALL.len(), any::<u32>()).prop_map(|(a, bits)| {
            Reason::ALL
                .iter()
                .enumerate()
                .filter(|&(i, _)| bits & (1 << i) != 0)
                .fold(Decision::new(Action::ALL[a]), |d, (_, &r)| d.with_reason(r))
        });
        proptest::collection::vec(decision, 0..50)
    }

    proptest! {
        /// Whatever decisions were counted, and however tallies were
        /// merged, the counts pass the checks a tally is read back with.
        #[test]
        fn recorded_and_merged_tallies_are_valid(a in decisions(), b in decisions()) {
            let (a, b): (Tally, Tally) = (a.into_iter().collect(), b.into_iter().collect());
            let sum = a + b;
            prop_assert_eq!(a.checked_add(&b), Some(sum));
            for tally in [a, b, sum] {
                prop_assert_eq!(Tally::from_counts(tally.total(), tally.actions(), tally.reasons()), Ok(tally));
            }
        }
    }

    #[test]
    fn display_lists_every_action_and_the_reasons_seen() {
        let tally: Tally = [
            Decision::new(Action::Accept).with_reason(Reason::OpenDoor),
            Decision::new(Action::FollowUp).with_reason(Reason::Stranger),
        ]
        .into_iter()
        .collect();
        let table = tally.to_string();
        assert!(table.contains("follow_up"), "{table}");
        assert!(table.contains("50.0%"), "{table}");
        assert!(!table.contains("unverified_claim"), "{table}");
        assert_eq!(table.lines().count(), 1 + 5 + 1 + 1 + 2);
    }

    #[test]
    fn merging_saturates_and_checked_add_says_so() {
        let full = Tally::from_counts(
            u64::MAX,
            [(Action::Accept, u64::MAX)],
            [(Reason::OpenDoor, u64::MAX)],
        )
        .unwrap();
        let one: Tally = [Decision::new(Action::Accept).with_reason(Reason::OpenDoor)]
            .into_iter()
            .collect();
        assert_eq!(full.checked_add(&one), None);
        let sum = full + one;
        assert_eq!(sum.total(), u64::MAX);
        assert_eq!(sum.count(Action::Accept), u64::MAX);
        let again = Tally::from_counts(sum.total(), sum.actions(), sum.reasons());
        assert_eq!(again, Ok(sum), "a saturated tally is still a valid one");
    }

    #[test]
    fn counts_that_cannot_be_a_tally_are_refused() {
        assert_eq!(
            Tally::from_counts(5, [(Action::Accept, 1)], []),
            Err(TallyError::ActionsDoNotAddUp { total: 5, sum: 1 })
        );
        assert_eq!(
            Tally::from_counts(1, [(Action::Accept, 1)], [(Reason::Stranger, 7)]),
            Err(TallyError::ReasonAboveTotal {
                reason: Reason::Stranger,
                count: 7,
                total: 1
            })
        );
        let overflow = Tally::from_counts(3, [(Action::Accept, u64::MAX), (Action::Hold, 4)], []);
        assert!(overflow.is_err(), "sums are taken without wrapping");
        let hollow = Tally::from_counts(u64::MAX, [(Action::Accept, 5)], []);
        assert!(hollow.is_err(), "a saturated total needs saturated actions");
    }
}
