//! The named things a search can find: dealers and towns with data, and the
//! gazetteer's towns (to fly to a place that has none).

use crate::i18n::Phrase;
use crate::phrase;
use std::collections::{BTreeSet, HashMap, HashSet};

use super::text::{alnum_key, normalize_query};
use super::{SearchKind, SearchTarget};
use crate::aggregate::Selection;
use crate::aggregate::filter::fold_lower;
use crate::basemap::Gazetteer;
use crate::basemap::{Country, StateTable, normalize_state};
use crate::geometry::mercator::{WorldPoint, project};
use crate::model::Dataset;

/// One searchable name, folded once per load.
#[derive(Clone, Debug)]
pub struct NameEntry {
    /// What the entry is: a dealer or a town.
    pub kind: SearchKind,
    /// Folded label, matched against the query.
    pub text: String,
    /// Letters and digits of a dealer's licence number, folded.
    pub ffl: String,
    /// Entries with data outrank places that only exist on the basemap.
    pub has_data: bool,
    /// Traces for data entries, population for basemap places: bigger first.
    pub weight: u64,
    /// Name as shown in the results.
    pub label: String,
    /// Second line shown under the label, written in the reader's language.
    pub detail: Phrase,
    /// Where the map goes when the entry is picked.
    pub target: SearchTarget,
    /// Stores and sites picking it selects; empty for a town only the
    /// gazetteer knows.
    pub select: Selection,
}

/// One entry per store of the dataset, by store id; `store_traces` holds
/// each store's number of traces, also by store id.
pub fn dealer_entries(dataset: &Dataset, store_traces: &[u32]) -> Vec<NameEntry> {
    dataset
        .stores
        .iter()
        .enumerate()
        .map(|(i, store)| {
            let label = dataset.store_label(crate::model::StoreId(i as u32));
            let ffl = dataset.str(store.ffl);
            let traces = store_traces.get(i).copied().unwrap_or(0);
            let detail = if ffl.is_empty() {
                phrase!("search-dealer", count = traces)
            } else {
                phrase!("search-dealer-ffl", ffl = ffl, count = traces)
            };
            let at = project(store.lat_deg, store.lon_deg);
            NameEntry {
                kind: SearchKind::Dealer,
                text: normalize_query(&label),
                ffl: alnum_key(ffl),
                has_data: true,
                weight: u64::from(traces),
                label,
                detail,
                target: SearchTarget::point(at),
                select: Selection {
                    stores: BTreeSet::from([i as u32]),
                    ..Default::default()
                },
            }
        })
        .collect()
}

/// A town of the data: its stores and sites, grouped by folded name and state.
struct Town {
    label: String,
    stores: BTreeSet<u32>,
    sites: BTreeSet<u32>,
    traces: u64,
    min: WorldPoint,
    max: WorldPoint,
}

impl Town {
    fn new(label: String, at: WorldPoint) -> Self {
        Self {
            label,
            stores: BTreeSet::new(),
            sites: BTreeSet::new(),
            traces: 0,
            min: at,
            max: at,
        }
    }

    fn include(&mut self, at: WorldPoint, traces: u32) {
        self.min = WorldPoint::new(self.min.x.min(at.x), self.min.y.min(at.y));
        self.max = WorldPoint::new(self.max.x.max(at.x), self.max.y.max(at.y));
        self.traces += u64::from(traces);
    }
}

/// One entry per state with data: a US state selects its stores, a
/// Mexican state its recovery sites ("which dealers feed Tamaulipas?"
/// starts by picking Tamaulipas), matched by name or code.
pub fn state_entries(
    dataset: &Dataset,
    store_traces: &[u32],
    site_traces: &[u32],
) -> Vec<NameEntry> {
    let Ok(table) = StateTable::embedded() else {
        return Vec::new();
    };
    let mut states: std::collections::BTreeMap<String, Town> = std::collections::BTreeMap::new();
    // The state's entry for a location at `at`, grown to include it.
    let mut add = |state: &str, at: WorldPoint, traces: u32| -> Option<String> {
        let code = normalize_state(state)?;
        let info = table.get(code)?;
        let key = code.as_str().to_owned();
        states
            .entry(key.clone())
            .or_insert_with(|| Town::new(info.name.clone(), at))
            .include(at, traces);
        Some(key)
    };
    let mut store_state = Vec::with_capacity(dataset.stores.len());
    for (i, store) in dataset.stores.iter().enumerate() {
        let at = project(store.lat_deg, store.lon_deg);
        let traces = store_traces.get(i).copied().unwrap_or(0);
        store_state.push(add(dataset.str(store.state), at, traces));
    }
    let mut site_state = Vec::with_capacity(dataset.sites.len());
    for (i, site) in dataset.sites.iter().enumerate() {
        let at = project(site.lat_deg, site.lon_deg);
        let traces = site_traces.get(i).copied().unwrap_or(0);
        site_state.push(add(dataset.str(site.state), at, traces));
    }
    for (i, key) in store_state.into_iter().enumerate() {
        if let Some(state) = key.and_then(|k| states.get_mut(&k)) {
            state.stores.insert(i as u32);
        }
    }
    for (i, key) in site_state.into_iter().enumerate() {
        if let Some(state) = key.and_then(|k| states.get_mut(&k)) {
            state.sites.insert(i as u32);
        }
    }
    states
        .into_iter()
        .map(|(code, state)| {
            let (stores, sites) = (state.stores.len(), state.sites.len());
            let detail = match (stores > 0, sites > 0) {
                (true, true) => phrase!(
                    "search-state-both",
                    code = code.as_str(),
                    stores = stores,
                    sites = sites
                ),
                (true, false) => {
                    phrase!("search-state-stores", code = code.as_str(), stores = stores)
                }
                (false, _) => phrase!("search-state-sites", code = code.as_str(), sites = sites),
            };
            NameEntry {
                kind: SearchKind::State,
                text: normalize_query(&format!("{} {code}", state.label)),
                ffl: String::new(),
                has_data: true,
                weight: state.traces,
                detail,
                label: state.label,
                target: SearchTarget {
                    min: state.min,
                    max: state.max,
                },
                select: Selection {
                    stores: state.stores,
                    sites: state.sites,
                    between: false,
                },
            }
        })
        .collect()
}

