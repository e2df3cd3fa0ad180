//! Corridor's core: everything but the window. Model, import, classification,
//! aggregation, clustering, the toolkit-free scene, map images, briefings,
//! project files, search, the basemap, the synthetic data generator and the
//! background task type.
//!
//! This crate does not depend on egui, eframe, walkers or rfd, so the
//! compiler keeps the GUI out of it; it is tested and benchmarked without a
//! window or a display.

pub mod aggregate;
pub mod basemap;
pub mod briefing;
pub mod classify;
pub mod cluster;
pub mod config;
pub mod demo;
pub mod export;
pub mod format;
pub mod generate;
pub mod geometry;
pub mod i18n;
pub mod import;
pub mod investigate;
pub mod model;
pub mod project;
pub mod render;
pub mod scene;
pub mod search;
pub mod task;
pub mod text;
