//! Calendar arithmetic on [`Day`] numbers without going through `chrono`,
//! which would return `Option`s for dates that are known to exist and
//! allocate to format them.

use crate::model::Day;

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// `days_from_civil`).
pub fn day_of(year: i32, month: u32, day: u32) -> Day {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Day(era * 146_097 + doe - 719_468)
}

/// Year, month and day of a day number (H. Hinnant's `civil_from_days`).
pub fn civil(day: Day) -> (i32, u32, u32) {
    let z = day.0 + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

/// Calendar year of a day number.
pub fn year_of(day: Day) -> i32 {
    civil(day).0
}

/// Number of days in `year`: 365, or 366 in a leap year.
pub fn days_in_year(year: i32) -> i32 {
    day_of(year + 1, 1, 1).0 - day_of(year, 1, 1).0
}

/// Appends `YYYY-MM-DD`.
pub fn push_iso(day: Day, out: &mut String) {
    use std::fmt::Write;
    let (y, m, d) = civil(day);
    // Writing to a String cannot fail.
    let _ = write!(out, "{y:04}-{m:02}-{d:02}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_chrono_over_the_whole_range() {
        for day in (day_of(1960, 1, 1).0..day_of(2016, 1, 1).0).step_by(13) {
            let day = Day(day);
            let mut text = String::new();
            push_iso(day, &mut text);
            assert_eq!(text, day.iso());
            let (y, m, d) = civil(day);
            assert_eq!(day_of(y, m, d), day);
        }
        assert_eq!(Some(day_of(2008, 11, 7)), Day::from_ymd(2008, 11, 7));
        assert_eq!(day_of(1970, 1, 1), Day(0));
        assert_eq!(days_in_year(2008), 366);
        assert_eq!(days_in_year(2010), 365);
    }
}
