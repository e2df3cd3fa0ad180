//! `corridor deconflict PATH...`: what two or more agencies both hold.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value, json};

use super::console::Console;
use super::failure::Failure;
use super::filtered_load::load_traces;
use super::import_flags::ImportFlags;
use super::lang_flag::LangFlag;
use super::output_flags::OutputFlags;
use corridor_core::i18n::{Lang, text};
use corridor_core::investigate::deconflict::summary;
use corridor_core::investigate::{MatchStrength, Overlap, OverlapKind, deconflict};
use corridor_core::model::Dataset;
use corridor_core::{msg_id, t};

#[derive(Debug, Args)]
pub struct DeconflictArgs {
    /// Files or folders to load (give each agency's file an --agency label
    /// unless it has an agency column; unlabelled files count as agencies of
    /// their own, by file name).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub output: OutputFlags,

    /// The language of the report's words and messages (en or es); JSON
    /// keys and ids stay English.
    #[command(flatten)]
    pub lang: LangFlag,

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
    let lang = console.lang();
    console.result(&json, |out| write_text(out, dataset, &overlaps, lang))
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

/// What an overlap is of, in `lang` (`firearm`, `purchaser`, `store`: the
/// ids, in English).
fn kind_label(kind: OverlapKind, lang: Lang) -> String {
    let id = match kind {
        OverlapKind::Firearm => msg_id!("tables-overlap-firearm"),
        OverlapKind::Purchaser => msg_id!("tables-overlap-purchaser"),
        OverlapKind::Store => msg_id!("tables-overlap-store"),
    };
    text(lang, id, &[])
}

/// How sure the match is, in `lang` (`exact`, `probable` in English).
fn strength_label(strength: MatchStrength, lang: Lang) -> String {
    let id = match strength {
        MatchStrength::Exact => msg_id!("tables-match-exact"),
        MatchStrength::Probable => msg_id!("tables-match-probable"),
    };
    text(lang, id, &[])
}

fn write_text(
    out: &mut dyn Write,
    dataset: &Dataset,
    overlaps: &[Overlap],
    lang: Lang,
) -> std::io::Result<()> {
    let counts = summary(overlaps);
    for kind in OverlapKind::ALL {
        let [exact, probable] = counts[kind as usize];
        let line = t!(
            lang,
            "cli-overlaps-count",
            kind = kind_label(kind, lang),
            exact = exact.to_string(),
            probable = probable.to_string()
        );
        writeln!(out, "{line}")?;
    }
    for overlap in overlaps {
        let heading = t!(
            lang,
            "cli-overlap-heading",
            kind = kind_label(overlap.kind, lang),
            strength = strength_label(overlap.strength, lang),
            score = format!("{:.2}", overlap.score),
            agencies = overlap.agencies.join(", ")
        );
        writeln!(out, "{heading}")?;
        for record in &overlap.records {
            let source = dataset.traces.source(record.row as usize);
            let place = dataset
                .sources
                .get(usize::from(source.file))
                .map_or_else(String::new, |s| s.place_in(source.line, lang));
            writeln!(out, "  {} {} ({place})", record.agency, record.id)?;
        }
    }
    Ok(())
}
