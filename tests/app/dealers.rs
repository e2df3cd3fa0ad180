//! The dealers table and the corridors table following a selection, driven
//! through the accessibility tree: select the Tamaulipas recovery sites and
//! the dealers table lists the core's stores feeding them.

use crate::common;
use crate::harness::app_harness;

use corridor::app::commands::Command;
use corridor::app::format::thousands;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridors_kept;
use corridor_core::aggregate::stores::{StoreRow, store_rows};
use corridor_core::aggregate::{Selection, TraceFilter};
use corridor_core::briefing::Redaction;
use corridor_core::briefing::labels::store_name;
use corridor_core::format::percent;
use corridor_core::model::Dataset;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The demo data as the core loads it, and its recovery sites in Tamaulipas.
pub fn demo_tamaulipas() -> (Dataset, AreaIndex, Selection) {
    let out = common::load(&common::demo_files());
    let areas = AreaIndex::build(
        &out.dataset,
        corridor_core::basemap::shared(),
        AreaLevel::State,
    );
    let sites = areas
        .site_area
        .iter()
        .enumerate()
        .filter(|(_, a)| areas.names[**a as usize] == "MX-TAM")
        .map(|(i, _)| i as u32)
        .collect();
    let selection = Selection {
        sites,
        ..Selection::default()
    };
    assert!(!selection.sites.is_empty(), "the demo has Tamaulipas sites");
    (out.dataset, areas, selection)
}

fn open_dealers_from_view_menu(harness: &mut Harness<'static, CorridorApp>) {
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Dealers table")
        .click();
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
}

fn shown_rows(harness: &Harness<'static, CorridorApp>) -> Vec<StoreRow> {
    harness.state().session().dealers.rows().to_vec()
}

#[test]
fn the_dealers_table_lists_the_stores_feeding_the_selected_sites() {
    let mut harness = app_harness(StartOptions::default());
    open_dealers_from_view_menu(&mut harness);
    let (dataset, _, tamaulipas) = demo_tamaulipas();
    let filter = TraceFilter::default();
    let all = store_rows(&dataset, &filter, |_, _| true);
    assert_eq!(shown_rows(&harness), all, "no selection: every store");
    harness.get_by_label_contains("all stores in the filter");

    harness
        .state_mut()
        .push(Command::SetSelection(tamaulipas.clone()));
    harness.run();
    let expected = store_rows(&dataset, &filter, |store, site| {
        tamaulipas.keeps_trace(store, site)
    });
    assert!(
        !expected.is_empty() && expected.len() < all.len(),
        "some stores, not all, feed Tamaulipas"
    );
    assert_eq!(
        shown_rows(&harness),
        expected,
        "the rows follow the selection"
    );
    let traces: u32 = expected.iter().map(|r| r.traces).sum();
    harness.get_by_label_contains(&format!(
        "{} traces · traces of {} selected recovery sites",
        thousands(traces),
        tamaulipas.sites.len()
    ));
    // The largest dealer is on screen with its share in human digits.
    let first = &expected[0];
    let name = store_name(&dataset, first.store, Redaction::NONE);
    assert!(
        harness.query_all_by_label(&name).count() >= 1,
        "{name} shown"
    );
    assert!(harness.query_all_by_label(&percent(first.share)).count() >= 1);

    // A click selects that dealer with the Tamaulipas sites, flows between
    // them only, and the rows stay those of Tamaulipas.
    let second = &expected[1.min(expected.len() - 1)];
    let name = store_name(&dataset, second.store, Redaction::NONE);
    harness
        .query_all_by_label(&name)
        .next()
        .expect("row shown")
        .click();
    harness.run();
    let selection = harness.state().session().selection.clone();
    assert_eq!(selection.stores, [second.store.0].into());
    assert_eq!(selection.sites, tamaulipas.sites);
    assert!(selection.between);
    assert_eq!(shown_rows(&harness), expected, "the table keeps its rows");
    assert_eq!(
        harness.state().session().details.rows.len() as u32,
        second.traces,
        "the details list that dealer's Tamaulipas traces"
    );

    // Clearing the selection ends the choice: every store again.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().session().selection.is_empty());
    assert_eq!(shown_rows(&harness), all);
}

#[test]
fn the_corridors_table_follows_the_selection() {
    let mut harness = app_harness(StartOptions::default());
    harness.state_mut().push(Command::ToggleCorridors);
    harness.run();
    let (dataset, areas, tamaulipas) = demo_tamaulipas();
    let filter = TraceFilter::default();
    let all = corridors_kept(&dataset, &areas, &filter, |_, _| true);
    assert_eq!(harness.state().session().corridors.rows, all);

    harness
        .state_mut()
        .push(Command::SetSelection(tamaulipas.clone()));
    harness.run();
    let expected = corridors_kept(&dataset, &areas, &filter, |store, site| {
        tamaulipas.keeps_trace(store, site)
    });
    assert!(expected.iter().all(|c| c.destination == "MX-TAM"));
    assert!(expected.len() < all.len());
    assert_eq!(harness.state().session().corridors.rows, expected);
    let traces: u32 = expected.iter().map(|c| c.traces).sum();
    harness.get_by_label(&format!(
        "{} corridors · {} traces in the filter and the selection",
        thousands(expected.len() as u64),
        thousands(traces)
    ));

    // A corridor chosen in the table selects it; the rows stay.
    let target = expected[0].clone();
    harness.state_mut().push(Command::SelectCorridor {
        origin: target.origin.clone(),
        destination: target.destination.clone(),
    });
    harness.run();
    assert!(harness.state().session().selection.between);
    assert_eq!(harness.state().session().corridors.rows, expected);
}
