//! Walkers plugin drawing stores (squares) and recovery sites (circles),
//! area proportional to their trace count.

use egui::{Pos2, Rect, Response, Shape, Stroke, Ui, Vec2};
use walkers::{MapMemory, Plugin, Projector};

use super::projection::layer_painter;
use crate::app::colors::color32;
use corridor_core::aggregate::selection::{NodeMask, NodePart};
use corridor_core::scene::hit::Hit;
use corridor_core::scene::{Scene, SymbolKind};

pub struct SymbolLayer<'a> {
    pub scene: &'a Scene,
    pub mask: &'a NodeMask,
    pub hover: Option<Hit>,
    pub highlight: egui::Color32,
}

impl Plugin for SymbolLayer<'_> {
    fn run(
        self: Box<Self>,
        ui: &mut Ui,
        _response: &Response,
        projector: &Projector<'_>,
        _memory: &MapMemory,
    ) {
        let (painter, clip, transform) = layer_painter(ui, projector);
        let mut shapes = Vec::with_capacity(self.scene.symbols.len());
        for symbol in &self.scene.symbols {
            let p = transform.to_screen(symbol.at);
            let center = Pos2::new(p[0], p[1]);
            let r = symbol.radius_px;
            if !clip.expand(r).contains(center) {
                continue;
            }
            let part = self.mask.part(symbol.id);
            let hovered = self.hover == Some(Hit::Node(symbol.id));
            let stroke = if part == NodePart::All || hovered {
                Stroke::new(2.5, self.highlight)
            } else {
                Stroke::new(1.0, color32(symbol.stroke))
            };
            if symbol.hollow {
                // Known only to a state or country: a faint area with a
                // dashed outline in its colour, never a town's solid mark.
                hollow_symbol(&mut shapes, symbol.kind, center, r, color32(symbol.fill));
                if part == NodePart::All || hovered {
                    shapes.push(Shape::circle_stroke(center, r + 2.0, stroke));
                }
                continue;
            }
            let fill = color32(symbol.fill).gamma_multiply(0.9);
            shapes.push(match symbol.kind {
                // Same area as a circle of radius r.
                SymbolKind::Store => {
                    let half = r * std::f32::consts::PI.sqrt() / 2.0;
                    Shape::rect_filled(
                        Rect::from_center_size(center, Vec2::splat(2.0 * half)),
                        1.0,
                        fill,
                    )
                }
                SymbolKind::Site => Shape::circle_filled(center, r, fill),
            });
            shapes.push(match symbol.kind {
                SymbolKind::Store => {
                    let half = r * std::f32::consts::PI.sqrt() / 2.0;
                    Shape::rect_stroke(
                        Rect::from_center_size(center, Vec2::splat(2.0 * half)),
                        1.0,
                        stroke,
                        egui::StrokeKind::Outside,
                    )
                }
                SymbolKind::Site => Shape::circle_stroke(center, r, stroke),
            });
            if let Some(ring) = symbol.ring {
                // Another agency holds records here, or flagged traces:
                // a ring a little outside the symbol.
                shapes.push(Shape::circle_stroke(
                    center,
                    r + 3.5,
                    Stroke::new(2.5, color32(ring)),
                ));
            }
            if part == NodePart::Some && !hovered {
                // Only some of its locations are selected: a broken ring
                // outside the symbol, not the solid one of a whole node.
                shapes.extend(partial_ring(center, r + 3.0, self.highlight));
            }
        }
        painter.extend(shapes);
    }
}

/// The symbol of a state- or country-level node: a faint fill and a
/// dashed outline, 2 px, in the symbol's colour.
fn hollow_symbol(
    shapes: &mut Vec<Shape>,
    kind: SymbolKind,
    center: Pos2,
    r: f32,
    color: egui::Color32,
) {
    const SEGMENTS: usize = 48;
    let outline: Vec<Pos2> = match kind {
        SymbolKind::Store => {
            let half = r * std::f32::consts::PI.sqrt() / 2.0;
            let corners = [
                (-1.0, -1.0),
                (1.0, -1.0),
                (1.0, 1.0),
                (-1.0, 1.0),
                (-1.0, -1.0),
            ];
            corners
                .iter()
                .map(|(x, y)| center + Vec2::new(x * half, y * half))
                .collect()
        }
        SymbolKind::Site => (0..=SEGMENTS)
            .map(|i| center + r * Vec2::angled(i as f32 / SEGMENTS as f32 * std::f32::consts::TAU))
            .collect(),
    };
    shapes.push(Shape::convex_polygon(
        outline.clone(),
        color.gamma_multiply(0.15),
        Stroke::NONE,
    ));
    shapes.extend(Shape::dashed_line(
        &outline,
        Stroke::new(2.0, color),
        4.0,
        3.0,
    ));
}

/// A dashed circle: the mark of a node of which only some locations are
/// selected.
fn partial_ring(center: Pos2, radius: f32, color: egui::Color32) -> Vec<Shape> {
    const SEGMENTS: usize = 24;
    let points: Vec<Pos2> = (0..=SEGMENTS)
        .map(|i| {
            let angle = i as f32 / SEGMENTS as f32 * std::f32::consts::TAU;
            center + radius * Vec2::angled(angle)
        })
        .collect();
    Shape::dashed_line(&points, Stroke::new(2.0, color), 4.0, 3.0)
}
