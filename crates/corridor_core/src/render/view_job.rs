//! A view in two steps. Counting ([`ViewCount`]) visits the traces: the
//! level, the flows drawn, the scales; it depends on the data, the level,
//! the filter, the density and whether scales are locked ([`CountKey`]).
//! Styling ([`Counted::scene`]) turns a count into a [`Scene`] for a theme
//! and colouring without touching a trace, so a theme change never counts
//! again. The app's view model runs both (counting on a worker with big
//! data) and so do the exporters, from the same inputs.

use std::sync::Arc;

use super::ViewData;
use crate::aggregate::areas::{AreaIndex, AreaLevel};
use crate::aggregate::{
    FlowDensity, FlowIndex, FlowSummary, Selection, TraceFilter, aggregate_at, aggregate_view,
    apply_density,
};
use crate::cluster::{ClusterLevel, ClusterTree, Grouping, LevelPairs};
use crate::model::Dataset;
use crate::scene::build::ScaleMax;
use crate::scene::marks::{InvestigationFacts, InvestigationInputs, investigation_facts};
use crate::scene::{FlowColoring, Scene, SceneStyle, build_scene};

/// Which level the view is at: a cluster zoom, or a fixed grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LevelKey {
    /// The clusters of a zoom level (an index into the tree's levels).
    Zoom(usize),
    /// Administrative areas.
    Areas(AreaLevel),
    /// Every store and site on its own.
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

/// Everything that decides what a count shows. The style is not in it: a
/// theme or colouring change restyles the same count.
#[derive(Clone, Debug, PartialEq)]
pub struct CountKey {
    /// Which load of the data (a new load counts again).
    pub data_version: u64,
    /// The level counted at.
    pub level: LevelKey,
    /// Which traces count.
    pub filter: TraceFilter,
    /// Which flows are drawn.
    pub density: FlowDensity,
    /// Widths and sizes on the scale of all loaded data.
    pub lock_scales: bool,
    /// Locations kept out of the clusters they share with others, so a
    /// selection is drawn at its own place (empty: the level as built; see
    /// [`CountKey::apart_for`]).
    pub apart: Selection,
    /// Count what the flows carry for the investigation marks, from the
    /// inputs of this version (`None`: no marks, nothing counted).
    pub investigation: Option<u64>,
}

impl CountKey {
    /// What a grouping keeps apart of a selection: clusters split off the
    /// selected locations; areas and single locations already draw them
    /// where they are.
    pub fn apart_for(grouping: Grouping, selection: &Selection) -> Selection {
        match grouping {
            Grouping::Clusters => selection.clone(),
            Grouping::Areas(_) | Grouping::Locations => Selection::default(),
        }
    }

    /// Whether the level is built for this count (a cluster level with a
    /// selection kept apart), not one of the tree's. The tree's last level,
    /// where every location stands alone, needs no split.
    pub fn splits_level(&self, tree: &ClusterTree) -> bool {
        let LevelKey::Zoom(i) = self.level else {
            return false;
        };
        !self.apart.is_empty()
            && tree
                .levels
                .get(i)
                .is_some_and(|level| level.zoom <= crate::cluster::MAX_CLUSTER_ZOOM)
    }
}

/// A level of nodes, shared with the worker that aggregates at it.
#[derive(Clone, Debug)]
pub enum LevelRef {
    /// A zoom level of the cluster tree.
    Zoom(Arc<ClusterTree>, usize),
    /// A level built for an area grouping or single locations.
    Owned(Arc<ClusterLevel>),
}

impl LevelRef {
    /// The level's nodes; `None` for a zoom the tree does not have.
    pub fn get(&self) -> Option<&ClusterLevel> {
        match self {
            LevelRef::Zoom(tree, i) => tree.levels.get(*i),
            LevelRef::Owned(level) => Some(level),
        }
    }
}

/// Everything one count needs, owned so it can move to a worker. Levels
/// and tables left `None` are built.
pub struct ViewCount {
    /// What to count.
    pub key: CountKey,
    /// The traces.
    pub dataset: Arc<Dataset>,
    /// Each trace's store→site pair.
    pub index: Arc<FlowIndex>,
    /// The clusters of every zoom.
    pub tree: Arc<ClusterTree>,
    /// The level's nodes, if already built.
    pub level: Option<LevelRef>,
    /// The level's pair table, if already built.
    pub pairs: Option<Arc<LevelPairs>>,
    /// Whether `pairs` came with the data (not to be cached again).
    pub pairs_prebuilt: bool,
    /// Scale of the unfiltered data at the level, for locked scales.
    pub full_scale: Option<ScaleMax>,
    /// The networks and overlaps the marks are made from, when the key asks
    /// for them.
    pub investigation: Option<Arc<InvestigationInputs>>,
}

