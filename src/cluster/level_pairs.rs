//! Store→site pairs grouped into cluster→cluster pairs at one level, so
//! counting a filter at that level is one pass over the traces with no
//! hashing.

use rustc_hash::FxHashMap;

use super::tree::ClusterLevel;
use crate::aggregate::{ClassCounts, FlowIndex};
use crate::model::WeaponClass;

/// Cells of a dense origin × destination table before a hash map is used
/// instead (fine levels have thousands of clusters on each side).
const DENSE_LIMIT: usize = 1 << 22;

#[derive(Clone, Debug, Default)]
pub struct LevelPairs {
    /// Cluster pair of each store→site pair of the [`FlowIndex`].
    pub pair_to_node_pair: Vec<u32>,
    /// (origin node, destination node) of each cluster pair.
    pub node_pairs: Vec<(u32, u32)>,
    /// Cluster pair of each trace, read in order by filters that look at
    /// every trace (dates, make/model): sequential, so fast.
    pub node_pair_of_trace: Vec<u32>,
    /// Traces per cluster pair and class in all loaded data: a class filter
    /// sums these instead of visiting traces.
    pub class_counts: Vec<ClassCounts>,
}

impl LevelPairs {
    pub fn build(index: &FlowIndex, level: &ClusterLevel) -> LevelPairs {
        let mut result = Self::pairs_only(index, level);
        result.node_pair_of_trace = index
            .pair_of_trace
            .iter()
            .map(|&pair| result.pair_to_node_pair[pair as usize])
            .collect();
        result.class_counts = vec![[0; WeaponClass::COUNT]; result.node_pairs.len()];
        for (&node_pair, class) in result.node_pair_of_trace.iter().zip(&index.trace_class) {
            result.class_counts[node_pair as usize][class.index()] += 1;
        }
        result
    }

    fn pairs_only(index: &FlowIndex, level: &ClusterLevel) -> LevelPairs {
        let mut result = LevelPairs {
            pair_to_node_pair: Vec::with_capacity(index.pairs.len()),
            ..Default::default()
        };
        let nodes = level.clusters.len();
        if nodes * nodes <= DENSE_LIMIT {
            let mut table = vec![u32::MAX; nodes * nodes];
            for &(store, site) in &index.pairs {
                let (o, d) = (level.store_node(store), level.site_node(site));
                let cell = &mut table[o as usize * nodes + d as usize];
                if *cell == u32::MAX {
                    *cell = result.node_pairs.len() as u32;
                    result.node_pairs.push((o, d));
                }
                result.pair_to_node_pair.push(*cell);
            }
        } else {
            let mut ids: FxHashMap<(u32, u32), u32> =
                FxHashMap::with_capacity_and_hasher(index.pairs.len(), Default::default());
            for &(store, site) in &index.pairs {
                let key = (level.store_node(store), level.site_node(site));
                let next = result.node_pairs.len() as u32;
                let id = *ids.entry(key).or_insert_with(|| {
                    result.node_pairs.push(key);
                    next
                });
                result.pair_to_node_pair.push(id);
            }
        }
        result
    }
}
