//! File › Export map image / Export briefing deck: the current view or
//! every saved view, written by the core exporters on a worker thread (a
//! 4x PNG or a long deck takes seconds) with the result as a notice.

use super::output_guard::ProjectFile;
use corridor_core::i18n::{Lang, Phrase, ToPhrase, Wording};
use corridor_core::phrase;
use std::path::PathBuf;

use corridor_core::briefing::SavedView;
use corridor_core::export::image::file_names::file_stem;
use corridor_core::export::image::{ImageFormat, ImageOptions, plan_views};
use corridor_core::render::frame::FrameOptions;
use corridor_core::render::title::view_heading;
use corridor_core::task::{Task, TaskPoll};

use super::commands::Command;
use super::corridor_app::{CorridorApp, repainter};
use super::notice::Notice;
use crate::tr;

/// Thread name of image export tasks.
pub const IMAGE_TASK: &str = "corridor-image-export";

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
    /// Images and decks in both languages, or in the interface's only.
    SetBilingual(bool),
}

/// An export running on a worker.
pub struct ImageJob {
    /// The files written, for the notice.
    task: Task<Result<Vec<PathBuf>, Phrase>>,
}

/// The language or languages of an exported image: the interface's, and
/// for a joint briefing the other one under it.
///
/// ```
/// use corridor::app::image_export::export_wording;
/// use corridor_core::i18n::{Lang, Wording};
/// assert_eq!(export_wording(Lang::Es, false), Wording::One(Lang::Es));
/// assert_eq!(
///     export_wording(Lang::Es, true),
///     Wording::Both { first: Lang::Es, second: Lang::En }
/// );
/// ```
pub fn export_wording(lang: Lang, bilingual: bool) -> Wording {
    if !bilingual {
        return Wording::One(lang);
    }
    let second = match lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    Wording::Both {
        first: lang,
        second,
    }
}

/// The PNG scales offered.
pub const SCALES: [f32; 3] = [1.0, 2.0, 4.0];

impl CorridorApp {
    pub fn apply_image(&mut self, command: ImageCommand, ctx: &egui::Context) {
        match command {
            ImageCommand::SetScale(scale) => self.settings.export_scale = scale,
            ImageCommand::SetBilingual(both) => self.settings.bilingual_exports = both,
            ImageCommand::Dialog(scope) => self.image_dialog(scope),
            ImageCommand::ExportTo(path, scope) => {
                if !self.refuses_output(&path, ProjectFile::IsInput) {
                    self.export_image_to(path, scope, ctx);
                }
            }
        }
    }

    fn image_dialog(&mut self, scope: ImageScope) {
        if scope == ImageScope::AllViews && self.session.briefing.views.is_empty() {
            self.window.notice = Some(Notice::error(phrase!("dialog-image-no-views")));
            return;
        }
        let (title, formats) = match scope {
            ImageScope::CurrentView => (tr!("dialog-image-title"), ImageFormat::ALL.to_vec()),
            ImageScope::AllViews => (
                tr!("dialog-image-deck-title"),
                vec![ImageFormat::Pdf, ImageFormat::Png, ImageFormat::Svg],
            ),
        };
        let name = self.image_file_name(scope);
        let mut request = crate::app::file_chooser::FileRequest::new(
            crate::app::file_chooser::ChooseKind::SaveFile,
            title,
        )
        .file_name(name)
        .directory(self.settings.last_folder.as_ref());
        for format in formats {
            request = request.filter(&format_label(format), &[format.extension()]);
        }
        self.choose_file(
            request,
            Box::new(move |mut paths| {
                Command::Image(ImageCommand::ExportTo(paths.remove(0), scope))
            }),
        );
    }

