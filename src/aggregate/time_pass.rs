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
    let halves = if n >= parallel_min_traces && cells <= n {
        let middle = n / 2;
        let (first, second) = std::thread::scope(|scope| {
            let second = scope.spawn(|| Tally::count(dataset, pairs, filter, middle..n));
            let first = Tally::count(dataset, pairs, filter, 0..middle);
            (first, second.join())
        });
        match second {
            Ok(second) => vec![first, second],
            // A panic in the worker is a bug; count again on this thread.
            Err(_) => vec![Tally::count(dataset, pairs, filter, 0..n)],
        }
    } else {
        vec![Tally::count(dataset, pairs, filter, 0..n)]
    };
    let mut halves = halves.into_iter();
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
const PARALLEL_MIN_TRACES: usize = 200_000;

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
        rows: std::ops::Range<usize>,
    ) -> Tally {
        let traces = &dataset.traces;
        let purchase = &traces.purchase_date[rows.clone()];
        let recovery = &traces.recovery_date[rows.clone()];
        let dated = match filter.date_field {
            DateField::Purchase => purchase,
            DateField::Recovery => recovery,
        };
        let class = &traces.class[rows.clone()];
        let store = &traces.store[rows.clone()];
        let site = &traces.site[rows.clone()];
        let node_pair = &pairs.node_pair_of_trace[rows.clone()];
        let n = rows.len();
        let dates_on = !filter.dates.is_open();
        let date_from = filter.dates.from.map_or(i32::MIN, |d| d.0);
        let date_to = filter.dates.to.map_or(i32::MAX, |d| d.0);
        let ttc_on = !filter.ttc_days.is_open();
        let ttc_from = filter.ttc_days.from.unwrap_or(i32::MIN);
        let ttc_to = filter.ttc_days.to.unwrap_or(i32::MAX);
        let shown = filter.classes;
        let mut tally = Tally {
            counts: vec![[0u32; WeaponClass::COUNT]; pairs.node_pairs.len()],
            store_totals: vec![0; dataset.stores.len()],
            site_totals: vec![0; dataset.sites.len()],
            missing: (0, 0),
        };
        for row in 0..n {
            let c = class[row].index();
            // The date range goes first, as in `TraceFilter::time_test`.
            if dates_on {
                let day = dated[row];
                if day == Day::NONE {
                    tally.missing.0 += u32::from(shown[c]);
                    continue;
                }
                if day.0 < date_from || day.0 > date_to {
                    continue;
                }
            }
            if ttc_on {
                let (bought, found) = (purchase[row], recovery[row]);
                if bought == Day::NONE || found == Day::NONE {
                    tally.missing.1 += u32::from(shown[c]);
                    continue;
                }
                let days = found.0 - bought.0;
                if days < ttc_from || days > ttc_to {
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
        for (a, b) in self.store_totals.iter_mut().zip(other.store_totals) {
            *a += b;
        }
        for (a, b) in self.site_totals.iter_mut().zip(other.site_totals) {
            *a += b;
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

    #[test]
    fn two_threads_count_what_one_does() {
        let builder =
            crate::import::builder::DatasetBuilder::new(crate::classify::CachedClassifier::new(
                crate::classify::Classifier::shipped().expect("rules parse"),
            ));
        let out = crate::import::import_into(
            builder,
            &[crate::import::DataSource::Bytes {
                name: "demo.csv".to_owned(),
                bytes: crate::demo::DEMO_TRACES_CSV.to_vec(),
            }],
            &Default::default(),
            &Default::default(),
        )
        .expect("not cancelled");
        let dataset = &out.dataset;
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
