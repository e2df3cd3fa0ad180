//! How far a task has got, written by the work and read by the window.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Work done out of a total (bytes, rows, files: the work's own unit), and
/// items handled (rows read, say) for a rate. Clones share the counters;
/// updates are relaxed atomics, cheap enough for a hot loop's batches.
///
/// ```
/// use corridor_core::task::Progress;
/// let progress = Progress::default();
/// assert_eq!(progress.snapshot().fraction, None, "no total yet");
/// progress.set_total(200);
/// progress.set_done(50);
/// progress.set_items(1_000);
/// let seen = progress.clone().snapshot();
/// assert_eq!(seen.fraction, Some(0.25));
/// assert_eq!(seen.items, 1_000);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Progress(Arc<Counters>);

#[derive(Debug, Default)]
struct Counters {
    done: AtomicU64,
    total: AtomicU64,
    items: AtomicU64,
}

/// A copy of the progress for display.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ProgressSnapshot {
    /// Share done, from 0 to 1; `None` while the total is unknown.
    pub fraction: Option<f32>,
    /// Items handled so far.
    pub items: u64,
}

impl Progress {
    /// How much work there is in all.
    pub fn set_total(&self, total: u64) {
        self.0.total.store(total, Ordering::Relaxed);
    }

    /// Adds to the total (another file found, say).
    pub fn add_total(&self, more: u64) {
        self.0.total.fetch_add(more, Ordering::Relaxed);
    }

    /// How much of it is done.
    pub fn set_done(&self, done: u64) {
        self.0.done.store(done, Ordering::Relaxed);
    }

    /// Items handled so far.
    pub fn set_items(&self, items: u64) {
        self.0.items.store(items, Ordering::Relaxed);
    }

    /// The counters now.
    pub fn snapshot(&self) -> ProgressSnapshot {
        let total = self.0.total.load(Ordering::Relaxed);
        let done = self.0.done.load(Ordering::Relaxed);
        ProgressSnapshot {
            fraction: (total > 0).then(|| (done as f64 / total as f64).clamp(0.0, 1.0) as f32),
            items: self.0.items.load(Ordering::Relaxed),
        }
    }
}
