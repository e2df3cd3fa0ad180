//! The cached result of clustering, filtering and scene building, rebuilt
//! only when the data, the filter, the style or the zoom level change,
//! never every frame.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::data::LoadedData;
use crate::aggregate::areas::{AreaIndex, AreaLevel};
use crate::aggregate::{FlowDensity, FlowSummary, TraceFilter, aggregate_at, apply_density};
use crate::cluster::{ClusterLevel, ClusterTree, LevelPairs};
use crate::scene::build::ScaleMax;
use crate::scene::{Scene, SceneStyle, build_scene};

/// What the map's nodes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Grouping {
    /// Clusters that follow the zoom (flowmap.gl style).
    #[default]
    Clusters,
    /// Administrative areas: states, or towns and municipalities.
    Areas(AreaLevel),
    /// Every store and site on its own.
    Locations,
}

/// Which level the view is at: a cluster zoom, or a fixed grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LevelKey {
    Zoom(usize),
    Areas(AreaLevel),
    Locations,
}

/// Levels whose pair tables are kept at once.
const CACHED_LEVELS: usize = 3;

#[derive(Clone, Debug)]
struct Key {
    data_version: u64,
    level: LevelKey,
    filter: TraceFilter,
    density: FlowDensity,
    style: SceneStyle,
    lock_scales: bool,
}

/// Levels and their pair tables for one dataset, built as they are needed.
#[derive(Default)]
struct Levels {
    data_version: u64,
    tree: Option<std::sync::Arc<ClusterTree>>,
    areas: HashMap<AreaLevel, ClusterLevel>,
    unclustered: Option<ClusterLevel>,
    pairs: HashMap<LevelKey, LevelPairs>,
    /// Keys of `pairs`, oldest first.
    pair_order: Vec<LevelKey>,
    /// Scale of the unfiltered data per level, for locked scales.
    full_scale: HashMap<LevelKey, ScaleMax>,
}

impl Levels {
    fn level(&self, key: LevelKey) -> Option<&ClusterLevel> {
        match key {
            LevelKey::Zoom(i) => self.tree.as_ref()?.levels.get(i),
            LevelKey::Areas(area) => self.areas.get(&area),
            LevelKey::Locations => self.unclustered.as_ref(),
        }
    }
}

#[derive(Default)]
pub struct ViewModel {
    key: Option<Key>,
    levels: Levels,
    pub summary: FlowSummary,
    pub scene: Scene,
    /// How many times it was rebuilt, for tests of the caching.
    pub rebuilds: u64,
}

impl ViewModel {
    /// The level key a grouping shows at a map zoom.
    pub fn level_key(&mut self, data: &LoadedData, grouping: Grouping, zoom: f64) -> LevelKey {
        match grouping {
            Grouping::Clusters => {
                self.ensure_data(data);
                let tree = self.levels.tree.get_or_insert_with(|| data.tree.clone());
                LevelKey::Zoom(tree.level_index_for_zoom(zoom))
            }
            Grouping::Areas(level) => LevelKey::Areas(level),
            Grouping::Locations => LevelKey::Locations,
        }
    }

    /// The level the view was last built at.
    pub fn level(&self) -> Option<&ClusterLevel> {
        let key = self.key.as_ref()?.level;
        self.levels.level(key)
    }

    fn ensure_data(&mut self, data: &LoadedData) {
        if self.levels.data_version != data.version {
            self.levels = Levels {
                data_version: data.version,
                ..Default::default()
            };
        }
    }

    fn ensure_level(&mut self, data: &LoadedData, key: LevelKey) {
        self.ensure_data(data);
        let levels = &mut self.levels;
        match key {
            LevelKey::Zoom(_) => {
                levels.tree.get_or_insert_with(|| data.tree.clone());
            }
            LevelKey::Areas(area) => {
                levels.areas.entry(area).or_insert_with(|| {
                    AreaIndex::build(&data.dataset, crate::basemap::shared(), area)
                        .to_level(&data.dataset)
                });
            }
            LevelKey::Locations => {
                levels
                    .unclustered
                    .get_or_insert_with(|| ClusterLevel::unclustered(&data.dataset));
            }
        }
        if !self.levels.pairs.contains_key(&key)
            && let Some(level) = self.levels.level(key)
        {
            let pairs = LevelPairs::build(&data.index, level);
            // Each level's table costs 4 bytes a trace: keep the few most
            // recently built (zooming in and out revisits them).
            if self.levels.pairs.len() >= CACHED_LEVELS
                && let Some(oldest) = self.levels.pair_order.first().copied()
            {
                self.levels.pairs.remove(&oldest);
                self.levels.pair_order.remove(0);
            }
            self.levels.pairs.insert(key, pairs);
            self.levels.pair_order.push(key);
        }
    }

    /// Rebuilds when anything it depends on changed; returns whether it did.
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        level: LevelKey,
        filter: &TraceFilter,
        density: &FlowDensity,
        style: &SceneStyle,
        lock_scales: bool,
    ) -> bool {
        let unchanged = self.key.as_ref().is_some_and(|k| {
            k.data_version == data.version
                && k.level == level
                && k.filter == *filter
                && k.density == *density
                && k.style == *style
                && k.lock_scales == lock_scales
        });
        if unchanged {
            return false;
        }
        self.ensure_level(data, level);
        let (Some(nodes), Some(pairs)) = (self.levels.level(level), self.levels.pairs.get(&level))
        else {
            return false;
        };
        let mut summary = aggregate_at(&data.dataset, &data.index, nodes, pairs, filter);
        apply_density(&mut summary, density);
        let locked = if lock_scales {
            let full = match self.levels.full_scale.get(&level) {
                Some(scale) => *scale,
                None => {
                    let mut all = aggregate_at(
                        &data.dataset,
                        &data.index,
                        nodes,
                        pairs,
                        &TraceFilter::default(),
                    );
                    apply_density(&mut all, density);
                    ScaleMax::of(&all)
                }
            };
            Some(full)
        } else {
            None
        };
        self.scene = build_scene(nodes, &summary, style, locked);
        if let Some(full) = locked {
            self.levels.full_scale.insert(level, full);
        }
        self.summary = summary;
        self.key = Some(Key {
            data_version: data.version,
            level,
            filter: filter.clone(),
            density: density.clone(),
            style: style.clone(),
            lock_scales,
        });
        self.rebuilds += 1;
        true
    }
}
