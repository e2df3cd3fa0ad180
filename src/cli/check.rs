//! `corridor check PATH...`: the import report without a window.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value, json};

use super::console::Console;
use super::failure::Failure;
use super::filtered_load::nothing_loaded;
use super::import_flags::ImportFlags;
use super::lang_flag::LangFlag;
use super::output_flags::OutputFlags;
use corridor_core::config;
use corridor_core::i18n::Lang;
use corridor_core::import::{ImportControl, ImportOutcome, import_paths};
use corridor_core::investigate::indicators::SHORT_TTC_MONTHS;
use corridor_core::investigate::{Indicator, indicator_counts};
use corridor_core::model::{Precision, WeaponClass};
use corridor_core::{msg_id, phrase, t};

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to load.
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

/// Prints the report. Fails with a usage error (2) for a bad flag, a data
/// error (1) for a bad rules file or when nothing could be loaded; then the
/// report is still printed (under `--json`, beside the error).
pub fn run(
    args: &CheckArgs,
    rules: Option<&std::path::Path>,
    console: &mut Console<'_>,
) -> Result<(), Failure> {
    let options = args.import.options().map_err(Failure::usage)?;
    let classifier = config::load_classifier(&config::UserFolders::from_environment(), rules)?;
    let outcome = import_paths(&args.paths, classifier, &options, &ImportControl::default())?;
    let summary = summary_json(&outcome);
    let lang = console.lang();
    if outcome.dataset.is_empty() {
        console.text(|out| write_text(&outcome, lang, out))?;
        return Err(
            nothing_loaded(phrase!("cli-check-nothing-loaded"), &outcome.report)
                .with_partial(summary),
        );
    }
    console.result(&summary, |out| write_text(&outcome, lang, out))
}

pub fn summary_json(outcome: &ImportOutcome) -> Value {
    let dataset = &outcome.dataset;
    let report = &outcome.report;
    let counts = dataset.class_counts();
    let by_class: Map<String, Value> = WeaponClass::ALL
        .into_iter()
        .map(|c| (c.id().to_owned(), json!(counts[c.index()])))
        .collect();
    json!({
        // Firearms (a counted row counts its count); `records` are rows.
        "traces": dataset.traces.firearms(),
        "records": dataset.traces.len(),
        "stores": dataset.stores.len(),
        "recovery_sites": dataset.sites.len(),
        "rejected": report.rejected,
        "warnings": report.warnings,
        "errors": report.errors,
        "by_class": by_class,
        "synthetic": dataset.is_synthetic(),
        "precision": precision_counts(dataset),
        "indicators": indicators_json(dataset),
        "memory": {
            "dataset_heap_bytes": dataset.heap_bytes(),
            "bytes_per_trace": if dataset.traces.is_empty() {
                0.0
            } else {
                dataset.heap_bytes() as f64 / dataset.traces.len() as f64
            },
        },
        "files": report.files.iter().map(|f| {
            let source = dataset.sources.iter().find(|s| s.name == f.file);
            json!({
                "file": f.file,
                "kind": f.kind,
                "encoding": f.encoding,
                "delimiter": f.delimiter,
                "rows": f.rows,
                "traces": f.traces,
                "records": f.records,
                "stores": f.stores,
                "recovery_sites": f.recovery_sites,
                "rejected": f.rejected,
                "warnings": f.warnings,
                "sha256": source.map(|s| s.sha256.clone()),
                "sheet": source.and_then(|s| s.sheet.clone()),
            })
        }).collect::<Vec<_>>(),
        "issues": report.issues,
        "unlisted_issues": report.unlisted,
        "more_like": report.more_like,
    })
}

/// Traces flagged by each trafficking indicator (a short time-to-crime is
/// under three years): `{"short_ttc": n, "multiple_sale": m, ...}`.
fn indicators_json(dataset: &corridor_core::model::Dataset) -> Value {
    let counts = indicator_counts(dataset, SHORT_TTC_MONTHS);
    Value::Object(
        Indicator::ALL
            .into_iter()
            .map(|i| (i.id().to_owned(), json!(counts[i as usize])))
            .collect(),
    )
}

