//! Traces per calendar month and per time-to-crime bin, for the time bar,
//! the time-to-crime filter and the charts.
//!
//! Each histogram leaves out its own part of the filter (the month
//! histogram ignores the date range, the time-to-crime histogram the
//! time-to-crime range): the chart then shows the whole axis with the
//! chosen range highlighted, instead of only the bars already chosen.

use super::filter::{DateField, PurchaserMatcher, TextMatcher, TraceFilter};
use super::flows::ClassCounts;
use super::selection::Selection;
use crate::investigate::Indicator;
use crate::model::Dataset;
use crate::model::day::{Day, time_to_crime_days};
use crate::model::{DateSpan, DateSpans};

/// A calendar month as `year * 12 + month - 1`, so months subtract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i32);

impl Month {
    /// The month a day falls in; `None` for an unknown day.
    pub fn of(day: Day) -> Option<Month> {
        use chrono::Datelike;
        let date = day.to_date()?;
        Some(Month(date.year() * 12 + date.month0() as i32))
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// 1 to 12.
    pub fn month(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }

    /// The first day of the month ([`Day::NONE`] outside the calendar's range).
    pub fn first_day(self) -> Day {
        Day::from_ymd(self.year(), self.month(), 1).unwrap_or(Day::NONE)
    }

    /// The last day of the month, included in it.
    ///
    /// ```
    /// use corridor_core::aggregate::histogram::Month;
    /// use corridor_core::model::Day;
    /// let feb = Month::of(Day::from_ymd(2012, 2, 10).unwrap()).unwrap();
    /// assert_eq!(feb.last_day(), Day::from_ymd(2012, 2, 29).unwrap());
    /// assert_eq!(feb.label(), "2012-02");
    /// ```
    pub fn last_day(self) -> Day {
        let next = Month(self.0 + 1).first_day();
        if next.is_none() {
            Day::NONE
        } else {
            Day(next.0 - 1)
        }
    }

    /// `2010-03` (the month as English, and files, write it).
    pub fn label(self) -> String {
        crate::i18n::calendar::month(crate::i18n::Lang::En, self.year(), self.month())
    }
}

/// Traces per month of one date field, over every month between the
/// earliest and the latest such date in the loaded data.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MonthHistogram {
    /// Which of a trace's dates places it on the axis.
    pub date_field: DateField,
    /// The month of `counts[0]`; `None` when no trace has this date.
    pub first: Option<Month>,
    /// Traces per month, one bin a month from `first` on.
    pub counts: Vec<u32>,
    /// Traces passing the rest of the filter that lack this date: they
    /// cannot be placed on the axis, so they are counted here.
    pub missing: u32,
    /// Of those in `counts`, the traces whose date is only a month (a
    /// table of counts by month): placed in their month.
    pub month_only: u32,
    /// Traces whose date is only a year, by year: they belong to no one
    /// month, so the time bar shows them across their year.
    pub year_only: std::collections::BTreeMap<i32, u32>,
}

impl MonthHistogram {
    /// The month of a bin, counted from `first` (whether or not the bin
    /// exists); `None` when the axis is empty.
    pub fn month(&self, bin: usize) -> Option<Month> {
        self.first.map(|m| Month(m.0 + bin as i32))
    }

    /// The bin holding a day, if it lies on the axis.
    pub fn bin_of(&self, day: Day) -> Option<usize> {
        let offset = Month::of(day)?.0 - self.first?.0;
        (0..self.counts.len() as i32)
            .contains(&offset)
            .then_some(offset as usize)
    }

    /// First and last day on the axis.
    pub fn span(&self) -> Option<(Day, Day)> {
        let first = self.first?;
        let last = Month(first.0 + self.counts.len() as i32 - 1);
        Some((first.first_day(), last.last_day()))
    }

    /// Traces placed on the axis (those of a year alone not included).
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Traces dated only by a year.
    pub fn year_only_total(&self) -> u32 {
        self.year_only.values().sum()
    }
}

/// Width of a time-to-crime bin: about a month.
pub const TTC_BIN_DAYS: i32 = 30;
/// Time-to-crime beyond which traces share one overflow bin: ten years
/// (122 bins). Longer intervals exist (guns bought decades before), but
/// the investigative interest is the short end.
pub const TTC_CAP_DAYS: i32 = TTC_BIN_DAYS * 122;

