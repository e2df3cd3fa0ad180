//! Counting a filter whose per-trace part is a date range and/or a
//! time-to-crime range: one sequential pass over the date columns with the
//! tests written out, no per-trace dispatch. It runs whenever the time bar
//! moves, so it is kept tight (and measured in `benches/core.rs`).

use super::filter::{DateField, TraceFilter};
use super::flows::{ClassCounts, FlowSummary};
use crate::cluster::LevelPairs;
use crate::model::{Dataset, DateSpan, DateSpans, Day, WeaponClass};

/// Per node pair class counts for a time-only filter, with the
/// missing-date counts written into `summary`; `None` when the
/// filter has make/model words (those need the general pass).
pub(super) fn count_time_only(
    dataset: &Dataset,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    summary: &mut FlowSummary,
) -> Option<Vec<ClassCounts>> {
    let parallel = dataset.traces.len() >= PARALLEL_MIN_TRACES;
    count_split(dataset, pairs, filter, summary, parallel, None)
}

/// [`count_time_only`] with the choice of threads made by the caller.
pub(super) fn count_time_only_with(
    dataset: &Dataset,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    summary: &mut FlowSummary,
    parallel: bool,
) -> Option<Vec<ClassCounts>> {
    count_split(dataset, pairs, filter, summary, parallel, None)
}

/// `complement`: count the traces left out and subtract them from the
/// level's counts of all data (`None`: when a sample says most pass).
fn count_split(
    dataset: &Dataset,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    summary: &mut FlowSummary,
    parallel: bool,
    complement: Option<bool>,
) -> Option<Vec<ClassCounts>> {
    if filter.has_text() || filter.has_indicators() || filter.has_purchasers() || filter.fresh_only
    {
        return None;
    }
    let n = dataset.traces.len();
    let cells = pairs.node_pairs.len() * WeaponClass::COUNT;
    // Two halves on two threads when the per-thread tables are small next
    // to the traces (coarse levels); merging big tables would cost more
    // than the second thread saves.
    let parallel = parallel && cells * 4 <= n;
    let test = TimeTest::new(filter);
    // Each counted trace costs three scattered writes (its pair's class,
    // its store's and its site's totals), far more than testing its dates:
    // so count whichever side of the filter is smaller.
    let complement = complement.unwrap_or_else(|| most_pass(dataset, &test));
    let mut halves = in_halves(n, parallel, |rows| {
        Tally::count(dataset, pairs, filter, &test, rows, complement)
    })
    .into_iter();
    let mut total = halves.next()?;
    for other in halves {
        total.merge(other);
    }
    if complement {
        total.subtract_from_all(pairs);
    }
    let (missing_date, missing_ttc) = total.missing;
    summary.missing_date = missing_date;
    summary.missing_ttc = missing_ttc;
    Some(total.counts)
}

/// Whether most traces pass the filter, judged on a sample.
fn most_pass(dataset: &Dataset, test: &TimeTest) -> bool {
    const STRIDE: usize = 61;
    let columns = test.columns(dataset, 0..dataset.traces.len());
    let (mut passed, mut sampled) = (0usize, 0usize);
    for row in (0..dataset.traces.len()).step_by(STRIDE) {
        passed += usize::from(test.verdict(&columns, row) == Verdict::Pass);
        sampled += 1;
    }
    passed * 2 > sampled
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
    /// Packed date spans ([`DateSpans::from_bits`]); empty while every
    /// date is a day, which keeps the common loop as it was.
    pub spans: &'a [u8],
}

impl<'a> TimeColumns<'a> {
    pub(super) fn of(
        test: &TimeTest,
        purchase: &'a [Day],
        recovery: &'a [Day],
        spans: &'a [u8],
    ) -> Self {
        let dated = match test.date_field {
            DateField::Purchase => purchase,
            DateField::Recovery => recovery,
        };
        TimeColumns {
            dated,
            purchase,
            recovery,
            spans,
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
            &traces.recovery_date[rows.clone()],
            traces.date_spans.packed(rows),
        )
    }

