//! Arrowheads and line ends in screen space, shared by the map and the exporters.

/// A point in screen pixels.
pub type Px = [f32; 2];

/// Length and half-width of the arrowhead for a flow of the given width.
pub fn arrowhead_size_px(width_px: f32) -> (f32, f32) {
    (5.0 + 1.8 * width_px, 3.0 + 1.2 * width_px)
}

/// Shortens a screen polyline so it stops `trim_px` before its end (the
/// recovery site's symbol edge), then cuts room for an arrowhead. Returns the
/// shaft and the arrowhead triangle (tip, left, right), or `None` when the
/// line is too short on screen to carry an arrow.
///
/// ```
/// use corridor_core::scene::arrow::shaft_and_head;
/// let line = [[0.0, 0.0], [50.0, 0.0], [100.0, 0.0]];
/// let (shaft, head) = shaft_and_head(&line, 2.0, 10.0).unwrap();
/// assert_eq!(head[0], [90.0, 0.0]);
/// let last = shaft.last().unwrap();
/// assert!(last[0] < 90.0 && last[0] > 70.0);
/// assert!(head[1][1] < 0.0 && head[2][1] > 0.0);
/// ```
pub fn shaft_and_head(path: &[Px], width_px: f32, trim_px: f32) -> Option<(Vec<Px>, [Px; 3])> {
    let (head_len, head_half) = arrowhead_size_px(width_px);
    let tip_cut = cut_from_end(path, trim_px)?;
    let tip = *tip_cut.last()?;
    let shaft = cut_from_end(&tip_cut, head_len * 0.85)?;
    let base_point = point_back_along(&tip_cut, head_len)?;
    let dx = tip[0] - base_point[0];
    let dy = tip[1] - base_point[1];
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1e-3 {
        return None;
    }
    let (ux, uy) = (dx / len, dy / len);
    let base = [tip[0] - ux * head_len, tip[1] - uy * head_len];
    let left = [base[0] + uy * head_half, base[1] - ux * head_half];
    let right = [base[0] - uy * head_half, base[1] + ux * head_half];
    Some((shaft, [tip, left, right]))
}

/// The polyline without its last `distance_px` of length.
fn cut_from_end(path: &[Px], distance_px: f32) -> Option<Vec<Px>> {
    let mut remaining = distance_px;
    let mut points = path.to_vec();
    while points.len() >= 2 {
        let b = points[points.len() - 1];
        let a = points[points.len() - 2];
        let seg = ((b[0] - a[0]).powi(2) + (b[1] - a[1]).powi(2)).sqrt();
        if seg > remaining {
            let t = (seg - remaining) / seg;
            let last = points.len() - 1;
            points[last] = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
            return Some(points);
        }
        remaining -= seg;
        points.pop();
    }
    None
}

fn point_back_along(path: &[Px], distance_px: f32) -> Option<Px> {
    cut_from_end(path, distance_px).and_then(|p| p.last().copied())
}

/// Distance from a point to a polyline, in pixels.
pub fn distance_to_polyline(point: Px, path: &[Px]) -> f32 {
    path.windows(2)
        .map(|w| distance_to_segment(point, w[0], w[1]))
        .fold(f32::INFINITY, f32::min)
}

fn distance_to_segment(p: Px, a: Px, b: Px) -> f32 {
    let (abx, aby) = (b[0] - a[0], b[1] - a[1]);
    let len2 = abx * abx + aby * aby;
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * abx + (p[1] - a[1]) * aby) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (cx, cy) = (a[0] + abx * t, a[1] + aby * t);
    ((p[0] - cx).powi(2) + (p[1] - cy).powi(2)).sqrt()
}
