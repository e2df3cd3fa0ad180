//! Nodes inside a rectangle or a free lasso drawn on the screen.

use geo::{Contains, Coord, LineString, Point, Polygon};

use super::Scene;
use super::arrow::Px;
use super::transform::ScreenTransform;

/// A shape in screen pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum Region {
    /// Two opposite corners, in any order.
    Rect(Px, Px),
    /// The pointer's path; closed from its last point back to its first.
    Lasso(Vec<Px>),
}

/// Ids of the scene's nodes whose symbol centre lies inside `region`.
///
/// ```
/// use corridor_core::geometry::mercator::WorldPoint;
/// use corridor_core::scene::region::{Region, nodes_in_region};
/// use corridor_core::scene::transform::ScreenTransform;
/// use corridor_core::scene::{Rgba, Scene, SymbolGlyph, SymbolKind};
/// let symbol = |id, x| SymbolGlyph {
///     kind: SymbolKind::Store, id, at: WorldPoint::new(x, 0.5), radius_px: 4.0,
///     fill: Rgba::default(), stroke: Rgba::default(), count: 1, members: 1, ring: None, hollow: false,
/// };
/// let scene = Scene { symbols: vec![symbol(0, 0.25), symbol(1, 0.75)], ..Scene::default() };
/// let t = ScreenTransform::centered(WorldPoint::new(0.5, 0.5), 0.0, [256.0, 256.0]);
/// assert_eq!(nodes_in_region(&scene, &t, &Region::Rect([0.0, 0.0], [100.0, 256.0])), vec![0]);
/// let triangle = Region::Lasso(vec![[150.0, 100.0], [250.0, 100.0], [200.0, 200.0]]);
/// assert_eq!(nodes_in_region(&scene, &t, &triangle), vec![1]);
/// ```
pub fn nodes_in_region(scene: &Scene, transform: &ScreenTransform, region: &Region) -> Vec<u32> {
    let inside: Box<dyn Fn(Px) -> bool> = match region {
        Region::Rect(a, b) => {
            let (min, max) = (
                [a[0].min(b[0]), a[1].min(b[1])],
                [a[0].max(b[0]), a[1].max(b[1])],
            );
            Box::new(move |p: Px| {
                (min[0]..=max[0]).contains(&p[0]) && (min[1]..=max[1]).contains(&p[1])
            })
        }
        Region::Lasso(points) if points.len() >= 3 => {
            let ring: Vec<Coord<f64>> = points
                .iter()
                .map(|p| Coord {
                    x: f64::from(p[0]),
                    y: f64::from(p[1]),
                })
                .collect();
            let polygon = Polygon::new(LineString::new(ring), Vec::new());
            Box::new(move |p: Px| polygon.contains(&Point::new(f64::from(p[0]), f64::from(p[1]))))
        }
        Region::Lasso(_) => return Vec::new(),
    };
    let mut nodes: Vec<u32> = scene
        .symbols
        .iter()
        .filter(|symbol| inside(transform.to_screen(symbol.at)))
        .map(|symbol| symbol.id)
        .collect();
    nodes.sort_unstable();
    nodes.dedup();
    nodes
}
