//! Loading data into the session: starting a load on a worker, taking its
//! result, and asking for column mappings or a date order afterwards.

use std::sync::Arc;

use super::commands::{Framing, LoadMode};
use super::corridor_app::{CorridorApp, repainter};
use super::data::{DataLabel, LoadedData};
use super::i18n::lang;
use super::loader::{LoadInput, LoadJob, LoadPoll, Loaded};
use super::notice::{Notice, NoticePart};
use super::panels;
use crate::tr;
use corridor_core::i18n::text;
use corridor_core::import::DataSource;
use corridor_core::import::report::ImportReport;
use corridor_core::model::Dataset;
use corridor_core::{msg_id, phrase, t};

/// A load as asked for, kept to run again once the user has mapped columns
/// or chosen a date order.
#[derive(Clone)]
pub struct LoadRequest {
    sources: Vec<DataSource>,
    /// The data added to, for an "add" load.
    base: Option<Arc<Dataset>>,
    base_report: Option<ImportReport>,
    framing: Framing,
}

impl CorridorApp {
    /// Loads `sources`, replacing the data shown or adding to it.
    pub(super) fn start_load(
        &mut self,
        sources: Vec<DataSource>,
        ctx: &egui::Context,
        framing: Framing,
        mode: LoadMode,
    ) {
        let data = &self.session.data;
        let adding = mode == LoadMode::Add;
        let request = LoadRequest {
            sources,
            base: adding.then(|| data.dataset().clone()),
            base_report: adding.then(|| data.report.clone()),
            framing,
        };
        self.run_load(request, ctx);
    }

    fn run_load(&mut self, request: LoadRequest, ctx: &egui::Context) {
        if let Some(job) = self.jobs.load.take() {
            job.cancel();
        }
        let input = LoadInput {
            sources: request.sources.clone(),
            base: request.base.clone(),
            folders: self.jobs.folders.clone(),
            rules: self.jobs.rules.clone(),
            options: self.session.project.import_options(&self.settings.mappings),
        };
        self.jobs.load = Some(LoadJob::start(&self.jobs.spawner, input, repainter(ctx)));
        self.jobs.last_load = Some(request);
    }

    /// Runs the last load again, now that a mapping or date order was chosen.
    pub(super) fn rerun_last_load(&mut self, ctx: &egui::Context) {
        if let Some(request) = self.jobs.last_load.clone() {
            self.run_load(request, ctx);
        }
    }

