//! A whole map image for one view, in screen pixels: the basemap's names,
//! the flows and symbols as drawn (selection highlighted, the rest faded),
//! annotations, legend, scale bars, title and attribution. Exporters write
//! it out; they decide nothing about what is shown.

use super::ViewData;
use super::caption::{filter_line, source_line};
use super::endpoint_labels::{Endpoint, endpoint_names, place_endpoint_labels};
use super::legend_notes::{attribution, legend_notes};
use super::place_labels::{LabelOptions, PlaceLabels, ScreenBox, TextBox, place_labels_around};
use super::title::{is_placeholder_name, view_heading};
use super::view_job::build_view;
use crate::aggregate::selection::NodePart;
use crate::basemap::Basemap;
use crate::briefing::{Annotation, Redaction, SavedView};
use crate::geometry::mercator::{project, unproject};
use crate::i18n::{Lang, Wording};
use crate::scene::arrow::{Px, shaft_and_head};
use crate::scene::legend::Legend;
use crate::scene::scale_bar::{DistanceUnit, ScaleBar, scale_bar};
use crate::scene::style::{Palette, palette};
use crate::scene::transform::ScreenTransform;
use crate::scene::{Rgba, SymbolKind, Theme};

/// Opacity of the heaviest flows, so crossings stay readable.
const FLOW_ALPHA: f32 = 0.85;
/// Opacity of the thinnest flows.
const MIN_ALPHA: f32 = 0.12;
/// Opacity of flows outside the selection.
const FADED_ALPHA: f32 = 0.12;
/// Size of the names beside symbols, in the light theme's pixels.
pub const ENDPOINT_TEXT_PX: f32 = 11.5;
/// Longest scale bar, in pixels.
pub const MAX_SCALE_BAR_PX: f64 = 140.0;

/// Opacity of a flow: heavy corridors stand out, a haze of single traces
/// stays in the background, and flows outside a selection fade.
///
/// ```
/// use corridor_core::render::frame::flow_alpha;
/// assert!(flow_alpha(14.0, 14.0, true) > flow_alpha(1.0, 14.0, true));
/// assert!(flow_alpha(14.0, 14.0, false) < flow_alpha(1.0, 14.0, true));
/// ```
pub fn flow_alpha(width_px: f32, max_width_px: f32, selected: bool) -> f32 {
    if !selected {
        return FADED_ALPHA;
    }
    let weight = (width_px / max_width_px.max(1e-6)).clamp(0.0, 1.0);
    MIN_ALPHA + (FLOW_ALPHA - MIN_ALPHA) * weight.sqrt()
}

/// How an image is framed.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameOptions {
    /// Size in logical pixels (a PNG at scale 2 has twice as many).
    pub size_px: [f32; 2],
    /// Whether town names are placed.
    pub towns: bool,
    /// Whether ports of entry are marked (and named when zoomed in close).
    pub ports: bool,
    /// Whether to draw the legend and its notes; there is none when the view
    /// has no flows.
    pub legend: bool,
    /// The language of every word Corridor writes on the image, or two for
    /// a joint briefing: each generated title, caption and legend line in
    /// the first with the second under it, smaller (data values such as
    /// place and store names, and titles the user wrote, stay as they are).
    pub wording: Wording,
}

impl Default for FrameOptions {
    /// A 16:9 slide.
    fn default() -> Self {
        FrameOptions {
            size_px: [1600.0, 900.0],
            towns: true,
            ports: true,
            legend: true,
            wording: Wording::One(Lang::En),
        }
    }
}

/// One flow as the image draws it: a shaft and an arrowhead, in screen
/// pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowMark {
    /// The line, from the origin to just inside the arrowhead.
    pub shaft: Vec<Px>,
    /// The arrowhead triangle: tip, left corner, right corner.
    pub head: [Px; 3],
    /// Line width in pixels.
    pub width_px: f32,
    /// With the flow's opacity.
    pub color: Rgba,
    /// Part of a selection: drawn on top, opaque, with a halo.
    pub highlighted: bool,
    /// The outline of a flow carrying a flagged trace, when marked.
    pub halo: Option<Rgba>,
}

