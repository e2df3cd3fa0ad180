//! Reading a project: the JSON is checked first for its format marker and
//! schema version, then read as the shape of that version (older versions
//! are migrated, newer ones refused, so nothing is ever misread).

use std::path::Path;

use serde::Deserialize;

use super::migrate::{ProjectV1, migrate_v1};
use super::paths::project_dir;
use super::{CURRENT_SCHEMA_VERSION, FORMAT_MARKER, Project, ProjectError, ProjectLimit};

/// Largest project file read, in bytes: data embedded for hand-over
/// included (base64 of the sources).
pub const MAX_PROJECT_BYTES: u64 = 1 << 30;
/// Most saved views a project may hold.
pub const MAX_VIEWS: usize = 1_000;
/// Most annotations, on the map and in all views together.
pub const MAX_ANNOTATIONS: usize = 10_000;
/// Most data files a project may name.
pub const MAX_SOURCES: usize = 1_000;

/// Reads and parses the project at `path`: a special file (a pipe, a
/// device) is refused before it is opened, and a file over
/// [`MAX_PROJECT_BYTES`] before it is read.
pub fn read_project(path: &Path) -> Result<Project, ProjectError> {
    let read_error = |source| ProjectError::Read {
        path: path.to_path_buf(),
        source,
    };
    if let Some(reason) = crate::import::file_kind::not_a_regular_file(path) {
        return Err(read_error(std::io::Error::other(reason)));
    }
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_PROJECT_BYTES {
        return Err(ProjectError::TooLarge {
            path: path.to_path_buf(),
            what: ProjectLimit::FileSize,
            found: size,
            limit: MAX_PROJECT_BYTES,
        });
    }
    let text = std::fs::read_to_string(path).map_err(read_error)?;
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

/// For the versions this build reads: views, annotations and sources
/// counted as they are read, none built.
#[derive(Deserialize)]
struct Counts {
    #[serde(default)]
    views: Tally,
    #[serde(default)]
    sources: Tally,
    #[serde(default)]
    current: Option<Annotated>,
    /// Version 1 kept the map's annotations beside the views.
    #[serde(default)]
    annotations: Tally,
}

/// The elements of an array and the annotations inside them, counted as
/// they are read, none kept.
#[derive(Default)]
struct Tally {
    items: usize,
    annotations: usize,
}

/// Only the annotations of a view (other fields are skipped unread).
#[derive(Default, Deserialize)]
struct Annotated {
    #[serde(default)]
    annotations: Tally,
}

impl<'de> Deserialize<'de> for Tally {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Tally;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an array")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Tally, A::Error> {
                let mut tally = Tally::default();
                while let Some(item) = seq.next_element::<Option<Annotated>>()? {
                    tally.items += 1;
                    tally.annotations += item.map_or(0, |i| i.annotations.items);
                }
                Ok(tally)
            }
        }
        deserializer.deserialize_seq(Visit)
    }
}

/// The limits checked on the counts, before the project is built (a file of
/// a million empty views is 3 MB, and would be a gigabyte of views).
fn counts_within_limits(text: &str, path: &Path) -> Result<(), ProjectError> {
    let probe: Counts = serde_json::from_str(text).map_err(|e| ProjectError::json(path, &e))?;
    let annotations = probe.views.annotations
        + probe.current.as_ref().map_or(0, |c| c.annotations.items)
        + probe.annotations.items;
    let checks = [
        (ProjectLimit::Views, probe.views.items, MAX_VIEWS),
        (ProjectLimit::Annotations, annotations, MAX_ANNOTATIONS),
        (ProjectLimit::DataFiles, probe.sources.items, MAX_SOURCES),
    ];
    for (what, found, limit) in checks {
        if found > limit {
            return Err(ProjectError::TooLarge {
                path: path.to_path_buf(),
                what,
                found: found as u64,
                limit: limit as u64,
            });
        }
    }
    Ok(())
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
    if version == CURRENT_SCHEMA_VERSION || version == 1 {
        counts_within_limits(text, path)?;
    }
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
