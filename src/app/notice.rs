//! The message shown above the map until dismissed.

use corridor_core::task::TaskFailure;

/// How a notice reads: for information, or something went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something was done (saved, exported) or not done on purpose.
    Info,
    /// Something failed; the notice says what stays as it was.
    Error,
}

/// A button the notice offers besides Dismiss.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Dismiss only.
    None,
    /// "Show import report".
    ShowReport,
    /// "Reset filters".
    ResetFilters,
}

/// A message shown above the map until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What happened, in a sentence or two.
    pub text: String,
    /// Information or error.
    pub kind: NoticeKind,
    /// A button besides Dismiss.
    pub action: NoticeAction,
}

impl Notice {
    /// Something done, or not done on purpose.
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            text: text.into(),
            kind: NoticeKind::Info,
            action: NoticeAction::None,
        }
    }

    /// Something that failed.
    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Error,
            ..Notice::info(text)
        }
    }

    /// With a button that opens the import report.
    pub fn with_report(self) -> Notice {
        Notice {
            action: NoticeAction::ShowReport,
            ..self
        }
    }

    /// With a button that resets the filters.
    pub fn with_reset_filters(self) -> Notice {
        Notice {
            action: NoticeAction::ResetFilters,
            ..self
        }
    }

    /// A background task that failed (a worker that panicked): what it was
    /// doing, why, and that the window goes on. `kept` says what is still
    /// shown ("The map shows the last result.").
    pub fn task_failed(failure: &TaskFailure, kept: &str) -> Notice {
        let mut what = failure.what.clone();
        if let Some(first) = what.get(..1) {
            let upper = first.to_uppercase();
            what.replace_range(..1, &upper);
        }
        Notice::error(format!(
            "{what} stopped with an internal error: {}. {kept} Corridor keeps working; \
             please report this (task {}).",
            failure.reason, failure.name
        ))
    }

    /// Whether this reports a failure.
    pub fn is_error(&self) -> bool {
        self.kind == NoticeKind::Error
    }
}
