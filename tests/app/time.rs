//! The time bar, the time-to-crime filter and the charts, driven through
//! the accessibility tree: counts shown equal the core's for the same
//! filter, playing moves the range one step, the charts window opens.

use crate::common;

use crate::harness::app_harness as app_harness_with;
use crate::harness::type_into;

use corridor::app::format::thousands;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::aggregate::time_window::{PlayStep, advance};
use corridor_core::aggregate::{FlowIndex, Range, TraceFilter, aggregate};
use corridor_core::model::Day;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn app_harness() -> Harness<'static, CorridorApp> {
    app_harness_with(StartOptions::default())
}

/// Traces in the filter and all traces of the demo, as the core counts them.
fn demo_counts(filter: &TraceFilter) -> (u32, u32) {
    let out = common::load(&common::demo_files());
    let index = FlowIndex::build(&out.dataset);
    let summary = aggregate(&out.dataset, &index, filter);
    (summary.traces, out.dataset.traces.len() as u32)
}

fn shown_label(traces: u32, total: u32) -> String {
    format!("{} of {} traces", thousands(traces), thousands(total))
}

fn day(y: i32, m: u32, d: u32) -> Option<Day> {
    Day::from_ymd(y, m, d)
}

#[test]
fn a_typed_date_range_gives_the_cores_count() {
    let mut harness = app_harness();
    assert!(harness.state().settings().show_time_bar, "on by default");
    harness.get_by_label("Traces per month");
    type_into(&mut harness, "From", "2011-03-01");
    type_into(&mut harness, "To", "2012-06");
    let range = Range {
        from: day(2011, 3, 1),
        to: day(2012, 6, 30),
    };
    assert_eq!(harness.state().settings().filter.dates, range);
    let filter = TraceFilter {
        dates: range,
        ..TraceFilter::default()
    };
    let (traces, total) = demo_counts(&filter);
    assert!(0 < traces && traces < total);
    harness.get_by_label(&shown_label(traces, total));
    assert_eq!(harness.state().session().view.summary().traces, traces);
    // The histogram keeps the whole axis and counts the range's months.
    let months = &harness.state().session().time_view.all.months;
    let (a, b) = (
        months.bin_of(range.from.unwrap()).unwrap(),
        months.bin_of(range.to.unwrap()).unwrap(),
    );
    assert_eq!(months.counts[a..=b].iter().sum::<u32>(), traces);
    assert_eq!(months.total(), total, "no demo trace lacks a recovery date");

    harness.get_by_label("Clear").click();
    harness.run();
    assert!(harness.state().settings().filter.dates.is_open());
    harness.get_by_label(&shown_label(total, total));
}

#[test]
fn dragging_across_the_histogram_picks_whole_months() {
    let mut harness = app_harness();
    let rect = harness.get_by_label("Traces per month").rect();
    let y = rect.center().y;
    let (x0, x1) = (
        rect.min.x + rect.width() * 0.3,
        rect.min.x + rect.width() * 0.5,
    );
    harness.hover_at(egui::pos2(x0, y));
    harness.run();
    harness.drag_at(egui::pos2(x0, y));
    harness.step();
    for x in [x0 + 10.0, x1] {
        harness.hover_at(egui::pos2(x, y));
        harness.step();
    }
    harness.drop_at(egui::pos2(x1, y));
    harness.run();
    let dates = harness.state().settings().filter.dates;
    let (from, to) = (dates.from.expect("from"), dates.to.expect("to"));
    assert!(from < to);
    assert_eq!(from.to_date().map(|d| chrono::Datelike::day(&d)), Some(1));
    let next = Day(to.0 + 1).to_date().unwrap();
    assert_eq!(
        chrono::Datelike::day(&next),
        1,
        "ends on a month's last day"
    );
    let (traces, total) = demo_counts(&TraceFilter {
        dates,
        ..TraceFilter::default()
    });
    harness.get_by_label(&shown_label(traces, total));
}

