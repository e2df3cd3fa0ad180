//! The aggregated flows a view draws: [`aggregate_at`] followed by
//! [`apply_density`], faster where it matters.
//!
//! At a fine level (a hundred thousand node pairs at zoom 8 on a million
//! traces) making a flow of every pair costs more than counting them when
//! the view keeps a thousand: so the density controls choose the pairs
//! from their totals before any flow is made.

use std::borrow::Cow;

use super::filter::{FlowDensity, TraceFilter};
use super::flows::{ClassCounts, Flow, FlowIndex, FlowSummary, aggregate_at, apply_density};
use super::time_pass::{PARALLEL_MIN_TRACES, count_time_only_with};
use crate::cluster::{ClusterLevel, LevelPairs};
use crate::model::{Dataset, WeaponClass};

/// The flows, totals and counts a view shows: the same result as
/// [`aggregate_at`] then [`apply_density`].
pub fn aggregate_view(
    dataset: &Dataset,
    index: &FlowIndex,
    level: &ClusterLevel,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    density: &FlowDensity,
) -> FlowSummary {
    let parallel = dataset.traces.len() >= PARALLEL_MIN_TRACES;
    aggregate_view_with(
        dataset,
        index,
        level,
        pairs,
        filter,
        density,
        Route::Fastest { parallel },
    )
}

/// Which way [`aggregate_view_with`] counts; tests force each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The level's class table for class filters, the tight date pass
    /// (split over two threads when `parallel` and the tables are small)
    /// for time filters, then flows for the kept pairs alone.
    Fastest {
        /// Whether the date pass may be split over two threads.
        parallel: bool,
    },
    /// [`aggregate_at`] then [`apply_density`].
    CountThenThin,
}

/// [`aggregate_view`] counted the way `route` says, so that tests can check
/// that every route gives the same summary.
pub fn aggregate_view_with(
    dataset: &Dataset,
    index: &FlowIndex,
    level: &ClusterLevel,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    density: &FlowDensity,
    route: Route,
) -> FlowSummary {
    let Route::Fastest { parallel } = route else {
        return count_then_thin(dataset, index, level, pairs, filter, density);
    };
    let mut summary = FlowSummary::default();
    let pair_counts: Cow<'_, [ClassCounts]> = if !filter.has_time()
        && !filter.has_text()
        && !filter.has_indicators()
        && !filter.has_purchasers()
        && !filter.fresh_only
    {
        Cow::Borrowed(&pairs.class_counts)
    } else if let Some(counts) =
        count_time_only_with(dataset, pairs, filter, &mut summary, parallel)
    {
        Cow::Owned(counts)
    } else {
        return count_then_thin(dataset, index, level, pairs, filter, density);
    };
    summarize(&mut summary, level, pairs, &pair_counts, filter, density);
    summary
}

fn count_then_thin(
    dataset: &Dataset,
    index: &FlowIndex,
    level: &ClusterLevel,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    density: &FlowDensity,
) -> FlowSummary {
    let mut summary = aggregate_at(dataset, index, level, pairs, filter);
    apply_density(&mut summary, density);
    summary
}

/// Node totals, class counts and the kept flows from per-pair counts of
/// every class; flows are made for the kept pairs alone.
fn summarize(
    summary: &mut FlowSummary,
    level: &ClusterLevel,
    pairs: &LevelPairs,
    pair_counts: &[ClassCounts],
    filter: &TraceFilter,
    density: &FlowDensity,
) {
    let nodes = level.clusters.len();
    summary.node_totals = vec![0; nodes];
    summary.node_class_counts = vec![[0; WeaponClass::COUNT]; nodes];
    // All ones for a shown class, zero otherwise: masking instead of
    // branching keeps the per-pair loop straight (a hundred thousand pairs
    // at zoom 8).
    let mask: [u32; WeaponClass::COUNT] =
        std::array::from_fn(|c| if filter.classes[c] { u32::MAX } else { 0 });
    let mut pair_totals = Vec::with_capacity(pair_counts.len());
    for (counts, &(origin, dest)) in pair_counts.iter().zip(&pairs.node_pairs) {
        // Most pairs are empty under a time filter at fine levels.
        if *counts == [0; WeaponClass::COUNT] {
            pair_totals.push(0);
            continue;
        }
        let shown: ClassCounts = std::array::from_fn(|c| counts[c] & mask[c]);
        let count: u32 = shown.iter().sum();
        for (total, n) in summary.class_counts.iter_mut().zip(counts) {
            *total += n;
        }
        pair_totals.push(count);
        if count == 0 {
            continue;
        }
        summary.traces += count;
        summary.flows_in_filter += 1;
        for node in [origin, dest] {
            summary.node_totals[node as usize] += count;
            for (total, n) in summary.node_class_counts[node as usize]
                .iter_mut()
                .zip(shown)
            {
                *total += n;
            }
        }
    }
    summary.flows = kept_pairs(&pair_totals, density)
        .into_iter()
        .map(|pair| {
            let (origin, dest) = pairs.node_pairs[pair as usize];
            let counts = &pair_counts[pair as usize];
            let by_class = std::array::from_fn(|c| counts[c] & mask[c]);
            Flow {
                origin,
                dest,
                count: pair_totals[pair as usize],
                by_class,
            }
        })
        .collect();
    summary.traces_in_flows = summary.flows.iter().map(|f| f.count).sum();
}

