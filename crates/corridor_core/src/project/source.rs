//! The data files a project was made from, and checking them on opening:
//! still there with the same bytes, changed, or moved away.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::ProjectError;
use super::embed::Embedded;
use super::paths::{absolute, join_relative, relative_to};
use crate::i18n::Phrase;
use crate::import::DataSource;
use crate::model::SourceFile;
use crate::phrase;

/// One data file of a project.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectSource {
    /// File name shown in messages.
    pub name: String,
    /// From the project file's folder, `/`-separated; tried first, so a
    /// folder moved or copied as a whole still opens. Absent when no
    /// relative path leads there (another drive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_path: Option<String>,
    /// Where the file was when saved; tried second.
    pub absolute_path: String,
    /// Lower-case hex SHA-256 of the bytes read.
    pub sha256: String,
    /// Size of the file in bytes; 0 when unknown (projects migrated from
    /// version 1).
    pub size_bytes: u64,
    /// The demo data built into Corridor (no file to find).
    pub builtin_demo: bool,
    /// The bytes, when the project was saved with its data for hand-over.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embedded: Option<Embedded>,
    /// The worksheet loaded, when the file is a workbook (`name` is then
    /// `file › sheet`; every sheet of one workbook has the same hash, and
    /// the file loads once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
}

/// What opening a project finds for a source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceStatus {
    /// A file with the saved SHA-256.
    Ok(PathBuf),
    /// The bytes are in the project, or it is the built-in demo data.
    Inside,
    /// A file is there but its bytes differ from the saved SHA-256.
    Changed {
        /// The first candidate file that could be read.
        path: PathBuf,
        /// Lower-case hex SHA-256 of its bytes now.
        sha256: String,
    },
    /// Neither at the relative nor at the absolute path.
    Missing,
    /// Found only outside the project's folder, and not read: a project
    /// received from someone else may not pull unrelated local files into
    /// a briefing without the user's consent.
    Outside {
        /// The file outside the folder.
        path: PathBuf,
        /// Its size, from the file system (its content was not read).
        size_bytes: Option<u64>,
    },
}

/// Whether a project's sources may be read from outside its folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutsideSources {
    /// Only files inside the project's folder are read.
    Refuse,
    /// The user allowed (or saved) this project: its paths are read
    /// wherever they lead.
    Allow,
}

impl SourceStatus {
    /// Whether the source can be loaded as saved: the file was found
    /// unchanged, or its bytes are embedded in the project, or it is the
    /// built-in demo data.
    pub fn is_ok(&self) -> bool {
        matches!(self, SourceStatus::Ok(_) | SourceStatus::Inside)
    }
}

/// Lower-case hex SHA-256, as the importer writes it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex_digest(Sha256::new_with_prefix(bytes))
}