#[test]
fn play_moves_the_range_one_step() {
    let mut harness = app_harness();
    type_into(&mut harness, "From", "2010-01-01");
    type_into(&mut harness, "To", "2010-03-31");
    let start = harness.state().settings().filter.dates;
    assert_eq!(harness.state().settings().play_step, PlayStep::Month);
    harness.get_by_label_contains("Play").click();
    harness.run();
    assert!(harness.state().window().time_bar.playing);
    assert_eq!(
        harness.state().settings().filter.dates,
        start,
        "no jump on pressing play"
    );
    // Input time moves a quarter second a step: the first step is due after one second.
    let mut steps = 0;
    while harness.state().settings().filter.dates == start {
        steps += 1;
        assert!(steps < 20, "playing never stepped");
        harness.step();
    }
    let expected = advance(start, PlayStep::Month, day(2014, 12, 31).unwrap()).unwrap();
    assert_eq!(
        harness.state().settings().filter.dates,
        Range {
            from: day(2010, 2, 1),
            to: day(2010, 4, 30),
        }
    );
    assert_eq!(harness.state().settings().filter.dates, expected);
    harness.run();
    let (traces, total) = demo_counts(&TraceFilter {
        dates: expected,
        ..TraceFilter::default()
    });
    assert_eq!(harness.state().session().view.summary().traces, traces);
    harness.get_by_label(&shown_label(traces, total));
    harness.get_by_label_contains("Pause").click();
    harness.run();
    assert!(!harness.state().window().time_bar.playing);
}

#[test]
fn playing_stops_at_the_end() {
    let mut harness = app_harness();
    type_into(&mut harness, "From", "2014-10-01");
    type_into(&mut harness, "To", "2014-11-30");
    harness.get_by_label_contains("Play").click();
    harness.run();
    let mut steps = 0;
    while harness.state().window().time_bar.playing {
        steps += 1;
        assert!(steps < 40, "playing never stopped");
        harness.step();
    }
    assert_eq!(
        harness.state().settings().filter.dates,
        Range {
            from: day(2014, 11, 1),
            to: day(2014, 12, 31),
        },
        "one step to the last month, then it stops"
    );
}

#[test]
fn the_under_a_year_preset_gives_the_cores_count() {
    let mut harness = app_harness();
    harness.get_by_label("Under 1 year").click();
    harness.run();
    let filter = TraceFilter {
        ttc_days: Range {
            from: Some(0),
            to: Some(364),
        },
        ..TraceFilter::default()
    };
    assert_eq!(harness.state().settings().filter.ttc_days, filter.ttc_days);
    let (traces, total) = demo_counts(&filter);
    assert!(
        0 < traces && traces < total,
        "the demo has fast and slow diversions"
    );
    harness.get_by_label(&shown_label(traces, total));
    let ttc = &harness.state().session().time_view.all.ttc;
    assert_eq!(
        ttc.total() + ttc.missing,
        total,
        "the histogram ignores its own range"
    );
    harness.get_by_label("Any").click();
    harness.run();
    harness.get_by_label(&shown_label(total, total));
}

#[test]
fn the_charts_window_opens_from_the_menu_and_the_shortcut() {
    let mut harness = app_harness();
    assert!(harness.query_by_label("Weapon-class mix").is_none());
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Charts")
        .click();
    harness.run();
    assert!(harness.state().settings().show_charts);
    harness.get_by_label("Weapon-class mix");
    harness.get_by_label("Current filter");
    let classes = harness.state().session().time_view.all.classes;
    assert_eq!(
        classes.iter().sum::<u32>(),
        harness.state().session().view.summary().traces
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::G);
    harness.run();
    assert!(!harness.state().settings().show_charts);
    assert!(harness.query_by_label("Weapon-class mix").is_none());
}

#[test]
fn idle_frames_do_not_recount_the_histograms() {
    let mut harness = app_harness();
    let rebuilds = harness.state().session().time_view.rebuilds;
    for _ in 0..5 {
        harness.step();
    }
    assert_eq!(harness.state().session().time_view.rebuilds, rebuilds);
    harness.get_by_label("Under 1 year").click();
    harness.run();
    assert_eq!(harness.state().session().time_view.rebuilds, rebuilds + 1);
}

#[test]
fn charts_follow_the_selection() {
    use corridor::app::commands::Command;
    use corridor_core::scene::hit::Hit;
    let mut harness = app_harness();
    harness.state_mut().push(Command::SetCharts(true));
    harness.run();
    let store = harness
        .state()
        .session()
        .view
        .scene()
        .symbols
        .iter()
        .find(|s| s.kind == corridor_core::scene::SymbolKind::Store)
        .map(|s| s.id)
        .expect("a store node on the map");
    harness
        .state_mut()
        .push(Command::Select(Some(Hit::Node(store))));
    harness.run();
    assert!(!harness.state().session().selection.is_empty());
    let selected = harness
        .state()
        .session()
        .time_view
        .selected
        .clone()
        .expect("histograms of the selection");
    assert_eq!(
        selected.traces as usize,
        harness.state().session().details.rows.len()
    );
    assert!(selected.traces < harness.state().session().time_view.all.traces);
    harness.get_by_label("Selection, in the current filter");
    harness.get_by_label(&corridor::app::format::plural(
        selected.traces as u64,
        "trace",
        "traces",
    ));
}

