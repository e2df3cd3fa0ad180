//! A framed map as one SVG document: vector shapes and real `<text>`,
//! clipped to the frame, in the screen's draw order.

use std::fmt::{self, Write};

use super::fonts::FAMILY;
use super::svg_basemap::write_basemap;
use super::svg_marks::{write_annotations, write_flows, write_place_labels, write_symbols};
use super::svg_overlay::{
    write_attribution, write_legend, write_redacted_badge, write_scale_bars, write_title,
};
use super::svg_path::num;
use super::text_metrics::measure;
use crate::basemap::Basemap;
use crate::export::kml::xml_escape;
use crate::format::thousands;
use crate::render::MapFrame;

/// The SVG of `frame`; the basemap is left out when there is none.
pub fn frame_to_svg(frame: &MapFrame, basemap: Option<&Basemap>) -> String {
    let mut out = String::with_capacity(256 * 1024);
    // Writing into a String cannot fail.
    let _ = write_document(&mut out, frame, basemap);
    out
}

fn write_document(out: &mut String, frame: &MapFrame, basemap: Option<&Basemap>) -> fmt::Result {
    let [width, height] = frame.size_px;
    let (w, h) = (num(width), num(height));
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FAMILY}, Verdana, sans-serif">"#
    )?;
    writeln!(out, "<title>{}</title>", xml_escape(&frame.heading))?;
    writeln!(
        out,
        "<desc>Corridor map: {} traces in the view. {}. {}. {}{}</desc>",
        thousands(frame.traces),
        xml_escape(&frame.filter_line),
        xml_escape(&frame.source_line),
        xml_escape(&frame.attribution),
        if frame.redacted {
            ". Identifiers redacted."
        } else {
            ""
        }
    )?;
    writeln!(
        out,
        r#"<defs><clipPath id="frame"><rect width="{w}" height="{h}"/></clipPath></defs>"#
    )?;
    writeln!(
        out,
        r#"<rect id="water" width="{w}" height="{h}" fill="{}"/>"#,
        frame.palette.water.hex()
    )?;
    // The boxes over the map are laid out first and the names placed clear
    // of them, so none is hidden under the title or the legend.
    let mut overlays = String::new();
    let mut covered = Vec::new();
    write_legend(&mut overlays, frame, &mut covered)?;
    write_scale_bars(&mut overlays, frame, &mut covered)?;
    write_attribution(&mut overlays, frame, &mut covered)?;
    write_title(&mut overlays, frame, &mut covered)?;
    write_redacted_badge(&mut overlays, frame, &mut covered)?;
    let mut named = frame.clone();
    named.place_names(basemap, &covered, &measure);
    let frame = &named;
    writeln!(out, r#"<g id="map" clip-path="url(#frame)">"#)?;
    if let Some(basemap) = basemap {
        write_basemap(out, frame, basemap)?;
    }
    write_flows(out, frame)?;
    write_symbols(out, frame)?;
    write_place_labels(out, frame, &covered)?;
    write_annotations(out, frame)?;
    writeln!(out, "</g>")?;
    out.push_str(&overlays);
    writeln!(out, "</svg>")
}