/// What `hasher` has taken so far, as lower-case hex.
pub fn hex_digest(hasher: Sha256) -> String {
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The SHA-256 of a file, read as it streams (a source of gigabytes is
/// checked without being held in memory).
pub fn sha256_of_file(path: &Path) -> std::io::Result<String> {
    let mut hasher = Sha256::new();
    std::io::copy(&mut std::fs::File::open(path)?, &mut hasher)?;
    Ok(hex_digest(hasher))
}

/// SHA-256 of files by their resolved path, read once each.
#[derive(Clone, Debug, Default)]
pub struct FileHashes(std::collections::HashMap<PathBuf, Option<String>>);

impl FileHashes {
    /// The file's SHA-256, read the first time; `None` when it cannot be read.
    pub fn of(&mut self, path: &Path) -> Option<String> {
        let key = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.0
            .entry(key)
            .or_insert_with(|| sha256_of_file(path).ok())
            .clone()
    }
}

/// Whether this SHA-256 is that of a demo file built into this Corridor.
pub fn is_demo_sha256(sha256: &str) -> bool {
    crate::demo::demo_file_with_sha256(sha256).is_some()
}

impl ProjectSource {
    /// A source as the importer read it, its paths as seen from
    /// `project_dir`. The built-in demo is recognised by its hash.
    pub fn from_loaded(file: &SourceFile, project_dir: Option<&Path>) -> ProjectSource {
        let builtin_demo = is_demo_sha256(&file.sha256);
        let (relative_path, absolute_path) = if builtin_demo {
            (None, String::new())
        } else {
            let path = absolute(&file.path);
            (
                project_dir.and_then(|dir| relative_to(&path, dir)),
                path.to_string_lossy().into_owned(),
            )
        };
        ProjectSource {
            name: file.name.clone(),
            relative_path,
            absolute_path,
            sha256: file.sha256.clone(),
            size_bytes: file.size_bytes,
            builtin_demo,
            embedded: None,
            sheet: file.sheet.clone(),
        }
    }

    /// Where to look for the file, in order: relative to the project's
    /// folder, then the absolute path.
    pub fn candidates(&self, project_dir: &Path) -> Vec<PathBuf> {
        let mut paths = Vec::new();
        if let Some(relative) = &self.relative_path {
            paths.push(join_relative(project_dir, relative));
        }
        if !self.absolute_path.is_empty() {
            let path = PathBuf::from(&self.absolute_path);
            if !paths.contains(&path) {
                paths.push(path);
            }
        }
        paths
    }

    /// Looks for the file (see [`SourceStatus`]). Reads and hashes every
    /// candidate found until one matches; with [`OutsideSources::Refuse`]
    /// a candidate outside `project_dir` is not read, only noted.
    pub fn check(&self, project_dir: &Path, outside: OutsideSources) -> SourceStatus {
        self.check_with(project_dir, outside, &mut FileHashes::default())
    }

    /// [`Self::check`], with the hashes of files already read kept in
    /// `hashes`: a project naming one file a thousand times reads it once.
    pub fn check_with(
        &self,
        project_dir: &Path,
        outside: OutsideSources,
        hashes: &mut FileHashes,
    ) -> SourceStatus {
        if self.embedded.is_some() || (self.builtin_demo && is_demo_sha256(&self.sha256)) {
            return SourceStatus::Inside;
        }
        let mut changed = None;
        let mut beyond = None;
        for path in self.candidates(project_dir) {
            if outside == OutsideSources::Refuse && !super::paths::is_inside(project_dir, &path) {
                if beyond.is_none() && path.exists() {
                    let size_bytes = std::fs::metadata(&path).ok().map(|m| m.len());
                    beyond = Some(SourceStatus::Outside { path, size_bytes });
                }
                continue;
            }
            // A pipe or device named as a source would hang the check.
            if crate::import::file_kind::not_a_regular_file(&path).is_some() {
                continue;
            }
            let Some(sha256) = hashes.of(&path) else {
                continue;
            };
            if sha256 == self.sha256 {
                return SourceStatus::Ok(path);
            }
            changed.get_or_insert(SourceStatus::Changed { path, sha256 });
        }
        changed.or(beyond).unwrap_or(SourceStatus::Missing)
    }

    /// Points the source at a file the user located: both paths change,
    /// the saved SHA-256 stays (so a different file still shows as changed).
    pub fn relocate(&mut self, path: &Path, project_dir: Option<&Path>) {
        let path = absolute(path);
        self.relative_path = project_dir.and_then(|dir| relative_to(&path, dir));
        self.absolute_path = path.to_string_lossy().into_owned();
        if let Some(name) = path.file_name() {
            self.name = name.to_string_lossy().into_owned();
        }
        self.builtin_demo = false;
    }

    /// What to load for this source after [`Self::check`]: the embedded
    /// bytes (checked against the SHA-256), the demo, or the file found
    /// (also a changed one: the user chose to open it anyway). `None` for a
    /// missing file.
    pub fn data_source(&self, status: &SourceStatus) -> Result<Option<DataSource>, ProjectError> {
        if let Some(embedded) = &self.embedded {
            let damaged = |reason: Phrase| ProjectError::Embedded {
                name: self.name.clone(),
                reason,
            };
            // base64's own words for bytes that do not decode.
            let bytes = embedded
                .bytes()
                .map_err(|said| damaged(phrase!("project-error-text", text = said)))?;
            let sha256 = sha256_hex(&bytes);
            if sha256 != self.sha256 {
                return Err(damaged(phrase!(
                    "project-embedded-sha256",
                    found = sha256,
                    expected = &self.sha256
                )));
            }
            return Ok(Some(DataSource::Bytes {
                name: crate::model::provenance::sheet_file_name(&self.name, self.sheet.as_deref())
                    .to_owned(),
                bytes,
            }));
        }
        Ok(match status {
            SourceStatus::Inside => {
                crate::demo::demo_file_with_sha256(&self.sha256).map(|file| DataSource::Bytes {
                    name: file.name.to_owned(),
                    bytes: file.bytes.to_vec(),
                })
            }
            SourceStatus::Ok(path) | SourceStatus::Changed { path, .. } => {
                Some(DataSource::Path(path.clone()))
            }
            SourceStatus::Missing | SourceStatus::Outside { .. } => None,
        })
    }

    /// Reads the file into [`Self::embedded`] (a no-op for the demo and for
    /// data already embedded). The bytes must still match the SHA-256.
    pub fn embed_from(&mut self, path: &Path) -> Result<(), ProjectError> {
        if self.builtin_demo || self.embedded.is_some() {
            return Ok(());
        }
        let bytes = std::fs::read(path).map_err(|source| ProjectError::Embed {
            path: path.to_path_buf(),
            source,
        })?;
        if sha256_hex(&bytes) != self.sha256 {
            return Err(ProjectError::Embed {
                path: path.to_path_buf(),
                source: std::io::Error::other(phrase!("project-file-changed")),
            });
        }
        self.embedded = Some(Embedded::from_bytes(bytes));
        Ok(())
    }
}

/// Whether each source is the first with its bytes: two sheets of one
/// workbook are two sources with one SHA-256, and the workbook loads once
/// (with both sheets). A source whose hash is unknown is its own.
///
/// ```
/// use corridor_core::project::ProjectSource;
/// use corridor_core::project::source::first_of_their_bytes;
/// let source = |sha: &str| ProjectSource { sha256: sha.into(), ..Default::default() };
/// let sources = [source("aa"), source("aa"), source("bb"), source(""), source("")];
/// assert_eq!(first_of_their_bytes(&sources), [true, false, true, true, true]);
/// ```
pub fn first_of_their_bytes(sources: &[ProjectSource]) -> Vec<bool> {
    let mut seen = std::collections::HashSet::new();
    sources
        .iter()
        .map(|s| s.sha256.is_empty() || seen.insert(s.sha256.as_str()))
        .collect()
}

/// The project's sources for the data loaded now. A source also in
/// `previous` (same SHA-256 and name) keeps what the previous project knew
/// (its embedded bytes, its paths when the loaded one is only a name, as
/// for embedded data). With `embed`, every file's bytes are put inside.
pub fn sources_for(
    loaded: &[SourceFile],
    previous: &[ProjectSource],
    project_dir: Option<&Path>,
    embed: bool,
) -> Result<Vec<ProjectSource>, ProjectError> {
    let mut sources = Vec::with_capacity(loaded.len());
    for file in loaded {
        let earlier = previous
            .iter()
            .find(|p| p.sha256 == file.sha256 && p.name == file.name);
        let mut source = ProjectSource::from_loaded(file, project_dir);
        if let Some(earlier) = earlier {
            // Embedded data loads from memory: its "path" is only the name.
            let from_memory = earlier.embedded.is_some() || !absolute(&file.path).is_file();
            if from_memory && !source.builtin_demo {
                source.absolute_path = earlier.absolute_path.clone();
                source.relative_path = match (project_dir, earlier.absolute_path.is_empty()) {
                    (Some(dir), false) => relative_to(Path::new(&earlier.absolute_path), dir),
                    _ => earlier.relative_path.clone(),
                };
            }
            if embed {
                source.embedded = earlier.embedded.clone();
            }
        }
        if embed && source.embedded.is_none() && !source.builtin_demo {
            source.embed_from(&file.path)?;
        }
        sources.push(source);
    }
    Ok(sources)
}
