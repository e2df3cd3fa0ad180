//! The message shown above the map until dismissed.

use corridor_core::task::TaskFailure;

use crate::tr;

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
        Notice::task_failed_doing(failure, &task_what(failure), kept)
    }

    /// [`Notice::task_failed`] with what the task was doing in words the
    /// caller wrote ("loading traces.csv").
    pub fn task_failed_doing(failure: &TaskFailure, what: &str, kept: &str) -> Notice {
        let mut what = what.to_owned();
        if let Some(first) = what.chars().next() {
            what.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        Notice::error(tr!(
            "main-task-failed",
            what = what,
            reason = &failure.reason,
            kept = kept,
            task = &failure.name
        ))
    }
    /// Whether this reports a failure.
    pub fn is_error(&self) -> bool {
        self.kind == NoticeKind::Error
    }
}

/// What a failed task was doing, in the language shown: known by its
/// thread's name (these tasks describe themselves in English, for the log).
fn task_what(failure: &TaskFailure) -> String {
    use crate::app::panels::{corridors_panel, dealers_panel, networks_panel, overlaps_panel};
    let name = failure.name.as_str();
    if name == crate::app::view_model::COUNT_TASK {
        tr!("main-task-counting-map")
    } else if name == crate::app::time_view::HISTOGRAM_TASK {
        tr!("main-task-histograms")
    } else if name == corridors_panel::CORRIDORS_TASK {
        tr!("main-task-corridors")
    } else if name == dealers_panel::DEALERS_TASK {
        tr!("main-task-dealers")
    } else if name == networks_panel::NETWORKS_TASK {
        tr!("main-task-networks")
    } else if name == overlaps_panel::OVERLAPS_TASK {
        tr!("main-task-overlaps")
    } else if name == crate::app::project_session::SOURCE_CHECK_TASK {
        tr!("main-task-source-check")
    } else {
        // Tasks that describe themselves in the language shown (an image
        // export).
        failure.what.clone()
    }
}