/// One store or site symbol as the image draws it, in screen pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct SymbolMark {
    /// Store or recovery-site symbol.
    pub kind: SymbolKind,
    /// Centre of the circle.
    pub at: Px,
    /// Radius in pixels.
    pub radius_px: f32,
    /// Fill colour, slightly translucent.
    pub fill: Rgba,
    /// Outline colour: the theme's highlight when the node is selected.
    pub stroke: Rgba,
    /// Outline width in pixels, thicker when the node is selected.
    pub stroke_px: f32,
    /// A ring outside the symbol: another agency's records, or flagged
    /// traces, when marked.
    pub ring: Option<Rgba>,
    /// State- or country-level locations only: a faint fill and a dashed
    /// outline in the symbol's colour (see [`crate::scene::SymbolGlyph::hollow`]).
    pub hollow: bool,
}

/// Everything one map image shows, in draw order.
#[derive(Clone, Debug)]
pub struct MapFrame {
    /// Image size in logical pixels, as [`FrameOptions::size_px`].
    pub size_px: [f32; 2],
    /// World coordinates to image pixels.
    pub transform: ScreenTransform,
    /// The view's theme.
    pub theme: Theme,
    /// The theme's colours.
    pub palette: Palette,
    /// Unselected flows first, highlighted ones last.
    pub flows: Vec<FlowMark>,
    /// Store and site symbols that reach into the image, largest first.
    pub symbols: Vec<SymbolMark>,
    /// Place names and port markers over the basemap; empty without a basemap.
    pub labels: PlaceLabels,
    /// The places the drawn symbols stand for, beside them: placed before
    /// the basemap's names, never overlapping each other or them.
    pub endpoint_labels: Vec<TextBox>,
    /// The drawn symbols with the places they stand for, largest first:
    /// what `endpoint_labels` are placed from.
    pub endpoints: Vec<Endpoint>,
    /// Which basemap names are placed, and how large.
    pub label_options: LabelOptions,
    /// The view's notes, arrows and circles, in degrees as saved.
    pub annotations: Vec<Annotation>,
    /// `None` when the count has no flow (even if all counted flows lie
    /// outside the frame, the legend stays) or the legend is turned off.
    pub legend: Option<(Legend, [String; 3])>,
    /// Kilometres, then miles, at the centre latitude.
    pub scale_bars: [ScaleBar; 2],
    /// Title of the image: the view's title, else the name the user gave
    /// it, else what it shows ([`super::title::view_heading`]).
    pub heading: String,
    /// The view's subtitle as the user wrote it, under the title.
    pub subtitle: String,
    /// The filter in words, under the subtitle: classes by label, dates,
    /// the rest of the filter, redaction ([`super::caption::filter_line`]).
    pub filter_line: String,
    /// Where the data comes from and how current it is
    /// ([`super::caption::source_line`]).
    pub source_line: String,
    /// The data credits every map carries ([`attribution`]).
    pub attribution: String,
    /// The language of the frame's words, legend included.
    pub lang: Lang,
    /// The same words in the second language of a bilingual export.
    pub second: Option<SecondWords>,
    /// Identifiers are hidden: the image says so.
    pub redacted: bool,
    /// Traces counted in the view, for the image's description.
    pub traces: u32,
}

/// A frame's generated words in the second language of a bilingual
/// export, drawn under the first language's, smaller.
#[derive(Clone, Debug, PartialEq)]
pub struct SecondWords {
    /// The second language.
    pub lang: Lang,
    /// The generated title; `None` when the user wrote the title (their
    /// words are not translated).
    pub heading: Option<String>,
    /// The filter in words.
    pub filter_line: String,
    /// Where the data comes from.
    pub source_line: String,
    /// The legend's notes.
    pub legend_notes: [String; 3],
}

