//! A value computed from a key — on a worker task when the data is big —
//! that keeps showing the last result until the new one lands. Panels that
//! count every trace (corridor rows, histograms) use it so a filter change
//! or a time-bar step never stalls the window.

use corridor_core::task::{Spawner, Task, TaskFailure, TaskPoll};

/// Where a computation runs.
#[derive(Clone, Copy, Debug)]
pub enum RunOn<'a> {
    /// In the calling frame: small data, done in well under a millisecond.
    Frame,
    /// On a task started by this spawner.
    Worker(&'a Spawner),
}

/// The last value computed, and the computation of a newer one.
pub struct Background<K, V> {
    /// Thread name of its tasks.
    name: &'static str,
    /// What its tasks do, for a notice if one fails.
    what: &'static str,
    shown: Option<(K, V)>,
    pending: Option<(K, Task<V>)>,
    /// A key whose computation failed: not tried again until the key changes.
    failed: Option<K>,
    /// A failure not yet reported.
    failure: Option<TaskFailure>,
}

impl<K: Clone + PartialEq, V: Send + 'static> Background<K, V> {
    /// Nothing computed yet; tasks are named `name` and described as `what`.
    pub fn new(name: &'static str, what: &'static str) -> Self {
        Self {
            name,
            what,
            shown: None,
            pending: None,
            failed: None,
            failure: None,
        }
    }

    /// Takes a finished result, then starts computing `key` unless it is
    /// shown, already being computed, or failed last time. `repaint` is
    /// called when a worker is done. Returns whether the shown value
    /// changed in this call.
    pub fn request(
        &mut self,
        key: &K,
        run_on: RunOn<'_>,
        compute: impl FnOnce() -> V + Send + 'static,
        repaint: impl FnOnce() + Send + 'static,
    ) -> bool {
        let mut changed = false;
        if let Some((pending_key, task)) = &mut self.pending {
            match task.poll() {
                // One computation at a time; the newest key starts next.
                TaskPoll::Pending => return false,
                TaskPoll::Done(value) => {
                    self.shown = Some((pending_key.clone(), value));
                    changed = true;
                }
                TaskPoll::Failed(failure) => {
                    self.failed = Some(pending_key.clone());
                    self.failure = Some(failure);
                }
            }
            self.pending = None;
        }
        if self.shown.as_ref().is_some_and(|(shown, _)| shown == key)
            || self.failed.as_ref() == Some(key)
        {
            return changed;
        }
        // Another key: a failed one may be tried again later.
        self.failed = None;
        match run_on {
            RunOn::Worker(spawner) => {
                let task = spawner.spawn(self.name, self.what, repaint, move |_| compute());
                self.pending = Some((key.clone(), task));
                changed
            }
            RunOn::Frame => {
                self.shown = Some((key.clone(), compute()));
                true
            }
        }
    }

    /// The last result, possibly for an older key.
    pub fn value(&self) -> Option<&V> {
        self.shown.as_ref().map(|(_, value)| value)
    }

    /// The key of the shown value.
    pub fn shown_key(&self) -> Option<&K> {
        self.shown.as_ref().map(|(key, _)| key)
    }

    /// Whether a newer value is being computed.
    pub fn is_updating(&self) -> bool {
        self.pending.is_some()
    }

    /// A failed computation, once (for a notice).
    pub fn take_failure(&mut self) -> Option<TaskFailure> {
        self.failure.take()
    }

    /// Forgets everything (new data: old results index other locations).
    pub fn clear(&mut self) {
        *self = Self::new(self.name, self.what);
    }
}
