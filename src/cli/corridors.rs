//! `corridor corridors PATH...`: the corridors table without a window.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::filter_flags::FilterFlags;
use super::filtered_load::load_filtered;
use super::import_flags::ImportFlags;
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridors;
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

    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub import: ImportFlags,
}

/// Exit status: 0 with corridors, 1 when nothing could be loaded, 2 on bad flags.
pub fn run(
    args: &CorridorsArgs,
    rules: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> anyhow::Result<i32> {
    let (outcome, filter) =
        match load_filtered(&args.paths, &args.filter, &args.import, rules, out)? {
            Ok(loaded) => loaded,
            Err(status) => return Ok(status),
        };
    let level = AreaLevel::from_id(&args.level).unwrap_or_default();
    let areas = AreaIndex::build(&outcome.dataset, corridor_core::basemap::shared(), level);
    let mut rows = corridors(&outcome.dataset, &areas, &filter);
    if let Some(top) = args.top {
        rows.truncate(top);
    }
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
        return Ok(0);
    }
    writeln!(
        out,
        "{:<28} {:<28} {:>9} {:>7} {:>10}  dominant class",
        "origin", "destination", "traces", "share", "median TTC"
    )?;
    for row in &rows {
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
    Ok(0)
}
