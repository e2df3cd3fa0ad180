//! The app's tests, in one binary: the UI driven through the accessibility
//! tree with egui_kittest (no GPU, no display), the rendered snapshots (when
//! a wgpu adapter is there), and the `corridor` binary's commands.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a panic is a failing test, with its message"
)]

#[path = "../../crates/corridor_core/tests/all/common/mod.rs"]
mod common;
mod harness;

mod app;
mod background;
mod briefing;
mod briefing_views;
mod cli;
mod corridors;
mod dealers;
mod demo_memo;
mod export;
mod file_chooser;
mod handover;
mod help;
mod hostile_inputs;
mod import;
mod kill_outputs;
mod layout;
mod navigation;
mod networks;
mod offline;
mod project;
mod search;
mod snapshots;
mod spanish;
mod time;
mod view_model_worker;
mod walkthrough;
mod worker_failures;
