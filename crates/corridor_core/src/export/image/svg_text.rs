//! Text as real SVG `<text>` (selectable and searchable in a PDF, crisp on
//! slides), placed by the top-left corner of its box like the screen does.

use std::fmt::{self, Write};

use super::svg_basemap::opacity_attr;
use super::svg_path::num;
use super::text_metrics::ASCENT_EM;
use crate::export::kml::xml_escape;
use crate::scene::Rgba;
use crate::scene::arrow::Px;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// Writes `text` with the top-left of its line box at `top_left`.
pub fn text_at(
    out: &mut String,
    text: &str,
    top_left: Px,
    font_px: f32,
    color: Rgba,
    weight: Weight,
) -> fmt::Result {
    let bold = match weight {
        Weight::Regular => "",
        Weight::Bold => r#" font-weight="bold""#,
    };
    writeln!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" fill="{}"{}{bold} xml:space="preserve">{}</text>"#,
        num(top_left[0]),
        num(top_left[1] + ASCENT_EM * font_px),
        num(font_px),
        color.hex(),
        opacity_attr("fill-opacity", color),
        xml_escape(text)
    )
}

/// A filled rectangle (rounded by `radius_px`).
pub fn rect(
    out: &mut String,
    min: Px,
    size: [f32; 2],
    radius_px: f32,
    fill: Rgba,
    stroke: Option<(Rgba, f32)>,
) -> fmt::Result {
    let stroke = match stroke {
        Some((color, width)) => format!(
            r#" stroke="{}"{} stroke-width="{}""#,
            color.hex(),
            opacity_attr("stroke-opacity", color),
            num(width)
        ),
        None => String::new(),
    };
    writeln!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{}"{}{stroke}/>"#,
        num(min[0]),
        num(min[1]),
        num(size[0]),
        num(size[1]),
        num(radius_px),
        fill.hex(),
        opacity_attr("fill-opacity", fill),
    )
}
