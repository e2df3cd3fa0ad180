//! The core's integration tests, built without the GUI stack and linked
//! into one binary (one link instead of one per file).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failing test, with its message"
)]

mod common;

mod aggregate_flows;
mod aggregate_histogram;
mod aggregate_levels;
mod aggregate_time_corridors;
mod architecture;
mod export_captions;
mod export_data;
mod export_image;
mod flowmap_blue;
mod flowmapgl_parity;
mod fuzz_regressions;
mod generate_agencies;
mod import_coarse_places;
mod import_counted;
mod import_flat;
mod import_geocode;
mod import_linked_geojson;
mod import_mapping;
mod import_matrix;
mod import_parquet;
mod import_pipeline;
mod import_report_spanish;
mod import_streaming;
mod import_trace_form;
mod import_workbook;
mod investigate_deconflict;
mod investigate_indicators;
mod investigate_networks;
mod messages;
mod project_files;
mod scene_marks;
mod selection_apart;
