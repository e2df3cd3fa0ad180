//! Web Mercator in the unit square, the projection walkers uses.
//!
//! World coordinates run from (0, 0) at the north-west corner of the world
//! (lon -180°, lat ≈ 85.05°) to (1, 1) at the south-east corner. A map at zoom
//! `z` shows the world as `256 · 2^z` pixels across, so screen positions are an
//! affine transform of these coordinates and the scene can be built once per
//! zoom level rather than once per frame.

use std::f64::consts::PI;

/// Latitude where Web Mercator is cut off (square world).
pub const MAX_LAT_DEG: f64 = 85.051_128_779_806_59;

/// A point in unit-square Web Mercator coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WorldPoint {
    /// 0 at longitude -180°, 1 at +180°.
    pub x: f64,
    /// 0 at the north edge (about 85.05° N), 1 at the south edge.
    pub y: f64,
}

impl WorldPoint {
    /// The point at (`x`, `y`).
    pub fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }
}

/// Project geographic coordinates in degrees.
///
/// ```
/// use corridor_core::geometry::mercator::{project, unproject};
/// let p = project(0.0, 0.0);
/// assert!((p.x - 0.5).abs() < 1e-12 && (p.y - 0.5).abs() < 1e-12);
/// let (lat, lon) = unproject(project(31.76, -106.49));
/// assert!((lat - 31.76).abs() < 1e-9 && (lon + 106.49).abs() < 1e-9);
/// ```
pub fn project(lat_deg: f64, lon_deg: f64) -> WorldPoint {
    let lat = lat_deg.clamp(-MAX_LAT_DEG, MAX_LAT_DEG).to_radians();
    let x = (lon_deg + 180.0) / 360.0;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / PI) / 2.0;
    WorldPoint { x, y }
}

/// Inverse of [`project`]: returns `(lat_deg, lon_deg)`.
pub fn unproject(p: WorldPoint) -> (f64, f64) {
    let lon_deg = p.x * 360.0 - 180.0;
    let n = PI - 2.0 * PI * p.y;
    let lat_deg = n.sinh().atan().to_degrees();
    (lat_deg, lon_deg)
}

/// Pixels across the whole world at a zoom level (256-pixel tiles).
pub fn world_size_px(zoom: f64) -> f64 {
    256.0 * 2f64.powf(zoom)
}
