//! The app driven through its accessibility tree (egui_kittest; no GPU, no
//! display): the demo loads, unticking a class changes the counts to the
//! right numbers, and a dropped bad file brings up the import report.

use crate::common;

use crate::harness::{app_harness, wait_for_load};

use std::path::{Path, PathBuf};
use std::sync::Arc;

use corridor::app::commands::Command;
use corridor::app::format::thousands;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::aggregate::{FlowDensity, FlowIndex, TraceFilter, apply_density};
use corridor_core::model::WeaponClass;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The demo dataset as the core loads it, for expected numbers: traces in
/// the filter, the flows label, and all traces.
fn demo_expectations(filter: &TraceFilter) -> (u32, String, usize) {
    let out = common::load(&common::demo_files());
    let index = FlowIndex::build(&out.dataset);
    // The map opens at the default view's zoom, so clusters of that level.
    let tree = corridor_core::cluster::ClusterTree::build(&out.dataset);
    let zoom = corridor::app::settings::MapView::default().zoom;
    let level = &tree.levels[tree.level_index_for_zoom(zoom)];
    let pairs = corridor_core::cluster::LevelPairs::build(&index, level);
    let mut summary =
        corridor_core::aggregate::aggregate_at(&out.dataset, &index, level, &pairs, filter);
    let in_filter = summary.flows.len();
    apply_density(&mut summary, &FlowDensity::default());
    let flows = format!(
        "{} of {} flows drawn",
        thousands(summary.flows.len() as u64),
        thousands(in_filter as u64)
    );
    (summary.traces, flows, out.dataset.traces.len())
}

#[test]
fn demo_data_loads_and_unticking_ak_changes_the_counts() {
    let mut harness = app_harness(StartOptions::default());
    let all = TraceFilter::default();
    let (traces, flows, total) = demo_expectations(&all);
    assert!(traces > 0);
    harness.get_by_label(&format!(
        "{} of {} traces",
        thousands(traces),
        thousands(total as u64)
    ));
    harness.get_by_label(&flows);
    assert!(harness.state().session().data.dataset().is_synthetic());
    harness.get_by_label_contains("synthetic");

    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::AkPattern.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();

    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    let (traces_no_ak, flows_no_ak, _) = demo_expectations(&no_ak);
    assert!(traces_no_ak < traces, "the demo has AK-pattern traces");
    harness.get_by_label(&format!(
        "{} of {} traces",
        thousands(traces_no_ak),
        thousands(total as u64)
    ));
    harness.get_by_label(&flows_no_ak);
    assert_ne!(flows, flows_no_ak);
    assert_eq!(
        harness.state().session().view.summary().traces,
        traces_no_ak
    );
    assert!(
        !harness
            .state()
            .settings()
            .filter
            .class_enabled(WeaponClass::AkPattern)
    );
    let legend_has_ak = harness
        .state()
        .session()
        .view
        .scene()
        .legend
        .colors
        .iter()
        .any(|c| c.class == Some(WeaponClass::AkPattern));
    assert!(!legend_has_ak, "the legend follows the filter");

    harness.get_by_label("All").click();
    harness.run();
    harness.get_by_label(&format!(
        "{} of {} traces",
        thousands(traces),
        thousands(total as u64)
    ));
}

#[test]
fn make_model_search_filters_the_map() {
    let mut harness = app_harness(StartOptions::default());
    harness
        .get_by_role_and_label(Role::TextInput, "Make or model")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Make or model")
        .type_text("barrett");
    harness.run();
    assert_eq!(harness.state().settings().filter.make_model, "barrett");
    let filter = TraceFilter {
        make_model: "barrett".to_owned(),
        ..TraceFilter::default()
    };
    let (traces, _, total) = demo_expectations(&filter);
    harness.get_by_label(&format!(
        "{} of {} traces",
        thousands(traces),
        thousands(total as u64)
    ));
    assert!(traces > 0, "the demo has Barrett rifles");
    assert_eq!(
        harness.state().session().view.summary().class_counts[WeaponClass::FiftyCal.index()],
        traces,
        "every Barrett in the demo is a .50"
    );
}

