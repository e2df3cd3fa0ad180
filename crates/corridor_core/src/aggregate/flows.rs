//! Origin→recovery flows: traces counted between stores and recovery
//! sites, or between their clusters at a zoom level.

use rustc_hash::FxHashMap;

use super::filter::{FlowDensity, MissingDate, PurchaserMatcher, TextMatcher, TraceFilter};
use super::time_pass::count_time_only;
use crate::cluster::{ClusterLevel, LevelPairs};
use crate::model::{Dataset, Day, SiteId, StoreId, WeaponClass};

/// Traces per weapon class, indexed by [`WeaponClass::index`].
pub type ClassCounts = [u32; WeaponClass::COUNT];

/// Built once per dataset: each trace's (store, site) pair. Counting a
/// filter is then one pass over two small columns (pair and class) instead
/// of two hash lookups per trace. Per-pair class counts are not kept: with a
/// million traces most pairs hold one trace, and 36 bytes a pair would
/// double the memory a trace costs.
#[derive(Clone, Debug, Default)]
pub struct FlowIndex {
    /// Every distinct (store, site) pair in the data, in order of first
    /// appearance; a pair's position is its id.
    pub pairs: Vec<(StoreId, SiteId)>,
    /// Pair id of each trace (an index into `pairs`), by trace row.
    pub pair_of_trace: Vec<u32>,
    /// A copy of each trace's class, so level tables build without the dataset.
    pub trace_class: Vec<WeaponClass>,
    /// A copy of each trace's count (firearms), for the same reason.
    pub trace_count: crate::model::Counts,
}

impl FlowIndex {
    /// Builds the index of a dataset in one pass over its traces.
    pub fn build(dataset: &Dataset) -> FlowIndex {
        let traces = &dataset.traces;
        let mut index = FlowIndex::default();
        // Sized once: growing by doubling leaves freed tables in the heap.
        let mut pair_ids: FxHashMap<(StoreId, SiteId), u32> =
            FxHashMap::with_capacity_and_hasher(traces.len().min(1 << 22), Default::default());
        index.pair_of_trace.reserve(traces.len());
        for row in 0..traces.len() {
            let key = (traces.store[row], traces.site[row]);
            let next = index.pairs.len() as u32;
            let pair = *pair_ids.entry(key).or_insert_with(|| {
                index.pairs.push(key);
                next
            });
            index.pair_of_trace.push(pair);
        }
        index.pairs.shrink_to_fit();
        index.trace_class = traces.class.clone();
        index.trace_count = traces.count.clone();
        index
    }

    /// Heap bytes, for the memory figures.
    pub fn heap_bytes(&self) -> usize {
        self.pairs.capacity() * std::mem::size_of::<(StoreId, SiteId)>()
            + self.pair_of_trace.capacity() * 4
            + self.trace_class.capacity()
            + self.trace_count.heap_bytes()
    }
}

/// One flow in the current filter, between two nodes of a level: clusters,
/// or single stores and sites when unclustered (see [`ClusterLevel`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// Origin node at the level counted (a store cluster, area or store).
    pub origin: u32,
    /// Destination node (a recovery-site cluster, area or site).
    pub dest: u32,
    /// Traces in the flow, of the shown classes only.
    pub count: u32,
    /// The same by weapon class; hidden classes count zero.
    pub by_class: ClassCounts,
}

impl Flow {
    /// The class with the most traces; ties go to the class listed first.
    pub fn dominant_class(&self) -> WeaponClass {
        dominant_class(&self.by_class)
    }
}

/// The class with the most traces in `counts`; ties go to the class listed
/// first, and every count zero gives [`WeaponClass::Unknown`].
pub fn dominant_class(counts: &ClassCounts) -> WeaponClass {
    let mut best = WeaponClass::Unknown;
    let mut best_count = 0;
    for class in WeaponClass::ALL {
        if counts[class.index()] > best_count {
            best = class;
            best_count = counts[class.index()];
        }
    }
    best
}

/// The aggregated view of the current filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlowSummary {
    /// Flows with at least one shown trace, thinned out by [`apply_density`]
    /// when that has run.
    pub flows: Vec<Flow>,
    /// Filtered traces at each node of the level: bought there for store
    /// clusters, recovered there for site clusters.
    pub node_totals: Vec<u32>,
    /// The same by weapon class, for tooltips and the details panel.
    pub node_class_counts: Vec<ClassCounts>,
    /// Per class, the traces that pass every part of the filter except the
    /// class checkboxes: the counts shown beside those checkboxes.
    pub class_counts: ClassCounts,
    /// Traces passing the whole filter.
    pub traces: u32,
    /// Flows in the filter before the density controls thinned them out.
    pub flows_in_filter: usize,
    /// Traces carried by the flows left after the density controls.
    pub traces_in_flows: u32,
    /// Traces of the shown classes left out of a date range because that
    /// date is unknown: reported, not silently dropped.
    pub missing_date: u32,
    /// Likewise for a time-to-crime range (purchase or recovery date unknown).
    pub missing_ttc: u32,
}

