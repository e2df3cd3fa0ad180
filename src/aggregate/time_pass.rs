//! Counting a filter whose per-trace part is a date range and/or a
//! time-to-crime range: one sequential pass over the date columns with the
//! tests written out, no per-trace dispatch. It runs whenever the time bar
//! moves, so it is kept tight (and measured in `benches/core.rs`).

use super::filter::{DateField, TraceFilter};
use super::flows::{ClassCounts, FlowSummary};
use crate::cluster::LevelPairs;
use crate::model::{Dataset, Day, WeaponClass};

/// Traces of the shown classes among `counts`.
pub(super) fn shown_total(filter: &TraceFilter, counts: &ClassCounts) -> u32 {
    WeaponClass::ALL
        .iter()
        .filter(|c| filter.class_enabled(**c))
        .map(|c| counts[c.index()])
        .sum()
}

/// Per node pair class counts for a time-only filter, with store and site
/// totals and missing-date counts written into `summary`; `None` when the
/// filter has make/model words (those need the general pass).
pub(super) fn count_time_only(
    dataset: &Dataset,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    summary: &mut FlowSummary,
) -> Option<Vec<ClassCounts>> {
    count_split(dataset, pairs, filter, summary, PARALLEL_MIN_TRACES)
}

/// [`count_time_only`] with the choice of threads made by the caller.
pub(super) fn count_time_only_with(
    dataset: &Dataset,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    summary: &mut FlowSummary,
    parallel: bool,
) -> Option<Vec<ClassCounts>> {
    let min = if parallel { 0 } else { usize::MAX };
    count_split(dataset, pairs, filter, summary, min)
}

fn count_split(
    dataset: &Dataset,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    summary: &mut FlowSummary,
    parallel_min_traces: usize,
) -> Option<Vec<ClassCounts>> {
    if filter.has_text() {
        return None;
    }
    let n = dataset.traces.len();
    let cells = pairs.node_pairs.len() * WeaponClass::COUNT;
    // Two halves on two threads when the per-thread tables are small next
    // to the traces (coarse levels); merging big tables would cost more
    // than the second thread saves.
    let parallel = n >= parallel_min_traces && cells <= n;
    let test = TimeTest::new(filter);
    let mut halves = in_halves(n, parallel, |rows| {
        Tally::count(dataset, pairs, filter, &test, rows)
    })
    .into_iter();
    let mut total = halves.next()?;
    for other in halves {
        total.merge(other);
    }
    summary.store_totals = total.store_totals;
    summary.site_totals = total.site_totals;
    let (missing_date, missing_ttc) = total.missing;
    summary.missing_date = missing_date;
    summary.missing_ttc = missing_ttc;
    Some(total.counts)
}

/// Traces from which a pass is split over two threads.
pub(super) const PARALLEL_MIN_TRACES: usize = 200_000;

/// `count` over the rows `0..n`, as two halves on two threads when
/// `parallel`, else as one range; results in row order.
pub(super) fn in_halves<T: Send>(
    n: usize,
    parallel: bool,
    count: impl Fn(std::ops::Range<usize>) -> T + Sync,
) -> Vec<T> {
    if !parallel {
        return vec![count(0..n)];
    }
    let middle = n / 2;
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| count(middle..n));
        let first = count(0..middle);
        (first, second.join())
    });
    match second {
        Ok(second) => vec![first, second],
        // A panic in the worker is a bug; count again on this thread.
        Err(_) => vec![count(0..n)],
    }
}

/// A time-only filter as plain integers, for the tight loops: the same
/// decisions as `TraceFilter::time_test`, without its per-trace matches.
#[derive(Clone, Copy)]
pub(super) struct TimeTest {
    date_field: DateField,
    dates_on: bool,
    date_from: i32,
    date_to: i32,
    ttc_on: bool,
    ttc_from: i32,
    ttc_to: i32,
}

/// The date columns a time test reads, for one range of rows.
pub(super) struct TimeColumns<'a> {
    pub dated: &'a [Day],
    pub purchase: &'a [Day],
    pub recovery: &'a [Day],
}

impl<'a> TimeColumns<'a> {
    pub(super) fn of(test: &TimeTest, purchase: &'a [Day], recovery: &'a [Day]) -> Self {
        let dated = match test.date_field {
            DateField::Purchase => purchase,
            DateField::Recovery => recovery,
        };
        TimeColumns {
            dated,
            purchase,
            recovery,
        }
    }
}

impl TimeTest {
    pub(super) fn new(filter: &TraceFilter) -> TimeTest {
        TimeTest {
            date_field: filter.date_field,
            dates_on: !filter.dates.is_open(),
            date_from: filter.dates.from.map_or(i32::MIN, |d| d.0),
            date_to: filter.dates.to.map_or(i32::MAX, |d| d.0),
            ttc_on: !filter.ttc_days.is_open(),
            ttc_from: filter.ttc_days.from.unwrap_or(i32::MIN),
            ttc_to: filter.ttc_days.to.unwrap_or(i32::MAX),
        }
    }

