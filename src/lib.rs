//! Corridor: offline evidence mapping of firearms trafficking flows.
//!
//! This crate is the desktop application ([`app`]) and the command line
//! ([`cli`]) on top of [`corridor_core`], which holds everything that does
//! not need a window.

pub mod app;
pub mod cli;
