//! Which traces the user is looking at.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::investigate::indicators::{IndicatorSet, SHORT_TTC_MONTHS};
use crate::investigate::lead_age::{AgeBand, LeadAgeBands};
use crate::model::{Dataset, DateSpans, Day, WeaponClass, WeaponId};
use crate::msg_id;

/// Which of a trace's dates a time range applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DateField {
    /// The day the gun was bought at the US store.
    Purchase,
    /// The day the gun was recovered in Mexico; the default.
    #[default]
    Recovery,
}

impl DateField {
    /// The field's name in lower case, for use inside sentences
    /// ("purchase date").
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            DateField::Purchase => msg_id!("date-field-purchase"),
            DateField::Recovery => msg_id!("date-field-recovery"),
        };
        crate::i18n::text(lang, id, &[])
    }
}

/// An inclusive range; either end may be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range<T> {
    /// Lowest value in the range; `None` for no lower bound.
    pub from: Option<T>,
    /// Highest value in the range; `None` for no upper bound.
    pub to: Option<T>,
}

impl<T> Default for Range<T> {
    fn default() -> Self {
        Self {
            from: None,
            to: None,
        }
    }
}

impl<T: PartialOrd + Copy> Range<T> {
    /// Whether neither end is set, so every value lies in the range.
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether `value` lies in the range, both ends included.
    ///
    /// ```
    /// use corridor_core::aggregate::filter::Range;
    /// let r = Range { from: Some(3), to: Some(5) };
    /// assert!(r.contains(3) && r.contains(5) && !r.contains(6) && !r.contains(2));
    /// assert!(Range::<i32>::default().contains(-100));
    /// ```
    pub fn contains(&self, value: T) -> bool {
        self.from.is_none_or(|from| value >= from) && self.to.is_none_or(|to| value <= to)
    }
}

/// The filter panel's state; persisted between runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TraceFilter {
    /// Indexed by [`WeaponClass::index`].
    pub classes: [bool; WeaponClass::COUNT],
    /// Words that must each appear in the make or the model.
    pub make_model: String,
    /// Which date `dates` applies to.
    pub date_field: DateField,
    /// Inclusive date range; a trace without that date is left out (and
    /// counted as such) while the range is set.
    pub dates: Range<Day>,
    /// Inclusive time-to-crime range in days; traces without both dates are
    /// left out (and counted) while it is set.
    pub ttc_days: Range<i32>,
    /// Only traces flagged with any of these indicators; none set: every
    /// trace.
    pub indicators: IndicatorSet,
    /// A time-to-crime under this many months is short (the indicator's
    /// threshold; 36 by default).
    pub short_ttc_months: u32,
    /// Only traces of these purchasers, by purchaser id (or name, for a
    /// purchaser without an id): a network's. Empty: every purchaser.
    pub purchasers: Vec<String>,
    /// Only fresh leads: traces recovered at most
    /// `lead_bands.fresh_days` before the as-of date.
    pub fresh_only: bool,
    /// The day lead ages are counted to; `None`: today. Saved with a view,
    /// so a briefing shows the same ages later.
    pub as_of: Option<Day>,
    /// Where the lead-age bands end.
    pub lead_bands: LeadAgeBands,
}

impl Default for TraceFilter {
    fn default() -> Self {
        Self {
            classes: [true; WeaponClass::COUNT],
            make_model: String::new(),
            date_field: DateField::default(),
            dates: Range::default(),
            ttc_days: Range::default(),
            indicators: IndicatorSet::EMPTY,
            short_ttc_months: SHORT_TTC_MONTHS,
            purchasers: Vec::new(),
            fresh_only: false,
            as_of: None,
            lead_bands: LeadAgeBands::default(),
        }
    }
}

impl TraceFilter {
    /// Whether traces of a weapon class are shown.
    pub fn class_enabled(&self, class: WeaponClass) -> bool {
        self.classes[class.index()]
    }

    /// Shows or hides the traces of a weapon class.
    pub fn set_class(&mut self, class: WeaponClass, enabled: bool) {
        self.classes[class.index()] = enabled;
    }

    /// Whether make/model words are set (blank text counts as none).
    pub fn has_text(&self) -> bool {
        !self.make_model.trim().is_empty()
    }

    /// Whether only the traces of some purchasers (a network) are shown.
    pub fn has_purchasers(&self) -> bool {
        !self.purchasers.is_empty()
    }

    /// The day lead ages are counted to: the filter's, else today.
    pub fn as_of_day(&self) -> Day {
        self.as_of.unwrap_or_else(Day::today)
    }

    /// Whether trace `row` passes the lead-age part of the filter (with
    /// `as_of` the day ages are counted to).
    pub fn lead_age_test(&self, dataset: &Dataset, row: usize, as_of: Day) -> bool {
        !self.fresh_only
            || self
                .lead_bands
                .band(dataset.traces.recovery_date[row], as_of)
                == AgeBand::Fresh
    }

    /// Whether only traces with some indicators are shown.
    pub fn has_indicators(&self) -> bool {
        !self.indicators.is_empty()
    }

    /// The indicators trace `row` of `dataset` carries: those stored at
    /// load and a short time-to-crime by this filter's threshold.
    pub fn indicators_of(&self, dataset: &Dataset, row: usize) -> IndicatorSet {
        crate::investigate::indicators::indicators_of(dataset, row, self.short_ttc_months)
    }

