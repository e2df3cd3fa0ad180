//! `corridor export-flowmap PATH... --out DIR`: flows in the flowmap.blue format.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::console::Console;
use super::failure::Failure;
use super::filter_flags::FilterFlags;
use super::filtered_load::load_filtered;
use super::import_flags::ImportFlags;
use super::lang_flag::LangFlag;
use super::output_flags::OutputFlags;
use super::redact_flags::RedactFlags;
use corridor_core::aggregate::FlowIndex;
use corridor_core::export::flowmap_blue::{
    FLOWS_FILE_NAME, LOCATIONS_FILE_NAME, export_flowmap_blue_dir,
};
use corridor_core::export::inputs::InputFiles;

#[derive(Debug, Args)]
pub struct ExportFlowmapArgs {
    /// Files or folders to load.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// Folder to write locations.csv and flows.csv into (created if needed;
    /// existing files of those names are replaced).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// --redact-dealers names stores by their town instead of their dealer
    /// (flowmap.blue files hold no purchaser ids or serials).
    #[command(flatten)]
    pub redact: RedactFlags,

    #[command(flatten)]
    pub filter: FilterFlags,

    #[command(flatten)]
    pub import: ImportFlags,

    #[command(flatten)]
    pub output: OutputFlags,

    /// The language of the report's words and messages (en or es); JSON
    /// keys and ids stay English.
    #[command(flatten)]
    pub lang: LangFlag,
}

/// Writes the two files. Fails with a usage error (2) for a bad flag or
/// when a file to write is one of the inputs (say, `--out` the folder the
/// flowmap.blue files are loaded from), a data error (1) when nothing could
/// be loaded, an I/O error (1) when the files cannot be written.
pub fn run(
    args: &ExportFlowmapArgs,
    rules: Option<&std::path::Path>,
    console: &mut Console<'_>,
) -> Result<(), Failure> {
    let mut inputs = InputFiles::of_data(&args.paths);
    inputs.add_rules(rules);
    inputs.check_all(
        [LOCATIONS_FILE_NAME, FLOWS_FILE_NAME]
            .map(|name| args.out.join(name))
            .iter()
            .map(PathBuf::as_path),
    )?;
    let (outcome, filter) = load_filtered(&args.paths, &args.filter, &args.import, rules)?;
    let index = FlowIndex::build(&outcome.dataset);
    let redaction = args.redact.redaction();
    let written = export_flowmap_blue_dir(&outcome.dataset, &index, &filter, redaction, &args.out)?;
    let wrote = corridor_core::t!(
        console.lang(),
        "cli-wrote-flows",
        flows = written.flows,
        traces = written.traces,
        locations = written.locations_path.display().to_string(),
        flows_file = written.flows_path.display().to_string()
    );
    console.note(format_args!("{wrote}"))?;
    console.json_result(&json!({
        "written": [
            written.locations_path.display().to_string(),
            written.flows_path.display().to_string(),
        ],
        "flows": written.flows,
        "traces": written.traces,
        "redacted": redaction.is_active(),
    }))
}
