//! Text sizes in the exporters' font (the embedded DejaVu Sans), so label
//! boxes, legends and overlap tests fit the text the PNG and PDF draw.

use std::sync::LazyLock;

use super::fonts;

/// Ascender and line height of DejaVu Sans, in ems (its `hhea` table:
/// 1901 and 1901 + 483 units of 2048).
///
/// This is the ascender: from the top of a line to its baseline.
pub const ASCENT_EM: f32 = 0.928;
/// Line height of DejaVu Sans, in ems: ascender plus descender (see
/// [`ASCENT_EM`]).
pub const LINE_EM: f32 = 1.164;

static REGULAR: LazyLock<Option<ttf_parser::Face<'static>>> =
    LazyLock::new(|| ttf_parser::Face::parse(fonts::REGULAR, 0).ok());
static BOLD: LazyLock<Option<ttf_parser::Face<'static>>> =
    LazyLock::new(|| ttf_parser::Face::parse(fonts::BOLD, 0).ok());

/// Width and line height of `text` at `font_px`, in pixels.
///
/// ```
/// use corridor_core::export::image::text_metrics::measure;
/// let [w1, h] = measure("Phoenix", 10.0);
/// let [w2, _] = measure("Phoenix", 20.0);
/// assert!((w2 - 2.0 * w1).abs() < 1e-3 && w1 > 30.0 && w1 < 50.0);
/// assert!((h - 11.64).abs() < 1e-3);
/// assert!(measure("WWW", 10.0)[0] > measure("iii", 10.0)[0]);
/// ```
pub fn measure(text: &str, font_px: f32) -> [f32; 2] {
    measure_with(REGULAR.as_ref(), text, font_px)
}

/// As [`measure`], in bold.
pub fn measure_bold(text: &str, font_px: f32) -> [f32; 2] {
    measure_with(BOLD.as_ref(), text, font_px)
}

fn measure_with(face: Option<&ttf_parser::Face<'static>>, text: &str, font_px: f32) -> [f32; 2] {
    let width_em: f32 = match face {
        Some(face) => {
            let per_unit = 1.0 / f32::from(face.units_per_em());
            // Characters the font lacks are drawn as its missing glyph (id 0).
            text.chars()
                .map(|c| {
                    let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
                    f32::from(face.glyph_hor_advance(glyph).unwrap_or(0)) * per_unit
                })
                .sum()
        }
        // The embedded font always parses; an average advance keeps
        // layout sane if it ever did not.
        None => text.chars().count() as f32 * 0.6,
    };
    [width_em * font_px, LINE_EM * font_px]
}