impl MapFrame {
    /// A legend or key text in the frame's language, followed by the
    /// second language's when it differs (`AK-pattern rifles / Fusiles tipo AK`).
    pub fn both(&self, text: impl Fn(Lang) -> String) -> String {
        let first = text(self.lang);
        match &self.second {
            Some(second) => {
                let other = text(second.lang);
                if other == first {
                    first
                } else {
                    format!("{first} / {other}")
                }
            }
            None => first,
        }
    }

    /// Counts `view` from `data` as the map would and frames it. `measure`
    /// gives a text's size at a font size in pixels. `None` when the view's
    /// level does not exist in the data.
    pub fn for_view(
        data: &ViewData,
        view: &SavedView,
        redaction: Redaction,
        basemap: Option<&Basemap>,
        options: &FrameOptions,
        measure: &dyn Fn(&str, f32) -> [f32; 2],
    ) -> Option<MapFrame> {
        let built = build_view(data, view)?;
        let lang = options.wording.first();
        let level = built.counted.level.get()?;
        let colors = palette(view.theme);
        let [width, height] = options.size_px;
        let transform = ScreenTransform::centered(
            project(view.camera.center_lat_deg, view.camera.center_lon_deg),
            view.camera.zoom,
            [f64::from(width), f64::from(height)],
        );
        let viewport = ScreenBox::new([0.0, 0.0], [width, height]);

        let mask = view.selection.mask(level);
        let max_width = built
            .scene
            .flows
            .iter()
            .map(|g| g.width_px)
            .fold(1.0, f32::max);
        let visible = viewport.expand(40.0);
        let mut flows = Vec::new();
        let mut highlighted = Vec::new();
        for glyph in &built.scene.flows {
            let screen: Vec<Px> = glyph.path.iter().map(|p| transform.to_screen(*p)).collect();
            if !visible.intersects(&bounds(&screen)) {
                continue;
            }
            let Some(flow) = built.counted.summary.flows.get(glyph.flow) else {
                continue;
            };
            let selected = view.selection.shows_flow(&mask, flow);
            let Some((shaft, head)) = shaft_and_head(&screen, glyph.width_px, glyph.end_trim_px)
            else {
                continue;
            };
            let emphasised = selected && !view.selection.is_empty();
            let alpha = if emphasised {
                1.0
            } else {
                flow_alpha(glyph.width_px, max_width, selected)
            };
            let mark = FlowMark {
                shaft,
                head,
                width_px: glyph.width_px,
                // The glyph's own opacity (a faded stale lead) times the
                // fading of unselected flows.
                color: glyph
                    .color
                    .with_alpha((alpha * f32::from(glyph.color.0[3])).round() as u8),
                highlighted: emphasised,
                halo: glyph.halo,
            };
            if emphasised {
                highlighted.push(mark);
            } else {
                flows.push(mark);
            }
        }
        flows.extend(highlighted);

        let names = endpoint_names(&data.dataset, level, view.grouping, lang);
        let mut endpoints = Vec::new();
        let symbols = built
            .scene
            .symbols
            .iter()
            .filter_map(|symbol| {
                let at = transform.to_screen(symbol.at);
                if !viewport.expand(symbol.radius_px).contains(at) {
                    return None;
                }
                // A node only partly selected gets a thin outline, not the
                // full one that would claim all of it.
                let part = mask.part(symbol.id);
                let (stroke, stroke_px) = match part {
                    NodePart::All => (colors.highlight, 2.5),
                    NodePart::Some => (colors.highlight, 1.2),
                    NodePart::None => (symbol.stroke, 1.0),
                };
                endpoints.push(Endpoint {
                    at,
                    radius_px: symbol.radius_px,
                    name: names.get(symbol.id as usize).cloned().unwrap_or_default(),
                    selected: part != NodePart::None,
                });
                Some(SymbolMark {
                    kind: symbol.kind,
                    at,
                    radius_px: symbol.radius_px,
                    fill: symbol.fill.with_alpha(230),
                    stroke,
                    stroke_px,
                    ring: symbol.ring,
                    hollow: symbol.hollow,
                })
            })
            .collect();

        // Largest first, as drawn: the heaviest places get their names.
        endpoints.sort_by(|a, b| b.radius_px.total_cmp(&a.radius_px));
        let label_options = LabelOptions {
            lang,
            towns: options.towns,
            ports: options.ports,
            text_scale: colors.text_scale,
        };
        let center = transform.to_world([width / 2.0, height / 2.0]);
        let (center_lat_deg, _) = unproject(center);
        let zoom = transform.zoom();
        let legend = (options.legend && !built.counted.summary.flows.is_empty()).then(|| {
            (
                built.scene.legend.clone(),
                legend_notes(
                    &built.counted.summary,
                    &view.density,
                    view.grouping,
                    view.lock_scales,
                    options.wording.first(),
                ),
            )
        });
        let mut frame = MapFrame {
            size_px: options.size_px,
            transform,
            theme: view.theme,
            palette: colors,
            flows,
            symbols,
            labels: PlaceLabels::default(),
            endpoint_labels: Vec::new(),
            endpoints,
            label_options,
            annotations: view.annotations.clone(),
            legend,
            scale_bars: [
                scale_bar(
                    center_lat_deg,
                    zoom,
                    MAX_SCALE_BAR_PX,
                    DistanceUnit::Kilometres,
                ),
                scale_bar(center_lat_deg, zoom, MAX_SCALE_BAR_PX, DistanceUnit::Miles),
            ],
            heading: view_heading(&data.dataset, view, lang),
            subtitle: view.subtitle.clone(),
            filter_line: filter_line(&view.filter, &view.density, redaction, lang),
            source_line: source_line(&data.dataset, lang),
            attribution: attribution(lang),
            lang,
            second: options.wording.second().map(|second| SecondWords {
                lang: second,
                heading: (view.title.trim().is_empty() && is_placeholder_name(&view.name))
                    .then(|| view_heading(&data.dataset, view, second)),
                filter_line: filter_line(&view.filter, &view.density, redaction, second),
                source_line: source_line(&data.dataset, second),
                legend_notes: legend_notes(
                    &built.counted.summary,
                    &view.density,
                    view.grouping,
                    view.lock_scales,
                    second,
                ),
            }),
            redacted: redaction.is_active(),
            traces: built.counted.summary.traces,
        };
        frame.place_names(basemap, &[], measure);
        Some(frame)
    }