/// Same state however the source spelled it ("Sinaloa", "SIN", "MX-SIN").
fn state_key(state: &str) -> String {
    normalize_state(state).map_or_else(|| fold_lower(state), |code| code.as_str().to_owned())
}

fn join(place: &str, state: &str) -> String {
    if state.is_empty() {
        place.to_owned()
    } else {
        format!("{place}, {state}")
    }
}

/// Towns of the data, then the gazetteer's other towns. Returns the entries.
pub fn place_entries(
    dataset: &Dataset,
    store_traces: &[u32],
    site_traces: &[u32],
    gazetteer: Option<&Gazetteer>,
) -> Vec<NameEntry> {
    let mut towns: Vec<Town> = Vec::new();
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    let mut town_of = |name: &str, state: &str, at: WorldPoint| -> Option<usize> {
        if name.is_empty() {
            return None;
        }
        let key = (normalize_query(name), state_key(state));
        let index = *by_key.entry(key.clone()).or_insert_with(|| {
            towns.push(Town::new(join(name, state), at));
            towns.len() - 1
        });
        Some(index)
    };
    let mut store_town = Vec::with_capacity(dataset.stores.len());
    for store in &dataset.stores {
        let at = project(store.lat_deg, store.lon_deg);
        store_town
            .push(town_of(dataset.str(store.city), dataset.str(store.state), at).map(|t| (t, at)));
    }
    let mut site_town = Vec::with_capacity(dataset.sites.len());
    for site in &dataset.sites {
        let at = project(site.lat_deg, site.lon_deg);
        site_town
            .push(town_of(dataset.str(site.place), dataset.str(site.state), at).map(|t| (t, at)));
    }
    for (store, found) in store_town.into_iter().enumerate() {
        if let Some((t, at)) = found {
            towns[t].stores.insert(store as u32);
            towns[t].include(at, store_traces.get(store).copied().unwrap_or(0));
        }
    }
    for (site, found) in site_town.into_iter().enumerate() {
        if let Some((t, at)) = found {
            towns[t].sites.insert(site as u32);
            towns[t].include(at, site_traces.get(site).copied().unwrap_or(0));
        }
    }
    let in_data: HashSet<(String, String)> = by_key.into_keys().collect();
    let mut entries: Vec<NameEntry> = towns
        .into_iter()
        .map(|town| {
            let places = town.stores.len() + town.sites.len();
            let detail = phrase!("search-town-data", places = places, count = town.traces);
            NameEntry {
                kind: SearchKind::Place,
                text: normalize_query(&town.label),
                ffl: String::new(),
                has_data: true,
                weight: town.traces,
                label: town.label,
                detail,
                target: SearchTarget {
                    min: town.min,
                    max: town.max,
                },
                select: Selection {
                    stores: town.stores,
                    sites: town.sites,
                    between: false,
                },
            }
        })
        .collect();
    if let Some(gazetteer) = gazetteer {
        let states = StateTable::embedded().ok();
        for place in gazetteer.places() {
            let key = (
                normalize_query(&place.name),
                place.state.as_str().to_owned(),
            );
            if in_data.contains(&key) {
                continue;
            }
            let state = states.and_then(|table| table.get(place.state)).map_or(
                place.state.as_str(),
                |info| match info.country {
                    Country::Us => info.postal.as_str(),
                    Country::Mx => info.name.as_str(),
                },
            );
            let label = join(&place.name, state);
            entries.push(NameEntry {
                kind: SearchKind::Place,
                text: normalize_query(&label),
                ffl: String::new(),
                has_data: false,
                weight: u64::from(place.population),
                detail: phrase!("search-town", population = place.population),
                label,
                target: SearchTarget::point(place.world),
                select: Selection::default(),
            });
        }
    }
    entries
}
