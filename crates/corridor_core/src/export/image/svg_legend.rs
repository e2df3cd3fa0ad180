//! The legend of an exported map, as on screen: which flows are drawn and
//! how they are grouped and scaled, the width and size scales, the symbol
//! key and the class colours. Laid out top-down in its own coordinates,
//! then moved so its bottom-left corner sits at the map's.

use crate::t;
use std::fmt::{self, Write};

use super::svg_path::num;
use super::svg_text::{Weight, rect, text_at};
use super::text_metrics::{measure, measure_bold};
use crate::format::thousands;
use crate::render::MapFrame;
use crate::render::place_labels::ScreenBox;
use crate::scene::Rgba;
use crate::scene::legend::{Legend, LegendMarkKind};

/// Space between the legend and the map's edges.
const MARGIN_PX: f32 = 10.0;
/// Space after a row.
const GAP_PX: f32 = 3.0;

/// The legend's body being laid out: where the next row goes and how wide
/// it has grown.
struct Layout<'a> {
    body: String,
    y: f32,
    width: f32,
    text_px: f32,
    ink: Rgba,
    /// Writes a key's text in the frame's language or languages.
    words: &'a MapFrame,
}

impl Layout<'_> {
    fn text(&mut self, text: &str, at: [f32; 2], weight: Weight, font_px: f32) -> fmt::Result {
        text_at(&mut self.body, text, at, font_px, self.ink, weight)
    }

    fn line(&mut self, text: &str) -> fmt::Result {
        self.line_sized(text, self.text_px)
    }

    /// A line in the second language, under the first, smaller.
    fn small_line(&mut self, text: &str) -> fmt::Result {
        self.line_sized(text, self.text_px * 0.85)
    }

    fn line_sized(&mut self, text: &str, font_px: f32) -> fmt::Result {
        self.text(text, [0.0, self.y], Weight::Regular, font_px)?;
        let [w, h] = measure(text, font_px);
        self.width = self.width.max(w);
        self.y += h;
        Ok(())
    }

    fn heading(&mut self, text: &str, font_px: f32) -> fmt::Result {
        self.text(text, [0.0, self.y], Weight::Bold, font_px)?;
        let [w, h] = measure_bold(text, font_px);
        self.width = self.width.max(w);
        self.y += h + 1.0;
        Ok(())
    }

    /// Samples of a scale side by side: each a glyph `glyph_w` wide drawn
    /// by `glyph` (at its left edge and the row's middle), then its count.
    fn scale_row(
        &mut self,
        samples: &[(u32, f32)],
        glyph_h: f32,
        glyph_w: impl Fn(f32) -> f32,
        glyph: impl Fn(&mut String, f32, f32, f32, Rgba) -> fmt::Result,
    ) -> fmt::Result {
        let row_h = glyph_h.max(measure("0", self.text_px)[1]);
        let mid = self.y + row_h / 2.0;
        let mut x = 0.0;
        for &(count, size) in samples {
            glyph(&mut self.body, x, mid, size, self.ink)?;
            x += glyph_w(size);
            let label = thousands(count);
            let [w, h] = measure(&label, self.text_px);
            self.text(&label, [x, mid - h / 2.0], Weight::Regular, self.text_px)?;
            x += w + 10.0;
        }
        self.width = self.width.max(x - 10.0);
        self.y += row_h + GAP_PX;
        Ok(())
    }

    fn symbol_key(&mut self, legend: &Legend) -> fmt::Result {
        let row_h = 14.0f32.max(measure("0", self.text_px)[1]);
        let mid = self.y + row_h / 2.0;
        rect(
            &mut self.body,
            [1.0, mid - 5.0],
            [10.0, 10.0],
            1.0,
            legend.store_fill,
            None,
        )?;
        let mut x = 16.0;
        let store = self.words.both(|lang| t!(lang, "legend-store"));
        let [w, h] = measure(&store, self.text_px);
        self.text(&store, [x, mid - h / 2.0], Weight::Regular, self.text_px)?;
        x += w + 12.0;
        writeln!(
            self.body,
            r#"<circle cx="{}" cy="{}" r="5.5" fill="{}"/>"#,
            num(x + 6.0),
            num(mid),
            legend.site_fill.hex()
        )?;
        x += 16.0;
        let site = self.words.both(|lang| t!(lang, "legend-site"));
        let [w, _] = measure(&site, self.text_px);
        self.text(&site, [x, mid - h / 2.0], Weight::Regular, self.text_px)?;
        self.width = self.width.max(x + w);
        self.y += row_h + GAP_PX;
        Ok(())
    }

    /// One row per investigation mark: its key and what it means.
    fn marks(&mut self, legend: &Legend) -> fmt::Result {
        for mark in &legend.marks {
            let row_h = 12.0f32.max(measure("0", self.text_px)[1]);
            let mid = self.y + row_h / 2.0;
            let ink = self.ink.hex();
            match mark.kind {
                LegendMarkKind::Outline => writeln!(
                    self.body,
                    r#"<line x1="0" y1="{m}" x2="16" y2="{m}" stroke="{}" stroke-width="6"/><line x1="0" y1="{m}" x2="16" y2="{m}" stroke="{ink}" stroke-width="3"/>"#,
                    mark.color.hex(),
                    m = num(mid),
                )?,
                LegendMarkKind::Ring => writeln!(
                    self.body,
                    r#"<circle cx="8" cy="{m}" r="3" fill="{ink}"/><circle cx="8" cy="{m}" r="5.5" fill="none" stroke="{}" stroke-width="2"/>"#,
                    mark.color.hex(),
                    m = num(mid),
                )?,
                LegendMarkKind::Faded => writeln!(
                    self.body,
                    r#"<line x1="0" y1="{m}" x2="16" y2="{m}" stroke="{ink}" stroke-opacity="0.25" stroke-width="3"/>"#,
                    m = num(mid),
                )?,
                LegendMarkKind::Dashed => writeln!(
                    self.body,
                    r#"<circle cx="8" cy="{m}" r="5.5" fill="{c}" fill-opacity="0.15" stroke="{c}" stroke-width="2" stroke-dasharray="3 2"/>"#,
                    c = mark.color.hex(),
                    m = num(mid),
                )?,
            }
            let label = self.words.both(|lang| mark.label.text(lang));
            let [w, h] = measure(&label, self.text_px);
            self.text(&label, [22.0, mid - h / 2.0], Weight::Regular, self.text_px)?;
            self.width = self.width.max(22.0 + w);
            self.y += row_h + GAP_PX;
        }
        Ok(())
    }

    /// Two columns of swatches, as on screen.
    fn class_colors(&mut self, legend: &Legend) -> fmt::Result {
        let row_h = 12.0f32.max(measure("0", self.text_px)[1]);
        let column_w = legend
            .colors
            .iter()
            .map(|c| measure(&self.words.both(|lang| c.label.text(lang)), self.text_px)[0])
            .fold(0.0, f32::max)
            + 20.0
            + 12.0;
        for (i, entry) in legend.colors.iter().enumerate() {
            let x = (i % 2) as f32 * column_w;
            let mid = self.y + (i / 2) as f32 * (row_h + 2.0) + row_h / 2.0;
            rect(
                &mut self.body,
                [x, mid - 3.0],
                [16.0, 6.0],
                1.0,
                entry.color,
                None,
            )?;
            let label = self.words.both(|lang| entry.label.text(lang));
            let h = measure(&label, self.text_px)[1];
            self.text(
                &label,
                [x + 20.0, mid - h / 2.0],
                Weight::Regular,
                self.text_px,
            )?;
        }
        let columns = legend.colors.len().min(2) as f32;
        self.width = self.width.max(columns * column_w - 12.0);
        let rows = legend.colors.len().div_ceil(2) as f32;
        self.y += rows * (row_h + 2.0) + GAP_PX;
        Ok(())
    }
}