    /// Whether trace `row` passes the indicator part of the filter (any of
    /// the chosen indicators; every trace when none is chosen).
    pub fn indicator_test(&self, dataset: &Dataset, row: usize) -> bool {
        !self.has_indicators() || self.indicators_of(dataset, row).meets(self.indicators)
    }

    /// Whether a date or time-to-crime range is set (then traces can be
    /// left out, those without the date among them).
    pub fn has_time(&self) -> bool {
        !self.dates.is_open() || !self.ttc_days.is_open()
    }

    /// Whether the date the range applies to is in it: `None` when that
    /// date is unknown, or only a month or year the range cuts (then it
    /// cannot be told, and is counted as left out for its date).
    pub fn date_in_range(&self, purchase: Day, recovery: Day, spans: DateSpans) -> Option<bool> {
        let (day, span) = match self.date_field {
            DateField::Purchase => (purchase, spans.purchase),
            DateField::Recovery => (recovery, spans.recovery),
        };
        let day = day.get()?;
        span.within(
            day,
            self.dates.from.unwrap_or(Day(i32::MIN + 1)),
            self.dates.to.unwrap_or(Day(i32::MAX)),
        )
    }

    /// The time part of the filter for one trace: `Err` says which missing
    /// (or too coarse) date kept it out.
    pub fn time_test(
        &self,
        purchase: Day,
        recovery: Day,
        spans: DateSpans,
    ) -> Result<bool, MissingDate> {
        if !self.dates.is_open() {
            match self.date_in_range(purchase, recovery, spans) {
                None => return Err(MissingDate::Date),
                Some(false) => return Ok(false),
                Some(true) => {}
            }
        }
        if !self.ttc_days.is_open() {
            let ttc = if spans.both_days() {
                crate::model::day::time_to_crime_days(purchase, recovery)
            } else {
                None
            };
            match ttc {
                None => return Err(MissingDate::TimeToCrime),
                Some(days) if !self.ttc_days.contains(days) => return Ok(false),
                Some(_) => {}
            }
        }
        Ok(true)
    }
}

/// Why a trace could not be tested against a time filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingDate {
    /// The date the range applies to is unknown.
    Date,
    /// Purchase or recovery date unknown, so no time-to-crime.
    TimeToCrime,
}

/// How many flows to draw: a million traces between thousands of stores
/// and sites make more lines than anyone can read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FlowDensity {
    /// Flows with fewer traces are not drawn.
    pub min_traces: u32,
    /// Draw only this many of the largest flows.
    pub top: Option<u32>,
}

impl Default for FlowDensity {
    fn default() -> Self {
        Self {
            min_traces: 1,
            top: Some(DEFAULT_TOP_FLOWS),
        }
    }
}

/// Largest flows drawn by default: enough to show every corridor of the
/// demo data, few enough to read.
pub const DEFAULT_TOP_FLOWS: u32 = 1000;

/// The purchasers of a filter compiled against a dataset's strings.
pub struct PurchaserMatcher {
    ids: rustc_hash::FxHashSet<crate::model::StrId>,
}

impl PurchaserMatcher {
    /// `None` when the filter names no purchaser (every trace passes).
    pub fn new(dataset: &Dataset, purchasers: &[String]) -> Option<PurchaserMatcher> {
        if purchasers.is_empty() {
            return None;
        }
        let ids = purchasers
            .iter()
            .filter_map(|p| dataset.strings.find(p))
            .filter(|id| !id.is_empty())
            .collect();
        Some(PurchaserMatcher { ids })
    }

    /// Whether trace `row`'s purchaser id, or its purchaser's name when it
    /// has no id, is one of the filter's.
    pub fn matches(&self, dataset: &Dataset, row: usize) -> bool {
        let traces = &dataset.traces;
        let id = traces.purchaser[row];
        if !id.is_empty() {
            return self.ids.contains(&id);
        }
        let name = traces.case.purchaser_name.get(row);
        !name.is_empty() && self.ids.contains(&name)
    }
}

/// The make/model words compiled against a dataset's weapon descriptions.
pub struct TextMatcher {
    /// Per weapon id: whether each word is in its make or its model.
    matching: Vec<bool>,
}

impl TextMatcher {
    /// `None` when there is no text to match (every trace passes).
    pub fn new(dataset: &Dataset, query: &str) -> Option<TextMatcher> {
        let words: Vec<String> = query.split_whitespace().map(fold_lower).collect();
        if words.is_empty() {
            return None;
        }
        let matching = dataset
            .weapons
            .iter()
            .map(|weapon| {
                let make = fold_lower(dataset.str(weapon.make));
                let model = fold_lower(dataset.str(weapon.model));
                words
                    .iter()
                    .all(|w| make.contains(w.as_str()) || model.contains(w.as_str()))
            })
            .collect();
        Some(TextMatcher { matching })
    }

    /// Whether every word appears in the weapon's make or model; `false` for a
    /// weapon id the dataset does not have.
    pub fn matches(&self, weapon: WeaponId) -> bool {
        self.matching
            .get(weapon.0 as usize)
            .copied()
            .unwrap_or(false)
    }
}

/// Lower case with Spanish accents folded, for forgiving text search.
pub fn fold_lower(text: &str) -> String {
    text.chars()
        .map(crate::import::fields::fold_accent)
        .flat_map(char::to_lowercase)
        .collect()
}