/// Counts flows between single stores and sites (no clustering).
pub fn aggregate(dataset: &Dataset, index: &FlowIndex, filter: &TraceFilter) -> FlowSummary {
    let level = ClusterLevel::unclustered(dataset);
    let pairs = LevelPairs::build(index, &level);
    aggregate_at(dataset, index, &level, &pairs, filter)
}

/// Counts flows between the nodes of a level for a filter: one pass over
/// the traces, two array lookups each.
pub fn aggregate_at(
    dataset: &Dataset,
    index: &FlowIndex,
    level: &ClusterLevel,
    pairs: &LevelPairs,
    filter: &TraceFilter,
) -> FlowSummary {
    debug_assert_eq!(
        index.pair_of_trace.len(),
        dataset.traces.len(),
        "index of this data"
    );
    let mut summary = FlowSummary {
        node_totals: vec![0; level.clusters.len()],
        node_class_counts: vec![[0; WeaponClass::COUNT]; level.clusters.len()],
        ..Default::default()
    };
    let pair_counts: std::borrow::Cow<'_, [ClassCounts]> = match Predicate::new(dataset, filter) {
        // Classes alone: sums of counts made when the level was built.
        None => std::borrow::Cow::Borrowed(&pairs.class_counts),
        Some(predicate) => std::borrow::Cow::Owned(
            match count_time_only(dataset, pairs, filter, &mut summary) {
                Some(counts) => counts,
                None => full_pass(dataset, pairs, filter, &predicate, &mut summary),
            },
        ),
    };
    for (pair, counts) in pair_counts.iter().enumerate() {
        let mut by_class = [0u32; WeaponClass::COUNT];
        for class in WeaponClass::ALL {
            let n = counts[class.index()];
            summary.class_counts[class.index()] += n;
            if filter.class_enabled(class) {
                by_class[class.index()] = n;
            }
        }
        let count: u32 = by_class.iter().sum();
        if count == 0 {
            continue;
        }
        let (origin, dest) = pairs.node_pairs[pair];
        summary.node_totals[origin as usize] += count;
        summary.node_totals[dest as usize] += count;
        for node in [origin, dest] {
            for (total, n) in summary.node_class_counts[node as usize]
                .iter_mut()
                .zip(by_class)
            {
                *total += n;
            }
        }
        summary.traces += count;
        summary.flows.push(Flow {
            origin,
            dest,
            count,
            by_class,
        });
    }
    summary.flows_in_filter = summary.flows.len();
    summary.traces_in_flows = summary.traces;
    summary
}

/// Dates, time-to-crime and words tested on every trace, in storage order.
fn full_pass(
    dataset: &Dataset,
    pairs: &LevelPairs,
    filter: &TraceFilter,
    predicate: &Predicate<'_>,
    summary: &mut FlowSummary,
) -> Vec<ClassCounts> {
    let traces = &dataset.traces;
    let weights = traces.count.all();
    let mut counts = vec![[0u32; WeaponClass::COUNT]; pairs.node_pairs.len()];
    for (row, &node_pair) in pairs.node_pair_of_trace.iter().enumerate() {
        match predicate.test(dataset, row) {
            Ok(true) => {}
            Ok(false) => continue,
            // Counted only when the class is shown: those are the traces
            // the user would otherwise have seen.
            Err(why) => {
                if filter.class_enabled(traces.class[row]) {
                    match why {
                        MissingDate::Date => summary.missing_date += weights.at(row),
                        MissingDate::TimeToCrime => summary.missing_ttc += weights.at(row),
                    }
                }
                continue;
            }
        }
        counts[node_pair as usize][traces.class[row].index()] += weights.at(row);
    }
    counts
}

/// Keeps only the flows a person can read: those with at least
/// `min_traces`, and of those the `top` largest. Location totals and class
/// counts are left as they are: they describe the filtered traces, not the
/// drawn lines.
///
/// ```
/// use corridor_core::aggregate::{Flow, FlowDensity, FlowSummary, apply_density};
/// let flow = |count| Flow { origin: 0, dest: count, count, by_class: [0; 9] };
/// let mut summary = FlowSummary { flows: vec![flow(1), flow(5), flow(3), flow(2)], ..Default::default() };
/// summary.flows_in_filter = 4;
/// apply_density(&mut summary, &FlowDensity { min_traces: 2, top: Some(2) });
/// let kept: Vec<u32> = summary.flows.iter().map(|f| f.count).collect();
/// assert_eq!(kept, vec![5, 3]);
/// assert_eq!((summary.flows_in_filter, summary.traces_in_flows), (4, 8));
/// ```
pub fn apply_density(summary: &mut FlowSummary, density: &FlowDensity) {
    summary
        .flows
        .retain(|f| f.count >= density.min_traces.max(1));
    if let Some(top) = density.top {
        let top = top as usize;
        if summary.flows.len() > top {
            keep_largest(&mut summary.flows, top);
        }
    }
    summary.traces_in_flows = summary.flows.iter().map(|f| f.count).sum();
}

