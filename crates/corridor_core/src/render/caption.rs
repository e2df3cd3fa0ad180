//! The words an exported map carries about itself, so a slide shown out of
//! its deck still says what it is: which traces are drawn (weapon classes by
//! their labels, the dates, every other part of the filter, redaction) and
//! where the data comes from and how current it is. Never internal ids:
//! these lines are read by an audience.

use crate::aggregate::filter::Range;
use crate::aggregate::{DateField, FlowDensity, TraceFilter};
use crate::briefing::Redaction;
use crate::i18n::{Lang, calendar};
use crate::investigate::Indicator;
use crate::model::{Dataset, Day, SourceFile, WeaponClass};
use crate::t;

/// Separates the parts of a caption line.
pub const SEPARATOR: &str = " · ";

/// Most file names a source line lists before "and N more files".
const MAX_SOURCE_NAMES: usize = 3;

/// The filter in words, one line: classes, dates, then whatever else is
/// set (time to crime, make/model words, the least traces per flow drawn)
/// and the redaction.
///
/// ```
/// use corridor_core::aggregate::{DateField, FlowDensity, TraceFilter};
/// use corridor_core::briefing::Redaction;
/// use corridor_core::model::{Day, WeaponClass};
/// use corridor_core::render::caption::filter_line;
/// use corridor_core::i18n::Lang;
/// let mut filter = TraceFilter::default();
/// assert_eq!(
///     filter_line(&filter, &FlowDensity::default(), Redaction::NONE, Lang::En),
///     "All weapon classes · All dates"
/// );
/// for class in WeaponClass::ALL {
///     filter.set_class(class, matches!(class, WeaponClass::AkPattern | WeaponClass::ArPattern));
/// }
/// filter.dates.from = Day::from_ymd(2015, 1, 1);
/// filter.dates.to = Day::from_ymd(2019, 12, 31);
/// filter.make_model = " colt ar ".into();
/// let density = FlowDensity { min_traces: 3, top: None };
/// let redaction = Redaction { identifiers: true, dealer_names: false };
/// assert_eq!(
///     filter_line(&filter, &density, redaction, Lang::En),
///     "AK-pattern rifles, AR-pattern rifles · Recovered 2015–2019 · Make/model \"colt ar\" \
///      · Flows of at least 3 traces · Identifiers redacted"
/// );
/// assert_eq!(
///     filter_line(&filter, &density, redaction, Lang::Es),
///     "Fusiles tipo AK, Fusiles tipo AR · Aseguradas 2015–2019 · Marca/modelo \"colt ar\" \
///      · Flujos de al menos 3 rastreos · Identificadores ocultos"
/// );
/// ```
pub fn filter_line(
    filter: &TraceFilter,
    density: &FlowDensity,
    redaction: Redaction,
    lang: Lang,
) -> String {
    let mut parts = vec![classes_words(filter, lang), dates_words(filter, lang)];
    parts.extend(time_to_crime_words(&filter.ttc_days, lang));
    if filter.has_text() {
        parts.push(t!(
            lang,
            "caption-make-model",
            words = filter.make_model.trim()
        ));
    }
    parts.extend(indicators_words(filter, lang));
    if filter.fresh_only {
        parts.push(t!(
            lang,
            "caption-fresh-leads",
            days = filter.lead_bands.fresh_days,
            date = calendar::day(lang, filter.as_of_day())
        ));
    }
    if filter.has_purchasers() {
        // Never their ids: the caption of a redacted slide names none.
        parts.push(t!(
            lang,
            "caption-network-only",
            count = filter.purchasers.len()
        ));
    }
    if density.min_traces > 1 {
        parts.push(t!(lang, "caption-min-traces", count = density.min_traces));
    }
    parts.extend(redaction_words(redaction, lang));
    parts.join(SEPARATOR)
}

