//! Issue 15, part 6 in the app: File › Hand over… writes one zip with the
//! project and its data inside; opening it checks it against its manifest
//! and says "Received from …, verified" in the status bar, or that it was
//! changed. A redacted package shows aliases, never the names.

use crate::harness::{app_harness, wait_for_load};

use corridor::app::StartOptions;
use corridor::app::commands::Command;
use corridor::app::handover::{HandoverForm, HandoverRedaction};
use corridor::app::project_session::ProjectCommand;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

#[test]
fn a_redacted_handover_opens_verified_and_without_names() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("handover.zip");
    let mut harness = app_harness(StartOptions::default());
    wait_for_load(&mut harness);
    let name = {
        let dataset = harness.state().session().data.dataset();
        let case = &dataset.traces.case;
        let row = (0..dataset.traces.len())
            .find(|&r| !dataset.str(case.purchaser_name.get(r)).is_empty())
            .expect("the demo names purchasers");
        dataset.str(case.purchaser_name.get(row)).to_owned()
    };

    // The window, from the File menu.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Hand over…").click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "From (agency)");
    harness.get_by_label("Redact people and dealers (stores as aliases, no licence numbers)");
    // Where to write it is asked by the system's dialog; the command it
    // gives back is this.
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::HandoverTo {
            path: zip.clone(),
            form: HandoverForm {
                agency: "ATF Phoenix".into(),
                redaction: HandoverRedaction::Identifiers,
            },
        }));
    harness.run();
    let notice = harness.state().window().notice.clone().expect("a notice");
    assert!(!notice.is_error(), "{}", notice.text());
    assert!(
        notice.text().starts_with("Handed over to"),
        "{}",
        notice.text()
    );
    assert!(zip.is_file());

    // The receiver opens it.
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::Open(zip.clone())));
    harness.run();
    wait_for_load(&mut harness);
    harness.get_by_label("Received from ATF Phoenix, verified");
    assert!(harness.state().session().briefing.redaction.identifiers);
    // The Networks table lists aliases; no panel shows a name.
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Networks table")
        .click();
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("Purchaser ");
    assert!(
        harness.query_by_label_contains(&name).is_none(),
        "{name} is shown"
    );
    let dataset = harness.state().session().data.dataset();
    let case = &dataset.traces.case;
    assert!((0..dataset.traces.len()).all(|r| case.purchaser_name.get(r).is_empty()));

    // One byte changed in transit inside the zip: nothing is opened, and
    // the notice says the package differs from its manifest.
    let mut bytes = std::fs::read(&zip).unwrap();
    let at = bytes.len() / 3;
    bytes[at] ^= 0x55;
    let tampered = dir.path().join("tampered.zip");
    std::fs::write(&tampered, &bytes).unwrap();
    let version = harness.state().session().data.version;
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::Open(tampered)));
    harness.run();
    let notice = harness.state().window().notice.clone().expect("a notice");
    assert!(notice.is_error());
    assert!(notice.text().contains("NOT verified"), "{}", notice.text());
    assert_eq!(harness.state().session().data.version, version);

    // The same package unpacked into a folder, its README edited: the
    // project opens (its data is intact) and the status bar says the
    // package is not as handed over.
    let folder = dir.path().join("unpacked");
    std::fs::create_dir(&folder).unwrap();
    let mut package = corridor_core::project::handover::PackageReader::open(&zip).unwrap();
    for name in ["case.corridor", "README.txt", "manifest.json"] {
        std::fs::write(folder.join(name), package.read(name).unwrap()).unwrap();
    }
    let readme = folder.join("README.txt");
    let mut text = std::fs::read_to_string(&readme).unwrap();
    text.push_str("Edited on the way.\n");
    std::fs::write(&readme, text).unwrap();
    harness
        .state_mut()
        .push(Command::Project(ProjectCommand::Open(
            folder.join("case.corridor"),
        )));
    harness.run();
    wait_for_load(&mut harness);
    harness.get_by_label("Received from ATF Phoenix: NOT verified, files differ from the manifest");
}
