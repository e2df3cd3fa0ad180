//! Curved flow lines (Jenny et al. 2018: curved, asymmetric flows with
//! arrowheads read best in origin–destination maps).

use crate::geometry::mercator::WorldPoint;

/// Segments per flow curve: smooth at projector size, cheap to draw.
pub const CURVE_SEGMENTS: usize = 24;

/// A quadratic Bézier from `from` to `to` bulging to the right of travel, so
/// that flows in opposite directions between two places do not overlap.
///
/// ```
/// use corridor_core::geometry::mercator::WorldPoint;
/// use corridor_core::scene::curve::flow_curve;
/// let path = flow_curve(WorldPoint::new(0.0, 0.0), WorldPoint::new(1.0, 0.0), 0.2);
/// assert_eq!(path.first(), Some(&WorldPoint::new(0.0, 0.0)));
/// assert_eq!(path.last(), Some(&WorldPoint::new(1.0, 0.0)));
/// // Heading east with y pointing down, "right" is +y: the middle bulges there.
/// let mid = path[path.len() / 2];
/// assert!((mid.y - 0.1).abs() < 1e-9);
/// ```
pub fn flow_curve(from: WorldPoint, to: WorldPoint, curvature: f64) -> Vec<WorldPoint> {
    let dx = to.x - from.x;
    let dy = to.y - from.y;
    // Right-hand normal in a y-down frame.
    let control = WorldPoint::new(
        (from.x + to.x) / 2.0 - dy * curvature,
        (from.y + to.y) / 2.0 + dx * curvature,
    );
    (0..=CURVE_SEGMENTS)
        .map(|i| {
            let t = i as f64 / CURVE_SEGMENTS as f64;
            let u = 1.0 - t;
            WorldPoint::new(
                u * u * from.x + 2.0 * u * t * control.x + t * t * to.x,
                u * u * from.y + 2.0 * u * t * control.y + t * t * to.y,
            )
        })
        .collect()
}
