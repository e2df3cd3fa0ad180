//! What floats over an exported map, placed as on screen: the title box
//! (top left, as in presentation mode, with the filter in words under the
//! title), the redaction badge (top right), the legend (bottom left,
//! `svg_legend`), the data's source (bottom left, under the legend), scale
//! bars and attribution (bottom right).

use std::fmt::{self, Write};

use super::svg_path::num;
use super::svg_text::{Weight, rect, text_at};
use super::text_metrics::{measure, measure_bold};
use crate::render::MapFrame;
use crate::render::caption::SEPARATOR;
use crate::render::frame::MAX_SCALE_BAR_PX;
use crate::render::place_labels::ScreenBox;
use crate::scene::Rgba;

const MARGIN_PX: f32 = 10.0;

/// Background of boxes over the map: the halo colour, nearly opaque.
fn panel(frame: &MapFrame) -> Rgba {
    frame.palette.label_halo.with_alpha(235)
}

/// One line of the title box.
struct Line {
    text: String,
    font_px: f32,
    weight: Weight,
}

/// The title box: the heading, the user's subtitle, and the filter in
/// words, wrapped at its separators rather than shrunk to nothing.
pub fn write_title(
    out: &mut String,
    frame: &MapFrame,
    covered: &mut Vec<ScreenBox>,
) -> fmt::Result {
    let scale = frame.palette.text_scale;
    let max_width = (frame.size_px[0] - 200.0).max(200.0) - 36.0;
    let measure_as = |text: &str, px: f32, weight: Weight| match weight {
        Weight::Bold => measure_bold(text, px),
        Weight::Regular => measure(text, px),
    };
    // A line too long even on its own shrinks to fit rather than run off
    // the slide.
    let fit = |text: &str, px: f32, weight: Weight| {
        let width = measure_as(text, px, weight)[0];
        if width > max_width {
            px * max_width / width
        } else {
            px
        }
    };
    let mut lines = Vec::new();
    let second = frame.second.as_ref();
    // A bilingual slide: the second language's title under the first,
    // smaller; none when the user wrote the title.
    let second_heading = second
        .and_then(|s| s.heading.as_deref())
        .unwrap_or_default();
    for (text, px, weight) in [
        (frame.heading.trim(), 34.0 * scale, Weight::Bold),
        (second_heading.trim(), 22.0 * scale, Weight::Regular),
        (frame.subtitle.trim(), 20.0 * scale, Weight::Regular),
    ] {
        if !text.is_empty() {
            lines.push(Line {
                text: text.to_owned(),
                font_px: fit(text, px, weight),
                weight,
            });
        }
    }
    let caption_px = 15.0 * scale;
    let second_filter = second.map(|s| s.filter_line.trim()).unwrap_or_default();
    for (line, px) in [
        (frame.filter_line.trim(), caption_px),
        (second_filter, 12.5 * scale),
    ] {
        for text in wrap_parts(line, SEPARATOR, |t| measure(t, px)[0] <= max_width) {
            lines.push(Line {
                font_px: fit(&text, px, Weight::Regular),
                text,
                weight: Weight::Regular,
            });
        }
    }
    if lines.is_empty() {
        return Ok(());
    }
    let (pad_x, pad_y, gap) = (18.0, 12.0, 2.0);
    let origin = [24.0, 20.0];
    let sizes: Vec<[f32; 2]> = lines
        .iter()
        .map(|l| measure_as(&l.text, l.font_px, l.weight))
        .collect();
    let width = sizes.iter().map(|s| s[0]).fold(0.0, f32::max);
    let height: f32 = sizes.iter().map(|s| s[1]).sum::<f32>() + gap * (lines.len() - 1) as f32;
    let size = [width + 2.0 * pad_x, height + 2.0 * pad_y];
    covered.push(boxed(origin, size));
    writeln!(out, r#"<g id="title">"#)?;
    rect(
        out,
        origin,
        size,
        6.0,
        panel(frame),
        Some((frame.palette.state_line, 1.0)),
    )?;
    let mut y = origin[1] + pad_y;
    for (line, size) in lines.iter().zip(&sizes) {
        text_at(
            out,
            &line.text,
            [origin[0] + pad_x, y],
            line.font_px,
            frame.palette.label,
            line.weight,
        )?;
        y += size[1] + gap;
    }
    writeln!(out, "</g>")
}

/// `text` cut into lines at `separator`, each as long as `fits` allows
/// (a part that does not fit alone gets a line of its own).
fn wrap_parts(text: &str, separator: &str, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in text.split(separator).filter(|p| !p.trim().is_empty()) {
        match lines.last_mut() {
            Some(line) if fits(&format!("{line}{separator}{part}")) => {
                line.push_str(separator);
                line.push_str(part);
            }
            _ => lines.push(part.to_owned()),
        }
    }
    lines
}

pub fn write_redacted_badge(
    out: &mut String,
    frame: &MapFrame,
    covered: &mut Vec<ScreenBox>,
) -> fmt::Result {
    if !frame.redacted {
        return Ok(());
    }
    let font_px = 13.0 * frame.palette.text_scale;
    let badge = frame.both(|lang| crate::t!(lang, "legend-redacted-badge"));
    let [w, h] = measure_bold(&badge, font_px);
    let size = [w + 12.0, h + 4.0];
    let min = [frame.size_px[0] - 16.0 - size[0], 14.0];
    covered.push(boxed(min, size));
    writeln!(out, r#"<g id="redacted">"#)?;
    rect(out, min, size, 3.0, Rgba::rgb(0xB0, 0x10, 0x10), None)?;
    text_at(
        out,
        &badge,
        [min[0] + 6.0, min[1] + 2.0],
        font_px,
        Rgba::rgb(0xFF, 0xFF, 0xFF),
        Weight::Bold,
    )?;
    writeln!(out, "</g>")
}

/// The legend, with the panel colour of the other boxes.
pub fn write_legend(
    out: &mut String,
    frame: &MapFrame,
    covered: &mut Vec<ScreenBox>,
) -> fmt::Result {
    super::svg_legend::write_legend(out, frame, panel(frame), covered)
}

/// The box from a corner and a size.
pub fn boxed(min: [f32; 2], size: [f32; 2]) -> ScreenBox {
    ScreenBox::new(min, [min[0] + size[0], min[1] + size[1]])
}

pub fn write_scale_bars(
    out: &mut String,
    frame: &MapFrame,
    covered: &mut Vec<ScreenBox>,
) -> fmt::Result {
    let [width, height] = frame.size_px;
    let ink = frame.palette.label;
    let label_w = 56.0;
    let right = width - MARGIN_PX - label_w;
    let bottom = height - 26.0;
    let row = 15.0;
    let max_px = MAX_SCALE_BAR_PX as f32;
    let (min, size) = (
        [right - max_px - 8.0, bottom - 2.0 * row - 6.0],
        [max_px + 8.0 + label_w, 2.0 * row + 8.0],
    );
    covered.push(boxed(min, size));
    writeln!(out, r#"<g id="scale-bar">"#)?;
    rect(
        out,
        min,
        size,
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

/// The credits (bottom right) and the data's source line (bottom left,
/// under the legend), on the same baseline. The source line shrinks when
/// both would not fit side by side.
pub fn write_attribution(
    out: &mut String,
    frame: &MapFrame,
    covered: &mut Vec<ScreenBox>,
) -> fmt::Result {
    let [width, height] = frame.size_px;
    let [w, h] = measure(&frame.attribution, 11.0);
    let at = [width - w - 8.0, height - h - 4.0];
    writeln!(out, r#"<g id="attribution">"#)?;
    small_text(out, frame, &frame.attribution, at, 11.0, covered)?;
    writeln!(out, "</g>")?;
    let both = match &frame.second {
        Some(second) => format!(
            "{} / {}",
            frame.source_line.trim(),
            second.source_line.trim()
        ),
        None => frame.source_line.trim().to_owned(),
    };
    let source = both.as_str();
    if source.is_empty() {
        return Ok(());
    }
    let room = (at[0] - 24.0 - MARGIN_PX).max(50.0);
    let natural = measure(source, 11.0)[0];
    let font_px = if natural > room {
        11.0 * room / natural
    } else {
        11.0
    };
    let h = measure(source, font_px)[1];
    writeln!(out, r#"<g id="source">"#)?;
    small_text(
        out,
        frame,
        source,
        [MARGIN_PX + 4.0, height - h - 4.0],
        font_px,
        covered,
    )?;
    writeln!(out, "</g>")
}

/// A line of small print on a translucent halo box.
fn small_text(
    out: &mut String,
    frame: &MapFrame,
    text: &str,
    at: [f32; 2],
    font_px: f32,
    covered: &mut Vec<ScreenBox>,
) -> fmt::Result {
    let [w, h] = measure(text, font_px);
    let (min, size) = ([at[0] - 4.0, at[1] - 2.0], [w + 8.0, h + 4.0]);
    covered.push(boxed(min, size));
    rect(
        out,
        min,
        size,
        2.0,
        frame.palette.label_halo.with_alpha(204),
        None,
    )?;
    text_at(out, text, at, font_px, frame.palette.label, Weight::Regular)
}

#[cfg(test)]
mod tests {
    use super::wrap_parts;

    #[test]
    fn captions_wrap_at_separators() {
        let fits = |t: &str| t.chars().count() <= 8;
        assert_eq!(wrap_parts("a · bb · ccc", " · ", fits), ["a · bb", "ccc"]);
        assert_eq!(
            wrap_parts("much too long · x", " · ", fits),
            ["much too long", "x"]
        );
        assert!(wrap_parts("", " · ", fits).is_empty());
    }
}
