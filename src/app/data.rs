//! The loaded data and what is derived from it once per load.

use std::sync::Arc;

use corridor_core::import::report::ImportReport;
use corridor_core::model::Dataset;
use corridor_core::render::ViewData;
use corridor_core::search::SearchIndex;

/// The data on screen, with everything built from it once per load.
pub struct LoadedData {
    /// The traces and the tables the map counts from, shared with exports
    /// and workers (a load that adds to it works on its own copy).
    pub view_data: ViewData,
    /// Dealers, towns, trace ids and serials, for the search box.
    pub search: Arc<SearchIndex>,
    /// How the import went.
    pub report: ImportReport,
    /// Shown in the status bar, e.g. "Demo data (synthetic)".
    pub label: String,
    /// Changes with every load, so cached views know to count again.
    pub version: u64,
}

impl LoadedData {
    /// Builds what the views need from `dataset` (on the calling thread).
    pub fn new(dataset: Dataset, report: ImportReport, label: String, version: u64) -> Self {
        let search = build_search(&dataset);
        Self {
            view_data: ViewData::build(dataset),
            search: Arc::new(search),
            report,
            label,
            version,
        }
    }

    /// The traces, stores and sites.
    pub fn dataset(&self) -> &Arc<Dataset> {
        &self.view_data.dataset
    }

    /// Nothing loaded.
    pub fn empty() -> Self {
        Self::new(
            Dataset::default(),
            ImportReport::default(),
            "No data".to_owned(),
            0,
        )
    }
}

/// The search index of a dataset, with the gazetteer's towns.
pub fn build_search(dataset: &Dataset) -> SearchIndex {
    SearchIndex::build(
        dataset,
        corridor_core::basemap::shared().map(|b| &b.gazetteer),
    )
}
