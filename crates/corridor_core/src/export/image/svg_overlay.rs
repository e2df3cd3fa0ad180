//! What floats over an exported map, placed as on screen: the title box
//! (top left, as in presentation mode), the redaction badge (top right),
//! the legend (bottom left, `svg_legend`), scale bars and attribution
//! (bottom right).

use std::fmt::{self, Write};

use super::svg_path::num;
use super::svg_text::{Weight, rect, text_at};
use super::text_metrics::{measure, measure_bold};
use crate::render::MapFrame;
use crate::render::frame::MAX_SCALE_BAR_PX;
use crate::scene::Rgba;

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

/// The legend, with the panel colour of the other boxes.
pub fn write_legend(out: &mut String, frame: &MapFrame) -> fmt::Result {
    super::svg_legend::write_legend(out, frame, panel(frame))
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