pub fn write_legend(
    out: &mut String,
    frame: &MapFrame,
    panel: Rgba,
    covered: &mut Vec<ScreenBox>,
) -> fmt::Result {
    let Some((legend, notes)) = &frame.legend else {
        return Ok(());
    };
    let scale = frame.palette.text_scale;
    let heading_px = 10.5 * scale;
    let mut layout = Layout {
        body: String::new(),
        y: 0.0,
        width: 0.0,
        text_px: 12.0 * scale,
        ink: frame.palette.label,
        words: frame,
    };
    for (i, line) in notes.iter().enumerate() {
        layout.line(line)?;
        // A bilingual legend: each note in the second language under it.
        if let Some(second) = &frame.second {
            layout.small_line(&second.legend_notes[i])?;
        }
    }
    layout.y += GAP_PX;
    layout.heading(
        &frame.both(|lang| t!(lang, "legend-traces-per-flow")),
        heading_px,
    )?;
    layout.scale_row(
        &legend.flow_widths,
        16.0,
        |_| 32.0,
        |out, x, mid, line_px, ink| {
            writeln!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>"#,
                num(x),
                num(mid),
                num(x + 28.0),
                num(mid),
                ink.hex(),
                num(line_px)
            )
        },
    )?;
    layout.heading(
        &frame.both(|lang| t!(lang, "legend-traces-per-location")),
        heading_px,
    )?;
    let biggest = legend
        .symbol_sizes
        .iter()
        .map(|(_, r)| *r)
        .fold(0.0, f32::max);
    layout.scale_row(
        &legend.symbol_sizes,
        2.0 * biggest + 2.0,
        |radius| 2.0 * radius + 6.0,
        |out, x, mid, radius, ink| {
            writeln!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{}" stroke-width="1"/>"#,
                num(x + radius + 1.0),
                num(mid),
                num(radius),
                ink.hex()
            )
        },
    )?;
    layout.symbol_key(legend)?;
    if legend.colors.len() > 1 {
        layout.heading(
            &frame.both(|lang| legend.color_title.text(lang)),
            heading_px,
        )?;
        layout.class_colors(legend)?;
    }
    layout.marks(legend)?;
    let pad = 8.0;
    let size = [layout.width + 2.0 * pad, layout.y + 2.0 * pad - GAP_PX];
    let bottom = frame.size_px[1] - MARGIN_PX - 18.0;
    let min = [MARGIN_PX, (bottom - size[1]).max(MARGIN_PX)];
    covered.push(super::svg_overlay::boxed(min, size));
    writeln!(out, r#"<g id="legend">"#)?;
    rect(
        out,
        min,
        size,
        5.0,
        panel,
        Some((frame.palette.state_line, 1.0)),
    )?;
    writeln!(
        out,
        r#"<g transform="translate({},{})">"#,
        num(min[0] + pad),
        num(min[1] + pad)
    )?;
    out.push_str(&layout.body);
    writeln!(out, "</g>\n</g>")
}
