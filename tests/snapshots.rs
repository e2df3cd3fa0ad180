//! Rendered snapshots of the map (egui_kittest with wgpu on Mesa's software
//! renderer). Run with `cargo test --features snapshot --test snapshots`;
//! `UPDATE_SNAPSHOTS=1` rewrites the reference images in tests/snapshots/.
#![cfg(feature = "snapshot")]

use std::time::{Duration, Instant};

use corridor::app::settings::Settings;
use corridor::app::{CorridorApp, StartOptions};
use corridor::scene::Theme;
use egui_kittest::Harness;

fn rendered(theme: Theme) -> Harness<'static, CorridorApp> {
    unsafe {
        std::env::set_var(
            "CORRIDOR_CONFIG_DIR",
            std::env::temp_dir().join("corridor-snapshot-config"),
        )
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(40)
        .wgpu()
        .build_eframe(move |cc| {
            let settings = Settings {
                theme,
                ..Settings::default()
            };
            CorridorApp::with_settings(cc.egui_ctx.clone(), settings, StartOptions::default())
        });
    let deadline = Instant::now() + Duration::from_secs(120);
    harness.step();
    while harness.state().is_loading() {
        assert!(Instant::now() < deadline, "loading did not finish");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.remove_cursor();
    harness.run();
    harness
}

#[test]
fn map_light() {
    let mut harness = rendered(Theme::Light);
    harness.snapshot("map_light");
}

#[test]
fn map_dark() {
    let mut harness = rendered(Theme::Dark);
    harness.snapshot("map_dark");
}

#[test]
fn the_map_is_not_blank() {
    let mut harness = rendered(Theme::Light);
    let image = harness.render().expect("rendered");
    // Sample the map area: water, two land tints, borders and flows give many colours.
    let mut colours = std::collections::HashSet::new();
    for y in (150..650).step_by(3) {
        for x in (400..1100).step_by(3) {
            colours.insert(image.get_pixel(x, y).0);
        }
    }
    assert!(
        colours.len() > 200,
        "only {} colours in the map area",
        colours.len()
    );
}