/// Keeps the `top` largest flows, largest first; among equal counts the
/// earlier flow wins, as a stable sort and cut would decide, but in linear
/// time before the final sort of the few kept (a fine level has hundreds of
/// thousands of flows and a view keeps a thousand).
fn keep_largest(flows: &mut Vec<Flow>, top: usize) {
    if top == 0 {
        flows.clear();
        return;
    }
    let mut counts: Vec<u32> = flows.iter().map(|f| f.count).collect();
    let (_, &mut threshold, _) = counts.select_nth_unstable_by(top - 1, |a, b| b.cmp(a));
    let mut at_threshold = top - flows.iter().filter(|f| f.count > threshold).count();
    flows.retain(|f| {
        if f.count > threshold {
            true
        } else if f.count == threshold && at_threshold > 0 {
            at_threshold -= 1;
            true
        } else {
            false
        }
    });
    flows.sort_by_key(|f| std::cmp::Reverse(f.count));
}

/// Rows of traces behind a store, a site or a flow, in the current filter.
pub fn matching_traces(
    dataset: &Dataset,
    filter: &TraceFilter,
    mut keep: impl FnMut(StoreId, SiteId) -> bool,
) -> Vec<u32> {
    let predicate = Predicate::new(dataset, filter);
    let traces = &dataset.traces;
    (0..traces.len())
        .filter(|&row| {
            filter.class_enabled(traces.class[row])
                && keep(traces.store[row], traces.site[row])
                && predicate
                    .as_ref()
                    .is_none_or(|p| p.test(dataset, row) == Ok(true))
        })
        .map(|row| row as u32)
        .collect()
}

/// The parts of a filter that look at each trace (all but the classes),
/// compiled against a dataset. `None` when every trace passes them.
pub struct Predicate<'f> {
    matcher: Option<TextMatcher>,
    purchasers: Option<PurchaserMatcher>,
    as_of: Day,
    filter: &'f TraceFilter,
}

impl<'f> Predicate<'f> {
    /// Compiles the filter's make/model words and keeps its time ranges
    /// and indicators; `None` when none is set, so every trace passes.
    pub fn new(dataset: &Dataset, filter: &'f TraceFilter) -> Option<Self> {
        let matcher = TextMatcher::new(dataset, &filter.make_model);
        let purchasers = PurchaserMatcher::new(dataset, &filter.purchasers);
        (matcher.is_some()
            || purchasers.is_some()
            || filter.has_time()
            || filter.has_indicators()
            || filter.fresh_only)
            .then(|| Self {
                matcher,
                purchasers,
                as_of: filter.as_of_day(),
                filter,
            })
    }

    /// Whether the trace in `row` passes the words, the indicators and the
    /// time ranges; `Err` when a date that a time range needs is unknown.
    pub fn test(&self, dataset: &Dataset, row: usize) -> Result<bool, MissingDate> {
        let traces = &dataset.traces;
        if let Some(matcher) = &self.matcher
            && !matcher.matches(traces.weapon[row])
        {
            return Ok(false);
        }
        if let Some(purchasers) = &self.purchasers
            && !purchasers.matches(dataset, row)
        {
            return Ok(false);
        }
        if !self.filter.indicator_test(dataset, row)
            || !self.filter.lead_age_test(dataset, row, self.as_of)
        {
            return Ok(false);
        }
        if self.filter.has_time() {
            return self.filter.time_test(
                traces.purchase_date[row],
                traces.recovery_date[row],
                traces.date_spans(row),
            );
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeping_the_largest_equals_a_stable_sort_and_cut() {
        // Many ties, so the cut falls inside a run of equal counts.
        let flows: Vec<Flow> = (0..500u32)
            .map(|i| Flow {
                origin: i,
                dest: i,
                count: (i * 7919) % 13,
                by_class: [0; WeaponClass::COUNT],
            })
            .collect();
        for top in [0, 1, 12, 37, 250, 499] {
            let mut expected = flows.clone();
            expected.sort_by_key(|f| std::cmp::Reverse(f.count));
            expected.truncate(top);
            let mut kept = flows.clone();
            keep_largest(&mut kept, top);
            assert_eq!(kept, expected, "top {top}");
        }
    }
}
