//! World (unit-square Web Mercator) to screen pixels.

use crate::geometry::mercator::{WorldPoint, world_size_px};

use super::arrow::Px;

/// An affine map from world coordinates to screen pixels: Web Mercator at a
/// fixed zoom is a scale plus an offset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenTransform {
    /// Screen position of world (0, 0).
    pub origin_px: [f64; 2],
    /// Pixels per world unit: `256 · 2^zoom`.
    pub scale_px: f64,
}

impl ScreenTransform {
    /// The view centred on `center` at `zoom` in a viewport of `size_px`
    /// whose top-left corner is `(0, 0)`.
    ///
    /// ```
    /// use corridor_core::geometry::mercator::WorldPoint;
    /// use corridor_core::scene::transform::ScreenTransform;
    /// let t = ScreenTransform::centered(WorldPoint::new(0.5, 0.5), 0.0, [256.0, 256.0]);
    /// assert_eq!(t.to_screen(WorldPoint::new(0.5, 0.5)), [128.0, 128.0]);
    /// assert_eq!(t.to_screen(WorldPoint::new(0.0, 0.0)), [0.0, 0.0]);
    /// let back = t.to_world([64.0, 192.0]);
    /// assert!((back.x - 0.25).abs() < 1e-12 && (back.y - 0.75).abs() < 1e-12);
    /// ```
    pub fn centered(center: WorldPoint, zoom: f64, size_px: [f64; 2]) -> Self {
        let scale_px = world_size_px(zoom);
        Self {
            origin_px: [
                size_px[0] / 2.0 - center.x * scale_px,
                size_px[1] / 2.0 - center.y * scale_px,
            ],
            scale_px,
        }
    }

    /// Screen position, in pixels, of a point in world coordinates.
    pub fn to_screen(&self, p: WorldPoint) -> Px {
        [
            (self.origin_px[0] + p.x * self.scale_px) as f32,
            (self.origin_px[1] + p.y * self.scale_px) as f32,
        ]
    }

    /// World coordinates of a screen position in pixels; the inverse of
    /// [`to_screen`](Self::to_screen).
    pub fn to_world(&self, p: Px) -> WorldPoint {
        WorldPoint::new(
            (f64::from(p[0]) - self.origin_px[0]) / self.scale_px,
            (f64::from(p[1]) - self.origin_px[1]) / self.scale_px,
        )
    }

    /// The zoom level this scale stands for (see [`world_size_px`]).
    pub fn zoom(&self) -> f64 {
        (self.scale_px / 256.0).log2()
    }

    /// The view centre that keeps the place under `pointer` where it is
    /// on screen after zooming by `levels` (a map zooms about the pointer),
    /// for a viewport centred on `center_px`.
    ///
    /// ```
    /// use corridor_core::geometry::mercator::WorldPoint;
    /// use corridor_core::scene::transform::ScreenTransform;
    /// let t = ScreenTransform::centered(WorldPoint::new(0.5, 0.5), 4.0, [800.0, 600.0]);
    /// let (pointer, levels) = ([600.0, 200.0], 0.5);
    /// let place = t.to_world(pointer);
    /// let center = t.center_zoomed_about(pointer, [400.0, 300.0], levels);
    /// let after = ScreenTransform::centered(center, 4.5, [800.0, 600.0]);
    /// let [x, y] = after.to_screen(place);
    /// assert!((x - 600.0).abs() < 1e-3 && (y - 200.0).abs() < 1e-3);
    /// ```
    pub fn center_zoomed_about(&self, pointer: Px, center_px: Px, levels: f64) -> WorldPoint {
        let place = self.to_world(pointer);
        let scale = self.scale_px * levels.exp2();
        WorldPoint::new(
            place.x - f64::from(pointer[0] - center_px[0]) / scale,
            place.y - f64::from(pointer[1] - center_px[1]) / scale,
        )
    }
}

/// Zoom levels per notch of a mouse wheel: 1.25× (log2 1.25), small enough
/// to stop at the scale wanted.
pub const WHEEL_NOTCH_LEVELS: f64 = 0.321_928_094_887_362_3;

/// Zoom levels for scrolled points: a wheel notch scrolls about
/// `notch_points` (egui's line scroll speed), whatever the frame rate.
///
/// ```
/// use corridor_core::scene::transform::{WHEEL_NOTCH_LEVELS, scroll_zoom_levels};
/// assert!((scroll_zoom_levels(40.0, 40.0) - WHEEL_NOTCH_LEVELS).abs() < 1e-12);
/// assert!((scroll_zoom_levels(-40.0, 40.0).exp2() - 0.8).abs() < 1e-9);
/// ```
pub fn scroll_zoom_levels(scrolled_points: f32, notch_points: f32) -> f64 {
    if notch_points <= 0.0 {
        return 0.0;
    }
    f64::from(scrolled_points / notch_points) * WHEEL_NOTCH_LEVELS
}

/// The zoom and centre that frame a world rectangle in a viewport, with a
/// margin in pixels on every side.
///
/// ```
/// use corridor_core::geometry::mercator::WorldPoint;
/// use corridor_core::scene::transform::fit_bounds;
/// let (center, zoom) = fit_bounds(WorldPoint::new(0.0, 0.0), WorldPoint::new(0.5, 0.5), [256.0, 256.0], 0.0, 20.0);
/// assert_eq!(center, WorldPoint::new(0.25, 0.25));
/// assert!((zoom - 1.0).abs() < 1e-9);
/// ```
pub fn fit_bounds(
    min: WorldPoint,
    max: WorldPoint,
    size_px: [f64; 2],
    margin_px: f64,
    max_zoom: f64,
) -> (WorldPoint, f64) {
    let center = WorldPoint::new((min.x + max.x) / 2.0, (min.y + max.y) / 2.0);
    let usable = [
        (size_px[0] - 2.0 * margin_px).max(32.0),
        (size_px[1] - 2.0 * margin_px).max(32.0),
    ];
    let width = (max.x - min.x).max(1e-9);
    let height = (max.y - min.y).max(1e-9);
    let scale = (usable[0] / width).min(usable[1] / height);
    let zoom = (scale / 256.0).log2().clamp(0.0, max_zoom);
    (center, zoom)
}
