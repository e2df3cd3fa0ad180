//! The app in an egui_kittest harness (no GPU, no display), shared by the
//! UI tests.

use std::time::{Duration, Instant};

use corridor::app::{CorridorApp, StartOptions};
use egui_kittest::Harness;

/// The app at 1280×800 with fresh settings, once its data has loaded. It
/// reads and writes none of the developer's own files: `StartOptions`
/// names no user folders and no recovery file unless a test gives them.
pub fn app_harness(start: StartOptions) -> Harness<'static, CorridorApp> {
    app_harness_sized(start, [1280.0, 800.0])
}

/// The app at 1280×800 with these settings (the demo data loaded), as a
/// user who chose them before.
pub fn app_with_settings(
    settings: corridor::app::settings::Settings,
) -> Harness<'static, CorridorApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(40)
        .build_eframe(move |cc| {
            CorridorApp::with_settings(cc.egui_ctx.clone(), settings, StartOptions::default())
        });
    wait_for_load(&mut harness);
    harness
}

/// Every label and value in the accessibility tree.
pub fn visible_text(harness: &Harness<'static, CorridorApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT;
    harness
        .root()
        .children_recursive()
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .map(|s| s.to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Steps the app until its load has finished, then until it is idle.
pub fn wait_for_load(harness: &mut Harness<'static, CorridorApp>) {
    let deadline = Instant::now() + Duration::from_secs(120);
    harness.step();
    while harness.state().is_loading() {
        assert!(Instant::now() < deadline, "loading did not finish");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

/// [`app_harness`] on a screen of `size` (points).
pub fn app_harness_sized(start: StartOptions, size: [f32; 2]) -> Harness<'static, CorridorApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(40)
        .build_eframe(move |cc| {
            CorridorApp::new(
                cc,
                StartOptions {
                    fresh: true,
                    // Never a real desktop dialog in a test.
                    file_chooser: corridor::app::file_chooser::ChooserMode::BuiltIn,
                    ..start
                },
            )
        });
    wait_for_load(&mut harness);
    harness
}

/// A click at a point of the window (on the map), with modifiers held,
/// after the pointer rested there for a frame (as a hand does).
pub fn click_map(
    harness: &mut Harness<'static, CorridorApp>,
    pos: egui::Pos2,
    modifiers: egui::Modifiers,
) {
    harness.hover_at(pos);
    harness.run();
    harness.event(egui::Event::ModifiersChanged(modifiers));
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers,
        });
        harness.step();
    }
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    harness.run();
}

/// Types `text` into the text field labelled `label` and leaves it with
/// Enter, as a user finishing a date does.
pub fn type_into(harness: &mut Harness<'static, CorridorApp>, label: &str, text: &str) {
    type_text_in(harness, label, text);
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// Focuses the text field labelled `label` and types `text` into it.
pub fn type_text_in(harness: &mut Harness<'static, CorridorApp>, label: &str, text: &str) {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}