    fn export_image_to(&mut self, path: PathBuf, scope: ImageScope, ctx: &egui::Context) {
        if self.jobs.image.is_some() {
            self.window.notice = Some(Notice::error(phrase!("dialog-image-busy")));
            return;
        }
        let views = match scope {
            ImageScope::CurrentView => vec![self.current_image_view()],
            ImageScope::AllViews => self.session.briefing.views.clone(),
        };
        let size_px = match scope {
            // What the window shows, at its size.
            ImageScope::CurrentView => self.window.map.last_size_px.unwrap_or([1600.0, 900.0]),
            ImageScope::AllViews => FrameOptions::default().size_px,
        };
        let options = ImageOptions {
            frame: FrameOptions {
                size_px,
                towns: self.settings.show_city_labels,
                ports: self.settings.show_ports,
                legend: self.settings.show_legend || scope == ImageScope::AllViews,
                wording: export_wording(self.settings.language, self.settings.bilingual_exports),
            },
            scale: self.settings.export_scale,
            redaction: self.session.briefing.redaction,
        };
        let data = self.session.data.view_data.clone();
        let target = path.clone();
        // A deck into a folder names its files after the views' titles:
        // each is checked against the inputs once drawn.
        let inputs = self.inputs(ProjectFile::IsInput);
        let task = self.jobs.spawner.spawn(
            IMAGE_TASK,
            tr!("dialog-image-task", path = path.display().to_string()),
            repainter(ctx),
            move |_| {
                let planned = plan_views(
                    &data,
                    &views,
                    &options,
                    &target,
                    None,
                    corridor_core::basemap::shared(),
                )
                .map_err(|e| e.phrase())?;
                inputs
                    .check_all(planned.targets().iter().map(PathBuf::as_path))
                    .map_err(|e| e.phrase())?;
                planned.write().map_err(|e| e.phrase())
            },
        );
        if let Some(folder) = path.parent() {
            self.settings.last_folder = Some(folder.to_path_buf());
        }
        self.jobs.image = Some(ImageJob { task });
    }

    /// The map as it is now, as the view an image of it draws: titled as
    /// the slide being presented, or the view shown last while the map
    /// still shows what it saved; otherwise untitled, so the image says
    /// what it shows (`render::title::default_title`), never a title that
    /// no longer fits.
    pub fn current_image_view(&self) -> SavedView {
        let mut now = self.capture_view(String::new());
        let views = &self.session.briefing.views;
        let state = &self.window.briefing;
        let slide = match state.presentation {
            Some(presenting) => views.get(presenting.slide),
            None => state.current.and_then(|i| views.get(i)).filter(|v| {
                v.filter == now.filter
                    && v.density == now.density
                    && v.grouping == now.grouping
                    && v.selection == now.selection
            }),
        };
        if let Some(view) = slide {
            now.name = view.name.clone();
            now.title = view.title.clone();
            now.subtitle = view.subtitle.clone();
        }
        now
    }

    /// The file name the export dialog offers: the image's title made a
    /// file name; for a deck the project's name ("Briefing" before it has
    /// one).
    pub fn image_file_name(&self, scope: ImageScope) -> String {
        match scope {
            ImageScope::CurrentView => {
                let heading = view_heading(
                    self.session.data.dataset(),
                    &self.current_image_view(),
                    crate::app::i18n::lang(),
                );
                format!("{}.png", file_stem(&heading))
            }
            ImageScope::AllViews => {
                let name = match &self.session.project.path {
                    Some(_) => self.session.project.display_name(),
                    None => tr!("dialog-image-deck-name"),
                };
                format!("{}.pdf", file_stem(&name))
            }
        }
    }

    /// Shows the outcome of a finished export.
    pub(super) fn poll_image_export(&mut self) {
        let Some(job) = &mut self.jobs.image else {
            return;
        };
        let result = match job.task.poll() {
            TaskPoll::Pending => return,
            TaskPoll::Done(result) => result,
            TaskPoll::Failed(failure) => {
                self.jobs.image = None;
                self.window.notice = Some(Notice::task_failed(
                    &failure,
                    &tr!("dialog-image-nothing-written"),
                ));
                return;
            }
        };
        self.jobs.image = None;
        let redacted = self.session.briefing.redaction.is_active();
        let shown =
            |path: Option<&PathBuf>| path.map_or_else(String::new, |p| p.display().to_string());
        // Named by what was written: the exporter may write elsewhere than
        // the name chosen (a name without extension becomes a folder).
        self.window.notice = Some(match result {
            Ok(written) if written.len() == 1 => {
                let path = shown(written.first());
                Notice::info(if redacted {
                    phrase!("dialog-image-done-redacted", path = path)
                } else {
                    phrase!("dialog-image-done", path = path)
                })
            }
            Ok(written) => {
                let (count, first, last) =
                    (written.len(), shown(written.first()), shown(written.last()));
                Notice::info(if redacted {
                    phrase!(
                        "dialog-images-done-redacted",
                        count = count,
                        first = first,
                        last = last
                    )
                } else {
                    phrase!(
                        "dialog-images-done",
                        count = count,
                        first = first,
                        last = last
                    )
                })
            }
            Err(error) => Notice::error(phrase!("dialog-image-failed", error = error)),
        });
    }
}

/// A format's name in the file chooser's list of file types.
pub fn format_label(format: ImageFormat) -> String {
    match format {
        ImageFormat::Png => tr!("dialog-image-format-png"),
        ImageFormat::Svg => tr!("dialog-image-format-svg"),
        ImageFormat::Pdf => tr!("dialog-image-format-pdf"),
    }
}
