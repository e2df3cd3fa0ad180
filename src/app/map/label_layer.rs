//! Walkers plugin drawing place labels that appear as the map zooms in,
//! state names, and the ports of entry.

use egui::{Align2, Color32, FontId, Pos2, Rect, Response, Shape, Stroke, Ui, Vec2};
use walkers::{MapMemory, Plugin, Projector};

use super::projection::layer_painter;
use crate::app::colors::color32;
use crate::basemap::Basemap;
use crate::scene::style::Palette;

/// Most city labels tried per frame, largest towns first.
const MAX_LABEL_CANDIDATES: usize = 1500;

pub struct LabelLayer {
    pub basemap: &'static Basemap,
    pub palette: Palette,
    pub city_labels: bool,
    pub ports: bool,
}

/// Smallest population labelled at a zoom level.
pub fn min_population(zoom: f64) -> u32 {
    match zoom {
        z if z < 4.5 => 2_000_000,
        z if z < 5.5 => 700_000,
        z if z < 6.5 => 250_000,
        z if z < 7.5 => 80_000,
        z if z < 8.5 => 25_000,
        _ => 5_000,
    }
}

impl Plugin for LabelLayer {
    fn run(
        self: Box<Self>,
        ui: &mut Ui,
        _response: &Response,
        projector: &Projector<'_>,
        _memory: &MapMemory,
    ) {
        let (painter, clip, transform) = layer_painter(ui, projector);
        let zoom = projector.zoom();
        let text = color32(self.palette.label);
        let halo = color32(self.palette.label_halo);
        let mut taken: Vec<Rect> = Vec::new();
        let scale = self.palette.text_scale;

        if (4.5..7.5).contains(&zoom) {
            let font = FontId::proportional(11.0 * scale);
            let muted = text.gamma_multiply(0.55);
            for state in &self.basemap.states.states {
                let s = transform.to_screen(state.label);
                let at = Pos2::new(s[0], s[1]);
                if !clip.contains(at) {
                    continue;
                }
                let name = if zoom < 5.5 {
                    state.postal.clone()
                } else {
                    state.name.to_uppercase()
                };
                let galley = painter.layout_no_wrap(name, font.clone(), muted);
                let rect = Align2::CENTER_CENTER.anchor_size(at, galley.size());
                painter.galley(rect.min, galley, muted);
            }
        }

        if self.ports && zoom >= 4.0 {
            let size = if zoom >= 6.0 { 4.5 } else { 3.0 };
            for port in &self.basemap.ports {
                let s = transform.to_screen(port.world);
                let at = Pos2::new(s[0], s[1]);
                if !clip.contains(at) {
                    continue;
                }
                let diamond = vec![
                    at + Vec2::new(0.0, -size),
                    at + Vec2::new(size, 0.0),
                    at + Vec2::new(0.0, size),
                    at + Vec2::new(-size, 0.0),
                ];
                painter.add(Shape::convex_polygon(
                    diamond,
                    color32(self.palette.port),
                    Stroke::new(1.0, halo),
                ));
                if zoom >= 7.5 {
                    let rect = label(
                        &painter,
                        at + Vec2::new(6.0, 0.0),
                        Align2::LEFT_CENTER,
                        &port.name,
                        10.5 * scale,
                        text,
                        halo,
                        &taken,
                    );
                    if let Some(rect) = rect {
                        taken.push(rect);
                    }
                }
            }
        }

        if self.city_labels {
            let threshold = min_population(zoom);
            let view = clip.shrink(4.0);
            for place in self
                .basemap
                .gazetteer
                .places()
                .iter()
                .take(MAX_LABEL_CANDIDATES)
            {
                if place.population < threshold {
                    break;
                }
                let s = transform.to_screen(place.world);
                let at = Pos2::new(s[0], s[1]);
                if !view.contains(at) {
                    continue;
                }
                let size = scale
                    * if place.population >= 1_000_000 {
                        12.5
                    } else {
                        11.0
                    };
                if let Some(rect) = label(
                    &painter,
                    at + Vec2::new(5.0, -1.0),
                    Align2::LEFT_BOTTOM,
                    &place.name,
                    size,
                    text,
                    halo,
                    &taken,
                ) {
                    painter.circle_filled(at, 2.2, text);
                    taken.push(rect.union(Rect::from_center_size(at, Vec2::splat(5.0))));
                }
            }
        }
    }
}

/// Draws a label with a halo unless it would overlap one already placed.
#[allow(clippy::too_many_arguments)]
fn label(
    painter: &egui::Painter,
    anchor: Pos2,
    align: Align2,
    text: &str,
    size: f32,
    color: Color32,
    halo: Color32,
    taken: &[Rect],
) -> Option<Rect> {
    let galley = painter.layout_no_wrap(text.to_owned(), FontId::proportional(size), color);
    let rect = align.anchor_size(anchor, galley.size());
    if taken.iter().any(|r| r.expand(2.0).intersects(rect)) {
        return None;
    }
    painter.rect_filled(rect.expand(1.0), 2.0, halo);
    painter.galley(rect.min, galley, color);
    Some(rect)
}