#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_bad_file_shows_the_import_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partner-export.csv");
    let text = format!(
        "{}\n{}\n{}\n",
        common::HEADER,
        common::row("OK1", "S1", "R1"),
        common::row("BAD1", "S2", "R2")
            .replace("24.8091", "245")
            .replace(",Culiacán,", ",,")
    );
    std::fs::write(&path, text).unwrap();
    let mut harness = app_harness(StartOptions::default());
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path)));
    wait_for_load(&mut harness);

    harness.get_by_label("Import report");
    harness.get_by_label_contains("recovery site latitude 245 is out of range");
    assert_eq!(harness.state().session().data.dataset().traces.len(), 1);
    assert_eq!(harness.state().session().data.report.rejected, 1);
    harness.get_by_label("1 of 1 traces");
}

#[test]
fn a_file_with_nothing_usable_keeps_the_current_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.csv");
    std::fs::write(&path, "alpha,beta\n1,2\n").unwrap();
    let mut harness = app_harness(StartOptions::default());
    let before = harness.state().session().data.dataset().traces.len();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path)));
    wait_for_load(&mut harness);
    assert_eq!(
        harness.state().session().data.dataset().traces.len(),
        before,
        "the demo data stays"
    );
    harness.get_by_label_contains("Nothing could be loaded from garbage.csv");
    harness.get_by_label_contains("could not tell what this file holds");
    harness.get_by_label_contains("The last import loaded nothing");
    assert!(
        harness.state().session().data.report.is_clean(),
        "the shown data keeps its own report"
    );
}

#[test]
fn theme_switches_from_the_view_menu() {
    let mut harness = app_harness(StartOptions::default());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Dark theme").click();
    harness.run();
    assert_eq!(
        harness.state().settings().theme,
        corridor_core::scene::Theme::Dark
    );
    assert!(harness.ctx.global_style().visuals.dark_mode);
}

/// How often the map, the histograms and the corridors were counted, and
/// the map restyled.
fn work_done(harness: &Harness<'static, CorridorApp>) -> [u64; 4] {
    let session = harness.state().session();
    [
        session.view.counts,
        session.time_view.rebuilds,
        session.corridors.rebuilds,
        session.view.scenes,
    ]
}

#[test]
fn a_theme_or_colouring_change_restyles_without_counting_the_traces() {
    let mut harness = app_harness(StartOptions::default());
    harness.state_mut().push(Command::ToggleCorridors);
    harness.run();
    let [counts, histograms, corridors, scenes] = work_done(&harness);
    assert!(corridors > 0, "the corridors table was counted");
    let light_scene = harness.state().session().view.scene().clone();

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Dark theme").click();
    harness.run();
    assert_eq!(
        work_done(&harness),
        [counts, histograms, corridors, scenes + 1],
        "a new scene from the same counts"
    );
    assert_ne!(harness.state().session().view.scene(), &light_scene);

    // The menu may still be open after the radio button.
    if harness.query_by_label("One colour for all flows").is_none() {
        harness.get_by_label("View").click();
        harness.run();
    }
    harness.get_by_label("One colour for all flows").click();
    harness.run();
    assert_eq!(
        work_done(&harness),
        [counts, histograms, corridors, scenes + 2]
    );
    // A filter does count again.
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::Pistol.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    let [counts_after, histograms_after, corridors_after, _] = work_done(&harness);
    assert_eq!(
        [counts_after, histograms_after, corridors_after],
        [counts + 1, histograms + 1, corridors + 1]
    );
}

/// The map's counts and the project's unsaved-changes checks so far.
fn counts_and_checks(harness: &Harness<'static, CorridorApp>) -> (u64, u64) {
    let session = harness.state().session();
    (session.view.counts, session.project.checks)
}

