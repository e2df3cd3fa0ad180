//! Colours and sizes, kept apart from the data they are applied to.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::WeaponClass;
use crate::msg_id;

/// An sRGB colour with straight alpha, independent of any GUI toolkit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    /// An opaque colour from its red, green and blue channels (0 to 255).
    pub const fn rgb(r: u8, g: u8, b: u8) -> Rgba {
        Rgba([r, g, b, 255])
    }

    /// The same colour with another alpha: 0 is transparent, 255 opaque.
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

/// The colour scheme of the map, its symbols and the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    /// Pale land and water with dark text; the default.
    #[default]
    Light,
    /// Dark land and water with light text.
    Dark,
    /// High contrast on white for projectors and print: washed-out
    /// projector colours and back-of-the-room viewers need dark outlines,
    /// saturated flows and larger text.
    Projector,
}

impl Theme {
    /// Every theme, in the order menus list them.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Projector];

    /// The theme's name as menus show it.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            Theme::Light => msg_id!("theme-light"),
            Theme::Dark => msg_id!("theme-dark"),
            Theme::Projector => msg_id!("theme-projector"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// Whether interface text is dark on light.
    pub fn is_light(self) -> bool {
        !matches!(self, Theme::Dark)
    }
}

/// How flows are coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum FlowColoring {
    /// Each flow in the colour of its dominant weapon class.
    #[default]
    ByClass,
    /// One colour for every flow, so width alone carries the count.
    Single,
    /// Each flow in the colour of the purchaser network most of its traces
    /// belong to; flows of no network grey.
    ByNetwork,
}

/// Everything that decides how the scene looks, and nothing about what it shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SceneStyle {
    /// Colour scheme of the map and its symbols.
    pub theme: Theme,
    /// Whether each flow takes its dominant class's colour or all share one.
    pub coloring: FlowColoring,
    /// Width of the flow with the most traces.
    pub max_flow_width_px: f32,
    /// Thinnest drawn flow, so single traces stay visible.
    pub min_flow_width_px: f32,
    /// Radius of the location with the most traces.
    pub max_symbol_radius_px: f32,
    /// Radius of the smallest drawn symbol, so locations with few traces stay
    /// visible.
    pub min_symbol_radius_px: f32,
    /// Bulge of a flow curve as a fraction of its length.
    pub curvature: f64,
    /// Investigation marks: flagged traces outlined, overlaps ringed, stale
    /// leads faded.
    pub marks: super::marks::MarkOptions,
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
            marks: super::marks::MarkOptions::default(),
        }
    }
}

/// Colours of purchaser networks by rank (0 the largest), repeating after
/// eight: strong hues apart from one another, darker on the projector.
pub fn network_color(rank: u32, theme: Theme) -> Rgba {
    const LIGHT: [Rgba; 8] = [
        Rgba::rgb(0xD5, 0x5E, 0x00),
        Rgba::rgb(0x00, 0x72, 0xB2),
        Rgba::rgb(0x00, 0x9E, 0x73),
        Rgba::rgb(0xCC, 0x79, 0xA7),
        Rgba::rgb(0x7B, 0x3F, 0xA0),
        Rgba::rgb(0xB5, 0xA0, 0x00),
        Rgba::rgb(0x8C, 0x6D, 0x46),
        Rgba::rgb(0x2A, 0x9D, 0xB5),
    ];
    let color = LIGHT[rank as usize % LIGHT.len()];
    match theme {
        Theme::Projector => {
            let [r, g, b, _] = color.0;
            Rgba::rgb(
                (f32::from(r) * 0.8) as u8,
                (f32::from(g) * 0.8) as u8,
                (f32::from(b) * 0.8) as u8,
            )
        }
        _ => color,
    }
}

/// Flows of no network when flows are coloured by network: grey, so the
/// networks stand out.
pub fn no_network_color(theme: Theme) -> Rgba {
    match theme {
        Theme::Dark => Rgba::rgb(0x70, 0x70, 0x70),
        _ => Rgba::rgb(0xA8, 0xA8, 0xA8),
    }
}

/// Outline of flows and symbols that carry a flagged trace: a red no class
/// or network colour uses.
pub fn flagged_color(theme: Theme) -> Rgba {
    match theme {
        Theme::Dark => Rgba::rgb(0xFF, 0x4D, 0x6D),
        _ => Rgba::rgb(0xC8, 0x10, 0x2E),
    }
}

/// Ring of stores and sites another agency also holds.
pub fn overlap_color(theme: Theme) -> Rgba {
    match theme {
        Theme::Dark => Rgba::rgb(0x4D, 0xE0, 0xFF),
        _ => Rgba::rgb(0x00, 0x8B, 0x8B),
    }
}

/// Okabe–Ito colours (distinguishable with the common colour-vision
/// deficiencies), with the two most-trafficked rifle patterns given the
/// strongest hues.
pub fn class_color(class: WeaponClass, theme: Theme) -> Rgba {
    if theme == Theme::Projector {
        return projector_class_color(class);
    }
    match class {
        WeaponClass::AkPattern => Rgba::rgb(0xD5, 0x5E, 0x00),
        WeaponClass::ArPattern => match theme {
            Theme::Dark => Rgba::rgb(0x3A, 0x9B, 0xE0),
            _ => Rgba::rgb(0x00, 0x72, 0xB2),
        },
        WeaponClass::FiftyCal => Rgba::rgb(0xCC, 0x79, 0xA7),
        WeaponClass::OtherRifle => Rgba::rgb(0x00, 0x9E, 0x73),
        WeaponClass::Pistol => Rgba::rgb(0xE6, 0x9F, 0x00),
        WeaponClass::Revolver => Rgba::rgb(0x56, 0xB4, 0xE9),
        WeaponClass::Shotgun => match theme {
            Theme::Dark => Rgba::rgb(0xF0, 0xE4, 0x42),
            _ => Rgba::rgb(0xB5, 0xA0, 0x00),
        },
        WeaponClass::Other => Rgba::rgb(0x8C, 0x6D, 0x46),
        WeaponClass::Unknown => Rgba::rgb(0x99, 0x99, 0x99),
    }
}

