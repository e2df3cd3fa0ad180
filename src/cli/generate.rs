//! `corridor generate`: writes the synthetic demo data.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::Args;

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
}

/// Writes the files and prints a one-line summary. Exit status 0.
pub fn run(args: &GenerateArgs, out: &mut dyn Write) -> anyhow::Result<i32> {
    let started = Instant::now();
    let basemap = Basemap::embedded().context("loading the embedded gazetteer")?;
    let options = GenerateOptions {
        traces: args.traces,
        seed: args.seed,
        linked: args.linked,
    };
    let summary = generate_files(&basemap, options, &args.out)
        .with_context(|| format!("generating into {}", args.out.display()))?;
    let seconds = started.elapsed().as_secs_f64();
    let files: Vec<String> = summary
        .files
        .iter()
        .map(|f| f.display().to_string())
        .collect();
    writeln!(
        out,
        "Wrote {} synthetic traces ({} stores, {} recovery sites, {} purchasers, {} cases) to {} in {:.2} s ({:.0} traces/s)",
        summary.counts.traces,
        summary.stores,
        summary.counts.sites,
        summary.counts.purchasers,
        summary.counts.cases,
        files.join(", "),
        seconds,
        summary.counts.traces as f64 / seconds.max(1e-9),
    )?;
    Ok(0)
}