    /// Takes what the workers finished: a load, an image export, a
    /// project's source check.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        self.poll_loading(ctx);
        self.poll_image_export();
        self.poll_source_check(ctx);
    }

    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.jobs.load else {
            return;
        };
        let polled = job.poll();
        let description = job.description.clone();
        if matches!(polled, LoadPoll::Running) {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            return;
        }
        self.jobs.load = None;
        self.window.notice = match polled {
            LoadPoll::Running => return,
            LoadPoll::Cancelled => Some(Notice::info(phrase!("import-cancelled"))),
            LoadPoll::Failed(failure) => Some(Notice::task_failed_doing(
                &failure,
                &tr!("import-task-loading", source = description.describe(lang())),
                &tr!("import-kept-data"),
            )),
            LoadPoll::Done(result) => match *result {
                Ok(loaded) => return self.finish_load(loaded, description),
                Err(error) => Some(Notice::error(phrase!(
                    "import-could-not-load",
                    error = format!("{error:#}")
                ))),
            },
        };
    }

    fn finish_load(&mut self, loaded: Loaded, label_of: DataLabel) {
        let Loaded {
            mut report,
            view_data,
            search,
        } = loaded;
        let dataset = &view_data.dataset;
        self.offer_choices(&report);
        let base = self.jobs.last_load.as_ref().and_then(|l| l.base.clone());
        let base = base.as_ref();
        let added_to = base.map(|b| b.traces.len());
        // Adding loaded nothing new, or nothing could be read: keep what was
        // shown (an unreadable file must not wipe the map) and say why.
        // Notices are written in each language, so a switch rewrites them.
        let nothing = if added_to == Some(dataset.traces.len()) && !dataset.traces.is_empty() {
            Some(msg_id!("import-nothing-added"))
        } else if dataset.is_empty() {
            Some(msg_id!("import-nothing-loaded"))
        } else {
            None
        };
        if let Some(nothing) = nothing {
            let text = NoticePart::in_each(|lang| {
                let (source, summary) = (label_of.describe(lang), report.summary_line_in(lang));
                text(
                    lang,
                    nothing,
                    &[("source", source.into()), ("summary", summary.into())],
                )
            });
            self.window.notice = Some(Notice::error(text).with_report());
            self.dialogs.failed_report = Some(report);
            self.dialogs.report_open = true;
            return;
        }
        // Only the embedded demo is "Demo data"; a file `corridor generate`
        // wrote is the user's own, named as such and marked synthetic.
        let label = match base {
            Some(_) => DataLabel::Files(dataset.sources.len()),
            None => label_of.clone(),
        };
        let problems = report.rejected + report.errors;
        self.window.notice = (problems > 0 || report.warnings > 0).then(|| {
            let text = NoticePart::in_each(|lang| {
                t!(
                    lang,
                    "import-loaded-with-issues",
                    traces = super::format::traces_in_rows(
                        dataset.traces.firearms(),
                        dataset.traces.len() as u64,
                        lang,
                    ),
                    source = label_of.describe(lang),
                    summary = report.summary_line_in(lang)
                )
            });
            let notice = if problems > 0 {
                Notice::error(text)
            } else {
                Notice::info(text)
            };
            notice.with_report()
        });
        self.dialogs.report_open = problems > 0;
        self.dialogs.failed_report = None;
        if let Some(earlier) = self
            .jobs
            .last_load
            .as_ref()
            .and_then(|l| l.base_report.clone())
        {
            let mut combined = earlier;
            combined.merge(report);
            report = combined;
        }
        let fit = self
            .jobs
            .last_load
            .as_ref()
            .is_some_and(|l| l.framing == Framing::FitToData);
        let version = self.session.take_version();
        self.session.data = LoadedData::loaded(view_data, Arc::new(search), report, label, version);
        self.session.selection = Default::default();
        self.session.corridors.selected = None;
        self.window.map.hover = None;
        // Results point at the old data's stores and sites.
        let query = self.window.search.query.clone();
        self.window.search.set_results(&self.session.data, query);
        if fit {
            self.window.map.fit_pending = true;
        }
        // A project brings its own filters; a plain file meets the old ones.
        if base.is_none() && !self.session.project.is_opening() {
            self.check_inherited_filters(&label_of);
        }
    }

    /// New data under the filters of the data before: when they would hide
    /// all of it they are reset, and when they hide part of it a notice
    /// says how much and offers the reset (never "0 of 10 traces" with no
    /// word why).
    fn check_inherited_filters(&mut self, label_of: &DataLabel) {
        let filter = &self.settings.filter;
        if *filter == corridor_core::aggregate::TraceFilter::default() {
            return;
        }
        let dataset = self.session.data.dataset();
        let total = dataset.traces.firearms();
        let shown = dataset
            .traces
            .firearms_of(&corridor_core::aggregate::flows::matching_traces(
                dataset,
                filter,
                |_, _| true,
            ));
        let sentence = if shown == 0 && total > 0 {
            self.settings.filter = Default::default();
            self.window.time_bar.playing = false;
            NoticePart::in_each(|lang| {
                let source = label_of.describe(lang);
                t!(lang, "import-filters-reset", count = total, source = source)
            })
        } else if shown < total {
            NoticePart::in_each(|lang| {
                let source = label_of.describe(lang);
                let hidden = total - shown;
                t!(
                    lang,
                    "import-filters-hide",
                    hidden = hidden,
                    count = total,
                    source = source
                )
            })
        } else {
            return;
        };
        self.window.notice = Some(match self.window.notice.take() {
            // The import's own notice stays, with this after it.
            Some(notice) => notice.then(sentence),
            None if shown > 0 => Notice::info(sentence).with_reset_filters(),
            None => Notice::info(sentence),
        });
    }

    /// After a load: ask for a column mapping for the first file that needs
    /// one, or for the order of ambiguous dates.
    fn offer_choices(&mut self, report: &ImportReport) {
        if let Some(file) = report.files.iter().find(|f| f.needs_mapping)
            && let Some(path) = &file.path
            && path.is_file()
            && let Ok(preview) = corridor_core::import::preview::preview_table(path, &file.file)
        {
            self.dialogs.mapping = Some(panels::mapping_dialog::MappingDialog::new(
                preview,
                file.table_kind,
            ));
            return;
        }
        let unclear: Vec<String> = report
            .files
            .iter()
            .filter(|f| f.matrix_axes_unclear)
            .map(|f| f.file.clone())
            .collect();
        if !unclear.is_empty() {
            self.dialogs.matrix = Some(panels::matrix_dialog::MatrixDialog { files: unclear });
            return;
        }
        let ambiguous: Vec<panels::date_dialog::AmbiguousFile> = report
            .files
            .iter()
            .filter(|f| f.ambiguous_dates)
            .filter_map(|f| Some((f.path.clone()?, f.file.clone(), f.table_kind?)))
            .filter(|(path, _, _)| path.is_file())
            .collect();
        if !ambiguous.is_empty() {
            self.dialogs.date = Some(panels::date_dialog::DateDialog::new(ambiguous));
        }
    }
}
