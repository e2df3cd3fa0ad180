//! What the map draws over the basemap, as SVG: flows with arrowheads,
//! store and site symbols, place names and ports, and annotations, in the
//! screen's order and styles.

use std::fmt::{self, Write};

use super::svg_basemap::opacity_attr;
use super::svg_path::{num, point_list, push_subpath};
use super::svg_text::{Weight, rect, text_at};
use super::text_metrics::measure;
use crate::briefing::geometry::{
    ANNOTATION_LINE_PX, ScreenShape, screen_shape, text_box, text_box_size,
};
use crate::render::MapFrame;
use crate::render::place_labels::{ScreenBox, TextBox};
use crate::scene::arrow::shaft_and_head;
use crate::scene::{Rgba, SymbolKind};

pub fn write_flows(out: &mut String, frame: &MapFrame) -> fmt::Result {
    writeln!(
        out,
        r#"<g id="flows" fill="none" stroke-linejoin="round" stroke-linecap="butt">"#
    )?;
    let halo = frame.palette.highlight;
    for flow in &frame.flows {
        let mut d = String::new();
        push_subpath(&mut d, &flow.shaft, false);
        if let Some(outline) = flow.halo.filter(|_| !flow.highlighted) {
            // A flagged trace: an outline under the line.
            writeln!(
                out,
                r#"<path stroke="{}" stroke-width="{}" d="{d}"/>"#,
                outline.hex(),
                num(flow.width_px + 2.0)
            )?;
        }
        if flow.highlighted {
            writeln!(
                out,
                r#"<path stroke="{}" stroke-width="{}" d="{d}"/>"#,
                halo.hex(),
                num(flow.width_px + 3.0)
            )?;
        }
        writeln!(
            out,
            r#"<path stroke="{}"{} stroke-width="{}" d="{d}"/>"#,
            flow.color.hex(),
            opacity_attr("stroke-opacity", flow.color),
            num(flow.width_px)
        )?;
        let outline = if flow.highlighted {
            format!(r#" stroke="{}" stroke-width="1.5""#, halo.hex())
        } else {
            String::new()
        };
        writeln!(
            out,
            r#"<polygon fill="{}"{}{outline} points="{}"/>"#,
            flow.color.hex(),
            opacity_attr("fill-opacity", flow.color),
            point_list(&flow.head)
        )?;
    }
    writeln!(out, "</g>")
}

pub fn write_symbols(out: &mut String, frame: &MapFrame) -> fmt::Result {
    writeln!(out, r#"<g id="symbols">"#)?;
    for symbol in &frame.symbols {
        let paint = if symbol.hollow {
            // Known only to a state or country: an area, not a place.
            format!(
                r#"fill="{}" fill-opacity="0.15" stroke="{}" stroke-width="{}" stroke-dasharray="4 3""#,
                symbol.fill.hex(),
                symbol.fill.hex(),
                num(symbol.stroke_px.max(2.0))
            )
        } else {
            format!(
                r#"fill="{}"{} stroke="{}" stroke-width="{}""#,
                symbol.fill.hex(),
                opacity_attr("fill-opacity", symbol.fill),
                symbol.stroke.hex(),
                num(symbol.stroke_px)
            )
        };
        let [x, y] = symbol.at;
        match symbol.kind {
            // A square of the same area as the circle of that radius.
            SymbolKind::Store => {
                let half = symbol.radius_px * std::f32::consts::PI.sqrt() / 2.0;
                writeln!(
                    out,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" rx="1" {paint}/>"#,
                    num(x - half),
                    num(y - half),
                    num(2.0 * half),
                    num(2.0 * half)
                )?;
            }
            SymbolKind::Site => writeln!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}" {paint}/>"#,
                num(x),
                num(y),
                num(symbol.radius_px)
            )?,
        }
        if let Some(ring) = symbol.ring {
            writeln!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{}" stroke-width="2.5"/>"#,
                num(x),
                num(y),
                num(symbol.radius_px + 3.5),
                ring.hex()
            )?;
        }
    }
    writeln!(out, "</g>")
}

