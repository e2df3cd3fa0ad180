//! The window's fonts: egui's own, with DejaVu Sans (embedded for the
//! exports) behind them for the characters they lack. Titles say
//! "Texas → Tamaulipas", and egui's default fonts have no arrow.

/// Name of the fallback font in egui's font definitions.
const FALLBACK: &str = "DejaVu Sans";

/// Installs egui's default fonts with DejaVu Sans as the last fallback of
/// every family, so nothing egui draws itself changes.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        FALLBACK.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(
            corridor_core::export::image::fonts::REGULAR,
        )),
    );
    for family in fonts.families.values_mut() {
        family.push(FALLBACK.to_owned());
    }
    ctx.set_fonts(fonts);
}
