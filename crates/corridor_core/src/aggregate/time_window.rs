//! Moving a date range through time, for the time bar's play button.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::filter::Range;
use crate::i18n::{Lang, Phrase, ToPhrase};
use crate::model::Day;
use crate::{msg_id, phrase};

/// How far one step of the animation moves the range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PlayStep {
    /// One calendar month; the default.
    #[default]
    Month,
    /// Three calendar months.
    Quarter,
    /// Twelve calendar months.
    Year,
}

impl PlayStep {
    /// Every step, shortest first, in the order the time bar offers them.
    pub const ALL: [PlayStep; 3] = [PlayStep::Month, PlayStep::Quarter, PlayStep::Year];

    /// Length of the step in calendar months.
    pub fn months(self) -> u32 {
        match self {
            PlayStep::Month => 1,
            PlayStep::Quarter => 3,
            PlayStep::Year => 12,
        }
    }

    /// The step's name as the time bar shows it.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            PlayStep::Month => msg_id!("play-step-month"),
            PlayStep::Quarter => msg_id!("play-step-quarter"),
            PlayStep::Year => msg_id!("play-step-year"),
        };
        crate::i18n::text(lang, id, &[])
    }
}

/// The range to start playing from: the range as set, with an open start
/// put at the start of the data and an open end one step after the start.
///
/// ```
/// use corridor_core::aggregate::Range;
/// use corridor_core::aggregate::time_window::{PlayStep, play_window};
/// use corridor_core::model::Day;
/// let d = |y, m, day| Day::from_ymd(y, m, day).unwrap();
/// let axis = (d(2006, 1, 1), d(2014, 12, 31));
/// let w = play_window(Range::default(), axis, PlayStep::Quarter);
/// assert_eq!((w.from, w.to), (Some(d(2006, 1, 1)), Some(d(2006, 3, 31))));
/// ```
pub fn play_window(dates: Range<Day>, axis: (Day, Day), step: PlayStep) -> Range<Day> {
    let from = dates.from.unwrap_or(axis.0);
    let to = dates.to.unwrap_or_else(|| {
        shift_start(from, step.months())
            .map(|next| Day(next.0 - 1))
            .unwrap_or(axis.1)
    });
    Range {
        from: Some(from),
        to: Some(to.max(from)),
    }
}

/// The range one step later, keeping its length in calendar terms (a
/// range ending on a month's last day ends on the last day of the later
/// month). `None` when the range already reaches `last`: playing stops.
///
/// ```
/// use corridor_core::aggregate::Range;
/// use corridor_core::aggregate::time_window::{PlayStep, advance};
/// use corridor_core::model::Day;
/// let d = |y, m, day| Day::from_ymd(y, m, day).unwrap();
/// let jan = Range { from: Some(d(2010, 1, 1)), to: Some(d(2010, 1, 31)) };
/// let feb = advance(jan, PlayStep::Month, d(2014, 12, 31)).unwrap();
/// assert_eq!((feb.from, feb.to), (Some(d(2010, 2, 1)), Some(d(2010, 2, 28))));
/// assert_eq!(advance(feb, PlayStep::Month, d(2010, 2, 28)), None);
/// ```
pub fn advance(dates: Range<Day>, step: PlayStep, last: Day) -> Option<Range<Day>> {
    let (from, to) = (dates.from?, dates.to?);
    if to >= last {
        return None;
    }
    let months = step.months();
    Some(Range {
        from: Some(shift_start(from, months)?),
        to: Some(shift_end(to, months)?),
    })
}

/// A typed date: `2012-03-04`, or `2012-03` / `2012` for a whole month
/// or year, read as its first day (`end` false) or its last (`end` true).
/// Empty text is an open end (`Ok(None)`).
///
/// ```
/// use corridor_core::aggregate::time_window::parse_day;
/// use corridor_core::model::Day;
/// assert_eq!(parse_day("2012-02", true), Ok(Day::from_ymd(2012, 2, 29)));
/// assert_eq!(parse_day(" 2012 ", false), Ok(Day::from_ymd(2012, 1, 1)));
/// assert_eq!(parse_day("", false), Ok(None));
/// assert!(parse_day("2012-13-01", false).is_err());
/// // Years outside 1900–2100 are typing slips, not trace dates.
/// assert_eq!(
///     parse_day("0011-12-31", false).unwrap_err().to_string(),
///     "year 11 is outside 1900–2100: 0011-12-31"
/// );
/// ```
pub fn parse_day(text: &str, end: bool) -> Result<Option<Day>, BadDate> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let bad = || BadDate::Format(text.to_owned());
    let parts: Vec<&str> = text.split('-').collect();
    let number = |i: usize| -> Result<u32, BadDate> {
        parts.get(i).and_then(|p| p.parse().ok()).ok_or_else(bad)
    };
    let year = parts
        .first()
        .filter(|p| p.len() == 4)
        .and_then(|p| p.parse::<i32>().ok())
        .ok_or_else(bad)?;
    if !YEARS.contains(&year) {
        return Err(BadDate::Year {
            year,
            text: text.to_owned(),
        });
    }
    let day = match parts.len() {
        1 if end => Day::from_ymd(year, 12, 31),
        1 => Day::from_ymd(year, 1, 1),
        2 => {
            let month = number(1)?;
            let first = Day::from_ymd(year, month, 1).ok_or_else(bad)?;
            if end {
                shift_start(first, 1).map(|next| Day(next.0 - 1))
            } else {
                Some(first)
            }
        }
        3 => Day::from_ymd(year, number(1)?, number(2)?),
        _ => None,
    };
    day.map(Some).ok_or_else(bad)
}

