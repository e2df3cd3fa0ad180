//! `corridor export-data PATH... --format csv|geojson|kml|parquet --out FILE`: the
//! traces of the filter as data for spreadsheets and GIS tools.

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
use super::redact_flags::{RedactFlags, redacted_suffix_in};
use corridor_core::aggregate::FlowIndex;
use corridor_core::export::data::{DataFormat, export_data};
use corridor_core::export::inputs::InputFiles;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum FormatArg {
    Csv,
    Geojson,
    Kml,
    Parquet,
}

impl From<FormatArg> for DataFormat {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Csv => DataFormat::Csv,
            FormatArg::Geojson => DataFormat::GeoJson,
            FormatArg::Kml => DataFormat::Kml,
            FormatArg::Parquet => DataFormat::Parquet,
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
    pub lang: LangFlag,

    #[command(flatten)]
    pub filter: FilterFlags,

    #[command(flatten)]
    pub import: ImportFlags,

    #[command(flatten)]
    pub output: OutputFlags,
}

/// Writes the file. Fails with a usage error (2) for a bad flag or an
/// `--out` that is one of the inputs, a data error (1) when nothing could be
/// loaded, an I/O error (1) when the file cannot be written.
pub fn run(
    args: &ExportDataArgs,
    rules: Option<&std::path::Path>,
    console: &mut Console<'_>,
) -> Result<(), Failure> {
    let Some(format) = args
        .format
        .map(DataFormat::from)
        .or_else(|| DataFormat::from_path(&args.out))
    else {
        return Err(Failure::usage(corridor_core::phrase!(
            "cli-format-unknown",
            path = args.out.display().to_string()
        )));
    };
    let lang = args.lang.single().map_err(Failure::usage)?;
    let mut inputs = InputFiles::of_data(&args.paths);
    inputs.add_rules(rules);
    inputs.check(&args.out)?;
    let (outcome, filter) = load_filtered(&args.paths, &args.filter, &args.import, rules)?;
    let redaction = args.redact.redaction();
    let index = FlowIndex::build(&outcome.dataset);
    let title = args.out.file_stem().map_or_else(
        || corridor_core::t!(lang, "cli-export-title"),
        |s| s.to_string_lossy().into_owned(),
    );
    let written = export_data(
        &outcome.dataset,
        &index,
        &filter,
        redaction,
        format,
        corridor_core::export::data::ExportWords {
            title: &title,
            lang,
        },
        &args.out,
    )?;
    // What was written, in the export's language (the JSON stays English).
    let wrote = corridor_core::t!(
        lang,
        "cli-wrote-traces",
        count = written.traces,
        format = format.extension(),
        path = written.path.display().to_string()
    );
    console.note(format_args!(
        "{wrote}{}",
        redacted_suffix_in(redaction, lang)
    ))?;
    console.json_result(&json!({
        "written": [written.path.display().to_string()],
        "format": format.extension(),
        "traces": written.traces,
        "items": written.items,
        "redacted": redaction.is_active(),
    }))
}
