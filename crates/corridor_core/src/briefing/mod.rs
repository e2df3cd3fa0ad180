//! What a briefing is made of: saved views (a named camera, filter,
//! selection, grouping, theme and annotations), annotations placed on the
//! map in geographic coordinates, and the redaction switch that every
//! display and export obeys.

pub mod aliases;
pub mod annotation;
pub mod flight;
pub mod geometry;
pub mod labels;
pub mod redaction;
pub mod state;
pub mod trace_table;
pub mod view;

pub use annotation::{Annotation, Shape};
pub use redaction::Redaction;
pub use state::Briefing;
pub use view::SavedView;
