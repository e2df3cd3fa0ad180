//! The command line: `corridor [PATH...]` opens the app; the subcommands
//! (`check`, `corridors`, `stores`, `generate` and the exports) work
//! headless for scripts and pipelines, under one contract (`dispatch`):
//! exit status 0, 1 (data or I/O) or 2 (usage); with `--json` one JSON
//! document on stdout; outputs never overwrite inputs (`input_guard`).

pub mod check;
pub mod console;
pub mod core_errors;
pub mod corridors;
pub mod deconflict;
pub mod dispatch;
pub mod export_data;
pub mod export_flowmap;
pub mod export_image;
pub mod failure;
pub mod filter_flags;
pub mod filtered_load;
pub mod generate;
pub mod handover;
pub mod import_flags;
pub mod lang_flag;
pub mod networks;
pub mod output_flags;
pub mod redact_flags;
pub mod stores;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "corridor",
    version,
    about = "Offline evidence mapping of firearms traced from US purchase to recovery in Mexico",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Data files or folders to open in the app (the demo data when none).
    pub paths: Vec<PathBuf>,

    /// Extra weapon classification rules (TOML), tried before the shipped ones.
    #[arg(long, value_name = "FILE", global = true)]
    pub rules: Option<PathBuf>,

    /// Start with default settings instead of the remembered ones.
    #[arg(long)]
    pub fresh: bool,

    /// Start in this theme (light, dark, or projector: high contrast on white).
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
    Projector,
}

impl From<ThemeArg> for corridor_core::scene::Theme {
    fn from(theme: ThemeArg) -> Self {
        match theme {
            ThemeArg::Light => corridor_core::scene::Theme::Light,
            ThemeArg::Dark => corridor_core::scene::Theme::Dark,
            ThemeArg::Projector => corridor_core::scene::Theme::Projector,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load files as the app would and print the import report and a summary.
    /// Exits with status 1 when nothing could be loaded.
    Check(check::CheckArgs),
    /// Write synthetic demo data (fictitious dealers, US-sourced traces only),
    /// calibrated to published figures; see data/README.md.
    Generate(generate::GenerateArgs),
    /// Print corridors (origin area -> destination area) with their traces,
    /// share, median time-to-crime and weapon mix, for the same filters as
    /// the app.
    Corridors(corridors::CorridorsArgs),
    /// Print the stores (dealers) whose guns were recovered, largest first,
    /// with share, median time-to-crime, classes and first/last purchase:
    /// which dealers feed a state (--to MX-TAM) from a state (--from-state
    /// TX), for the same filters as the app.
    Stores(stores::StoresArgs),
    /// Print the purchaser networks (purchasers linked by a shared case,
    /// seizure or address, or the same store and day with --links
    /// ...,store_day), largest first, with their lead age as of --as-of.
    Networks(networks::NetworksArgs),
    /// Print what two or more agencies both hold: the same firearm (serial
    /// and make), purchaser (name and date of birth, exact or probable) or
    /// store (FFL number, else name and town), with each agency's file and
    /// line. Label files with --agency FILE=LABEL.
    Deconflict(deconflict::DeconflictArgs),
    /// Write a hand-over package: the project with its data inside, a
    /// manifest with the SHA-256 of every file and who/when/what, and a
    /// README for the receiving analyst.
    Handover(handover::HandoverArgs),
    /// Check a hand-over package against its manifest (and the data inside
    /// the project against its SHA-256); exit 1 and say what differs.
    Verify(handover::VerifyArgs),
    /// Write the flows of the filtered data in the flowmap.blue format
    /// (locations.csv and flows.csv), store to recovery site.
    ExportFlowmap(export_flowmap::ExportFlowmapArgs),
    /// Write the traces of the filter as CSV (with provenance), GeoJSON or
    /// KML, optionally redacted.
    ExportData(export_data::ExportDataArgs),
    /// Write map images without a window: a project's views (--view NAME,
    /// --all) or the filtered data files, as SVG, PNG (--scale 2) or a PDF
    /// with a page per view.
    Export(export_image::ExportImageArgs),
}
