//! Small histograms drawn straight with the painter: the time bar and the
//! time-to-crime filter, where dragging across the bars picks a range.

use egui::{Color32, Painter, Rect, pos2};

/// Bars filling `rect`, one per count, scaled so `max` fills the height
/// (larger counts are cut at the top); `chosen` bars take `on`, the
/// others `off`.
pub fn paint_bars(
    painter: &Painter,
    rect: Rect,
    counts: &[u32],
    max: u32,
    chosen: impl Fn(usize) -> bool,
    on: Color32,
    off: Color32,
) {
    if counts.is_empty() || max == 0 {
        return;
    }
    let width = rect.width() / counts.len() as f32;
    // A gap between bars only when they are wide enough to show it.
    let gap = if width > 4.0 { 1.0 } else { 0.0 };
    for (i, &count) in counts.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let height = (count.min(max) as f32 / max as f32 * rect.height()).max(1.0);
        let left = rect.left() + i as f32 * width;
        let bar = Rect::from_min_max(
            pos2(left, rect.bottom() - height),
            pos2(left + (width - gap).max(1.0), rect.bottom()),
        );
        painter.rect_filled(bar, 0.0, if chosen(i) { on } else { off });
    }
}

/// The bar under a screen x, clamped to the ends.
pub fn bar_at(rect: Rect, bars: usize, x: f32) -> usize {
    if bars == 0 || rect.width() <= 0.0 {
        return 0;
    }
    let t = ((x - rect.left()) / rect.width()).clamp(0.0, 0.999_999);
    ((t * bars as f32) as usize).min(bars - 1)
}

/// Colours of chosen and other bars for the current theme.
pub fn bar_colors(ui: &egui::Ui) -> (Color32, Color32) {
    let visuals = ui.visuals();
    (
        visuals.selection.bg_fill,
        visuals.weak_text_color().gamma_multiply(0.45),
    )
}
