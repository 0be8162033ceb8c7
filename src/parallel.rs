//! Deciding on batches across cores (feature `rayon`).

use rayon::prelude::*;

use crate::decision::Decision;
use crate::policy::NetworkingPolicy;
use crate::request::Request;
use crate::tally::Tally;

/// Batch decisions on rayon's thread pool, for every policy that can be
/// shared between threads. Results are in input order.
///
/// Each worker thread reuses its own detector buffers, so the parallel
/// methods allocate nothing per request either.
///
/// # Examples
///
/// ```
/// use opendoor::{Hybrid, NetworkingPolicy, ParallelDecide, Request};
///
/// let requests: Vec<Request> = (0..1000).map(|i| Request::connect(format!("sender {i}"))).collect();
/// let policy = Hybrid::new();
/// assert_eq!(policy.par_decide_all(&requests), policy.decide_all(&requests));
/// assert_eq!(policy.par_tally(&requests), policy.tally(&requests));
/// ```
pub trait ParallelDecide: NetworkingPolicy + Sync {
    /// [`decide_all`](NetworkingPolicy::decide_all) on all cores.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Open, ParallelDecide, Request};
    ///
    /// assert_eq!(Open::new().par_decide_all(&[Request::connect("Ann")]).len(), 1);
    /// ```
    fn par_decide_all(&self, requests: &[Request]) -> Vec<Decision> {
        let mut decisions = Vec::with_capacity(requests.len());
        self.par_decide_into(requests, &mut decisions);
        decisions
    }

    /// [`decide_into`](NetworkingPolicy::decide_into) on all cores: clears
    /// `decisions` and fills it in input order, reusing its allocation.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Closed, ParallelDecide, Request};
    ///
    /// let mut decisions = Vec::new();
    /// Closed::new().par_decide_into(&[Request::connect("Ann")], &mut decisions);
    /// assert_eq!(decisions.len(), 1);
    /// ```
    fn par_decide_into(&self, requests: &[Request], decisions: &mut Vec<Decision>) {
        requests
            .par_iter()
            .map(|request| self.decide(request))
            .collect_into_vec(decisions);
    }

    /// [`tally`](NetworkingPolicy::tally) on all cores: per-thread tallies,
    /// merged.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::{Action, Open, ParallelDecide, Request};
    ///
    /// let tally = Open::new().par_tally(&[Request::connect("Ann")]);
    /// assert_eq!(tally.count(Action::Accept), 1);
    /// ```
    fn par_tally(&self, requests: &[Request]) -> Tally {
        requests
            .par_iter()
            .fold(Tally::new, |mut tally, request| {
                tally.record(self.decide(request));
                tally
            })
            .reduce(Tally::new, |a, b| a + b)
    }
}

impl<P: NetworkingPolicy + Sync + ?Sized> ParallelDecide for P {}
