//! The scale bar over the map (bottom right, above the attribution): a
//! round length in kilometres and in miles at the map's centre latitude.

use egui::{Align2, FontId, Pos2, Rect, Stroke, Ui, Vec2};

use corridor_core::geometry::mercator::unproject;
use corridor_core::scene::scale_bar::{DistanceUnit, scale_bar};
use corridor_core::scene::transform::ScreenTransform;

/// Longest bar, in pixels.
const MAX_BAR_PX: f64 = 140.0;

pub fn scale_bar_ui(ui: &Ui, transform: &ScreenTransform, rect: Rect, margin: f32) {
    let center = rect.center();
    let (lat_deg, _) = unproject(transform.to_world([center.x, center.y]));
    let zoom = transform.zoom();
    let bars = [
        scale_bar(lat_deg, zoom, MAX_BAR_PX, DistanceUnit::Kilometres),
        scale_bar(lat_deg, zoom, MAX_BAR_PX, DistanceUnit::Miles),
    ];
    let text = ui.visuals().text_color();
    let font = FontId::proportional(11.0);
    let label_w = 56.0;
    let right = rect.right() - margin - label_w;
    let bottom = rect.bottom() - 26.0;
    let row = 15.0;
    let frame = Rect::from_min_max(
        Pos2::new(right - MAX_BAR_PX as f32 - 8.0, bottom - 2.0 * row - 6.0),
        Pos2::new(right + label_w, bottom + 2.0),
    );
    ui.painter().rect_filled(
        frame,
        2.0,
        ui.visuals().extreme_bg_color.gamma_multiply(0.8),
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = bottom - row * (1.5 - i as f32) + 3.0 - row / 2.0;
        let start = Pos2::new(right - bar.length_px as f32, y);
        let end = Pos2::new(right, y);
        let stroke = Stroke::new(1.5, text);
        ui.painter().line_segment([start, end], stroke);
        let tick = if i == 0 {
            Vec2::new(0.0, -4.0)
        } else {
            Vec2::new(0.0, 4.0)
        };
        ui.painter().line_segment([start, start + tick], stroke);
        ui.painter().line_segment([end, end + tick], stroke);
        ui.painter().text(
            end + Vec2::new(5.0, 0.0),
            Align2::LEFT_CENTER,
            &bar.label,
            font.clone(),
            text,
        );
    }
}
