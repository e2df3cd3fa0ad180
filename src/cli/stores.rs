//! `corridor stores PATH...`: which dealers feed a destination, without a
//! window — the app's dealers table with the destination selected.

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
use super::redact_flags::RedactFlags;
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::stores::{StoreRecord, StoreRow, store_rows};
use corridor_core::basemap::normalize_state;
use corridor_core::briefing::labels::{store_ffl, store_name};
use corridor_core::format::{percent, span_of_days, thousands};
use corridor_core::i18n::{Lang, Phrase, calendar};
use corridor_core::{phrase, t};

#[derive(Debug, Args)]
pub struct StoresArgs {
    /// Files or folders to load.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// Only guns recovered in this state: an ISO 3166-2 code (MX-TAM) or a
    /// name (Tamaulipas). `--to` does the same when it is not a date.
    #[arg(long = "to-state", value_name = "AREA")]
    pub to_state: Option<String>,

    /// Only stores in this state: US-TX, TX or Texas.
    #[arg(long = "from-state", value_name = "AREA")]
    pub from_state: Option<String>,

    #[command(flatten)]
    pub filter: FilterFlags,

    /// Only the N largest stores.
    #[arg(long)]
    pub top: Option<usize>,

    #[command(flatten)]
    pub output: OutputFlags,

    /// The language of the report's words and messages (en or es); JSON
    /// keys and ids stay English.
    #[command(flatten)]
    pub lang: LangFlag,

    #[command(flatten)]
    pub redact: RedactFlags,

    #[command(flatten)]
    pub import: ImportFlags,
}

/// A state given on the command line, as the ISO code areas are named by.
fn area(flag: &str, text: &str) -> Result<String, Phrase> {
    normalize_state(text)
        .map(|code| code.as_str().to_owned())
        .ok_or_else(|| phrase!("cli-stores-not-a-state", flag = flag, text = text))
}

/// `--to` is the date range's end in the other commands; here a value
/// that reads as a state is the destination (a date starts with a digit).
fn split_to(args: &StoresArgs) -> Result<(FilterFlags, Option<String>), Phrase> {
    let mut filter = args.filter.clone();
    let mut to_state = match &args.to_state {
        Some(text) => Some(area("to-state", text)?),
        None => None,
    };
    if let Some(text) = &args.filter.to
        && !text.trim_start().starts_with(|c: char| c.is_ascii_digit())
    {
        if to_state.is_some() {
            return Err(phrase!("cli-stores-destination-twice"));
        }
        to_state = Some(area("to", text)?);
        filter.to = None;
    }
    Ok((filter, to_state))
}

/// Prints the stores. Fails with a usage error (2) for a bad flag or
/// state, a data error (1) when nothing could be loaded.
pub fn run(
    args: &StoresArgs,
    rules: Option<&std::path::Path>,
    console: &mut Console<'_>,
) -> Result<(), Failure> {
    let (filter_flags, to_state) = split_to(args).map_err(Failure::usage)?;
    let from_state = args
        .from_state
        .as_deref()
        .map(|text| area("from-state", text))
        .transpose()
        .map_err(Failure::usage)?;
    let (outcome, filter) = load_filtered(&args.paths, &filter_flags, &args.import, rules)?;
    let dataset = &outcome.dataset;
    let areas = AreaIndex::build(dataset, corridor_core::basemap::shared(), AreaLevel::State);
    let in_area = |area: u32, wanted: &Option<String>| {
        wanted
            .as_deref()
            .is_none_or(|code| areas.names.get(area as usize).is_some_and(|n| n == code))
    };
    let mut rows = store_rows(dataset, &filter, |store, site| {
        in_area(areas.store_area[store.0 as usize], &from_state)
            && in_area(areas.site_area[site.0 as usize], &to_state)
    });
    if let Some(top) = args.top {
        rows.truncate(top);
    }
    let redaction = args.redact.redaction();
    let records: Vec<StoreRecord> = rows
        .iter()
        .map(|row| {
            StoreRecord::new(
                dataset,
                row,
                store_name(dataset, row.store, redaction),
                store_ffl(dataset, row.store, redaction),
            )
        })
        .collect();
    let lang = console.lang();
    console.result(&records, |out| write_table(out, &rows, &records, lang))
}

/// The records as a table for people: class names (the three largest),
/// spans in years and months, dates as `lang` writes them.
fn write_table(
    out: &mut dyn Write,
    rows: &[StoreRow],
    records: &[StoreRecord],
    lang: Lang,
) -> std::io::Result<()> {
    let ffl_width = records
        .iter()
        .map(|r| r.ffl.chars().count())
        .max()
        .unwrap_or(0)
        .max(3);
    // The English widths; a longer word in another language widens its
    // column.
    let share = t!(lang, "cli-stores-share");
    let median = t!(lang, "cli-stores-median-ttc");
    let share_width = share.chars().count().max(9);
    let median_width = median.chars().count().max(11);
    writeln!(
        out,
        "{:<34} {:<ffl_width$} {:<24} {:>8} {:>share_width$} {:>median_width$}  {:<23}  {}",
        t!(lang, "cli-stores-store"),
        "FFL",
        t!(lang, "cli-stores-town"),
        t!(lang, "cli-stores-traces"),
        share,
        median,
        t!(lang, "cli-stores-purchases"),
        t!(lang, "cli-stores-top-classes")
    )?;
    for (row, record) in rows.iter().zip(records) {
        let town = if record.state.is_empty() {
            record.city.clone()
        } else {
            format!("{}, {}", record.city, record.state)
        };
        let purchases = match (row.first_purchase, row.last_purchase) {
            (Some(first), Some(last)) => format!(
                "{} – {}",
                calendar::day(lang, first),
                calendar::day(lang, last)
            ),
            _ => "–".to_owned(),
        };
        let classes: Vec<String> = row
            .top_classes()
            .into_iter()
            .take(3)
            .map(|(class, n)| format!("{} {}", class.label(lang), thousands(n)))
            .collect();
        writeln!(
            out,
            "{:<34} {:<ffl_width$} {:<24} {:>8} {:>share_width$} {:>median_width$}  {:<23}  {}",
            record.store,
            record.ffl,
            town,
            thousands(record.traces),
            percent(record.share),
            record
                .median_ttc_days
                .map_or_else(|| "–".to_owned(), |d| span_of_days(d, lang)),
            purchases,
            classes.join(", ")
        )?;
    }
    Ok(())
}
