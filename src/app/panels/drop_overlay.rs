//! Feedback while files are dragged over the window.

use egui::{Align2, Color32, Id, LayerId, Order};

use crate::tr;

pub fn drop_overlay_ui(ctx: &egui::Context) {
    let hovered = ctx.input(|i| i.raw.hovered_files.len());
    if hovered == 0 {
        return;
    }
    let painter = ctx.layer_painter(LayerId::new(Order::Foreground, Id::unique("drop-overlay")));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        tr!("dialog-drop-to-load", count = hovered),
        egui::FontId::proportional(28.0),
        Color32::WHITE,
    );
}
