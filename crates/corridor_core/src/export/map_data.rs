//! The filtered data as places and flows between them, redacted, for the
//! geographic exports (GeoJSON, KML): every store and recovery site with a
//! trace in the filter, and the store-to-site flows with per-class counts.
//! Flows are between single locations (the finest level), whatever
//! grouping the map shows, so a partner can regroup them.

use crate::aggregate::{ClassCounts, FlowIndex, TraceFilter};
use crate::briefing::Redaction;
use crate::cluster::ClusterLevel;
use crate::model::Dataset;

/// Whether a place is a store or a recovery site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// A gun store where traced firearms were bought.
    Store,
    /// A place in Mexico where traced firearms were recovered.
    Site,
}

impl PlaceKind {
    /// Stable identifier used in exports: `store` or `recovery_site`.
    pub fn id(self) -> &'static str {
        match self {
            PlaceKind::Store => "store",
            PlaceKind::Site => "recovery_site",
        }
    }
}

/// A store or a recovery site, as it may be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Store or recovery site.
    pub kind: PlaceKind,
    /// Export-local id: `s0, s1, …` for stores, `r0, r1, …` for sites.
    pub id: String,
    /// The id the source gave (a store's through the dealer redaction).
    pub source_id: String,
    /// Dealer name (redacted with dealers) or place of recovery.
    pub name: String,
    /// FFL number of a store (redacted with dealers); empty for sites.
    pub ffl: String,
    /// City of a store, municipality of a site.
    pub town: String,
    /// State as the source wrote it; empty when not given.
    pub state: String,
    /// Latitude, in degrees north.
    pub lat_deg: f64,
    /// Longitude, in degrees east (negative in the Americas).
    pub lon_deg: f64,
    /// "exact" or "city" (placed at a town's centre).
    pub precision: &'static str,
    /// Traces in the filter bought (store) or recovered (site) here.
    pub traces: u32,
    /// Those traces by weapon class, indexed by
    /// [`crate::model::WeaponClass::index`].
    pub by_class: ClassCounts,
}

impl Place {
    /// "Name, Town, ST" without empty parts.
    pub fn label(&self) -> String {
        [&self.name, &self.town, &self.state]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The traces in the filter from one store to one recovery site.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowLine {
    /// The store: an index into [`MapData::places`].
    pub origin: usize,
    /// The recovery site: an index into [`MapData::places`].
    pub dest: usize,
    /// Traces in the filter bought at the store and recovered at the site.
    pub count: u32,
    /// Those traces by weapon class, indexed by
    /// [`crate::model::WeaponClass::index`].
    pub by_class: ClassCounts,
}

/// The places and flows of the traces in a filter, as [`map_data`] builds
/// them for the GeoJSON and KML exports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapData {
    /// Every store, then every recovery site, with a trace in the filter.
    pub places: Vec<Place>,
    /// The store-to-site flows, with indices into `places`.
    pub flows: Vec<FlowLine>,
    /// Traces in the filter; the flows' counts add up to it.
    pub traces: u32,
}

/// The places and flows of the traces in `filter`.
pub fn map_data(
    dataset: &Dataset,
    index: &FlowIndex,
    filter: &TraceFilter,
    redaction: Redaction,
) -> MapData {
    let level = ClusterLevel::unclustered(dataset);
    let pairs = crate::cluster::LevelPairs::build(index, &level);
    let summary = crate::aggregate::aggregate_at(dataset, index, &level, &pairs, filter);
    let mut place_of_node = vec![None; level.clusters.len()];
    let mut places = Vec::new();
    let mut stores = 0;
    for (i, store) in dataset.stores.iter().enumerate() {
        let node = level.store_cluster[i] as usize;
        if summary.node_totals[node] == 0 {
            continue;
        }
        place_of_node[node] = Some(places.len());
        places.push(Place {
            kind: PlaceKind::Store,
            id: format!("s{stores}"),
            source_id: redaction.dealer(dataset.str(store.key)).into_owned(),
            // A stable alias keeps a redacted map's stores tellable apart.
            name: if redaction.dealer_names {
                crate::briefing::aliases::dealer_alias(crate::model::StoreId(i as u32))
            } else {
                dataset.str(store.name).to_owned()
            },
            ffl: redaction.dealer(dataset.str(store.ffl)).into_owned(),
            town: dataset.str(store.city).to_owned(),
            state: dataset.str(store.state).to_owned(),
            lat_deg: store.lat_deg,
            lon_deg: store.lon_deg,
            precision: store.precision.id(),
            traces: summary.node_totals[node],
            by_class: summary.node_class_counts[node],
        });
        stores += 1;
    }
    let mut sites = 0;
    for (i, site) in dataset.sites.iter().enumerate() {
        let node = level.site_cluster[i] as usize;
        if summary.node_totals[node] == 0 {
            continue;
        }
        place_of_node[node] = Some(places.len());
        places.push(Place {
            kind: PlaceKind::Site,
            id: format!("r{sites}"),
            source_id: dataset.str(site.key).to_owned(),
            name: dataset.str(site.place).to_owned(),
            ffl: String::new(),
            town: String::new(),
            state: dataset.str(site.state).to_owned(),
            lat_deg: site.lat_deg,
            lon_deg: site.lon_deg,
            precision: site.precision.id(),
            traces: summary.node_totals[node],
            by_class: summary.node_class_counts[node],
        });
        sites += 1;
    }
    let flows = summary
        .flows
        .iter()
        .filter_map(|flow| {
            Some(FlowLine {
                origin: place_of_node[flow.origin as usize]?,
                dest: place_of_node[flow.dest as usize]?,
                count: flow.count,
                by_class: flow.by_class,
            })
        })
        .collect();
    MapData {
        places,
        flows,
        traces: summary.traces,
    }
}
