//! Trafficking indicators per trace: short time-to-crime, multiple sale,
//! obliterated serial, a purchaser of several stores, co-recovery.

use rustc_hash::FxHashSet;

use super::business_days::{MULTIPLE_SALE_BUSINESS_DAYS, business_days_after};
use super::purchasers::Purchasers;
use super::recovery_events::RecoveryEvents;
use crate::basemap::StateTable;
use crate::i18n::Lang;
use crate::model::{Dataset, Day, StoreId, WeaponClass};
use crate::msg_id;

/// One trafficking indicator.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// Recovered less than `TraceFilter::short_ttc_months` after
    /// purchase (three years by default, ATF's indicator).
    ShortTtc,
    /// Part of a multiple sale: the same purchaser bought two or more
    /// handguns within five business days, or two or more AK, AR or .50
    /// rifles within five business days at stores in Arizona, California,
    /// New Mexico or Texas.
    MultipleSale,
    /// The serial number was obliterated.
    Obliterated,
    /// The purchaser bought at three or more stores.
    SeveralStores,
    /// Recovered in one event with guns of two or more purchasers.
    CoRecovered,
}

impl Indicator {
    /// Every indicator, in the order panels and reports list them.
    pub const ALL: [Indicator; 5] = [
        Indicator::ShortTtc,
        Indicator::MultipleSale,
        Indicator::Obliterated,
        Indicator::SeveralStores,
        Indicator::CoRecovered,
    ];

    /// Stable id, as JSON and projects write it.
    pub fn id(self) -> &'static str {
        match self {
            Indicator::ShortTtc => "short_ttc",
            Indicator::MultipleSale => "multiple_sale",
            Indicator::Obliterated => "obliterated",
            Indicator::SeveralStores => "several_stores",
            Indicator::CoRecovered => "co_recovered",
        }
    }

    /// Words for panels.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            Indicator::ShortTtc => msg_id!("indicator-short-ttc"),
            Indicator::MultipleSale => msg_id!("indicator-multiple-sale"),
            Indicator::Obliterated => msg_id!("indicator-obliterated"),
            Indicator::SeveralStores => msg_id!("indicator-several-stores"),
            Indicator::CoRecovered => msg_id!("indicator-co-recovered"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// The bit of this indicator in [`IndicatorSet`].
    pub const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of indicators, one bit each: the flags of a trace, or the
/// indicators a filter asks for.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct IndicatorSet(pub u8);

impl IndicatorSet {
    /// No indicator.
    pub const EMPTY: IndicatorSet = IndicatorSet(0);

    /// True when `indicator` is in the set.
    pub fn has(self, indicator: Indicator) -> bool {
        self.0 & indicator.bit() != 0
    }

    /// Adds or removes `indicator`.
    pub fn set(&mut self, indicator: Indicator, on: bool) {
        if on {
            self.0 |= indicator.bit();
        } else {
            self.0 &= !indicator.bit();
        }
    }

    /// True when the set holds no indicator.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when the two sets share an indicator ("any of").
    pub fn meets(self, other: IndicatorSet) -> bool {
        self.0 & other.0 != 0
    }

    /// The indicators in the set, in [`Indicator::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Indicator> {
        Indicator::ALL.into_iter().filter(move |i| self.has(*i))
    }
}

/// Three years, ATF's short time-to-crime.
pub const SHORT_TTC_MONTHS: u32 = 36;

