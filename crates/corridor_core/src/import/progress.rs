//! Progress and cancellation shared between an import and the window showing
//! it, through the import task's [`TaskContext`].

use std::sync::atomic::{AtomicU64, Ordering};

use super::ImportError;
use crate::task::{CancelToken, Progress, TaskContext};

/// What an import reports to and hears from its owner: bytes read out of
/// the bytes of every file (the progress fraction), rows read (the
/// progress items), and whether to stop.
#[derive(Debug, Default)]
pub struct ImportControl {
    cancel: CancelToken,
    progress: Progress,
    /// Bytes of files already finished.
    finished_bytes: AtomicU64,
    /// Rows of files already finished.
    finished_rows: AtomicU64,
    /// Rows read so far, of every file.
    rows: AtomicU64,
}

impl ImportControl {
    /// Reports to and listens to a task's context.
    pub fn new(context: &TaskContext) -> ImportControl {
        ImportControl {
            cancel: context.cancel.clone(),
            progress: context.progress.clone(),
            ..ImportControl::default()
        }
    }

    /// Asks the import to stop at its next check.
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// Whether the import was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.is_cancelled()
    }

    /// `Err(Cancelled)` once the import was asked to stop.
    pub fn check(&self) -> Result<(), ImportError> {
        if self.is_cancelled() {
            Err(ImportError::Cancelled)
        } else {
            Ok(())
        }
    }

    pub(crate) fn add_total_bytes(&self, bytes: u64) {
        self.progress.add_total(bytes);
    }

    pub(crate) fn set_file_progress(&self, bytes: u64, rows: u64) {
        self.progress
            .set_done(self.finished_bytes.load(Ordering::Relaxed) + bytes);
        self.set_file_rows(rows);
    }

    pub(crate) fn set_file_rows(&self, rows: u64) {
        let rows = self.finished_rows.load(Ordering::Relaxed) + rows;
        self.rows.store(rows, Ordering::Relaxed);
        self.progress.set_items(rows);
    }

    /// The file being read, of `size_bytes`, is done.
    pub(crate) fn finish_file(&self, size_bytes: u64) {
        let bytes = self.finished_bytes.fetch_add(size_bytes, Ordering::Relaxed) + size_bytes;
        self.progress.set_done(bytes);
        self.finished_rows
            .store(self.rows.load(Ordering::Relaxed), Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_add_up_to_the_task_progress() {
        let context = TaskContext::default();
        let control = ImportControl::new(&context);
        control.add_total_bytes(100);
        control.add_total_bytes(300);
        control.set_file_progress(50, 10);
        assert_eq!(context.progress.snapshot().fraction, Some(0.125));
        control.set_file_rows(20);
        control.finish_file(100);
        control.set_file_progress(100, 5);
        let seen = context.progress.snapshot();
        assert_eq!(seen.fraction, Some(0.5));
        assert_eq!(seen.items, 25);
        assert!(control.check().is_ok());
        context.cancel.cancel();
        assert!(matches!(control.check(), Err(ImportError::Cancelled)));
    }
}
