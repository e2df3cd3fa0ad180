//! What lies under the pointer, by what is seen: the topmost drawn element
//! whose visible shape covers the pointer, so a click on a thick flow is
//! not taken by a faint thin one drawn across it.

use super::arrow::{Px, distance_to_polyline};
use super::build::Scene;
use super::transform::ScreenTransform;

/// Extra pixels around thin targets so they can be hovered when nothing
/// visible covers the pointer.
pub const HIT_SLOP_PX: f32 = 3.0;

/// What the pointer is over, as found by [`hit_test`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hit {
    /// A node of the level: a cluster, or a single store or site.
    Node(u32),
    /// Index into the summary's flows.
    Flow(usize),
}

/// Which flows the screen draws on top of the others (the selected and
/// the hovered ones carry a halo over the rest), by flow index.
pub trait Raised {
    /// Whether the flow is drawn over the unraised ones.
    fn is_raised(&self, flow: usize) -> bool;
}

/// Nothing raised: the scene's own order.
pub struct NoneRaised;

impl Raised for NoneRaised {
    fn is_raised(&self, _flow: usize) -> bool {
        false
    }
}

impl<F: Fn(usize) -> bool> Raised for F {
    fn is_raised(&self, flow: usize) -> bool {
        self(flow)
    }
}

/// What lies under the pointer, found in one pass: what a click takes
/// ([`hit_test`]) and the flows drawn there ([`flows_under`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    /// What a click takes.
    pub hit: Option<Hit>,
    /// Every flow whose drawn stroke covers the pointer, topmost first.
    pub under: Vec<usize>,
}

/// [`hit_test`] and [`flows_under`] at once, for a frame that needs both
/// (the map's hover) without walking the flows twice.
pub fn hits_at(
    scene: &Scene,
    transform: &ScreenTransform,
    pointer: Px,
    raised: &dyn Raised,
) -> Hits {
    let near = flows_near(scene, transform, pointer, raised);
    let under: Vec<usize> = near
        .iter()
        .filter(|f| f.gap_px <= 0.0)
        .map(|f| f.flow)
        .collect();
    let hit = match symbol_at(scene, transform, pointer) {
        Some(node) => Some(Hit::Node(node)),
        None => under.first().map(|&f| Hit::Flow(f)).or_else(|| {
            near.iter()
                .min_by(|a, b| a.gap_px.total_cmp(&b.gap_px))
                .map(|f| Hit::Flow(f.flow))
        }),
    };
    Hits { hit, under }
}

/// The topmost symbol under `pointer`; else the topmost flow whose drawn
/// stroke covers it; else the flow nearest to it within [`HIT_SLOP_PX`] of
/// its stroke.
///
/// ```
/// use corridor_core::scene::hit::{Hit, NoneRaised, hit_test};
/// use corridor_core::scene::Scene;
/// use corridor_core::scene::transform::ScreenTransform;
/// let empty = Scene::default();
/// let transform = ScreenTransform::centered(Default::default(), 4.0, [800.0, 600.0]);
/// assert_eq!(hit_test(&empty, &transform, [400.0, 300.0], &NoneRaised), None);
/// ```
pub fn hit_test(
    scene: &Scene,
    transform: &ScreenTransform,
    pointer: Px,
    raised: &dyn Raised,
) -> Option<Hit> {
    hits_at(scene, transform, pointer, raised).hit
}

/// Every flow whose drawn stroke covers `pointer`, topmost first: those
/// a click there could mean when several overlap.
pub fn flows_under(
    scene: &Scene,
    transform: &ScreenTransform,
    pointer: Px,
    raised: &dyn Raised,
) -> Vec<usize> {
    hits_at(scene, transform, pointer, raised).under
}

/// The topmost symbol whose disc (with a little slop) holds the pointer.
fn symbol_at(scene: &Scene, transform: &ScreenTransform, pointer: Px) -> Option<u32> {
    // Drawn largest-first, so the last drawn (smallest) is on top.
    scene.symbols.iter().rev().find_map(|symbol| {
        let c = transform.to_screen(symbol.at);
        let d = ((c[0] - pointer[0]).powi(2) + (c[1] - pointer[1]).powi(2)).sqrt();
        (d <= symbol.radius_px + HIT_SLOP_PX).then_some(symbol.id)
    })
}

