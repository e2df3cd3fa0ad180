//! Corridors: traces counted from origin area to destination area, with the
//! median time-to-crime and the weapon mix, for the table and for scripts.

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::areas::AreaIndex;
use super::filter::TraceFilter;
use super::flows::{ClassCounts, Predicate, dominant_class};
use super::median::weighted_median;
use super::selection::Selection;
use crate::i18n::Lang;
use crate::model::{Dataset, SiteId, StoreId, WeaponClass};
use crate::msg_id;

/// One row of the corridors table: the traces in the filter bought in one
/// origin area and recovered in one destination area.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Corridor {
    /// Name of the area where the guns were bought: a US state code, a town
    /// with its state, or a store (see [`AreaLevel`](super::areas::AreaLevel)).
    pub origin: String,
    /// Name of the area where the guns were recovered: a Mexican state code, a
    /// municipality with its state, or a recovery site.
    pub destination: String,
    /// Traces from the origin to the destination that pass the filter.
    pub traces: u32,
    /// Of the traces in the filter, in [0, 1].
    pub share: f64,
    /// `None` when no trace of the corridor has both dates.
    pub median_ttc_days: Option<f64>,
    /// The same traces by weapon class, indexed by [`WeaponClass::index`];
    /// serialized as a map from class id to count.
    #[serde(serialize_with = "serialize_class_counts")]
    pub by_class: ClassCounts,
    /// The class with the most traces; ties go to the class listed first.
    pub dominant_class: WeaponClass,
}

fn serialize_class_counts<S: serde::Serializer>(
    counts: &ClassCounts,
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(WeaponClass::COUNT))?;
    for class in WeaponClass::ALL {
        map.serialize_entry(class.id(), &counts[class.index()])?;
    }
    map.end()
}

/// Corridors of the traces in `filter`, largest first (ties by origin, then
/// destination, so the order is stable).
pub fn corridors(dataset: &Dataset, areas: &AreaIndex, filter: &TraceFilter) -> Vec<Corridor> {
    corridors_kept(dataset, areas, filter, |_, _| true)
}

/// [`corridors`] of the traces `keep` accepts by their store and site (a
/// selection's traces, say); shares are of the kept traces.
pub fn corridors_kept(
    dataset: &Dataset,
    areas: &AreaIndex,
    filter: &TraceFilter,
    keep: impl Fn(StoreId, SiteId) -> bool,
) -> Vec<Corridor> {
    let traces = &dataset.traces;
    let predicate = Predicate::new(dataset, filter);
    let mut by_pair: FxHashMap<(u32, u32), usize> = FxHashMap::default();
    let mut counts: Vec<ClassCounts> = Vec::new();
    let mut ttcs: Vec<Vec<(i32, u32)>> = Vec::new();
    let mut total = 0u32;
    for row in 0..traces.len() {
        let class = traces.class[row];
        if !filter.class_enabled(class)
            || !keep(traces.store[row], traces.site[row])
            || predicate
                .as_ref()
                .is_some_and(|p| p.test(dataset, row) != Ok(true))
        {
            continue;
        }
        let key = (
            areas.store_area[traces.store[row].0 as usize],
            areas.site_area[traces.site[row].0 as usize],
        );
        let next = counts.len();
        let slot = *by_pair.entry(key).or_insert_with(|| {
            counts.push([0; WeaponClass::COUNT]);
            ttcs.push(Vec::new());
            next
        });
        let firearms = traces.count(row);
        counts[slot][class.index()] += firearms;
        if let Some(days) = traces.time_to_crime_days(row) {
            ttcs[slot].push((days, firearms));
        }
        total += firearms;
    }
    let mut result: Vec<Corridor> = by_pair
        .into_iter()
        .map(|((origin, destination), slot)| {
            let by_class = counts[slot];
            let n: u32 = by_class.iter().sum();
            Corridor {
                origin: areas.names[origin as usize].clone(),
                destination: areas.names[destination as usize].clone(),
                traces: n,
                share: if total == 0 {
                    0.0
                } else {
                    f64::from(n) / f64::from(total)
                },
                median_ttc_days: weighted_median(&mut ttcs[slot]),
                by_class,
                dominant_class: dominant_class(&by_class),
            }
        })
        .collect();
    result.sort_by(|a, b| {
        b.traces
            .cmp(&a.traces)
            .then_with(|| a.origin.cmp(&b.origin))
            .then_with(|| a.destination.cmp(&b.destination))
    });
    result
}

/// The stores of a corridor's origin area and the sites of its destination
/// area, as a selection that shows only the flows between them.
pub fn corridor_selection(areas: &AreaIndex, origin: &str, destination: &str) -> Selection {
    let in_area = |ids: &[u32], name: &str| -> std::collections::BTreeSet<u32> {
        // Origins and destinations share the name list, so look the name up
        // once and compare ids.
        match areas.names.iter().position(|n| n == name) {
            Some(area) => ids
                .iter()
                .enumerate()
                .filter(|(_, a)| **a as usize == area)
                .map(|(i, _)| i as u32)
                .collect(),
            None => Default::default(),
        }
    };
    Selection {
        stores: in_area(&areas.store_area, origin),
        sites: in_area(&areas.site_area, destination),
        between: true,
    }
}

