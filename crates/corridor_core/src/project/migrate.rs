//! Older project shapes and how they become the current one. Each old
//! version keeps its own top-level structs here, frozen, so old files read
//! the same forever; parts whose shape has not changed since (saved views,
//! filters, annotations) are read with today's types, whose every field has
//! a default. See `docs/project-format.md` for the policy.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::paths::{absolute, join_relative, relative_to};
use super::{ImportChoices, Project, ProjectSource};
use crate::aggregate::{FlowDensity, TraceFilter};
use crate::briefing::{Annotation, Redaction, SavedView};
use crate::cluster::Grouping;
use crate::import::mapping::ColumnMapping;
use crate::import::values::DateOrder;
use crate::scene::{FlowColoring, MapView, Theme};

/// Schema version 1: one `path` per source (relative to the project's
/// folder or absolute), a `day_first` switch, the map state under
/// `settings`, the map's annotations beside the views. No selection.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProjectV1 {
    /// Which program wrote the file, e.g. "Corridor 0.1.0".
    pub saved_by: String,
    /// The data files, in load order.
    pub sources: Vec<SourceV1>,
    /// Column mappings made in the mapping dialog.
    pub mappings: Vec<ColumnMapping>,
    /// Whether slash dates were read day first for every file.
    pub day_first: bool,
    /// The state of the map when saved.
    pub settings: SettingsV1,
    /// The briefing's slides, in presentation order.
    pub views: Vec<SavedView>,
    /// The annotations on the map when saved.
    pub annotations: Vec<Annotation>,
    /// Which personal identifiers the briefing hides.
    pub redaction: Redaction,
}

/// One data file of a version 1 project.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SourceV1 {
    /// The file's path as written: relative to the project's folder or
    /// absolute, with `/` or `\` separators.
    pub path: String,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

/// The map's state in a version 1 project, kept under `settings`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SettingsV1 {
    /// Colour scheme of the map.
    pub theme: Theme,
    /// How flows were coloured.
    pub coloring: FlowColoring,
    /// Which traces were shown.
    pub filter: TraceFilter,
    /// How many flows were drawn.
    pub density: FlowDensity,
    /// What the map's nodes were.
    pub grouping: Grouping,
    /// Whether flow widths and symbol sizes were scaled to all loaded data
    /// rather than to the filtered traces.
    pub lock_scales: bool,
    /// The camera: centre and zoom.
    pub view: MapView,
}

/// Version 1 to the current shape. Relative paths were relative to the
/// project's folder (`project_dir`), as now; the size of each file was not
/// kept (0 now means unknown); `day_first` becomes a date order.
pub fn migrate_v1(old: ProjectV1, project_dir: &Path) -> Project {
    let sources = old
        .sources
        .into_iter()
        .map(|source| {
            let written = PathBuf::from(&source.path);
            let (relative_path, absolute_path) = if written.is_absolute() {
                (relative_to(&written, project_dir), written)
            } else {
                let relative = source.path.replace('\\', "/");
                let joined = absolute(&join_relative(project_dir, &relative));
                (Some(relative), joined)
            };
            ProjectSource {
                name: absolute_path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| source.path.clone()),
                relative_path,
                absolute_path: absolute_path.to_string_lossy().into_owned(),
                sha256: source.sha256,
                size_bytes: 0,
                builtin_demo: false,
                embedded: None,
                sheet: None,
            }
        })
        .collect();
    let settings = old.settings;
    Project {
        saved_by: old.saved_by,
        sources,
        import: ImportChoices {
            mappings: old.mappings,
            date_order: old.day_first.then_some(DateOrder::DayFirst),
            header_overrides: Vec::new(),
            agencies: Vec::new(),
            excluded_sheets: Vec::new(),
            matrix_rows: None,
        },
        current: SavedView {
            camera: settings.view,
            filter: settings.filter,
            density: settings.density,
            grouping: settings.grouping,
            lock_scales: settings.lock_scales,
            coloring: settings.coloring,
            theme: settings.theme,
            annotations: old.annotations,
            ..SavedView::default()
        },
        views: old.views,
        redaction: old.redaction,
        ..Project::default()
    }
}
