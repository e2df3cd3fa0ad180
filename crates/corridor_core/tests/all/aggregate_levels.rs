//! Aggregation invariants at every cluster zoom and area level, for class,
//! date, time-to-crime and make/model filters: the counts agree with a
//! naive count over the traces, sums agree with the filtered total, and a
//! location's totals do not depend on the level.

use crate::common;

use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::flows::Predicate;
use corridor_core::aggregate::{DateField, FlowIndex, Range, TraceFilter, aggregate_at};
use corridor_core::cluster::{ClusterLevel, ClusterTree, LevelPairs};
use corridor_core::model::{Dataset, Day, WeaponClass};
use rustc_hash::FxHashMap;

fn day(y: i32, m: u32, d: u32) -> Option<Day> {
    Day::from_ymd(y, m, d)
}

fn filters() -> Vec<(&'static str, TraceFilter)> {
    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    let narrow = Range {
        from: day(2010, 3, 1),
        to: day(2010, 5, 31),
    };
    let wide = Range {
        from: day(2006, 6, 1),
        to: day(2014, 6, 30),
    };
    vec![
        ("all", TraceFilter::default()),
        ("no AK", no_ak.clone()),
        (
            "narrow recovery range",
            TraceFilter {
                dates: narrow,
                ..no_ak.clone()
            },
        ),
        (
            "wide recovery range (complement path)",
            TraceFilter {
                dates: wide,
                ..TraceFilter::default()
            },
        ),
        (
            "open-ended purchase range",
            TraceFilter {
                date_field: DateField::Purchase,
                dates: Range {
                    from: day(2011, 1, 1),
                    to: None,
                },
                ..TraceFilter::default()
            },
        ),
        (
            "under one year to crime",
            TraceFilter {
                ttc_days: Range {
                    from: None,
                    to: Some(365),
                },
                ..TraceFilter::default()
            },
        ),
        (
            "dates and time to crime",
            TraceFilter {
                dates: wide,
                ttc_days: Range {
                    from: Some(30),
                    to: Some(3000),
                },
                ..no_ak.clone()
            },
        ),
        (
            "make words and dates",
            TraceFilter {
                make_model: "colt".to_owned(),
                dates: narrow,
                ..TraceFilter::default()
            },
        ),
    ]
}

struct Naive {
    traces: u32,
    missing_date: u32,
    missing_ttc: u32,
    store_totals: Vec<u32>,
    site_totals: Vec<u32>,
}

/// Every trace tested on its own: what the fast paths must agree with.
fn naive(dataset: &Dataset, filter: &TraceFilter) -> (Naive, Vec<bool>) {
    let traces = &dataset.traces;
    let predicate = Predicate::new(dataset, filter);
    let mut result = Naive {
        traces: 0,
        missing_date: 0,
        missing_ttc: 0,
        store_totals: vec![0; dataset.stores.len()],
        site_totals: vec![0; dataset.sites.len()],
    };
    let mut passes = vec![false; traces.len()];
    for (row, passed) in passes.iter_mut().enumerate() {
        let shown = filter.class_enabled(traces.class[row]);
        match predicate
            .as_ref()
            .map_or(Ok(true), |p| p.test(dataset, row))
        {
            Ok(true) if shown => {
                *passed = true;
                result.traces += 1;
                result.store_totals[traces.store[row].0 as usize] += 1;
                result.site_totals[traces.site[row].0 as usize] += 1;
            }
            Err(corridor_core::aggregate::filter::MissingDate::Date) if shown => {
                result.missing_date += 1;
            }
            Err(corridor_core::aggregate::filter::MissingDate::TimeToCrime) if shown => {
                result.missing_ttc += 1;
            }
            _ => {}
        }
    }
    (result, passes)
}

fn all_levels(dataset: &Dataset) -> Vec<(String, ClusterLevel)> {
    let tree = ClusterTree::build(dataset);
    let mut levels: Vec<(String, ClusterLevel)> = tree
        .levels
        .iter()
        .enumerate()
        .map(|(i, level)| {
            (
                format!("cluster level {i} (zoom {})", level.zoom),
                level.clone(),
            )
        })
        .collect();
    for area in [AreaLevel::State, AreaLevel::Town, AreaLevel::Site] {
        let level =
            AreaIndex::build(dataset, corridor_core::basemap::shared(), area).to_level(dataset);
        levels.push((format!("{area:?} areas"), level));
    }
    levels.push(("locations".to_owned(), ClusterLevel::unclustered(dataset)));
    levels
}

