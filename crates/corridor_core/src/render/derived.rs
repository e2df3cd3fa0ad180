//! What is built from a dataset once per load.

use std::sync::Arc;

use crate::aggregate::FlowIndex;
use crate::cluster::level_pairs::PREBUILT_LEVELS;
use crate::cluster::{ClusterTree, LevelPairs};
use crate::model::Dataset;

/// The data a view is counted from, with what is built from it once per
/// load — on the loading thread in the app, so a big load does not stall
/// the window when it lands. Shared (cheap to clone) so a count can run on
/// another thread.
#[derive(Clone, Debug, Default)]
pub struct ViewData {
    /// The traces, stores and sites.
    pub dataset: Arc<Dataset>,
    /// Each trace's store→site pair.
    pub index: Arc<FlowIndex>,
    /// Clusters for every zoom, built from all loaded data.
    pub tree: Arc<ClusterTree>,
    /// Pair tables of the coarser cluster levels, by zoom (see
    /// [`PREBUILT_LEVELS`]).
    pub zoom_pairs: Vec<Arc<LevelPairs>>,
}

impl ViewData {
    /// Builds the flow index, the cluster tree and the prebuilt pair tables.
    pub fn build(dataset: Dataset) -> ViewData {
        let index = FlowIndex::build(&dataset);
        let tree = ClusterTree::build(&dataset);
        let prebuilt = tree.levels.len().min(PREBUILT_LEVELS);
        ViewData {
            zoom_pairs: LevelPairs::for_levels(&index, &tree.levels[..prebuilt])
                .into_iter()
                .map(Arc::new)
                .collect(),
            dataset: Arc::new(dataset),
            index: Arc::new(index),
            tree: Arc::new(tree),
        }
    }
}
