//! `.corridor` project files: the data sources (path and SHA-256 of each
//! file, or the bytes themselves for hand-over), the import choices, the
//! briefing's views, annotations and redaction, and the state of the map
//! when saved. JSON through serde; the format is described in
//! `docs/project-format.md`.
//!
//! Saving is atomic ([`atomic`]), older schema versions are migrated
//! ([`migrate`]) and newer ones refused ([`load`]).

pub mod atomic;
pub mod embed;
pub mod error;
pub mod handover;
pub mod handover_redact;
pub mod load;
pub mod migrate;
pub mod paths;
pub mod recovery;
pub mod source;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::briefing::{Briefing, Redaction, SavedView};
use crate::import::ImportOptions;
use crate::import::mapping::ColumnMapping;
use crate::import::values::DateOrder;

pub use error::{ProjectError, ProjectLimit};
pub use load::{parse_project, read_project};
pub use source::{OutsideSources, ProjectSource, SourceStatus};

/// The schema version this Corridor writes. Older files are migrated when
/// read; newer ones are refused rather than misread.
pub const CURRENT_SCHEMA_VERSION: u32 = 2;

/// The value of the `format` field, which tells a project from other JSON.
pub const FORMAT_MARKER: &str = "corridor-project";

/// The file extension of project files, without the dot.
pub const EXTENSION: &str = "corridor";

/// Whether a path names a project file (by its extension).
///
/// ```
/// use std::path::Path;
/// use corridor_core::project::is_project_path;
/// assert!(is_project_path(Path::new("cases/Sonora.CORRIDOR")));
/// assert!(!is_project_path(Path::new("traces.csv")));
/// ```
pub fn is_project_path(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}

/// A saved session. Every field but `format` and `schema_version` has a
/// default, so a field added later reads as its default from older files
/// of the same schema version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Always [`FORMAT_MARKER`].
    pub format: String,
    /// The version of the file's shape; [`CURRENT_SCHEMA_VERSION`] when
    /// written by this Corridor.
    pub schema_version: u32,
    /// "Corridor 0.1.0": which program wrote the file, for people reading it.
    #[serde(default)]
    pub saved_by: String,
    /// The files loaded, in load order (store and site ids in saved
    /// selections depend on it).
    #[serde(default)]
    pub sources: Vec<ProjectSource>,
    /// How the sources were read: column mappings, date order and header
    /// overrides.
    #[serde(default)]
    pub import: ImportChoices,
    /// The map as it was when saved; its `annotations` are the ones on the
    /// map then.
    #[serde(default)]
    pub current: SavedView,
    /// The briefing's slides, in presentation order.
    #[serde(default)]
    pub views: Vec<SavedView>,
    /// Which personal identifiers the briefing hides.
    #[serde(default)]
    pub redaction: Redaction,
    /// Only in recovery files: the project the unsaved work belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autosave_of: Option<String>,
}

impl Default for Project {
    fn default() -> Self {
        Self {
            format: FORMAT_MARKER.to_owned(),
            schema_version: CURRENT_SCHEMA_VERSION,
            saved_by: saved_by(),
            sources: Vec::new(),
            import: ImportChoices::default(),
            current: SavedView::default(),
            views: Vec::new(),
            redaction: Redaction::default(),
            autosave_of: None,
        }
    }
}

/// "Corridor 0.1.0".
pub fn saved_by() -> String {
    format!("Corridor {}", env!("CARGO_PKG_VERSION"))
}

/// How the sources were read beyond Corridor's own header synonyms.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportChoices {
    /// Column mappings made in the mapping dialog (each carries its own
    /// date order when one was chosen).
    pub mappings: Vec<ColumnMapping>,
    /// Order of slash dates for every file (`--day-first`,
    /// `--month-first`); `None` decides per file.
    pub date_order: Option<DateOrder>,
    /// Command-line `--map` choices, as written: `HEADER=FIELD`.
    pub header_overrides: Vec<String>,
    /// The agency of each file's records that name none: (file name,
    /// label), chosen in the app or with `--agency`.
    pub agencies: Vec<(String, String)>,
    /// Worksheets left out: (workbook file name, sheet), unticked in the
    /// app when the workbook was opened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_sheets: Vec<(String, String)>,
    /// What the rows of a matrix of counts are when its areas cannot tell
    /// (chosen in the app, or `--matrix`); `None`: decided from the areas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix_rows: Option<crate::import::matrix::MatrixRows>,
}

impl ImportChoices {
    /// The importer's options; `Err` names a header override that no
    /// longer parses.
    ///
    /// ```
    /// use corridor_core::project::ImportChoices;
    /// let choices = ImportChoices { header_overrides: vec!["Notas=ignore".into()], ..Default::default() };
    /// assert_eq!(choices.options().unwrap().hints.overrides.get("notas"), Some(None));
    /// let bad = ImportChoices { header_overrides: vec!["Notas".into()], ..Default::default() };
    /// assert!(bad.options().is_err());
    /// ```
    pub fn options(&self) -> Result<ImportOptions, crate::i18n::Phrase> {
        let mut options = ImportOptions {
            date_order: self.date_order,
            ..ImportOptions::default()
        };
        options.hints.mappings = self.mappings.clone();
        options.agencies = self.agencies.clone();
        options.excluded_sheets = self.excluded_sheets.clone();
        options.matrix_rows = self.matrix_rows;
        for spec in &self.header_overrides {
            options.hints.overrides.add(spec)?;
        }
        Ok(options)
    }
}

impl Project {
    /// The briefing as the app holds it: the views, the annotations on the
    /// map, the redaction switch.
    pub fn briefing(&self) -> Briefing {
        Briefing {
            views: self.views.clone(),
            annotations: self.current.annotations.clone(),
            redaction: self.redaction,
        }
    }

    /// Takes the views, annotations and redaction of a briefing; `current`
    /// is the map's state without annotations (they come from the briefing).
    pub fn set_state(&mut self, briefing: &Briefing, current: SavedView) {
        self.views = briefing.views.clone();
        self.redaction = briefing.redaction;
        self.current = SavedView {
            annotations: briefing.annotations.clone(),
            ..current
        };
    }

    /// The project as pretty-printed JSON, as saved.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        Ok(text)
    }

    /// Writes the project atomically (see [`atomic::write_atomic`]).
    pub fn save(&self, path: &Path) -> Result<(), ProjectError> {
        let text = self.to_json().map_err(|source| ProjectError::Encode {
            path: path.to_path_buf(),
            source,
        })?;
        atomic::write_atomic(path, text.as_bytes()).map_err(ProjectError::Save)
    }
}

/// The name a project is shown under: its file name without `.corridor`.
///
/// ```
/// use std::path::Path;
/// assert_eq!(corridor_core::project::display_name(Path::new("/cases/Sonora 2024.corridor")), "Sonora 2024");
/// ```
pub fn display_name(path: &Path) -> String {
    path.file_stem()
        .or_else(|| path.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
