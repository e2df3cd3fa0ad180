//! `corridor generate`: writes the synthetic demo data.

use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use serde_json::json;

use super::console::Console;
use super::failure::Failure;
use super::lang_flag::LangFlag;
use super::output_flags::OutputFlags;

use corridor_core::basemap::Basemap;
use corridor_core::generate::{GenerateOptions, generate_files};
use corridor_core::i18n::ToPhrase;
use corridor_core::{phrase, t};

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many traces to write (US-sourced traces only).
    #[arg(long, default_value_t = 20_000)]
    pub traces: u64,

    /// Seed of the random generator: the same seed and count give the same bytes.
    #[arg(long, default_value_t = 2010)]
    pub seed: u64,

    /// Folder to write corridor-demo-traces.csv into (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Also write the same data as linked stores.csv, recoveries.csv and traces.csv in DIR/linked/.
    #[arg(long)]
    pub linked: bool,

    /// Split by agency: an ATF trace file, an HSI seizure file (corridor-demo-hsi.csv) whose
    /// overlaps with it are made on purpose, and the list of those overlaps in DIR/key/.
    #[arg(long)]
    pub agencies: bool,

    #[command(flatten)]
    pub output: OutputFlags,

    /// The language of the report's words and messages (en or es); JSON
    /// keys and ids stay English.
    #[command(flatten)]
    pub lang: LangFlag,
}

/// Writes the files and says what it wrote. It reads no file (the
/// gazetteer is built in), so no output can overwrite an input; a folder
/// that cannot be written is an I/O error (1).
pub fn run(args: &GenerateArgs, console: &mut Console<'_>) -> Result<(), Failure> {
    let started = Instant::now();
    let basemap = Basemap::embedded().map_err(|error| {
        Failure::data(phrase!("cli-generate-gazetteer", error = error.phrase()))
    })?;
    let options = GenerateOptions {
        traces: args.traces,
        seed: args.seed,
        linked: args.linked,
        agencies: args.agencies,
    };
    let summary = generate_files(&basemap, options, &args.out)?;
    let seconds = started.elapsed().as_secs_f64();
    let files: Vec<String> = summary
        .files
        .iter()
        .map(|f| f.display().to_string())
        .collect();
    let lang = console.lang();
    // Counts in digits, as they were always written, not grouped.
    let wrote = t!(
        lang,
        "cli-generate-wrote",
        traces = summary.counts.traces.to_string(),
        stores = summary.stores.to_string(),
        sites = summary.counts.sites.to_string(),
        purchasers = summary.counts.purchasers.to_string(),
        cases = summary.counts.cases.to_string(),
        files = files.join(", "),
        seconds = format!("{seconds:.2}"),
        rate = format!("{:.0}", summary.counts.traces as f64 / seconds.max(1e-9)),
    );
    console.note(format_args!("{wrote}"))?;
    console.json_result(&json!({
        "written": files,
        "traces": summary.counts.traces,
        "stores": summary.stores,
        "recovery_sites": summary.counts.sites,
        "purchasers": summary.counts.purchasers,
        "cases": summary.counts.cases,
        "seed": args.seed,
        "seconds": seconds,
    }))
}
