//! The time histograms of the current filter (and of the selection, for
//! the charts), counted again only when the data, filter or selection
//! change: each count is a pass over every trace.

use super::data::LoadedData;
use crate::aggregate::histogram::{TimeHistograms, time_histograms};
use crate::aggregate::{Selection, TraceFilter};

#[derive(Default)]
pub struct TimeView {
    key: Option<(u64, TraceFilter, Selection)>,
    /// For the whole filter: the time bar and the filter panel.
    pub all: TimeHistograms,
    /// For the selection, when there is one: the charts.
    pub selected: Option<TimeHistograms>,
    /// How many times it was counted, for tests of the caching.
    pub rebuilds: u64,
}

impl TimeView {
    pub fn refresh(&mut self, data: &LoadedData, filter: &TraceFilter, selection: &Selection) {
        let unchanged = self.key.as_ref().is_some_and(|(version, f, s)| {
            *version == data.version && f == filter && s == selection
        });
        if unchanged {
            return;
        }
        let same_filter = self
            .key
            .as_ref()
            .is_some_and(|(version, f, _)| *version == data.version && f == filter);
        if !same_filter {
            self.all = time_histograms(&data.dataset, filter, None);
        }
        self.selected = (!selection.is_empty())
            .then(|| time_histograms(&data.dataset, filter, Some(selection)));
        self.key = Some((data.version, filter.clone(), selection.clone()));
        self.rebuilds += 1;
    }

    /// The histograms the charts show: the selection's, or the filter's.
    pub fn charted(&self) -> &TimeHistograms {
        self.selected.as_ref().unwrap_or(&self.all)
    }
}
