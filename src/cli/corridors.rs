//! `corridor corridors PATH...`: the corridors table without a window.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::console::Console;
use super::failure::Failure;
use super::filter_flags::FilterFlags;
use super::filtered_load::load_filtered;
use super::import_flags::ImportFlags;
use super::output_flags::OutputFlags;
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::{Corridor, corridors};
use corridor_core::format::thousands;

#[derive(Debug, Args)]
pub struct CorridorsArgs {
    /// Files or folders to load.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// Area level: state (ISO 3166-2, the default), town, or site.
    #[arg(long = "by", default_value = "state", value_parser = ["state", "town", "site"])]
    pub level: String,

    #[command(flatten)]
    pub filter: FilterFlags,

    /// Only the N largest corridors.
    #[arg(long)]
    pub top: Option<usize>,

    #[command(flatten)]
    pub output: OutputFlags,

    #[command(flatten)]
    pub import: ImportFlags,
}

/// Prints the corridors. Fails with a usage error (2) for a bad flag, a
/// data error (1) when nothing could be loaded.
pub fn run(
    args: &CorridorsArgs,
    rules: Option<&std::path::Path>,
    console: &mut Console<'_>,
) -> Result<(), Failure> {
    let (outcome, filter) = load_filtered(&args.paths, &args.filter, &args.import, rules)?;
    let level = AreaLevel::from_id(&args.level).unwrap_or_default();
    let areas = AreaIndex::build(&outcome.dataset, corridor_core::basemap::shared(), level);
    let mut rows = corridors(&outcome.dataset, &areas, &filter);
    if let Some(top) = args.top {
        rows.truncate(top);
    }
    console.result(&rows, |out| write_table(out, &rows))
}

fn write_table(out: &mut dyn Write, rows: &[Corridor]) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<28} {:<28} {:>9} {:>7} {:>10}  dominant class",
        "origin", "destination", "traces", "share", "median TTC"
    )?;
    for row in rows {
        writeln!(
            out,
            "{:<28} {:<28} {:>9} {:>6.1}% {:>10}  {}",
            row.origin,
            row.destination,
            thousands(row.traces),
            row.share * 100.0,
            row.median_ttc_days
                .map_or_else(|| "-".to_owned(), |d| format!("{d:.0} d")),
            row.dominant_class.id()
        )?;
    }
    Ok(())
}