/// True when `recovered` is before `bought` plus `months` calendar months
/// (and not before `bought`): a short time-to-crime.
///
/// ```
/// use corridor_core::investigate::indicators::is_short_ttc;
/// use corridor_core::model::Day;
/// let day = |y, m, d| Day::from_ymd(y, m, d).unwrap();
/// assert!(is_short_ttc(day(2021, 1, 1), day(2023, 12, 31), 36));
/// assert!(!is_short_ttc(day(2021, 1, 1), day(2024, 1, 1), 36)); // three years to the day
/// assert!(!is_short_ttc(day(2021, 1, 1), day(2020, 6, 1), 36)); // recovered before bought
/// ```
pub fn is_short_ttc(bought: Day, recovered: Day, months: u32) -> bool {
    if bought.is_none() || recovered.is_none() || recovered < bought {
        return false;
    }
    // Months hold 28 to 31 days: only spans in between need the calendar.
    let span = i64::from(recovered.0) - i64::from(bought.0);
    if span < 28 * i64::from(months) {
        return true;
    }
    if span >= 31 * i64::from(months) {
        return false;
    }
    bought
        .to_date()
        .and_then(|date| date.checked_add_months(chrono::Months::new(months)))
        .is_some_and(|limit| recovered < Day::from_date(limit))
}

/// The indicators of every trace that depend on no setting: all but a
/// short time-to-crime, whose threshold the filter holds
/// (`TraceFilter::indicators_of` adds it). `purchasers` and `events` are
/// those of `dataset`.
pub fn stored_indicators(
    dataset: &Dataset,
    purchasers: &Purchasers,
    events: &RecoveryEvents,
) -> Vec<IndicatorSet> {
    let traces = &dataset.traces;
    let mut flags = vec![IndicatorSet::EMPTY; traces.len()];
    for (row, flag) in flags.iter_mut().enumerate() {
        if traces.case.obliterated.get(row) {
            flag.set(Indicator::Obliterated, true);
        }
    }
    flag_multiple_sales(dataset, purchasers, &mut flags);
    flag_several_stores(dataset, purchasers, &mut flags);
    flag_co_recovered(dataset, purchasers, events, &mut flags);
    flags
}

/// Every indicator of trace `row`: those stored at load, and a short
/// time-to-crime under `short_ttc_months` (the one with a setting).
pub fn indicators_of(dataset: &Dataset, row: usize, short_ttc_months: u32) -> IndicatorSet {
    let traces = &dataset.traces;
    let mut flags = traces.indicators(row);
    if traces.date_spans(row).both_days()
        && is_short_ttc(
            traces.purchase_date[row],
            traces.recovery_date[row],
            short_ttc_months,
        )
    {
        flags.set(Indicator::ShortTtc, true);
    }
    flags
}

/// Traces flagged with each indicator ([`Indicator`] as index), a short
/// time-to-crime being under `short_ttc_months`. Reads the indicators
/// stored in `dataset`.
pub fn indicator_counts(dataset: &Dataset, short_ttc_months: u32) -> [u32; Indicator::ALL.len()] {
    let mut counts = [0u32; Indicator::ALL.len()];
    for row in 0..dataset.traces.len() {
        let firearms = dataset.traces.count(row);
        for indicator in indicators_of(dataset, row, short_ttc_months).iter() {
            counts[indicator as usize] += firearms;
        }
    }
    counts
}

/// Which multiple-sale rule a class falls under.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum SaleRule {
    /// Pistols and revolvers, at any store.
    Handgun,
    /// AK- and AR-pattern and .50-calibre rifles, at border-state stores.
    BorderRifle,
}

fn sale_rule(class: WeaponClass, border_store: bool) -> Option<SaleRule> {
    match class {
        WeaponClass::Pistol | WeaponClass::Revolver => Some(SaleRule::Handgun),
        WeaponClass::AkPattern | WeaponClass::ArPattern | WeaponClass::FiftyCal if border_store => {
            Some(SaleRule::BorderRifle)
        }
        _ => None,
    }
}

/// Stores in Arizona, California, New Mexico or Texas, by store index.
pub fn border_state_stores(dataset: &Dataset) -> Vec<bool> {
    let table = StateTable::embedded().ok();
    dataset
        .stores
        .iter()
        .map(|store| {
            let Some(table) = table else {
                return false;
            };
            table
                .candidates(dataset.str(store.state))
                .iter()
                .find(|code| code.as_str().starts_with("US-"))
                .is_some_and(|code| matches!(code.as_str(), "US-AZ" | "US-CA" | "US-NM" | "US-TX"))
        })
        .collect()
}

