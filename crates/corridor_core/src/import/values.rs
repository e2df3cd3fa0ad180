//! Parsing the cell values real exports contain: coordinates and dates.

use crate::i18n::Phrase;
use crate::model::{DateSpan, Day};
use crate::phrase;

/// Why a coordinate cell cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum CoordError {
    /// The cell is empty or holds a marker such as `N/A`.
    Missing,
    /// Not a number: the cell's text.
    Unparseable(String),
    /// Latitude and longitude both 0, as exports fill unknown coordinates:
    /// a placeholder, not a place (0°N 0°E is open ocean).
    ZeroZero,
    /// A number beyond the limit (±90° for a latitude, ±180° for a
    /// longitude), in degrees.
    OutOfRange(f64),
}

impl CoordError {
    /// The problem as a phrase for the report, `what` naming the cell
    /// (`store latitude is missing`), in English.
    ///
    /// ```
    /// use corridor_core::import::values::CoordError;
    /// assert_eq!(CoordError::OutOfRange(95.5).describe("latitude"), "latitude 95.5 is out of range");
    /// ```
    pub fn describe(&self, what: &str) -> String {
        self.phrase(phrase!("import-text", text = what)).to_string()
    }

    /// The problem as a message, `what` naming the cell in the same
    /// language (`store latitude`, `latitud de la armería`).
    ///
    /// ```
    /// use corridor_core::import::values::CoordError;
    /// use corridor_core::i18n::Lang;
    /// use corridor_core::phrase;
    /// let what = phrase!("import-coordinate-name", side = "store", axis = "lat");
    /// let error = CoordError::Unparseable("N/D".into()).phrase(what);
    /// assert_eq!(error.text(Lang::En), "store latitude 'N/D' is not a number");
    /// assert_eq!(error.text(Lang::Es), "la latitud de la armería 'N/D' no es un número");
    /// ```
    pub fn phrase(&self, what: Phrase) -> Phrase {
        match self {
            CoordError::Missing => phrase!("import-coordinate-missing", what = what),
            CoordError::Unparseable(text) => {
                phrase!("import-coordinate-not-number", what = what, value = text)
            }
            CoordError::ZeroZero => phrase!("import-coordinate-zero", what = what),
            // As Rust writes the number, not grouped.
            CoordError::OutOfRange(value) => phrase!(
                "import-coordinate-out-of-range",
                what = what,
                value = value.to_string()
            ),
        }
    }
}

/// Parses a latitude or longitude in decimal degrees. Accepts a decimal comma
/// (European spreadsheets), a degree sign and a hemisphere letter
/// (`106.49 W`), and rejects values outside `±limit`.
///
/// ```
/// use corridor_core::import::values::{parse_coordinate, CoordError};
/// assert_eq!(parse_coordinate("31.76", 90.0), Ok(31.76));
/// assert_eq!(parse_coordinate("-106,49", 180.0), Ok(-106.49));
/// assert_eq!(parse_coordinate("106.49° W", 180.0), Ok(-106.49));
/// assert_eq!(parse_coordinate("245", 90.0), Err(CoordError::OutOfRange(245.0)));
/// assert_eq!(parse_coordinate(" ", 90.0), Err(CoordError::Missing));
/// assert!(matches!(parse_coordinate("N/A", 90.0), Err(CoordError::Missing)));
/// assert!(matches!(parse_coordinate("abc", 90.0), Err(CoordError::Unparseable(_))));
/// ```
pub fn parse_coordinate(text: &str, limit_deg: f64) -> Result<f64, CoordError> {
    let trimmed = text.trim_ascii();
    if is_missing_marker(trimmed) {
        return Err(CoordError::Missing);
    }
    let mut body = trimmed.trim_end_matches('°').trim_ascii();
    let mut sign = 1.0;
    if let Some(last) = body.chars().last() {
        match last.to_ascii_uppercase() {
            'N' | 'E' => body = body[..body.len() - 1].trim_ascii(),
            'S' | 'W' | 'O' => {
                sign = -1.0;
                body = body[..body.len() - 1].trim_ascii();
            }
            _ => {}
        }
    }
    let body = body.trim_end_matches('°').trim_ascii();
    let normalised;
    let number = if body.contains(',') && !body.contains('.') && body.matches(',').count() == 1 {
        normalised = body.replace(',', ".");
        normalised.as_str()
    } else {
        body
    };
    let value: f64 = number
        .parse()
        .map_err(|_| CoordError::Unparseable(trimmed.to_owned()))?;
    if !value.is_finite() {
        return Err(CoordError::Unparseable(trimmed.to_owned()));
    }
    let value = value * sign;
    if value.abs() > limit_deg {
        return Err(CoordError::OutOfRange(value));
    }
    Ok(value)
}

