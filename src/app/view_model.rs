//! The map's cached view in two parts. The count (level, flows drawn,
//! scales) is redone only when the data, the level, the filter, the
//! density or the scale lock change; with big data it runs on a worker
//! task and the map keeps showing the last count until the new one lands,
//! so dragging the time bar or playing it never stalls the window. The
//! scene is made from the count and the style (theme, colouring) in the
//! frame: restyling never touches a trace.

use std::collections::HashMap;
use std::sync::Arc;

use corridor_core::aggregate::FlowSummary;
use corridor_core::aggregate::areas::AreaLevel;
use corridor_core::cluster::{ClusterLevel, LevelPairs};
use corridor_core::render::{CountKey, Counted, LevelRef, ViewCount};
use corridor_core::scene::build::ScaleMax;
use corridor_core::scene::{Scene, SceneStyle};
use corridor_core::task::{Spawner, Task, TaskFailure, TaskPoll};

use super::data::LoadedData;

pub use corridor_core::cluster::Grouping;
pub use corridor_core::render::LevelKey;

/// Levels whose pair tables are kept at once.
const CACHED_LEVELS: usize = 3;

/// Traces from which counts run on a worker task; below it they take well
/// under a millisecond and run in the frame (which also keeps UI tests
/// deterministic).
pub const WORKER_MIN_TRACES: usize = 200_000;

/// Thread name of the map's counting task.
pub const COUNT_TASK: &str = "corridor-map-count";

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

/// The map's count and scene, cached between frames.
pub struct ViewModel {
    /// The count shown.
    counted: Option<Counted>,
    /// The style `scene` was made in.
    scene_style: Option<SceneStyle>,
    scene: Scene,
    /// A count running on a worker, for this key.
    pending: Option<(CountKey, Task<Option<Counted>>)>,
    /// A key whose count failed: not started again until the key changes.
    failed: Option<CountKey>,
    /// A failure not yet reported.
    failure: Option<TaskFailure>,
    levels: Levels,
    empty: FlowSummary,
    /// How many counts were shown, for tests of the caching.
    pub counts: u64,
    /// How many scenes were made, for tests of the caching.
    pub scenes: u64,
    /// Data with at least this many traces is counted on a worker.
    pub worker_min_traces: usize,
    /// The networks and overlaps the next count takes its marks from, when
    /// its key asks for them.
    pub investigation: Option<std::sync::Arc<corridor_core::scene::marks::InvestigationInputs>>,
}

impl Default for ViewModel {
    fn default() -> Self {
        Self::new(WORKER_MIN_TRACES)
    }
}

impl ViewModel {
    /// Nothing counted yet; data from `worker_min_traces` traces is counted
    /// on a worker.
    pub fn new(worker_min_traces: usize) -> Self {
        Self {
            counted: None,
            scene_style: None,
            scene: Scene::default(),
            pending: None,
            failed: None,
            failure: None,
            levels: Levels::default(),
            empty: FlowSummary::default(),
            counts: 0,
            scenes: 0,
            worker_min_traces,
            investigation: None,
        }
    }

    /// The level the shown view was counted at.
    pub fn level(&self) -> Option<&ClusterLevel> {
        self.counted.as_ref()?.level.get()
    }

    /// The flows drawn and the totals of the shown count.
    pub fn summary(&self) -> &FlowSummary {
        self.counted.as_ref().map_or(&self.empty, |c| &c.summary)
    }

    /// The shown count drawn in the current style.
    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    /// Whether a count is running on a worker (the map shows the last one).
    pub fn is_updating(&self) -> bool {
        self.pending.is_some()
    }

    /// A failed count, once (for a notice).
    pub fn take_failure(&mut self) -> Option<TaskFailure> {
        self.failure.take()
    }

    fn ensure_data(&mut self, data: &LoadedData) {
        if self.levels.data_version != data.version {
            // Nothing of the old data may be shown with the new: its ids
            // index other stores and sites.
            let counts = self.counts;
            let scenes = self.scenes;
            *self = ViewModel::new(self.worker_min_traces);
            self.levels.data_version = data.version;
            self.counts = counts;
            self.scenes = scenes;
        }
    }

