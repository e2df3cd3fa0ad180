//! `corridor deconflict PATH...`: what two or more agencies both hold.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value, json};

use super::console::Console;
use super::failure::Failure;
use super::filtered_load::load_traces;
use super::import_flags::ImportFlags;
use super::output_flags::OutputFlags;
use corridor_core::investigate::deconflict::summary;
use corridor_core::investigate::{MatchStrength, Overlap, OverlapKind, deconflict};
use corridor_core::model::Dataset;

#[derive(Debug, Args)]
pub struct DeconflictArgs {
    /// Files or folders to load (give each agency's file an --agency label
    /// unless it has an agency column; unlabelled files count as agencies of
    /// their own, by file name).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub output: OutputFlags,

    #[command(flatten)]
    pub import: ImportFlags,
}

/// Prints the overlaps. Fails with a usage error (2) for a bad flag, a data
/// error (1) when no trace could be loaded.
pub fn run(
    args: &DeconflictArgs,
    rules: Option<&std::path::Path>,
    console: &mut Console<'_>,
) -> Result<(), Failure> {
    let outcome = load_traces(&args.paths, &args.import, rules)?;
    let dataset = &outcome.dataset;
    let overlaps = deconflict(dataset);
    let json = overlaps_json(dataset, &overlaps);
    console.result(&json, |out| write_text(out, dataset, &overlaps))
}

fn place(dataset: &Dataset, row: u32) -> (String, u32) {
    let source = dataset.traces.source(row as usize);
    let file = dataset
        .sources
        .get(usize::from(source.file))
        .map_or_else(String::new, |s| s.name.clone());
    (file, source.line)
}

fn overlaps_json(dataset: &Dataset, overlaps: &[Overlap]) -> Value {
    let list: Vec<Value> = overlaps
        .iter()
        .map(|overlap| {
            let records: Vec<Value> = overlap
                .records
                .iter()
                .map(|record| {
                    let (file, line) = place(dataset, record.row);
                    json!({
                        "file": file,
                        "line": line,
                        "agency": record.agency,
                        "id": record.id,
                    })
                })
                .collect();
            json!({
                "kind": overlap.kind.id(),
                "match": overlap.strength.id(),
                "score": overlap.score,
                "agencies": overlap.agencies,
                "records": records,
            })
        })
        .collect();
    let counts = summary(overlaps);
    let summary: Map<String, Value> = OverlapKind::ALL
        .into_iter()
        .map(|kind| {
            let by_match: Map<String, Value> = [MatchStrength::Exact, MatchStrength::Probable]
                .into_iter()
                .map(|m| (m.id().to_owned(), json!(counts[kind as usize][m as usize])))
                .collect();
            (kind.id().to_owned(), Value::Object(by_match))
        })
        .collect();
    json!({ "overlaps": list, "summary": summary })
}

fn write_text(out: &mut dyn Write, dataset: &Dataset, overlaps: &[Overlap]) -> std::io::Result<()> {
    let counts = summary(overlaps);
    for kind in OverlapKind::ALL {
        let [exact, probable] = counts[kind as usize];
        writeln!(out, "{}: {exact} exact, {probable} probable", kind.id())?;
    }
    for overlap in overlaps {
        writeln!(
            out,
            "{} {} ({:.2}) held by {}:",
            overlap.kind.id(),
            overlap.strength.id(),
            overlap.score,
            overlap.agencies.join(", ")
        )?;
        for record in &overlap.records {
            let source = dataset.traces.source(record.row as usize);
            let place = dataset
                .sources
                .get(usize::from(source.file))
                .map_or_else(String::new, |s| s.place(source.line));
            writeln!(out, "  {} {} ({place})", record.agency, record.id)?;
        }
    }
    Ok(())
}
