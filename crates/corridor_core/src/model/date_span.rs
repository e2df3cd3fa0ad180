//! How precise a trace's dates are: a day, or only a month or a year, as
//! published tables of counts give them (`2019-03`, `2019`).
//!
//! A partial date is stored as the first day of its period in the date
//! column, with its span here; the column costs nothing while every date is
//! a day. A filter range holds such a date only when its whole period lies
//! inside; a time-to-crime needs two full days.

use chrono::{Datelike, NaiveDate};

use super::day::Day;

/// The period a date stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DateSpan {
    /// A calendar day (or no date at all).
    #[default]
    Day = 0,
    /// Only the month is known: stored as its first day.
    Month = 1,
    /// Only the year is known: stored as 1 January.
    Year = 2,
}

impl DateSpan {
    fn from_bits(bits: u8) -> DateSpan {
        match bits & 3 {
            1 => DateSpan::Month,
            2 => DateSpan::Year,
            _ => DateSpan::Day,
        }
    }

    /// The last day of the period that starts on `first`.
    ///
    /// ```
    /// use corridor_core::model::{Day, DateSpan};
    /// let day = |y, m, d| Day::from_ymd(y, m, d).unwrap();
    /// assert_eq!(DateSpan::Month.last_day(day(2020, 2, 1)), day(2020, 2, 29));
    /// assert_eq!(DateSpan::Year.last_day(day(2019, 1, 1)), day(2019, 12, 31));
    /// assert_eq!(DateSpan::Day.last_day(day(2019, 5, 6)), day(2019, 5, 6));
    /// ```
    pub fn last_day(self, first: Day) -> Day {
        // A day is its own period: no calendar conversion (this runs per
        // trace in the filters).
        if self == DateSpan::Day {
            return first;
        }
        let Some(date) = first.to_date() else {
            return first;
        };
        let end = match self {
            DateSpan::Day => Some(date),
            DateSpan::Month => {
                let (year, month) = if date.month() == 12 {
                    (date.year() + 1, 1)
                } else {
                    (date.year(), date.month() + 1)
                };
                NaiveDate::from_ymd_opt(year, month, 1).and_then(|d| d.pred_opt())
            }
            DateSpan::Year => NaiveDate::from_ymd_opt(date.year(), 12, 31),
        };
        end.map_or(first, Day::from_date)
    }

    /// The date as written for people and exports: `2019-03-04`, `2019-03`
    /// or `2019`; empty for no date.
    ///
    /// ```
    /// use corridor_core::model::{Day, DateSpan};
    /// let first = Day::from_ymd(2019, 3, 1).unwrap();
    /// assert_eq!(DateSpan::Month.text(first), "2019-03");
    /// assert_eq!(DateSpan::Year.text(first), "2019");
    /// assert_eq!(DateSpan::Day.text(first), "2019-03-01");
    /// assert_eq!(DateSpan::Year.text(Day::NONE), "");
    /// ```
    pub fn text(self, first: Day) -> String {
        // English is ISO: the same text exports and the English screen write.
        crate::i18n::calendar::dated(crate::i18n::Lang::En, self, first)
    }

    /// Whether a date of this span starting on `first` is in `from..=to`:
    /// `Some(true)` when its whole period is, `Some(false)` when none of it
    /// is, `None` when the range cuts the period (too coarse to tell).
    pub fn within(self, first: Day, from: Day, to: Day) -> Option<bool> {
        let last = self.last_day(first);
        if first >= from && last <= to {
            Some(true)
        } else if last < from || first > to {
            Some(false)
        } else {
            None
        }
    }
}

/// The spans of a trace's purchase and recovery dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateSpans {
    /// The purchase date's.
    pub purchase: DateSpan,
    /// The recovery date's.
    pub recovery: DateSpan,
}

impl DateSpans {
    /// Both dates are days (or missing).
    pub const DAYS: DateSpans = DateSpans {
        purchase: DateSpan::Day,
        recovery: DateSpan::Day,
    };

    fn bits(self) -> u8 {
        self.purchase as u8 | (self.recovery as u8) << 2
    }

    /// The spans packed in one byte: the purchase's in bits 0-1, the
    /// recovery's in bits 2-3.
    pub fn from_bits(bits: u8) -> DateSpans {
        DateSpans {
            purchase: DateSpan::from_bits(bits),
            recovery: DateSpan::from_bits(bits >> 2),
        }
    }

    /// Both dates are days, so a time-to-crime can be counted.
    pub fn both_days(self) -> bool {
        self == DateSpans::DAYS
    }
}

/// The date spans of every trace, one byte each; empty while every date is
/// a day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpanColumn(Vec<u8>);

impl SpanColumn {
    /// Appends the next row's spans, `rows_before` being the rows held.
    pub fn push(&mut self, rows_before: usize, spans: DateSpans) {
        if self.0.is_empty() {
            if spans.both_days() {
                return;
            }
            self.0.resize(rows_before, 0);
        }
        self.0.push(spans.bits());
    }

    /// The spans of row `row`.
    #[inline]
    pub fn get(&self, row: usize) -> DateSpans {
        self.0
            .get(row)
            .map_or(DateSpans::DAYS, |&b| DateSpans::from_bits(b))
    }

    /// Whether some date is only a month or a year.
    pub fn is_partial(&self) -> bool {
        !self.0.is_empty()
    }

    /// The packed spans of rows `rows` (empty while every date is a day),
    /// for the tight loops: [`DateSpans::from_bits`] reads one.
    pub fn packed(&self, rows: std::ops::Range<usize>) -> &[u8] {
        if self.0.is_empty() {
            &[]
        } else {
            &self.0[rows]
        }
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.0.capacity()
    }

    /// Makes room for `rows` more rows when the column is in use.
    pub fn reserve(&mut self, rows: usize) {
        if !self.0.is_empty() {
            self.0.reserve(rows);
        }
    }

    /// Frees spare capacity.
    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }
}