/// The indicators the filter asks for, any of them, with the short
/// time-to-crime threshold when it is one: `None` when none is ticked.
///
/// ```
/// use corridor_core::aggregate::TraceFilter;
/// use corridor_core::investigate::Indicator;
/// use corridor_core::render::caption::indicators_words;
/// use corridor_core::i18n::Lang;
/// let mut filter = TraceFilter::default();
/// assert_eq!(indicators_words(&filter, Lang::En), None);
/// filter.indicators.set(Indicator::MultipleSale, true);
/// filter.indicators.set(Indicator::ShortTtc, true);
/// assert_eq!(
///     indicators_words(&filter, Lang::En).as_deref(),
///     Some("Flagged: short time-to-crime (under 36 months) or multiple sale")
/// );
/// assert_eq!(
///     indicators_words(&filter, Lang::Es).as_deref(),
///     Some("Señaladas: tiempo corto entre compra y aseguramiento (menos de 36 meses) o venta múltiple")
/// );
/// ```
pub fn indicators_words(filter: &TraceFilter, lang: Lang) -> Option<String> {
    if !filter.has_indicators() {
        return None;
    }
    let names = filter
        .indicators
        .iter()
        .map(|indicator| match indicator {
            Indicator::ShortTtc => t!(lang, "caption-short-ttc", months = filter.short_ttc_months),
            other => other.label(lang).to_lowercase(),
        })
        .reduce(|a, b| t!(lang, "caption-or", a = a, b = b))?;
    Some(t!(lang, "caption-flagged", names = names))
}

