//! The walkthrough of docs/walkthrough.md, step by step on a 1280×800
//! laptop screen: the analyst's Texas → Tamaulipas briefing and the
//! investigator's "which dealers feed Tamaulipas?". Each step checks what
//! the user must see, and its screenshot is a snapshot (tests/snapshots/
//! walkthrough_*.png, rewritten with UPDATE_SNAPSHOTS=1), so the document's
//! pictures stay those of the program as built.

use corridor::app::briefing_ui::BriefingCommand;
use corridor::app::commands::Command;
use corridor::app::settings::{Settings, TableTab};
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::model::WeaponClass;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app at 1280×800, rendered when a renderer is available (the
/// snapshots are then taken), otherwise driven without pictures.
fn laptop() -> (Harness<'static, CorridorApp>, bool) {
    let rendered = crate::snapshots::renderer_available();
    let mut builder = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(40);
    if rendered {
        builder = builder.wgpu();
    }
    let mut harness = builder.build_eframe(|cc| {
        CorridorApp::with_settings(
            cc.egui_ctx.clone(),
            Settings::default(),
            StartOptions {
                file_chooser: corridor::app::file_chooser::ChooserMode::BuiltIn,
                ..StartOptions::default()
            },
        )
    });
    crate::harness::wait_for_load(&mut harness);
    harness.remove_cursor();
    harness.run();
    (harness, rendered)
}

fn shot(harness: &mut Harness<'static, CorridorApp>, rendered: bool, name: &str) {
    if rendered {
        harness.remove_cursor();
        harness.run();
        crate::snapshots::snapshot(harness, name);
    }
}

#[test]
fn the_briefing_texas_to_tamaulipas() {
    let (mut harness, rendered) = laptop();
    shot(&mut harness, rendered, "walkthrough_1_start");

    // Only AK-pattern rifles, 2010–2012.
    harness.get_by_label("None").click();
    harness.run();
    harness
        .get_by_role_and_label(
            egui::accesskit::Role::CheckBox,
            &WeaponClass::AkPattern.label(corridor_core::i18n::Lang::En),
        )
        .click();
    harness.run();
    harness
        .state_mut()
        .push(Command::SetDates(corridor_core::aggregate::Range {
            from: corridor_core::model::Day::from_ymd(2010, 1, 1),
            to: corridor_core::model::Day::from_ymd(2012, 12, 31),
        }));
    // The corridors table: Texas → Tamaulipas, selected and framed.
    harness
        .state_mut()
        .push(Command::ShowTable(TableTab::Corridors));
    harness.run();
    harness
        .get_by_label("US-TX Texas → MX-TAM Tamaulipas")
        .click();
    harness.run();
    assert!(harness.state().session().selection.between);
    shot(&mut harness, rendered, "walkthrough_2_corridor");

    // Saved as a view named by what it shows, then presented.
    harness
        .state_mut()
        .push(Command::Briefing(BriefingCommand::AddView));
    harness.run();
    let view = &harness.state().session().briefing.views[0];
    assert_eq!(
        view.name, "Texas → Tamaulipas, AK-pattern rifles, 2010–2012",
        "the view is named by its title"
    );
    harness.key_press(egui::Key::F5);
    harness.run();
    harness.get_by_label("Texas → Tamaulipas, AK-pattern rifles, 2010–2012");
    harness.get_by_label_contains("AK-pattern rifles · Recovered 2010–2012");
    harness.get_by_label_contains("Source: ");
    shot(&mut harness, rendered, "walkthrough_3_slide");
    harness.key_press(egui::Key::Escape);
    harness.run();
}

#[test]
fn which_dealers_feed_tamaulipas() {
    let (mut harness, rendered) = laptop();
    let (dataset, _, tamaulipas) = crate::dealers::demo_tamaulipas();
    // The dealers table first, so the map's frame is set for the search.
    harness
        .state_mut()
        .push(Command::ShowTable(TableTab::Dealers));
    harness.run();
    // The search finds the state; picking it selects its recovery sites
    // (a box or lasso on the map does the same) and frames them.
    let search = corridor::app::panels::search_box::SEARCH_LABEL;
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, search)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, search)
        .type_text("Tamaulipas");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().session().selection, tamaulipas);
    harness.get_by_label_contains(&format!(
        "traces of {} selected recovery sites",
        tamaulipas.sites.len()
    ));
    shot(&mut harness, rendered, "walkthrough_4_dealers");

    // The largest dealer: its traces into Tamaulipas, framed.
    let first = harness.state().session().dealers.rows()[0].clone();
    let name = corridor_core::briefing::labels::store_name(
        &dataset,
        first.store,
        corridor_core::briefing::Redaction::NONE,
    );
    harness
        .query_all_by_label(&name)
        .next()
        .expect("listed")
        .click();
    harness.run();
    assert_eq!(
        harness.state().session().details.rows.len() as u32,
        first.traces
    );
    shot(&mut harness, rendered, "walkthrough_5_dealer");
}
