//! What floats over an exported map, placed as on screen: the title box
//! (top left, as in presentation mode), the redaction badge (top right),
//! the legend (bottom left), scale bars and attribution (bottom right).

use std::fmt::{self, Write};

use super::svg_path::num;
use super::svg_text::{Weight, rect, text_at};
use super::text_metrics::{measure, measure_bold};
use crate::format::thousands;
use crate::render::MapFrame;
use crate::render::frame::MAX_SCALE_BAR_PX;
use crate::scene::Rgba;
use crate::scene::legend::Legend;

const MARGIN_PX: f32 = 10.0;

/// Background of boxes over the map: the halo colour, nearly opaque.
fn panel(frame: &MapFrame) -> Rgba {
    frame.palette.label_halo.with_alpha(235)
}

pub fn write_title(out: &mut String, frame: &MapFrame) -> fmt::Result {
    let heading = frame.heading.trim();
    let subtitle = frame.subtitle.trim();
    if heading.is_empty() && subtitle.is_empty() {
        return Ok(());
    }
    let scale = frame.palette.text_scale;
    let max_width = (frame.size_px[0] - 200.0).max(200.0) - 36.0;
    // Long titles shrink to fit rather than run off the slide.
    let fit = |text: &str, px: f32, bold: bool| {
        let width = if bold {
            measure_bold(text, px)[0]
        } else {
            measure(text, px)[0]
        };
        if width > max_width {
            px * max_width / width
        } else {
            px
        }
    };
    let title_px = fit(heading, 34.0 * scale, true);
    let sub_px = fit(subtitle, 20.0 * scale, false);
    let [title_w, title_h] = measure_bold(heading, title_px);
    let [sub_w, sub_h] = if subtitle.is_empty() {
        [0.0, 0.0]
    } else {
        measure(subtitle, sub_px)
    };
    let (pad_x, pad_y) = (18.0, 12.0);
    let origin = [24.0, 20.0];
    let size = [
        title_w.max(sub_w) + 2.0 * pad_x,
        title_h + sub_h + 2.0 * pad_y + if sub_h > 0.0 { 2.0 } else { 0.0 },
    ];
    writeln!(out, r#"<g id="title">"#)?;
    rect(
        out,
        origin,
        size,
        6.0,
        panel(frame),
        Some((frame.palette.state_line, 1.0)),
    )?;
    let left = origin[0] + pad_x;
    text_at(
        out,
        heading,
        [left, origin[1] + pad_y],
        title_px,
        frame.palette.label,
        Weight::Bold,
    )?;
    if !subtitle.is_empty() {
        text_at(
            out,
            subtitle,
            [left, origin[1] + pad_y + title_h + 2.0],
            sub_px,
            frame.palette.label,
            Weight::Regular,
        )?;
    }
    writeln!(out, "</g>")
}

pub fn write_redacted_badge(out: &mut String, frame: &MapFrame) -> fmt::Result {
    if !frame.redacted {
        return Ok(());
    }
    let font_px = 13.0 * frame.palette.text_scale;
    let [w, h] = measure_bold("REDACTED", font_px);
    let size = [w + 12.0, h + 4.0];
    let min = [frame.size_px[0] - 16.0 - size[0], 14.0];
    writeln!(out, r#"<g id="redacted">"#)?;
    rect(out, min, size, 3.0, Rgba::rgb(0xB0, 0x10, 0x10), None)?;
    text_at(
        out,
        "REDACTED",
        [min[0] + 6.0, min[1] + 2.0],
        font_px,
        Rgba::rgb(0xFF, 0xFF, 0xFF),
        Weight::Bold,
    )?;
    writeln!(out, "</g>")
}

/// The legend, laid out top-down in its own coordinates, then moved so
/// its bottom-left corner sits at the map's like on screen.
pub fn write_legend(out: &mut String, frame: &MapFrame) -> fmt::Result {
    let Some((legend, notes)) = &frame.legend else {
        return Ok(());
    };
    let scale = frame.palette.text_scale;
    let text_px = 12.0 * scale;
    let heading_px = 10.5 * scale;
    let ink = frame.palette.label;
    let mut body = String::new();
    let mut y = 0.0f32;
    let mut width = 0.0f32;
    let gap = 3.0;
    for line in notes {
        text_at(&mut body, line, [0.0, y], text_px, ink, Weight::Regular)?;
        width = width.max(measure(line, text_px)[0]);
        y += measure(line, text_px)[1];
    }
    y += gap;
    y = heading(&mut body, "Traces per flow", y, heading_px, ink, &mut width)?;
    y = flow_widths(&mut body, legend, y, text_px, ink, &mut width)?;
    y = heading(
        &mut body,
        "Traces per location (area)",
        y,
        heading_px,
        ink,
        &mut width,
    )?;
    y = symbol_sizes(&mut body, legend, y, text_px, ink, &mut width)?;
    y = symbol_key(&mut body, legend, y, text_px, ink, &mut width)?;
    if legend.colors.len() > 1 {
        y = heading(
            &mut body,
            "Colour: dominant weapon class",
            y,
            heading_px,
            ink,
            &mut width,
        )?;
        y = class_colors(&mut body, legend, y, text_px, ink, &mut width)?;
    }
    let pad = 8.0;
    let size = [width + 2.0 * pad, y + 2.0 * pad - gap];
    let bottom = frame.size_px[1] - MARGIN_PX - 18.0;
    let min = [MARGIN_PX, (bottom - size[1]).max(MARGIN_PX)];
    writeln!(out, r#"<g id="legend">"#)?;
    rect(
        out,
        min,
        size,
        5.0,
        panel(frame),
        Some((frame.palette.state_line, 1.0)),
    )?;
    writeln!(
        out,
        r#"<g transform="translate({},{})">"#,
        num(min[0] + pad),
        num(min[1] + pad)
    )?;
    out.push_str(&body);
    writeln!(out, "</g>\n</g>")
}

fn heading(
    out: &mut String,
    text: &str,
    y: f32,
    font_px: f32,
    ink: Rgba,
    width: &mut f32,
) -> Result<f32, fmt::Error> {
    text_at(out, text, [0.0, y], font_px, ink, Weight::Bold)?;
    let [w, h] = measure_bold(text, font_px);
    *width = width.max(w);
    Ok(y + h + 1.0)
}

fn flow_widths(
    out: &mut String,
    legend: &Legend,
    y: f32,
    text_px: f32,
    ink: Rgba,
    width: &mut f32,
) -> Result<f32, fmt::Error> {
    let row_h = 16.0f32.max(measure("0", text_px)[1]);
    let mid = y + row_h / 2.0;
    let mut x = 0.0;
    for (count, line_px) in &legend.flow_widths {
        writeln!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>"#,
            num(x),
            num(mid),
            num(x + 28.0),
            num(mid),
            ink.hex(),
            num(*line_px)
        )?;
        x += 32.0;
        let label = thousands(*count);
        let [w, h] = measure(&label, text_px);
        text_at(
            out,
            &label,
            [x, mid - h / 2.0],
            text_px,
            ink,
            Weight::Regular,
        )?;
        x += w + 10.0;
    }
    *width = width.max(x - 10.0);
    Ok(y + row_h + 3.0)
}

fn symbol_sizes(
    out: &mut String,
    legend: &Legend,
    y: f32,
    text_px: f32,
    ink: Rgba,
    width: &mut f32,
) -> Result<f32, fmt::Error> {
    let biggest = legend
        .symbol_sizes
        .iter()
        .map(|(_, r)| *r)
        .fold(0.0, f32::max);
    let row_h = (2.0 * biggest + 2.0).max(measure("0", text_px)[1]);
    let mid = y + row_h / 2.0;
    let mut x = 0.0;
    for (count, radius) in &legend.symbol_sizes {
        writeln!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{}" stroke-width="1"/>"#,
            num(x + radius + 1.0),
            num(mid),
            num(*radius),
            ink.hex()
        )?;
        x += 2.0 * radius + 6.0;
        let label = thousands(*count);
        let [w, h] = measure(&label, text_px);
        text_at(
            out,
            &label,
            [x, mid - h / 2.0],
            text_px,
            ink,
            Weight::Regular,
        )?;
        x += w + 10.0;
    }
    *width = width.max(x - 10.0);
    Ok(y + row_h + 3.0)
}

fn symbol_key(
    out: &mut String,
    legend: &Legend,
    y: f32,
    text_px: f32,
    ink: Rgba,
    width: &mut f32,
) -> Result<f32, fmt::Error> {
    let row_h = 14.0f32.max(measure("0", text_px)[1]);
    let mid = y + row_h / 2.0;
    rect(
        out,
        [1.0, mid - 5.0],
        [10.0, 10.0],
        1.0,
        legend.store_fill,
        None,
    )?;
    let mut x = 16.0;
    let store = "Store (purchase)";
    let [w, h] = measure(store, text_px);
    text_at(
        out,
        store,
        [x, mid - h / 2.0],
        text_px,
        ink,
        Weight::Regular,
    )?;
    x += w + 12.0;
    writeln!(
        out,
        r#"<circle cx="{}" cy="{}" r="5.5" fill="{}"/>"#,
        num(x + 6.0),
        num(mid),
        legend.site_fill.hex()
    )?;
    x += 16.0;
    let site = "Recovery site";
    let [w, _] = measure(site, text_px);
    text_at(out, site, [x, mid - h / 2.0], text_px, ink, Weight::Regular)?;
    *width = width.max(x + w);
    Ok(y + row_h + 3.0)
}

/// Two columns of swatches, as on screen.
fn class_colors(
    out: &mut String,
    legend: &Legend,
    y: f32,
    text_px: f32,
    ink: Rgba,
    width: &mut f32,
) -> Result<f32, fmt::Error> {
    let row_h = 12.0f32.max(measure("0", text_px)[1]);
    let column_w = legend
        .colors
        .iter()
        .map(|c| measure(&c.label, text_px)[0])
        .fold(0.0, f32::max)
        + 20.0
        + 12.0;
    for (i, entry) in legend.colors.iter().enumerate() {
        let x = (i % 2) as f32 * column_w;
        let mid = y + (i / 2) as f32 * (row_h + 2.0) + row_h / 2.0;
        rect(out, [x, mid - 3.0], [16.0, 6.0], 1.0, entry.color, None)?;
        let h = measure(&entry.label, text_px)[1];
        text_at(
            out,
            &entry.label,
            [x + 20.0, mid - h / 2.0],
            text_px,
            ink,
            Weight::Regular,
        )?;
    }
    let columns = legend.colors.len().min(2) as f32;
    *width = width.max(columns * column_w - 12.0);
    let rows = legend.colors.len().div_ceil(2) as f32;
    Ok(y + rows * (row_h + 2.0) + 3.0)
}

pub fn write_scale_bars(out: &mut String, frame: &MapFrame) -> fmt::Result {
    let [width, height] = frame.size_px;
    let ink = frame.palette.label;
    let label_w = 56.0;
    let right = width - MARGIN_PX - label_w;
    let bottom = height - 26.0;
    let row = 15.0;
    let max_px = MAX_SCALE_BAR_PX as f32;
    writeln!(out, r#"<g id="scale-bar">"#)?;
    rect(
        out,
        [right - max_px - 8.0, bottom - 2.0 * row - 6.0],
        [max_px + 8.0 + label_w, 2.0 * row + 8.0],
        2.0,
        frame.palette.label_halo.with_alpha(204),
        None,
    )?;
    for (i, bar) in frame.scale_bars.iter().enumerate() {
        let y = bottom - row * (1.5 - i as f32) + 3.0 - row / 2.0;
        let start = right - bar.length_px as f32;
        let tick = if i == 0 { -4.0 } else { 4.0 };
        writeln!(
            out,
            r#"<path fill="none" stroke="{}" stroke-width="1.5" d="M{} {}L{} {}M{} {}L{} {}M{} {}L{} {}"/>"#,
            ink.hex(),
            num(start),
            num(y),
            num(right),
            num(y),
            num(start),
            num(y),
            num(start),
            num(y + tick),
            num(right),
            num(y),
            num(right),
            num(y + tick),
        )?;
        let h = measure(&bar.label, 11.0)[1];
        text_at(
            out,
            &bar.label,
            [right + 5.0, y - h / 2.0],
            11.0,
            ink,
            Weight::Regular,
        )?;
    }
    writeln!(out, "</g>")
}

pub fn write_attribution(out: &mut String, frame: &MapFrame) -> fmt::Result {
    let [width, height] = frame.size_px;
    let [w, h] = measure(frame.attribution, 11.0);
    let at = [width - w - 8.0, height - h - 4.0];
    writeln!(out, r#"<g id="attribution">"#)?;
    rect(
        out,
        [at[0] - 4.0, at[1] - 2.0],
        [w + 8.0, h + 4.0],
        2.0,
        frame.palette.label_halo.with_alpha(204),
        None,
    )?;
    text_at(
        out,
        frame.attribution,
        at,
        11.0,
        frame.palette.label,
        Weight::Regular,
    )?;
    writeln!(out, "</g>")
}
