//! Finding dealers, towns, trace ids and serial numbers by typing.
//!
//! [`SearchIndex::build`] runs once per load; [`SearchIndex::query`] then
//! answers in a few milliseconds at a million traces: names (a few
//! thousand dealers and towns plus the gazetteer) are scanned folded,
//! trace ids and serials are looked up exactly through [`exact::ExactIndex`].

use crate::i18n::Lang;
use crate::i18n::Phrase;
use crate::msg_id;
use crate::phrase;

pub mod entries;
pub mod exact;
pub mod text;

#[cfg(test)]
mod tests;

use crate::aggregate::Selection;
use crate::basemap::Gazetteer;
use crate::geometry::mercator::{WorldPoint, project};
use crate::model::Dataset;
use entries::NameEntry;
use exact::ExactIndex;
use text::{MatchTier, match_tier, normalize_query};

/// Results a query returns at most.
pub const MAX_RESULTS: usize = 20;

/// What a search result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SearchKind {
    /// A gun store of the data, found by its name or its FFL number.
    Dealer,
    /// A town: one of the data (its stores and sites), or one only the
    /// gazetteer knows.
    Place,
    /// A trace, found by its exact id.
    Trace,
    /// A trace, found by the exact serial number of its firearm.
    Serial,
    /// A US or Mexican state with data: picking it selects its stores (a
    /// US state) or its recovery sites (a Mexican one).
    State,
}

impl SearchKind {
    /// The word shown for the kind in the results (`Town` for a place).
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            SearchKind::Dealer => msg_id!("search-kind-dealer"),
            SearchKind::Place => msg_id!("search-kind-place"),
            SearchKind::Trace => msg_id!("search-kind-trace"),
            SearchKind::Serial => msg_id!("search-kind-serial"),
            SearchKind::State => msg_id!("search-kind-state"),
        };
        crate::i18n::text(lang, id, &[])
    }
}

/// Where the map should go: a world rectangle (a point when `min == max`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SearchTarget {
    /// North-west corner: the smallest `x` and `y`.
    pub min: WorldPoint,
    /// South-east corner: the largest `x` and `y`.
    pub max: WorldPoint,
}

impl SearchTarget {
    /// A target that is a single point.
    pub fn point(at: WorldPoint) -> Self {
        Self { min: at, max: at }
    }

    /// The middle of the rectangle.
    pub fn center(&self) -> WorldPoint {
        WorldPoint::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }
}

/// One result: what it is, how to show it, where it is and what picking it selects.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// What was found.
    pub kind: SearchKind,
    /// Main text of the result: a dealer's name, `Culiacán, Sinaloa`,
    /// `Trace T-1`, written in the reader's language.
    pub label: Phrase,
    /// Small line under the label: for a name, what it is and how many
    /// traces (`Dealer · 3 traces`); for a trace, its store and recovery site.
    pub detail: Phrase,
    /// Where the map goes when the result is picked.
    pub target: SearchTarget,
    /// Stores and sites to select; empty for a town without data.
    pub select: Selection,
}

/// Everything searchable in one load.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    names: Vec<NameEntry>,
    trace_ids: ExactIndex,
    serials: ExactIndex,
}

impl SearchIndex {
    /// Builds the index for a dataset; `gazetteer` adds towns without data.
    ///
    /// ```
    /// use corridor_core::model::Dataset;
    /// use corridor_core::search::{SearchIndex, SearchKind};
    /// let basemap = corridor_core::basemap::shared().unwrap();
    /// let index = SearchIndex::build(&Dataset::default(), Some(&basemap.gazetteer));
    /// let hits = index.query(&Dataset::default(), "culiacan");
    /// assert_eq!(hits[0].label.to_string(), "Culiacán, Sinaloa");
    /// assert_eq!(hits[0].kind, SearchKind::Place);
    /// let spanish = hits[0].detail.text(corridor_core::i18n::Lang::Es);
    /// assert!(spanish.starts_with("Ciudad · ") && spanish.ends_with("habitantes · sin rastreos"));
    /// assert!(hits[0].select.is_empty(), "no data there: only the map moves");
    /// assert!(index.query(&Dataset::default(), "   ").is_empty());
    /// ```
    pub fn build(dataset: &Dataset, gazetteer: Option<&Gazetteer>) -> Self {
        let mut store_traces = vec![0u32; dataset.stores.len()];
        let mut site_traces = vec![0u32; dataset.sites.len()];
        let traces = &dataset.traces;
        for (row, (store, site)) in traces.store.iter().zip(&traces.site).enumerate() {
            let firearms = traces.count(row);
            if let Some(n) = store_traces.get_mut(store.0 as usize) {
                *n += firearms;
            }
            if let Some(n) = site_traces.get_mut(site.0 as usize) {
                *n += firearms;
            }
        }
        let mut names = entries::dealer_entries(dataset, &store_traces);
        names.extend(entries::state_entries(dataset, &store_traces, &site_traces));
        names.extend(entries::place_entries(
            dataset,
            &store_traces,
            &site_traces,
            gazetteer,
        ));
        // The two sorts dominate at a million traces: one each on two cores.
        let (trace_ids, serials) = std::thread::scope(|scope| {
            let ids = scope.spawn(|| ExactIndex::build(&dataset.traces.trace_id));
            let serials = ExactIndex::build(&dataset.traces.serial);
            (ids.join().unwrap_or_default(), serials)
        });
        Self {
            names,
            trace_ids,
            serials,
        }
    }

