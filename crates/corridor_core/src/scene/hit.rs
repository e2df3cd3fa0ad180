//! What lies under the pointer.

use super::arrow::{Px, distance_to_polyline};
use super::build::Scene;
use super::transform::ScreenTransform;

/// Extra pixels around thin targets so they can be hovered.
pub const HIT_SLOP_PX: f32 = 3.0;

/// What the pointer is over, as found by [`hit_test`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hit {
    /// A node of the level: a cluster, or a single store or site.
    Node(u32),
    /// Index into the summary's flows.
    Flow(usize),
}

/// The topmost symbol under `pointer`, else the topmost flow near it.
pub fn hit_test(scene: &Scene, transform: &ScreenTransform, pointer: Px) -> Option<Hit> {
    // Drawn largest-first, so the last drawn (smallest) is on top.
    for symbol in scene.symbols.iter().rev() {
        let c = transform.to_screen(symbol.at);
        let d = ((c[0] - pointer[0]).powi(2) + (c[1] - pointer[1]).powi(2)).sqrt();
        if d <= symbol.radius_px + HIT_SLOP_PX {
            return Some(Hit::Node(symbol.id));
        }
    }
    let mut screen: Vec<Px> = Vec::new();
    for glyph in scene.flows.iter().rev() {
        let reach = glyph.width_px / 2.0 + HIT_SLOP_PX;
        screen.clear();
        screen.extend(glyph.path.iter().map(|p| transform.to_screen(*p)));
        let (min, max) = bounding_box(&screen);
        if pointer[0] < min[0] - reach
            || pointer[0] > max[0] + reach
            || pointer[1] < min[1] - reach
            || pointer[1] > max[1] + reach
        {
            continue;
        }
        if distance_to_polyline(pointer, &screen) <= reach {
            return Some(Hit::Flow(glyph.flow));
        }
    }
    None
}

fn bounding_box(points: &[Px]) -> (Px, Px) {
    let mut min = [f32::INFINITY; 2];
    let mut max = [f32::NEG_INFINITY; 2];
    for p in points {
        min = [min[0].min(p[0]), min[1].min(p[1])];
        max = [max[0].max(p[0]), max[1].max(p[1])];
    }
    (min, max)
}
