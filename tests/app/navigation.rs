//! Moving around the map: a wheel notch zooms 1.25× about the pointer
//! whatever the frame rate, Fit frames what is drawn (the contiguous US and
//! Mexico when nothing is).

use crate::harness::app_harness;

use corridor::app::commands::Command;
use corridor::app::{CorridorApp, StartOptions};
use corridor_core::geometry::mercator::unproject;
use corridor_core::scene::build::contiguous_us_mexico;
use corridor_core::scene::transform::WHEEL_NOTCH_LEVELS;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn zoom(harness: &Harness<'static, CorridorApp>) -> f64 {
    harness.state().window().map.memory.zoom()
}

fn wheel(harness: &mut Harness<'static, CorridorApp>, at: egui::Pos2, lines: f32) {
    harness.hover_at(at);
    harness.run();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, lines),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    // The wheel is smoothed over several frames.
    for _ in 0..60 {
        harness.step();
    }
    harness.run();
}

#[test]
fn a_wheel_notch_zooms_a_quarter_about_the_pointer() {
    let mut harness = app_harness(StartOptions::default());
    let at = egui::Pos2::new(700.0, 300.0);
    let transform = harness.state().window().map.last_transform.expect("drawn");
    let place = transform.to_world([at.x, at.y]);
    let before = zoom(&harness);

    wheel(&mut harness, at, 1.0);
    let step = zoom(&harness) - before;
    assert!(
        step > 0.0 && step <= WHEEL_NOTCH_LEVELS + 1e-6,
        "one notch zoomed {}×",
        step.exp2()
    );
    assert!(
        step > WHEEL_NOTCH_LEVELS * 0.8,
        "one notch zoomed {}×",
        step.exp2()
    );
    let transform = harness.state().window().map.last_transform.expect("drawn");
    let [x, y] = transform.to_screen(place);
    assert!(
        (x - at.x).abs() < 1.0 && (y - at.y).abs() < 1.0,
        "the place under the pointer moved to {x},{y}"
    );

    wheel(&mut harness, at, -1.0);
    assert!(
        (zoom(&harness) - before).abs() < 0.02,
        "a notch back undoes it"
    );
}

#[test]
fn fit_frames_what_is_drawn_and_the_two_countries_when_nothing_is() {
    let mut harness = app_harness(StartOptions::default());
    // Somewhere else first.
    harness.state_mut().push(Command::ZoomBy(3.0));
    harness.run();
    harness.state_mut().push(Command::FitToData);
    harness.run();
    {
        let state = harness.state();
        let transform = state.window().map.last_transform.expect("drawn");
        let [width, height] = state.window().map.last_size_px.expect("drawn");
        let scene = state.session().view.scene();
        assert!(!scene.symbols.is_empty());
        for symbol in &scene.symbols {
            let [x, y] = transform.to_screen(symbol.at);
            assert!(
                x >= 250.0 - 1.0 && x <= 250.0 + width + 1.0 && y >= 0.0 && y <= height + 60.0,
                "a drawn symbol is off the map at {x},{y}"
            );
        }
    }

    // Every class off: nothing drawn, so Fit shows the two countries whole.
    harness.get_by_label("None").click();
    harness.run();
    assert!(harness.state().session().view.scene().symbols.is_empty());
    harness.state_mut().push(Command::FitToData);
    harness.run();
    let (min, max) = contiguous_us_mexico();
    let view = harness.state().window().map.view();
    let (north, west) = unproject(min);
    let (south, east) = unproject(max);
    assert!(
        view.center_lat_deg < north && view.center_lat_deg > south,
        "{view:?}"
    );
    assert!(
        view.center_lon_deg > west && view.center_lon_deg < east,
        "{view:?}"
    );
    let transform = harness.state().window().map.last_transform.expect("drawn");
    let [x_west, _] = transform.to_screen(min);
    let [x_east, _] = transform.to_screen(max);
    assert!(
        x_west >= 250.0 - 1.0 && x_east <= 1281.0,
        "{x_west}..{x_east}"
    );
    // Alaska (Anchorage) stays off screen.
    let [ax, ay] = transform.to_screen(corridor_core::geometry::mercator::project(61.2, -149.9));
    assert!(ax < 250.0 || ay < 0.0, "Anchorage at {ax},{ay} is framed");
}