    /// Places the names: the endpoints' first, then the basemap's around
    /// them, all clear of `reserved` (the boxes an exporter draws over the
    /// map: title, legend, credits), so no name is hidden under one.
    pub fn place_names(
        &mut self,
        basemap: Option<&Basemap>,
        reserved: &[ScreenBox],
        measure: &dyn Fn(&str, f32) -> [f32; 2],
    ) {
        let viewport = ScreenBox::new([0.0, 0.0], self.size_px);
        let mut taken = reserved.to_vec();
        self.endpoint_labels = place_endpoint_labels(
            &self.endpoints,
            viewport,
            ENDPOINT_TEXT_PX * self.palette.text_scale,
            measure,
            &mut taken,
        );
        self.labels = match basemap {
            Some(basemap) => place_labels_around(
                basemap,
                &self.transform,
                viewport,
                self.label_options,
                reserved,
                &self.endpoint_labels,
                measure,
            ),
            None => PlaceLabels::default(),
        };
    }
}

fn bounds(points: &[Px]) -> ScreenBox {
    let mut min = [f32::INFINITY; 2];
    let mut max = [f32::NEG_INFINITY; 2];
    for p in points {
        min = [min[0].min(p[0]), min[1].min(p[1])];
        max = [max[0].max(p[0]), max[1].max(p[1])];
    }
    ScreenBox::new(min, max)
}