/// A column of the corridors table, to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CorridorColumn {
    /// Origin area name.
    Origin,
    /// Destination area name.
    Destination,
    /// Number of traces.
    Traces,
    /// Share of the traces in the filter.
    Share,
    /// Median time-to-crime, in days.
    MedianTtc,
    /// Weapon class with the most traces.
    DominantClass,
}

impl CorridorColumn {
    /// Every column, in table order.
    pub const ALL: [CorridorColumn; 6] = [
        CorridorColumn::Origin,
        CorridorColumn::Destination,
        CorridorColumn::Traces,
        CorridorColumn::Share,
        CorridorColumn::MedianTtc,
        CorridorColumn::DominantClass,
    ];

    /// The column's header text.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            CorridorColumn::Origin => msg_id!("corridor-column-origin"),
            CorridorColumn::Destination => msg_id!("corridor-column-destination"),
            CorridorColumn::Traces => msg_id!("corridor-column-traces"),
            CorridorColumn::Share => msg_id!("corridor-column-share"),
            CorridorColumn::MedianTtc => msg_id!("corridor-column-median-ttc"),
            CorridorColumn::DominantClass => msg_id!("corridor-column-dominant-class"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// Numbers read best largest first; names from A.
    pub fn descending_first(self) -> bool {
        matches!(
            self,
            CorridorColumn::Traces | CorridorColumn::Share | CorridorColumn::MedianTtc
        )
    }
}

/// Row order of `rows` sorted by a column. Ties keep the traces order (the
/// order `corridors` returns), and rows without a median time-to-crime go
/// last either way, since "unknown" is neither short nor long.
///
/// ```
/// use corridor_core::aggregate::corridors::{CorridorColumn, sort_order};
/// assert!(sort_order(&[], CorridorColumn::Origin, false).is_empty());
/// ```
pub fn sort_order(rows: &[Corridor], column: CorridorColumn, descending: bool) -> Vec<usize> {
    use std::cmp::Ordering;
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let directed = |o: Ordering| if descending { o.reverse() } else { o };
    order.sort_by(|&a, &b| {
        let (x, y) = (&rows[a], &rows[b]);
        let primary = match column {
            CorridorColumn::Origin => directed(x.origin.cmp(&y.origin)),
            CorridorColumn::Destination => directed(x.destination.cmp(&y.destination)),
            CorridorColumn::Traces => directed(x.traces.cmp(&y.traces)),
            CorridorColumn::Share => directed(x.share.total_cmp(&y.share)),
            CorridorColumn::DominantClass => {
                directed(x.dominant_class.index().cmp(&y.dominant_class.index()))
            }
            CorridorColumn::MedianTtc => match (x.median_ttc_days, y.median_ttc_days) {
                (Some(p), Some(q)) => directed(p.total_cmp(&q)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        primary.then(a.cmp(&b))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(origin: &str, traces: u32, ttc: Option<f64>) -> Corridor {
        Corridor {
            origin: origin.to_owned(),
            destination: "MX-SIN".to_owned(),
            traces,
            share: f64::from(traces) / 10.0,
            median_ttc_days: ttc,
            by_class: [0; WeaponClass::COUNT],
            dominant_class: WeaponClass::Unknown,
        }
    }

    #[test]
    fn sorting_by_median_puts_unknown_last_both_ways() {
        let rows = [
            row("US-AZ", 5, None),
            row("US-TX", 3, Some(40.0)),
            row("US-CA", 2, Some(900.0)),
        ];
        assert_eq!(
            sort_order(&rows, CorridorColumn::MedianTtc, false),
            [1, 2, 0]
        );
        assert_eq!(
            sort_order(&rows, CorridorColumn::MedianTtc, true),
            [2, 1, 0]
        );
        assert_eq!(sort_order(&rows, CorridorColumn::Origin, false), [0, 2, 1]);
        assert_eq!(sort_order(&rows, CorridorColumn::Traces, false), [2, 1, 0]);
    }

    #[test]
    fn a_corridor_selects_its_origin_stores_and_destination_sites() {
        let areas = AreaIndex {
            level: super::super::areas::AreaLevel::State,
            names: vec!["US-TX".into(), "MX-SIN".into(), "US-AZ".into()],
            store_area: vec![0, 2, 0],
            site_area: vec![1, 1, 0],
        };
        let selection = corridor_selection(&areas, "US-TX", "MX-SIN");
        assert_eq!(selection.stores.into_iter().collect::<Vec<_>>(), [0, 2]);
        assert_eq!(selection.sites.into_iter().collect::<Vec<_>>(), [0, 1]);
        assert!(selection.between);
        assert!(
            corridor_selection(&areas, "nowhere", "MX-SIN")
                .stores
                .is_empty()
        );
    }
}