/// The node pairs the density controls keep, as `apply_density` decides:
/// when the top N cuts, largest first and among equal counts the pair
/// listed first; otherwise in pair order.
fn kept_pairs(pair_totals: &[u32], density: &FlowDensity) -> Vec<u32> {
    let min = density.min_traces.max(1);
    let in_order = || -> Vec<u32> {
        (0..pair_totals.len() as u32)
            .filter(|&pair| pair_totals[pair as usize] >= min)
            .collect()
    };
    let Some(top) = density.top.map(|t| t as usize) else {
        return in_order();
    };
    if top == 0 {
        return Vec::new();
    }
    // The count of the top-th largest pair from a histogram of the counts
    // (one cheap pass over a hundred thousand pairs, where a selection on
    // (count, pair) tuples costs a millisecond).
    let mut histogram = vec![0usize; HISTOGRAM_CAP + 1];
    let mut eligible = 0;
    for &count in pair_totals.iter().filter(|&&c| c >= min) {
        histogram[(count as usize).min(HISTOGRAM_CAP)] += 1;
        eligible += 1;
    }
    if eligible <= top {
        return in_order();
    }
    let (mut threshold, mut above) = (HISTOGRAM_CAP, 0);
    while above + histogram[threshold] < top {
        above += histogram[threshold];
        threshold -= 1;
    }
    let order = |a: &(u32, u32), b: &(u32, u32)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    let mut kept: Vec<(u32, u32)> = if threshold == HISTOGRAM_CAP {
        // The cut falls among huge flows: select among those exactly.
        let mut huge: Vec<(u32, u32)> = pair_totals
            .iter()
            .enumerate()
            .filter(|&(_, &count)| count as usize >= HISTOGRAM_CAP)
            .map(|(pair, &count)| (count, pair as u32))
            .collect();
        huge.select_nth_unstable_by(top - 1, order);
        huge.truncate(top);
        huge
    } else {
        let mut at_threshold = top - above;
        let mut kept = Vec::with_capacity(top);
        for (pair, &count) in pair_totals.iter().enumerate() {
            let count_at = count as usize;
            if count_at > threshold || (count_at == threshold && at_threshold > 0) {
                if count_at == threshold {
                    at_threshold -= 1;
                }
                kept.push((count, pair as u32));
            }
        }
        kept
    };
    kept.sort_unstable_by(order);
    kept.into_iter().map(|(_, pair)| pair).collect()
}

/// Counts from which pairs share the histogram's last bin.
const HISTOGRAM_CAP: usize = 1 << 12;

#[cfg(test)]
mod tests {
    use super::*;

    /// Against a stable sort and cut, with ties at the cut and counts on
    /// both sides of the histogram's last bin.
    #[test]
    fn kept_pairs_equal_a_stable_sort_and_cut() {
        let totals: Vec<u32> = (0..3000u32)
            .map(|i| match i % 7 {
                0 => HISTOGRAM_CAP as u32 + (i * 13) % 50,
                1 => 0,
                _ => (i * 7919) % 23,
            })
            .collect();
        for (min_traces, top) in [
            (1, Some(10)),
            (1, Some(300)),
            (3, Some(700)),
            (2, None),
            (1, Some(5000)),
        ] {
            let density = FlowDensity { min_traces, top };
            let mut expected: Vec<u32> = (0..totals.len() as u32)
                .filter(|&p| totals[p as usize] >= min_traces)
                .collect();
            if let Some(top) = top.map(|t| t as usize)
                && expected.len() > top
            {
                expected.sort_by_key(|&p| std::cmp::Reverse(totals[p as usize]));
                expected.truncate(top);
            }
            assert_eq!(kept_pairs(&totals, &density), expected, "{density:?}");
        }
    }
}
