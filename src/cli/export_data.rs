//! `corridor export-data PATH... --format csv|geojson|kml --out FILE`: the
//! traces of the filter as data for spreadsheets and GIS tools.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::filter_flags::FilterFlags;
use super::filtered_load::load_filtered;
use super::import_flags::ImportFlags;
use super::redact_flags::{RedactFlags, redacted_suffix};
use corridor_core::aggregate::FlowIndex;
use corridor_core::export::data::{DataFormat, export_data};

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum FormatArg {
    Csv,
    Geojson,
    Kml,
}

impl From<FormatArg> for DataFormat {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Csv => DataFormat::Csv,
            FormatArg::Geojson => DataFormat::GeoJson,
            FormatArg::Kml => DataFormat::Kml,
        }
    }
}

#[derive(Debug, Args)]
pub struct ExportDataArgs {
    /// Files or folders to load.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// csv: one row per trace with its source file, SHA-256 and line;
    /// geojson: stores and sites as points, flows as lines, with counts;
    /// kml: the same for Google Earth. Default: from the --out extension.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,

    /// File to write (replaced if it exists).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,

    #[command(flatten)]
    pub redact: RedactFlags,

    #[command(flatten)]
    pub filter: FilterFlags,

    #[command(flatten)]
    pub import: ImportFlags,
}

pub fn run(
    args: &ExportDataArgs,
    rules: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> anyhow::Result<i32> {
    let Some(format) = args
        .format
        .map(DataFormat::from)
        .or_else(|| DataFormat::from_path(&args.out))
    else {
        writeln!(
            out,
            "error: say --format csv, geojson or kml (the extension of {} does not tell)",
            args.out.display()
        )?;
        return Ok(2);
    };
    let (outcome, filter) =
        match load_filtered(&args.paths, &args.filter, &args.import, rules, out)? {
            Ok(loaded) => loaded,
            Err(status) => return Ok(status),
        };
    let redaction = args.redact.redaction();
    let index = FlowIndex::build(&outcome.dataset);
    let title = args.out.file_stem().map_or_else(
        || "Corridor export".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let written = export_data(
        &outcome.dataset,
        &index,
        &filter,
        redaction,
        format,
        &title,
        &args.out,
    )?;
    writeln!(
        out,
        "Wrote {} traces as {} to {}{}",
        corridor_core::format::thousands(written.traces as u64),
        format.extension(),
        written.path.display(),
        redacted_suffix(redaction)
    )?;
    Ok(0)
}