#[test]
fn every_level_agrees_with_a_naive_count() {
    let out = common::load(&[("demo.csv", corridor_core::demo::DEMO_TRACES_CSV)]);
    let dataset = &out.dataset;
    let index = FlowIndex::build(dataset);
    let levels = all_levels(dataset);
    assert!(levels.len() > 10, "clusters at many zooms plus areas");
    for (name, filter) in filters() {
        let (expected, passes) = naive(dataset, &filter);
        assert!(
            expected.traces > 0,
            "{name}: the fixture filter keeps traces"
        );
        // Location totals (counted with the histograms, once per filter).
        let histograms =
            corridor_core::aggregate::histogram::time_histograms(dataset, &filter, None);
        assert_eq!(histograms.store_totals, expected.store_totals, "{name}");
        assert_eq!(histograms.site_totals, expected.site_totals, "{name}");
        assert_eq!(histograms.traces, expected.traces, "{name}");
        for (level_name, level) in &levels {
            let pairs = LevelPairs::build(&index, level);
            let summary = aggregate_at(dataset, &index, level, &pairs, &filter);
            let context = format!("{name} at {level_name}");
            assert_eq!(summary.traces, expected.traces, "{context}: filtered total");
            let flow_sum: u32 = summary.flows.iter().map(|f| f.count).sum();
            assert_eq!(
                flow_sum, expected.traces,
                "{context}: flows sum to the total"
            );
            assert_eq!(summary.missing_date, expected.missing_date, "{context}");
            assert_eq!(summary.missing_ttc, expected.missing_ttc, "{context}");
            // Node totals are the sums of their members'.
            let mut node_totals = vec![0u32; level.clusters.len()];
            for (store, &n) in expected.store_totals.iter().enumerate() {
                node_totals[level.store_cluster[store] as usize] += n;
            }
            for (site, &n) in expected.site_totals.iter().enumerate() {
                node_totals[level.site_cluster[site] as usize] += n;
            }
            assert_eq!(summary.node_totals, node_totals, "{context}: node totals");
            // Each flow carries exactly its traces, class by class.
            let mut per_pair: FxHashMap<(u32, u32), [u32; WeaponClass::COUNT]> =
                FxHashMap::default();
            let traces = &dataset.traces;
            for row in (0..traces.len()).filter(|&r| passes[r]) {
                let key = (
                    level.store_node(traces.store[row]),
                    level.site_node(traces.site[row]),
                );
                per_pair.entry(key).or_default()[traces.class[row].index()] += 1;
            }
            assert_eq!(summary.flows.len(), per_pair.len(), "{context}: flow count");
            for flow in &summary.flows {
                assert_eq!(
                    Some(&flow.by_class),
                    per_pair.get(&(flow.origin, flow.dest)),
                    "{context}: flow {}→{}",
                    flow.origin,
                    flow.dest
                );
            }
        }
    }
}

/// The fast view route (flows made only for the pairs the density
/// controls keep, chosen from their totals) gives exactly what counting
/// everything and then thinning gives: at every level (tables derived from
/// finer ones, as a load makes them), for every filter, on one thread and
/// two, and for density settings that cut inside runs of equal counts.
#[test]
fn fast_views_equal_count_then_thin() {
    use corridor_core::aggregate::FlowDensity;
    use corridor_core::aggregate::view::{Route, aggregate_view_with};

    let out = common::load(&[("demo.csv", corridor_core::demo::DEMO_TRACES_CSV)]);
    let dataset = &out.dataset;
    let index = FlowIndex::build(dataset);
    let tree = ClusterTree::build(dataset);
    let mut tables = LevelPairs::for_levels(&index, &tree.levels);
    let levels = all_levels(dataset);
    for (_, level) in &levels[tree.levels.len()..] {
        tables.push(LevelPairs::build(&index, level));
    }
    let densities = [
        FlowDensity::default(),
        FlowDensity {
            min_traces: 1,
            top: Some(7),
        },
        FlowDensity {
            min_traces: 3,
            top: Some(40),
        },
        FlowDensity {
            min_traces: 2,
            top: None,
        },
        FlowDensity {
            min_traces: 1,
            top: Some(0),
        },
    ];
    let mut fast_counts = 0;
    for ((level_name, level), pairs) in levels.iter().zip(&tables) {
        for (name, filter) in filters() {
            for density in &densities {
                let thin = Route::CountThenThin;
                let expected =
                    aggregate_view_with(dataset, &index, level, pairs, &filter, density, thin);
                for parallel in [false, true] {
                    let route = Route::Fastest { parallel };
                    let got =
                        aggregate_view_with(dataset, &index, level, pairs, &filter, density, route);
                    assert_eq!(
                        got, expected,
                        "{name} at {level_name}, {density:?}, parallel {parallel}"
                    );
                    fast_counts += usize::from(!filter.has_text());
                }
            }
        }
    }
    assert!(fast_counts > 100, "the fast route ran ({fast_counts})");
}
