//! Investigation marks on the map: flows coloured by the purchaser network
//! they carry, stale leads faded, flows and symbols of flagged traces
//! outlined, and stores and sites another agency also holds ringed.
//!
//! What a flow or node carries ([`InvestigationFacts`]) is counted with the
//! flows (on the worker, from the same filter); how it looks
//! ([`MarkOptions`]) is style, so switching a mark on or off restyles the
//! same count.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::aggregate::TraceFilter;
use crate::aggregate::flows::{FlowSummary, matching_traces};
use crate::cluster::ClusterLevel;
use crate::investigate::deconflict::{OverlapKind, deconflict};
use crate::investigate::indicators::{Indicator, IndicatorSet, indicators_of};
use crate::investigate::lead_age::AgeBand;
use crate::investigate::networks::{NetworkOptions, Networks, find_networks};
use crate::model::{Dataset, Day};

/// Which marks the map draws (all off by default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct MarkOptions {
    /// Outline flows and ring symbols that carry a trace flagged with any
    /// of these indicators (none: no outline). Chosen apart from the
    /// filter's indicators, which hide the other traces.
    pub flagged: IndicatorSet,
    /// Ring stores and recovery sites whose records another agency also
    /// holds.
    pub overlaps: bool,
    /// Draw flows whose latest recovery is a stale lead faded.
    pub fade_stale: bool,
}

impl MarkOptions {
    /// Whether any mark is on.
    pub fn any(self) -> bool {
        !self.flagged.is_empty() || self.overlaps || self.fade_stale
    }
}

/// No network: the trace's purchaser is in none.
pub const NO_NETWORK: u32 = u32::MAX;

/// What the marks are made from, built once per load (the networks and
/// the overlaps between agencies).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InvestigationInputs {
    /// The network of each trace's purchaser (its rank in the networks
    /// list, 0 the largest), or [`NO_NETWORK`].
    pub trace_network: Vec<u32>,
    /// Stores (by id) where a record another agency also holds was bought,
    /// or which another agency lists.
    pub overlap_store: Vec<bool>,
    /// Recovery sites (by id) of records another agency also holds.
    pub overlap_site: Vec<bool>,
}

impl InvestigationInputs {
    /// From networks and overlaps already found.
    pub fn from_found(
        dataset: &Dataset,
        networks: &Networks,
        overlaps: &[crate::investigate::deconflict::Overlap],
    ) -> Self {
        let trace_network = (0..dataset.traces.len())
            .map(|row| networks.of_trace(row).map_or(NO_NETWORK, |n| n as u32))
            .collect();
        let mut overlap_store = vec![false; dataset.stores.len()];
        let mut overlap_site = vec![false; dataset.sites.len()];
        for overlap in overlaps {
            for record in &overlap.records {
                let row = record.row as usize;
                if let Some(store) = dataset.traces.store.get(row) {
                    overlap_store[store.0 as usize] = true;
                }
                // A store both agencies list says nothing of the sites.
                if overlap.kind != OverlapKind::Store
                    && let Some(site) = dataset.traces.site.get(row)
                {
                    overlap_site[site.0 as usize] = true;
                }
            }
        }
        InvestigationInputs {
            trace_network,
            overlap_store,
            overlap_site,
        }
    }

    /// Finds the networks (case, recovery and address links, as of
    /// `as_of`) and the overlaps, for an export without the app.
    pub fn build(dataset: &Dataset, as_of: Day) -> Self {
        let networks = find_networks(dataset, &NetworkOptions::as_of(as_of));
        InvestigationInputs::from_found(dataset, &networks, &deconflict(dataset))
    }
}

/// What one drawn flow carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowFacts {
    /// The network most of its traces belong to, or [`NO_NETWORK`].
    pub network: u32,
    /// The latest recovery among its traces.
    pub latest_recovery: Day,
    /// Its traces flagged with each indicator, in [`Indicator::ALL`] order.
    pub flagged: Flagged,
}

/// Traces flagged with each indicator, in [`Indicator::ALL`] order.
pub type Flagged = [u32; Indicator::ALL.len()];

/// Whether any of `counts` of the indicators in `marked` is positive.
pub fn carries(counts: &Flagged, marked: IndicatorSet) -> bool {
    Indicator::ALL
        .iter()
        .zip(counts)
        .any(|(i, &n)| n > 0 && marked.has(*i))
}

