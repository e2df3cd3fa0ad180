//! From the core's toolkit-free colours to egui's, and the window theme.

use egui::Color32;

use corridor_core::scene::{Rgba, Theme};

pub fn color32(c: Rgba) -> Color32 {
    let [r, g, b, a] = c.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// The core's colour of an egui colour (straight alpha).
pub fn rgba(c: Color32) -> Rgba {
    Rgba(c.to_srgba_unmultiplied())
}

pub fn visuals(theme: Theme) -> egui::Visuals {
    match theme {
        Theme::Light => egui::Visuals::light(),
        Theme::Dark => egui::Visuals::dark(),
        Theme::Projector => projector_visuals(),
    }
}

/// Black on white with heavier lines: panels stay readable on a projector.
fn projector_visuals() -> egui::Visuals {
    let mut visuals = egui::Visuals::light();
    visuals.override_text_color = Some(Color32::BLACK);
    visuals.panel_fill = Color32::WHITE;
    visuals.window_fill = Color32::WHITE;
    visuals.extreme_bg_color = Color32::WHITE;
    visuals.faint_bg_color = Color32::from_gray(0xF0);
    visuals.window_stroke = egui::Stroke::new(1.5, Color32::BLACK);
    visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(0x60));
    visuals.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.0, Color32::BLACK);
    visuals.widgets.inactive.fg_stroke = egui::Stroke::new(1.5, Color32::BLACK);
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::from_gray(0x40));
    visuals.selection.bg_fill = Color32::from_rgb(0x00, 0x4F, 0xC4);
    visuals.selection.stroke = egui::Stroke::new(1.5, Color32::WHITE);
    visuals.hyperlink_color = Color32::from_rgb(0x00, 0x3C, 0xB4);
    visuals
}

/// egui's text styles scaled for a theme (larger on the projector theme).
pub fn text_styles(theme: Theme) -> std::collections::BTreeMap<egui::TextStyle, egui::FontId> {
    let scale = corridor_core::scene::style::palette(theme).text_scale;
    egui::style::default_text_styles()
        .into_iter()
        .map(|(style, mut font)| {
            font.size *= scale;
            (style, font)
        })
        .collect()
}