    /// The decision of `TraceFilter::time_test`, the date range first.
    /// (A branch-free form was measured slower: every trace then writes
    /// the location totals.)
    #[inline(always)]
    pub(super) fn verdict(&self, columns: &TimeColumns<'_>, row: usize) -> Verdict {
        let spans = match columns.spans.get(row) {
            Some(&bits) if bits != 0 => DateSpans::from_bits(bits),
            _ => DateSpans::DAYS,
        };
        if self.dates_on {
            let day = columns.dated[row];
            if day == Day::NONE {
                return Verdict::MissingDate;
            }
            let span = match self.date_field {
                DateField::Purchase => spans.purchase,
                DateField::Recovery => spans.recovery,
            };
            if span != DateSpan::Day {
                match span.within(day, Day(self.date_from), Day(self.date_to)) {
                    Some(true) => {}
                    Some(false) => return Verdict::Fail,
                    None => return Verdict::MissingDate,
                }
            } else if day.0 < self.date_from || day.0 > self.date_to {
                return Verdict::Fail;
            }
        }
        if self.ttc_on {
            if !spans.both_days() {
                return Verdict::MissingTtc;
            }
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
    missing: (u32, u32),
}

impl Tally {
    fn count(
        dataset: &Dataset,
        pairs: &LevelPairs,
        filter: &TraceFilter,
        test: &TimeTest,
        rows: std::ops::Range<usize>,
        complement: bool,
    ) -> Tally {
        let traces = &dataset.traces;
        let columns = test.columns(dataset, rows.clone());
        let class = &traces.class[rows.clone()];
        let weights = traces.count.weights(rows.clone());
        let node_pair = &pairs.node_pair_of_trace[rows.clone()];
        let shown = filter.classes;
        let mut tally = Tally {
            counts: vec![[0u32; WeaponClass::COUNT]; pairs.node_pairs.len()],
            missing: (0, 0),
        };
        for row in 0..rows.len() {
            let c = class[row].index();
            let passes = match test.verdict(&columns, row) {
                Verdict::Pass => true,
                Verdict::Fail => false,
                Verdict::MissingDate => {
                    tally.missing.0 += u32::from(shown[c]) * weights.at(row);
                    false
                }
                Verdict::MissingTtc => {
                    tally.missing.1 += u32::from(shown[c]) * weights.at(row);
                    false
                }
            };
            // Counted: the passing traces, or with `complement` the others.
            if passes == complement {
                continue;
            }
            tally.counts[node_pair[row] as usize][c] += weights.at(row);
        }
        tally
    }

    /// Turns counts of the traces left out into counts of those kept.
    fn subtract_from_all(&mut self, pairs: &LevelPairs) {
        for (counts, all) in self.counts.iter_mut().zip(&pairs.class_counts) {
            for (n, total) in counts.iter_mut().zip(all) {
                *n = total - *n;
            }
        }
    }

    fn merge(&mut self, other: Tally) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts) {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        }
        self.missing.0 += other.missing.0;
        self.missing.1 += other.missing.1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::filter::Range;
    use crate::cluster::{ClusterTree, LevelPairs};

    /// One thread or two, counting the kept traces or subtracting the
    /// left-out ones from all: the same counts, totals and missing dates.
    #[test]
    fn every_way_of_counting_agrees() {
        let dataset = &crate::demo::load_demo_for_tests();
        let index = crate::aggregate::FlowIndex::build(dataset);
        let level = &ClusterTree::build(dataset).levels[2];
        let pairs = LevelPairs::build(&index, level);
        assert!(
            pairs.node_pairs.len() * WeaponClass::COUNT <= dataset.traces.len(),
            "a level coarse enough for the split"
        );
        let mut narrow = TraceFilter {
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
        narrow.set_class(WeaponClass::Pistol, false);
        let mut wide = TraceFilter {
            date_field: crate::aggregate::DateField::Purchase,
            dates: Range {
                from: Day::from_ymd(2000, 1, 1),
                to: Day::from_ymd(2013, 6, 30),
            },
            ..Default::default()
        };
        wide.set_class(WeaponClass::AkPattern, false);
        let fast = TraceFilter {
            ttc_days: Range {
                from: None,
                to: Some(365),
            },
            ..Default::default()
        };
        let blank = FlowSummary::default;
        let mut decided = Vec::new();
        for filter in [narrow, wide, fast] {
            decided.push(most_pass(dataset, &TimeTest::new(&filter)));
            let mut reference = blank();
            let expected =
                count_split(dataset, &pairs, &filter, &mut reference, false, Some(false));
            assert!(
                expected
                    .as_ref()
                    .is_some_and(|c| c.iter().flatten().sum::<u32>() > 500)
            );
            for (parallel, complement) in [
                (true, Some(false)),
                (false, Some(true)),
                (true, Some(true)),
                (true, None),
            ] {
                let mut got = blank();
                let counts = count_split(dataset, &pairs, &filter, &mut got, parallel, complement);
                let how = format!("{filter:?}, parallel {parallel}, complement {complement:?}");
                assert_eq!(counts, expected, "{how}");
                assert_eq!(
                    (got.missing_date, got.missing_ttc),
                    (reference.missing_date, reference.missing_ttc),
                    "{how}"
                );
            }
        }
        // The sample sends the narrow range one way and the wide one the other.
        assert_eq!(&decided[..2], &[false, true]);
    }
}
