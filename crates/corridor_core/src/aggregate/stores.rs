//! Stores (dealers) by the traces bought there: which dealers feed a
//! destination, a corridor or a selection. The investigator's question
//! "which dealers feed Tamaulipas?" is this table with the Tamaulipas
//! recovery sites selected.

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::filter::TraceFilter;
use super::flows::{ClassCounts, Predicate};
use super::median::weighted_median;
use crate::i18n::Lang;
use crate::model::{Dataset, Day, SiteId, StoreId, WeaponClass};
use crate::msg_id;

/// One store's traces in the filter (and the selection).
#[derive(Clone, Debug, PartialEq)]
pub struct StoreRow {
    /// The store.
    pub store: StoreId,
    /// Traces bought there that pass the filter and the selection.
    pub traces: u32,
    /// Of the traces counted in the table, in [0, 1].
    pub share: f64,
    /// Median days from purchase to recovery; `None` when no counted trace
    /// has both dates.
    pub median_ttc_days: Option<f64>,
    /// The counted traces by weapon class, indexed by [`WeaponClass::index`].
    pub by_class: ClassCounts,
    /// Earliest purchase date among the counted traces that have one.
    pub first_purchase: Option<Day>,
    /// Latest purchase date among the counted traces that have one.
    pub last_purchase: Option<Day>,
}

impl StoreRow {
    /// The classes with traces, most first (ties in the classes' order).
    ///
    /// ```
    /// use corridor_core::aggregate::stores::StoreRow;
    /// use corridor_core::model::{StoreId, WeaponClass};
    /// let mut by_class = [0; WeaponClass::COUNT];
    /// by_class[WeaponClass::Pistol.index()] = 2;
    /// by_class[WeaponClass::AkPattern.index()] = 5;
    /// let row = StoreRow {
    ///     store: StoreId(0), traces: 7, share: 1.0, median_ttc_days: None, by_class,
    ///     first_purchase: None, last_purchase: None,
    /// };
    /// assert_eq!(row.top_classes(), vec![(WeaponClass::AkPattern, 5), (WeaponClass::Pistol, 2)]);
    /// ```
    pub fn top_classes(&self) -> Vec<(WeaponClass, u32)> {
        let mut classes: Vec<(WeaponClass, u32)> = WeaponClass::ALL
            .into_iter()
            .map(|c| (c, self.by_class[c.index()]))
            .filter(|(_, n)| *n > 0)
            .collect();
        classes.sort_by_key(|c| std::cmp::Reverse(c.1));
        classes
    }
}

/// Per store: the traces in `filter` that `keep` accepts (by the trace's
/// store and site: a selection, a destination state), largest first; ties
/// by store id, so the order is stable. Stores without such traces are left
/// out.
pub fn store_rows(
    dataset: &Dataset,
    filter: &TraceFilter,
    keep: impl Fn(StoreId, SiteId) -> bool,
) -> Vec<StoreRow> {
    let traces = &dataset.traces;
    let predicate = Predicate::new(dataset, filter);
    let mut slots: FxHashMap<u32, usize> = FxHashMap::default();
    let mut rows: Vec<StoreRow> = Vec::new();
    let mut ttcs: Vec<Vec<(i32, u32)>> = Vec::new();
    let mut total = 0u32;
    for row in 0..traces.len() {
        let class = traces.class[row];
        let (store, site) = (traces.store[row], traces.site[row]);
        if !filter.class_enabled(class)
            || !keep(store, site)
            || predicate
                .as_ref()
                .is_some_and(|p| p.test(dataset, row) != Ok(true))
        {
            continue;
        }
        let slot = *slots.entry(store.0).or_insert_with(|| {
            rows.push(StoreRow {
                store,
                traces: 0,
                share: 0.0,
                median_ttc_days: None,
                by_class: [0; WeaponClass::COUNT],
                first_purchase: None,
                last_purchase: None,
            });
            ttcs.push(Vec::new());
            rows.len() - 1
        });
        let entry = &mut rows[slot];
        let firearms = traces.count(row);
        entry.traces += firearms;
        entry.by_class[class.index()] += firearms;
        let bought = traces.purchase_date[row];
        if bought.get().is_some() {
            entry.first_purchase = Some(entry.first_purchase.map_or(bought, |d| d.min(bought)));
            entry.last_purchase = Some(entry.last_purchase.map_or(bought, |d| d.max(bought)));
        }
        if let Some(days) = traces.time_to_crime_days(row) {
            ttcs[slot].push((days, firearms));
        }
        total += firearms;
    }
    for (entry, days) in rows.iter_mut().zip(&mut ttcs) {
        entry.share = if total == 0 {
            0.0
        } else {
            f64::from(entry.traces) / f64::from(total)
        };
        entry.median_ttc_days = weighted_median(days);
    }
    rows.sort_by(|a, b| b.traces.cmp(&a.traces).then(a.store.0.cmp(&b.store.0)));
    rows
}