/// Traces per time-to-crime bin: `counts[i]` holds
/// `i * TTC_BIN_DAYS ..= (i + 1) * TTC_BIN_DAYS - 1` days.
#[derive(Clone, Debug, PartialEq)]
pub struct TtcHistogram {
    /// Traces per bin of [`TTC_BIN_DAYS`] days, from 0 days up to
    /// [`TTC_CAP_DAYS`].
    pub counts: Vec<u32>,
    /// `TTC_CAP_DAYS` or more.
    pub over: u32,
    /// Recovered before purchase: a data error, kept visible.
    pub negative: u32,
    /// Purchase or recovery date unknown.
    pub missing: u32,
}

impl Default for TtcHistogram {
    fn default() -> Self {
        Self {
            counts: vec![0; (TTC_CAP_DAYS / TTC_BIN_DAYS) as usize],
            over: 0,
            negative: 0,
            missing: 0,
        }
    }
}

impl TtcHistogram {
    /// Adds `firearms` firearms of `days` days.
    fn add(&mut self, days: i32, firearms: u32) {
        if days < 0 {
            self.negative += firearms;
        } else if days >= TTC_CAP_DAYS {
            self.over += firearms;
        } else {
            self.counts[(days / TTC_BIN_DAYS) as usize] += firearms;
        }
    }

    /// The inclusive day range of a bin.
    pub fn bin_days(bin: usize) -> (i32, i32) {
        let from = bin as i32 * TTC_BIN_DAYS;
        (from, from + TTC_BIN_DAYS - 1)
    }

    /// Traces with a known time-to-crime.
    pub fn total(&self) -> u32 {
        self.counts.iter().sum::<u32>() + self.over + self.negative
    }
}

/// Everything the time bar and the charts draw, from one pass.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimeHistograms {
    /// Under the filter without its date range.
    pub months: MonthHistogram,
    /// Under the filter without its time-to-crime range.
    pub ttc: TtcHistogram,
    /// Per class, traces passing the whole filter.
    pub classes: ClassCounts,
    /// Traces passing the whole filter.
    pub traces: u32,
    /// Traces passing the whole filter bought at each store, by store id.
    /// Counted here rather than with the flows: the flows are recounted
    /// whenever the time bar moves, at a cost per trace, and the map needs
    /// only node totals.
    pub store_totals: Vec<u32>,
    /// Likewise recovered at each site, by site id.
    pub site_totals: Vec<u32>,
    /// Traces passing the filter but for its indicators, flagged with each
    /// indicator ([`Indicator`] as index): what ticking one would show.
    pub indicators: [u32; Indicator::ALL.len()],
}

impl TimeHistograms {
    /// Stores with at least one trace passing the whole filter.
    pub fn stores_with_traces(&self) -> usize {
        self.store_totals.iter().filter(|&&n| n > 0).count()
    }

    /// Recovery sites with at least one trace passing the whole filter.
    pub fn sites_with_traces(&self) -> usize {
        self.site_totals.iter().filter(|&&n| n > 0).count()
    }
}

