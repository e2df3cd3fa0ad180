//! Numbers as people read them, for reports, the CLI and the app.

use crate::i18n::Lang;
use crate::t;

/// `1234567` → `1,234,567`.
///
/// ```
/// use corridor_core::format::thousands;
/// assert_eq!(thousands(0u32), "0");
/// assert_eq!(thousands(999u32), "999");
/// assert_eq!(thousands(1000u32), "1,000");
/// assert_eq!(thousands(1234567u64), "1,234,567");
/// ```
pub fn thousands(n: impl Into<u64>) -> String {
    let digits = n.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A file size in the unit people use for it: `512 B`, `64 KB`, `1.5 MB`,
/// `2.4 GB` (units of 1,024).
///
/// ```
/// use corridor_core::format::file_size;
/// assert_eq!(file_size(512), "512 B");
/// assert_eq!(file_size(64 << 10), "64 KB");
/// assert_eq!(file_size(3 << 19), "1.5 MB");
/// assert_eq!(file_size(512 << 20), "512 MB");
/// assert_eq!(file_size(2_576_980_378), "2.4 GB");
/// ```
pub fn file_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if value < 10.0 && value.fract() >= 0.05 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.0} {}", UNITS[unit])
    }
}

/// `1 trace`, `2,000 traces`.
///
/// ```
/// use corridor_core::format::count_noun;
/// assert_eq!(count_noun(1, "trace", "traces"), "1 trace");
/// assert_eq!(count_noun(2000, "trace", "traces"), "2,000 traces");
/// ```
pub fn count_noun(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// The traces of a dataset as people read them: `1,200 traces`, and for
/// counted tables, whose rows stand for several firearms, `7,009,728 traces
/// in 5,366 rows` (a trace is one firearm).
///
/// ```
/// use corridor_core::format::traces_in_rows;
/// use corridor_core::i18n::Lang;
/// assert_eq!(traces_in_rows(1200, 1200, Lang::En), "1,200 traces");
/// assert_eq!(traces_in_rows(7_009_728, 5_366, Lang::En), "7,009,728 traces in 5,366 rows");
/// assert_eq!(traces_in_rows(40, 1, Lang::En), "40 traces in 1 row");
/// assert_eq!(traces_in_rows(40, 1, Lang::Es), "40 rastreos en 1 fila");
/// ```
pub fn traces_in_rows(firearms: u64, rows: u64, lang: Lang) -> String {
    if firearms == rows {
        t!(lang, "count-traces", count = firearms)
    } else {
        t!(lang, "count-traces-in-rows", count = firearms, rows = rows)
    }
}

/// A share in [0, 1] as a percentage with as many digits as it needs to
/// be told from zero: `12.3 %`, `2.5 %`, `0.04 %`, `0 %`.
///
/// ```
/// use corridor_core::format::percent;
/// assert_eq!(percent(0.123), "12.3 %");
/// assert_eq!(percent(0.025), "2.5 %");
/// assert_eq!(percent(0.0004), "0.04 %");
/// assert_eq!(percent(0.000_012_3), "0.0012 %");
/// assert_eq!(percent(1.0), "100.0 %");
/// assert_eq!(percent(0.005), "0.5 %");
/// assert_eq!(percent(0.0), "0 %");
/// ```
pub fn percent(share: f64) -> String {
    let pct = share * 100.0;
    if pct <= 0.0 || !pct.is_finite() {
        return "0 %".to_owned();
    }
    // One decimal from 1 % up; below, two significant digits without
    // trailing zeros (0.04 %, not 0.040 %).
    if pct >= 1.0 {
        return format!("{pct:.1} %");
    }
    let decimals = (1 - pct.log10().floor() as i32).clamp(1, 6) as usize;
    let text = format!("{pct:.decimals$}");
    let text = text.trim_end_matches('0');
    let text = text
        .strip_suffix('.')
        .map_or(text.to_owned(), |t| format!("{t}.0"));
    format!("{text} %")
}

/// A time span given in days, as a person says it: days under two months,
/// months under a year, years with one decimal after that.
///
/// ```
/// use corridor_core::format::span_of_days;
/// use corridor_core::i18n::Lang;
/// let en = Lang::En;
/// assert_eq!(span_of_days(12.0, en), "12 days");
/// assert_eq!(span_of_days(1.0, en), "1 day");
/// assert_eq!(span_of_days(200.0, en), "7 months");
/// assert_eq!(span_of_days(3412.0, en), "9.3 years");
/// assert_eq!(span_of_days(365.25, en), "1.0 year");
/// assert_eq!(span_of_days(-40.0, en), "-40 days");
/// assert_eq!(span_of_days(3412.0, Lang::Es), "9.3 años");
/// assert_eq!(span_of_days(200.0, Lang::Es), "7 meses");
/// ```
pub fn span_of_days(days: f64, lang: Lang) -> String {
    const DAYS_PER_YEAR: f64 = 365.25;
    const DAYS_PER_MONTH: f64 = DAYS_PER_YEAR / 12.0;
    if days.abs() < 2.0 * DAYS_PER_MONTH {
        return t!(lang, "count-days", count = days.round());
    }
    if days.abs() < DAYS_PER_YEAR {
        return t!(lang, "span-months", count = (days / DAYS_PER_MONTH).round());
    }
    let shown = format!("{:.1}", days / DAYS_PER_YEAR);
    // One decimal always, so "1.0 year" reads as the rounding it is; the
    // plural follows the number written.
    if shown == "1.0" {
        t!(lang, "span-one-year", years = shown)
    } else {
        t!(lang, "span-years", years = shown)
    }
}
