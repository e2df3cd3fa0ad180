//! Counted rows (issue 16 part 2): a `count` column makes a row stand for
//! that many firearms. Such a table must give every figure its long form
//! (one row per firearm) gives, while holding one record per row.

use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridors;
use corridor_core::aggregate::histogram::time_histograms;
use corridor_core::aggregate::stores::store_rows;
use corridor_core::aggregate::{FlowIndex, Range, TraceFilter, aggregate, aggregate_at};
use corridor_core::cluster::{ClusterTree, LevelPairs};
use corridor_core::import::report::Severity;
use corridor_core::investigate::indicators::indicator_counts;
use corridor_core::model::{Dataset, Day, Precision};

use crate::common::load;

const HEADER: &str = "weapon_type,make,store_name,store_city,store_state,store_lat,store_lon,\
                      recovery_place,recovery_state,recovery_lat,recovery_lon,purchase_date,recovery_date";

/// (row without its count, count): two stores, three sites, four classes,
/// dates far apart and near, so medians, months and the time pass all have
/// something to weigh.
const ROWS: [(&str, u32); 6] = [
    (
        "rifle,Romarm,Alpha Guns,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39,2019-01-10,2019-03-02",
        40,
    ),
    (
        "pistol,Glock,Alpha Guns,Houston,TX,29.76,-95.37,Culiacán,Sinaloa,24.81,-107.39,2018-05-01,2021-07-15",
        3,
    ),
    (
        "pistol,Glock,Beta Arms,Phoenix,AZ,33.45,-112.07,Reynosa,Tamaulipas,26.09,-98.28,2020-02-02,2020-02-20",
        1,
    ),
    (
        "rifle,Barrett,Beta Arms,Phoenix,AZ,33.45,-112.07,Reynosa,Tamaulipas,26.09,-98.28,2017-11-11,",
        7,
    ),
    (
        "revolver,Colt,Alpha Guns,Houston,TX,29.76,-95.37,Tijuana,Baja California,32.53,-117.04,,2022-06-30",
        12,
    ),
    (
        "shotgun,Mossberg,Beta Arms,Phoenix,AZ,33.45,-112.07,Culiacán,Sinaloa,24.81,-107.39,2021-09-09,2021-12-01",
        2,
    ),
];

