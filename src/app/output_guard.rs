//! The app's save and export dialogs never overwrite an input: a data file
//! loaded now, or (for exports) the project file. The same rule as the
//! command line's `--out` (see `corridor_core::export::inputs`).

use corridor_core::i18n::ToPhrase;
use std::path::Path;

use corridor_core::export::inputs::{InputFiles, InputRole};

use super::CorridorApp;
use super::notice::Notice;

/// Whether the output may be the open project's own file: saving the
/// project writes it, an export must not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectFile {
    /// Saving the project: its file is the output.
    MayBeOutput,
    /// An export: the project file is an input like the data.
    IsInput,
}

impl CorridorApp {
    /// Whether `output` is refused, because it is one of the loaded data
    /// files or, per `project_file`, the project file; the refusal is shown
    /// as a notice.
    pub(super) fn refuses_output(&mut self, output: &Path, project_file: ProjectFile) -> bool {
        match self.inputs(project_file).check(output) {
            Ok(()) => false,
            Err(refused) => {
                self.window.notice = Some(Notice::error(refused.phrase()));
                true
            }
        }
    }

    /// The files an output must not be: the loaded data files and, per
    /// `project_file`, the project file (for an export whose file names
    /// are known only once its views are drawn, checked on the worker).
    pub(super) fn inputs(&self, project_file: ProjectFile) -> InputFiles {
        let mut inputs = InputFiles::default();
        // Data given in memory (the demo) has a name, not a path.
        for source in &self.session.data.dataset().sources {
            if source.path.is_absolute() {
                inputs.add(&source.path, InputRole::Data);
            }
        }
        if project_file == ProjectFile::IsInput
            && let Some(project) = &self.session.project.path
        {
            inputs.add(project, InputRole::Project);
        }
        inputs
    }
}