/// The basemap's names and the endpoints' names, except those under a box
/// in `covered` (the title, the legend and the rest of the overlays).
pub fn write_place_labels(
    out: &mut String,
    frame: &MapFrame,
    covered: &[ScreenBox],
) -> fmt::Result {
    let colors = &frame.palette;
    let labels = &frame.labels;
    let seen = |label: &TextBox| !covered.iter().any(|c| c.intersects(&label.rect));
    writeln!(out, r#"<g id="places">"#)?;
    let muted = mix(colors.label, 0.55);
    for state in labels.states.iter().filter(|l| seen(l)) {
        text_at(
            out,
            &state.text,
            state.rect.min,
            state.font_px,
            muted,
            Weight::Regular,
        )?;
    }
    for port in &labels.ports {
        let [x, y] = port.at;
        let s = port.half_px;
        writeln!(
            out,
            r#"<polygon fill="{}" stroke="{}"{} stroke-width="1" points="{}"/>"#,
            colors.port.hex(),
            colors.label_halo.hex(),
            opacity_attr("stroke-opacity", colors.label_halo),
            point_list(&[[x, y - s], [x + s, y], [x, y + s], [x - s, y]])
        )?;
        if let Some(label) = port.label.as_ref().filter(|l| seen(l)) {
            haloed_label(out, label, colors.label, colors.label_halo)?;
        }
    }
    for town in labels.towns.iter().filter(|t| seen(&t.label)) {
        haloed_label(out, &town.label, colors.label, colors.label_halo)?;
        writeln!(
            out,
            r#"<circle cx="{}" cy="{}" r="2.2" fill="{}"/>"#,
            num(town.dot[0]),
            num(town.dot[1]),
            colors.label.hex()
        )?;
    }
    writeln!(out, "</g>")?;
    // The places the flows connect, over the basemap's names.
    writeln!(out, r#"<g id="endpoints">"#)?;
    for label in frame.endpoint_labels.iter().filter(|l| seen(l)) {
        haloed_label(out, label, colors.label, colors.label_halo)?;
    }
    writeln!(out, "</g>")
}

/// A place name on a box of the halo colour, as the map draws it.
fn haloed_label(out: &mut String, label: &TextBox, ink: Rgba, halo: Rgba) -> fmt::Result {
    let (min, max) = (label.rect.min, label.rect.max);
    rect(
        out,
        [min[0] - 1.0, min[1] - 1.0],
        [max[0] - min[0] + 2.0, max[1] - min[1] + 2.0],
        2.0,
        halo,
        None,
    )?;
    text_at(
        out,
        &label.text,
        label.rect.min,
        label.font_px,
        ink,
        Weight::Regular,
    )
}

/// An annotation's line over a wider halo, so it reads on any flow:
/// `open` starts the element, `rest` ends its attributes.
fn line_on_halo(out: &mut String, open: &str, rest: &str, color: Rgba, halo: Rgba) -> fmt::Result {
    for (stroke, width) in [
        (halo, ANNOTATION_LINE_PX + 2.0),
        (color, ANNOTATION_LINE_PX),
    ] {
        writeln!(
            out,
            r#"{open} fill="none" stroke="{}"{} stroke-width="{}"{rest}/>"#,
            stroke.hex(),
            opacity_attr("stroke-opacity", stroke),
            num(width)
        )?;
    }
    Ok(())
}

/// `color` at `alpha` of its opacity.
fn mix(color: Rgba, alpha: f32) -> Rgba {
    color.with_alpha((f32::from(color.0[3]) * alpha).round() as u8)
}

pub fn write_annotations(out: &mut String, frame: &MapFrame) -> fmt::Result {
    let halo = frame.palette.label_halo;
    let scale = frame.palette.text_scale;
    writeln!(out, r#"<g id="annotations" stroke-linejoin="round">"#)?;
    for annotation in &frame.annotations {
        let color = annotation.color;
        let shape = screen_shape(annotation, &frame.transform);
        match shape {
            ScreenShape::Note { .. } => {}
            ScreenShape::Arrow { from, to } => {
                if let Some((shaft, head)) = shaft_and_head(&[from, to], ANNOTATION_LINE_PX, 0.0) {
                    let mut d = String::new();
                    push_subpath(&mut d, &shaft, false);
                    line_on_halo(out, "<path", &format!(r#" d="{d}""#), color, halo)?;
                    writeln!(
                        out,
                        r#"<polygon fill="{}" stroke="{}"{} stroke-width="1" points="{}"/>"#,
                        color.hex(),
                        halo.hex(),
                        opacity_attr("stroke-opacity", halo),
                        point_list(&head)
                    )?;
                }
            }
            ScreenShape::Circle { center, radius_px } => {
                let circle = format!(
                    r#"cx="{}" cy="{}" r="{}""#,
                    num(center[0]),
                    num(center[1]),
                    num(radius_px)
                );
                writeln!(
                    out,
                    r#"<circle {circle} fill="{}" fill-opacity="0.12" stroke="none"/>"#,
                    color.hex()
                )?;
                line_on_halo(out, &format!("<circle {circle}"), "", color, halo)?;
            }
        }
        let size = text_box_size(annotation, scale, &measure);
        if size[0] <= 0.0 {
            continue;
        }
        let (min, max) = text_box(shape.text_anchor(), size);
        rect(
            out,
            min,
            [max[0] - min[0], max[1] - min[1]],
            3.0,
            halo,
            Some((color, 1.5)),
        )?;
        if !annotation.text.trim().is_empty() {
            let font_px = crate::briefing::geometry::ANNOTATION_TEXT_PX * scale;
            let [w, h] = measure(&annotation.text, font_px);
            let center = [(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0];
            text_at(
                out,
                &annotation.text,
                [center[0] - w / 2.0, center[1] - h / 2.0],
                font_px,
                color,
                Weight::Regular,
            )?;
        }
    }
    writeln!(out, "</g>")
}
