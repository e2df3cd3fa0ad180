//! What is built from a dataset once per load.

use std::sync::Arc;

use crate::aggregate::FlowIndex;
use crate::cluster::level_pairs::PREBUILT_LEVELS;
use crate::cluster::{ClusterTree, LevelPairs};
use crate::model::Dataset;

/// What is built from a dataset once per load — on the loading thread in
/// the app, so a big load does not stall the window when it lands.
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
        Derived {
            zoom_pairs: prebuilt_pairs(&index, &tree),
            index,
            tree,
            search: crate::search::SearchIndex::build(
                dataset,
                crate::basemap::shared().map(|b| &b.gazetteer),
            ),
        }
    }
}

/// The pair tables of the coarser cluster levels (see [`PREBUILT_LEVELS`]).
fn prebuilt_pairs(index: &FlowIndex, tree: &ClusterTree) -> Vec<LevelPairs> {
    let prebuilt = tree.levels.len().min(PREBUILT_LEVELS);
    LevelPairs::for_levels(index, &tree.levels[..prebuilt])
}

/// The data a view is counted from, shared (cheap to clone) so a count can
/// run on another thread.
#[derive(Clone)]
pub struct ViewData {
    pub dataset: Arc<Dataset>,
    pub index: Arc<FlowIndex>,
    pub tree: Arc<ClusterTree>,
    /// Pair tables of the coarser cluster levels, by zoom.
    pub zoom_pairs: Vec<Arc<LevelPairs>>,
}

impl ViewData {
    /// Everything but the search index, for exports without a window.
    pub fn build(dataset: Dataset) -> ViewData {
        let index = FlowIndex::build(&dataset);
        let tree = ClusterTree::build(&dataset);
        ViewData {
            zoom_pairs: prebuilt_pairs(&index, &tree)
                .into_iter()
                .map(Arc::new)
                .collect(),
            dataset: Arc::new(dataset),
            index: Arc::new(index),
            tree: Arc::new(tree),
        }
    }
}
