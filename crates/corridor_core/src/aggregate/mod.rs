//! Filtering traces and counting them into flows and location totals.

pub mod areas;
pub mod corridors;
pub mod filter;
pub mod flows;
pub mod histogram;
pub mod median;
pub mod selection;
pub mod stores;
mod time_pass;
pub mod time_window;
pub mod view;

pub use filter::{DateField, FlowDensity, Range, TraceFilter};
pub use flows::{
    ClassCounts, Flow, FlowIndex, FlowSummary, aggregate, aggregate_at, apply_density,
};
pub use selection::Selection;
pub use view::aggregate_view;
