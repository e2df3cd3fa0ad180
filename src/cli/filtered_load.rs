//! What the counting commands do first: read the filter and import flags,
//! load the paths, and refuse to go on without traces.

use corridor_core::phrase;
use std::path::{Path, PathBuf};

use super::failure::{Failure, Saying};
use super::filter_flags::FilterFlags;
use super::import_flags::ImportFlags;
use corridor_core::aggregate::TraceFilter;
use corridor_core::config;
use corridor_core::i18n::ToPhrase;
use corridor_core::import::report::{ImportReport, Severity};
use corridor_core::import::{
    DataSource, ImportControl, ImportOptions, ImportOutcome, import_into, import_paths,
};

/// The loaded data and the filter. Fails with a usage error for bad flags
/// (checked before anything is read), a data error for a bad rules file or
/// when no trace could be loaded.
pub fn load_filtered(
    paths: &[PathBuf],
    filter: &FilterFlags,
    import: &ImportFlags,
    rules: Option<&Path>,
) -> Result<(ImportOutcome, TraceFilter), Failure> {
    let filter = filter.filter().map_err(Failure::usage)?;
    Ok((load_traces(paths, import, rules)?, filter))
}

/// The loaded data, for the commands without a filter. Fails with a usage
/// error for bad import flags, a data error for a bad rules file or when no
/// trace could be loaded.
pub fn load_traces(
    paths: &[PathBuf],
    import: &ImportFlags,
    rules: Option<&Path>,
) -> Result<ImportOutcome, Failure> {
    let options = import.options().map_err(Failure::usage)?;
    let classifier = config::load_classifier(&config::UserFolders::from_environment(), rules)?;
    let outcome = import_paths(paths, classifier, &options, &ImportControl::default())?;
    if outcome.dataset.traces.is_empty() {
        return Err(nothing_loaded(
            phrase!("cli-no-traces-loaded"),
            &outcome.report,
        ));
    }
    Ok(outcome)
}

/// A project's data (its sources as found, or embedded), loaded with its
/// import choices `options` and the rules; `project` names it in errors.
pub fn load_project_sources(
    sources: &[DataSource],
    options: &ImportOptions,
    rules: Option<&Path>,
    project: &Path,
) -> Result<ImportOutcome, Failure> {
    let classifier = config::load_classifier(&config::UserFolders::from_environment(), rules)?;
    import_into(
        corridor_core::import::builder::DatasetBuilder::new(classifier),
        sources,
        options,
        &ImportControl::default(),
    )
    .map_err(|error| {
        Failure::data(phrase!(
            "cli-project-not-loaded",
            path = project.display().to_string(),
            error = error.phrase()
        ))
        .in_file(project)
    })
}

/// A data error saying `what` with the report's counts, at the first file
/// error (else the first rejected row): most often the reason. Said in the
/// command's language when `what` is a phrase (English text stays English).
pub fn nothing_loaded(what: impl Into<Saying>, report: &ImportReport) -> Failure {
    let failure = match what.into() {
        Saying::English(what) => Failure::data(format!("{what} ({})", report.summary_line())),
        // The counts as `ImportReport::summary_line_in` writes them.
        Saying::Said(what) => Failure::data(phrase!(
            "cli-nothing-loaded",
            what = what,
            summary = phrase!(
                "import-summary",
                rejected = report.rejected,
                warnings = report.warnings,
                errors = report.errors
            )
        )),
    };
    let first = report
        .issues
        .iter()
        .find(|issue| issue.severity == Severity::Error)
        .or_else(|| report.issues.first());
    match first {
        Some(issue) => {
            let failure = failure.in_file(&issue.file);
            match issue.line {
                Some(line) => failure.at_line(line),
                None => failure,
            }
        }
        None => failure,
    }
}
