//! The loaded data and what is derived from it once per load.

use std::sync::Arc;

use crate::aggregate::FlowIndex;
use crate::cluster::{ClusterTree, LevelPairs};
use crate::import::report::ImportReport;
use crate::model::Dataset;
pub use crate::render::Derived;
use crate::render::ViewData;

pub struct LoadedData {
    /// Shared with a load that adds to it, which works on its own copy.
    pub dataset: Arc<Dataset>,
    pub index: Arc<FlowIndex>,
    /// Clusters for every zoom, built from all loaded data.
    pub tree: Arc<ClusterTree>,
    /// Pair tables of the coarser cluster levels, by zoom (see
    /// [`crate::cluster::level_pairs::PREBUILT_LEVELS`]).
    pub zoom_pairs: Vec<Arc<LevelPairs>>,
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
        let derived = Derived::build(&dataset);
        Self::from_parts(dataset, derived, report, label, version)
    }

    /// The data the map counts from, shared with exports and workers.
    pub fn view_data(&self) -> ViewData {
        ViewData {
            dataset: self.dataset.clone(),
            index: self.index.clone(),
            tree: self.tree.clone(),
            zoom_pairs: self.zoom_pairs.clone(),
        }
    }

    /// With what is derived from the data already built.
    pub fn from_parts(
        dataset: Dataset,
        derived: Derived,
        report: ImportReport,
        label: String,
        version: u64,
    ) -> Self {
        Self {
            dataset: Arc::new(dataset),
            index: Arc::new(derived.index),
            tree: Arc::new(derived.tree),
            zoom_pairs: derived.zoom_pairs.into_iter().map(Arc::new).collect(),
            search: derived.search,
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
