//! Help › Quick start and Help › Data formats, offline: they open from the
//! menu, name the steps and shortcuts, and the sample file they show loads.

use crate::common;
use crate::harness::app_harness;

use corridor::app::StartOptions;
use corridor::app::panels::help_windows::{QUICK_START, SAMPLE_CSV};
use corridor_core::model::WeaponClass;
use egui_kittest::kittest::Queryable;

#[test]
fn quick_start_and_data_formats_open_from_the_help_menu() {
    let mut harness = app_harness(StartOptions::default());
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Quick start").click();
    harness.run();
    let english = |id| corridor_core::i18n::text(corridor_core::i18n::Lang::En, id, &[]);
    for (title, _, keys) in QUICK_START {
        harness.get_by_label(&english(title));
        harness.get_by_label(&english(keys));
    }
    harness.get_by_label_contains("F5 present");

    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Data formats").click();
    harness.run();
    harness.get_by_label("A sample flat traces file");
    harness.get_by_label_contains("EX-1,RIFLE");
}

#[test]
fn the_sample_shown_in_help_loads_without_a_problem() {
    let outcome = common::load(&[("sample.csv", SAMPLE_CSV.as_bytes())]);
    assert_eq!(outcome.dataset.traces.len(), 3);
    assert_eq!(outcome.report.rejected, 0);
    assert_eq!(outcome.report.warnings, 0, "{:?}", outcome.report);
    let classes: Vec<WeaponClass> = outcome.dataset.traces.class.clone();
    assert_eq!(classes[2], WeaponClass::FiftyCal, "a Barrett M82A1 is .50");
    assert_eq!(outcome.dataset.stores.len(), 2);
}