/// Cells that spreadsheets and databases write for "no value".
pub fn is_missing_marker(text: &str) -> bool {
    let t = text.trim_ascii();
    if t.is_empty() {
        return true;
    }
    // Numbers and dates, the usual content, are never markers.
    if t.len() > 8 || t.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    [
        "n/a", "na", "null", "none", "nan", "-", "--", "?", "#n/a", "s/d", "sin dato",
    ]
    .iter()
    .any(|m| t.eq_ignore_ascii_case(m))
}

/// Reads an `obliterated` cell: yes/no in English or Spanish (`Y`, `true`,
/// `1`, `sí`, `x`…), or a word that says the serial was filed off
/// (`OBLITERATED`, `LIMADO`…). An empty cell or a missing-value marker is
/// no; anything else is an error with the reason.
///
/// ```
/// use corridor_core::import::values::parse_obliterated;
/// assert_eq!(parse_obliterated("Yes"), Ok(true));
/// assert_eq!(parse_obliterated("sí"), Ok(true));
/// assert_eq!(parse_obliterated("LIMADO"), Ok(true));
/// assert_eq!(parse_obliterated("no"), Ok(false));
/// assert_eq!(parse_obliterated(""), Ok(false));
/// assert!(parse_obliterated("maybe").is_err());
/// ```
pub fn parse_obliterated(text: &str) -> Result<bool, Phrase> {
    let t = text.trim();
    if is_missing_marker(t) {
        return Ok(false);
    }
    let yes = [
        "yes",
        "y",
        "true",
        "t",
        "1",
        "x",
        "si",
        "sí",
        "s",
        "verdadero",
    ];
    let no = ["no", "n", "false", "f", "0", "falso"];
    if yes.iter().any(|w| t.eq_ignore_ascii_case(w)) || serial_is_obliterated(t) {
        Ok(true)
    } else if no.iter().any(|w| t.eq_ignore_ascii_case(w)) {
        Ok(false)
    } else {
        Err(phrase!("import-not-yes-or-no", value = t))
    }
}

/// True when a serial number cell says the serial was filed off instead of
/// giving it: `OBLITERATED`, `OBLIT`, `LIMADO`/`LIMADA`, `BORRADO`/`BORRADA`,
/// `ILEGIBLE`, alone or among a few words (`Serie limada`).
///
/// ```
/// use corridor_core::import::values::serial_is_obliterated;
/// assert!(serial_is_obliterated("OBLITERATED"));
/// assert!(serial_is_obliterated("(limado)"));
/// assert!(serial_is_obliterated("Serie limada"));
/// assert!(!serial_is_obliterated("LMD1234"));
/// assert!(!serial_is_obliterated(""));
/// ```
pub fn serial_is_obliterated(serial: &str) -> bool {
    const WORDS: [&str; 8] = [
        "obliterated",
        "oblit",
        "limado",
        "limada",
        "borrado",
        "borrada",
        "ilegible",
        "illegible",
    ];
    // Only short cells: a serial that merely contains a word is a serial.
    serial.len() <= 32
        && serial
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|word| WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)))
}

/// Order of day and month in slash dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum DateOrder {
    /// US `MM/DD/YYYY`.
    #[default]
    MonthFirst,
    /// `DD/MM/YYYY`, as Mexican sources write.
    DayFirst,
}

