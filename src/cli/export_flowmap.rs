//! `corridor export-flowmap PATH... --out DIR`: flows in the flowmap.blue format.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::filter_flags::FilterFlags;
use super::filtered_load::load_filtered;
use super::import_flags::ImportFlags;
use super::redact_flags::RedactFlags;
use corridor_core::aggregate::FlowIndex;
use corridor_core::export::flowmap_blue::export_flowmap_blue_dir;

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
}

pub fn run(
    args: &ExportFlowmapArgs,
    rules: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> anyhow::Result<i32> {
    let (outcome, filter) =
        match load_filtered(&args.paths, &args.filter, &args.import, rules, out)? {
            Ok(loaded) => loaded,
            Err(status) => return Ok(status),
        };
    let index = FlowIndex::build(&outcome.dataset);
    let redaction = args.redact.redaction();
    let written = export_flowmap_blue_dir(&outcome.dataset, &index, &filter, redaction, &args.out)?;
    writeln!(
        out,
        "Wrote {} flows ({} traces) to {} and {}",
        corridor_core::format::thousands(written.flows as u64),
        corridor_core::format::thousands(written.traces),
        written.locations_path.display(),
        written.flows_path.display()
    )?;
    Ok(0)
}
