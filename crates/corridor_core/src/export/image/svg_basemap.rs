//! The basemap as SVG: land by country and state, then coasts, state
//! lines and the emphasised US–Mexico border, styled as on screen.

use std::fmt::{self, Write};

use geo::MultiPolygon;

use super::svg_path::{bounds, num, push_subpath};
use crate::basemap::{Basemap, Country, OutlineKind};
use crate::geometry::mercator::project;
use crate::render::MapFrame;
use crate::render::place_labels::ScreenBox;
use crate::scene::Rgba;
use crate::scene::arrow::Px;

pub fn write_basemap(out: &mut String, frame: &MapFrame, basemap: &Basemap) -> fmt::Result {
    let view = ScreenBox::new([0.0, 0.0], frame.size_px).expand(8.0);
    let colors = &frame.palette;
    writeln!(out, r#"<g id="land" stroke="none">"#)?;
    let mut other = String::new();
    // The world beyond the countries' clip box first, so the frame is land
    // wherever there is land, however far out it reaches.
    push_polygons(&mut other, &basemap.land.beyond.polygons_deg, frame, &view);
    for country in &basemap.land.countries {
        if country.iso_a2 != "US" && country.iso_a2 != "MX" {
            push_polygons(&mut other, &country.polygons_deg, frame, &view);
        }
    }
    fill_path(out, &other, colors.land_other)?;
    for (country, color) in [(Country::Us, colors.land_us), (Country::Mx, colors.land_mx)] {
        let mut d = String::new();
        for state in basemap
            .states
            .states
            .iter()
            .filter(|s| s.country == country)
        {
            push_polygons(&mut d, &state.polygons_deg, frame, &view);
        }
        fill_path(out, &d, color)?;
    }
    writeln!(out, "</g>")?;

    // Lines thicken as the map zooms in, as on screen.
    let scale = ((frame.transform.zoom() as f32 - 3.0) / 4.0).clamp(0.6, 1.6);
    let mut coast = String::new();
    let mut states = String::new();
    let mut border = String::new();
    for outline in &basemap.outlines {
        let points: Vec<Px> = outline
            .points
            .iter()
            .map(|p| frame.transform.to_screen(*p))
            .collect();
        if !bounds(&points).intersects(&view) {
            continue;
        }
        let d = match outline.kind {
            OutlineKind::Coast => &mut coast,
            OutlineKind::StateBoundary => &mut states,
            OutlineKind::InternationalBorder => &mut border,
        };
        push_subpath(d, &points, false);
    }
    writeln!(
        out,
        r#"<g id="outlines" fill="none" stroke-linejoin="round" stroke-linecap="round">"#
    )?;
    stroke_path(out, &coast, colors.coast, 0.9 * scale)?;
    stroke_path(out, &states, colors.state_line, 0.7 * scale)?;
    stroke_path(out, &border, colors.land_us.with_alpha(178), 4.5 * scale)?;
    stroke_path(out, &border, colors.border, 2.2 * scale)?;
    writeln!(out, "</g>")
}

/// Every ring of `polygons` in view as a closed subpath; with the even-odd
/// rule, holes stay holes.
fn push_polygons(d: &mut String, polygons: &MultiPolygon<f64>, frame: &MapFrame, view: &ScreenBox) {
    for polygon in polygons {
        let rings = std::iter::once(polygon.exterior()).chain(polygon.interiors());
        for ring in rings {
            let points: Vec<Px> = ring
                .coords()
                .map(|c| frame.transform.to_screen(project(c.y, c.x)))
                .collect();
            if bounds(&points).intersects(view) {
                push_subpath(d, &points, true);
            }
        }
    }
}

fn fill_path(out: &mut String, d: &str, color: Rgba) -> fmt::Result {
    if d.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        r#"<path fill="{}"{} fill-rule="evenodd" d="{d}"/>"#,
        color.hex(),
        opacity_attr("fill-opacity", color)
    )
}

pub fn stroke_path(out: &mut String, d: &str, color: Rgba, width_px: f32) -> fmt::Result {
    if d.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        r#"<path stroke="{}"{} stroke-width="{}" d="{d}"/>"#,
        color.hex(),
        opacity_attr("stroke-opacity", color),
        num(width_px.max(0.1))
    )
}

/// ` name="0.5"` for a colour that is not opaque, nothing otherwise.
pub fn opacity_attr(name: &str, color: Rgba) -> String {
    let alpha = color.0[3];
    if alpha == 255 {
        String::new()
    } else {
        format!(r#" {name}="{:.3}""#, f32::from(alpha) / 255.0)
    }
}
