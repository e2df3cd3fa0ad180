//! Business days between two purchases, for the multiple-sale indicator.

use crate::model::Day;

/// Weekdays (Monday to Friday) after `from` up to and including `to`: the
/// number of business days the later purchase comes after the earlier.
/// Holidays are not known and count as business days. Zero when `to` is not
/// after `from`.
///
/// ```
/// use corridor_core::investigate::business_days::business_days_after;
/// use corridor_core::model::Day;
/// let day = |d| Day::from_ymd(2024, 3, d).unwrap(); // 4 March 2024 is a Monday
/// assert_eq!(business_days_after(day(4), day(8)), 4); // Monday → Friday
/// assert_eq!(business_days_after(day(4), day(11)), 5); // Monday → next Monday
/// assert_eq!(business_days_after(day(8), day(11)), 1); // Friday → Monday
/// assert_eq!(business_days_after(day(9), day(10)), 0); // Saturday → Sunday
/// assert_eq!(business_days_after(day(9), day(13)), 3); // Saturday → Wednesday
/// ```
pub fn business_days_after(from: Day, to: Day) -> i64 {
    if to <= from {
        return 0;
    }
    weekdays_through(to) - weekdays_through(from)
}

/// Weekdays from a Monday long ago through `day`, so differences count the
/// weekdays between two days.
fn weekdays_through(day: Day) -> i64 {
    // Day 0, 1970-01-01, was a Thursday: three days after Monday 1969-12-29.
    let since_monday = i64::from(day.0) + 3;
    let (weeks, weekday) = (since_monday.div_euclid(7), since_monday.rem_euclid(7));
    weeks * 5 + (weekday + 1).min(5)
}

/// The reporting window of multiple sales: the later purchase at most this
/// many business days after the earlier (five consecutive business days).
pub const MULTIPLE_SALE_BUSINESS_DAYS: i64 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_of_mondays_to_every_day_counts_weekdays_only() {
        let monday = Day::from_ymd(2019, 7, 1).unwrap();
        let counts: Vec<i64> = (0..15)
            .map(|d| business_days_after(monday, Day(monday.0 + d)))
            .collect();
        // Mon..Sun, Mon..Sun, Mon.
        assert_eq!(counts, [0, 1, 2, 3, 4, 4, 4, 5, 6, 7, 8, 9, 9, 9, 10]);
    }

    #[test]
    fn days_before_1970_count_the_same() {
        // 1 January 1968 was a Monday.
        let monday = Day::from_ymd(1968, 1, 1).unwrap();
        assert_eq!(business_days_after(monday, Day(monday.0 + 4)), 4);
        assert_eq!(business_days_after(monday, Day(monday.0 + 7)), 5);
    }
}
