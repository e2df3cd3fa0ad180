//! Box (Ctrl+drag) and lasso (Ctrl+Alt+drag) selection on the map.

use egui::{Color32, Pos2, Rect, Response, Shape, Stroke, Ui};

use crate::app::commands::{Command, SelectMode};
use corridor_core::scene::Scene;
use corridor_core::scene::region::{Region, nodes_in_region};
use corridor_core::scene::transform::ScreenTransform;

/// A selection shape being drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct LassoDrag {
    /// A free lasso rather than a rectangle.
    pub free: bool,
    /// The press position first; for a rectangle, the pointer's last position second.
    pub points: Vec<Pos2>,
}

impl LassoDrag {
    fn region(&self) -> Option<Region> {
        let px = |p: &Pos2| [p.x, p.y];
        if self.free {
            return Some(Region::Lasso(self.points.iter().map(px).collect()));
        }
        let (first, last) = (self.points.first()?, self.points.last()?);
        Some(Region::Rect(px(first), px(last)))
    }
}

/// Whether the map must not pan this frame: a shape is being drawn, or
/// Ctrl is held so that a drag starting now draws one.
pub fn wants_pointer(ui: &Ui, drag: Option<&LassoDrag>) -> bool {
    drag.is_some() || ui.input(|i| i.modifiers.command)
}

/// Starts, extends and finishes a shape from the map's response; on release
/// the nodes inside are selected.
pub fn lasso_ui(
    ui: &Ui,
    response: &Response,
    drag: &mut Option<LassoDrag>,
    scene: &Scene,
    transform: &ScreenTransform,
    highlight: Color32,
    commands: &mut Vec<Command>,
) {
    let (modifiers, origin, pointer) = ui.input(|i| {
        (
            i.modifiers,
            i.pointer.press_origin(),
            i.pointer.interact_pos(),
        )
    });
    if drag.is_none()
        && modifiers.command
        && response.drag_started_by(egui::PointerButton::Primary)
        && let Some(origin) = origin.or(pointer)
    {
        *drag = Some(LassoDrag {
            free: modifiers.alt,
            points: vec![origin],
        });
    }
    let Some(shape) = drag.as_mut() else {
        return;
    };
    if let Some(p) = pointer {
        if shape.free {
            if shape
                .points
                .last()
                .is_none_or(|last| last.distance(p) >= 2.0)
            {
                shape.points.push(p);
            }
        } else {
            shape.points.truncate(1);
            shape.points.push(p);
        }
    }
    if response.drag_stopped() || !ui.input(|i| i.pointer.primary_down()) {
        let finished = drag.take();
        if let Some(region) = finished.as_ref().and_then(LassoDrag::region) {
            commands.push(Command::SelectNodes {
                nodes: nodes_in_region(scene, transform, &region),
                mode: if modifiers.shift {
                    SelectMode::Add
                } else {
                    SelectMode::Replace
                },
            });
        }
        return;
    }
    let painter = ui.painter().with_clip_rect(response.rect);
    let stroke = Stroke::new(1.5, highlight);
    let fill = highlight.gamma_multiply(0.12);
    if shape.free {
        painter.add(Shape::closed_line(shape.points.clone(), stroke));
    } else if let (Some(a), Some(b)) = (shape.points.first(), shape.points.last()) {
        let rect = Rect::from_two_pos(*a, *b);
        painter.rect_filled(rect, 0.0, fill);
        painter.rect_stroke(rect, 0.0, stroke, egui::StrokeKind::Middle);
    }
}
