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

/// Cluster levels whose tables are built with the data (zooms 0 to 10):
/// a view at any of them, on the first visit too, only counts. About 72 MB
/// for a million traces (4 bytes a trace and level, plus the node pairs);
/// finer levels are built when first shown.
pub const PREBUILT_LEVELS: usize = 11;

/// The flows of one cluster level as a table: the origin→destination node
/// pairs that traces use, the node pair of each trace, and the trace count
/// per pair and weapon class.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LevelPairs {
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
    /// Builds the table by mapping each store→site pair of `index` to the nodes
    /// of `level`. Node pairs are numbered from 0 in order of first appearance
    /// among those store→site pairs.
    pub fn build(index: &FlowIndex, level: &ClusterLevel) -> LevelPairs {
        let (node_pairs, pair_to_node_pair) = node_pairs_of(index, level);
        let node_pair_of_trace = index
            .pair_of_trace
            .iter()
            .map(|&pair| pair_to_node_pair[pair as usize])
            .collect();
        Self::with_class_counts(index, node_pairs, node_pair_of_trace)
    }

    /// The table of a coarser level made from a finer level's, whose
    /// clusters it merges (the levels of one [`super::ClusterTree`] nest):
    /// a pass over the traces through a table of the finer node pairs,
    /// which fits in the cache, instead of one through every store→site
    /// pair. `None` when the levels do not nest. Equal to
    /// [`LevelPairs::build`], node pair numbers included.
    pub fn derive(
        finer: &LevelPairs,
        finer_level: &ClusterLevel,
        level: &ClusterLevel,
    ) -> Option<LevelPairs> {
        let parent = parents(finer_level, level)?;
        let mut node_pairs = Vec::new();
        let mut coarse_of_fine = Vec::with_capacity(finer.node_pairs.len());
        let mut ids: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        // Finer pairs are numbered by first appearance among the store→site
        // pairs, so numbering the coarse ones as they first appear here
        // gives the numbers `build` gives.
        for &(origin, dest) in &finer.node_pairs {
            let key = (parent[origin as usize], parent[dest as usize]);
            let next = node_pairs.len() as u32;
            let id = *ids.entry(key).or_insert_with(|| {
                node_pairs.push(key);
                next
            });
            coarse_of_fine.push(id);
        }
        let node_pair_of_trace = finer
            .node_pair_of_trace
            .iter()
            .map(|&fine| coarse_of_fine[fine as usize])
            .collect();
        let mut class_counts = vec![[0; WeaponClass::COUNT]; node_pairs.len()];
        for (&coarse, fine_counts) in coarse_of_fine.iter().zip(&finer.class_counts) {
            for (total, n) in class_counts[coarse as usize].iter_mut().zip(fine_counts) {
                *total += n;
            }
        }
        Some(LevelPairs {
            node_pairs,
            node_pair_of_trace,
            class_counts,
        })
    }

    /// Tables for `levels` (the coarsest first, each nesting in the
    /// next): the finest built, every coarser one derived from the one
    /// finer than it.
    pub fn for_levels(index: &FlowIndex, levels: &[ClusterLevel]) -> Vec<LevelPairs> {
        let Some((finest, coarser)) = levels.split_last() else {
            return Vec::new();
        };
        let mut finer = LevelPairs::build(index, finest);
        let mut finer_level = finest;
        let mut tables = Vec::with_capacity(levels.len());
        for level in coarser.iter().rev() {
            let table = LevelPairs::derive(&finer, finer_level, level)
                .unwrap_or_else(|| LevelPairs::build(index, level));
            tables.push(std::mem::replace(&mut finer, table));
            finer_level = level;
        }
        tables.push(finer);
        tables.reverse();
        tables
    }

    fn with_class_counts(
        index: &FlowIndex,
        node_pairs: Vec<(u32, u32)>,
        node_pair_of_trace: Vec<u32>,
    ) -> LevelPairs {
        let mut class_counts = vec![[0; WeaponClass::COUNT]; node_pairs.len()];
        let weights = index.trace_count.all();
        for (row, (&node_pair, class)) in node_pair_of_trace
            .iter()
            .zip(&index.trace_class)
            .enumerate()
        {
            class_counts[node_pair as usize][class.index()] += weights.at(row);
        }
        LevelPairs {
            node_pairs,
            node_pair_of_trace,
            class_counts,
        }
    }

    /// Heap bytes, for the memory figures.
    pub fn heap_bytes(&self) -> usize {
        self.node_pairs.capacity() * 8
            + self.node_pair_of_trace.capacity() * 4
            + self.class_counts.capacity() * std::mem::size_of::<ClassCounts>()
    }
}