/// Counts the histograms for a filter, optionally only for the traces of
/// a selection (as the details panel lists them). One pass over the
/// traces, like a date filter in `aggregate_at` (milliseconds at a
/// million, not per frame): call it when the data, filter or
/// selection change, not every frame.
///
/// ```
/// use corridor_core::aggregate::TraceFilter;
/// use corridor_core::aggregate::histogram::time_histograms;
/// use corridor_core::model::Dataset;
/// let empty = time_histograms(&Dataset::default(), &TraceFilter::default(), None);
/// assert_eq!((empty.traces, empty.months.first, empty.ttc.total()), (0, None, 0));
/// ```
pub fn time_histograms(
    dataset: &Dataset,
    filter: &TraceFilter,
    selection: Option<&Selection>,
) -> TimeHistograms {
    let traces = &dataset.traces;
    let dates = match filter.date_field {
        DateField::Purchase => &traces.purchase_date,
        DateField::Recovery => &traces.recovery_date,
    };
    let span_of_field = |spans: DateSpans| match filter.date_field {
        DateField::Purchase => spans.purchase,
        DateField::Recovery => spans.recovery,
    };
    let spans_of = |row: usize| span_of_field(traces.date_spans(row));
    let mut out = TimeHistograms {
        months: month_axis(dates, filter.date_field, spans_of),
        store_totals: vec![0; dataset.stores.len()],
        site_totals: vec![0; dataset.sites.len()],
        ..Default::default()
    };
    let months_of = MonthLookup::new(&out.months);
    let matcher = TextMatcher::new(dataset, &filter.make_model);
    let purchasers = PurchaserMatcher::new(dataset, &filter.purchasers);
    let as_of = filter.as_of_day();
    let keep = selection.filter(|s| !s.is_empty()).map(|s| SelectionMask {
        stores: mask(dataset.stores.len(), &s.stores),
        sites: mask(dataset.sites.len(), &s.sites),
        between: s.between,
    });
    for (row, date) in dates.iter().enumerate() {
        let class = traces.class[row];
        if !filter.class_enabled(class) {
            continue;
        }
        if let Some(keep) = &keep
            && !keep.keeps(traces.store[row].0, traces.site[row].0)
        {
            continue;
        }
        if let Some(matcher) = &matcher
            && !matcher.matches(traces.weapon[row])
        {
            continue;
        }
        if let Some(purchasers) = &purchasers
            && !purchasers.matches(dataset, row)
        {
            continue;
        }
        if !filter.lead_age_test(dataset, row, as_of) {
            continue;
        }
        let day = date.get();
        let spans = traces.date_spans(row);
        let span = span_of_field(spans);
        let ttc = if spans.both_days() {
            time_to_crime_days(traces.purchase_date[row], traces.recovery_date[row])
        } else {
            None
        };
        // A month or year the range cuts is not in it (the flows count it
        // as left out for its date).
        let in_dates = filter.dates.is_open()
            || if span == DateSpan::Day {
                day.is_some_and(|d| filter.dates.contains(d))
            } else {
                filter.date_in_range(traces.purchase_date[row], traces.recovery_date[row], spans)
                    == Some(true)
            };
        let in_ttc = filter.ttc_days.is_open() || ttc.is_some_and(|t| filter.ttc_days.contains(t));
        let flags = filter.indicators_of(dataset, row);
        let firearms = traces.count(row);
        if in_dates && in_ttc {
            for indicator in flags.iter() {
                out.indicators[indicator as usize] += firearms;
            }
        }
        if filter.has_indicators() && !flags.meets(filter.indicators) {
            continue;
        }
        if in_ttc {
            match (day, span) {
                (Some(d), DateSpan::Year) => {
                    let year = Month::of(d).map_or(0, Month::year);
                    *out.months.year_only.entry(year).or_default() += firearms;
                }
                (Some(d), _) => match months_of.bin(d) {
                    Some(bin) => {
                        out.months.counts[bin] += firearms;
                        if span == DateSpan::Month {
                            out.months.month_only += firearms;
                        }
                    }
                    None => out.months.missing += firearms,
                },
                (None, _) => out.months.missing += firearms,
            }
        }
        if in_dates {
            match ttc {
                Some(days) => out.ttc.add(days, firearms),
                None => out.ttc.missing += firearms,
            }
        }
        if in_dates && in_ttc {
            out.classes[class.index()] += firearms;
            out.traces += firearms;
            out.store_totals[traces.store[row].0 as usize] += firearms;
            out.site_totals[traces.site[row].0 as usize] += firearms;
        }
    }
    out
}

/// The empty histogram spanning every month that has a trace (a year
/// alone spans its twelve months).
fn month_axis(
    dates: &[Day],
    date_field: DateField,
    span_of: impl Fn(usize) -> DateSpan,
) -> MonthHistogram {
    let known = dates.iter().filter(|d| !d.is_none());
    let last_days = dates
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.is_none())
        .map(|(row, &d)| span_of(row).last_day(d));
    let (Some(min), Some(max)) = (known.min(), last_days.max()) else {
        return MonthHistogram {
            date_field,
            ..Default::default()
        };
    };
    let (Some(first), Some(last)) = (Month::of(*min), Month::of(max)) else {
        return MonthHistogram {
            date_field,
            ..Default::default()
        };
    };
    MonthHistogram {
        date_field,
        first: Some(first),
        counts: vec![0; (last.0 - first.0 + 1) as usize],
        ..Default::default()
    }
}

