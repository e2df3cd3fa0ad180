//! Why a project could not be read or written, naming the file.

use std::path::PathBuf;

use super::atomic::SaveError;
use crate::i18n::{Phrase, ToPhrase, system_error};
use crate::phrase;

/// Why a project could not be read, written or embedded. Every case names
/// the file (or embedded source) concerned.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    /// A file or folder could not be read, or the recovery file's folder
    /// could not be created.
    Read {
        /// The file or folder concerned.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The text is not valid JSON, or does not have the shape of a project.
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
    TooLarge {
        /// The project file.
        path: std::path::PathBuf,
        /// What is too large.
        what: ProjectLimit,
        /// How much there is.
        found: u64,
        /// The most Corridor reads.
        limit: u64,
    },
    /// Valid JSON, but without the `"format": "corridor-project"` marker.
    NotAProject {
        /// The file read.
        path: PathBuf,
    },
    /// The file was written by a newer Corridor, with a schema version
    /// this one cannot read.
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
    UnknownVersion {
        /// The project file.
        path: PathBuf,
        /// The schema version in the file (0 when it has none).
        found: u32,
    },
    /// The project could not be turned into JSON for saving.
    Encode {
        /// Where the project was to be saved.
        path: PathBuf,
        /// The serde_json error.
        source: serde_json::Error,
    },
    /// Writing the file failed; the error says at which step.
    Save(#[from] SaveError),
    /// Data embedded in the project does not decode from base64 or does not
    /// match its saved SHA-256.
    Embedded {
        /// The source's file name.
        name: String,
        /// What is wrong with it.
        reason: Phrase,
    },
    /// A source file could not be read for embedding, or changed since it
    /// was loaded.
    Embed {
        /// The source file.
        path: PathBuf,
        /// The I/O error, or an error saying the file changed.
        source: std::io::Error,
    },
}

/// What of a project is beyond what Corridor reads
/// ([`ProjectError::TooLarge`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectLimit {
    /// The file's size, in bytes.
    FileSize,
    /// The saved views.
    Views,
    /// The annotations, on the map and in all views together.
    Annotations,
    /// The data files the project names.
    DataFiles,
}

impl ToPhrase for ProjectLimit {
    fn phrase(&self) -> Phrase {
        match self {
            ProjectLimit::FileSize => phrase!("project-limit-file-size"),
            ProjectLimit::Views => phrase!("project-limit-views"),
            ProjectLimit::Annotations => phrase!("project-limit-annotations"),
            ProjectLimit::DataFiles => phrase!("project-limit-data-files"),
        }
    }
}

crate::display_in_english!(ProjectLimit);

impl ToPhrase for ProjectError {
    fn phrase(&self) -> Phrase {
        match self {
            ProjectError::Read { path, source } => phrase!(
                "project-error-read",
                path = path.display().to_string(),
                error = system_error(source)
            ),
            ProjectError::Json {
                path,
                line,
                column,
                message,
            } => phrase!(
                "project-error-json",
                path = path.display().to_string(),
                message = message,
                line = line.to_string(),
                column = column.to_string()
            ),
            ProjectError::TooLarge {
                path,
                what,
                found,
                limit,
            } => phrase!(
                "project-error-too-large",
                path = path.display().to_string(),
                what = what.phrase(),
                found = found.to_string(),
                limit = limit.to_string()
            ),
            ProjectError::NotAProject { path } => phrase!(
                "project-error-not-a-project",
                path = path.display().to_string()
            ),
            ProjectError::Newer {
                path,
                found,
                supported,
            } => phrase!(
                "project-error-newer",
                path = path.display().to_string(),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            ProjectError::UnknownVersion { path, found } => phrase!(
                "project-error-unknown-version",
                path = path.display().to_string(),
                found = found.to_string()
            ),
            ProjectError::Encode { path, source } => phrase!(
                "project-error-encode",
                path = path.display().to_string(),
                error = source.to_string()
            ),
            ProjectError::Save(save) => save.phrase(),
            ProjectError::Embedded { name, reason } => {
                phrase!("project-error-embedded", name = name, reason = reason)
            }
            ProjectError::Embed { path, source } => phrase!(
                "project-error-embed",
                path = path.display().to_string(),
                error = system_error(source)
            ),
        }
    }
}

crate::display_in_english!(ProjectError);

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn project_errors_say_the_same_in_english_and_are_translated() {
        let too_large = ProjectError::TooLarge {
            path: PathBuf::from("brief.corridor"),
            what: ProjectLimit::Views,
            found: 1_001,
            limit: 1_000,
        };
        crate::i18n::assert_says(
            &too_large,
            "brief.corridor: too many saved views (1001; at most 1000); the project is not opened",
            "brief.corridor: demasiadas vistas guardadas (1001; como máximo 1000); el proyecto no se abre",
        );

        let newer = ProjectError::Newer {
            path: PathBuf::from("brief.corridor"),
            found: 12_345,
            supported: 2,
        };
        crate::i18n::assert_says(
            &newer,
            "brief.corridor was saved by a newer Corridor (project format version 12345; this Corridor reads versions up to 2). Update Corridor to open it.",
            "brief.corridor se guardó con una versión más reciente de Corridor (versión 12345 del formato de proyecto; esta versión de Corridor lee hasta la versión 2). Actualice Corridor para abrirlo.",
        );

        let json = ProjectError::Json {
            path: PathBuf::from("brief.corridor"),
            line: 1_200,
            column: 3,
            message: "trailing comma".into(),
        };
        crate::i18n::assert_says(
            &json,
            "brief.corridor is not a valid project file: trailing comma (line 1200, column 3)",
            "brief.corridor no es un archivo de proyecto válido: trailing comma (línea 1200, columna 3)",
        );

        let missing = ProjectError::Read {
            path: PathBuf::from("gone.corridor"),
            source: std::io::Error::from_raw_os_error(2),
        };
        crate::i18n::assert_says(
            &missing,
            &format!(
                "cannot read the project gone.corridor: {}",
                std::io::Error::from_raw_os_error(2)
            ),
            "no se puede leer el proyecto gone.corridor: el archivo o la carpeta no existe",
        );
    }

    #[test]
    fn embedding_errors_say_why_in_either_language() {
        let changed = ProjectError::Embed {
            path: PathBuf::from("traces.csv"),
            source: std::io::Error::other(phrase!("project-file-changed")),
        };
        crate::i18n::assert_says(
            &changed,
            "cannot embed traces.csv: the file changed since it was loaded",
            "no se puede incluir traces.csv en el proyecto: el archivo cambió desde que se cargó",
        );

        let damaged = ProjectError::Embedded {
            name: "traces.csv".into(),
            reason: phrase!("project-embedded-sha256", found = "ab", expected = "cd"),
        };
        crate::i18n::assert_says(
            &damaged,
            "the data of traces.csv embedded in the project is damaged: its SHA-256 is ab, the project says cd",
            "los datos de traces.csv incluidos en el proyecto están dañados: su SHA-256 es ab, pero el proyecto indica cd",
        );

        let size = ProjectError::TooLarge {
            path: Path::new("big.corridor").to_path_buf(),
            what: ProjectLimit::FileSize,
            found: 1_073_741_825,
            limit: 1_073_741_824,
        };
        crate::i18n::assert_says(
            &size,
            "big.corridor: the file is too large (1073741825; at most 1073741824); the project is not opened",
            "big.corridor: el archivo es demasiado grande (1073741825; como máximo 1073741824); el proyecto no se abre",
        );
    }
}