/// Parses ISO dates (`2010-03-04`, optionally with a time), `YYYY/MM/DD`, and
/// slash or dash dates with a four-digit year in the given order.
///
/// ```
/// use corridor_core::import::values::{parse_date, DateOrder};
/// use corridor_core::model::Day;
/// let d = Day::from_ymd(2010, 3, 4);
/// assert_eq!(parse_date("2010-03-04", DateOrder::MonthFirst), Ok(d));
/// assert_eq!(parse_date("2010-03-04T13:00:00Z", DateOrder::MonthFirst), Ok(d));
/// assert_eq!(parse_date("03/04/2010", DateOrder::MonthFirst), Ok(d));
/// assert_eq!(parse_date("3/4/2010", DateOrder::MonthFirst), Ok(d));
/// assert_eq!(parse_date("04/03/2010", DateOrder::DayFirst), Ok(d));
/// assert_eq!(parse_date("", DateOrder::MonthFirst), Ok(None));
/// assert!(parse_date("13/45/2010", DateOrder::MonthFirst).is_err());
/// assert!(parse_date("last spring", DateOrder::MonthFirst).is_err());
/// ```
pub fn parse_date(text: &str, order: DateOrder) -> Result<Option<Day>, Phrase> {
    let t = text.trim_ascii();
    if is_missing_marker(t) {
        return Ok(None);
    }
    let bad = || phrase!("import-date-invalid", value = t, order = order.phrase());
    // A time after the date (ISO `T`, or a space as spreadsheets write) is ignored.
    let date_part = t.split(['T', ' ']).next().unwrap_or(t);
    let mut parts = date_part.split(['-', '/', '.']);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let number = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())?
    };
    let (Some(na), Some(nb), Some(nc)) = (number(a), number(b), number(c)) else {
        return Err(bad());
    };
    let (year, month, day) = if a.len() == 4 {
        (na, nb, nc)
    } else if c.len() == 4 {
        match order {
            DateOrder::MonthFirst => (nc, na, nb),
            DateOrder::DayFirst => (nc, nb, na),
        }
    } else {
        return Err(bad());
    };
    let year = i32::try_from(year).map_err(|_| bad())?;
    if !(1800..=2200).contains(&year) {
        return Err(phrase!(
            "import-date-implausible-year",
            value = t,
            year = year.to_string()
        ));
    }
    Day::from_ymd(year, month, day).map(Some).ok_or_else(bad)
}

/// A date of a trace: its first day and whether it is a day, a month or a
/// year.
pub type Dated = (Day, DateSpan);

/// [`parse_date`], and also a month (`2019-03`, `2019/3`, `03/2019`) or a
/// year (`2019`) alone, as tables of counts give dates: such a date is its
/// period's first day with its span.
///
/// ```
/// use corridor_core::import::values::{parse_dated, DateOrder};
/// use corridor_core::model::{DateSpan, Day};
/// let first = |y, m| Day::from_ymd(y, m, 1).unwrap();
/// let order = DateOrder::MonthFirst;
/// assert_eq!(parse_dated("2019", order), Ok(Some((first(2019, 1), DateSpan::Year))));
/// assert_eq!(parse_dated("2019-03", order), Ok(Some((first(2019, 3), DateSpan::Month))));
/// assert_eq!(parse_dated("3/2019", order), Ok(Some((first(2019, 3), DateSpan::Month))));
/// assert_eq!(parse_dated("2019-03-01", order), Ok(Some((first(2019, 3), DateSpan::Day))));
/// assert!(parse_dated("2019-13", order).is_err());
/// assert!(parse_dated("43466", order).is_err(), "a spreadsheet serial is no year");
/// assert_eq!(parse_dated("", order), Ok(None));
/// ```
pub fn parse_dated(text: &str, order: DateOrder) -> Result<Option<Dated>, Phrase> {
    let t = text.trim_ascii();
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let year_of = |p: &str| {
        (p.len() == 4 && digits(p))
            .then(|| p.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1800..=2200).contains(y))
    };
    let month_of = |p: &str| {
        (p.len() <= 2 && digits(p))
            .then(|| p.parse::<u32>().ok())
            .flatten()
            .filter(|m| (1..=12).contains(m))
    };
    if let Some(year) = year_of(t) {
        return Ok(Day::from_ymd(year, 1, 1).map(|d| (d, DateSpan::Year)));
    }
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    if let [a, b] = parts[..] {
        let month = match (year_of(a), year_of(b)) {
            (Some(year), None) => Some((year, month_of(b))),
            (None, Some(year)) => Some((year, month_of(a))),
            _ => None,
        };
        return match month {
            Some((year, Some(month))) => {
                Ok(Day::from_ymd(year, month, 1).map(|d| (d, DateSpan::Month)))
            }
            _ => Err(phrase!(
                "import-date-invalid-period",
                value = t,
                order = order.phrase()
            )),
        };
    }
    parse_date(t, order).map(|day| day.map(|d| (d, DateSpan::Day)))
}

