//! The message shown above the map until dismissed. It keeps what it says
//! as phrases (message ids and arguments, the core's errors among them), so
//! a switch of language rewrites an open notice too.

use corridor_core::i18n::{Lang, Phrase};
use corridor_core::phrase;
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

/// One sentence of a notice: a phrase written in the language shown, or a
/// text already written (a name, or words from outside Corridor).
#[derive(Clone, Debug, PartialEq)]
pub enum NoticePart {
    /// Written in the language of the moment.
    Said(Phrase),
    /// Written once in every language (a sentence made from parts that
    /// are not phrases, such as the import report's summary).
    InEach(Vec<(Lang, String)>),
    /// Written once.
    Written(String),
}

impl NoticePart {
    /// `write` called for every language, kept for a switch.
    pub fn in_each(write: impl Fn(Lang) -> String) -> NoticePart {
        NoticePart::InEach(Lang::ALL.iter().map(|&lang| (lang, write(lang))).collect())
    }
}

impl From<Phrase> for NoticePart {
    fn from(phrase: Phrase) -> NoticePart {
        NoticePart::Said(phrase)
    }
}

impl From<String> for NoticePart {
    fn from(text: String) -> NoticePart {
        NoticePart::Written(text)
    }
}

impl From<&str> for NoticePart {
    fn from(text: &str) -> NoticePart {
        NoticePart::Written(text.to_owned())
    }
}

/// A message shown above the map until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What happened, in a sentence or two, one after the other.
    pub parts: Vec<NoticePart>,
    /// Information or error.
    pub kind: NoticeKind,
    /// A button besides Dismiss.
    pub action: NoticeAction,
}

impl Notice {
    /// Something done, or not done on purpose.
    pub fn info(text: impl Into<NoticePart>) -> Notice {
        Notice {
            parts: vec![text.into()],
            kind: NoticeKind::Info,
            action: NoticeAction::None,
        }
    }

    /// Something that failed.
    pub fn error(text: impl Into<NoticePart>) -> Notice {
        Notice {
            kind: NoticeKind::Error,
            ..Notice::info(text)
        }
    }

    /// What the notice says, in the language shown.
    pub fn text(&self) -> String {
        self.text_in(crate::app::i18n::lang())
    }

    /// What the notice says, in `lang`.
    pub fn text_in(&self, lang: Lang) -> String {
        let sentences: Vec<String> = self
            .parts
            .iter()
            .map(|part| match part {
                NoticePart::Said(phrase) => phrase.text(lang),
                NoticePart::InEach(texts) => texts
                    .iter()
                    .find(|(l, _)| *l == lang)
                    .or(texts.first())
                    .map(|(_, text)| text.clone())
                    .unwrap_or_default(),
                NoticePart::Written(text) => text.clone(),
            })
            .collect();
        sentences.join(" ")
    }

    /// The same notice with `more` said after it.
    pub fn then(mut self, more: impl Into<NoticePart>) -> Notice {
        self.parts.push(more.into());
        self
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
        Notice::error(phrase!(
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
