//! The time histograms of the current filter (and of the selection, for
//! the charts), counted again only when the data, filter or selection
//! change: each count is a pass over every trace, so with big data it runs
//! on a worker and the last histograms stay on screen meanwhile (playing
//! the time bar never waits for them).

use std::sync::Arc;

use super::background::Background;
use super::data::LoadedData;
use super::view_model::WORKER_MIN_TRACES;
use crate::aggregate::histogram::{TimeHistograms, time_histograms};
use crate::aggregate::{Selection, TraceFilter};

#[derive(Default)]
pub struct TimeView {
    counted_all: Background<(u64, TraceFilter), Arc<TimeHistograms>>,
    counted_selected: Background<(u64, TraceFilter, Selection), Option<Arc<TimeHistograms>>>,
    /// For the whole filter: the time bar and the filter panel.
    pub all: Arc<TimeHistograms>,
    /// For the selection, when there is one: the charts.
    pub selected: Option<Arc<TimeHistograms>>,
    /// How many times it was counted, for tests of the caching.
    pub rebuilds: u64,
}

impl TimeView {
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        filter: &TraceFilter,
        selection: &Selection,
        repaint: impl Fn() + Send + Clone + 'static,
    ) {
        let on_worker = data.dataset.traces.len() >= WORKER_MIN_TRACES;
        if self
            .counted_all
            .shown_key()
            .is_some_and(|(version, _)| *version != data.version)
        {
            self.counted_all.clear();
            self.counted_selected.clear();
        }
        let dataset = data.dataset.clone();
        let wanted = filter.clone();
        let changed_all = self.counted_all.request(
            &(data.version, filter.clone()),
            on_worker,
            move || Arc::new(time_histograms(&dataset, &wanted, None)),
            repaint.clone(),
        );
        let dataset = data.dataset.clone();
        let wanted = filter.clone();
        let chosen = selection.clone();
        let changed_selected = self.counted_selected.request(
            &(data.version, filter.clone(), selection.clone()),
            on_worker && !selection.is_empty(),
            move || {
                (!chosen.is_empty())
                    .then(|| Arc::new(time_histograms(&dataset, &wanted, Some(&chosen))))
            },
            repaint,
        );
        if changed_all && let Some(all) = self.counted_all.value() {
            self.all = all.clone();
        }
        if changed_selected && let Some(selected) = self.counted_selected.value() {
            self.selected = selected.clone();
        }
        if changed_all || changed_selected {
            self.rebuilds += 1;
        }
    }

    /// The histograms the charts show: the selection's, or the filter's.
    pub fn charted(&self) -> &TimeHistograms {
        self.selected.as_deref().unwrap_or(&self.all)
    }
}
