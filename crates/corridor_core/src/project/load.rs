//! Reading a project: the JSON is checked first for its format marker and
//! schema version, then read as the shape of that version (older versions
//! are migrated, newer ones refused, so nothing is ever misread).

use std::path::Path;

use serde::Deserialize;

use super::migrate::{ProjectV1, migrate_v1};
use super::paths::project_dir;
use super::{CURRENT_SCHEMA_VERSION, FORMAT_MARKER, Project, ProjectError};

/// Reads and parses the project at `path`.
pub fn read_project(path: &Path) -> Result<Project, ProjectError> {
    let text = std::fs::read_to_string(path).map_err(|source| ProjectError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse_project(&text, path)
}

/// What every version has: enough to choose how to read the rest.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    schema_version: Option<u32>,
}

/// Parses project JSON; `path` names the file in errors and locates
/// relative source paths when an old version is migrated.
///
/// ```
/// use std::path::Path;
/// use corridor_core::project::{parse_project, ProjectError};
/// let newer = r#"{"format": "corridor-project", "schema_version": 99}"#;
/// let error = parse_project(newer, Path::new("brief.corridor")).unwrap_err();
/// assert!(matches!(error, ProjectError::Newer { found: 99, .. }));
/// assert!(error.to_string().contains("brief.corridor"));
/// let broken = "{\n  \"format\": \"corridor-project\",\n  \"schema_version\": 2,,\n}";
/// let error = parse_project(broken, Path::new("brief.corridor")).unwrap_err();
/// assert!(matches!(error, ProjectError::Json { line: 3, .. }), "{error}");
/// ```
pub fn parse_project(text: &str, path: &Path) -> Result<Project, ProjectError> {
    // Syntax errors surface here, with serde's line and column.
    let probe: Probe = serde_json::from_str(text).map_err(|e| ProjectError::json(path, &e))?;
    if probe.format.as_deref() != Some(FORMAT_MARKER) {
        return Err(ProjectError::NotAProject {
            path: path.to_path_buf(),
        });
    }
    let version = probe.schema_version.unwrap_or(0);
    match version {
        CURRENT_SCHEMA_VERSION => {
            serde_json::from_str(text).map_err(|e| ProjectError::json(path, &e))
        }
        1 => {
            let old: ProjectV1 =
                serde_json::from_str(text).map_err(|e| ProjectError::json(path, &e))?;
            Ok(migrate_v1(old, &project_dir(path)))
        }
        found if found > CURRENT_SCHEMA_VERSION => Err(ProjectError::Newer {
            path: path.to_path_buf(),
            found,
            supported: CURRENT_SCHEMA_VERSION,
        }),
        found => Err(ProjectError::UnknownVersion {
            path: path.to_path_buf(),
            found,
        }),
    }
}
