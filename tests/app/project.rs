//! Project files through the app (egui_kittest; commands stand in for the
//! native file dialogs): save then open restores the state, the title
//! shows unsaved changes, a missing source brings up a dialog that can
//! locate it, unsaved work is offered back, a dropped project opens, and
//! File › Export data writes the filter.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::harness::{app_harness, wait_for_load};
use corridor::app::StartOptions;
use corridor::app::briefing_ui::BriefingCommand;
use corridor::app::commands::Command;
use corridor::app::project_session::ProjectCommand;
use corridor_core::aggregate::Selection;
use corridor_core::briefing::{Annotation, Redaction, SavedView};
use corridor_core::model::WeaponClass;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

fn push(
    harness: &mut egui_kittest::Harness<'static, corridor::app::CorridorApp>,
    c: ProjectCommand,
) {
    harness.state_mut().push(Command::Project(c));
    wait_for_load(harness);
}

#[test]
fn save_then_open_restores_the_state_and_the_title_tracks_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Sonora brief.corridor");
    let mut harness = app_harness(StartOptions::default());
    assert_eq!(harness.state().window_title(), "Corridor — Untitled");

    // A change through the UI marks the title.
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::AkPattern.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    assert_eq!(harness.state().window_title(), "Corridor — Untitled*");

    // Views, annotations, a selection and redaction, then save.
    for command in [
        Command::Briefing(BriefingCommand::AddView),
        Command::Briefing(BriefingCommand::RenameView(0, "Núcleo Sinaloa".into())),
        Command::Briefing(BriefingCommand::SetViewTitle(0, "Phoenix–Sinaloa".into())),
        Command::Briefing(BriefingCommand::AddAnnotation(Annotation::note(
            1,
            31.33,
            -110.94,
            "Nogales — cruce",
        ))),
        Command::Briefing(BriefingCommand::SetRedaction(Redaction {
            identifiers: true,
            dealer_names: false,
        })),
        Command::SetSelection(Selection {
            stores: [2].into(),
            sites: [5].into(),
            between: false,
        }),
    ] {
        harness.state_mut().push(command);
    }
    harness.run();
    push(&mut harness, ProjectCommand::SaveTo(path.clone()));
    assert!(path.is_file());
    assert_eq!(harness.state().window_title(), "Corridor — Sonora brief");
    let saved_filter = harness.state().settings().filter.clone();
    let saved_briefing = harness.state().session().briefing.clone();
    let saved_selection = harness.state().session().selection.clone();
    assert!(!saved_filter.class_enabled(WeaponClass::AkPattern));
    assert_eq!(
        harness.state().settings().recent_projects.first(),
        Some(&path)
    );

    // Change everything, then open the project again.
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::Pistol.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    assert_eq!(harness.state().window_title(), "Corridor — Sonora brief*");
    for command in [
        Command::Briefing(BriefingCommand::DeleteView(0)),
        Command::Briefing(BriefingCommand::SetTool(None)),
        Command::Briefing(BriefingCommand::SetRedaction(Redaction::NONE)),
        Command::SetSelection(Selection::default()),
    ] {
        harness.state_mut().push(command);
    }
    let annotations: Vec<u64> = harness
        .state()
        .session()
        .briefing
        .annotations
        .iter()
        .map(|a| a.id)
        .collect();
    for id in annotations {
        harness
            .state_mut()
            .push(Command::Briefing(BriefingCommand::DeleteAnnotation(id)));
    }
    harness.run();
    // Opening over unsaved changes asks first; Cancel keeps them.
    push(&mut harness, ProjectCommand::Open(path.clone()));
    harness.get_by_label("Save the changes to \"Sonora brief\"?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Don't save").is_none());
    assert!(
        harness.state().session().briefing.views.is_empty(),
        "still the unsaved state"
    );
    push(&mut harness, ProjectCommand::Open(path.clone()));
    harness.get_by_label("Don't save").click();
    harness.run();
    wait_for_load(&mut harness);
    harness.run();
    let app = harness.state();
    assert_eq!(app.settings().filter, saved_filter);
    assert_eq!(app.session().briefing, saved_briefing);
    assert_eq!(app.session().selection, saved_selection);
    assert!(
        app.session().data.dataset().is_synthetic(),
        "the demo source reloads"
    );
    assert_eq!(app.window_title(), "Corridor — Sonora brief");

    // Ctrl+S saves a change in place.
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::Shotgun.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    assert!(harness.state().window_title().ends_with('*'));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert_eq!(harness.state().window_title(), "Corridor — Sonora brief");
    let reread = corridor_core::project::read_project(&path).unwrap();
    assert!(!reread.current.filter.class_enabled(WeaponClass::Shotgun));
}

/// A data file of demo rows in `dir`.
fn data_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, &corridor_core::demo::DEMO_TRACES_CSV[..60_000]).unwrap();
    path
}