/// The node of `level` each node of `finer_level` lies in; `None` when a
/// finer node's locations are split between coarser nodes.
fn parents(finer_level: &ClusterLevel, level: &ClusterLevel) -> Option<Vec<u32>> {
    let mut parent = vec![u32::MAX; finer_level.clusters.len()];
    let members = finer_level
        .store_cluster
        .iter()
        .zip(&level.store_cluster)
        .chain(finer_level.site_cluster.iter().zip(&level.site_cluster));
    for (&fine, &coarse) in members {
        let slot = parent.get_mut(fine as usize)?;
        if *slot != u32::MAX && *slot != coarse {
            return None;
        }
        *slot = coarse;
    }
    (finer_level.store_cluster.len() == level.store_cluster.len()
        && finer_level.site_cluster.len() == level.site_cluster.len())
    .then_some(parent)
}

/// Node pairs of a level, numbered by first appearance among the index's
/// store→site pairs, and the node pair of each of those.
fn node_pairs_of(index: &FlowIndex, level: &ClusterLevel) -> (Vec<(u32, u32)>, Vec<u32>) {
    let mut node_pairs = Vec::new();
    let mut pair_to_node_pair = Vec::with_capacity(index.pairs.len());
    let nodes = level.clusters.len();
    if nodes * nodes <= DENSE_LIMIT {
        let mut table = vec![u32::MAX; nodes * nodes];
        for &(store, site) in &index.pairs {
            let (o, d) = (level.store_node(store), level.site_node(site));
            let cell = &mut table[o as usize * nodes + d as usize];
            if *cell == u32::MAX {
                *cell = node_pairs.len() as u32;
                node_pairs.push((o, d));
            }
            pair_to_node_pair.push(*cell);
        }
    } else {
        let mut ids: FxHashMap<(u32, u32), u32> =
            FxHashMap::with_capacity_and_hasher(index.pairs.len(), Default::default());
        for &(store, site) in &index.pairs {
            let key = (level.store_node(store), level.site_node(site));
            let next = node_pairs.len() as u32;
            let id = *ids.entry(key).or_insert_with(|| {
                node_pairs.push(key);
                next
            });
            pair_to_node_pair.push(id);
        }
    }
    (node_pairs, pair_to_node_pair)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::ClusterTree;

    #[test]
    fn derived_tables_equal_built_ones_at_every_zoom() {
        let out = crate::demo::load_demo_for_tests();
        let index = FlowIndex::build(&out);
        let tree = ClusterTree::build(&out);
        let tables = LevelPairs::for_levels(&index, &tree.levels);
        assert_eq!(tables.len(), tree.levels.len());
        for (zoom, (table, level)) in tables.iter().zip(&tree.levels).enumerate() {
            assert_eq!(table, &LevelPairs::build(&index, level), "zoom {zoom}");
        }
        assert!(tables[0].node_pairs.len() < tables[10].node_pairs.len());
    }

    #[test]
    fn levels_that_do_not_nest_are_not_derived() {
        let out = crate::demo::load_demo_for_tests();
        let index = FlowIndex::build(&out);
        let tree = ClusterTree::build(&out);
        let (coarse, fine) = (&tree.levels[3], &tree.levels[9]);
        let coarse_pairs = LevelPairs::build(&index, coarse);
        // A finer level cannot be made from a coarser one.
        assert_eq!(LevelPairs::derive(&coarse_pairs, coarse, fine), None);
    }
}
