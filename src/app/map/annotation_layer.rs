//! Walkers plugin drawing the briefing's annotations (notes, arrows,
//! circles), and the clicks and drags that place and select them. Their
//! geometry and hit testing are the core's (`briefing::geometry`).

use egui::{Align2, Color32, FontId, Pos2, Rect, Response, Shape, Stroke, Ui};
use walkers::{MapMemory, Plugin, Projector};

use super::projection::layer_painter;
use crate::app::briefing_ui::{AnnotationTool, BriefingCommand, BriefingUi};
use crate::app::colors::color32;
use crate::app::commands::Command;
use corridor_core::briefing::geometry::{
    self, ANNOTATION_LINE_PX, ANNOTATION_TEXT_PX, ScreenShape, hit_annotation, screen_shape,
    text_box,
};
use corridor_core::briefing::{Annotation, Shape as AnnotationShape};
use corridor_core::geometry::mercator::{project, unproject};
use corridor_core::scene::arrow::shaft_and_head;
use corridor_core::scene::style::Palette;
use corridor_core::scene::transform::ScreenTransform;

const LINE_WIDTH: f32 = ANNOTATION_LINE_PX;
/// Radius of a new circle, in kilometres.
pub const NEW_CIRCLE_KM: f64 = 50.0;
/// Shortest arrow drawn by a drag, in pixels; shorter drags are taken as slips.
const MIN_ARROW_PX: f32 = 12.0;

pub struct AnnotationLayer<'a> {
    pub annotations: &'a [Annotation],
    pub selected: Option<u64>,
    pub palette: Palette,
    /// The arrow being drawn: tail and pointer.
    pub preview: Option<(Pos2, Pos2)>,
}

fn font(palette: &Palette) -> FontId {
    FontId::proportional(ANNOTATION_TEXT_PX * palette.text_scale)
}

/// The drawn size of an annotation's text box in the window's font.
pub fn text_box_size(ui: &Ui, annotation: &Annotation, palette: &Palette) -> [f32; 2] {
    let measure = |text: &str, size: f32| {
        let galley = ui.painter().layout_no_wrap(
            text.to_owned(),
            FontId::proportional(size),
            Color32::BLACK,
        );
        [galley.size().x, galley.size().y]
    };
    geometry::text_box_size(annotation, palette.text_scale, &measure)
}

impl Plugin for AnnotationLayer<'_> {
    fn run(
        self: Box<Self>,
        ui: &mut Ui,
        _response: &Response,
        projector: &Projector<'_>,
        _memory: &MapMemory,
    ) {
        let (painter, _clip, transform) = layer_painter(ui, projector);
        let halo = color32(self.palette.label_halo);
        let highlight = color32(self.palette.highlight);
        for annotation in self.annotations {
            let color = color32(annotation.color);
            let selected = self.selected == Some(annotation.id);
            let shape = screen_shape(annotation, &transform);
            match shape {
                ScreenShape::Note { .. } => {}
                ScreenShape::Arrow { from, to } => {
                    draw_arrow(
                        &painter,
                        pos(from),
                        pos(to),
                        color,
                        halo,
                        selected.then_some(highlight),
                    );
                }
                ScreenShape::Circle { center, radius_px } => {
                    let center = pos(center);
                    painter.circle_filled(center, radius_px, color.gamma_multiply(0.12));
                    if selected {
                        painter.circle_stroke(
                            center,
                            radius_px,
                            Stroke::new(LINE_WIDTH + 4.0, highlight),
                        );
                    }
                    painter.circle_stroke(center, radius_px, Stroke::new(LINE_WIDTH + 2.0, halo));
                    painter.circle_stroke(center, radius_px, Stroke::new(LINE_WIDTH, color));
                }
            }
            let size = text_box_size(ui, annotation, &self.palette);
            if size[0] <= 0.0 {
                continue;
            }
            let (min, max) = text_box(shape.text_anchor(), size);
            let rect = Rect::from_min_max(pos(min), pos(max));
            painter.rect_filled(rect, 3.0, halo);
            painter.rect_stroke(
                rect,
                3.0,
                Stroke::new(
                    if selected { 2.5 } else { 1.5 },
                    if selected { highlight } else { color },
                ),
                egui::StrokeKind::Inside,
            );
            if !annotation.text.trim().is_empty() {
                painter.text(
                    rect.center(),
                    Align2::CENTER_CENTER,
                    &annotation.text,
                    font(&self.palette),
                    color,
                );
            }
        }
        if let Some((from, to)) = self.preview {
            draw_arrow(
                &painter,
                from,
                to,
                color32(corridor_core::briefing::annotation::DEFAULT_COLOR),
                halo,
                None,
            );
        }
    }
}