#[test]
fn a_missing_source_is_named_and_can_be_located() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_file(dir.path(), "partner traces.csv");
    let project = dir.path().join("case.corridor");
    let mut harness = app_harness(StartOptions {
        paths: vec![data.clone()],
        ..Default::default()
    });
    let traces = harness.state().session().data.dataset().traces.len();
    assert!(traces > 10);
    push(&mut harness, ProjectCommand::SaveTo(project.clone()));

    let moved = dir.path().join("moved").join("renamed.csv");
    std::fs::create_dir_all(moved.parent().unwrap()).unwrap();
    std::fs::rename(&data, &moved).unwrap();
    push(&mut harness, ProjectCommand::Open(project.clone()));
    harness.get_by_label("Some data files of the project are not as saved");
    harness.get_by_label("partner traces.csv");
    harness.get_by_label("missing (moved or deleted)");
    harness.get_by_label("Locate…");
    harness.get_by_label("Open anyway");

    // What "Locate…" does once a file is picked.
    push(
        &mut harness,
        ProjectCommand::RelocateSource {
            index: 0,
            path: moved.clone(),
        },
    );
    harness.run();
    assert!(harness.state().dialogs().sources.is_none());
    assert_eq!(
        harness.state().session().data.dataset().traces.len(),
        traces
    );
    assert_eq!(
        harness.state().session().data.dataset().sources[0].path,
        moved
    );
    // The new place is unsaved until the project is saved.
    assert!(
        harness
            .state()
            .window_title()
            .starts_with("Corridor — case")
    );

    // A changed file is reported as such and skipped unless the user
    // chooses to load it anyway.
    std::fs::write(&moved, &corridor_core::demo::DEMO_TRACES_CSV[..40_000]).unwrap();
    push(&mut harness, ProjectCommand::SaveTo(project.clone()));
    let saved_traces = harness.state().session().data.dataset().traces.len();
    std::fs::write(&moved, &corridor_core::demo::DEMO_TRACES_CSV[..30_000]).unwrap();
    push(&mut harness, ProjectCommand::Open(project.clone()));
    harness.get_by_label_contains("changed since the project was saved");
    harness.get_by_label("Skip");
    harness.get_by_label("Open anyway").click();
    harness.run();
    wait_for_load(&mut harness);
    assert!(harness.state().dialogs().sources.is_none());
    let notice = harness
        .state()
        .window()
        .notice
        .as_ref()
        .map(|n| n.text())
        .unwrap_or_default();
    assert!(
        notice.contains("Left out renamed.csv: changed since the project was saved"),
        "{notice}"
    );
    assert_eq!(
        harness.state().session().data.dataset().traces.len(),
        saved_traces,
        "nothing of the changed file was read"
    );
    push(&mut harness, ProjectCommand::Open(project));
    harness.get_by_label("Load anyway").click();
    harness.run();
    harness.get_by_label("Open anyway").click();
    harness.run();
    wait_for_load(&mut harness);
    assert!(harness.state().dialogs().sources.is_none());
    let now = harness.state().session().data.dataset().traces.len();
    assert!(now < saved_traces && now > 0, "{now} of {saved_traces}");
}

#[test]
fn unsaved_work_is_offered_back() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery.corridor");
    let mut project = app_harness(StartOptions::default())
        .state()
        .project_snapshot();
    project.views.push(SavedView {
        name: "Recovered view".into(),
        ..Default::default()
    });
    project
        .current
        .filter
        .set_class(WeaponClass::Revolver, false);
    corridor_core::project::recovery::write_recovery(&recovery, &project).unwrap();

    // The next start finds it.
    let mut harness = app_harness(StartOptions {
        recovery_file: Some(recovery.clone()),
        ..Default::default()
    });
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Restore").click();
    harness.run();
    wait_for_load(&mut harness);
    let app = harness.state();
    assert_eq!(app.session().briefing.views[0].name, "Recovered view");
    assert!(!app.settings().filter.class_enabled(WeaponClass::Revolver));
    assert_eq!(
        app.window_title(),
        "Corridor — Untitled*",
        "restored work is unsaved"
    );

    // Saving cleanly removes the recovery file.
    let path = dir.path().join("saved.corridor");
    push(&mut harness, ProjectCommand::SaveTo(path));
    assert!(!recovery.exists());
}

