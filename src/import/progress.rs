//! Progress and cancellation shared between an import and the window showing it.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::ImportError;

#[derive(Debug, Default)]
pub struct ImportControl {
    cancelled: AtomicBool,
    total_bytes: AtomicU64,
    /// Bytes of files already finished.
    finished_bytes: AtomicU64,
    /// Bytes read of the file in progress.
    current_bytes: AtomicU64,
    rows: AtomicU64,
    finished_rows: AtomicU64,
    current_file: Mutex<String>,
}

/// A copy of the progress for display.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgressSnapshot {
    pub fraction: f32,
    pub rows: u64,
    pub file: String,
}

impl ImportControl {
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    pub fn check(&self) -> Result<(), ImportError> {
        if self.is_cancelled() {
            Err(ImportError::Cancelled)
        } else {
            Ok(())
        }
    }

    pub(crate) fn add_total_bytes(&self, bytes: u64) {
        self.total_bytes.fetch_add(bytes, Ordering::Relaxed);
    }

    pub(crate) fn set_current_file(&self, name: &str) {
        if let Ok(mut file) = self.current_file.lock() {
            name.clone_into(&mut file);
        }
        self.current_bytes.store(0, Ordering::Relaxed);
    }

    pub(crate) fn set_file_progress(&self, bytes: u64, rows: u64) {
        self.current_bytes.store(bytes, Ordering::Relaxed);
        self.rows.store(
            self.finished_rows.load(Ordering::Relaxed) + rows,
            Ordering::Relaxed,
        );
    }

    pub(crate) fn set_file_rows(&self, rows: u64) {
        self.rows.store(
            self.finished_rows.load(Ordering::Relaxed) + rows,
            Ordering::Relaxed,
        );
    }

    pub(crate) fn finish_file(&self, size_bytes: u64) {
        self.finished_bytes.fetch_add(size_bytes, Ordering::Relaxed);
        self.current_bytes.store(0, Ordering::Relaxed);
        let rows = self.rows.load(Ordering::Relaxed);
        self.finished_rows.store(rows, Ordering::Relaxed);
    }

    pub fn snapshot(&self) -> ProgressSnapshot {
        let total = self.total_bytes.load(Ordering::Relaxed).max(1);
        let done = self
            .finished_bytes
            .load(Ordering::Relaxed)
            .saturating_add(self.current_bytes.load(Ordering::Relaxed));
        ProgressSnapshot {
            fraction: (done as f64 / total as f64).clamp(0.0, 1.0) as f32,
            rows: self.rows.load(Ordering::Relaxed),
            file: self
                .current_file
                .lock()
                .map(|f| f.clone())
                .unwrap_or_default(),
        }
    }
}