/// What the flows and nodes of a count carry, for the marks.
#[derive(Clone, Debug, PartialEq)]
pub struct InvestigationFacts {
    /// Per flow of the summary, in its order.
    pub flows: Vec<FlowFacts>,
    /// Per node of the level: its traces flagged with each indicator.
    pub node_flagged: Vec<Flagged>,
    /// Per node of the level: a member store or site another agency also
    /// holds.
    pub node_overlap: Vec<bool>,
    /// Lead age of each flow: the band of its latest recovery as of the
    /// filter's date.
    pub flow_band: Vec<AgeBand>,
    /// The as-of date the bands were measured to.
    pub as_of: Day,
    /// A lead older than this many days is stale.
    pub stale_after_days: i32,
}

/// Counts what the drawn flows of `summary` (at `level`, for `filter`)
/// carry: one pass over the filtered traces.
pub fn investigation_facts(
    dataset: &Dataset,
    level: &ClusterLevel,
    summary: &FlowSummary,
    filter: &TraceFilter,
    inputs: &InvestigationInputs,
) -> InvestigationFacts {
    let flow_of: FxHashMap<(u32, u32), usize> = summary
        .flows
        .iter()
        .enumerate()
        .map(|(i, f)| ((f.origin, f.dest), i))
        .collect();
    let mut flows = vec![
        FlowFacts {
            network: NO_NETWORK,
            latest_recovery: Day::NONE,
            flagged: [0; Indicator::ALL.len()],
        };
        summary.flows.len()
    ];
    let mut network_counts: FxHashMap<(usize, u32), u32> = FxHashMap::default();
    let mut node_flagged = vec![[0u32; Indicator::ALL.len()]; level.clusters.len()];
    let traces = &dataset.traces;
    for row in matching_traces(dataset, filter, |_, _| true) {
        let row = row as usize;
        let origin = level.store_cluster[traces.store[row].0 as usize];
        let dest = level.site_cluster[traces.site[row].0 as usize];
        let flags = indicators_of(dataset, row, filter.short_ttc_months);
        let firearms = traces.count(row);
        let flow = flow_of.get(&(origin, dest)).copied();
        if !flags.is_empty() {
            for (k, indicator) in Indicator::ALL.iter().enumerate() {
                if !flags.has(*indicator) {
                    continue;
                }
                for node in [origin, dest] {
                    if let Some(n) = node_flagged.get_mut(node as usize) {
                        n[k] += firearms;
                    }
                }
                if let Some(i) = flow {
                    flows[i].flagged[k] += firearms;
                }
            }
        }
        let Some(i) = flow else {
            continue;
        };
        let facts = &mut flows[i];
        let recovered = traces.recovery_date[row];
        if !recovered.is_none()
            && (facts.latest_recovery.is_none() || recovered > facts.latest_recovery)
        {
            facts.latest_recovery = recovered;
        }
        let network = inputs.trace_network.get(row).copied().unwrap_or(NO_NETWORK);
        if network != NO_NETWORK {
            *network_counts.entry((i, network)).or_default() += firearms;
        }
    }
    // Each flow's network: the one with most of its traces, the larger
    // network (lower rank) on a tie.
    let mut best: FxHashMap<usize, (u32, u32)> = FxHashMap::default();
    for (&(flow, network), &count) in &network_counts {
        let entry = best.entry(flow).or_insert((network, count));
        if count > entry.1 || (count == entry.1 && network < entry.0) {
            *entry = (network, count);
        }
    }
    for (flow, (network, _)) in best {
        flows[flow].network = network;
    }
    let mut node_overlap = vec![false; level.clusters.len()];
    for (store, &held) in inputs.overlap_store.iter().enumerate() {
        if held && let Some(&node) = level.store_cluster.get(store) {
            node_overlap[node as usize] = true;
        }
    }
    for (site, &held) in inputs.overlap_site.iter().enumerate() {
        if held && let Some(&node) = level.site_cluster.get(site) {
            node_overlap[node as usize] = true;
        }
    }
    let as_of = filter.as_of_day();
    let flow_band = flows
        .iter()
        .map(|f| filter.lead_bands.band(f.latest_recovery, as_of))
        .collect();
    InvestigationFacts {
        flows,
        node_flagged,
        node_overlap,
        flow_band,
        as_of,
        stale_after_days: filter.lead_bands.ageing_days,
    }
}
