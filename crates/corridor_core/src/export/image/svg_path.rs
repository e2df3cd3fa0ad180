//! Screen-space geometry as SVG path data, thinned to what a pixel can
//! show so a map of the whole border stays a few hundred kilobytes.

use std::fmt::Write;

use crate::render::place_labels::ScreenBox;
use crate::scene::arrow::Px;

/// A coordinate with one decimal: a tenth of a pixel is finer than any
/// screen or print shows at these sizes.
pub fn num(v: f32) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// Points closer than this to the last one kept are dropped.
const MIN_STEP_PX: f32 = 0.4;

/// Appends `points` as one subpath (`M … L …`, closed with `Z` when
/// `closed`), dropping points within a fraction of a pixel of the last
/// one kept. Returns whether anything was written.
///
/// ```
/// use corridor_core::export::image::svg_path::push_subpath;
/// let mut d = String::new();
/// push_subpath(&mut d, &[[0.0, 0.0], [0.1, 0.1], [10.0, 0.0], [10.0, 5.25]], true);
/// assert_eq!(d, "M0 0L10 0L10 5.3Z");
/// ```
pub fn push_subpath(d: &mut String, points: &[Px], closed: bool) -> bool {
    let Some(first) = points.first() else {
        return false;
    };
    let mut last = *first;
    let _ = write!(d, "M{} {}", num(first[0]), num(first[1]));
    let end = points.len().saturating_sub(1);
    for (i, p) in points.iter().enumerate().skip(1) {
        let step = (p[0] - last[0]).abs().max((p[1] - last[1]).abs());
        // The last point of an open line is kept: it is where the line ends.
        if step < MIN_STEP_PX && (closed || i != end) {
            continue;
        }
        let _ = write!(d, "L{} {}", num(p[0]), num(p[1]));
        last = *p;
    }
    if closed {
        d.push('Z');
    }
    true
}

/// The bounding box of some points.
pub fn bounds(points: &[Px]) -> ScreenBox {
    let mut min = [f32::INFINITY; 2];
    let mut max = [f32::NEG_INFINITY; 2];
    for p in points {
        min = [min[0].min(p[0]), min[1].min(p[1])];
        max = [max[0].max(p[0]), max[1].max(p[1])];
    }
    ScreenBox::new(min, max)
}

/// `points` for a `<polygon>` or `<polyline>`.
pub fn point_list(points: &[Px]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", num(p[0]), num(p[1])))
        .collect::<Vec<_>>()
        .join(" ")
}
