//! Map images: one view as SVG (vector, real text) or PNG (the SVG
//! rasterised at 1x, 2x or 4x with the embedded fonts), and a deck of
//! views as a multi-page PDF or numbered files. They draw a
//! `render::MapFrame`, the same scene as the screen.

// PNG and PDF (resvg, svg2pdf) and the deck that writes them are the
// `png-pdf` feature, on by default: the fuzz targets build the core without
// them, since half of the core's dependencies' build time is theirs.
#[cfg(feature = "png-pdf")]
pub mod deck;
pub mod file_names;
pub mod fonts;
#[cfg(feature = "png-pdf")]
pub mod pdf;
#[cfg(feature = "png-pdf")]
pub mod raster;
pub mod svg;
mod svg_basemap;
mod svg_legend;
mod svg_marks;
mod svg_overlay;
pub mod svg_path;
mod svg_text;
pub mod text_metrics;

#[cfg(feature = "png-pdf")]
pub use deck::{
    ImageError, ImageFormat, ImageOptions, ViewsToWrite, export_views, plan_views, view_svg,
};
pub use svg::frame_to_svg;
