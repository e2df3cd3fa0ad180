//! Why a project could not be read or written, naming the file.

use std::path::PathBuf;

use super::atomic::SaveError;

#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("cannot read the project {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a valid project file: {message} (line {line}, column {column})", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{} is not a Corridor project (it has no \"format\": \"corridor-project\")", path.display())]
    NotAProject { path: PathBuf },
    #[error(
        "{} was saved by a newer Corridor (project format version {found}; this Corridor reads versions up to {supported}). Update Corridor to open it.",
        path.display()
    )]
    Newer {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{} has project format version {found}, which no Corridor ever wrote", path.display())]
    UnknownVersion { path: PathBuf, found: u32 },
    #[error("cannot encode the project {}: {source}", path.display())]
    Encode {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error(transparent)]
    Save(#[from] SaveError),
    #[error("the data of {name} embedded in the project is damaged: {reason}")]
    Embedded { name: String, reason: String },
    #[error("cannot embed {}: {source}", path.display())]
    Embed {
        path: PathBuf,
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
