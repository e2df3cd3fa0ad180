//! Issue 15 in the app: tick an indicator and the map counts the flagged
//! traces; open the Networks table, pick the largest network and the map
//! shows its traces only, framed, with its members listed.

use crate::common;
use crate::harness::app_harness;

use corridor::app::StartOptions;
use corridor_core::aggregate::TraceFilter;
use corridor_core::aggregate::flows::matching_traces;
use corridor_core::format::thousands;
use corridor_core::investigate::{Indicator, NetworkOptions, find_networks};
use corridor_core::model::Day;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

fn demo() -> corridor_core::model::Dataset {
    common::load(&[(
        "corridor-demo-traces.csv",
        corridor_core::demo::DEMO_TRACES_CSV,
    )])
    .dataset
}

#[test]
fn ticking_an_indicator_counts_and_shows_only_the_flagged_traces() {
    let mut harness = app_harness(StartOptions::default());
    let dataset = demo();
    let mut filter = TraceFilter::default();
    filter.indicators.set(Indicator::MultipleSale, true);
    let flagged = matching_traces(&dataset, &filter, |_, _| true).len();
    assert!(flagged > 0 && flagged < dataset.traces.len());
    // The panel's count beside the checkbox is the core's.
    harness.get_by_label(&thousands(flagged as u64));
    harness
        .get_by_role_and_label(Role::CheckBox, "Multiple sale")
        .click();
    harness.run();
    assert!(
        harness
            .state()
            .settings()
            .filter
            .indicators
            .has(Indicator::MultipleSale)
    );
    assert_eq!(
        harness.state().session().view.summary().traces as usize,
        flagged
    );
    harness.get_by_label_contains(&format!(
        "{} of {} traces",
        thousands(flagged as u64),
        thousands(dataset.traces.len() as u64)
    ));
}

#[test]
fn picking_the_largest_network_shows_its_flows_and_members() {
    let mut harness = app_harness(StartOptions::default());
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Networks table")
        .click();
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
    let dataset = demo();
    let networks = find_networks(&dataset, &NetworkOptions::as_of(Day::today()));
    let biggest = &networks.list[0];
    let shown = harness.state().session().networks.networks().unwrap();
    assert_eq!(shown.list.len(), networks.list.len());
    harness.get_by_label_contains(&format!("{} networks of", networks.list.len()));
    // The members column names the first purchasers of the largest network.
    let first_member = networks.label(&dataset, biggest.purchasers[0]);
    harness.get_by_label_contains(&first_member);

    harness.get_by_label("1").click();
    harness.run();
    let filter = &harness.state().settings().filter;
    assert_eq!(filter.purchasers, networks.filter_names(&dataset, 0));
    // Only the network's traces are counted on the map.
    assert_eq!(
        harness.state().session().view.summary().traces as usize,
        biggest.traces.len()
    );
    harness.get_by_label("Show all purchasers").click();
    harness.run();
    assert!(!harness.state().settings().filter.has_purchasers());
    assert_eq!(
        harness.state().session().view.summary().traces as usize,
        dataset.traces.len()
    );
}