    fn job(&self, data: &LoadedData, key: CountKey) -> ViewCount {
        let levels = &self.levels;
        let shared = &data.view_data;
        if key.splits_level(&shared.tree) {
            // A level of its own for this selection: nothing cached fits.
            return ViewCount::new(shared, key);
        }
        let level = match key.level {
            LevelKey::Zoom(i) => Some(LevelRef::Zoom(shared.tree.clone(), i)),
            LevelKey::Areas(area) => levels.areas.get(&area).cloned().map(LevelRef::Owned),
            LevelKey::Locations => levels.unclustered.clone().map(LevelRef::Owned),
        };
        let prebuilt = match key.level {
            LevelKey::Zoom(i) => shared.zoom_pairs.get(i).cloned(),
            _ => None,
        };
        ViewCount {
            pairs_prebuilt: prebuilt.is_some(),
            pairs: prebuilt.or_else(|| levels.pairs.get(&key.level).cloned()),
            full_scale: levels.full_scale.get(&key.level).copied(),
            dataset: shared.dataset.clone(),
            index: shared.index.clone(),
            tree: shared.tree.clone(),
            level,
            investigation: self.investigation.clone(),
            key,
        }
    }

    /// Takes a finished count: shows it and keeps what it built.
    fn install(&mut self, counted: Counted) {
        let levels = &mut self.levels;
        let level_key = counted.key.level;
        // A count of data replaced meanwhile would index the new data
        // with the old ids.
        if counted.key.data_version != levels.data_version {
            return;
        }
        // A level split for a selection, its table and scale are not the
        // level key's: keep none of them.
        let own_level = matches!(
            (level_key, &counted.level),
            (LevelKey::Zoom(_), LevelRef::Owned(_))
        );
        match (level_key, &counted.level) {
            _ if own_level => {}
            (LevelKey::Areas(area), LevelRef::Owned(level)) => {
                levels.areas.insert(area, level.clone());
            }
            (LevelKey::Locations, LevelRef::Owned(level)) => {
                levels.unclustered = Some(level.clone());
            }
            _ => {}
        }
        if !own_level && !counted.pairs_prebuilt && !levels.pairs.contains_key(&level_key) {
            // Each level's table costs 4 bytes a trace: keep the few most
            // recently built (zooming in and out revisits them).
            if levels.pairs.len() >= CACHED_LEVELS && !levels.pair_order.is_empty() {
                let oldest = levels.pair_order.remove(0);
                levels.pairs.remove(&oldest);
            }
            levels.pairs.insert(level_key, counted.pairs.clone());
            levels.pair_order.push(level_key);
        }
        if let Some(scale) = counted.full_scale.filter(|_| !own_level) {
            levels.full_scale.insert(level_key, scale);
        }
        self.counted = Some(counted);
        // A new count needs a new scene whatever the style.
        self.scene_style = None;
        self.counts += 1;
    }

    /// Counts when anything the count depends on changed, then restyles
    /// when the count or the style changed; returns whether the shown view
    /// changed in this call. `repaint` is called from the worker when a
    /// count that ran there is ready.
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        key: CountKey,
        style: &SceneStyle,
        spawner: &Spawner,
        repaint: impl FnOnce() + Send + 'static,
    ) -> bool {
        self.ensure_data(data);
        let counts_before = self.counts;
        self.count(data, key, spawner, repaint);
        let restyle = self.counts != counts_before || self.scene_style.as_ref() != Some(style);
        if restyle && let Some(counted) = &self.counted {
            self.scene = counted.scene(style);
            self.scene_style = Some(style.clone());
            self.scenes += 1;
        }
        restyle && self.counted.is_some()
    }

    /// Takes a finished count, then starts one for `key` unless it is shown,
    /// running or failed.
    fn count(
        &mut self,
        data: &LoadedData,
        key: CountKey,
        spawner: &Spawner,
        repaint: impl FnOnce() + Send + 'static,
    ) {
        if let Some((pending_key, task)) = &mut self.pending {
            match task.poll() {
                // One count at a time: while the user drags, each result is
                // shown as it lands and the newest request starts next.
                TaskPoll::Pending => return,
                TaskPoll::Done(counted) => {
                    self.pending = None;
                    if let Some(counted) = counted {
                        self.install(counted);
                    }
                }
                TaskPoll::Failed(failure) => {
                    self.failed = Some(pending_key.clone());
                    self.failure = Some(failure);
                    self.pending = None;
                }
            }
        }
        if self.counted.as_ref().is_some_and(|c| c.key == key) || self.failed.as_ref() == Some(&key)
        {
            return;
        }
        // Another key: a failed one may be tried again later.
        self.failed = None;
        let job = self.job(data, key.clone());
        if data.dataset().traces.len() < self.worker_min_traces {
            if let Some(counted) = job.run() {
                self.install(counted);
            }
            return;
        }
        let task = spawner.spawn(COUNT_TASK, "counting the map", repaint, move |_| job.run());
        self.pending = Some((key, task));
    }
}
