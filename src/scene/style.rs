//! Colours and sizes, kept apart from the data they are applied to.

use serde::{Deserialize, Serialize};

use crate::model::WeaponClass;

/// An sRGB colour with straight alpha, independent of any GUI toolkit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Rgba {
        Rgba([r, g, b, 255])
    }

    pub const fn with_alpha(self, alpha: u8) -> Rgba {
        let [r, g, b, _] = self.0;
        Rgba([r, g, b, alpha])
    }

    /// `#rrggbb` for SVG and KML.
    pub fn hex(self) -> String {
        let [r, g, b, _] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum FlowColoring {
    /// Each flow in the colour of its dominant weapon class.
    #[default]
    ByClass,
    /// One colour for every flow, so width alone carries the count.
    Single,
}

/// Everything that decides how the scene looks, and nothing about what it shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SceneStyle {
    pub theme: Theme,
    pub coloring: FlowColoring,
    /// Width of the flow with the most traces.
    pub max_flow_width_px: f32,
    /// Thinnest drawn flow, so single traces stay visible.
    pub min_flow_width_px: f32,
    /// Radius of the location with the most traces.
    pub max_symbol_radius_px: f32,
    pub min_symbol_radius_px: f32,
    /// Bulge of a flow curve as a fraction of its length.
    pub curvature: f64,
}

impl Default for SceneStyle {
    fn default() -> Self {
        Self {
            theme: Theme::Light,
            coloring: FlowColoring::ByClass,
            max_flow_width_px: 14.0,
            min_flow_width_px: 1.0,
            max_symbol_radius_px: 16.0,
            min_symbol_radius_px: 2.5,
            curvature: 0.18,
        }
    }
}

/// Okabe–Ito colours (distinguishable with the common colour-vision
/// deficiencies), with the two most-trafficked rifle patterns given the
/// strongest hues.
pub fn class_color(class: WeaponClass, theme: Theme) -> Rgba {
    match class {
        WeaponClass::AkPattern => Rgba::rgb(0xD5, 0x5E, 0x00),
        WeaponClass::ArPattern => match theme {
            Theme::Light => Rgba::rgb(0x00, 0x72, 0xB2),
            Theme::Dark => Rgba::rgb(0x3A, 0x9B, 0xE0),
        },
        WeaponClass::FiftyCal => Rgba::rgb(0xCC, 0x79, 0xA7),
        WeaponClass::OtherRifle => Rgba::rgb(0x00, 0x9E, 0x73),
        WeaponClass::Pistol => Rgba::rgb(0xE6, 0x9F, 0x00),
        WeaponClass::Revolver => Rgba::rgb(0x56, 0xB4, 0xE9),
        WeaponClass::Shotgun => match theme {
            Theme::Light => Rgba::rgb(0xB5, 0xA0, 0x00),
            Theme::Dark => Rgba::rgb(0xF0, 0xE4, 0x42),
        },
        WeaponClass::Other => Rgba::rgb(0x8C, 0x6D, 0x46),
        WeaponClass::Unknown => Rgba::rgb(0x99, 0x99, 0x99),
    }
}

/// Colours of the map itself for a theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub water: Rgba,
    pub land_us: Rgba,
    pub land_mx: Rgba,
    pub land_other: Rgba,
    pub coast: Rgba,
    pub state_line: Rgba,
    pub border: Rgba,
    pub label: Rgba,
    pub label_halo: Rgba,
    pub port: Rgba,
    pub single_flow: Rgba,
    pub store_fill: Rgba,
    pub site_fill: Rgba,
    pub symbol_stroke: Rgba,
    pub highlight: Rgba,
}

pub fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette {
            water: Rgba::rgb(0xD4, 0xE3, 0xEE),
            land_us: Rgba::rgb(0xF5, 0xF3, 0xEE),
            land_mx: Rgba::rgb(0xEE, 0xEA, 0xDF),
            land_other: Rgba::rgb(0xE6, 0xE4, 0xDF),
            coast: Rgba::rgb(0x8A, 0xA3, 0xB8),
            state_line: Rgba::rgb(0xB4, 0xB0, 0xA6),
            border: Rgba::rgb(0x5A, 0x3E, 0x2B),
            label: Rgba::rgb(0x33, 0x33, 0x33),
            label_halo: Rgba::rgb(0xFF, 0xFF, 0xFF).with_alpha(200),
            port: Rgba::rgb(0x5A, 0x3E, 0x2B),
            single_flow: Rgba::rgb(0x1F, 0x4E, 0x79),
            store_fill: Rgba::rgb(0x2E, 0x3D, 0x5C),
            site_fill: Rgba::rgb(0x8E, 0x1B, 0x1B),
            symbol_stroke: Rgba::rgb(0xFF, 0xFF, 0xFF),
            highlight: Rgba::rgb(0x00, 0x00, 0x00),
        },
        Theme::Dark => Palette {
            water: Rgba::rgb(0x15, 0x1C, 0x26),
            land_us: Rgba::rgb(0x2B, 0x30, 0x38),
            land_mx: Rgba::rgb(0x31, 0x33, 0x36),
            land_other: Rgba::rgb(0x25, 0x28, 0x2D),
            coast: Rgba::rgb(0x4A, 0x5D, 0x70),
            state_line: Rgba::rgb(0x4E, 0x53, 0x5B),
            border: Rgba::rgb(0xE0, 0xB0, 0x80),
            label: Rgba::rgb(0xDD, 0xDD, 0xDD),
            label_halo: Rgba::rgb(0x10, 0x14, 0x1A).with_alpha(200),
            port: Rgba::rgb(0xE0, 0xB0, 0x80),
            single_flow: Rgba::rgb(0x7F, 0xC8, 0xF8),
            store_fill: Rgba::rgb(0x9F, 0xB8, 0xE0),
            site_fill: Rgba::rgb(0xF0, 0x70, 0x60),
            symbol_stroke: Rgba::rgb(0x10, 0x14, 0x1A),
            highlight: Rgba::rgb(0xFF, 0xFF, 0xFF),
        },
    }
}