/// The classes shown, by their labels in the filter panel's order.
///
/// ```
/// use corridor_core::aggregate::TraceFilter;
/// use corridor_core::model::WeaponClass;
/// use corridor_core::render::caption::classes_words;
/// use corridor_core::i18n::Lang;
/// let mut filter = TraceFilter::default();
/// assert_eq!(classes_words(&filter, Lang::En), "All weapon classes");
/// filter.set_class(WeaponClass::Unknown, false);
/// assert!(classes_words(&filter, Lang::En).starts_with("AK-pattern rifles, AR-pattern rifles, .50-calibre rifles"));
/// for class in WeaponClass::ALL {
///     filter.set_class(class, false);
/// }
/// assert_eq!(classes_words(&filter, Lang::Es), "Ninguna clase de arma");
/// ```
pub fn classes_words(filter: &TraceFilter, lang: Lang) -> String {
    let shown = shown_classes(filter);
    if shown.len() == WeaponClass::COUNT {
        t!(lang, "caption-all-classes")
    } else if shown.is_empty() {
        t!(lang, "caption-no-class")
    } else {
        shown
            .iter()
            .map(|c| c.label(lang))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The classes the filter lets through, in [`WeaponClass::ALL`] order.
pub fn shown_classes(filter: &TraceFilter) -> Vec<WeaponClass> {
    WeaponClass::ALL
        .into_iter()
        .filter(|&c| filter.class_enabled(c))
        .collect()
}

/// The date range with the date it applies to: whole calendar years as
/// years, other days as dates, "All dates" without a range.
///
/// ```
/// use corridor_core::aggregate::{DateField, TraceFilter};
/// use corridor_core::i18n::Lang;
/// use corridor_core::model::Day;
/// use corridor_core::render::caption::dates_words;
/// let mut filter = TraceFilter::default();
/// assert_eq!(dates_words(&filter, Lang::En), "All dates");
/// filter.date_field = DateField::Purchase;
/// filter.dates.from = Day::from_ymd(2015, 3, 1);
/// filter.dates.to = Day::from_ymd(2019, 12, 31);
/// assert_eq!(dates_words(&filter, Lang::En), "Purchased 2015-03-01 – 2019-12-31");
/// assert_eq!(dates_words(&filter, Lang::Es), "Compradas 01/03/2015 – 31/12/2019");
/// filter.date_field = DateField::Recovery;
/// filter.dates.from = Day::from_ymd(2012, 1, 1);
/// assert_eq!(dates_words(&filter, Lang::En), "Recovered 2012–2019");
/// filter.dates.to = Day::from_ymd(2012, 12, 31);
/// assert_eq!(dates_words(&filter, Lang::En), "Recovered in 2012");
/// assert_eq!(dates_words(&filter, Lang::Es), "Aseguradas en 2012");
/// filter.dates.to = None;
/// assert_eq!(dates_words(&filter, Lang::En), "Recovered from 2012");
/// filter.dates = Default::default();
/// filter.dates.to = Day::from_ymd(2010, 6, 30);
/// assert_eq!(dates_words(&filter, Lang::En), "Recovered until 2010-06-30");
/// ```
pub fn dates_words(filter: &TraceFilter, lang: Lang) -> String {
    let range = range_words(&filter.dates, lang);
    match (filter.date_field, range) {
        (_, None) => t!(lang, "caption-all-dates"),
        (DateField::Purchase, Some(RangeWords::Span(span))) => {
            t!(lang, "caption-purchased-span", span = span)
        }
        (DateField::Purchase, Some(RangeWords::In(year))) => {
            t!(lang, "caption-purchased-in", year = year)
        }
        (DateField::Purchase, Some(RangeWords::From(from))) => {
            t!(lang, "caption-purchased-from", from = from)
        }
        (DateField::Purchase, Some(RangeWords::Until(to))) => {
            t!(lang, "caption-purchased-until", to = to)
        }
        (DateField::Recovery, Some(RangeWords::Span(span))) => {
            t!(lang, "caption-recovered-span", span = span)
        }
        (DateField::Recovery, Some(RangeWords::In(year))) => {
            t!(lang, "caption-recovered-in", year = year)
        }
        (DateField::Recovery, Some(RangeWords::From(from))) => {
            t!(lang, "caption-recovered-from", from = from)
        }
        (DateField::Recovery, Some(RangeWords::Until(to))) => {
            t!(lang, "caption-recovered-until", to = to)
        }
    }
}

/// A date range as the words around it need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RangeWords {
    /// Both ends: `2015–2019` or `2015-03-01 – 2019-12-31`.
    Span(String),
    /// One whole calendar year: `2015`.
    In(String),
    /// Only a start: `2015` or `2015-03-01`.
    From(String),
    /// Only an end: `2019` or `2019-12-31`.
    Until(String),
}

/// The ends of a date range as years when they fall on whole calendar
/// years, as dates in `lang` otherwise; `None` for an open range.
pub fn range_words(range: &Range<Day>, lang: Lang) -> Option<RangeWords> {
    use chrono::Datelike;
    let starts_year = |day: Day| day.to_date().is_some_and(|d| d.ordinal() == 1);
    let ends_year = |day: Day| {
        day.to_date()
            .is_some_and(|d| d.month() == 12 && d.day() == 31)
    };
    let year = |day: Day| {
        day.to_date()
            .map_or_else(String::new, |d| d.year().to_string())
    };
    let whole = range.from.is_none_or(starts_year) && range.to.is_none_or(ends_year);
    let end = |day: Day| {
        if whole {
            year(day)
        } else {
            calendar::day(lang, day)
        }
    };
    match (range.from, range.to) {
        (Some(from), Some(to)) if whole && year(from) == year(to) => {
            Some(RangeWords::In(year(from)))
        }
        (Some(from), Some(to)) if whole => {
            Some(RangeWords::Span(format!("{}–{}", end(from), end(to))))
        }
        (Some(from), Some(to)) => Some(RangeWords::Span(format!("{} – {}", end(from), end(to)))),
        (Some(from), None) => Some(RangeWords::From(end(from))),
        (None, Some(to)) => Some(RangeWords::Until(end(to))),
        (None, None) => None,
    }
}

/// The time-to-crime range in days, both ends included; `None` when open.
///
/// ```
/// use corridor_core::aggregate::filter::Range;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::caption::time_to_crime_words;
/// assert_eq!(time_to_crime_words(&Range::default(), Lang::En), None);
/// let under_a_year = Range { from: Some(0), to: Some(364) };
/// assert_eq!(time_to_crime_words(&under_a_year, Lang::En).as_deref(), Some("Time to crime 0–364 days"));
/// let slow = Range { from: Some(1095), to: None };
/// assert_eq!(time_to_crime_words(&slow, Lang::En).as_deref(), Some("Time to crime 1,095 days or more"));
/// assert_eq!(
///     time_to_crime_words(&slow, Lang::Es).as_deref(),
///     Some("Tiempo entre compra y aseguramiento de 1,095 días o más")
/// );
/// ```
pub fn time_to_crime_words(range: &Range<i32>, lang: Lang) -> Option<String> {
    match (range.from, range.to) {
        (Some(from), Some(to)) => Some(t!(lang, "caption-ttc-span", from = from, to = to)),
        (Some(from), None) => Some(t!(lang, "caption-ttc-from", from = from)),
        (None, Some(to)) => Some(t!(lang, "caption-ttc-until", to = to)),
        (None, None) => None,
    }
}

/// What the redaction hides, for the caption; `None` when nothing is.
///
/// ```
/// use corridor_core::briefing::Redaction;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::caption::redaction_words;
/// assert_eq!(redaction_words(Redaction::NONE, Lang::En), None);
/// let both = Redaction { identifiers: true, dealer_names: true };
/// assert_eq!(redaction_words(both, Lang::En).as_deref(), Some("Identifiers and dealer names redacted"));
/// ```
pub fn redaction_words(redaction: Redaction, lang: Lang) -> Option<String> {
    match (redaction.identifiers, redaction.dealer_names) {
        (true, true) => Some(t!(lang, "caption-redacted-both")),
        (true, false) => Some(t!(lang, "caption-redacted-identifiers")),
        (false, true) => Some(t!(lang, "caption-redacted-dealers")),
        (false, false) => None,
    }
}

/// A loaded file by name, marked when it says it is synthetic: the
/// embedded demo as "synthetic demo", a generated file as "synthetic".
///
/// ```
/// use corridor_core::model::SourceFile;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::caption::source_name;
/// let generated = SourceFile { name: "traces-1m.csv".into(), synthetic: true, ..Default::default() };
/// assert_eq!(source_name(&generated, Lang::En), "traces-1m.csv (synthetic)");
/// assert_eq!(source_name(&generated, Lang::Es), "traces-1m.csv (sintético)");
/// let real = SourceFile { name: "atf-2019.csv".into(), ..Default::default() };
/// assert_eq!(source_name(&real, Lang::Es), "atf-2019.csv");
/// ```
pub fn source_name(source: &SourceFile, lang: Lang) -> String {
    if crate::demo::is_embedded_demo(source) {
        t!(lang, "caption-synthetic-demo", name = &source.name)
    } else if source.synthetic {
        t!(lang, "caption-synthetic", name = &source.name)
    } else {
        source.name.clone()
    }
}

/// Where the data comes from and how current it is: the loaded files by
/// name (at most three, then how many more) and, as the "as of" date, the
/// latest recovery date in the data. The data's own date rather than the
/// day of the export: the map is not more current than its latest record,
/// and the same project exports the same image on any day.
pub fn source_line(dataset: &Dataset, lang: Lang) -> String {
    let mut line = if dataset.sources.is_empty() {
        t!(lang, "caption-no-data")
    } else {
        let mut names: Vec<String> = dataset
            .sources
            .iter()
            .take(MAX_SOURCE_NAMES)
            .map(|source| source_name(source, lang))
            .collect();
        let more = dataset.sources.len().saturating_sub(MAX_SOURCE_NAMES);
        if more > 0 {
            names.push(t!(lang, "caption-more-files", count = more));
        }
        t!(lang, "caption-source", names = names.join(", "))
    };
    if let Some(latest) = latest_day(&dataset.traces.recovery_date) {
        line.push_str(SEPARATOR);
        line.push_str(&t!(
            lang,
            "caption-as-of",
            date = calendar::day(lang, latest)
        ));
    }
    line
}

/// The latest known day of a date column.
pub fn latest_day(days: &[Day]) -> Option<Day> {
    days.iter().copied().filter(|d| !d.is_none()).max()
}

/// The earliest and latest known day of a date column.
pub fn day_extent(days: &[Day]) -> Option<(Day, Day)> {
    days.iter()
        .copied()
        .filter(|d| !d.is_none())
        .fold(None, |extent, day| match extent {
            None => Some((day, day)),
            Some((min, max)) => Some((min.min(day), max.max(day))),
        })
}

/// The label of the loaded data in the status bar. Only the embedded demo
/// is "Demo data"; a generated file is named like any other and marked
/// synthetic. `description` says what was opened (a file's name, or how
/// many files).
///
/// ```
/// use corridor_core::model::{Dataset, SourceFile};
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::caption::data_label;
/// let mut dataset = Dataset::default();
/// dataset.sources.push(SourceFile { name: "gen.csv".into(), synthetic: true, ..Default::default() });
/// assert_eq!(data_label(&dataset, "gen.csv", Lang::En), "gen.csv (synthetic)");
/// dataset.sources[0].synthetic = false;
/// assert_eq!(data_label(&dataset, "gen.csv", Lang::En), "gen.csv");
/// ```
pub fn data_label(dataset: &Dataset, description: &str, lang: Lang) -> String {
    if crate::demo::is_demo_data(dataset) {
        t!(lang, "caption-demo-data")
    } else if dataset.is_synthetic() {
        t!(lang, "caption-synthetic", name = description)
    } else {
        description.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_is_labelled_demo_and_a_generated_file_by_its_name() {
        let mut dataset = crate::demo::load_demo_for_tests();
        assert_eq!(
            data_label(&dataset, "demo.csv", Lang::En),
            "Demo data (synthetic, fictitious dealers)"
        );
        let line = source_line(&dataset, Lang::En);
        assert!(
            line.starts_with("Source: demo.csv (synthetic demo) · as of 20"),
            "{line}"
        );
        // Same marker, other bytes: what `corridor generate` writes.
        dataset.sources[0].sha256 = "0".repeat(64);
        dataset.sources[0].name = "traces-1m.csv".into();
        assert_eq!(
            data_label(&dataset, "traces-1m.csv", Lang::En),
            "traces-1m.csv (synthetic)"
        );
        assert!(
            source_line(&dataset, Lang::En)
                .starts_with("Source: traces-1m.csv (synthetic) · as of "),
            "{}",
            source_line(&dataset, Lang::En)
        );
    }

    #[test]
    fn as_of_is_the_latest_recovery_date() {
        let dataset = crate::demo::load_demo_for_tests();
        let latest = latest_day(&dataset.traces.recovery_date).expect("dates");
        assert!(source_line(&dataset, Lang::En).ends_with(&format!("as of {}", latest.iso())));
        let (first, last) = day_extent(&dataset.traces.recovery_date).expect("dates");
        assert!(first < last && last == latest);
        assert_eq!(latest_day(&[Day::NONE]), None);
    }

    #[test]
    fn many_sources_are_counted_not_listed() {
        let mut dataset = Dataset::default();
        for i in 0..5 {
            dataset.sources.push(SourceFile {
                name: format!("f{i}.csv"),
                ..Default::default()
            });
        }
        assert_eq!(
            source_line(&dataset, Lang::En),
            "Source: f0.csv, f1.csv, f2.csv, 2 more files"
        );
        assert_eq!(
            source_line(&Dataset::default(), Lang::En),
            "Source: no data loaded"
        );
    }

    #[test]
    fn no_caption_word_is_an_internal_id() {
        let mut filter = TraceFilter::default();
        for class in WeaponClass::ALL {
            filter.classes = [false; WeaponClass::COUNT];
            filter.set_class(class, true);
            for lang in Lang::ALL {
                let line = filter_line(&filter, &FlowDensity::default(), Redaction::NONE, lang);
                assert!(line.starts_with(&class.label(lang)), "{line}");
                if class.id() != class.label(lang).to_lowercase() {
                    assert!(!line.contains(class.id()), "{line}");
                }
            }
        }
    }
}