#[test]
fn traces_without_the_date_are_reported_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("traces.csv");
    std::fs::write(
        &path,
        "trace_id,weapon_type,make,model,purchase_date,recovery_date,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon\n\
T1,rifle,Romarm,WASR-10,2009-12-01,2010-01-01,Phoenix,AZ,33.45,-112.07,Culiacán,Sinaloa,24.81,-107.39\n\
T2,rifle,Romarm,WASR-10,2009-06-01,2010-01-31,Phoenix,AZ,33.45,-112.07,Culiacán,Sinaloa,24.81,-107.39\n\
T3,pistol,Glock,19,2005-01-01,2010-02-01,Tucson,AZ,32.22,-110.97,Culiacán,Sinaloa,24.81,-107.39\n\
T4,rifle,Colt,AR-15,2009-01-01,,Houston,TX,29.76,-95.37,Reynosa,Tamaulipas,26.05,-98.30\n",
    )
    .unwrap();
    let mut harness = app_harness_with(StartOptions {
        paths: vec![path],
        ..StartOptions::default()
    });
    assert_eq!(harness.state().session().data.dataset().traces.len(), 4);
    harness.get_by_label("1 trace without a recovery date");
    type_into(&mut harness, "From", "2010-01");
    type_into(&mut harness, "To", "2010-01");
    assert_eq!(
        harness.state().settings().filter.dates,
        Range {
            from: day(2010, 1, 1),
            to: day(2010, 1, 31),
        }
    );
    harness.get_by_label("2 of 4 traces");
    harness.get_by_label("2 of 3 in the range");
    harness.get_by_label("1 trace without a recovery date left out");
}

#[test]
fn a_date_outside_1900_to_2100_is_refused_with_the_reason() {
    let mut harness = app_harness();
    type_into(&mut harness, "From", "2011-03-01");
    let before = harness.state().settings().filter.dates;
    type_into(&mut harness, "To", "0011-12-31");
    assert_eq!(
        harness.state().settings().filter.dates,
        before,
        "the range is unchanged"
    );
    harness.get_by_label("year 11 is outside 1900–2100: 0011-12-31");
    // The field keeps the refused text to correct; a good date clears
    // the message.
    harness.get_by_role_and_label(Role::TextInput, "To").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    type_into(&mut harness, "To", "2012");
    assert_eq!(
        harness.state().settings().filter.dates.to,
        day(2012, 12, 31)
    );
    assert!(harness.query_by_label_contains("outside 1900").is_none());
}

#[test]
fn typing_a_date_pauses_play_so_it_is_not_overwritten() {
    let mut harness = app_harness();
    type_into(&mut harness, "From", "2010-01-01");
    type_into(&mut harness, "To", "2010-03-31");
    harness.get_by_label_contains("Play").click();
    harness.run();
    assert!(harness.state().window().time_bar.playing);
    harness
        .get_by_role_and_label(Role::TextInput, "From")
        .focus();
    harness.run();
    assert!(
        !harness.state().window().time_bar.playing,
        "focusing a date field pauses"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "From")
        .type_text("2009-06-01");
    // Time passes while typing; nothing steps the range.
    for _ in 0..8 {
        harness.step();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().settings().filter.dates.from,
        day(2009, 6, 1)
    );
}

#[test]
fn playing_keeps_flow_widths_on_the_scale_of_all_the_data() {
    let mut harness = app_harness();
    assert!(!harness.state().settings().lock_scales);
    type_into(&mut harness, "From", "2010-01-01");
    type_into(&mut harness, "To", "2010-03-31");
    let fitted = harness
        .state()
        .session()
        .view
        .scene()
        .legend
        .flow_widths
        .clone();
    harness.get_by_label_contains("Play").click();
    harness.run();
    let playing = harness
        .state()
        .session()
        .view
        .scene()
        .legend
        .flow_widths
        .clone();
    assert_ne!(
        fitted, playing,
        "the legend's scale is that of all the data"
    );
    harness.get_by_label_contains("Scale locked");
    harness.get_by_label_contains("Pause").click();
    harness.run();
    assert!(
        !harness.state().settings().lock_scales,
        "the setting is untouched"
    );
    harness.get_by_label_contains("Scale fitted to this filter");
}