/// A column of the stores table, to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum StoreColumn {
    /// Dealer name.
    Store,
    /// The store's state.
    State,
    /// Number of traces.
    Traces,
    /// Share of the traces in the table.
    Share,
    /// Median time-to-crime.
    MedianTtc,
    /// Weapon classes, by the most frequent one.
    Classes,
    /// First purchase date.
    FirstPurchase,
    /// Last purchase date.
    LastPurchase,
}

impl StoreColumn {
    /// Every column, in table order.
    pub const ALL: [StoreColumn; 8] = [
        StoreColumn::Store,
        StoreColumn::State,
        StoreColumn::Traces,
        StoreColumn::Share,
        StoreColumn::MedianTtc,
        StoreColumn::Classes,
        StoreColumn::FirstPurchase,
        StoreColumn::LastPurchase,
    ];

    /// The column's header text.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            StoreColumn::Store => msg_id!("store-column-store"),
            StoreColumn::State => msg_id!("store-column-state"),
            StoreColumn::Traces => msg_id!("store-column-traces"),
            StoreColumn::Share => msg_id!("store-column-share"),
            StoreColumn::MedianTtc => msg_id!("store-column-median-ttc"),
            StoreColumn::Classes => msg_id!("store-column-classes"),
            StoreColumn::FirstPurchase => msg_id!("store-column-first-purchase"),
            StoreColumn::LastPurchase => msg_id!("store-column-last-purchase"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// Numbers and recent dates read best largest first; names from A.
    pub fn descending_first(self) -> bool {
        matches!(
            self,
            StoreColumn::Traces
                | StoreColumn::Share
                | StoreColumn::MedianTtc
                | StoreColumn::LastPurchase
        )
    }
}

/// Row order of `rows` sorted by a column, given each row's store name and
/// state as shown (`names`, parallel to `rows`). Ties keep the order
/// `store_rows` returns; rows without a value (no median, no date) go last
/// either way, since "unknown" is neither small nor large.
///
/// ```
/// use corridor_core::aggregate::stores::{StoreColumn, StoreRow, store_sort_order};
/// use corridor_core::model::{StoreId, WeaponClass};
/// let row = |id, traces, ttc| StoreRow {
///     store: StoreId(id), traces, share: 0.0, median_ttc_days: ttc,
///     by_class: [0; WeaponClass::COUNT], first_purchase: None, last_purchase: None,
/// };
/// let rows = [row(0, 9, None), row(1, 4, Some(30.0)), row(2, 1, Some(900.0))];
/// let names = [("Zeta Arms", "TX"), ("Alpha Guns", "AZ"), ("Mid Pawn", "TX")];
/// assert_eq!(store_sort_order(&rows, &names, StoreColumn::Store, false), [1, 2, 0]);
/// assert_eq!(store_sort_order(&rows, &names, StoreColumn::MedianTtc, true), [2, 1, 0]);
/// assert_eq!(store_sort_order(&rows, &names, StoreColumn::MedianTtc, false), [1, 2, 0]);
/// assert_eq!(store_sort_order(&rows, &names, StoreColumn::Traces, false), [2, 1, 0]);
/// ```
pub fn store_sort_order(
    rows: &[StoreRow],
    names: &[(&str, &str)],
    column: StoreColumn,
    descending: bool,
) -> Vec<usize> {
    use std::cmp::Ordering;
    let directed = |o: Ordering| if descending { o.reverse() } else { o };
    // Known values in the chosen direction, unknown ones after them.
    let known_first = |x: Option<Ordering>, a: bool, b: bool| match (a, b) {
        (true, true) => x.map_or(Ordering::Equal, directed),
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => Ordering::Equal,
    };
    let name = |i: usize| names.get(i).copied().unwrap_or(("", ""));
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&rows[a], &rows[b]);
        let primary = match column {
            StoreColumn::Store => directed(name(a).0.to_lowercase().cmp(&name(b).0.to_lowercase())),
            StoreColumn::State => directed(name(a).1.cmp(name(b).1)),
            StoreColumn::Traces => directed(x.traces.cmp(&y.traces)),
            StoreColumn::Share => directed(x.share.total_cmp(&y.share)),
            StoreColumn::Classes => {
                let top =
                    |r: &StoreRow| r.top_classes().first().map_or(usize::MAX, |c| c.0.index());
                directed(top(x).cmp(&top(y)))
            }
            StoreColumn::MedianTtc => known_first(
                x.median_ttc_days
                    .zip(y.median_ttc_days)
                    .map(|(p, q)| p.total_cmp(&q)),
                x.median_ttc_days.is_some(),
                y.median_ttc_days.is_some(),
            ),
            StoreColumn::FirstPurchase => known_first(
                x.first_purchase
                    .zip(y.first_purchase)
                    .map(|(p, q)| p.cmp(&q)),
                x.first_purchase.is_some(),
                y.first_purchase.is_some(),
            ),
            StoreColumn::LastPurchase => known_first(
                x.last_purchase.zip(y.last_purchase).map(|(p, q)| p.cmp(&q)),
                x.last_purchase.is_some(),
                y.last_purchase.is_some(),
            ),
        };
        primary.then(a.cmp(&b))
    });
    order
}

