//! Why a project could not be read or written, naming the file.

use std::path::PathBuf;

use super::atomic::SaveError;

/// Why a project could not be read, written or embedded. Every case names
/// the file (or embedded source) concerned.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    /// A file or folder could not be read, or the recovery file's folder
    /// could not be created.
    #[error("cannot read the project {}: {source}", path.display())]
    Read {
        /// The file or folder concerned.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The text is not valid JSON, or does not have the shape of a project.
    #[error("{} is not a valid project file: {message} (line {line}, column {column})", path.display())]
    Json {
        /// The project file.
        path: PathBuf,
        /// Line of the error, counted from 1.
        line: usize,
        /// Column of the error, counted from 1.
        column: usize,
        /// serde_json's message, without its own position.
        message: String,
    },
    /// A project beyond what Corridor reads (file size, views, annotations
    /// or data files): refused before anything is built from it.
    #[error("{}: {what} ({found}; at most {limit}); the project is not opened", path.display())]
    TooLarge {
        /// The project file.
        path: std::path::PathBuf,
        /// What is too large.
        what: &'static str,
        /// How much there is.
        found: u64,
        /// The most Corridor reads.
        limit: u64,
    },
    /// Valid JSON, but without the `"format": "corridor-project"` marker.
    #[error("{} is not a Corridor project (it has no \"format\": \"corridor-project\")", path.display())]
    NotAProject {
        /// The file read.
        path: PathBuf,
    },
    /// The file was written by a newer Corridor, with a schema version
    /// this one cannot read.
    #[error(
        "{} was saved by a newer Corridor (project format version {found}; this Corridor reads versions up to {supported}). Update Corridor to open it.",
        path.display()
    )]
    Newer {
        /// The project file.
        path: PathBuf,
        /// The schema version in the file.
        found: u32,
        /// The newest schema version this Corridor reads.
        supported: u32,
    },
    /// A schema version older than the current one that no release wrote
    /// (0 or missing).
    #[error("{} has project format version {found}, which no Corridor ever wrote", path.display())]
    UnknownVersion {
        /// The project file.
        path: PathBuf,
        /// The schema version in the file (0 when it has none).
        found: u32,
    },
    /// The project could not be turned into JSON for saving.
    #[error("cannot encode the project {}: {source}", path.display())]
    Encode {
        /// Where the project was to be saved.
        path: PathBuf,
        /// The serde_json error.
        source: serde_json::Error,
    },
    /// Writing the file failed; the error says at which step.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// Data embedded in the project does not decode from base64 or does not
    /// match its saved SHA-256.
    #[error("the data of {name} embedded in the project is damaged: {reason}")]
    Embedded {
        /// The source's file name.
        name: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A source file could not be read for embedding, or changed since it
    /// was loaded.
    #[error("cannot embed {}: {source}", path.display())]
    Embed {
        /// The source file.
        path: PathBuf,
        /// The I/O error, or an error saying the file changed.
        source: std::io::Error,
    },
}

impl ProjectError {
    /// A JSON error of the file at `path`, with serde's line and column.
    pub fn json(path: &std::path::Path, error: &serde_json::Error) -> Self {
        // serde_json's Display ends with " at line L column C"; the message
        // alone reads better before our own position.
        let text = error.to_string();
        let message = match text.rfind(" at line ") {
            Some(at) => text[..at].to_owned(),
            None => text,
        };
        ProjectError::Json {
            path: path.to_path_buf(),
            line: error.line(),
            column: error.column(),
            message,
        }
    }
}
