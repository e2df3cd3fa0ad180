//! A worker that panics is reported, not lost: for each kind of background
//! task a panic is injected through the app's spawner, a notice says what
//! was being done, what is shown stays as it was, and the same work
//! succeeds when asked again.

use std::path::Path;
use std::time::{Duration, Instant};

use corridor::app::commands::Command;
use corridor::app::image_export::{IMAGE_TASK, ImageCommand, ImageScope};
use corridor::app::loader::LOAD_TASK;
use corridor::app::panels::corridors_panel::CORRIDORS_TASK;
use corridor::app::project_session::{ProjectCommand, SOURCE_CHECK_TASK};
use corridor::app::time_view::HISTOGRAM_TASK;
use corridor::app::view_model::COUNT_TASK;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::model::WeaponClass;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::harness::app_harness;

type App = Harness<'static, CorridorApp>;

/// The app with every count on a worker, as with big data.
fn big_data_app() -> App {
    let mut harness = app_harness(StartOptions {
        worker_min_traces: 0,
        ..Default::default()
    });
    settle(&mut harness);
    harness
}

/// Steps until no background work is left (or a minute passes).
fn settle(harness: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        harness.step();
        let app = harness.state();
        let session = app.session();
        let jobs = app.jobs();
        let busy = app.is_loading()
            || jobs.image.is_some()
            || session.view.is_updating()
            || session.corridors.is_updating();
        if !busy {
            break;
        }
        assert!(Instant::now() < deadline, "background work did not finish");
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.run();
}

/// The notice on screen, which must report `what` failing.
fn failure_notice(harness: &App, what: &str, task: &str) -> String {
    let notice = harness
        .state()
        .window()
        .notice
        .as_ref()
        .expect("a notice says what failed");
    assert!(notice.is_error(), "{}", notice.text());
    assert!(
        notice
            .text()
            .starts_with(&format!("{what} stopped with an internal error")),
        "{}",
        notice.text()
    );
    assert!(
        notice.text().contains(&format!("task {task}")),
        "{}",
        notice.text()
    );
    assert!(
        notice.text().contains("fault injected"),
        "{}",
        notice.text()
    );
    // It is on screen, where the user reads it.
    harness.get_by_label_contains(&format!("{what} stopped with an internal error"));
    notice.text()
}

fn dismiss(harness: &mut App) {
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.state().window().notice.is_none());
}

fn toggle_class(harness: &mut App, class: WeaponClass) {
    harness
        .get_by_role_and_label(Role::CheckBox, &class.label(corridor_core::i18n::Lang::En))
        .click();
    settle(harness);
}

#[test]
fn a_panicking_map_count_or_histogram_keeps_the_last_result() {
    let mut harness = big_data_app();
    let shown = harness.state().session().view.summary().clone();
    let histograms = harness.state().session().time_view.all.clone();

    harness.state().spawner().panic_next(COUNT_TASK);
    toggle_class(&mut harness, WeaponClass::AkPattern);
    failure_notice(&harness, "Counting the map", COUNT_TASK);
    assert_eq!(
        harness.state().session().view.summary(),
        &shown,
        "the map shows the last count"
    );
    assert!(
        harness.state().session().time_view.all.traces < histograms.traces,
        "the histograms, on their own task, still counted"
    );
    dismiss(&mut harness);
    // Another filter counts; the map goes on working.
    toggle_class(&mut harness, WeaponClass::Pistol);
    assert!(harness.state().window().notice.is_none());
    assert!(harness.state().session().view.summary().traces < shown.traces);

    harness.state().spawner().panic_next(HISTOGRAM_TASK);
    let before = harness.state().session().time_view.all.clone();
    toggle_class(&mut harness, WeaponClass::Revolver);
    failure_notice(&harness, "Counting the time histograms", HISTOGRAM_TASK);
    assert_eq!(harness.state().session().time_view.all, before);
    dismiss(&mut harness);
    toggle_class(&mut harness, WeaponClass::Shotgun);
    assert!(harness.state().window().notice.is_none());
    assert!(harness.state().session().time_view.all.traces < before.traces);
}

#[test]
fn a_panicking_corridors_count_is_reported_and_retried_on_the_next_change() {
    let mut harness = big_data_app();
    harness.state().spawner().panic_next(CORRIDORS_TASK);
    harness.state_mut().push(Command::ToggleCorridors);
    settle(&mut harness);
    failure_notice(&harness, "Counting the corridors table", CORRIDORS_TASK);
    assert!(harness.state().session().corridors.rows.is_empty());
    dismiss(&mut harness);
    toggle_class(&mut harness, WeaponClass::Pistol);
    assert!(!harness.state().session().corridors.rows.is_empty());
}

#[test]
fn a_panicking_load_leaves_the_data_shown() {
    let mut harness = big_data_app();
    let version = harness.state().session().data.version;
    let traces = harness.state().session().data.dataset().traces.len();
    harness.state().spawner().panic_next(LOAD_TASK);
    harness.state_mut().push(Command::OpenDemo);
    settle(&mut harness);
    let text = failure_notice(&harness, "Loading 2 files", LOAD_TASK);
    assert!(
        text.contains("The data already shown is unchanged"),
        "{text}"
    );
    assert_eq!(harness.state().session().data.version, version);
    assert_eq!(
        harness.state().session().data.dataset().traces.len(),
        traces
    );
    dismiss(&mut harness);
    harness.state_mut().push(Command::OpenDemo);
    settle(&mut harness);
    assert!(
        harness.state().session().data.version > version,
        "loaded again"
    );
}

#[test]
fn a_panicking_export_or_source_check_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = big_data_app();
    let svg = dir.path().join("map.svg");
    let export = Command::Image(ImageCommand::ExportTo(svg.clone(), ImageScope::CurrentView));
    harness.state().spawner().panic_next(IMAGE_TASK);
    harness.state_mut().push(export.clone());
    settle(&mut harness);
    failure_notice(
        &harness,
        &format!("Exporting {}", svg.display()),
        IMAGE_TASK,
    );
    assert!(!svg.exists());
    dismiss(&mut harness);
    harness.state_mut().push(export);
    settle(&mut harness);
    assert!(svg.is_file(), "the same export works when asked again");

    let project = dir.path().join("case.corridor");
    let data = dir.path().join("traces.csv");
    std::fs::write(&data, corridor_core::demo::DEMO_TRACES_CSV).unwrap();
    harness.state_mut().push(Command::LoadPaths {
        paths: vec![data],
        mode: corridor::app::commands::LoadMode::Replace,
    });
    settle(&mut harness);
    save_and_reopen_with_a_fault(&mut harness, &project);
}

fn save_and_reopen_with_a_fault(harness: &mut App, project: &Path) {
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::SaveTo(
            project.to_path_buf(),
        )));
    settle(harness);
    assert!(project.is_file());
    let version = harness.state().session().data.version;
    harness.state().spawner().panic_next(SOURCE_CHECK_TASK);
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::Open(
            project.to_path_buf(),
        )));
    settle(harness);
    failure_notice(
        harness,
        "Checking the project's data files",
        SOURCE_CHECK_TASK,
    );
    assert_eq!(harness.state().session().data.version, version);
    dismiss(harness);
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::Open(
            project.to_path_buf(),
        )));
    settle(harness);
    assert!(harness.state().window().notice.is_none());
    assert!(harness.state().session().data.version > version, "opened");
}
