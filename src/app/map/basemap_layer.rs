//! Walkers plugin drawing Corridor's own basemap: land, US and Mexican
//! states, coasts and the emphasised US–Mexico border.

use egui::{Color32, Mesh, Pos2, Response, Shape, Stroke, Ui};
use walkers::{MapMemory, Plugin, Projector};

use super::projection::layer_painter;
use crate::app::colors::color32;
use corridor_core::basemap::{Basemap, Country, MeshPart, OutlineKind};
use corridor_core::scene::style::Palette;
use corridor_core::scene::transform::ScreenTransform;

pub struct BasemapLayer {
    pub basemap: &'static Basemap,
    pub palette: Palette,
    /// With online tiles under it, the land fill would hide them.
    pub online_tiles: bool,
}

impl Plugin for BasemapLayer {
    fn run(
        self: Box<Self>,
        ui: &mut Ui,
        _response: &Response,
        projector: &Projector<'_>,
        _memory: &MapMemory,
    ) {
        let (painter, _, transform) = layer_painter(ui, projector);
        let zoom = projector.zoom() as f32;
        if !self.online_tiles {
            let mut mesh = Mesh::default();
            let land = &self.basemap.land;
            add_part(
                &mut mesh,
                &land.mesh,
                &land.beyond.mesh,
                &transform,
                color32(self.palette.land_other),
            );
            for country in &land.countries {
                if country.iso_a2 == "US" || country.iso_a2 == "MX" {
                    continue;
                }
                add_part(
                    &mut mesh,
                    &land.mesh,
                    &country.mesh,
                    &transform,
                    color32(self.palette.land_other),
                );
            }
            let states = &self.basemap.states;
            for state in &states.states {
                let color = match state.country {
                    Country::Us => self.palette.land_us,
                    Country::Mx => self.palette.land_mx,
                };
                add_part(
                    &mut mesh,
                    &states.mesh,
                    &state.mesh,
                    &transform,
                    color32(color),
                );
            }
            painter.add(Shape::mesh(mesh));
        }
        // Lines thicken as the map zooms in, so the border reads at every scale.
        let scale = ((zoom - 3.0) / 4.0).clamp(0.6, 1.6);
        let mut lines = Vec::with_capacity(self.basemap.outlines.len());
        let mut border = Vec::new();
        for outline in &self.basemap.outlines {
            let points: Vec<Pos2> = outline
                .points
                .iter()
                .map(|p| {
                    let s = transform.to_screen(*p);
                    Pos2::new(s[0], s[1])
                })
                .collect();
            match outline.kind {
                OutlineKind::Coast => lines.push(Shape::line(
                    points,
                    Stroke::new(0.9 * scale, color32(self.palette.coast)),
                )),
                OutlineKind::StateBoundary => {
                    lines.push(Shape::line(
                        points,
                        Stroke::new(0.7 * scale, color32(self.palette.state_line)),
                    ));
                }
                OutlineKind::InternationalBorder => border.push(points),
            }
        }
        painter.extend(lines);
        for points in border {
            let casing = if self.online_tiles {
                Color32::WHITE
            } else {
                color32(self.palette.land_us)
            };
            painter.add(Shape::line(
                points.clone(),
                Stroke::new(4.5 * scale, casing.gamma_multiply(0.7)),
            ));
            painter.add(Shape::line(
                points,
                Stroke::new(2.2 * scale, color32(self.palette.border)),
            ));
        }
    }
}

fn add_part(
    mesh: &mut Mesh,
    source: &corridor_core::basemap::Mesh,
    part: &MeshPart,
    transform: &ScreenTransform,
    color: Color32,
) {
    let base = mesh.vertices.len() as u32;
    let first = part.vertices.start as u32;
    for p in &source.vertices[part.vertices.clone()] {
        let s = transform.to_screen(*p);
        mesh.colored_vertex(Pos2::new(s[0], s[1]), color);
    }
    mesh.indices.extend(
        source.indices[part.indices.clone()]
            .iter()
            .map(|i| i - first + base),
    );
}
