//! The loaded data and what is derived from it once per load.

use std::sync::Arc;

use crate::aggregate::FlowIndex;
use crate::import::report::ImportReport;
use crate::model::Dataset;

pub struct LoadedData {
    /// Shared with a load that adds to it, which works on its own copy.
    pub dataset: Arc<Dataset>,
    pub index: FlowIndex,
    /// Dealers, towns, trace ids and serials, for the search box.
    pub search: crate::search::SearchIndex,
    pub report: ImportReport,
    /// Shown in the status bar, e.g. "Demo data (synthetic)".
    pub label: String,
    /// Changes with every load, so cached views know to rebuild.
    pub version: u64,
}

impl LoadedData {
    pub fn new(dataset: Dataset, report: ImportReport, label: String, version: u64) -> Self {
        let index = FlowIndex::build(&dataset);
        let search = crate::search::SearchIndex::build(
            &dataset,
            crate::basemap::shared().map(|b| &b.gazetteer),
        );
        Self {
            dataset: Arc::new(dataset),
            index,
            search,
            report,
            label,
            version,
        }
    }

    pub fn empty() -> Self {
        Self::new(
            Dataset::default(),
            ImportReport::default(),
            "No data".to_owned(),
            0,
        )
    }
}