/// Sorts each purchaser's dated purchases of one rule by day: two
/// neighbours within the window flag both (any pair within the window has
/// a neighbour pair within it too, as the days are sorted).
fn flag_multiple_sales(dataset: &Dataset, purchasers: &Purchasers, flags: &mut [IndicatorSet]) {
    let traces = &dataset.traces;
    let border = border_state_stores(dataset);
    let mut sales: Vec<(u32, SaleRule, Day, u32)> = (0..traces.len())
        .filter_map(|row| {
            let purchaser = purchasers.of(row)?;
            // A purchase known only to its month or year is no sale day.
            let day = traces.purchase_date[row]
                .get()
                .filter(|_| traces.date_spans(row).purchase == crate::model::DateSpan::Day)?;
            let store: StoreId = traces.store[row];
            let is_border = border.get(store.0 as usize).copied().unwrap_or(false);
            let rule = sale_rule(traces.class[row], is_border)?;
            Some((purchaser, rule, day, row as u32))
        })
        .collect();
    sales.sort_unstable();
    for pair in sales.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.0 == b.0 && a.1 == b.1 && business_days_after(a.2, b.2) <= MULTIPLE_SALE_BUSINESS_DAYS
        {
            flags[a.3 as usize].set(Indicator::MultipleSale, true);
            flags[b.3 as usize].set(Indicator::MultipleSale, true);
        }
    }
}

/// A purchaser who bought at three or more stores flags all their traces.
fn flag_several_stores(dataset: &Dataset, purchasers: &Purchasers, flags: &mut [IndicatorSet]) {
    let traces = &dataset.traces;
    let mut pairs: Vec<(u32, u32)> = (0..traces.len())
        .filter_map(|row| Some((purchasers.of(row)?, traces.store[row].0)))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut store_counts = vec![0u32; purchasers.len()];
    for (purchaser, _) in &pairs {
        store_counts[*purchaser as usize] += 1;
    }
    for (row, flag) in flags.iter_mut().enumerate() {
        if purchasers
            .of(row)
            .is_some_and(|p| store_counts[p as usize] >= SEVERAL_STORES)
        {
            flag.set(Indicator::SeveralStores, true);
        }
    }
}

/// Stores a purchaser must have bought at to be flagged.
pub const SEVERAL_STORES: u32 = 3;

/// An event holding guns of two or more purchasers flags every gun in it.
/// Two agencies' records of one gun (the same serial and make) are one gun
/// with one purchaser: its two purchaser records alone do not make the
/// seizure co-recovered.
fn flag_co_recovered(
    dataset: &Dataset,
    purchasers: &Purchasers,
    events: &RecoveryEvents,
    flags: &mut [IndicatorSet],
) {
    let mut keys = super::firearm_key::FirearmKeys::new(dataset);
    let mut held: FxHashSet<(u32, u32, super::firearm_key::FirearmKey)> = FxHashSet::default();
    for row in 0..flags.len() {
        if let (Some(event), Some(purchaser)) = (events.of(row), purchasers.of(row)) {
            held.insert((event, purchaser, keys.key(row)));
        }
    }
    let mut by_event: Vec<Vec<(u32, super::firearm_key::FirearmKey)>> =
        vec![Vec::new(); events.len()];
    for (event, purchaser, gun) in held {
        by_event[event as usize].push((purchaser, gun));
    }
    let co_recovered: Vec<bool> = by_event
        .iter()
        .map(|held| {
            // Two purchasers of two different guns; past a few dozen
            // records, two purchasers are enough (a pairwise look would be
            // quadratic).
            if held.len() > 64 {
                return held.iter().any(|h| h.0 != held[0].0);
            }
            held.iter()
                .enumerate()
                .any(|(i, a)| held[i + 1..].iter().any(|b| a.0 != b.0 && a.1 != b.1))
        })
        .collect();
    for (row, flag) in flags.iter_mut().enumerate() {
        if events.of(row).is_some_and(|e| co_recovered[e as usize]) {
            flag.set(Indicator::CoRecovered, true);
        }
    }
}
