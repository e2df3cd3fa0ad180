//! The cached result of clustering, filtering and scene building, rebuilt
//! only when the data, the filter, the style or the zoom level change,
//! never every frame. With big data the rebuild runs on a worker thread
//! and the map keeps showing the last result until the new one lands, so
//! dragging the time bar or playing it never stalls the window.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::data::LoadedData;
use crate::aggregate::areas::AreaLevel;
use crate::aggregate::{FlowDensity, FlowSummary, TraceFilter};
use crate::cluster::{ClusterLevel, LevelPairs};
use crate::render::view_job::LevelRef;
use crate::render::{ViewBuilt as Built, ViewJob as Job, ViewKey as Key};
use crate::scene::build::ScaleMax;
use crate::scene::{Scene, SceneStyle};

pub use crate::cluster::Grouping;
pub use crate::render::LevelKey;

/// Levels whose pair tables are kept at once.
const CACHED_LEVELS: usize = 3;

/// Traces from which rebuilds run on a worker thread; below it they take
/// well under a millisecond and run in the frame (which also keeps UI
/// tests deterministic).
pub const WORKER_MIN_TRACES: usize = 200_000;

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
        LevelKey::for_view(&data.tree, grouping, zoom)
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