/// What a count made, with the level and tables it built on the way.
#[derive(Clone, Debug)]
pub struct Counted {
    /// What was counted.
    pub key: CountKey,
    /// The level counted at.
    pub level: LevelRef,
    /// The level's pair table.
    pub pairs: Arc<LevelPairs>,
    /// Whether `pairs` came with the data.
    pub pairs_prebuilt: bool,
    /// The flows drawn and the totals.
    pub summary: FlowSummary,
    /// The scale of all loaded data at the level, when scales are locked.
    pub full_scale: Option<ScaleMax>,
    /// What the flows and nodes carry, for the investigation marks.
    pub facts: Option<InvestigationFacts>,
}

impl ViewCount {
    /// A count with nothing cached but what came with the data.
    pub fn new(data: &ViewData, key: CountKey) -> ViewCount {
        let (level, prebuilt) = match key.level {
            LevelKey::Zoom(i) if !key.splits_level(&data.tree) => (
                Some(LevelRef::Zoom(data.tree.clone(), i)),
                data.zoom_pairs.get(i).cloned(),
            ),
            _ => (None, None),
        };
        ViewCount {
            pairs_prebuilt: prebuilt.is_some(),
            pairs: prebuilt,
            full_scale: None,
            investigation: None,
            dataset: data.dataset.clone(),
            index: data.index.clone(),
            tree: data.tree.clone(),
            level,
            key,
        }
    }

    /// Counts; `None` when the level does not exist in the data.
    pub fn run(self) -> Option<Counted> {
        let level = match self.level {
            Some(level) => level,
            None => match self.key.level {
                LevelKey::Zoom(i) if self.key.splits_level(&self.tree) => {
                    let apart = &self.key.apart;
                    LevelRef::Owned(Arc::new(ClusterLevel::apart(
                        &self.dataset,
                        self.tree.levels.get(i)?,
                        |store| apart.stores.contains(&store),
                        |site| apart.sites.contains(&site),
                    )))
                }
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
        let facts = match (&key.investigation, &self.investigation) {
            (Some(_), Some(inputs)) => Some(investigation_facts(
                &self.dataset,
                nodes,
                &summary,
                &key.filter,
                inputs,
            )),
            _ => None,
        };
        Some(Counted {
            key,
            level,
            pairs,
            pairs_prebuilt: self.pairs_prebuilt,
            summary,
            full_scale,
            facts,
        })
    }
}

impl Counted {
    /// The count drawn in a style: curves, widths, colours and legend. It
    /// reads the summary only, never the traces.
    pub fn scene(&self, style: &SceneStyle) -> Scene {
        match self.level.get() {
            Some(nodes) => build_scene(
                nodes,
                &self.summary,
                style,
                self.full_scale,
                self.facts.as_ref(),
            ),
            None => Scene::default(),
        }
    }
}

/// A saved view counted and drawn as the map would show it.
#[derive(Clone, Debug)]
pub struct ViewBuilt {
    /// The count.
    pub counted: Counted,
    /// The count in the view's style.
    pub scene: Scene,
}

/// The style a saved view is drawn in (the app styles its map the same way).
pub fn view_style(view: &crate::briefing::SavedView) -> SceneStyle {
    SceneStyle {
        theme: view.theme,
        coloring: view.coloring,
        marks: view.marks,
        ..SceneStyle::default()
    }
}

/// Whether a style draws anything counted from the investigation inputs.
pub fn needs_investigation(style: &SceneStyle) -> bool {
    style.coloring == FlowColoring::ByNetwork || style.marks.any()
}

/// Counts a saved view as the map would show it: the same level for its
/// grouping and zoom, the same filter, density, scales and style.
pub fn build_view(data: &ViewData, view: &crate::briefing::SavedView) -> Option<ViewBuilt> {
    let key = CountKey {
        data_version: 0,
        level: LevelKey::for_view(&data.tree, view.grouping, view.camera.zoom),
        filter: view.filter.clone(),
        density: view.density.clone(),
        lock_scales: view.lock_scales,
        apart: CountKey::apart_for(view.grouping, &view.selection),
        investigation: None,
    };
    let style = view_style(view);
    let mut count = ViewCount::new(data, key);
    if needs_investigation(&style) {
        // An export has no app to have found the networks: find them here,
        // as of the view's date.
        count.key.investigation = Some(0);
        count.investigation = Some(Arc::new(InvestigationInputs::build(
            &data.dataset,
            view.filter.as_of_day(),
        )));
    }
    let counted = count.run()?;
    let scene = counted.scene(&style);
    Some(ViewBuilt { counted, scene })
}
