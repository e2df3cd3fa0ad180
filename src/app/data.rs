//! The loaded data and what is derived from it once per load.

use std::sync::Arc;

use crate::aggregate::FlowIndex;
use crate::cluster::ClusterTree;
use crate::import::report::ImportReport;
use crate::model::Dataset;

pub struct LoadedData {
    /// Shared with a load that adds to it, which works on its own copy.
    pub dataset: Arc<Dataset>,
    pub index: Arc<FlowIndex>,
    /// Clusters for every zoom, built from all loaded data.
    pub tree: Arc<ClusterTree>,
    pub report: ImportReport,
    /// Shown in the status bar, e.g. "Demo data (synthetic)".
    pub label: String,
    /// Changes with every load, so cached views know to rebuild.
    pub version: u64,
}

impl LoadedData {
    pub fn new(dataset: Dataset, report: ImportReport, label: String, version: u64) -> Self {
        let index = FlowIndex::build(&dataset);
        let tree = ClusterTree::build(&dataset);
        Self::from_parts(dataset, index, tree, report, label, version)
    }

    /// With the index and clusters already built (on the loading thread).
    pub fn from_parts(
        dataset: Dataset,
        index: FlowIndex,
        tree: ClusterTree,
        report: ImportReport,
        label: String,
        version: u64,
    ) -> Self {
        Self {
            dataset: Arc::new(dataset),
            index: Arc::new(index),
            tree: Arc::new(tree),
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
