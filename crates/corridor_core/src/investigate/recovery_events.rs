//! Seizures: the guns taken together, as one event number per trace.

use rustc_hash::FxHashMap;

use crate::model::{Dataset, Day, SiteId, StrId};

/// What makes guns one recovery event: the event the source names, else the
/// same recovery site on the same date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKey {
    /// The source's `recovery_event`.
    Named(StrId),
    /// No event named: the site and date of recovery.
    SiteDay(SiteId, Day),
}

/// No event: neither an event named nor a recovery date.
pub const NO_EVENT: u32 = u32::MAX;

/// The recovery events of the loaded traces, numbered from 0.
#[derive(Clone, Debug, Default)]
pub struct RecoveryEvents {
    /// Each event's key, by number.
    pub keys: Vec<EventKey>,
    /// The event number of each trace, or [`NO_EVENT`].
    pub of_trace: Vec<u32>,
}

impl RecoveryEvents {
    /// Numbers the recovery events of `dataset`'s traces in the order they
    /// first appear.
    pub fn build(dataset: &Dataset) -> Self {
        let traces = &dataset.traces;
        let mut numbers: FxHashMap<EventKey, u32> = FxHashMap::default();
        let mut keys = Vec::new();
        let of_trace = (0..traces.len())
            .map(|row| {
                let named = traces.case.recovery_event.get(row);
                let date = traces.recovery_date[row];
                let key = if named != StrId::EMPTY {
                    EventKey::Named(named)
                } else if !date.is_none() {
                    EventKey::SiteDay(traces.site[row], date)
                } else {
                    return NO_EVENT;
                };
                *numbers.entry(key).or_insert_with(|| {
                    keys.push(key);
                    (keys.len() - 1) as u32
                })
            })
            .collect();
        RecoveryEvents { keys, of_trace }
    }

    /// Number of events.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when no trace has an event.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The event of trace `row`, if it has one.
    pub fn of(&self, row: usize) -> Option<u32> {
        self.of_trace.get(row).copied().filter(|&e| e != NO_EVENT)
    }
}
