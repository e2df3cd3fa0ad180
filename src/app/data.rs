//! The loaded data and what is derived from it once per load.

use std::sync::Arc;

use crate::aggregate::FlowIndex;
use crate::cluster::level_pairs::PREBUILT_LEVELS;
use crate::cluster::{ClusterTree, LevelPairs};
use crate::import::report::ImportReport;
use crate::model::Dataset;

pub struct LoadedData {
    /// Shared with a load that adds to it, which works on its own copy.
    pub dataset: Arc<Dataset>,
    pub index: Arc<FlowIndex>,
    /// Clusters for every zoom, built from all loaded data.
    pub tree: Arc<ClusterTree>,
    /// Pair tables of the coarser cluster levels, by zoom (see
    /// [`PREBUILT_LEVELS`]).
    pub zoom_pairs: Vec<Arc<LevelPairs>>,
    /// Dealers, towns, trace ids and serials, for the search box.
    pub search: crate::search::SearchIndex,
    pub report: ImportReport,
    /// Shown in the status bar, e.g. "Demo data (synthetic)".
    pub label: String,
    /// Changes with every load, so cached views know to rebuild.
    pub version: u64,
}

/// What is built from a dataset once per load — on the loading thread, so
/// a big load does not stall the window when it lands.
pub struct Derived {
    pub index: FlowIndex,
    pub tree: ClusterTree,
    pub zoom_pairs: Vec<LevelPairs>,
    pub search: crate::search::SearchIndex,
}

impl Derived {
    pub fn build(dataset: &Dataset) -> Derived {
        let index = FlowIndex::build(dataset);
        let tree = ClusterTree::build(dataset);
        let prebuilt = tree.levels.len().min(PREBUILT_LEVELS);
        Derived {
            zoom_pairs: LevelPairs::for_levels(&index, &tree.levels[..prebuilt]),
            index,
            tree,
            search: crate::search::SearchIndex::build(
                dataset,
                crate::basemap::shared().map(|b| &b.gazetteer),
            ),
        }
    }
}

impl LoadedData {
    pub fn new(dataset: Dataset, report: ImportReport, label: String, version: u64) -> Self {
        let derived = Derived::build(&dataset);
        Self::from_parts(dataset, derived, report, label, version)
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