#[test]
fn autosave_writes_the_recovery_file_while_changes_are_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery.corridor");
    let mut harness = app_harness(StartOptions {
        recovery_file: Some(recovery.clone()),
        ..Default::default()
    });
    assert!(!recovery.exists(), "nothing unsaved yet");
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::FiftyCal.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    let saved = corridor_core::project::read_project(&recovery).unwrap();
    assert!(!saved.current.filter.class_enabled(WeaponClass::FiftyCal));
    harness.state_mut().project_on_exit();
    assert!(recovery.exists(), "an exit with unsaved work keeps it");
    push(
        &mut harness,
        ProjectCommand::SaveTo(dir.path().join("p.corridor")),
    );
    assert!(!recovery.exists());
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
fn a_dropped_project_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dropped.corridor");
    let mut harness = app_harness(StartOptions::default());
    let mut project = harness.state().project_snapshot();
    project.views.push(SavedView {
        name: "From the drop".into(),
        ..Default::default()
    });
    project.save(&path).unwrap();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path)));
    wait_for_load(&mut harness);
    harness.run();
    assert_eq!(
        harness.state().session().briefing.views[0].name,
        "From the drop"
    );
    assert_eq!(harness.state().window_title(), "Corridor — dropped");
}

#[test]
fn export_data_writes_the_filtered_traces() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_harness(StartOptions::default());
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::Pistol.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    let traces = harness.state().session().view.summary().traces;
    harness
        .state_mut()
        .push(Command::Briefing(BriefingCommand::SetRedaction(
            Redaction {
                identifiers: true,
                dealer_names: false,
            },
        )));
    harness.run();
    let path = dir.path().join("filtered.geojson");
    push(&mut harness, ProjectCommand::ExportDataTo(path.clone()));
    let text = std::fs::read_to_string(&path).unwrap();
    let total = common::geojson_flow_total(&text);
    assert_eq!(total, traces as u64);
    harness.get_by_label_contains("(redacted)");
    let csv = dir.path().join("filtered.csv");
    push(&mut harness, ProjectCommand::ExportDataTo(csv.clone()));
    let rows = std::fs::read_to_string(&csv).unwrap().lines().count();
    assert_eq!(rows as u32 - 1, traces);
}

#[test]
fn unsaved_changes_are_saved_or_kept_before_new_and_quit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Brief.corridor");
    let mut harness = app_harness(StartOptions::default());
    push(&mut harness, ProjectCommand::SaveTo(path.clone()));
    assert!(!harness.state().session().project.dirty);
    // Nothing unsaved: New goes ahead without a question.
    push(&mut harness, ProjectCommand::New);
    assert!(harness.query_by_label("Don't save").is_none());
    assert_eq!(harness.state().window_title(), "Corridor — Untitled");

    push(&mut harness, ProjectCommand::SaveTo(path.clone()));
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::Revolver.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    assert!(harness.state().session().project.dirty);

    // Quit asks and Cancel stays.
    harness.state_mut().push(Command::Quit);
    harness.run();
    harness.get_by_label("Save the changes to \"Brief\"?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Don't save").is_none());

    // New asks; Save writes the change to the project, then starts afresh.
    push(&mut harness, ProjectCommand::New);
    harness.get_by_label("Save").click();
    harness.run();
    wait_for_load(&mut harness);
    let saved = corridor_core::project::read_project(&path).unwrap();
    assert!(!saved.current.filter.class_enabled(WeaponClass::Revolver));
    assert_eq!(harness.state().window_title(), "Corridor — Untitled");
    assert!(
        harness
            .state()
            .settings()
            .filter
            .class_enabled(WeaponClass::Revolver),
        "New starts from the default filter"
    );
}

#[test]
fn dont_save_discards_the_recovery_file_too() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery.corridor");
    let mut harness = app_harness(StartOptions {
        recovery_file: Some(recovery.clone()),
        ..Default::default()
    });
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &WeaponClass::FiftyCal.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    assert!(recovery.exists(), "the change was autosaved");
    harness.state_mut().push(Command::Quit);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    harness.state_mut().project_on_exit();
    assert!(
        !recovery.exists(),
        "after Don't save nothing is offered back at the next start"
    );
}

#[test]
fn the_alias_key_is_written_apart_and_the_export_holds_only_aliases() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_harness(StartOptions::default());
    harness
        .state_mut()
        .push(Command::Briefing(BriefingCommand::SetRedaction(
            Redaction {
                identifiers: true,
                dealer_names: true,
            },
        )));
    harness.run();
    let key = dir.path().join("key.csv");
    push(&mut harness, ProjectCommand::SaveAliasKeyTo(key.clone()));
    let csv = dir.path().join("data.csv");
    push(&mut harness, ProjectCommand::ExportDataTo(csv.clone()));
    let key = std::fs::read_to_string(&key).unwrap();
    let data = std::fs::read_to_string(&csv).unwrap();
    let dataset = harness.state().session().data.dataset().clone();
    let name = dataset.str(dataset.stores[0].name).to_owned();
    assert!(
        key.contains(&format!("Dealer A,dealer,{name}")),
        "the key names Dealer A"
    );
    assert!(!data.contains(&name), "the export does not");
    assert!(data.contains("Dealer A") || data.contains("Dealer "));
}