#[test]
fn idle_frames_neither_count_the_view_nor_check_for_unsaved_changes() {
    let mut harness = app_harness(StartOptions::default());
    let (counts, checks) = counts_and_checks(&harness);
    for i in 0..10 {
        harness.hover_at(egui::pos2(600.0 + i as f32 * 7.0, 400.0));
        harness.step();
    }
    assert_eq!(
        counts_and_checks(&harness),
        (counts, checks),
        "pointer moves and idle frames reuse the cached view and build no project snapshot"
    );
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::Pistol.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    assert_eq!(counts_and_checks(&harness), (counts + 1, checks + 1));
    assert_eq!(harness.state().window_title(), "Corridor — Untitled*");
}

/// Screen positions of store nodes in the middle of the map that nothing covers.
fn clear_store_nodes(harness: &Harness<'static, CorridorApp>) -> Vec<(u32, egui::Pos2)> {
    use corridor_core::scene::hit::{Hit, NoneRaised, hit_test};
    let transform = harness
        .state()
        .window()
        .map
        .last_transform
        .expect("map drawn");
    let scene = &harness.state().session().view.scene();
    scene
        .symbols
        .iter()
        .filter(|s| s.kind == corridor_core::scene::SymbolKind::Store)
        .map(|s| (s.id, transform.to_screen(s.at)))
        .filter(|(id, p)| {
            (350.0..900.0).contains(&p[0])
                && (150.0..650.0).contains(&p[1])
                && hit_test(scene, &transform, *p, &NoneRaised) == Some(Hit::Node(*id))
        })
        .map(|(id, p)| (id, egui::pos2(p[0], p[1])))
        .collect()
}

use crate::harness::click_map as click;

#[test]
fn clicking_a_store_cluster_lists_its_traces_shift_adds_and_escape_clears() {
    use corridor_core::scene::hit::Hit;
    let mut harness = app_harness(StartOptions::default());
    let nodes = clear_store_nodes(&harness);
    assert!(nodes.len() >= 2, "two store clusters in view");
    let (first, pos) = nodes[0];
    harness.hover_at(pos);
    harness.run();
    assert_eq!(harness.state().window().map.hover, Some(Hit::Node(first)));
    click(&mut harness, pos, egui::Modifiers::NONE);
    let selected = harness.state().session().selection.clone();
    assert!(!selected.stores.is_empty() && selected.sites.is_empty());
    let in_first = harness.state().session().view.summary().node_totals[first as usize];
    assert_eq!(
        harness.state().session().details.rows.len() as u32,
        in_first,
        "the details list every trace bought in the cluster"
    );
    harness.get_by_label_contains("in the current filter");
    harness.get_by_label_contains("From: ");

    // The details panel took room: find the nodes again.
    let (second, pos2) = clear_store_nodes(&harness)
        .into_iter()
        .find(|(node, _)| *node != first)
        .expect("another store cluster in view");
    click(&mut harness, pos2, egui::Modifiers::SHIFT);
    let in_second = harness.state().session().view.summary().node_totals[second as usize];
    assert_eq!(
        harness.state().session().details.rows.len() as u32,
        in_first + in_second,
        "Shift+click adds"
    );
    assert!(harness.state().session().selection_mask.selected[first as usize]);
    assert!(harness.state().session().selection_mask.selected[second as usize]);

    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().session().selection.is_empty());
}

#[test]
fn offline_by_default_no_tile_source_exists() {
    let harness = app_harness(StartOptions::default());
    assert!(!harness.state().settings().online_tiles);
    assert!(
        !harness.state().window().map.has_tiles(),
        "no tile client unless the user turns tiles on"
    );
}

