//! The built-in file chooser, used when the desktop has no file dialog
//! (no XDG portal): a folder's listing, filters, a name when saving, and
//! the command that follows the choice.

use crate::harness::{app_harness, wait_for_load};

use corridor::app::commands::Command;
use corridor::app::file_chooser::{BuiltInChooser, ChooseKind, FileRequest};
use corridor::app::{CorridorApp, StartOptions};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn go_to_folder(harness: &mut Harness<'static, CorridorApp>, folder: &std::path::Path) {
    let field = harness.get_by_role_and_label(Role::TextInput, "Folder");
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Folder")
        .type_text(&folder.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
}

#[test]
fn the_listing_shows_folders_then_the_files_the_filter_shows() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["b.csv", "A.csv", "notes.txt", ".hidden.csv"] {
        std::fs::write(dir.path().join(name), "x").unwrap();
    }
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let request = FileRequest::new(ChooseKind::OpenFiles, "Open")
        .filter("CSV", &["csv"])
        .filter("All files", &["*"])
        .directory(Some(&dir.path().to_path_buf()));
    let mut chooser = BuiltInChooser::new(request, Box::new(Command::OpenPaths));
    let names = |c: &BuiltInChooser| c.entries.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&chooser), ["sub", "A.csv", "b.csv"]);
    chooser.filter = 1;
    chooser.list();
    assert_eq!(names(&chooser), ["sub", "A.csv", "b.csv", "notes.txt"]);
    assert_eq!(chooser.result(), None, "nothing chosen yet");
    chooser.chosen = vec!["b.csv".into()];
    let paths = chooser.result().expect("complete");
    assert_eq!(paths, [dir.path().join("b.csv")]);
    match chooser.finish(paths) {
        Some(Command::OpenPaths(p)) => assert_eq!(p, [dir.path().join("b.csv")]),
        other => panic!("the continuation runs: {other:?}"),
    }
    chooser.enter(dir.path().join("sub"));
    assert!(chooser.entries.is_empty());
    chooser.up();
    assert_eq!(chooser.folder, dir.path());
    chooser.enter(dir.path().join("missing"));
    assert!(
        chooser
            .problem
            .as_deref()
            .unwrap()
            .contains("is not a folder")
    );
}

#[test]
fn without_a_desktop_dialog_a_file_is_opened_through_the_built_in_chooser() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("two.csv");
    std::fs::write(
        &file,
        "trace_id,weapon_type,purchase_date,recovery_date,store_name,store_city,store_state,recovery_city,recovery_state\n\
         T1,pistol,2015-01-02,2019-06-01,Store A,Laredo,TX,Monterrey,Nuevo León\n\
         T2,AK-47,2015-01-03,2019-06-02,Store B,Laredo,TX,Monterrey,Nuevo León\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("ignored.pdf"), "x").unwrap();
    let mut harness = app_harness(StartOptions::default());
    harness.state_mut().push(Command::OpenDialog);
    harness.run();
    harness.get_by_label("Open trace data");
    go_to_folder(&mut harness, dir.path());
    assert!(
        harness.query_by_label("ignored.pdf").is_none(),
        "the filter hides other files"
    );
    harness.get_by_label("two.csv").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Open").click();
    harness.run();
    assert!(
        harness.state().dialogs().chooser.is_none(),
        "the chooser closed"
    );
    // Demo data is shown, so the file replaces it (or the app asks).
    if harness.query_by_label("Replace").is_some() {
        harness.get_by_label("Replace").click();
        harness.run();
    }
    wait_for_load(&mut harness);
    assert_eq!(harness.state().session().data.dataset().traces.len(), 2);
}

#[test]
fn the_import_report_is_saved_through_the_built_in_chooser_and_cancel_does_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_harness(StartOptions::default());
    harness.state_mut().push(Command::SaveReport);
    harness.run();
    harness.get_by_label("Save import report");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().dialogs().chooser.is_none());
    assert!(
        harness.state().window().notice.is_none(),
        "a cancel needs no message"
    );

    harness.state_mut().push(Command::SaveReport);
    harness.run();
    go_to_folder(&mut harness, dir.path());
    let name = harness.get_by_role_and_label(Role::TextInput, "File name");
    name.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "File name")
        .type_text("report.csv");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    let written = std::fs::read_to_string(dir.path().join("report.csv")).unwrap();
    assert!(written.lines().count() >= 1);
    let notice = harness.state().window().notice.clone().expect("a notice");
    assert!(
        notice.text().contains("report.csv") && !notice.text().contains('`'),
        "{}",
        notice.text()
    );
}
