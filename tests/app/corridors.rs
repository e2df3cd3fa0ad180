//! The corridors table driven through the accessibility tree: its rows are
//! the core's `corridors` for the filter, a click selects and frames the
//! corridor, a class filter changes the rows, a header click sorts.

use crate::common;

use crate::harness::app_harness;

use std::collections::BTreeSet;

use corridor::app::format::thousands;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::aggregate::TraceFilter;
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel, readable_area};
use corridor_core::aggregate::corridors::{Corridor, corridors};
use corridor_core::model::{Dataset, WeaponClass};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// The demo data as the core loads it, with its state areas.
fn demo_core() -> (Dataset, AreaIndex) {
    let out = common::load(&common::demo_files());
    let areas = AreaIndex::build(
        &out.dataset,
        corridor_core::basemap::shared(),
        AreaLevel::State,
    );
    (out.dataset, areas)
}

fn row_label(c: &Corridor) -> String {
    format!(
        "{} → {}",
        readable_area(&c.origin),
        readable_area(&c.destination)
    )
}

/// The table's rows, as the app holds them, in the core's order.
fn shown(harness: &Harness<'static, CorridorApp>) -> Vec<Corridor> {
    harness.state().session().corridors.rows.clone()
}

/// Corridor labels in the order the accessibility tree lists them (top first).
fn labels_in_tree(harness: &Harness<'static, CorridorApp>) -> Vec<String> {
    harness
        .query_all_by_label_contains(" → ")
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

fn open_table_from_view_menu(harness: &mut Harness<'static, CorridorApp>) {
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Corridors table")
        .click();
    harness.run();
    // Close the menu so it does not cover the table.
    harness.get_by_label("View").click();
    harness.run();
    assert!(harness.state().settings().show_corridors);
}

#[test]
fn clicking_a_corridor_selects_its_areas_and_frames_them() {
    let mut harness = app_harness(StartOptions::default());
    open_table_from_view_menu(&mut harness);
    let (dataset, areas) = demo_core();
    let expected = corridors(&dataset, &areas, &TraceFilter::default());
    assert!(expected.len() > 3, "the demo has several state corridors");
    assert_eq!(shown(&harness), expected, "rows are the core's corridors");
    let total: u32 = expected.iter().map(|c| c.traces).sum();
    harness.get_by_label(&format!(
        "{} corridors · {} traces in the filter",
        thousands(expected.len() as u64),
        thousands(total)
    ));

    // Not the first row: its origin and destination must come from the click.
    let target = &expected[1];
    for cell in [
        thousands(target.traces),
        corridor_core::format::percent(target.share),
        target
            .dominant_class
            .label(corridor_core::i18n::Lang::En)
            .to_owned(),
    ] {
        assert!(
            harness.query_all_by_label(&cell).count() >= 1,
            "the row shows {cell}"
        );
    }
    harness.get_by_label(&row_label(target)).click();
    harness.run();

    let in_area = |ids: &[u32], name: &str| -> BTreeSet<u32> {
        ids.iter()
            .enumerate()
            .filter(|(_, a)| areas.names[**a as usize] == name)
            .map(|(i, _)| i as u32)
            .collect()
    };
    let selection = harness.state().session().selection.clone();
    assert!(selection.between, "only flows between the two areas");
    assert_eq!(selection.stores, in_area(&areas.store_area, &target.origin));
    assert_eq!(
        selection.sites,
        in_area(&areas.site_area, &target.destination)
    );
    assert!(!selection.stores.is_empty() && !selection.sites.is_empty());
    assert_eq!(
        harness.state().session().corridors.selected,
        Some((target.origin.clone(), target.destination.clone())),
        "the row is highlighted"
    );
    assert_eq!(
        harness.state().session().details.rows.len() as u32,
        target.traces,
        "the details list the corridor's traces"
    );
    harness.get_by_label(&format!(
        "{} in the current filter",
        corridor::app::format::plural(u64::from(target.traces), "trace", "traces")
    ));

    // The camera frames the corridor's locations.
    let transform = harness
        .state()
        .window()
        .map
        .last_transform
        .expect("map drawn");
    let bounds = corridor_core::scene::selection_bounds(&dataset, &selection).expect("locations");
    let middle = corridor_core::geometry::mercator::WorldPoint::new(
        (bounds.0.x + bounds.1.x) / 2.0,
        (bounds.0.y + bounds.1.y) / 2.0,
    );
    let (lat_deg, lon_deg) = corridor_core::geometry::mercator::unproject(middle);
    let view = harness.state().window().map.view();
    assert!(
        (view.center_lat_deg - lat_deg).abs() < 1e-6
            && (view.center_lon_deg - lon_deg).abs() < 1e-6,
        "the map is centred on the corridor: {view:?} vs {lat_deg},{lon_deg}"
    );
    for corner in [bounds.0, bounds.1] {
        let [x, y] = transform.to_screen(corner);
        assert!(
            (0.0..1280.0).contains(&x) && (0.0..800.0).contains(&y),
            "corner {corner:?} on screen at {x},{y}"
        );
    }

    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().session().selection.is_empty());
    assert_eq!(harness.state().session().corridors.selected, None);
}

