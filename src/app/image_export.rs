//! File › Export map image / Export briefing deck: the current view or
//! every saved view, written by the core exporters on a worker thread (a
//! 4x PNG or a long deck takes seconds) with the result as a notice.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::commands::Command;
use super::corridor_app::{CorridorApp, Notice};
use crate::export::image::{ImageFormat, ImageOptions, export_views};
use crate::render::frame::FrameOptions;

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageScope {
    /// The map as it is now.
    CurrentView,
    /// Every saved view, in order: a deck.
    AllViews,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImageCommand {
    Dialog(ImageScope),
    ExportTo(PathBuf, ImageScope),
    SetScale(f32),
}

/// An export running on a worker.
pub struct ImageJob {
    receiver: Receiver<Result<Vec<PathBuf>, String>>,
    pub description: String,
}

/// The PNG scales offered.
pub const SCALES: [f32; 3] = [1.0, 2.0, 4.0];

impl CorridorApp {
    pub fn apply_image(&mut self, command: ImageCommand, ctx: &egui::Context) {
        match command {
            ImageCommand::SetScale(scale) => self.settings.export_scale = scale,
            ImageCommand::Dialog(scope) => self.image_dialog(scope),
            ImageCommand::ExportTo(path, scope) => self.export_image_to(path, scope, ctx),
        }
    }

    fn image_dialog(&mut self, scope: ImageScope) {
        if scope == ImageScope::AllViews && self.briefing.views.is_empty() {
            self.notice = notice(
                "There are no saved views to export: add views in the views panel (Ctrl+Shift+V) first.".to_owned(),
                true,
            );
            return;
        }
        let (title, name, formats) = match scope {
            ImageScope::CurrentView => (
                "Export the map as an image",
                "corridor-map.png",
                ImageFormat::ALL.to_vec(),
            ),
            ImageScope::AllViews => (
                "Export every saved view (PDF: a page each; PNG or SVG: numbered files)",
                "corridor-briefing.pdf",
                vec![ImageFormat::Pdf, ImageFormat::Png, ImageFormat::Svg],
            ),
        };
        let mut dialog = rfd::FileDialog::new().set_title(title).set_file_name(name);
        for format in formats {
            dialog = dialog.add_filter(format_label(format), &[format.extension()]);
        }
        if let Some(folder) = &self.settings.last_folder {
            dialog = dialog.set_directory(folder);
        }
        match dialog.save_file() {
            Some(path) => self.push(Command::Image(ImageCommand::ExportTo(path, scope))),
            None => self.notice = notice(
                "Nothing was exported: no file was chosen. If no dialog appeared, none is available on this system: `corridor export PROJECT.corridor --all --out FILE.pdf` writes the same from a saved project.".to_owned(),
                false,
            ),
        }
    }

    fn export_image_to(&mut self, path: PathBuf, scope: ImageScope, ctx: &egui::Context) {
        if self.image_job.is_some() {
            self.notice = notice(
                "An export is still running; try again when it is done.".to_owned(),
                true,
            );
            return;
        }
        let views = match scope {
            ImageScope::CurrentView => {
                let mut view = self.capture_view(String::new());
                view.name = path
                    .file_stem()
                    .map_or_else(|| "map".to_owned(), |s| s.to_string_lossy().into_owned());
                let (title, subtitle) = self.image_title(&view);
                view.title = title;
                view.subtitle = subtitle;
                vec![view]
            }
            ImageScope::AllViews => self.briefing.views.clone(),
        };
        let size_px = match scope {
            // What the window shows, at its size.
            ImageScope::CurrentView => self.map.last_size_px.unwrap_or([1600.0, 900.0]),
            ImageScope::AllViews => FrameOptions::default().size_px,
        };
        let options = ImageOptions {
            frame: FrameOptions {
                size_px,
                towns: self.settings.show_city_labels,
                ports: self.settings.show_ports,
                legend: self.settings.show_legend || scope == ImageScope::AllViews,
            },
            scale: self.settings.export_scale,
            redaction: self.briefing.redaction,
        };
        let data = self.data.view_data();
        let (sender, receiver) = channel();
        let repaint = ctx.clone();
        let target = path.clone();
        std::thread::spawn(move || {
            let result = export_views(
                &data,
                &views,
                &options,
                &target,
                None,
                crate::basemap::shared(),
            )
            .map_err(|e| e.to_string());
            // The window may have closed; nothing to tell then.
            let _ = sender.send(result);
            repaint.request_repaint();
        });
        if let Some(folder) = path.parent() {
            self.settings.last_folder = Some(folder.to_path_buf());
        }
        self.image_job = Some(ImageJob {
            receiver,
            description: path.display().to_string(),
        });
    }

    /// The title of an image of the map: the slide being presented, or
    /// the view shown last while the map still shows what it saved;
    /// otherwise the data and the count, never a title that no longer fits.
    fn image_title(&self, now: &crate::briefing::SavedView) -> (String, String) {
        let slide = match self.briefing_ui.presentation {
            Some(presenting) => self.briefing.views.get(presenting.slide),
            None => self
                .briefing_ui
                .current
                .and_then(|i| self.briefing.views.get(i))
                .filter(|v| {
                    v.filter == now.filter
                        && v.density == now.density
                        && v.grouping == now.grouping
                        && v.selection == now.selection
                }),
        };
        match slide {
            Some(view) => (view.heading().to_owned(), view.subtitle.clone()),
            None => (
                format!(
                    "{}: {} traces",
                    self.data.label,
                    crate::format::thousands(self.view.summary.traces)
                ),
                String::new(),
            ),
        }
    }

    /// Shows the outcome of a finished export.
    pub fn poll_image_export(&mut self) {
        let Some(job) = &self.image_job else { return };
        let result = match job.receiver.try_recv() {
            Err(TryRecvError::Empty) => return,
            Ok(result) => result,
            Err(TryRecvError::Disconnected) => Err("the export stopped unexpectedly".to_owned()),
        };
        let description = job.description.clone();
        self.image_job = None;
        let redacted = if self.briefing.redaction.is_active() {
            " (redacted)"
        } else {
            ""
        };
        self.notice = match result {
            Ok(written) if written.len() == 1 => notice(
                format!("Exported the map to {description}{redacted}"),
                false,
            ),
            Ok(written) => notice(
                format!(
                    "Exported {} images, {} to {}{redacted}",
                    written.len(),
                    written
                        .first()
                        .map_or_else(String::new, |p| p.display().to_string()),
                    written
                        .last()
                        .map_or_else(String::new, |p| p.display().to_string()),
                ),
                false,
            ),
            Err(error) => notice(format!("Could not export the map: {error}"), true),
        };
    }
}

pub fn format_label(format: ImageFormat) -> &'static str {
    match format {
        ImageFormat::Png => "PNG image",
        ImageFormat::Svg => "SVG (vector, for slides)",
        ImageFormat::Pdf => "PDF (a page per view)",
    }
}

fn notice(text: String, is_error: bool) -> Option<Notice> {
    Some(Notice {
        text,
        is_error,
        offer_report: false,
    })
}
