//! What the counting commands do first: read the filter and import flags,
//! load the paths, and refuse to go on without traces.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::filter_flags::FilterFlags;
use super::import_flags::ImportFlags;
use corridor_core::aggregate::TraceFilter;
use corridor_core::config;
use corridor_core::import::{ImportControl, ImportOutcome, import_paths};

/// The loaded data and the filter, or the exit status to stop with (2: bad
/// flags, 1: nothing could be loaded) after saying why on `out`.
pub fn load_filtered(
    paths: &[PathBuf],
    filter: &FilterFlags,
    import: &ImportFlags,
    rules: Option<&Path>,
    out: &mut dyn Write,
) -> anyhow::Result<Result<(ImportOutcome, TraceFilter), i32>> {
    let (filter, options) = match (filter.filter(), import.options()) {
        (Ok(filter), Ok(options)) => (filter, options),
        (Err(reason), _) | (_, Err(reason)) => {
            writeln!(out, "error: {reason}")?;
            return Ok(Err(2));
        }
    };
    let classifier = config::load_classifier(&config::UserFolders::from_environment(), rules)?;
    let outcome = import_paths(paths, classifier, &options, &ImportControl::default())?;
    if outcome.dataset.traces.is_empty() {
        writeln!(
            out,
            "error: no traces could be loaded ({})",
            outcome.report.summary_line()
        )?;
        return Ok(Err(1));
    }
    Ok(Ok((outcome, filter)))
}