#[test]
fn a_class_filter_changes_the_rows_to_the_core_figures_without_recomputing_every_frame() {
    let mut harness = app_harness(StartOptions::default());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::T);
    harness.run();
    assert!(harness.state().settings().show_corridors, "Ctrl+T opens it");
    let rebuilds = harness.state().session().corridors.rebuilds;
    for _ in 0..5 {
        harness.step();
    }
    assert_eq!(
        harness.state().session().corridors.rebuilds,
        rebuilds,
        "idle frames reuse rows"
    );

    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::AkPattern.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    let (dataset, areas) = demo_core();
    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    let expected = corridors(&dataset, &areas, &no_ak);
    let all = corridors(&dataset, &areas, &TraceFilter::default());
    assert_ne!(expected, all, "the demo has AK-pattern traces");
    assert_eq!(shown(&harness), expected);
    assert_eq!(harness.state().session().corridors.rebuilds, rebuilds + 1);
    let total: u32 = expected.iter().map(|c| c.traces).sum();
    harness.get_by_label(&format!(
        "{} corridors · {} traces in the filter",
        thousands(expected.len() as u64),
        thousands(total)
    ));
    assert!(
        expected
            .iter()
            .all(|c| c.by_class[WeaponClass::AkPattern.index()] == 0)
    );

    // A finer level: the rows follow it.
    harness
        .get_by_label(&AreaLevel::Town.label(corridor_core::i18n::Lang::En))
        .click();
    harness.run();
    let towns = AreaIndex::build(&dataset, corridor_core::basemap::shared(), AreaLevel::Town);
    assert_eq!(shown(&harness), corridors(&dataset, &towns, &no_ak));
    assert_eq!(harness.state().settings().corridor_level, AreaLevel::Town);
}

#[test]
fn clicking_headers_sorts_the_rows() {
    let mut harness = app_harness(StartOptions::default());
    open_table_from_view_menu(&mut harness);
    let (dataset, areas) = demo_core();
    let expected = corridors(&dataset, &areas, &TraceFilter::default());
    let by_traces = labels_in_tree(&harness);
    assert_eq!(by_traces.first(), Some(&row_label(&expected[0])));

    harness.get_by_label("Origin").click();
    harness.run();
    let mut by_origin = expected.clone();
    // Stable sort: ties keep the traces order, as the table does.
    by_origin.sort_by(|a, b| a.origin.cmp(&b.origin));
    let tree = labels_in_tree(&harness);
    assert_eq!(tree.first(), Some(&row_label(&by_origin[0])));
    let shown_origins: Vec<&str> = harness
        .state()
        .session()
        .corridors
        .order
        .iter()
        .map(|&i| harness.state().session().corridors.rows[i].origin.as_str())
        .collect();
    let want: Vec<&str> = by_origin.iter().map(|c| c.origin.as_str()).collect();
    assert_eq!(shown_origins, want);

    // Again: the other way round.
    harness.get_by_label("Origin").click();
    harness.run();
    let last_origin = by_origin.last().map(|c| c.origin.clone());
    let tree = labels_in_tree(&harness);
    assert!(
        tree.first()
            .is_some_and(|l| l.starts_with(&readable_area(last_origin.as_deref().unwrap_or("")))),
        "descending puts {last_origin:?} first: {tree:?}"
    );

    harness.get_by_label("Traces").click();
    harness.run();
    assert_eq!(
        labels_in_tree(&harness).first(),
        Some(&row_label(&expected[0])),
        "traces sort largest first"
    );
}
