//! Rendered snapshots of the map (egui_kittest with wgpu on Mesa's software
//! renderer), in the same build as every other test. They need a wgpu
//! adapter: without one (no Mesa Vulkan or GL driver installed) they say so
//! and pass, unless `CORRIDOR_REQUIRE_SNAPSHOTS=1` is set, as CI does, to
//! make a missing adapter a failure. `UPDATE_SNAPSHOTS=1` rewrites the
//! reference images in tests/snapshots/.

use std::sync::OnceLock;

use corridor::app::settings::Settings;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::scene::Theme;
use egui_kittest::Harness;

/// Whether a wgpu adapter can render here; panics when one is required.
pub fn renderer_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    let available = *AVAILABLE.get_or_init(|| {
        // egui_kittest panics when it finds no adapter; that is the probe.
        std::panic::catch_unwind(egui_kittest::wgpu::WgpuTestRenderer::new).is_ok()
    });
    let required = std::env::var_os("CORRIDOR_REQUIRE_SNAPSHOTS").is_some_and(|v| v == "1");
    assert!(
        available || !required,
        "CORRIDOR_REQUIRE_SNAPSHOTS=1 but no wgpu adapter was found (install mesa-vulkan-drivers)"
    );
    if !available {
        eprintln!("skipped: no wgpu adapter for rendered snapshots (install mesa-vulkan-drivers)");
    }
    available
}

/// Compares with the committed `tests/snapshots/NAME.png`. Mesa's software
/// renderer rasterises a few edge pixels differently on different CPUs
/// (measured: one pixel past the colour threshold, about a hundred faintly,
/// between two machines of the same kind, AVX-512 or not); a handful of
/// pixels may differ, a changed drawing still fails.
pub fn snapshot(harness: &mut Harness<'static, CorridorApp>, name: &str) {
    harness.snapshot_options(
        name,
        &egui_kittest::SnapshotOptions::new().max_failed_pixels(MAX_FAILED_PIXELS),
    );
}

/// Pixels past the colour threshold a snapshot may have; see [`snapshot`].
const MAX_FAILED_PIXELS: usize = 8;

fn rendered(theme: Theme) -> Harness<'static, CorridorApp> {
    rendered_with(Settings {
        theme,
        ..Settings::default()
    })
}

/// The app with `settings`, rendered by wgpu, loaded and without a cursor.
pub fn rendered_with(settings: Settings) -> Harness<'static, CorridorApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(40)
        .wgpu()
        .build_eframe(move |cc| {
            CorridorApp::with_settings(cc.egui_ctx.clone(), settings, StartOptions::default())
        });
    crate::harness::wait_for_load(&mut harness);
    harness.remove_cursor();
    harness.run();
    harness
}

/// The map in `theme` against the committed `tests/snapshots/NAME.png`.
fn snapshot_matches(theme: Theme, name: &str) {
    if renderer_available() {
        snapshot(&mut rendered(theme), name);
    }
}

#[test]
fn map_light() {
    snapshot_matches(Theme::Light, "map_light");
}

#[test]
fn map_dark() {
    snapshot_matches(Theme::Dark, "map_dark");
}

#[test]
fn the_map_is_not_blank() {
    if !renderer_available() {
        return;
    }
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

/// The dealer question on a screen of `size`: the Tamaulipas recovery
/// sites selected, the dealers table open, the details beside the map.
fn dealer_desk(size: [f32; 2]) -> Harness<'static, CorridorApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(40)
        .wgpu()
        .build_eframe(move |cc| {
            CorridorApp::with_settings(
                cc.egui_ctx.clone(),
                Settings::default(),
                StartOptions::default(),
            )
        });
    crate::harness::wait_for_load(&mut harness);
    let (_, _, tamaulipas) = crate::dealers::demo_tamaulipas();
    harness
        .state_mut()
        .push(corridor::app::commands::Command::ShowTable(
            corridor::app::settings::TableTab::Dealers,
        ));
    harness
        .state_mut()
        .push(corridor::app::commands::Command::SetSelection(tamaulipas));
    harness.remove_cursor();
    harness.run();
    harness
}

/// The dealer desk at the two screen sizes the layout is checked at.
#[test]
fn dealer_desk_1280x800() {
    if renderer_available() {
        snapshot(&mut dealer_desk([1280.0, 800.0]), "dealer_desk_1280x800");
    }
}

#[test]
fn dealer_desk_1920x1080() {
    if renderer_available() {
        snapshot(&mut dealer_desk([1920.0, 1080.0]), "dealer_desk_1920x1080");
    }
}
