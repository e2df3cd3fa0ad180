//! The cached result of clustering, filtering and scene building, rebuilt
//! only when the data, the filter, the style or the zoom level change,
//! never every frame. With big data the rebuild runs on a worker thread
//! and the map keeps showing the last result until the new one lands, so
//! dragging the time bar or playing it never stalls the window.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::data::LoadedData;
use crate::aggregate::areas::{AreaIndex, AreaLevel};
use crate::aggregate::{
    FlowDensity, FlowIndex, FlowSummary, TraceFilter, aggregate_at, aggregate_view, apply_density,
};
use crate::cluster::{ClusterLevel, ClusterTree, LevelPairs};
use crate::model::Dataset;
use crate::scene::build::ScaleMax;
use crate::scene::{Scene, SceneStyle, build_scene};

pub use crate::cluster::Grouping;

/// Which level the view is at: a cluster zoom, or a fixed grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LevelKey {
    Zoom(usize),
    Areas(AreaLevel),
    Locations,
}

/// Levels whose pair tables are kept at once.
const CACHED_LEVELS: usize = 3;

/// Traces from which rebuilds run on a worker thread; below it they take
/// well under a millisecond and run in the frame (which also keeps UI
/// tests deterministic).
pub const WORKER_MIN_TRACES: usize = 200_000;

#[derive(Clone, Debug, PartialEq)]
struct Key {
    data_version: u64,
    level: LevelKey,
    filter: TraceFilter,
    density: FlowDensity,
    style: SceneStyle,
    lock_scales: bool,
}

/// A level of nodes, shared with the worker that aggregates at it.
#[derive(Clone)]
enum LevelRef {
    Zoom(Arc<ClusterTree>, usize),
    Owned(Arc<ClusterLevel>),
}

impl LevelRef {
    fn get(&self) -> Option<&ClusterLevel> {
        match self {
            LevelRef::Zoom(tree, i) => tree.levels.get(*i),
            LevelRef::Owned(level) => Some(level),
        }
    }
}

/// Levels and their pair tables for one dataset, built as they are needed.
#[derive(Default)]
struct Levels {
    data_version: u64,
    areas: HashMap<AreaLevel, Arc<ClusterLevel>>,
    unclustered: Option<Arc<ClusterLevel>>,
    pairs: HashMap<LevelKey, Arc<LevelPairs>>,
    /// Keys of `pairs`, oldest first.
    pair_order: Vec<LevelKey>,
    /// Scale of the unfiltered data per level, for locked scales.
    full_scale: HashMap<LevelKey, ScaleMax>,
}

/// Everything one rebuild needs, owned so it can move to a worker.
struct Job {
    key: Key,
    dataset: Arc<Dataset>,
    index: Arc<FlowIndex>,
    tree: Arc<ClusterTree>,
    level: Option<LevelRef>,
    pairs: Option<Arc<LevelPairs>>,
    /// Whether `pairs` came with the data (not to be cached again).
    pairs_prebuilt: bool,
    full_scale: Option<ScaleMax>,
}

/// What a rebuild made, with the level and tables it built on the way.
struct Built {
    key: Key,
    level: LevelRef,
    pairs: Arc<LevelPairs>,
    pairs_prebuilt: bool,
    summary: FlowSummary,
    scene: Scene,
    full_scale: Option<ScaleMax>,
}

impl Job {
    fn run(self) -> Option<Built> {
        let level = match self.level {
            Some(level) => level,
            None => match self.key.level {
                LevelKey::Zoom(i) => LevelRef::Zoom(self.tree.clone(), i),
                LevelKey::Areas(area) => LevelRef::Owned(Arc::new(
                    AreaIndex::build(&self.dataset, crate::basemap::shared(), area)
                        .to_level(&self.dataset),
                )),
                LevelKey::Locations => {
                    LevelRef::Owned(Arc::new(ClusterLevel::unclustered(&self.dataset)))
                }
            },
        };
        let nodes = level.get()?;
        let pairs = match self.pairs {
            Some(pairs) => pairs,
            None => Arc::new(LevelPairs::build(&self.index, nodes)),
        };
        let key = self.key;
        let summary = aggregate_view(
            &self.dataset,
            &self.index,
            nodes,
            &pairs,
            &key.filter,
            &key.density,
        );
        let full_scale = match (key.lock_scales, self.full_scale) {
            (false, _) => None,
            (true, Some(scale)) => Some(scale),
            (true, None) => {
                let mut all = aggregate_at(
                    &self.dataset,
                    &self.index,
                    nodes,
                    &pairs,
                    &TraceFilter::default(),
                );
                apply_density(&mut all, &key.density);
                Some(ScaleMax::of(&all))
            }
        };
        let scene = build_scene(nodes, &summary, &key.style, full_scale);
        Some(Built {
            key,
            level,
            pairs,
            pairs_prebuilt: self.pairs_prebuilt,
            summary,
            scene,
            full_scale,
        })
    }
}

pub struct ViewModel {
    /// What `summary` and `scene` show.
    key: Option<Key>,
    shown_level: Option<LevelRef>,
    /// A rebuild running on a worker thread.
    pending: Option<Receiver<Option<Built>>>,
    levels: Levels,
    pub summary: FlowSummary,
    pub scene: Scene,
    /// How many times it was rebuilt, for tests of the caching.
    pub rebuilds: u64,
    /// Data with at least this many traces is counted on a worker.
    pub worker_min_traces: usize,
}

