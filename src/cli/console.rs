//! Where a command's words go. With `--json`, stdout holds exactly one JSON
//! document (the result, or the error) so a script can parse it whole, and
//! every line meant for people goes to stderr. Without it, the result and
//! what was written go to stdout as text. Errors and warnings always go to
//! stderr.

use std::io::Write;

use corridor_core::i18n::Lang;
use serde::Serialize;

use super::failure::Failure;

/// How the result is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputMode {
    /// Tables and sentences for people.
    Text,
    /// One JSON document on stdout.
    Json,
}

/// The command's two output streams, and which of them the result goes to.
pub struct Console<'a> {
    mode: OutputMode,
    stdout: &'a mut dyn Write,
    stderr: &'a mut dyn Write,
    /// Whether the JSON document went out: there is never a second.
    document_written: bool,
    /// The language of the errors the core says (the command's `--lang`).
    lang: Lang,
}

impl<'a> Console<'a> {
    /// A console writing to these streams.
    pub fn new(mode: OutputMode, stdout: &'a mut dyn Write, stderr: &'a mut dyn Write) -> Self {
        Console {
            mode,
            stdout,
            stderr,
            document_written: false,
            lang: Lang::En,
        }
    }

    /// The same console, writing the core's errors on stderr in `lang`
    /// (the JSON document's message stays English, for scripts).
    pub fn in_lang(self, lang: Lang) -> Self {
        Console { lang, ..self }
    }

    /// How the result is printed.
    pub fn mode(&self) -> OutputMode {
        self.mode
    }

    /// The language of the words for people (`--lang`).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A line for people about what was done ("Wrote …"): part of the
    /// result as text; beside a JSON document it goes to stderr.
    pub fn note(&mut self, line: std::fmt::Arguments<'_>) -> Result<(), Failure> {
        let stream = match self.mode {
            OutputMode::Text => &mut *self.stdout,
            OutputMode::Json => &mut *self.stderr,
        };
        writeln!(stream, "{line}").map_err(write_failure)
    }

    /// A warning, on stderr in both modes, after `warning:` in the
    /// console's language.
    pub fn warn(&mut self, message: std::fmt::Arguments<'_>) -> Result<(), Failure> {
        let prefix = corridor_core::t!(self.lang, "cli-warning");
        writeln!(self.stderr, "{prefix} {message}").map_err(write_failure)
    }

    /// A warning the core or the command said as a phrase, in the
    /// console's language.
    pub fn warn_said(&mut self, said: &corridor_core::i18n::Phrase) -> Result<(), Failure> {
        let text = said.text(self.lang);
        self.warn(format_args!("{text}"))
    }

    /// Text for people on stdout; nothing under `--json` (the JSON document
    /// says the same).
    pub fn text(
        &mut self,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(), Failure> {
        match self.mode {
            OutputMode::Text => write(&mut *self.stdout).map_err(write_failure),
            OutputMode::Json => Ok(()),
        }
    }

    /// The result: `json` as the one document under `--json`, else what
    /// `text` writes.
    pub fn result(
        &mut self,
        json: &impl Serialize,
        text: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(), Failure> {
        match self.mode {
            OutputMode::Text => self.text(text),
            OutputMode::Json => self.document(json),
        }
    }

    /// The result of a command whose text was said line by line with
    /// [`Self::note`]: the JSON document under `--json`, nothing more as text.
    pub fn json_result(&mut self, json: &impl Serialize) -> Result<(), Failure> {
        self.result(json, |_| Ok(()))
    }

    /// Reports a failure: "error: …" on stderr, and under `--json` the error
    /// document on stdout, unless a document already went out. Errors in
    /// writing are ignored: there is nowhere left to report them.
    pub fn fail(&mut self, failure: &Failure) {
        let _ = writeln!(self.stderr, "error: {}", failure.text_in(self.lang));
        if self.mode == OutputMode::Json && !self.document_written {
            let _ = self.document(&failure.to_json());
        }
        let _ = self.stdout.flush();
    }

    fn document(&mut self, json: &impl Serialize) -> Result<(), Failure> {
        self.document_written = true;
        serde_json::to_writer_pretty(&mut *self.stdout, json)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(self.stdout))
            .and_then(|()| self.stdout.flush())
            .map_err(write_failure)
    }
}

/// Writing the command's own output failed (a closed pipe, a full disk
/// behind a redirection).
fn write_failure(error: std::io::Error) -> Failure {
    Failure::io(format!("cannot write the command's output: {error}"))
}