#[test]
fn view_menu_groups_by_state_and_locks_scales() {
    use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
    let mut harness = app_harness(StartOptions::default());
    harness.get_by_label_contains("Scale fitted to this filter");
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("US states to Mexican states").click();
    harness.run();
    // The map's nodes are now the states of the demo data.
    let out = common::load(&common::demo_files());
    let states = AreaIndex::build(
        &out.dataset,
        corridor_core::basemap::shared(),
        AreaLevel::State,
    )
    .to_level(&out.dataset);
    let level = harness
        .state()
        .session()
        .view
        .level()
        .expect("a level is shown");
    assert_eq!(level.clusters.len(), states.clusters.len());
    assert!(
        level
            .names
            .as_ref()
            .is_some_and(|n| n.iter().any(|n| n == "US-TX"))
    );
    harness.get_by_label_contains("Grouped: US states to Mexican states");
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Lock scales").click();
    harness.run();
    assert!(harness.state().settings().lock_scales);
    harness.get_by_label_contains("Scale locked to all loaded data");
    // Locked: hiding a class keeps the widths on the all-data scale, so the
    // legend's largest sample stays put.
    let widest = |h: &Harness<'static, CorridorApp>| {
        h.state()
            .session()
            .view
            .scene()
            .legend
            .flow_widths
            .first()
            .copied()
    };
    let before = widest(&harness);
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::AkPattern.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    assert_eq!(widest(&harness), before);
}

#[test]
fn overlapping_flows_are_listed_and_a_click_takes_the_one_on_top() {
    use corridor_core::aggregate::Selection;
    use corridor_core::scene::hit::{NoneRaised, flows_under, hit_test};
    let mut harness = app_harness(StartOptions::default());
    // A point on the map where two or more flows are drawn, away from symbols.
    let (at, under) = {
        let state = harness.state();
        let transform = state.window().map.last_transform.expect("drawn");
        let scene = state.session().view.scene();
        let [width, height] = state.window().map.last_size_px.expect("drawn");
        let on_map = |[x, y]: [f32; 2]| {
            x > 300.0 && x < 250.0 + width - 80.0 && y > 60.0 && y < height - 60.0
        };
        scene
            .flows
            .iter()
            .flat_map(|g| g.path.iter().map(|p| transform.to_screen(*p)))
            .filter(|p| on_map(*p))
            .find_map(|p| {
                let under = flows_under(scene, &transform, p, &NoneRaised);
                let clear = scene.symbols.iter().all(|s| {
                    let c = transform.to_screen(s.at);
                    (c[0] - p[0]).hypot(c[1] - p[1]) > s.radius_px + 8.0
                });
                (under.len() >= 2
                    && clear
                    && hit_test(scene, &transform, p, &NoneRaised)
                        == Some(corridor_core::scene::hit::Hit::Flow(under[0])))
                .then_some((egui::Pos2::new(p[0], p[1]), under))
            })
            .expect("two flows cross somewhere on the demo map")
    };
    harness.hover_at(at);
    harness.run();
    harness.get_by_label_contains(&format!("Also under the pointer: {} flow", under.len() - 1));
    crate::harness::click_map(&mut harness, at, egui::Modifiers::NONE);
    let state = harness.state();
    let level = state.session().view.level().expect("a level");
    let flow = &state.session().view.summary().flows[under[0]];
    assert_eq!(
        state.session().selection,
        Selection::of_flow(level, flow),
        "the click took the topmost flow under the pointer"
    );
}

#[test]
fn the_error_banner_goes_once_the_user_is_back_on_the_map() {
    use corridor::app::commands::{Command, LoadMode};
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("notes.csv");
    std::fs::write(&bad, "nothing,useful\n1,2\n").unwrap();
    let mut harness = app_harness(StartOptions::default());
    harness.state_mut().push(Command::LoadPaths {
        paths: vec![bad],
        mode: LoadMode::Replace,
    });
    crate::harness::wait_for_load(&mut harness);
    let notice = harness.state().window().notice.clone().expect("a notice");
    assert!(notice.is_error(), "{notice:?}");
    // A click on open water, away from flows and symbols.
    crate::harness::click_map(
        &mut harness,
        egui::Pos2::new(1150.0, 640.0),
        egui::Modifiers::NONE,
    );
    assert!(harness.state().window().notice.is_none());
}