fn counted() -> Dataset {
    let mut text = format!("{HEADER},count\n");
    for (row, count) in ROWS {
        text.push_str(&format!("{row},{count}\n"));
    }
    let out = load(&[("counted.csv", text.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    assert!(
        !out.report
            .issues
            .iter()
            .any(|i| i.reason.contains("trace id")),
        "a table of counts has no trace ids to miss: {:#?}",
        out.report.issues
    );
    out.dataset
}

fn long_form() -> Dataset {
    let mut text = format!("trace_id,{HEADER}\n");
    let mut id = 0;
    for (row, count) in ROWS {
        for _ in 0..count {
            id += 1;
            text.push_str(&format!("T{id},{row}\n"));
        }
    }
    let out = load(&[("long.csv", text.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    out.dataset
}

/// Filters that take each counting path: classes only (the level's
/// sums), a date range (the time pass), a time-to-crime range, make words
/// (the full pass), a class unticked.
fn filters() -> Vec<TraceFilter> {
    let day = |y, m, d| Day::from_ymd(y, m, d).unwrap();
    let mut no_rifles = TraceFilter::default();
    no_rifles.classes[corridor_core::model::WeaponClass::AkPattern.index()] = false;
    vec![
        TraceFilter::default(),
        TraceFilter {
            dates: Range {
                from: Some(day(2019, 1, 1)),
                to: Some(day(2021, 12, 31)),
            },
            ..Default::default()
        },
        TraceFilter {
            ttc_days: Range {
                from: Some(0),
                to: Some(400),
            },
            ..Default::default()
        },
        TraceFilter {
            make_model: "glock".into(),
            ..Default::default()
        },
        no_rifles,
    ]
}

#[test]
fn a_counted_table_holds_one_record_a_row_and_its_firearms_in_all() {
    let d = counted();
    assert_eq!(d.traces.len(), ROWS.len());
    assert_eq!(d.traces.firearms(), 65);
    assert!(d.traces.count.is_counted());
    // The long form costs a column less: nothing is counted there.
    let long = long_form();
    assert_eq!((long.traces.len(), long.traces.firearms()), (65, 65));
    assert!(!long.traces.count.is_counted());
    assert_eq!(d.class_counts(), long.class_counts());
    assert_eq!(indicator_counts(&d, 36), indicator_counts(&long, 36));
}

#[test]
fn every_figure_of_a_counted_table_equals_its_long_form() {
    let (d, long) = (counted(), long_form());
    let (index, long_index) = (FlowIndex::build(&d), FlowIndex::build(&long));
    let (tree, long_tree) = (ClusterTree::build(&d), ClusterTree::build(&long));
    let basemap = corridor_core::basemap::shared();
    for filter in filters() {
        // Flows between stores and sites, and between clusters at every
        // prebuilt zoom (the clusters weigh locations by firearms).
        assert_eq!(
            aggregate(&d, &index, &filter),
            aggregate(&long, &long_index, &filter),
            "{filter:?}"
        );
        for (level, long_level) in tree.levels.iter().zip(&long_tree.levels).take(11) {
            assert_eq!(
                level.clusters, long_level.clusters,
                "clusters at zoom {}",
                level.zoom
            );
            let pairs = LevelPairs::build(&index, level);
            let long_pairs = LevelPairs::build(&long_index, long_level);
            assert_eq!(
                aggregate_at(&d, &index, level, &pairs, &filter),
                aggregate_at(&long, &long_index, long_level, &long_pairs, &filter),
                "zoom {} {filter:?}",
                level.zoom
            );
        }
        for level in [AreaLevel::State, AreaLevel::Town, AreaLevel::Site] {
            let areas = AreaIndex::build(&d, basemap, level);
            let long_areas = AreaIndex::build(&long, basemap, level);
            assert_eq!(
                corridors(&d, &areas, &filter),
                corridors(&long, &long_areas, &filter),
                "{level:?} {filter:?}"
            );
        }
        assert_eq!(
            store_rows(&d, &filter, |_, _| true),
            store_rows(&long, &filter, |_, _| true),
            "{filter:?}"
        );
        assert_eq!(
            time_histograms(&d, &filter, None),
            time_histograms(&long, &filter, None),
            "{filter:?}"
        );
    }
    // The figures are the counts, not the rows: Houston → Culiacán holds
    // 43 firearms in two rows, with a weighted median time-to-crime.
    let areas = AreaIndex::build(&d, basemap, AreaLevel::Town);
    let all = corridors(&d, &areas, &TraceFilter::default());
    assert_eq!(all[0].traces, 43);
    assert!(all[0].origin.starts_with("Houston"), "{}", all[0].origin);
    assert_eq!(
        all[0].median_ttc_days,
        Some(51.0),
        "40 of the 43 took 51 days"
    );
}

#[test]
fn the_traces_csv_carries_the_count_and_reads_back_counted() {
    let d = counted();
    let rows: Vec<u32> = (0..d.traces.len() as u32).collect();
    let mut out = Vec::new();
    corridor_core::export::traces_csv::write_traces_csv(
        &d,
        &rows,
        corridor_core::briefing::Redaction::NONE,
        &mut out,
    )
    .unwrap();
    let back = load(&[("export.csv", &out)]);
    assert_eq!(back.report.rejected, 0, "{:#?}", back.report.issues);
    assert_eq!(back.dataset.traces.len(), ROWS.len());
    assert_eq!(back.dataset.traces.firearms(), 65);
    assert_eq!(back.dataset.class_counts(), d.class_counts());
}

#[test]
fn a_published_table_by_state_loads_as_state_level_counted_rows() {
    // The shape of published trace statistics: US source state, Mexican
    // state, firearms; no towns, no coordinates, no trace ids.
    let text = "Source State,Recovery State,Firearms\n\
                Texas,Tamaulipas,\"1,204\"\n\
                Texas,Sinaloa,310\n\
                Arizona,Sonora,655\n\
                California,Baja California,402\n";
    let out = load(&[("published.csv", text.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    assert!(
        out.report.issues.len() <= 1,
        "no warning per row: {:#?}",
        out.report.issues
    );
    let d = &out.dataset;
    assert_eq!((d.traces.len(), d.traces.firearms()), (4, 2_571));
    assert!(d.stores.iter().all(|s| s.precision == Precision::State));
    assert!(d.sites.iter().all(|s| s.precision == Precision::State));
    let summary = &out.report.files[0];
    assert_eq!((summary.traces, summary.records), (2_571, 4));
    let areas = AreaIndex::build(d, corridor_core::basemap::shared(), AreaLevel::State);
    let by_state = corridors(d, &areas, &TraceFilter::default());
    let found: Vec<(&str, &str, u32)> = by_state
        .iter()
        .map(|c| (c.origin.as_str(), c.destination.as_str(), c.traces))
        .collect();
    assert_eq!(
        found,
        vec![
            ("US-TX", "MX-TAM", 1_204),
            ("US-AZ", "MX-SON", 655),
            ("US-CA", "MX-BCN", 402),
            ("US-TX", "MX-SIN", 310),
        ]
    );
    assert!((by_state[0].share - 1_204.0 / 2_571.0).abs() < 1e-12);
}

#[test]
fn a_bad_count_is_named_by_line_and_column_and_a_zero_is_left_out() {
    let text = "store_state,recovery_state,cantidad\n\
                TX,Sinaloa,5\n\
                TX,Sinaloa,two\n\
                TX,Sinaloa,-3\n\
                TX,Sinaloa,2.5\n\
                TX,Sinaloa,0\n\
                TX,Sinaloa,\n\
                TX,Sinaloa,12.0\n";
    let out = load(&[("bad.csv", text.as_bytes())]);
    assert_eq!(out.dataset.traces.firearms(), 17);
    let rejected = crate::common::issues(&out, Severity::Rejected);
    let lines: Vec<Option<u64>> = rejected.iter().map(|i| i.line).collect();
    assert_eq!(
        lines,
        vec![Some(3), Some(4), Some(5), Some(7)],
        "{rejected:#?}"
    );
    assert!(rejected.iter().all(|i| i.column == Some(3)));
    assert!(
        rejected[0]
            .reason
            .contains("count 'two' is not a whole number")
    );
    assert!(rejected[3].reason.contains("count is missing"));
    let zero = out
        .report
        .issues
        .iter()
        .find(|i| i.line == Some(6))
        .unwrap();
    assert_eq!(zero.severity, Severity::Warning);
    assert!(zero.reason.contains("stands for no firearm"));
}

/// A table of counts by month and by year: (store state, recovery state,
/// purchase date, recovery date, count).
const DATED: &str = "make,store_state,recovery_state,purchase_date,recovery_date,count\n\
                     Colt,TX,Sinaloa,2018-06-02,2019-03-15,4\n\
                     Colt,TX,Sinaloa,2018,2019-03,10\n\
                     Colt,AZ,Sonora,2017-05,2019,7\n\
                     Colt,AZ,Sonora,,2020-01-20,2\n";

#[test]
fn dates_known_to_a_month_or_a_year_keep_their_precision() {
    let out = load(&[("by-month.csv", DATED.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    assert!(
        !out.report.issues.iter().any(|i| i.reason.contains("date")),
        "{:#?}",
        out.report.issues
    );
    let d = &out.dataset;
    assert_eq!(d.traces.firearms(), 23);
    assert!(d.traces.date_spans.is_partial());
    use corridor_core::model::DateSpan;
    let spans: Vec<(DateSpan, DateSpan)> = (0..4)
        .map(|r| {
            (
                d.traces.date_spans(r).purchase,
                d.traces.date_spans(r).recovery,
            )
        })
        .collect();
    assert_eq!(
        spans,
        vec![
            (DateSpan::Day, DateSpan::Day),
            (DateSpan::Year, DateSpan::Month),
            (DateSpan::Month, DateSpan::Year),
            (DateSpan::Day, DateSpan::Day),
        ]
    );
    // Time-to-crime needs two days: only the first row has one.
    let ttc: Vec<Option<i32>> = (0..4).map(|r| d.traces.time_to_crime_days(r)).collect();
    assert_eq!(ttc, vec![Some(286), None, None, None]);

    // The time bar: the month-only row in its month, the year-only row
    // apart, by year; the axis spans that whole year.
    let all = time_histograms(d, &TraceFilter::default(), None);
    let months = &all.months;
    assert_eq!(months.first.unwrap().label(), "2019-01");
    assert_eq!(months.counts.len(), 13, "January 2019 to January 2020");
    assert_eq!(months.counts[2], 14, "the day and the month of March 2019");
    assert_eq!(months.month_only, 10);
    assert_eq!(months.year_only.get(&2019), Some(&7));
    assert_eq!(months.total() + months.year_only_total(), 23);
    assert_eq!(all.ttc.total(), 4, "four firearms have a time-to-crime");
    assert_eq!(all.ttc.missing, 19);

    // A range that holds the whole period counts it; one that cuts it
    // leaves it out as "without a date", never guessed in or out.
    let day = |y, m, dd| Day::from_ymd(y, m, dd).unwrap();
    let range = |from, to| TraceFilter {
        dates: Range {
            from: Some(from),
            to: Some(to),
        },
        ..Default::default()
    };
    let index = FlowIndex::build(d);
    let march = range(day(2019, 3, 1), day(2019, 3, 31));
    let summary = aggregate(d, &index, &march);
    assert_eq!((summary.traces, summary.missing_date), (14, 7));
    let mid_march = range(day(2019, 3, 10), day(2019, 3, 31));
    let summary = aggregate(d, &index, &mid_march);
    assert_eq!((summary.traces, summary.missing_date), (4, 17));
    let year = range(day(2019, 1, 1), day(2019, 12, 31));
    let summary = aggregate(d, &index, &year);
    assert_eq!((summary.traces, summary.missing_date), (21, 0));
    // The histograms and the general pass (make words force it; every
    // row is a Colt) agree.
    for filter in [march, mid_march, year] {
        let summary = aggregate(d, &index, &filter);
        assert_eq!(time_histograms(d, &filter, None).traces, summary.traces);
        let general = aggregate(
            d,
            &index,
            &TraceFilter {
                make_model: "colt".into(),
                ..filter.clone()
            },
        );
        assert_eq!(
            (general.traces, general.missing_date),
            (summary.traces, summary.missing_date)
        );
    }

    // Exported, they read back as months and years.
    let rows: Vec<u32> = (0..4).collect();
    let mut csv = Vec::new();
    corridor_core::export::traces_csv::write_traces_csv(
        d,
        &rows,
        corridor_core::briefing::Redaction::NONE,
        &mut csv,
    )
    .unwrap();
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(text.contains(",2018,2019-03,"), "{text}");
    assert!(text.contains(",2017-05,2019,"), "{text}");
    let back = load(&[("export.csv", &csv)]);
    assert_eq!(
        (0..4)
            .map(|r| back.dataset.traces.date_spans(r))
            .collect::<Vec<_>>(),
        (0..4).map(|r| d.traces.date_spans(r)).collect::<Vec<_>>()
    );
}

#[test]
fn many_rows_waiting_for_a_location_are_placed_without_being_kept_aside_without_bound() {
    // Town-level rows with store and site ids (a warehouse's reduction by
    // town): each could wait for a stores file giving coordinates; past
    // MAX_PENDING_ROWS they are placed at once, the same way.
    let rows = corridor_core::import::builder::MAX_PENDING_ROWS + 2_000;
    let mut text = String::from(
        "store_id,store_city,store_state,recovery_id,recovery_place,recovery_state,count\n",
    );
    for i in 0..rows {
        let (town, place, state) = if i % 2 == 0 {
            ("Houston", "Culiacán", "Sinaloa")
        } else {
            ("Dallas", "Nogales", "Sonora")
        };
        text.push_str(&format!(
            "TX:{town},{town},TX,MX:{place},{place},{state},2\n"
        ));
    }
    let out = load(&[("towns.csv", text.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:?}", out.report.issues.first());
    let d = &out.dataset;
    assert_eq!(d.traces.len(), rows);
    assert_eq!(d.traces.firearms(), 2 * rows as u64);
    assert_eq!((d.stores.len(), d.sites.len()), (2, 2));
    assert!(d.stores.iter().all(|s| s.precision == Precision::City));
    // The first rows (kept aside) and the last (placed at once) are at the
    // same places.
    assert_eq!(d.traces.store[0], d.traces.store[rows - 2]);
    assert_eq!(d.traces.site[1], d.traces.site[rows - 1]);
}
