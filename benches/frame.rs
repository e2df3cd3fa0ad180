//! One whole UI frame measured headless: the egui pass of the real app
//! (menus, panels, map with its layers, legend) plus tessellation, with the
//! 1M-trace dataset loaded when it exists (else the demo data). Figures in
//! docs/benchmarks.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs,
    reason = "benchmark set-up: a panic aborts the measurement with its message"
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use corridor::app::settings::Settings;
use corridor::app::{CorridorApp, StartOptions};
use criterion::{Criterion, criterion_group, criterion_main};

fn input(frame: u64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        // A pointer moving over the map, so every frame hit-tests and
        // redraws as it does under a real mouse.
        events: vec![egui::Event::PointerMoved(egui::pos2(
            600.0 + (frame % 50) as f32,
            420.0,
        ))],
        time: Some(frame as f64 / 60.0),
        ..Default::default()
    }
}

fn frame(c: &mut Criterion) {
    let big = std::env::temp_dir()
        .join("corridor-bench-1m")
        .join(corridor_core::generate::FLAT_FILE_NAME);
    let (name, paths) = if big.is_file() {
        ("frame_1m", vec![big])
    } else {
        ("frame_demo", Vec::new())
    };
    let ctx = egui::Context::default();
    let mut app = CorridorApp::with_settings(
        ctx.clone(),
        Settings::default(),
        StartOptions {
            paths,
            fresh: true,
            ..Default::default()
        },
    );
    let deadline = Instant::now() + Duration::from_secs(300);
    let mut n = 0u64;
    while app.is_loading() || app.session().view.is_updating() || n < 5 {
        let _ = ctx.run_ui(input(n), |ui| app.frame_ui(ui));
        n += 1;
        if app.is_loading() || app.session().view.is_updating() {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(Instant::now() < deadline, "loading did not finish");
    }
    assert!(
        !app.session().view.scene().flows.is_empty(),
        "flows are drawn"
    );
    let mut group = c.benchmark_group("ui");
    group.sample_size(30);
    group.bench_function(name, |b| {
        b.iter(|| {
            n += 1;
            let output = ctx.run_ui(input(n), |ui| app.frame_ui(ui));
            let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
            black_box(primitives.len())
        });
    });
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
