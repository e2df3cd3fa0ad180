//! Corridor: offline evidence mapping of firearms trafficking flows.
//!
//! This crate is the desktop application ([`app`]) and the command line
//! ([`cli`]) on top of [`corridor_core`], which holds everything that does
//! not need a window.
#![allow(
    missing_docs,
    reason = "a program, not a library: its modules are documented, its items where it helps; \
              the core documents every public item"
)]

pub mod app;
pub mod cli;
