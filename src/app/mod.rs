//! The desktop application: turns input into commands and draws the cached
//! view model. Everything it shows comes from the GUI-free core.

mod apply;
pub mod background;
pub mod briefing_ui;
pub mod colors;
pub mod commands;
pub mod corridor_app;
pub mod data;
pub mod demo_memo;
pub mod dialogs;
pub mod file_chooser;
pub mod format;
pub mod handover;
pub mod i18n;
pub mod image_export;
pub mod investigation_marks;
pub mod jobs;
mod load;
pub mod loader;
pub mod map;
pub mod notice;
mod output_guard;
pub mod panels;
pub mod project_session;
pub mod session;
pub mod settings;
mod shortcuts;
pub mod time_view;
pub mod unsaved_changes;
pub mod view_model;
pub mod window_state;

pub use corridor_app::{CorridorApp, StartOptions};

/// Application id: window class, settings folder.
pub const APP_ID: &str = "Corridor";

/// Opens the main window.
pub fn run(start: StartOptions) -> anyhow::Result<()> {
    if std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
        && cfg!(target_os = "linux")
    {
        anyhow::bail!(
            "no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Corridor needs a desktop session \
             (or Xvfb); for headless use try: corridor check PATH..."
        );
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Corridor")
            .with_app_id(APP_ID)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        persist_window: true,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| Ok(Box::new(CorridorApp::new(cc, start)))),
    )
    .map_err(|error| anyhow::anyhow!("could not open the window: {error}"))
}