/// Locations by how they were placed: `{"exact": n, "city": m}`.
fn precision_counts(dataset: &corridor_core::model::Dataset) -> Value {
    let mut counts = Map::new();
    for precision in Precision::ALL {
        let n = dataset
            .stores
            .iter()
            .filter(|s| s.precision == precision)
            .count()
            + dataset
                .sites
                .iter()
                .filter(|s| s.precision == precision)
                .count();
        counts.insert(precision.id().to_owned(), json!(n));
    }
    Value::Object(counts)
}

fn write_text(outcome: &ImportOutcome, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    let dataset = &outcome.dataset;
    let report = &outcome.report;
    for issue in &report.issues {
        writeln!(out, "{}", issue.line_in(lang))?;
    }
    for line in report.more_like_lines_in(lang) {
        writeln!(out, "{line}")?;
    }
    let beyond_kinds: u64 = report.more_like.iter().map(|m| m.count).sum();
    if report.unlisted > beyond_kinds {
        // Digits as they were always written, not grouped.
        let count = (report.unlisted - beyond_kinds).to_string();
        writeln!(out, "{}", t!(lang, "cli-check-unlisted", count = count))?;
    }
    if !report.issues.is_empty() {
        writeln!(out)?;
    }
    writeln!(out, "{}", t!(lang, "cli-check-files"))?;
    for file in &report.files {
        let mut what = vec![file.kind_in(lang)];
        if !file.encoding.is_empty() {
            what.push(file.encoding_in(lang));
        }
        if let Some(delimiter) = file.delimiter.as_deref() {
            what.push(separated(delimiter, lang));
        }
        writeln!(
            out,
            "  {}",
            t!(
                lang,
                "cli-check-file",
                file = &file.file,
                what = what.join(", "),
                rows = file.rows.to_string(),
                rejected = file.rejected.to_string(),
                warnings = file.warnings.to_string()
            )
        )?;
    }
    // Only the embedded demo is demo data; `corridor generate` output is
    // synthetic data of the user's own.
    let synthetic = if corridor_core::demo::is_demo_data(dataset) {
        format!(" ({})", t!(lang, "cli-check-synthetic-demo"))
    } else if dataset.is_synthetic() {
        format!(" ({})", t!(lang, "cli-check-synthetic"))
    } else {
        String::new()
    };
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-check-loaded",
            traces = corridor_core::format::traces_in_rows(
                dataset.traces.firearms(),
                dataset.traces.len() as u64,
                lang,
            ),
            stores = dataset.stores.len().to_string(),
            sites = dataset.sites.len().to_string(),
            synthetic = synthetic
        )
    )?;
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-check-report",
            rejected = report.rejected.to_string(),
            warnings = report.warnings.to_string(),
            errors = report.errors.to_string()
        )
    )?;
    let precision = precision_counts(dataset);
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-check-locations",
            exact = precision["exact"].to_string(),
            city = precision["city"].to_string()
        )
    )?;
    let counts = dataset.class_counts();
    let classes: Vec<String> = WeaponClass::ALL
        .into_iter()
        .map(|c| format!("{} {}", c.id(), counts[c.index()]))
        .collect();
    writeln!(
        out,
        "{}",
        t!(lang, "cli-check-by-class", classes = classes.join(", "))
    )?;
    let flagged = indicator_counts(dataset, SHORT_TTC_MONTHS);
    let indicators: Vec<String> = Indicator::ALL
        .into_iter()
        .map(|i| format!("{} {}", i.id(), flagged[i as usize]))
        .collect();
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-check-indicators",
            indicators = indicators.join(", ")
        )
    )?;
    if dataset.is_empty() {
        writeln!(out, "{}", t!(lang, "cli-check-nothing"))?;
    }
    Ok(())
}

/// "comma-separated" for the report's delimiter name (`comma`,
/// `semicolon`, `tab`, `pipe`, `other`), in `lang`.
fn separated(delimiter: &str, lang: Lang) -> String {
    let id = match delimiter {
        "comma" => msg_id!("cli-check-separated-comma"),
        "semicolon" => msg_id!("cli-check-separated-semicolon"),
        "tab" => msg_id!("cli-check-separated-tab"),
        "pipe" => msg_id!("cli-check-separated-pipe"),
        "other" => msg_id!("cli-check-separated-other"),
        _ => return t!(lang, "cli-check-separated", name = delimiter),
    };
    corridor_core::i18n::text(lang, id, &[])
}
