//! The desk on a 1280×800 laptop and a 1920×1080 screen: the time bar on
//! one line, no control over another, panels and the legend that fold (and
//! remember it), details that open without moving the map.

use crate::harness::{app_harness, app_harness_sized};

use corridor::app::commands::Command;
use corridor::app::settings::{Fold, TableTab};
use corridor::app::{CorridorApp, StartOptions};
use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The dealer question at `size`: the dealers table open, the Tamaulipas
/// recovery sites selected (so the details are open too).
fn desk(size: [f32; 2]) -> Harness<'static, CorridorApp> {
    let mut harness = app_harness_sized(StartOptions::default(), size);
    let (_, _, tamaulipas) = crate::dealers::demo_tamaulipas();
    harness
        .state_mut()
        .push(Command::ShowTable(TableTab::Dealers));
    harness.state_mut().push(Command::SetSelection(tamaulipas));
    harness.run();
    harness
}

fn rect_of(harness: &Harness<'static, CorridorApp>, role: Role, label: &str) -> Rect {
    harness.get_by_role_and_label(role, label).rect()
}

#[test]
fn at_laptop_and_desktop_sizes_the_controls_neither_wrap_nor_overlap() {
    for size in [[1280.0, 800.0], [1920.0, 1080.0]] {
        let harness = desk(size);
        let window = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(size[0], size[1]));

        // The time bar's controls share one line.
        let play = rect_of(&harness, Role::Button, "Play");
        let line = [
            rect_of(&harness, Role::Button, "Clear"),
            rect_of(&harness, Role::TextInput, "From"),
            rect_of(&harness, Role::TextInput, "To"),
            harness
                .get_by_label_contains("traces with a recovery date")
                .rect(),
        ];
        for rect in line {
            assert!(
                (rect.center().y - play.center().y).abs() < 4.0,
                "{size:?}: {rect:?} is not on Play's line {play:?}"
            );
        }

        // The map's own controls, the legend, the tabs and the details'
        // buttons: each inside the window, none over another.
        let legend = harness
            .query_by_label("Show the legend")
            .or_else(|| harness.query_by_label("Fold the legend"))
            .expect("the legend, whole or folded")
            .rect();
        let mut named = vec![
            ("zoom in", rect_of(&harness, Role::Button, "+")),
            ("zoom out", rect_of(&harness, Role::Button, "-")),
            ("fit", rect_of(&harness, Role::Button, "Fit")),
            ("legend", legend),
            ("play", play),
            (
                "corridors tab",
                rect_of(&harness, Role::Button, "Corridors"),
            ),
            ("dealers tab", rect_of(&harness, Role::Button, "Dealers")),
            ("close details", rect_of(&harness, Role::Button, "Close")),
            (
                "fold details",
                rect_of(&harness, Role::Button, "Fold the details"),
            ),
        ];
        if let Some(note) = harness.query_by_label("Traces per flow") {
            named.push(("legend body", note.rect()));
        }
        for (name, rect) in &named {
            assert!(
                window.contains_rect(*rect),
                "{size:?}: {name} {rect:?} is off screen"
            );
        }
        for (i, (a, ra)) in named.iter().enumerate() {
            for (b, rb) in &named[i + 1..] {
                assert!(
                    !ra.shrink(1.0).intersects(rb.shrink(1.0)),
                    "{size:?}: {a} {ra:?} overlaps {b} {rb:?}"
                );
            }
        }

        // The map keeps at least half the width beside the two panels.
        let [width, _] = harness.state().window().map.last_size_px.expect("drawn");
        assert!(
            width >= size[0] * 0.5,
            "{size:?}: the map is squeezed to {width} px"
        );
    }
}

#[test]
fn the_legend_folds_unfolds_and_remembers_it() {
    let mut harness = app_harness_sized(StartOptions::default(), [1920.0, 1080.0]);
    harness.get_by_label("Fold the legend").click();
    harness.run();
    assert_eq!(harness.state().settings().legend, Fold::Folded);
    assert!(harness.query_by_label("Traces per flow").is_none());
    // Remembered: what eframe stores and restores is the settings.
    let saved = serde_json::to_string(harness.state().settings()).unwrap();
    let restored: corridor::app::settings::Settings = serde_json::from_str(&saved).unwrap();
    assert_eq!(restored.legend, Fold::Folded);

    harness.get_by_label("Show the legend").click();
    harness.run();
    assert_eq!(harness.state().settings().legend, Fold::Open);
    harness.get_by_label("Traces per flow");
}

#[test]
fn on_a_small_map_the_legend_starts_folded_and_opens_when_asked() {
    // A laptop with the tables open leaves the map too short for it.
    let mut harness = desk([1280.0, 800.0]);
    let [_, height] = harness.state().window().map.last_size_px.expect("drawn");
    assert!(height < 420.0, "the map is {height} px tall");
    assert!(harness.query_by_label("Traces per flow").is_none());
    harness.get_by_label("Show the legend").click();
    harness.run();
    harness.get_by_label("Traces per flow");
}

#[test]
fn the_filter_and_details_panels_fold_to_strips() {
    let mut harness = desk([1280.0, 800.0]);
    let selection = harness.state().session().selection.clone();
    let width = |h: &Harness<'static, CorridorApp>| h.state().window().map.last_size_px.unwrap()[0];
    let before = width(&harness);

    harness.get_by_label("Fold the filter panel").click();
    harness.run();
    assert!(!harness.state().settings().show_filter_panel);
    assert!(harness.query_by_label("Weapon classes").is_none());
    let folded_filters = width(&harness);
    assert!(
        folded_filters > before + 150.0,
        "{before} → {folded_filters}"
    );

    harness.get_by_label("Fold the details").click();
    harness.run();
    assert_eq!(harness.state().settings().details, Fold::Folded);
    assert_eq!(
        harness.state().session().selection,
        selection,
        "folding keeps the selection"
    );
    let folded_both = width(&harness);
    assert!(
        folded_both > folded_filters + 200.0,
        "{folded_filters} → {folded_both}"
    );

    harness.get_by_label("Show the details").click();
    harness.get_by_label("Show the filters").click();
    harness.run();
    assert!(harness.state().settings().show_filter_panel);
    assert_eq!(harness.state().settings().details, Fold::Open);
    harness.get_by_label("Weapon classes");
}

#[test]
fn opening_the_details_does_not_move_the_map() {
    let mut harness = app_harness(StartOptions::default());
    // A recovery site symbol in the map's right half, where the details
    // panel will open.
    let (at, place) = {
        let state = harness.state();
        let transform = state.window().map.last_transform.expect("drawn");
        let [width, _] = state.window().map.last_size_px.expect("drawn");
        let symbol = state
            .session()
            .view
            .scene()
            .symbols
            .iter()
            .rev()
            .find(|s| {
                let [x, y] = transform.to_screen(s.at);
                x > 900.0 && x < 250.0 + width - 60.0 && y > 120.0 && y < 600.0
            })
            .expect("a symbol on the right of the map")
            .clone();
        let [x, y] = transform.to_screen(symbol.at);
        (egui::Pos2::new(x, y), symbol.at)
    };
    crate::harness::click_map(&mut harness, at, egui::Modifiers::NONE);
    assert!(
        !harness.state().session().selection.is_empty(),
        "the click selected"
    );
    let transform = harness.state().window().map.last_transform.expect("drawn");
    let [x, y] = transform.to_screen(place);
    assert!(
        (x - at.x).abs() < 1.0 && (y - at.y).abs() < 1.0,
        "the clicked place moved from {at:?} to {x},{y}"
    );
}
