//! The cached result of filtering and scene building, rebuilt only when the
//! data, the filter or the style change, never every frame.

use crate::aggregate::{FlowDensity, FlowSummary, TraceFilter, aggregate, apply_density};
use crate::scene::{Scene, SceneStyle, build_scene};

use super::data::LoadedData;

#[derive(Clone, Debug)]
struct Key {
    data_version: u64,
    filter: TraceFilter,
    density: FlowDensity,
    style: SceneStyle,
}

#[derive(Default)]
pub struct ViewModel {
    key: Option<Key>,
    pub summary: FlowSummary,
    pub scene: Scene,
    /// How many times it was rebuilt, for tests of the caching.
    pub rebuilds: u64,
}

impl ViewModel {
    /// Rebuilds when anything it depends on changed; returns whether it did.
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        filter: &TraceFilter,
        density: &FlowDensity,
        style: &SceneStyle,
    ) -> bool {
        let unchanged = self.key.as_ref().is_some_and(|k| {
            k.data_version == data.version
                && k.filter == *filter
                && k.density == *density
                && k.style == *style
        });
        if unchanged {
            return false;
        }
        let key = Key {
            data_version: data.version,
            filter: filter.clone(),
            density: density.clone(),
            style: style.clone(),
        };
        self.summary = aggregate(&data.dataset, &data.index, filter);
        apply_density(&mut self.summary, density);
        self.scene = build_scene(&data.dataset, &self.summary, style);
        self.key = Some(key);
        self.rebuilds += 1;
        true
    }
}
