//! `corridor generate`: writes the synthetic demo data.

use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use serde_json::json;

use super::console::Console;
use super::failure::Failure;
use super::output_flags::OutputFlags;

use corridor_core::basemap::Basemap;
use corridor_core::generate::{GenerateOptions, generate_files};

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
}

/// Writes the files and says what it wrote. It reads no file (the
/// gazetteer is built in), so no output can overwrite an input; a folder
/// that cannot be written is an I/O error (1).
pub fn run(args: &GenerateArgs, console: &mut Console<'_>) -> Result<(), Failure> {
    let started = Instant::now();
    let basemap = Basemap::embedded()
        .map_err(|error| Failure::data(format!("loading the embedded gazetteer: {error}")))?;
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
    console.note(format_args!(
        "Wrote {} synthetic traces ({} stores, {} recovery sites, {} purchasers, {} cases) to {} in {:.2} s ({:.0} traces/s)",
        summary.counts.traces,
        summary.stores,
        summary.counts.sites,
        summary.counts.purchasers,
        summary.counts.cases,
        files.join(", "),
        seconds,
        summary.counts.traces as f64 / seconds.max(1e-9),
    ))?;
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
