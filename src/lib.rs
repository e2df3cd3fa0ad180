//! Corridor: offline evidence mapping of firearms trafficking flows.
//!
//! Everything in this library except [`app`] is GUI-free: it never touches
//! egui, eframe or walkers, so it can be tested and benchmarked headless.

pub mod aggregate;
pub mod app;
pub mod basemap;
pub mod briefing;
pub mod classify;
pub mod cli;
pub mod cluster;
pub mod config;
pub mod demo;
pub mod export;
pub mod format;
pub mod generate;
pub mod geometry;
pub mod import;
pub mod model;
pub mod project;
pub mod render;
pub mod scene;
pub mod search;
pub mod text;
