//! Traces per month and per time-to-crime bin: month ends fall in their
//! month, missing dates are counted, and every histogram adds up to what
//! the flow aggregation counts for the same filter.

use crate::common;

use corridor_core::aggregate::histogram::{Month, TTC_BIN_DAYS, time_histograms};
use corridor_core::aggregate::{DateField, FlowIndex, Range, Selection, TraceFilter, aggregate};
use corridor_core::model::{Day, WeaponClass};

use crate::common::load_time_traces as setup;

fn day(y: i32, m: u32, d: u32) -> Option<Day> {
    Day::from_ymd(y, m, d)
}

fn january() -> Range<Day> {
    Range {
        from: day(2010, 1, 1),
        to: day(2010, 1, 31),
    }
}

#[test]
fn month_ends_are_inclusive_and_missing_dates_are_counted() {
    let out = setup();
    let h = time_histograms(&out.dataset, &TraceFilter::default(), None);
    assert_eq!(h.months.first.map(Month::label).as_deref(), Some("2010-01"));
    assert_eq!(
        h.months.counts,
        vec![3, 1],
        "T1, T2 (31 Jan), T5; T3 (1 Feb)"
    );
    assert_eq!(h.months.missing, 1, "T4 has no recovery date");
    assert_eq!(
        h.months.span(),
        Some((day(2010, 1, 1).unwrap(), day(2010, 2, 28).unwrap()))
    );

    let by_purchase = TraceFilter {
        date_field: DateField::Purchase,
        ..TraceFilter::default()
    };
    let h = time_histograms(&out.dataset, &by_purchase, None);
    assert_eq!(h.months.first.map(Month::label).as_deref(), Some("2005-01"));
    assert_eq!(h.months.counts.len(), 60, "2005-01 to 2009-12");
    assert_eq!(
        (h.months.total(), h.months.missing),
        (4, 1),
        "T5 has no purchase date"
    );
}

#[test]
fn each_histogram_ignores_its_own_range_but_not_the_other() {
    let out = setup();
    let index = FlowIndex::build(&out.dataset);
    let filter = TraceFilter {
        dates: january(),
        ..TraceFilter::default()
    };
    let h = time_histograms(&out.dataset, &filter, None);
    assert_eq!(h.months.counts, vec![3, 1], "the whole axis stays visible");
    assert_eq!(h.traces, aggregate(&out.dataset, &index, &filter).traces);
    assert_eq!(h.traces, 3);
    // Time to crime of T1 (31 days) and T2 (244); T5 has no purchase date.
    assert_eq!(h.ttc.counts[1], 1);
    assert_eq!(h.ttc.counts[244 / TTC_BIN_DAYS as usize], 1);
    assert_eq!((h.ttc.total(), h.ttc.missing), (2, 1));

    let fast = TraceFilter {
        ttc_days: Range {
            from: Some(0),
            to: Some(364),
        },
        ..filter
    };
    let h = time_histograms(&out.dataset, &fast, None);
    assert_eq!(
        h.ttc.total() + h.ttc.missing,
        3,
        "ttc ignores its own range"
    );
    assert_eq!(
        h.months.counts,
        vec![2, 0],
        "months follow the ttc range: T1, T2"
    );
    assert_eq!(h.months.missing, 0, "T4 has no time-to-crime, so it is out");
    assert_eq!(h.traces, aggregate(&out.dataset, &index, &fast).traces);
}

/// The invariants on the demo data, for a few filters.
#[test]
fn histograms_add_up_to_the_flow_counts() {
    let out = common::load(&[(
        "corridor-demo-traces.csv",
        corridor_core::demo::DEMO_TRACES_CSV,
    )]);
    let dataset = &out.dataset;
    let index = FlowIndex::build(dataset);
    let mut no_pistols = TraceFilter::default();
    no_pistols.set_class(WeaponClass::Pistol, false);
    let filters = [
        TraceFilter::default(),
        TraceFilter {
            dates: Range {
                from: day(2011, 3, 1),
                to: day(2012, 6, 30),
            },
            ttc_days: Range {
                from: None,
                to: Some(364),
            },
            ..no_pistols.clone()
        },
        TraceFilter {
            date_field: DateField::Purchase,
            dates: Range {
                from: day(2009, 1, 1),
                to: None,
            },
            make_model: "colt".to_owned(),
            ..TraceFilter::default()
        },
    ];
    for filter in filters {
        let h = time_histograms(dataset, &filter, None);
        let full = aggregate(dataset, &index, &filter);
        assert_eq!(h.traces, full.traces, "{filter:?}");
        assert_eq!(h.classes.iter().sum::<u32>(), full.traces);
        let no_dates = TraceFilter {
            dates: Range::default(),
            ..filter.clone()
        };
        assert_eq!(
            h.months.total() + h.months.missing,
            aggregate(dataset, &index, &no_dates).traces,
            "{filter:?}"
        );
        let no_ttc = TraceFilter {
            ttc_days: Range::default(),
            ..filter.clone()
        };
        assert_eq!(
            h.ttc.total() + h.ttc.missing,
            aggregate(dataset, &index, &no_ttc).traces,
            "{filter:?}"
        );
        // Whole months of the range add up to the filtered traces.
        if let (Some(from), Some(to)) = (filter.dates.from, filter.dates.to) {
            let (a, b) = (h.months.bin_of(from).unwrap(), h.months.bin_of(to).unwrap());
            let in_range: u32 = h.months.counts[a..=b].iter().sum();
            assert_eq!(in_range, full.traces);
        }
    }
}

#[test]
fn a_selection_narrows_the_histograms() {
    let out = setup();
    let houston = (0..out.dataset.stores.len() as u32)
        .filter(|&s| {
            out.dataset
                .store_label(corridor_core::model::StoreId(s))
                .contains("Houston")
        })
        .collect();
    let selection = Selection {
        stores: houston,
        ..Selection::default()
    };
    let h = time_histograms(&out.dataset, &TraceFilter::default(), Some(&selection));
    assert_eq!(h.traces, 2, "T4 and T5");
    assert_eq!((h.months.total(), h.months.missing), (1, 1));
    assert_eq!((h.ttc.total(), h.ttc.missing), (0, 2));
    let all = time_histograms(
        &out.dataset,
        &TraceFilter::default(),
        Some(&Selection::default()),
    );
    assert_eq!(all.traces, 5, "an empty selection is everything");
}