/// A flow near the pointer.
struct Near {
    flow: usize,
    /// Pixels from the pointer to the stroke's edge; zero or less when the
    /// stroke covers the pointer.
    gap_px: f32,
}

/// Flows within the slop of the pointer, in the order they appear on
/// screen from the top: raised ones first, then the scene's draw order
/// reversed (flows are drawn largest first, so thin ones lie on top).
fn flows_near(
    scene: &Scene,
    transform: &ScreenTransform,
    pointer: Px,
    raised: &dyn Raised,
) -> Vec<Near> {
    let mut screen: Vec<Px> = Vec::new();
    let mut near = Vec::new();
    let top_first = scene.flows.iter().rev();
    let (on_top, below): (Vec<_>, Vec<_>) = top_first.partition(|g| raised.is_raised(g.flow));
    for glyph in on_top.into_iter().chain(below) {
        // Half the stroke, and never under half a pixel: a hairline is
        // drawn one pixel wide.
        let half = (glyph.width_px / 2.0).max(0.5);
        let reach = half + HIT_SLOP_PX;
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
        let distance = distance_to_polyline(pointer, &screen);
        if distance <= reach {
            near.push(Near {
                flow: glyph.flow,
                gap_px: distance - half,
            });
        }
    }
    near
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::mercator::WorldPoint;
    use crate::scene::build::FlowGlyph;
    use crate::scene::style::Rgba;

    /// A horizontal flow across the screen at height `y_px`, `width_px` wide.
    fn flow(transform: &ScreenTransform, index: usize, y_px: f32, width_px: f32) -> FlowGlyph {
        let at = |x: f32| transform.to_world([x, y_px]);
        FlowGlyph {
            flow: index,
            path: vec![at(100.0), at(700.0)],
            width_px,
            color: Rgba::default(),
            count: 1,
            end_trim_px: 0.0,
            halo: None,
        }
    }

    fn scene_of(flows: Vec<FlowGlyph>) -> Scene {
        Scene {
            flows,
            ..Scene::default()
        }
    }

    fn transform() -> ScreenTransform {
        ScreenTransform::centered(WorldPoint::new(0.5, 0.5), 4.0, [800.0, 600.0])
    }

    #[test]
    fn a_click_on_a_thick_flow_is_not_taken_by_a_thin_one_drawn_over_it() {
        let t = transform();
        // Drawn largest first: the 20 px flow, then a 1 px one 3 px below
        // its centre line, inside the thick stroke.
        let scene = scene_of(vec![flow(&t, 0, 300.0, 20.0), flow(&t, 1, 303.0, 1.0)]);
        // On the thick flow's centre: 3 px from the thin one, within its
        // slop but not on its stroke.
        assert_eq!(
            hit_test(&scene, &t, [400.0, 300.0], &NoneRaised),
            Some(Hit::Flow(0))
        );
        // On the thin flow itself: it is drawn on top.
        assert_eq!(
            hit_test(&scene, &t, [400.0, 303.0], &NoneRaised),
            Some(Hit::Flow(1))
        );
        assert_eq!(flows_under(&scene, &t, [400.0, 303.0], &NoneRaised), [1, 0]);
        assert_eq!(flows_under(&scene, &t, [400.0, 300.0], &NoneRaised), [0]);
    }

    #[test]
    fn a_raised_flow_is_on_top_and_a_near_miss_finds_the_nearest() {
        let t = transform();
        let scene = scene_of(vec![flow(&t, 0, 300.0, 20.0), flow(&t, 1, 303.0, 1.0)]);
        // The thick flow is selected, drawn with its halo over the thin one.
        let selected = |f: usize| f == 0;
        assert_eq!(
            hit_test(&scene, &t, [400.0, 303.0], &selected),
            Some(Hit::Flow(0))
        );
        // 2 px above a lone hairline: within the slop, so it is found.
        let lone = scene_of(vec![flow(&t, 4, 200.0, 1.0)]);
        assert_eq!(
            hit_test(&lone, &t, [400.0, 198.0], &NoneRaised),
            Some(Hit::Flow(4))
        );
        assert!(flows_under(&lone, &t, [400.0, 198.0], &NoneRaised).is_empty());
        assert_eq!(hit_test(&lone, &t, [400.0, 190.0], &NoneRaised), None);
    }
}