/// Day to bin through a table: a calendar conversion per trace would cost
/// more than the rest of the pass.
struct MonthLookup {
    first_day: i32,
    bins: Vec<u32>,
}

impl MonthLookup {
    fn new(axis: &MonthHistogram) -> Self {
        let Some((first, last)) = axis.span() else {
            return Self {
                first_day: 0,
                bins: Vec::new(),
            };
        };
        let mut bins = Vec::with_capacity((last.0 - first.0 + 1).max(0) as usize);
        for (bin, _) in axis.counts.iter().enumerate() {
            let Some(month) = axis.month(bin) else { break };
            let days = month.last_day().0 - month.first_day().0 + 1;
            bins.extend(std::iter::repeat_n(bin as u32, days.max(0) as usize));
        }
        Self {
            first_day: first.0,
            bins,
        }
    }

    fn bin(&self, day: Day) -> Option<usize> {
        let offset = usize::try_from(day.0.checked_sub(self.first_day)?).ok()?;
        self.bins.get(offset).map(|&b| b as usize)
    }
}

struct SelectionMask {
    stores: Vec<bool>,
    sites: Vec<bool>,
    between: bool,
}

impl SelectionMask {
    fn keeps(&self, store: u32, site: u32) -> bool {
        let s = self.stores.get(store as usize).copied().unwrap_or(false);
        let r = self.sites.get(site as usize).copied().unwrap_or(false);
        if self.between { s && r } else { s || r }
    }
}

fn mask(len: usize, ids: &std::collections::BTreeSet<u32>) -> Vec<bool> {
    let mut mask = vec![false; len];
    for &id in ids {
        if let Some(slot) = mask.get_mut(id as usize) {
            *slot = true;
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_cross_years_and_negative_years() {
        let dec = Month::of(Day::from_ymd(2009, 12, 31).unwrap()).unwrap();
        assert_eq!((dec.year(), dec.month()), (2009, 12));
        assert_eq!(Month(dec.0 + 1).label(), "2010-01");
        assert_eq!(dec.first_day(), Day::from_ymd(2009, 12, 1).unwrap());
        assert_eq!(dec.last_day(), Day::from_ymd(2009, 12, 31).unwrap());
        assert_eq!(Month(-1).label(), "-001-12");
    }

    #[test]
    fn the_lookup_puts_month_ends_in_their_month() {
        let d = |y, m, day| Day::from_ymd(y, m, day).unwrap();
        let dates = [d(2010, 1, 15), d(2010, 3, 2)];
        let axis = month_axis(&dates, DateField::Recovery, |_| DateSpan::Day);
        assert_eq!(axis.counts.len(), 3);
        let lookup = MonthLookup::new(&axis);
        assert_eq!(lookup.bin(d(2010, 1, 1)), Some(0));
        assert_eq!(lookup.bin(d(2010, 1, 31)), Some(0));
        assert_eq!(lookup.bin(d(2010, 2, 1)), Some(1));
        assert_eq!(lookup.bin(d(2010, 2, 28)), Some(1));
        assert_eq!(lookup.bin(d(2010, 3, 31)), Some(2));
        assert_eq!(lookup.bin(d(2010, 4, 1)), None);
        assert_eq!(lookup.bin(d(2009, 12, 31)), None);
        assert_eq!(axis.bin_of(d(2010, 3, 31)), Some(2));
    }

    #[test]
    fn ttc_bins_hold_their_ends() {
        let mut h = TtcHistogram::default();
        for days in [0, 29, 30, -1, TTC_CAP_DAYS - 1, TTC_CAP_DAYS] {
            h.add(days, 1);
        }
        assert_eq!((h.counts[0], h.counts[1]), (2, 1));
        assert_eq!(h.counts[h.counts.len() - 1], 1);
        assert_eq!((h.over, h.negative, h.total()), (1, 1, 6));
        assert_eq!(TtcHistogram::bin_days(1), (30, 59));
    }
}
