//! Walkers plugin drawing place labels that appear as the map zooms in,
//! state names, and the ports of entry (chosen and placed by
//! `render::place_labels`, as in image exports).

use egui::{Align2, Color32, FontId, Pos2, Rect, Response, Shape, Stroke, Ui, Vec2};
use walkers::{MapMemory, Plugin, Projector};

use super::projection::layer_painter;
use crate::app::colors::color32;
use corridor_core::basemap::Basemap;
use corridor_core::render::place_labels::{LabelOptions, ScreenBox, TextBox, place_labels};
use corridor_core::scene::style::Palette;

pub struct LabelLayer {
    pub basemap: &'static Basemap,
    pub palette: Palette,
    pub city_labels: bool,
    pub ports: bool,
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
        let text = color32(self.palette.label);
        let halo = color32(self.palette.label_halo);
        let measure = |s: &str, size: f32| {
            let galley = painter.layout_no_wrap(s.to_owned(), FontId::proportional(size), text);
            [galley.size().x, galley.size().y]
        };
        let labels = place_labels(
            self.basemap,
            &transform,
            ScreenBox::new([clip.min.x, clip.min.y], [clip.max.x, clip.max.y]),
            LabelOptions {
                towns: self.city_labels,
                ports: self.ports,
                text_scale: self.palette.text_scale,
                lang: crate::app::i18n::lang(),
            },
            &measure,
        );
        let rect = |b: &ScreenBox| Rect::from_min_max(pos(b.min), pos(b.max));
        let muted = text.gamma_multiply(0.55);
        for state in &labels.states {
            painter.text(
                rect(&state.rect).center(),
                Align2::CENTER_CENTER,
                &state.text,
                FontId::proportional(state.font_px),
                muted,
            );
        }
        for port in &labels.ports {
            let at = pos(port.at);
            let size = port.half_px;
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
            if let Some(label) = &port.label {
                haloed_label(&painter, label, text, halo);
            }
        }
        for town in &labels.towns {
            haloed_label(&painter, &town.label, text, halo);
            painter.circle_filled(pos(town.dot), 2.2, text);
        }
    }
}

/// A place name on a box of the halo colour, so it reads over flows.
fn haloed_label(painter: &egui::Painter, label: &TextBox, text: Color32, halo: Color32) {
    let rect = Rect::from_min_max(pos(label.rect.min), pos(label.rect.max));
    painter.rect_filled(rect.expand(1.0), 2.0, halo);
    painter.text(
        rect.min,
        Align2::LEFT_TOP,
        &label.text,
        FontId::proportional(label.font_px),
        text,
    );
}

fn pos(p: [f32; 2]) -> Pos2 {
    Pos2::new(p[0], p[1])
}