/// The same hues as [`class_color`], darker and more saturated: a
/// projector lightens everything, and pale yellows and sky blues vanish on
/// white.
fn projector_class_color(class: WeaponClass) -> Rgba {
    match class {
        WeaponClass::AkPattern => Rgba::rgb(0xE0, 0x4A, 0x00),
        WeaponClass::ArPattern => Rgba::rgb(0x00, 0x4F, 0xC4),
        WeaponClass::FiftyCal => Rgba::rgb(0xC0, 0x1C, 0x8C),
        WeaponClass::OtherRifle => Rgba::rgb(0x00, 0x87, 0x4A),
        WeaponClass::Pistol => Rgba::rgb(0xD4, 0x8A, 0x00),
        WeaponClass::Revolver => Rgba::rgb(0x00, 0x9B, 0xD8),
        WeaponClass::Shotgun => Rgba::rgb(0x8C, 0x7A, 0x00),
        WeaponClass::Other => Rgba::rgb(0x73, 0x4A, 0x1E),
        WeaponClass::Unknown => Rgba::rgb(0x6E, 0x6E, 0x6E),
    }
}

/// Colours of the map itself for a theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Map background: sea, and wherever no land is drawn.
    pub water: Rgba,
    /// Fill of US states.
    pub land_us: Rgba,
    /// Fill of Mexican states.
    pub land_mx: Rgba,
    /// Fill of other countries' land.
    pub land_other: Rgba,
    /// Coastlines.
    pub coast: Rgba,
    /// Boundaries between states.
    pub state_line: Rgba,
    /// The US–Mexico border, drawn heavier than other lines.
    pub border: Rgba,
    /// Map text, such as place names and scale-bar labels.
    pub label: Rgba,
    /// Translucent halo behind map text, so it reads over lines and fills.
    pub label_halo: Rgba,
    /// Port-of-entry markers.
    pub port: Rgba,
    /// Colour of every flow when flows are not coloured by class.
    pub single_flow: Rgba,
    /// Fill of store symbols.
    pub store_fill: Rgba,
    /// Fill of recovery-site symbols.
    pub site_fill: Rgba,
    /// Outline of store and site symbols.
    pub symbol_stroke: Rgba,
    /// Outline and halo of selected symbols, flows and annotations.
    pub highlight: Rgba,
    /// Map and interface text size relative to the light and dark themes.
    pub text_scale: f32,
}

/// The map colours and text scale of a theme.
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
            text_scale: 1.0,
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
            text_scale: 1.0,
        },
        // Land and water both white: the outlines carry the geography, and
        // flows keep all the colour.
        Theme::Projector => Palette {
            water: Rgba::rgb(0xFF, 0xFF, 0xFF),
            land_us: Rgba::rgb(0xFF, 0xFF, 0xFF),
            land_mx: Rgba::rgb(0xF2, 0xF2, 0xF2),
            land_other: Rgba::rgb(0xF7, 0xF7, 0xF7),
            coast: Rgba::rgb(0x20, 0x20, 0x20),
            state_line: Rgba::rgb(0x70, 0x70, 0x70),
            border: Rgba::rgb(0x00, 0x00, 0x00),
            label: Rgba::rgb(0x00, 0x00, 0x00),
            label_halo: Rgba::rgb(0xFF, 0xFF, 0xFF).with_alpha(230),
            port: Rgba::rgb(0x00, 0x00, 0x00),
            single_flow: Rgba::rgb(0x00, 0x3C, 0xB4),
            store_fill: Rgba::rgb(0x10, 0x10, 0x60),
            site_fill: Rgba::rgb(0xC0, 0x00, 0x00),
            symbol_stroke: Rgba::rgb(0xFF, 0xFF, 0xFF),
            highlight: Rgba::rgb(0x00, 0x00, 0x00),
            text_scale: 1.3,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance contrast between two opaque colours.
    fn contrast(a: Rgba, b: Rgba) -> f64 {
        let lum = |c: Rgba| {
            let ch = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.03928 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * ch(c.0[0]) + 0.7152 * ch(c.0[1]) + 0.0722 * ch(c.0[2])
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn projector_theme_has_more_contrast_than_light() {
        let light = palette(Theme::Light);
        let projector = palette(Theme::Projector);
        assert_eq!(projector.water, Rgba::rgb(0xFF, 0xFF, 0xFF));
        assert!(
            contrast(projector.coast, projector.land_us) > contrast(light.coast, light.land_us)
        );
        assert!(contrast(projector.coast, projector.land_us) >= 7.0);
        for class in WeaponClass::ALL {
            let on_white = contrast(class_color(class, Theme::Projector), projector.water);
            assert!(
                on_white >= contrast(class_color(class, Theme::Light), light.water) - 1e-9,
                "{class:?} is weaker on the projector theme"
            );
            assert!(on_white >= 2.2, "{class:?}: {on_white:.2}");
        }
        assert!(projector.text_scale > light.text_scale);
    }

    #[test]
    fn themes_read_from_their_old_names() {
        let theme: Theme = serde_json::from_str("\"Dark\"").unwrap();
        assert_eq!(theme, Theme::Dark);
        let theme: Theme = serde_json::from_str("\"Projector\"").unwrap();
        assert_eq!(theme, Theme::Projector);
    }
}