/// [`parse_day`] as a reader of `lang` types dates: Spanish also reads
/// `dd/mm/aaaa` and `mm/aaaa`, as the Spanish interface writes them (ISO is
/// read in both; English keeps to ISO, where `04/03/2019` would be read two
/// ways).
///
/// ```
/// use corridor_core::aggregate::time_window::parse_day_in;
/// use corridor_core::i18n::Lang;
/// use corridor_core::model::Day;
/// assert_eq!(parse_day_in("04/03/2019", false, Lang::Es), Ok(Day::from_ymd(2019, 3, 4)));
/// assert_eq!(parse_day_in("02/2012", true, Lang::Es), Ok(Day::from_ymd(2012, 2, 29)));
/// assert_eq!(parse_day_in("2019-03-04", false, Lang::Es), Ok(Day::from_ymd(2019, 3, 4)));
/// assert!(parse_day_in("04/03/2019", false, Lang::En).is_err());
/// assert!(parse_day_in("31/02/2019", false, Lang::Es).is_err());
/// ```
pub fn parse_day_in(text: &str, end: bool, lang: Lang) -> Result<Option<Day>, BadDate> {
    let trimmed = text.trim();
    if lang != Lang::Es || !trimmed.contains('/') {
        return parse_day(text, end);
    }
    let parts: Vec<&str> = trimmed.split('/').map(str::trim).collect();
    let iso = match parts.as_slice() {
        [day, month, year] if day.len() <= 2 && month.len() <= 2 => {
            format!("{year}-{month:0>2}-{day:0>2}")
        }
        [month, year] if month.len() <= 2 => format!("{year}-{month:0>2}"),
        _ => return Err(BadDate::Format(trimmed.to_owned())),
    };
    // The error names what was typed, not the ISO it was read as.
    parse_day(&iso, end).map_err(|error| match error {
        BadDate::Format(_) => BadDate::Format(trimmed.to_owned()),
        BadDate::Year { year, .. } => BadDate::Year {
            year,
            text: trimmed.to_owned(),
        },
    })
}

/// The years a typed date may have: traced firearms were bought and
/// recovered within them, so anything else is a slip (`0011` for `2011`).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Why typed text is not a date [`parse_day`] reads.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadDate {
    /// Not of the form YYYY-MM-DD, YYYY-MM or YYYY, or no such day.
    Format(String),
    /// A year outside [`YEARS`].
    Year {
        /// The year typed.
        year: i32,
        /// The whole text.
        text: String,
    },
}

impl ToPhrase for BadDate {
    fn phrase(&self) -> Phrase {
        match self {
            BadDate::Format(text) => phrase!("date-error-format", text = text),
            BadDate::Year { year, text } => {
                phrase!(
                    "date-error-year",
                    year = year.to_string(),
                    first = YEARS.start().to_string(),
                    last = YEARS.end().to_string(),
                    text = text
                )
            }
        }
    }
}

crate::display_in_english!(BadDate);

fn shift_start(day: Day, months: u32) -> Option<Day> {
    let date = day.to_date()?;
    date.checked_add_months(Months::new(months))
        .map(Day::from_date)
}

/// Month-end stays month-end; other days move like starts (clamped to the
/// end of a shorter month).
fn shift_end(day: Day, months: u32) -> Option<Day> {
    let date = day.to_date()?;
    if is_month_end(date) {
        let first = date
            .with_day(1)?
            .checked_add_months(Months::new(months + 1))?;
        Some(Day(Day::from_date(first).0 - 1))
    } else {
        date.checked_add_months(Months::new(months))
            .map(Day::from_date)
    }
}

fn is_month_end(date: NaiveDate) -> bool {
    date.succ_opt()
        .is_none_or(|next| next.month() != date.month())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Day {
        Day::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn steps_keep_calendar_lengths() {
        let q1 = Range {
            from: Some(d(2010, 1, 1)),
            to: Some(d(2010, 3, 31)),
        };
        let q2 = advance(q1, PlayStep::Quarter, d(2014, 12, 31)).unwrap();
        assert_eq!(
            (q2.from, q2.to),
            (Some(d(2010, 4, 1)), Some(d(2010, 6, 30)))
        );
        let y = advance(q1, PlayStep::Year, d(2014, 12, 31)).unwrap();
        assert_eq!((y.from, y.to), (Some(d(2011, 1, 1)), Some(d(2011, 3, 31))));
        let odd = Range {
            from: Some(d(2010, 1, 10)),
            to: Some(d(2010, 1, 30)),
        };
        let next = advance(odd, PlayStep::Month, d(2014, 12, 31)).unwrap();
        assert_eq!(next.to, Some(d(2010, 2, 28)), "clamped to February");
    }

    #[test]
    fn a_bad_date_says_why_in_either_language() {
        let format = parse_day("2012-13-01", false).unwrap_err();
        crate::i18n::assert_says(
            &format,
            "not a date (YYYY-MM-DD, YYYY-MM or YYYY): 2012-13-01",
            "no es una fecha (DD/MM/AAAA, MM/AAAA, AAAA o AAAA-MM-DD): 2012-13-01",
        );
        let year = parse_day("2500", false).unwrap_err();
        crate::i18n::assert_says(
            &year,
            "year 2500 is outside 1900–2100: 2500",
            "el año 2500 no está entre 1900 y 2100: 2500",
        );
    }

    #[test]
    fn open_ends_are_filled_from_the_axis() {
        let axis = (d(2006, 1, 1), d(2014, 12, 31));
        let only_from = Range {
            from: Some(d(2012, 5, 1)),
            to: None,
        };
        let w = play_window(only_from, axis, PlayStep::Year);
        assert_eq!(w.to, Some(d(2013, 4, 30)));
        assert_eq!(advance(Range::default(), PlayStep::Month, axis.1), None);
    }
}
