//! The time histograms of the current filter (and of the selection, for
//! the charts), counted again only when the data, filter or selection
//! change: each count is a pass over every trace, so with big data it runs
//! on a worker and the last histograms stay on screen meanwhile (playing
//! the time bar never waits for them).

use std::sync::Arc;

use corridor_core::aggregate::histogram::{TimeHistograms, time_histograms};
use corridor_core::aggregate::{Selection, TraceFilter};
use corridor_core::task::TaskFailure;

use super::background::{Background, RunOn};
use super::data::LoadedData;

/// Thread name of the histogram tasks.
pub const HISTOGRAM_TASK: &str = "corridor-histograms";

/// The histograms of the filter and of the selection.
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

impl Default for TimeView {
    fn default() -> Self {
        let what = "counting the time histograms";
        Self {
            counted_all: Background::new(HISTOGRAM_TASK, what),
            counted_selected: Background::new(HISTOGRAM_TASK, what),
            all: Arc::default(),
            selected: None,
            rebuilds: 0,
        }
    }
}

impl TimeView {
    /// Counts again what the data, filter or selection changed.
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        filter: &TraceFilter,
        selection: &Selection,
        run_on: RunOn<'_>,
        repaint: &(impl FnOnce() + Send + Clone + 'static),
    ) {
        if self
            .counted_all
            .shown_key()
            .is_some_and(|(version, _)| *version != data.version)
        {
            self.counted_all.clear();
            self.counted_selected.clear();
        }
        let dataset = data.dataset().clone();
        let wanted = filter.clone();
        let changed_all = self.counted_all.request(
            &(data.version, filter.clone()),
            run_on,
            move || Arc::new(time_histograms(&dataset, &wanted, None)),
            repaint.clone(),
        );
        let dataset = data.dataset().clone();
        let wanted = filter.clone();
        let chosen = selection.clone();
        let selected_on = if selection.is_empty() {
            RunOn::Frame
        } else {
            run_on
        };
        let changed_selected = self.counted_selected.request(
            &(data.version, filter.clone(), selection.clone()),
            selected_on,
            move || {
                (!chosen.is_empty())
                    .then(|| Arc::new(time_histograms(&dataset, &wanted, Some(&chosen))))
            },
            repaint.clone(),
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

    /// A failed count, once (for a notice).
    pub fn take_failure(&mut self) -> Option<TaskFailure> {
        self.counted_all
            .take_failure()
            .or_else(|| self.counted_selected.take_failure())
    }

    /// The histograms the charts show: the selection's, or the filter's.
    pub fn charted(&self) -> &TimeHistograms {
        self.selected.as_deref().unwrap_or(&self.all)
    }
}
