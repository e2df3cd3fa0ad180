//! `--json`, on every subcommand.

use clap::Args;

use super::console::OutputMode;

#[derive(Debug, Args, Default, Clone)]
pub struct OutputFlags {
    /// Print one JSON document on stdout: the result, or {"error": {"kind",
    /// "message", "file", "line"}}. Messages for people go to stderr.
    #[arg(long)]
    pub json: bool,
}

impl OutputFlags {
    /// How the result is printed.
    pub fn mode(&self) -> OutputMode {
        if self.json {
            OutputMode::Json
        } else {
            OutputMode::Text
        }
    }
}