    pub(super) fn columns<'a>(
        &self,
        dataset: &'a Dataset,
        rows: std::ops::Range<usize>,
    ) -> TimeColumns<'a> {
        let traces = &dataset.traces;
        TimeColumns::of(
            self,
            &traces.purchase_date[rows.clone()],
            &traces.recovery_date[rows],
        )
    }

    /// The decision of `TraceFilter::time_test`, the date range first.
    /// (A branch-free form was measured slower: every trace then writes
    /// the location totals.)
    #[inline(always)]
    pub(super) fn verdict(&self, columns: &TimeColumns<'_>, row: usize) -> Verdict {
        if self.dates_on {
            let day = columns.dated[row];
            if day == Day::NONE {
                return Verdict::MissingDate;
            }
            if day.0 < self.date_from || day.0 > self.date_to {
                return Verdict::Fail;
            }
        }
        if self.ttc_on {
            let (bought, found) = (columns.purchase[row], columns.recovery[row]);
            if bought == Day::NONE || found == Day::NONE {
                return Verdict::MissingTtc;
            }
            let days = found.0 - bought.0;
            if days < self.ttc_from || days > self.ttc_to {
                return Verdict::Fail;
            }
        }
        Verdict::Pass
    }
}

/// What a time-only filter says of one trace.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    Pass,
    Fail,
    /// The date the range applies to is unknown.
    MissingDate,
    /// No time to crime (a date unknown).
    MissingTtc,
}

/// What one pass over a range of traces counted.
struct Tally {
    counts: Vec<ClassCounts>,
    store_totals: Vec<u32>,
    site_totals: Vec<u32>,
    missing: (u32, u32),
}

impl Tally {
    fn count(
        dataset: &Dataset,
        pairs: &LevelPairs,
        filter: &TraceFilter,
        test: &TimeTest,
        rows: std::ops::Range<usize>,
    ) -> Tally {
        let traces = &dataset.traces;
        let columns = test.columns(dataset, rows.clone());
        let class = &traces.class[rows.clone()];
        let store = &traces.store[rows.clone()];
        let site = &traces.site[rows.clone()];
        let node_pair = &pairs.node_pair_of_trace[rows.clone()];
        let shown = filter.classes;
        let mut tally = Tally {
            counts: vec![[0u32; WeaponClass::COUNT]; pairs.node_pairs.len()],
            store_totals: vec![0; dataset.stores.len()],
            site_totals: vec![0; dataset.sites.len()],
            missing: (0, 0),
        };
        for row in 0..rows.len() {
            let c = class[row].index();
            match test.verdict(&columns, row) {
                Verdict::Pass => {}
                Verdict::Fail => continue,
                Verdict::MissingDate => {
                    tally.missing.0 += u32::from(shown[c]);
                    continue;
                }
                Verdict::MissingTtc => {
                    tally.missing.1 += u32::from(shown[c]);
                    continue;
                }
            }
            tally.counts[node_pair[row] as usize][c] += 1;
            if shown[c] {
                tally.store_totals[store[row].0 as usize] += 1;
                tally.site_totals[site[row].0 as usize] += 1;
            }
        }
        tally
    }

    fn merge(&mut self, other: Tally) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        }
        add_into(&mut self.store_totals, &other.store_totals);
        add_into(&mut self.site_totals, &other.site_totals);
        self.missing.0 += other.missing.0;
        self.missing.1 += other.missing.1;
    }
}

pub(super) fn add_into(totals: &mut [u32], other: &[u32]) {
    for (a, b) in totals.iter_mut().zip(other) {
        *a += b;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::filter::Range;
    use crate::cluster::{ClusterTree, LevelPairs};

    #[test]
    fn two_threads_count_what_one_does() {
        let out = crate::demo::load_demo_for_tests();
        let dataset = &out;
        let index = crate::aggregate::FlowIndex::build(dataset);
        let level = &ClusterTree::build(dataset).levels[2];
        let pairs = LevelPairs::build(&index, level);
        assert!(
            pairs.node_pairs.len() * WeaponClass::COUNT <= dataset.traces.len(),
            "a level coarse enough for the split"
        );
        let mut filter = TraceFilter {
            dates: Range {
                from: Day::from_ymd(2009, 1, 1),
                to: Day::from_ymd(2011, 6, 30),
            },
            ttc_days: Range {
                from: Some(10),
                to: None,
            },
            ..Default::default()
        };
        filter.set_class(WeaponClass::Pistol, false);
        let blank = || FlowSummary {
            store_totals: vec![0; dataset.stores.len()],
            site_totals: vec![0; dataset.sites.len()],
            ..Default::default()
        };
        let (mut one, mut two) = (blank(), blank());
        let single = count_split(dataset, &pairs, &filter, &mut one, usize::MAX);
        let split = count_split(dataset, &pairs, &filter, &mut two, 0);
        assert!(
            single
                .as_ref()
                .is_some_and(|c| c.iter().flatten().sum::<u32>() > 1000)
        );
        assert_eq!(single, split);
        assert_eq!(one.store_totals, two.store_totals);
        assert_eq!(one.site_totals, two.site_totals);
        assert_eq!(
            (one.missing_date, one.missing_ttc),
            (two.missing_date, two.missing_ttc)
        );
    }
}
