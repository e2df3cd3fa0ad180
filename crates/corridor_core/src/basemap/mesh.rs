//! Triangle meshes of filled areas in world coordinates.

use std::ops::Range;

use geo::{Coord, MapCoords, MultiPolygon, TriangulateEarcut};

use super::BasemapError;
use crate::geometry::mercator::{WorldPoint, project};

/// Triangles in Web Mercator unit-square coordinates, ready to fill in one draw call. Indices are
/// `u32` because that is what GPU meshes (and egui's) take.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mesh {
    /// Triangle corners, in Web Mercator unit-square coordinates.
    pub vertices: Vec<WorldPoint>,
    /// Three per triangle, into `vertices`.
    pub indices: Vec<u32>,
}

/// Where one area's triangles sit in a shared [`Mesh`]: colour `vertices` to tint the area, draw
/// `indices` to fill only it. Areas do not share vertices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeshPart {
    /// The area's range in [`Mesh::vertices`].
    pub vertices: Range<usize>,
    /// The area's range in [`Mesh::indices`] (three per triangle).
    pub indices: Range<usize>,
}

impl Mesh {
    /// Triangulates polygons given in degrees (x = longitude, y = latitude) after projecting them,
    /// so that the triangles' straight edges are straight on the map.
    pub(crate) fn push_polygons(
        &mut self,
        polygons_deg: &MultiPolygon<f64>,
    ) -> Result<MeshPart, BasemapError> {
        let first_vertex = self.vertices.len();
        let first_index = self.indices.len();
        for polygon in polygons_deg {
            if polygon.exterior().0.len() < 4 {
                continue; // degenerate: nothing to fill, and earcut asserts against it
            }
            let projected = polygon.map_coords(|c| {
                let p = project(c.y, c.x);
                Coord { x: p.x, y: p.y }
            });
            let raw = projected.earcut_triangles_raw();
            let offset = self.vertices.len();
            self.vertices
                .extend(raw.vertices.iter().map(|[x, y]| WorldPoint::new(*x, *y)));
            for index in raw.triangle_indices {
                let index = u32::try_from(offset + index).map_err(|_| BasemapError::Invalid {
                    asset: "mesh",
                    reason: "more than 2^32 vertices".to_owned(),
                })?;
                self.indices.push(index);
            }
        }
        Ok(MeshPart {
            vertices: first_vertex..self.vertices.len(),
            indices: first_index..self.indices.len(),
        })
    }

    /// The triangles of one part.
    pub fn triangles(&self, part: &MeshPart) -> impl Iterator<Item = [WorldPoint; 3]> + '_ {
        let indices = self.indices.get(part.indices.clone()).unwrap_or_default();
        indices.chunks_exact(3).map(|triangle| {
            let vertex = |i: u32| self.vertices.get(i as usize).copied().unwrap_or_default();
            [
                vertex(triangle[0]),
                vertex(triangle[1]),
                vertex(triangle[2]),
            ]
        })
    }

    /// Area covered by one part, in world units squared (the whole world is 1).
    ///
    /// ```
    /// let basemap = corridor_core::basemap::Basemap::embedded().unwrap();
    /// let texas = basemap.states.get(corridor_core::basemap::normalize_state("TX").unwrap()).unwrap();
    /// let rhode_island = basemap.states.get(corridor_core::basemap::normalize_state("RI").unwrap()).unwrap();
    /// let area = |part| basemap.states.mesh.area(part);
    /// assert!(area(&texas.mesh) > 100.0 * area(&rhode_island.mesh));
    /// ```
    pub fn area(&self, part: &MeshPart) -> f64 {
        self.triangles(part)
            .map(|[a, b, c]| ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0)
            .sum()
    }
}
