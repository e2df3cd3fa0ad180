//! Dates for people, in their language: ISO `2019-03-04` in English (as
//! Corridor has always written them), `04/03/2019` in Spanish (the Mexican
//! day-first order), months named in Spanish. Files and JSON keep ISO in
//! every language.

use chrono::Datelike;

use super::lang::Lang;
use crate::model::{DateSpan, Day};
use crate::msg_id;

/// A day as a reader of `lang` writes it; empty for no date.
///
/// ```
/// use corridor_core::i18n::{calendar, Lang};
/// use corridor_core::model::Day;
/// let day = Day::from_ymd(2019, 3, 4).unwrap();
/// assert_eq!(calendar::day(Lang::En, day), "2019-03-04");
/// assert_eq!(calendar::day(Lang::Es, day), "04/03/2019");
/// assert_eq!(calendar::day(Lang::Es, Day::NONE), "");
/// ```
pub fn day(lang: Lang, day: Day) -> String {
    match (lang, day.to_date()) {
        (_, None) => String::new(),
        (Lang::En, Some(_)) => day.iso(),
        (Lang::Es, Some(date)) => date.format("%d/%m/%Y").to_string(),
    }
}

/// A month: `2019-03` in English, `mar 2019` in Spanish.
///
/// ```
/// use corridor_core::i18n::{calendar, Lang};
/// assert_eq!(calendar::month(Lang::En, 2019, 3), "2019-03");
/// assert_eq!(calendar::month(Lang::Es, 2019, 3), "mar 2019");
/// assert_eq!(calendar::month(Lang::Es, 2020, 9), "sep 2020");
/// ```
pub fn month(lang: Lang, year: i32, month: u32) -> String {
    match lang {
        Lang::En => format!("{year:04}-{month:02}"),
        Lang::Es => format!("{} {year:04}", month_short(lang, month)),
    }
}

/// The month's name: `March`, `marzo` (Spanish writes months in lower case).
///
/// ```
/// use corridor_core::i18n::{calendar, Lang};
/// assert_eq!(calendar::month_name(Lang::En, 3), "March");
/// assert_eq!(calendar::month_name(Lang::Es, 3), "marzo");
/// assert_eq!(calendar::month_name(Lang::Es, 13), "13");
/// ```
pub fn month_name(lang: Lang, month: u32) -> String {
    let id = match month {
        1 => msg_id!("month-1"),
        2 => msg_id!("month-2"),
        3 => msg_id!("month-3"),
        4 => msg_id!("month-4"),
        5 => msg_id!("month-5"),
        6 => msg_id!("month-6"),
        7 => msg_id!("month-7"),
        8 => msg_id!("month-8"),
        9 => msg_id!("month-9"),
        10 => msg_id!("month-10"),
        11 => msg_id!("month-11"),
        12 => msg_id!("month-12"),
        _ => return month.to_string(),
    };
    super::text(lang, id, &[])
}

/// The month's name in three letters: `Mar`, `mar`.
pub fn month_short(lang: Lang, month: u32) -> String {
    month_name(lang, month).chars().take(3).collect()
}

/// A date of a given precision: the day, the month (`2019-03`, `mar 2019`)
/// or the year; empty for no date.
///
/// ```
/// use corridor_core::i18n::{calendar, Lang};
/// use corridor_core::model::{DateSpan, Day};
/// let first = Day::from_ymd(2019, 3, 1).unwrap();
/// assert_eq!(calendar::dated(Lang::Es, DateSpan::Day, first), "01/03/2019");
/// assert_eq!(calendar::dated(Lang::Es, DateSpan::Month, first), "mar 2019");
/// assert_eq!(calendar::dated(Lang::En, DateSpan::Month, first), "2019-03");
/// assert_eq!(calendar::dated(Lang::Es, DateSpan::Year, first), "2019");
/// ```
pub fn dated(lang: Lang, span: DateSpan, first: Day) -> String {
    let Some(date) = first.to_date() else {
        return String::new();
    };
    match span {
        DateSpan::Day => day(lang, first),
        DateSpan::Month => month(lang, date.year(), date.month()),
        DateSpan::Year => format!("{:04}", date.year()),
    }
}
