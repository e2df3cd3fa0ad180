//! Why a command stopped, as the command line's contract reports it: the
//! exit status (1 for bad data or I/O, 2 for a wrong use of the command)
//! and, under `--json`, the document `{"error": {"kind", "message",
//! "file", "line"}}`.

use std::path::{Path, PathBuf};

use corridor_core::i18n::{Lang, Phrase};
use serde_json::{Value, json};

/// What went wrong, which decides the exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// The command was used wrongly: a bad flag or value, an output that
    /// would overwrite an input, a view the project does not have. Exit 2.
    Usage,
    /// An input (data file, project, rules file) could not be used. Exit 1.
    Data,
    /// A file could not be read or written. Exit 1.
    Io,
}

impl FailureKind {
    /// The `kind` of the JSON error: `usage`, `data` or `io`.
    pub fn id(self) -> &'static str {
        match self {
            FailureKind::Usage => "usage",
            FailureKind::Data => "data",
            FailureKind::Io => "io",
        }
    }

    /// The process's exit status.
    pub fn exit_code(self) -> u8 {
        match self {
            FailureKind::Usage => 2,
            FailureKind::Data | FailureKind::Io => 1,
        }
    }
}

/// A command's failure: what kind, a sentence for people, and where in
/// which file when that is known.
#[derive(Clone, Debug)]
pub struct Failure {
    /// Decides the exit status.
    pub kind: FailureKind,
    /// What went wrong, as a sentence (no "error:" prefix), in English:
    /// the JSON document's `message`.
    pub message: String,
    /// The same as a phrase, when the core said it: written on stderr in
    /// the command's `--lang`.
    pub said: Option<Box<Phrase>>,
    /// The file at fault, when one is.
    pub file: Option<PathBuf>,
    /// The 1-based line in `file`, when known.
    pub line: Option<u64>,
    /// A result to report beside the error (`check` still reports what it
    /// read when nothing could be loaded): its members join the JSON
    /// document next to `error`.
    pub partial: Option<Value>,
}

/// What a failure says: a sentence in English only, or a phrase written
/// on stderr in the command's `--lang` (its English is the JSON document's
/// `message`). `Failure::usage(phrase!(…))` and `.map_err(Failure::usage)`
/// on a flag's `Phrase` keep the phrase.
#[derive(Clone, Debug)]
pub enum Saying {
    /// English in every language.
    English(String),
    /// Said in the command's language.
    Said(Phrase),
}

impl From<String> for Saying {
    fn from(message: String) -> Saying {
        Saying::English(message)
    }
}

impl From<&str> for Saying {
    fn from(message: &str) -> Saying {
        Saying::English(message.to_owned())
    }
}

impl From<Phrase> for Saying {
    fn from(said: Phrase) -> Saying {
        Saying::Said(said)
    }
}

impl Failure {
    /// A failure of `kind`, saying `message` (an English sentence, or a
    /// [`Phrase`] said in `--lang`), with no file.
    pub fn new(kind: FailureKind, message: impl Into<Saying>) -> Failure {
        let (message, said) = match message.into() {
            Saying::English(message) => (message, None),
            Saying::Said(said) => (said.text(Lang::En), Some(Box::new(said))),
        };
        Failure {
            kind,
            message,
            said,
            file: None,
            line: None,
            partial: None,
        }
    }

    /// A wrong use of the command (exit 2).
    pub fn usage(message: impl Into<Saying>) -> Failure {
        Failure::new(FailureKind::Usage, message)
    }

    /// An input that cannot be used (exit 1).
    pub fn data(message: impl Into<Saying>) -> Failure {
        Failure::new(FailureKind::Data, message)
    }

    /// A file that cannot be read or written (exit 1).
    pub fn io(message: impl Into<Saying>) -> Failure {
        Failure::new(FailureKind::Io, message)
    }

    /// A failure the core or the command said: `message` is its English.
    pub fn said(kind: FailureKind, said: Phrase) -> Failure {
        Failure::new(kind, said)
    }

    /// The sentence in `lang` where the core said it, else the English.
    pub fn text_in(&self, lang: Lang) -> String {
        self.said
            .as_ref()
            .map_or_else(|| self.message.clone(), |said| said.text(lang))
    }

    /// The same, naming the file at fault.
    pub fn in_file(mut self, file: impl AsRef<Path>) -> Failure {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    /// The same, at a line of its file.
    pub fn at_line(mut self, line: u64) -> Failure {
        self.line = Some(line);
        self
    }

    /// The same, with a result reported beside the error.
    pub fn with_partial(mut self, partial: Value) -> Failure {
        self.partial = Some(partial);
        self
    }

    /// The process's exit status.
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// The JSON document `--json` prints: `{"error": {...}}`, and the
    /// members of [`Self::partial`] beside it.
    pub fn to_json(&self) -> Value {
        let error = json!({
            "kind": self.kind.id(),
            "message": self.message,
            "file": self.file.as_ref().map(|f| f.display().to_string()),
            "line": self.line,
        });
        let mut document = match &self.partial {
            Some(Value::Object(members)) => members.clone(),
            _ => serde_json::Map::new(),
        };
        document.insert("error".to_owned(), error);
        Value::Object(document)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// An output that is one of the command's inputs: a usage error (exit 2).
impl From<corridor_core::export::inputs::OverwritesInput> for Failure {
    fn from(error: corridor_core::export::inputs::OverwritesInput) -> Failure {
        Failure::usage(corridor_core::phrase!(
            "cli-overwrites-input",
            output = error.output.display().to_string(),
            role = corridor_core::i18n::ToPhrase::phrase(&error.role),
            input = error.input.display().to_string()
        ))
        .in_file(&error.output)
    }
}