    /// The best [`MAX_RESULTS`] hits: exact trace ids and serials first,
    /// then names, prefix matches before matches inside words, data before
    /// basemap-only towns, bigger before smaller. `dataset` must be the one
    /// the index was built from.
    pub fn query(&self, dataset: &Dataset, query: &str) -> Vec<SearchHit> {
        let normalized = normalize_query(query);
        if normalized.is_empty() {
            return Vec::new();
        }
        let mut hits = Vec::new();
        let traces = &dataset.traces;
        for row in self.trace_ids.find(&traces.trace_id, query) {
            hits.push(trace_hit(dataset, row, SearchKind::Trace));
        }
        for row in self.serials.find(&traces.serial, query) {
            if hits.len() >= MAX_RESULTS {
                break;
            }
            hits.push(trace_hit(dataset, row, SearchKind::Serial));
        }
        hits.truncate(MAX_RESULTS);
        let ffl_query = text::alnum_key(query);
        let mut ranked: Vec<(MatchTier, bool, std::cmp::Reverse<u64>, usize)> = self
            .names
            .iter()
            .enumerate()
            .filter_map(|(i, entry)| {
                let by_ffl = if ffl_query.len() >= 3 && !entry.ffl.is_empty() {
                    match_tier(&entry.ffl, &ffl_query)
                } else {
                    None
                };
                let tier = match (match_tier(&entry.text, &normalized), by_ffl) {
                    (Some(a), Some(b)) => a.min(b),
                    (a, b) => a.or(b)?,
                };
                Some((tier, !entry.has_data, std::cmp::Reverse(entry.weight), i))
            })
            .collect();
        let room = MAX_RESULTS - hits.len();
        if ranked.len() > room {
            ranked.select_nth_unstable(room);
            ranked.truncate(room);
        }
        ranked.sort_unstable();
        hits.extend(ranked.into_iter().filter_map(|(.., i)| {
            let entry = self.names.get(i)?;
            Some(SearchHit {
                kind: entry.kind,
                label: phrase!("search-name", name = &entry.label),
                detail: entry.detail.clone(),
                target: entry.target,
                select: entry.select.clone(),
            })
        }));
        hits
    }

    /// Heap bytes held, roughly: the two exact indexes and the name entries,
    /// not counting the strings the entries own.
    pub fn heap_bytes(&self) -> usize {
        self.trace_ids.heap_bytes()
            + self.serials.heap_bytes()
            + self.names.capacity() * std::mem::size_of::<NameEntry>()
    }
}

fn trace_hit(dataset: &Dataset, row: usize, kind: SearchKind) -> SearchHit {
    let traces = &dataset.traces;
    let (store, site) = (traces.store[row], traces.site[row]);
    let (s, r) = (dataset.store(store), dataset.site(site));
    let from = project(s.lat_deg, s.lon_deg);
    let to = project(r.lat_deg, r.lon_deg);
    let label = match kind {
        SearchKind::Serial => phrase!(
            "search-serial",
            serial = traces.serial.get(row),
            id = traces.trace_id.get(row)
        ),
        _ => phrase!("search-trace", id = traces.trace_id.get(row)),
    };
    SearchHit {
        kind,
        label,
        detail: phrase!(
            "search-trace-detail",
            store = dataset.store_label(store),
            site = dataset.site_label(site)
        ),
        target: SearchTarget {
            min: WorldPoint::new(from.x.min(to.x), from.y.min(to.y)),
            max: WorldPoint::new(from.x.max(to.x), from.y.max(to.y)),
        },
        select: Selection {
            stores: [store.0].into(),
            sites: [site.0].into(),
            between: true,
        },
    }
}