/// A store row as scripts read it (`corridor stores --json`): names and
/// dates as text, classes as a map from class id to count.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoreRecord {
    /// The dealer's name (or `[redacted]`).
    pub store: String,
    /// Its federal firearms licence number (empty when unknown or redacted).
    pub ffl: String,
    /// Its town.
    pub city: String,
    /// Its state, as the source gave it (a postal code such as `TX`).
    pub state: String,
    /// Traces counted.
    pub traces: u32,
    /// Of the traces in the table, in [0, 1].
    pub share: f64,
    /// Median days from purchase to recovery.
    pub median_ttc_days: Option<f64>,
    /// Class id → traces, for the classes with traces.
    pub classes: std::collections::BTreeMap<&'static str, u32>,
    /// Earliest purchase date, `YYYY-MM-DD`.
    pub first_purchase: Option<String>,
    /// Latest purchase date, `YYYY-MM-DD`.
    pub last_purchase: Option<String>,
}

impl StoreRecord {
    /// The record of `row`; `name` and `ffl` as they may be shown (the
    /// caller applies redaction).
    pub fn new(dataset: &Dataset, row: &StoreRow, name: String, ffl: String) -> StoreRecord {
        let store = dataset.store(row.store);
        StoreRecord {
            store: name,
            ffl,
            city: dataset.str(store.city).to_owned(),
            state: dataset.str(store.state).to_owned(),
            traces: row.traces,
            share: row.share,
            median_ttc_days: row.median_ttc_days,
            classes: row
                .top_classes()
                .into_iter()
                .map(|(c, n)| (c.id(), n))
                .collect(),
            first_purchase: row.first_purchase.map(Day::iso),
            last_purchase: row.last_purchase.map(Day::iso),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_count_what_is_kept_and_add_up() {
        let dataset = crate::demo::load_demo_for_tests();
        let all = store_rows(&dataset, &TraceFilter::default(), |_, _| true);
        let total: u32 = all.iter().map(|r| r.traces).sum();
        assert_eq!(total as usize, dataset.traces.len());
        assert!(
            all.windows(2).all(|w| w[0].traces >= w[1].traces),
            "largest first"
        );
        let share: f64 = all.iter().map(|r| r.share).sum();
        assert!((share - 1.0).abs() < 1e-9);
        // Only the traces recovered at one site.
        let site = dataset.traces.site[0];
        let kept = store_rows(&dataset, &TraceFilter::default(), |_, s| s == site);
        let expected = dataset.traces.site.iter().filter(|s| **s == site).count();
        assert_eq!(
            kept.iter().map(|r| r.traces).sum::<u32>() as usize,
            expected
        );
        for row in &kept {
            assert!(row.first_purchase <= row.last_purchase);
            assert_eq!(row.by_class.iter().sum::<u32>(), row.traces);
        }
    }
}
