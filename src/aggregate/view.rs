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
use super::time_pass::{PARALLEL_MIN_TRACES, count_time_only_with, shown_total};
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
    Fastest { parallel: bool },
    /// [`aggregate_at`] then [`apply_density`].
    CountThenThin,
}

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
    let pair_counts: Cow<[ClassCounts]> = if !filter.has_time() && !filter.has_text() {
        summary.store_totals = index
            .store_class_counts
            .iter()
            .map(|counts| shown_total(filter, counts))
            .collect();
        summary.site_totals = index
            .site_class_counts
            .iter()
            .map(|counts| shown_total(filter, counts))
            .collect();
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
    let shown = filter.classes;
    let mut pair_totals = Vec::with_capacity(pair_counts.len());
    for (counts, &(origin, dest)) in pair_counts.iter().zip(&pairs.node_pairs) {
        let mut count = 0;
        for (c, &n) in counts.iter().enumerate() {
            summary.class_counts[c] += n;
            if shown[c] {
                count += n;
            }
        }
        pair_totals.push(count);
        if count == 0 {
            continue;
        }
        summary.traces += count;
        summary.flows_in_filter += 1;
        for node in [origin, dest] {
            summary.node_totals[node as usize] += count;
            let node_counts = &mut summary.node_class_counts[node as usize];
            for (c, &n) in counts.iter().enumerate() {
                if shown[c] {
                    node_counts[c] += n;
                }
            }
        }
    }
    summary.flows = kept_pairs(&pair_totals, density)
        .into_iter()
        .map(|pair| {
            let (origin, dest) = pairs.node_pairs[pair as usize];
            let mut by_class = pair_counts[pair as usize];
            for (c, n) in by_class.iter_mut().enumerate() {
                if !shown[c] {
                    *n = 0;
                }
            }
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
    let mut candidates: Vec<(u32, u32)> = pair_totals
        .iter()
        .enumerate()
        .filter(|&(_, &count)| count >= min)
        .map(|(pair, &count)| (count, pair as u32))
        .collect();
    let order = |a: &(u32, u32), b: &(u32, u32)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    if let Some(top) = density.top.map(|t| t as usize)
        && candidates.len() > top
    {
        if top == 0 {
            return Vec::new();
        }
        candidates.select_nth_unstable_by(top - 1, order);
        candidates.truncate(top);
        candidates.sort_unstable_by(order);
    }
    candidates.into_iter().map(|(_, pair)| pair).collect()
}
