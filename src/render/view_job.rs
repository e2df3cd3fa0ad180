//! One count of a view: its level, the flows drawn and the scene. The
//! app's view model runs it (caching levels and tables between runs, on a
//! worker with big data) and so do the exporters, from the same inputs.

use std::sync::Arc;

use super::ViewData;
use crate::aggregate::areas::{AreaIndex, AreaLevel};
use crate::aggregate::{
    FlowDensity, FlowIndex, FlowSummary, TraceFilter, aggregate_at, aggregate_view, apply_density,
};
use crate::cluster::{ClusterLevel, ClusterTree, Grouping, LevelPairs};
use crate::model::Dataset;
use crate::scene::build::ScaleMax;
use crate::scene::{Scene, SceneStyle, build_scene};

/// Which level the view is at: a cluster zoom, or a fixed grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LevelKey {
    Zoom(usize),
    Areas(AreaLevel),
    Locations,
}

impl LevelKey {
    /// The level a grouping shows at a map zoom.
    pub fn for_view(tree: &ClusterTree, grouping: Grouping, zoom: f64) -> LevelKey {
        match grouping {
            Grouping::Clusters => LevelKey::Zoom(tree.level_index_for_zoom(zoom)),
            Grouping::Areas(level) => LevelKey::Areas(level),
            Grouping::Locations => LevelKey::Locations,
        }
    }
}

/// Everything that decides what a count shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewKey {
    pub data_version: u64,
    pub level: LevelKey,
    pub filter: TraceFilter,
    pub density: FlowDensity,
    pub style: SceneStyle,
    pub lock_scales: bool,
}

/// A level of nodes, shared with the worker that aggregates at it.
#[derive(Clone)]
pub enum LevelRef {
    Zoom(Arc<ClusterTree>, usize),
    Owned(Arc<ClusterLevel>),
}

impl LevelRef {
    pub fn get(&self) -> Option<&ClusterLevel> {
        match self {
            LevelRef::Zoom(tree, i) => tree.levels.get(*i),
            LevelRef::Owned(level) => Some(level),
        }
    }
}

/// Everything one count needs, owned so it can move to a worker. Levels
/// and tables left `None` are built.
pub struct ViewJob {
    pub key: ViewKey,
    pub dataset: Arc<Dataset>,
    pub index: Arc<FlowIndex>,
    pub tree: Arc<ClusterTree>,
    pub level: Option<LevelRef>,
    pub pairs: Option<Arc<LevelPairs>>,
    /// Whether `pairs` came with the data (not to be cached again).
    pub pairs_prebuilt: bool,
    /// Scale of the unfiltered data at the level, for locked scales.
    pub full_scale: Option<ScaleMax>,
}

/// What a count made, with the level and tables it built on the way.
pub struct ViewBuilt {
    pub key: ViewKey,
    pub level: LevelRef,
    pub pairs: Arc<LevelPairs>,
    pub pairs_prebuilt: bool,
    pub summary: FlowSummary,
    pub scene: Scene,
    pub full_scale: Option<ScaleMax>,
}

impl ViewJob {
    /// A count with nothing cached but what came with the data.
    pub fn new(data: &ViewData, key: ViewKey) -> ViewJob {
        let (level, prebuilt) = match key.level {
            LevelKey::Zoom(i) => (
                Some(LevelRef::Zoom(data.tree.clone(), i)),
                data.zoom_pairs.get(i).cloned(),
            ),
            _ => (None, None),
        };
        ViewJob {
            pairs_prebuilt: prebuilt.is_some(),
            pairs: prebuilt,
            full_scale: None,
            dataset: data.dataset.clone(),
            index: data.index.clone(),
            tree: data.tree.clone(),
            level,
            key,
        }
    }

    pub fn run(self) -> Option<ViewBuilt> {
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
        Some(ViewBuilt {
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

/// Counts a saved view as the map would show it: the same level for its
/// grouping and zoom, the same filter, density, scales and style.
pub fn build_view(data: &ViewData, view: &crate::briefing::SavedView) -> Option<ViewBuilt> {
    let key = ViewKey {
        data_version: 0,
        level: LevelKey::for_view(&data.tree, view.grouping, view.camera.zoom),
        filter: view.filter.clone(),
        density: view.density.clone(),
        style: SceneStyle {
            theme: view.theme,
            coloring: view.coloring,
            ..SceneStyle::default()
        },
        lock_scales: view.lock_scales,
    };
    ViewJob::new(data, key).run()
}
