//! Map image export of the sample briefing (docs/samples) on the demo data:
//! framing a view, writing its SVG, rasterising it, and a five-page PDF.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs,
    reason = "benchmark set-up: a panic aborts the measurement with its message"
)]

use std::hint::black_box;

use corridor_core::classify::{CachedClassifier, Classifier};
use corridor_core::export::image::pdf::svgs_to_pdf;
use corridor_core::export::image::raster::svg_to_png;
use corridor_core::export::image::text_metrics::measure;
use corridor_core::export::image::{ImageOptions, frame_to_svg, view_svg};
use corridor_core::import::builder::DatasetBuilder;
use corridor_core::import::{DataSource, ImportControl, ImportOptions, import_into};
use corridor_core::render::frame::FrameOptions;
use corridor_core::render::{MapFrame, ViewData};
use criterion::{Criterion, criterion_group, criterion_main};

fn export(c: &mut Criterion) {
    let classifier = CachedClassifier::new(Classifier::shipped().expect("shipped rules parse"));
    let outcome = import_into(
        DatasetBuilder::new(classifier),
        &[DataSource::Bytes {
            name: "corridor-demo-traces.csv".to_owned(),
            bytes: corridor_core::demo::DEMO_TRACES_CSV.to_vec(),
        }],
        &ImportOptions::default(),
        &ImportControl::default(),
    )
    .expect("not cancelled");
    let data = ViewData::build(outcome.dataset);
    let project = corridor_core::project::parse_project(
        include_str!("../../../docs/samples/demo-briefing.corridor"),
        std::path::Path::new("demo-briefing.corridor"),
    )
    .expect("the sample project parses");
    let views = project.views;
    let overview = &views[0];
    let basemap = corridor_core::basemap::shared();
    let options = ImageOptions::default();
    let frame_of = || {
        MapFrame::for_view(
            &data,
            overview,
            options.redaction,
            basemap,
            &FrameOptions::default(),
            &measure,
        )
    };
    let frame = frame_of().expect("the view has a level");
    let svg = frame_to_svg(&frame, basemap);
    let deck: Vec<String> = views
        .iter()
        .map(|v| view_svg(&data, v, &options, basemap).expect("drawable"))
        .collect();

    let mut group = c.benchmark_group("export_demo_1600x900");
    group.sample_size(10);
    group.bench_function("frame_overview", |b| {
        b.iter(|| frame_of().map(|f| black_box(f.flows.len())));
    });
    group.bench_function("svg_overview", |b| {
        b.iter(|| black_box(frame_to_svg(&frame, basemap).len()));
    });
    for scale in [1.0f32, 2.0, 4.0] {
        group.bench_function(format!("png_overview_{scale}x"), |b| {
            b.iter(|| black_box(svg_to_png(&svg, scale).map(|p| p.len())));
        });
    }
    group.bench_function("pdf_deck_5_views", |b| {
        b.iter(|| black_box(svgs_to_pdf(&deck).map(|p| p.len())));
    });
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
