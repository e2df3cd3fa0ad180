//! Imports run on a worker task so the window stays responsive.

use std::path::PathBuf;
use std::sync::Arc;

use corridor_core::config::{self, UserFolders};
use corridor_core::i18n::Lang;
use corridor_core::import::builder::DatasetBuilder;
use corridor_core::import::report::ImportReport;
use corridor_core::import::{
    DataSource, ImportControl, ImportError, ImportOptions, ImportOutcome, import_into,
};
use corridor_core::model::Dataset;
use corridor_core::render::ViewData;
use corridor_core::search::SearchIndex;
use corridor_core::task::{ProgressSnapshot, Spawner, Task, TaskFailure, TaskPoll};

use super::data::DataLabel;
use super::demo_memo::{DEMO_MEMO, DemoKey, Rules};

/// Thread name of load tasks.
pub const LOAD_TASK: &str = "corridor-load";

/// A load running on a worker.
pub struct LoadJob {
    task: Task<anyhow::Result<Loaded>>,
    /// "3 files", "traces.csv": for the progress line (written in the
    /// language shown, see [`DataLabel::describe`]).
    pub description: DataLabel,
}

/// An import with what the views need from it, built on the worker too so
/// a big load does not stall the window when it lands.
#[derive(Clone)]
pub struct Loaded {
    /// The import's report.
    pub report: ImportReport,
    /// The data and its tables.
    pub view_data: ViewData,
    /// The search index.
    pub search: SearchIndex,
}

/// The state of a load when polled.
pub enum LoadPoll {
    /// Still reading.
    Running,
    /// Read (or failed to read: the error says why).
    Done(Box<anyhow::Result<Loaded>>),
    /// Stopped by the user.
    Cancelled,
    /// The worker panicked.
    Failed(TaskFailure),
}

/// What a load reads and with what.
pub struct LoadInput {
    /// The files or bytes to read.
    pub sources: Vec<DataSource>,
    /// Data to add to (a copy of it), for an "add" load.
    pub base: Option<Arc<Dataset>>,
    /// Where the user's rules file is.
    pub folders: UserFolders,
    /// Extra rules given at start.
    pub rules: Option<PathBuf>,
    /// Column mappings, date order, header overrides.
    pub options: ImportOptions,
}

impl LoadJob {
    /// Starts loading, into a copy of the base when given (adding to the
    /// data shown, which stays untouched until the load succeeds);
    /// `repaint` is called when the result is ready.
    pub fn start(
        spawner: &Spawner,
        input: LoadInput,
        repaint: impl FnOnce() + Send + 'static,
    ) -> LoadJob {
        let description = describe(&input.sources);
        let task = spawner.spawn(
            LOAD_TASK,
            format!("loading {}", description.describe(Lang::En)),
            repaint,
            move |context| {
                let LoadInput {
                    sources,
                    base,
                    folders,
                    rules,
                    options,
                } = input;
                let user_rules =
                    rules.is_some() || folders.user_rules_path().is_some_and(|p| p.is_file());
                let rule_set = if user_rules {
                    Rules::WithUserRules
                } else {
                    Rules::Shipped
                };
                let demo = DemoKey::of(&sources, base.is_none(), rule_set, &options);
                match &demo {
                    Some(key) => {
                        if let Some(loaded) = DEMO_MEMO.recall(key) {
                            return Ok(loaded);
                        }
                    }
                    // Other data: the demo is not kept beside it.
                    None => DEMO_MEMO.forget(),
                }
                let classifier = config::load_classifier(&folders, rules.as_deref())?;
                let builder = match base {
                    Some(base) => DatasetBuilder::extend(Dataset::clone(&base), classifier),
                    None => DatasetBuilder::new(classifier),
                };
                let control = ImportControl::new(context);
                let ImportOutcome { dataset, report } =
                    import_into(builder, &sources, &options, &control)?;
                let search = super::data::build_search(&dataset);
                let loaded = Loaded {
                    report,
                    view_data: ViewData::build(dataset),
                    search,
                };
                if let Some(key) = demo {
                    DEMO_MEMO.keep(key, &loaded);
                }
                Ok(loaded)
            },
        );
        LoadJob { task, description }
    }

    /// Asks the import to stop.
    pub fn cancel(&self) {
        self.task.cancel();
    }

    /// Share of the bytes read, and rows read.
    pub fn progress(&self) -> ProgressSnapshot {
        self.task.progress()
    }

    /// Seconds since the load started.
    pub fn elapsed_s(&self) -> f64 {
        self.task.started().elapsed().as_secs_f64()
    }

    /// Running, done, cancelled or failed.
    pub fn poll(&mut self) -> LoadPoll {
        match self.task.poll() {
            TaskPoll::Pending => LoadPoll::Running,
            TaskPoll::Failed(failure) => LoadPoll::Failed(failure),
            TaskPoll::Done(Err(error))
                if matches!(
                    error.downcast_ref::<ImportError>(),
                    Some(ImportError::Cancelled)
                ) =>
            {
                LoadPoll::Cancelled
            }
            TaskPoll::Done(result) => LoadPoll::Done(Box::new(result)),
        }
    }
}

fn describe(sources: &[DataSource]) -> DataLabel {
    match sources {
        [DataSource::Path(path)] => DataLabel::Named(path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )),
        [DataSource::Bytes { name, .. }] => DataLabel::Named(name.clone()),
        many => DataLabel::Files(many.len()),
    }
}
