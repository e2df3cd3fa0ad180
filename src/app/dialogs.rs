//! Windows and questions open now: what they show and the state of their
//! widgets. Closing one forgets it.

use std::path::PathBuf;

use corridor_core::import::report::ImportReport;

use super::panels::date_dialog::DateDialog;
use super::panels::mapping_dialog::MappingDialog;
use super::project_session::{RecoveryOffer, SourceDialog};
use super::unsaved_changes::UnsavedState;

/// The open dialogs and windows (besides the panels, which are settings).
#[derive(Default)]
pub struct Dialogs {
    /// The import report window.
    pub report_open: bool,
    /// Report of the last import when it loaded nothing (the data shown is older).
    pub failed_report: Option<ImportReport>,
    /// The About window.
    pub about_open: bool,
    /// The help page shown.
    pub help: Option<super::panels::help_windows::HelpPage>,
    /// Files dropped or chosen while real data is shown: add or replace?
    pub open_choice: Option<Vec<PathBuf>>,
    /// Workbooks of several sheets being opened: which sheets to load.
    pub sheets: Option<super::panels::sheets_dialog::SheetsDialog>,
    /// The column mapping being edited for a file Corridor could not read.
    pub mapping: Option<MappingDialog>,
    /// Files whose slash dates could be read either way.
    pub date: Option<DateDialog>,
    /// Matrices of counts whose axes the areas do not tell.
    pub matrix: Option<super::panels::matrix_dialog::MatrixDialog>,
    /// "Save the changes?" before a new project, an open or a quit.
    pub unsaved: UnsavedState,
    /// A project whose sources did not all check out.
    pub sources: Option<SourceDialog>,
    /// Unsaved work found in the recovery file at start.
    pub recovery: Option<RecoveryOffer>,
    /// Corridor's own file chooser, when the desktop has none.
    pub chooser: Option<super::file_chooser::BuiltInChooser>,
    /// Whether to try the desktop's file dialog first.
    pub chooser_mode: super::file_chooser::ChooserMode,
    /// The agency label of each loaded file, being edited: (file, label).
    pub agencies: Option<Vec<(String, String)>>,
    /// File › Hand over…, while open.
    pub handover: Option<super::handover::HandoverForm>,
}
