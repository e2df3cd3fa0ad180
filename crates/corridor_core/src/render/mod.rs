//! From loaded data and a view to what is drawn: the level, the counted
//! flows and the scene (`view_job`), and for images the whole framed map
//! around it (`frame`: basemap labels, legend notes, title, scale bar).
//! The app's map and every exporter go through here, so an export shows
//! what the screen shows.

pub mod caption;
pub mod derived;
pub mod endpoint_labels;
pub mod frame;
pub mod legend_notes;
pub mod place_labels;
pub mod title;
pub mod view_job;

pub use derived::ViewData;
pub use frame::MapFrame;
pub use view_job::{
    CountKey, Counted, LevelKey, LevelRef, ViewBuilt, ViewCount, build_view, view_style,
};
