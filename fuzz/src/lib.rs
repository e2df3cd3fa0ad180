//! What the fuzz targets share: the shipped classifier (parsed once), an
//! import of in-memory files through the core's public entry point, and
//! checks that what an import built holds together.

use std::sync::OnceLock;

use corridor_core::classify::{CachedClassifier, Classifier};
use corridor_core::import::builder::DatasetBuilder;
use corridor_core::import::values::DateOrder;
use corridor_core::import::{DataSource, ImportControl, ImportOptions, ImportOutcome, import_into};

/// Byte that separates the files of one fuzz input (linked tables,
/// flowmap.blue's two files). 0xFF never appears in UTF-8 text, so the
/// seeds split cleanly; the single-file targets still see it inside files.
pub const FILE_SEPARATOR: u8 = 0xFF;

/// The shipped weapon rules, parsed once per process.
pub fn classifier() -> CachedClassifier {
    static SHIPPED: OnceLock<Classifier> = OnceLock::new();
    let shipped = SHIPPED.get_or_init(|| Classifier::shipped().expect("the shipped rules parse"));
    CachedClassifier::new(shipped.clone())
}

/// Lets panics raised inside the crate whose source folder starts with
/// `crate_dir` (`calamine-`, `parquet-`) through: Corridor catches them and
/// makes them the file's error, but libFuzzer's hook would abort on them
/// all the same. Panics anywhere else still abort: they are the findings.
pub fn allow_panics_inside(crate_dir: &'static str) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let inside = info
                .location()
                .is_some_and(|l| l.file().contains(&format!("/{crate_dir}")));
            if !inside {
                fuzzer_hook(info);
            }
        }));
    });
}

/// Splits a fuzz input into at most `n` files on [`FILE_SEPARATOR`] (the
/// last file keeps any further separators).
pub fn split_files(data: &[u8], n: usize) -> Vec<&[u8]> {
    data.splitn(n, |&b| b == FILE_SEPARATOR).collect()
}

/// The date order of an import, chosen by a byte: decided per file (as
/// the app does by default), month-first or day-first.
pub fn date_order(selector: u8) -> Option<DateOrder> {
    match selector % 3 {
        0 => None,
        1 => Some(DateOrder::MonthFirst),
        _ => Some(DateOrder::DayFirst),
    }
}

/// Imports named in-memory files into a new dataset, as the app does with
/// dropped files, then checks what was built.
pub fn import(files: &[(&str, &[u8])], order: Option<DateOrder>) -> ImportOutcome {
    let sources: Vec<DataSource> = files
        .iter()
        .map(|(name, bytes)| DataSource::Bytes {
            name: (*name).to_owned(),
            bytes: bytes.to_vec(),
        })
        .collect();
    let options = ImportOptions {
        date_order: order,
        ..ImportOptions::default()
    };
    let outcome = import_into(
        DatasetBuilder::new(classifier()),
        &sources,
        &options,
        &ImportControl::default(),
    )
    .expect("an import that nobody cancels finishes");
    check(&outcome);
    outcome
}

/// What every import must give, whatever the input: every trace points at
/// a store, a site, a weapon and a source file that exist, and the report
/// names only files it was given.
fn check(outcome: &ImportOutcome) {
    let d = &outcome.dataset;
    let traces = &d.traces;
    let n = traces.len();
    for column in [
        traces.weapon.len(),
        traces.class.len(),
        traces.purchase_date.len(),
        traces.recovery_date.len(),
        traces.store.len(),
        traces.site.len(),
        traces.source_file.len(),
        traces.source_line.len(),
    ] {
        assert_eq!(column, n, "trace columns of different lengths");
    }
    for row in 0..n {
        let _ = d.store_label(traces.store[row]);
        let _ = d.site_label(traces.site[row]);
        let _ = d.weapon_of(row);
        let _ = traces.time_to_crime_days(row);
        let source = traces.source(row);
        assert!(
            (source.file as usize) < d.sources.len(),
            "a trace names a source file that was not loaded"
        );
    }
    let _ = d.class_counts();
    for issue in &outcome.report.issues {
        assert!(
            outcome.report.files.iter().any(|f| f.file == issue.file),
            "an issue names a file the report does not list: {issue:?}"
        );
    }
}
