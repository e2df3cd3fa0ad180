//! Filtering traces and counting them into flows and location totals.

pub mod filter;
pub mod flows;

pub use filter::{FlowDensity, TraceFilter};
pub use flows::{ClassCounts, Flow, FlowIndex, FlowSummary, aggregate, apply_density};
