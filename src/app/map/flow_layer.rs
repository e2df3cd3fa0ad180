//! Walkers plugin drawing the origin→recovery flows.

use egui::{Pos2, Response, Shape, Stroke, Ui};
use walkers::{MapMemory, Plugin, Projector};

use super::projection::layer_painter;
use super::selection::flow_selected;
use crate::app::colors::color32;
use corridor_core::aggregate::FlowSummary;
use corridor_core::aggregate::selection::{NodeMask, Selection};
use corridor_core::render::frame::flow_alpha;
use corridor_core::scene::Scene;
use corridor_core::scene::arrow::shaft_and_head;
use corridor_core::scene::hit::Hit;

pub struct FlowLayer<'a> {
    pub scene: &'a Scene,
    pub summary: &'a FlowSummary,
    pub selection: &'a Selection,
    pub mask: &'a NodeMask,
    pub hover: Option<Hit>,
    pub halo: egui::Color32,
}

impl Plugin for FlowLayer<'_> {
    fn run(
        self: Box<Self>,
        ui: &mut Ui,
        _response: &Response,
        projector: &Projector<'_>,
        _memory: &MapMemory,
    ) {
        let (painter, clip, transform) = layer_painter(ui, projector);
        let visible = clip.expand(40.0);
        let mut shapes = Vec::with_capacity(self.scene.flows.len() * 2);
        let mut highlighted = Vec::new();
        let mut screen: Vec<[f32; 2]> = Vec::with_capacity(32);
        let max_width = self
            .scene
            .flows
            .iter()
            .map(|g| g.width_px)
            .fold(1.0, f32::max);
        for glyph in &self.scene.flows {
            screen.clear();
            screen.extend(glyph.path.iter().map(|p| transform.to_screen(*p)));
            if !screen
                .iter()
                .any(|p| visible.contains(Pos2::new(p[0], p[1])))
                && !crosses(&screen, visible)
            {
                continue;
            }
            let Some(flow) = self.summary.flows.get(glyph.flow) else {
                continue;
            };
            let selected = flow_selected(self.selection, self.mask, flow);
            let alpha = flow_alpha(glyph.width_px, max_width, selected);
            let color = color32(glyph.color).gamma_multiply(alpha);
            let Some((shaft, head)) = shaft_and_head(&screen, glyph.width_px, glyph.end_trim_px)
            else {
                continue;
            };
            let points: Vec<Pos2> = shaft.iter().map(|p| Pos2::new(p[0], p[1])).collect();
            let head: Vec<Pos2> = head.iter().map(|p| Pos2::new(p[0], p[1])).collect();
            let is_hovered = self.hover == Some(Hit::Flow(glyph.flow));
            if is_hovered || (!self.selection.is_empty() && selected) {
                highlighted.push((points, head, glyph.width_px, color32(glyph.color)));
                continue;
            }
            if let Some(halo) = glyph.halo {
                // A flagged trace: an outline under the line and its head.
                let halo = color32(halo);
                shapes.push(Shape::line(
                    points.clone(),
                    Stroke::new(glyph.width_px + 2.0, halo),
                ));
                shapes.push(Shape::convex_polygon(
                    head.clone(),
                    color,
                    Stroke::new(1.5, halo),
                ));
            }
            shapes.push(Shape::line(points, Stroke::new(glyph.width_px, color)));
            shapes.push(Shape::convex_polygon(head, color, Stroke::NONE));
        }
        painter.extend(shapes);
        for (points, head, width, color) in highlighted {
            painter.add(Shape::line(
                points.clone(),
                Stroke::new(width + 3.0, self.halo),
            ));
            painter.add(Shape::convex_polygon(
                head.clone(),
                color,
                Stroke::new(1.5, self.halo),
            ));
            painter.add(Shape::line(points, Stroke::new(width, color)));
        }
    }
}

/// Whether a line's bounding box overlaps the view (a flow may cross the
/// view with both ends outside it).
fn crosses(points: &[[f32; 2]], rect: egui::Rect) -> bool {
    let mut min = [f32::INFINITY; 2];
    let mut max = [f32::NEG_INFINITY; 2];
    for p in points {
        min = [min[0].min(p[0]), min[1].min(p[1])];
        max = [max[0].max(p[0]), max[1].max(p[1])];
    }
    egui::Rect::from_min_max(Pos2::new(min[0], min[1]), Pos2::new(max[0], max[1])).intersects(rect)
}
