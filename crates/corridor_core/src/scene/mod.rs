//! The scene: what the map draws for the current data, filter and style,
//! described once for the screen and for file exports.

pub mod arrow;
pub mod build;
pub mod camera;
pub mod curve;
pub mod hit;
pub mod legend;
pub mod marks;
pub mod region;
pub mod scale_bar;
pub mod style;
pub mod transform;

pub use build::{
    FlowGlyph, Scene, SymbolGlyph, SymbolKind, build_scene, data_bounds, selection_bounds,
};
pub use camera::MapView;
pub use style::{FlowColoring, Rgba, SceneStyle, Theme};
