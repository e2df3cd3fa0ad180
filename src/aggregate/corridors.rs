//! Corridors: traces counted from origin area to destination area, with the
//! median time-to-crime and the weapon mix, for the table and for scripts.

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::areas::AreaIndex;
use super::filter::TraceFilter;
use super::flows::{ClassCounts, Predicate, dominant_class};
use crate::model::{Dataset, WeaponClass};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Corridor {
    pub origin: String,
    pub destination: String,
    pub traces: u32,
    /// Of the traces in the filter, in [0, 1].
    pub share: f64,
    /// `None` when no trace of the corridor has both dates.
    pub median_ttc_days: Option<f64>,
    #[serde(serialize_with = "serialize_class_counts")]
    pub by_class: ClassCounts,
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
    let traces = &dataset.traces;
    let predicate = Predicate::new(dataset, filter);
    let mut by_pair: FxHashMap<(u32, u32), usize> = FxHashMap::default();
    let mut counts: Vec<ClassCounts> = Vec::new();
    let mut ttcs: Vec<Vec<i32>> = Vec::new();
    let mut total = 0u32;
    for row in 0..traces.len() {
        let class = traces.class[row];
        if !filter.class_enabled(class)
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
        counts[slot][class.index()] += 1;
        if let Some(days) = traces.time_to_crime_days(row) {
            ttcs[slot].push(days);
        }
        total += 1;
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
                median_ttc_days: median(&mut ttcs[slot]),
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

/// The middle value (mean of the two middle ones for an even count).
///
/// ```
/// use corridor::aggregate::corridors::median;
/// assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
/// assert_eq!(median(&mut [4, 1, 3, 2]), Some(2.5));
/// assert_eq!(median(&mut []), None);
/// ```
pub fn median(values: &mut [i32]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        f64::from(values[mid])
    } else {
        (f64::from(values[mid - 1]) + f64::from(values[mid])) / 2.0
    })
}
