//! Calendar dates as day numbers, four bytes per trace.

use chrono::{Datelike, NaiveDate};

/// Days since 1970-01-01. Stored per trace as `i32`, with [`Day::NONE`]
/// marking a missing or unparseable date.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Day(pub i32);

impl Day {
    /// A missing or unparseable date (`i32::MIN`).
    pub const NONE: Day = Day(i32::MIN);

    /// The day of a calendar date; `None` when no such date exists (such as
    /// 30 February).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        NaiveDate::from_ymd_opt(year, month, day).map(Day::from_date)
    }

    /// The day of a `chrono` date.
    pub fn from_date(date: NaiveDate) -> Day {
        Day(date.num_days_from_ce() - EPOCH_DAYS_FROM_CE)
    }

    /// Today in UTC, from the system clock.
    pub fn today() -> Day {
        Day::of_unix_seconds(unix_seconds())
    }

    /// The UTC day of a time in seconds since 1970-01-01T00:00Z.
    pub fn of_unix_seconds(seconds: u64) -> Day {
        Day(i32::try_from(seconds / 86_400).unwrap_or(i32::MAX))
    }

    /// True for [`Day::NONE`].
    pub fn is_none(self) -> bool {
        self == Self::NONE
    }

    /// The day itself, or `None` for [`Day::NONE`].
    pub fn get(self) -> Option<Day> {
        (!self.is_none()).then_some(self)
    }

    /// The calendar date; `None` for [`Day::NONE`] or a day outside the range
    /// `chrono` can represent.
    pub fn to_date(self) -> Option<NaiveDate> {
        if self.is_none() {
            return None;
        }
        NaiveDate::from_num_days_from_ce_opt(self.0 + EPOCH_DAYS_FROM_CE)
    }

    /// ISO 8601 (`2010-03-04`), or an empty string for a missing date.
    ///
    /// ```
    /// use corridor_core::model::day::Day;
    /// assert_eq!(Day::from_ymd(2010, 3, 4).unwrap().iso(), "2010-03-04");
    /// assert_eq!(Day::NONE.iso(), "");
    /// ```
    pub fn iso(self) -> String {
        self.to_date()
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }
}

/// Seconds since 1970-01-01T00:00Z by the system clock (0 before it).
pub fn unix_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// `NaiveDate::num_days_from_ce` of 1970-01-01.
const EPOCH_DAYS_FROM_CE: i32 = 719_163;

/// Time-to-crime in days: recovery minus purchase, when both are known.
///
/// ```
/// use corridor_core::model::day::{Day, time_to_crime_days};
/// let bought = Day::from_ymd(2009, 12, 30).unwrap();
/// let found = Day::from_ymd(2010, 1, 2).unwrap();
/// assert_eq!(time_to_crime_days(bought, found), Some(3));
/// assert_eq!(time_to_crime_days(Day::NONE, found), None);
/// ```
pub fn time_to_crime_days(purchase: Day, recovery: Day) -> Option<i32> {
    if purchase.is_none() || recovery.is_none() {
        None
    } else {
        Some(recovery.0 - purchase.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_is_day_zero() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Some(Day(0)));
        assert_eq!(Day(0).to_date(), NaiveDate::from_ymd_opt(1970, 1, 1));
        assert_eq!(Day::from_ymd(2010, 2, 30), None);
    }
}