impl DateOrder {
    /// The order as written in messages: `MM/DD/YYYY` or `DD/MM/YYYY`.
    pub fn pattern(self) -> &'static str {
        match self {
            DateOrder::MonthFirst => "MM/DD/YYYY",
            DateOrder::DayFirst => "DD/MM/YYYY",
        }
    }

    /// [`Self::pattern`] as a message: `DD/MM/AAAA` in Spanish.
    pub fn phrase(self) -> Phrase {
        let order = match self {
            DateOrder::MonthFirst => "month",
            DateOrder::DayFirst => "day",
        };
        phrase!("import-date-order", order = order)
    }
}

/// Parses the count of a counted row: a whole number, written plainly
/// (`1234`, `1234.0` as spreadsheets export it) or with thousands grouped by
/// commas, points or spaces (`1,234`, `1.234`, `1 234`: a group of exactly
/// three digits is never a decimal part in a count). `None` for anything
/// else, negative numbers and fractions included.
///
/// ```
/// use corridor_core::import::values::parse_count;
/// assert_eq!(parse_count(" 17 "), Some(17));
/// assert_eq!(parse_count("1,234"), Some(1234));
/// assert_eq!(parse_count("1.234.567"), Some(1_234_567));
/// assert_eq!(parse_count("12.0"), Some(12));
/// assert_eq!(parse_count("2.5"), None);
/// assert_eq!(parse_count("-3"), None);
/// assert_eq!(parse_count("12,34"), None);
/// assert_eq!(parse_count(""), None);
/// ```
pub fn parse_count(text: &str) -> Option<u64> {
    let text = text.trim_ascii();
    if text.is_empty() || text.len() > 32 {
        return None;
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok();
    }
    // Thousands groups: 1-3 digits, then groups of exactly 3 after one
    // kind of separator.
    let separator = text.bytes().find(|b| !b.is_ascii_digit())?;
    if matches!(separator, b',' | b'.' | b' ') {
        let mut groups = text.split(separator as char);
        let first = groups.next()?;
        let rest: Vec<&str> = groups.collect();
        let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
        if (1..=3).contains(&first.len())
            && digits(first)
            && rest.iter().all(|g| g.len() == 3 && digits(g))
        {
            return text.replace(separator as char, "").parse().ok();
        }
    }
    // A whole number a spreadsheet wrote as a decimal (`12.0`).
    let value: f64 = text.parse().ok()?;
    (value.is_finite() && value >= 0.0 && value.fract() == 0.0 && value < 1e15)
        .then_some(value as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinate_limits_are_inclusive() {
        assert_eq!(parse_coordinate("90", 90.0), Ok(90.0));
        assert_eq!(parse_coordinate("-180", 180.0), Ok(-180.0));
        assert_eq!(
            parse_coordinate("-180.0001", 180.0),
            Err(CoordError::OutOfRange(-180.0001))
        );
        assert!(matches!(
            parse_coordinate("inf", 90.0),
            Err(CoordError::Unparseable(_))
        ));
        assert!(matches!(
            parse_coordinate("1,234,5", 90.0),
            Err(CoordError::Unparseable(_))
        ));
    }

    #[test]
    fn dates_with_dots_and_excel_times() {
        assert_eq!(
            parse_date("2011-07-15 00:00:00", DateOrder::MonthFirst),
            Ok(Day::from_ymd(2011, 7, 15))
        );
        assert_eq!(
            parse_date("15.07.2011", DateOrder::DayFirst),
            Ok(Day::from_ymd(2011, 7, 15))
        );
        assert!(parse_date("2011-02-30", DateOrder::MonthFirst).is_err());
        assert!(parse_date("0210-02-03", DateOrder::MonthFirst).is_err());
    }
}
