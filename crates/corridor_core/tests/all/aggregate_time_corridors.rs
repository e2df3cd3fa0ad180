//! Time and time-to-crime filters, and corridors between areas.

use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridors;
use corridor_core::aggregate::{DateField, FlowIndex, Range, TraceFilter, aggregate};
use corridor_core::model::{Day, WeaponClass};

use crate::common::load_time_traces as setup;

fn day(y: i32, m: u32, d: u32) -> Option<Day> {
    Day::from_ymd(y, m, d)
}

#[test]
fn date_ranges_include_both_ends_and_count_missing_dates() {
    let out = setup();
    let index = FlowIndex::build(&out.dataset);
    let filter = TraceFilter {
        dates: Range {
            from: day(2010, 1, 1),
            to: day(2010, 1, 31),
        },
        ..TraceFilter::default()
    };
    let summary = aggregate(&out.dataset, &index, &filter);
    assert_eq!(summary.traces, 3, "T1, T2 and T5 (both ends inclusive)");
    assert_eq!(
        summary.missing_date, 1,
        "T4 has no recovery date: reported, not counted"
    );
    let filter = TraceFilter {
        date_field: DateField::Purchase,
        dates: Range {
            from: day(2009, 6, 1),
            to: None,
        },
        ..TraceFilter::default()
    };
    let summary = aggregate(&out.dataset, &index, &filter);
    assert_eq!(
        summary.traces, 2,
        "T1 and T2; T4 bought 2009-01-01 is before"
    );
    assert_eq!(summary.missing_date, 1, "T5 has no purchase date");
}

#[test]
fn time_to_crime_ranges_flag_fast_diversion() {
    let out = setup();
    let index = FlowIndex::build(&out.dataset);
    let filter = TraceFilter {
        ttc_days: Range {
            from: None,
            to: Some(365),
        },
        ..TraceFilter::default()
    };
    let summary = aggregate(&out.dataset, &index, &filter);
    assert_eq!(summary.traces, 2, "T1 (31 days) and T2 (244 days)");
    assert_eq!(summary.missing_ttc, 2, "T4 and T5 lack a date");
    let mut no_rifles = filter.clone();
    no_rifles.set_class(WeaponClass::ArPattern, false);
    assert_eq!(
        aggregate(&out.dataset, &index, &no_rifles).missing_ttc,
        1,
        "only shown classes are counted"
    );
}

#[test]
fn corridors_by_state_use_iso_codes_and_sum_to_the_filter() {
    let out = setup();
    let basemap = corridor_core::basemap::shared();
    let areas = AreaIndex::build(&out.dataset, basemap, AreaLevel::State);
    let rows = corridors(&out.dataset, &areas, &TraceFilter::default());
    let names: Vec<(&str, &str, u32)> = rows
        .iter()
        .map(|r| (r.origin.as_str(), r.destination.as_str(), r.traces))
        .collect();
    assert_eq!(
        names,
        vec![
            ("US-AZ", "MX-SIN", 3),
            ("US-TX", "MX-CMX", 1),
            ("US-TX", "MX-TAM", 1)
        ],
        "largest first, ties by name; Mexico City is MX-CMX"
    );
    let az = &rows[0];
    assert_eq!(az.median_ttc_days, Some(244.0), "31, 244 and 1857 days");
    assert_eq!(az.by_class[WeaponClass::AkPattern.index()], 2);
    assert_eq!(az.dominant_class, WeaponClass::AkPattern);
    assert!((az.share - 0.6).abs() < 1e-12);
    assert_eq!(rows[2].median_ttc_days, None, "T4 has no recovery date");
    assert_eq!(rows.iter().map(|r| r.traces).sum::<u32>(), 5);
}

#[test]
fn corridors_by_town_and_site() {
    let out = setup();
    let areas = AreaIndex::build(
        &out.dataset,
        corridor_core::basemap::shared(),
        AreaLevel::Town,
    );
    let rows = corridors(&out.dataset, &areas, &TraceFilter::default());
    assert_eq!(rows[0].origin, "Phoenix, US-AZ");
    assert_eq!(rows[0].destination, "Culiacán, MX-SIN");
    assert_eq!(rows[0].traces, 2);
    let areas = AreaIndex::build(
        &out.dataset,
        corridor_core::basemap::shared(),
        AreaLevel::Site,
    );
    assert_eq!(
        corridors(&out.dataset, &areas, &TraceFilter::default()).len(),
        4
    );
}