impl Default for ViewModel {
    fn default() -> Self {
        Self {
            key: None,
            shown_level: None,
            pending: None,
            levels: Levels::default(),
            summary: FlowSummary::default(),
            scene: Scene::default(),
            rebuilds: 0,
            worker_min_traces: WORKER_MIN_TRACES,
        }
    }
}

impl ViewModel {
    /// The level key a grouping shows at a map zoom.
    pub fn level_key(&mut self, data: &LoadedData, grouping: Grouping, zoom: f64) -> LevelKey {
        match grouping {
            Grouping::Clusters => LevelKey::Zoom(data.tree.level_index_for_zoom(zoom)),
            Grouping::Areas(level) => LevelKey::Areas(level),
            Grouping::Locations => LevelKey::Locations,
        }
    }

    /// The level the shown view was built at.
    pub fn level(&self) -> Option<&ClusterLevel> {
        self.shown_level.as_ref()?.get()
    }

    /// Whether a rebuild is running on a worker (the map shows the last one).
    pub fn is_updating(&self) -> bool {
        self.pending.is_some()
    }

    fn ensure_data(&mut self, data: &LoadedData) {
        if self.levels.data_version != data.version {
            // Nothing of the old data may be shown with the new: its ids
            // index other stores and sites.
            *self = ViewModel {
                levels: Levels {
                    data_version: data.version,
                    ..Default::default()
                },
                rebuilds: self.rebuilds,
                worker_min_traces: self.worker_min_traces,
                ..Default::default()
            };
        }
    }

    fn job(&self, data: &LoadedData, key: Key) -> Job {
        let levels = &self.levels;
        let level = match key.level {
            LevelKey::Zoom(i) => Some(LevelRef::Zoom(data.tree.clone(), i)),
            LevelKey::Areas(area) => levels.areas.get(&area).cloned().map(LevelRef::Owned),
            LevelKey::Locations => levels.unclustered.clone().map(LevelRef::Owned),
        };
        let prebuilt = match key.level {
            LevelKey::Zoom(i) => data.zoom_pairs.get(i).cloned(),
            _ => None,
        };
        Job {
            pairs_prebuilt: prebuilt.is_some(),
            pairs: prebuilt.or_else(|| levels.pairs.get(&key.level).cloned()),
            full_scale: levels.full_scale.get(&key.level).copied(),
            dataset: data.dataset.clone(),
            index: data.index.clone(),
            tree: data.tree.clone(),
            level,
            key,
        }
    }

    /// Takes a finished rebuild: shows it and keeps what it built.
    fn install(&mut self, built: Built) {
        let levels = &mut self.levels;
        let level_key = built.key.level;
        // A rebuild of data replaced meanwhile would index the new data
        // with the old ids.
        if built.key.data_version != levels.data_version {
            return;
        }
        match (level_key, &built.level) {
            (LevelKey::Areas(area), LevelRef::Owned(level)) => {
                levels.areas.insert(area, level.clone());
            }
            (LevelKey::Locations, LevelRef::Owned(level)) => {
                levels.unclustered = Some(level.clone());
            }
            _ => {}
        }
        if !built.pairs_prebuilt && !levels.pairs.contains_key(&level_key) {
            // Each level's table costs 4 bytes a trace: keep the few most
            // recently built (zooming in and out revisits them).
            if levels.pairs.len() >= CACHED_LEVELS && !levels.pair_order.is_empty() {
                let oldest = levels.pair_order.remove(0);
                levels.pairs.remove(&oldest);
            }
            levels.pairs.insert(level_key, built.pairs.clone());
            levels.pair_order.push(level_key);
        }
        if let Some(scale) = built.full_scale {
            levels.full_scale.insert(level_key, scale);
        }
        self.summary = built.summary;
        self.scene = built.scene;
        self.shown_level = Some(built.level);
        self.key = Some(built.key);
        self.rebuilds += 1;
    }

    /// Rebuilds when anything it depends on changed; returns whether the
    /// shown view changed in this call. `repaint` is called from the worker
    /// when a rebuild that ran there is ready.
    #[expect(clippy::too_many_arguments)]
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        level: LevelKey,
        filter: &TraceFilter,
        density: &FlowDensity,
        style: &SceneStyle,
        lock_scales: bool,
        repaint: impl Fn() + Send + 'static,
    ) -> bool {
        self.ensure_data(data);
        let key = Key {
            data_version: data.version,
            level,
            filter: filter.clone(),
            density: density.clone(),
            style: style.clone(),
            lock_scales,
        };
        let mut changed = false;
        if let Some(receiver) = &self.pending {
            match receiver.try_recv() {
                // One rebuild at a time: while the user drags, each result
                // is shown as it lands and the newest request starts next.
                Err(TryRecvError::Empty) => return false,
                Ok(built) => {
                    self.pending = None;
                    if let Some(built) = built {
                        let version = self.rebuilds;
                        self.install(built);
                        changed = self.rebuilds != version;
                    }
                }
                Err(TryRecvError::Disconnected) => self.pending = None,
            }
        }
        if self.key.as_ref() == Some(&key) {
            return changed;
        }
        let job = self.job(data, key.clone());
        if data.dataset.traces.len() < self.worker_min_traces {
            if let Some(built) = job.run() {
                self.install(built);
                return true;
            }
            return changed;
        }
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            // The window may have moved on; nothing to tell then.
            let _ = sender.send(job.run());
            repaint();
        });
        self.pending = Some(receiver);
        changed
    }
}
