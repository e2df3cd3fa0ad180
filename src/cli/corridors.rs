//! `corridor corridors PATH...`: the corridors table without a window.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::console::Console;
use super::failure::Failure;
use super::filter_flags::FilterFlags;
use super::filtered_load::load_filtered;
use super::import_flags::ImportFlags;
use super::lang_flag::LangFlag;
use super::output_flags::OutputFlags;
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::{Corridor, corridors};
use corridor_core::format::thousands;
use corridor_core::i18n::Lang;
use corridor_core::t;

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

    /// The language of the report's words and messages (en or es); JSON
    /// keys and ids stay English.
    #[command(flatten)]
    pub lang: LangFlag,

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
    let lang = console.lang();
    console.result(&rows, |out| write_table(out, &rows, lang))
}

fn write_table(out: &mut dyn Write, rows: &[Corridor], lang: Lang) -> std::io::Result<()> {
    // The English widths; a longer word in another language widens its
    // column.
    let share = t!(lang, "cli-corridors-share");
    let median = t!(lang, "cli-corridors-median-ttc");
    let share_width = share.chars().count().max(7);
    let median_width = median.chars().count().max(10);
    writeln!(
        out,
        "{:<28} {:<28} {:>9} {:>share_width$} {:>median_width$}  {}",
        t!(lang, "cli-corridors-origin"),
        t!(lang, "cli-corridors-destination"),
        t!(lang, "cli-corridors-traces"),
        share,
        median,
        t!(lang, "cli-corridors-dominant-class")
    )?;
    let number_width = share_width - 1;
    for row in rows {
        writeln!(
            out,
            "{:<28} {:<28} {:>9} {:>number_width$.1}% {:>median_width$}  {}",
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