fn pos(p: [f32; 2]) -> Pos2 {
    Pos2::new(p[0], p[1])
}

fn draw_arrow(
    painter: &egui::Painter,
    from: Pos2,
    to: Pos2,
    color: Color32,
    halo: Color32,
    highlight: Option<Color32>,
) {
    let Some((shaft, head)) = shaft_and_head(&[[from.x, from.y], [to.x, to.y]], LINE_WIDTH, 0.0)
    else {
        return;
    };
    let shaft: Vec<Pos2> = shaft.into_iter().map(pos).collect();
    let head: Vec<Pos2> = head.into_iter().map(pos).collect();
    if let Some(highlight) = highlight {
        painter.add(Shape::line(
            shaft.clone(),
            Stroke::new(LINE_WIDTH + 5.0, highlight),
        ));
    }
    painter.add(Shape::line(
        shaft.clone(),
        Stroke::new(LINE_WIDTH + 2.0, halo),
    ));
    painter.add(Shape::line(shaft, Stroke::new(LINE_WIDTH, color)));
    painter.add(Shape::convex_polygon(head, color, Stroke::new(1.0, halo)));
}

/// The annotation under the pointer.
pub fn annotation_at(
    ui: &Ui,
    annotations: &[Annotation],
    transform: &ScreenTransform,
    pointer: Pos2,
    palette: &Palette,
) -> Option<u64> {
    hit_annotation(annotations, transform, [pointer.x, pointer.y], |a| {
        text_box_size(ui, a, palette)
    })
}

fn lat_lon_at(transform: &ScreenTransform, p: Pos2) -> (f64, f64) {
    unproject(transform.to_world([p.x, p.y]))
}

/// Places annotations with the armed tool, and selects one on a click.
/// Returns whether the pointer was used, so the click does not also
/// select a flow.
pub fn annotation_input_ui(
    ui: &Ui,
    response: &Response,
    state: &mut BriefingUi,
    annotations: &[Annotation],
    transform: &ScreenTransform,
    palette: &Palette,
    commands: &mut Vec<Command>,
) -> bool {
    let mut push = |c: BriefingCommand| commands.push(Command::Briefing(c));
    match state.tool {
        Some(AnnotationTool::Arrow) => {
            // The tail is kept in degrees; the map does not pan while the
            // arrow tool is armed, so it stays under the press.
            if response.drag_started()
                && let Some(p) = ui
                    .input(|i| i.pointer.press_origin())
                    .or(response.interact_pointer_pos())
            {
                state.arrow_from = Some(lat_lon_at(transform, p));
            }
            if response.drag_stopped()
                && let Some((lat, lon)) = state.arrow_from.take()
                && let Some(end) = response.interact_pointer_pos()
            {
                let tail = transform.to_screen(project(lat, lon));
                if pos(tail).distance(end) >= MIN_ARROW_PX {
                    let (to_lat_deg, to_lon_deg) = lat_lon_at(transform, end);
                    push(BriefingCommand::AddAnnotation(Annotation {
                        shape: AnnotationShape::Arrow {
                            to_lat_deg,
                            to_lon_deg,
                        },
                        ..Annotation::note(0, lat, lon, "")
                    }));
                    push(BriefingCommand::SetTool(None));
                }
            }
            true
        }
        Some(tool) => {
            if response.clicked()
                && let Some(p) = response.interact_pointer_pos()
            {
                let (lat, lon) = lat_lon_at(transform, p);
                let annotation = match tool {
                    AnnotationTool::Circle => Annotation {
                        shape: AnnotationShape::Circle {
                            radius_km: NEW_CIRCLE_KM,
                        },
                        ..Annotation::note(0, lat, lon, "")
                    },
                    _ => Annotation::note(0, lat, lon, &crate::tr!("map-new-note")),
                };
                push(BriefingCommand::AddAnnotation(annotation));
                push(BriefingCommand::SetTool(None));
            }
            true
        }
        None => {
            if response.clicked()
                && let Some(p) = response.interact_pointer_pos()
            {
                if let Some(id) = annotation_at(ui, annotations, transform, p, palette) {
                    push(BriefingCommand::SelectAnnotation(Some(id)));
                    return true;
                }
                if state.selected_annotation.is_some() {
                    push(BriefingCommand::SelectAnnotation(None));
                }
            }
            false
        }
    }
}

/// The arrow being drawn, tail to pointer, for the layer's preview (with
/// the last frame's transform: the map does not move while drawing).
pub fn arrow_preview(
    state: &BriefingUi,
    pointer: Option<Pos2>,
    transform: Option<&ScreenTransform>,
) -> Option<(Pos2, Pos2)> {
    let (lat, lon) = state.arrow_from?;
    Some((pos(transform?.to_screen(project(lat, lon))), pointer?))
}
