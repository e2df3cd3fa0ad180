//! Imports run on a worker thread so the window stays responsive.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

use super::data::Derived;
use crate::config;
use crate::import::builder::DatasetBuilder;
use crate::import::{
    DataSource, ImportControl, ImportError, ImportOptions, ImportOutcome, import_into,
};
use crate::model::Dataset;

pub struct LoadJob {
    pub control: Arc<ImportControl>,
    pub started: Instant,
    /// "3 files", "traces.csv": for the progress line.
    pub description: String,
    receiver: Receiver<anyhow::Result<Loaded>>,
}

/// An import with what the views need from it, built on the worker too so
/// a big load does not stall the window when it lands.
pub struct Loaded {
    pub outcome: ImportOutcome,
    pub derived: Derived,
}

pub enum LoadPoll {
    Running,
    Done(Box<anyhow::Result<Loaded>>),
    Cancelled,
}

impl LoadJob {
    /// Starts loading, into a copy of `base` when given (adding to the data
    /// shown, which stays untouched until the load succeeds); `repaint` is
    /// called when the result is ready.
    pub fn start(
        sources: Vec<DataSource>,
        base: Option<Arc<Dataset>>,
        rules: Option<PathBuf>,
        options: ImportOptions,
        repaint: impl Fn() + Send + 'static,
    ) -> LoadJob {
        let control = Arc::new(ImportControl::default());
        let (sender, receiver) = channel();
        let description = describe(&sources);
        let worker_control = control.clone();
        std::thread::spawn(move || {
            let result = config::load_classifier(rules.as_deref()).and_then(|classifier| {
                let builder = match base {
                    Some(base) => DatasetBuilder::extend(Dataset::clone(&base), classifier),
                    None => DatasetBuilder::new(classifier),
                };
                import_into(builder, &sources, &options, &worker_control)
                    .map_err(anyhow::Error::from)
            });
            let result = result.map(|outcome| Loaded {
                derived: Derived::build(&outcome.dataset),
                outcome,
            });
            // The window may have closed meanwhile; nothing to tell then.
            let _ = sender.send(result);
            repaint();
        });
        LoadJob {
            control,
            started: Instant::now(),
            description,
            receiver,
        }
    }

    pub fn cancel(&self) {
        self.control.cancel();
    }

    pub fn poll(&self) -> LoadPoll {
        match self.receiver.try_recv() {
            Err(TryRecvError::Empty) => LoadPoll::Running,
            Err(TryRecvError::Disconnected) => LoadPoll::Done(Box::new(Err(anyhow::anyhow!(
                "the import stopped unexpectedly"
            )))),
            Ok(Err(error))
                if matches!(
                    error.downcast_ref::<ImportError>(),
                    Some(ImportError::Cancelled)
                ) =>
            {
                LoadPoll::Cancelled
            }
            Ok(result) => LoadPoll::Done(Box::new(result)),
        }
    }
}

fn describe(sources: &[DataSource]) -> String {
    match sources {
        [DataSource::Path(path)] => path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        [DataSource::Bytes { name, .. }] => name.clone(),
        many => format!("{} files", many.len()),
    }
}
