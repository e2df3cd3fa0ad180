//! Applying briefing commands to the app, after the frame that asked.

use walkers::lat_lon;

use super::presentation::{Presentation, slide_count, step};
use super::{BriefingCommand, views};
use crate::app::corridor_app::CorridorApp;
use crate::app::map::{MAX_ZOOM, MIN_ZOOM};
use corridor_core::briefing::annotation::next_id;
use corridor_core::briefing::flight::Flight;
use corridor_core::scene::MapView;

impl CorridorApp {
    pub(crate) fn apply_briefing(&mut self, command: BriefingCommand, ctx: &egui::Context) {
        let ui_state = &mut self.window.briefing;
        let views_list = &mut self.session.briefing.views;
        match command {
            BriefingCommand::ToggleViewsPanel => {
                self.settings.show_views_panel = !self.settings.show_views_panel;
            }
            BriefingCommand::AddView => {
                let mut view = self.capture_view(String::new());
                view.name = views::new_view_name(
                    &self.session.briefing.views,
                    self.session.data.dataset(),
                    &view,
                );
                let views = &mut self.session.briefing.views;
                views.push(view);
                self.window.briefing.current = Some(views.len() - 1);
            }
            BriefingCommand::UpdateView(index) => {
                let fresh = self.capture_view(String::new());
                if let Some(view) = self.session.briefing.views.get_mut(index) {
                    views::update(view, fresh);
                    self.window.briefing.current = Some(index);
                }
            }
            BriefingCommand::ShowView(index) => self.show_view(index, ctx),
            BriefingCommand::RenameView(index, name) => {
                ui_state.renaming = None;
                if let Some(name) = views::rename(views_list, index, &name)
                    && let Some(view) = views_list.get_mut(index)
                {
                    view.name = name;
                }
            }
            BriefingCommand::EditName(index) => {
                ui_state.renaming =
                    index.and_then(|i| views_list.get(i).map(|v| (i, v.name.clone())));
            }
            BriefingCommand::SetViewTitle(index, title) => {
                if let Some(view) = views_list.get_mut(index) {
                    view.title = title;
                }
            }
            BriefingCommand::SetViewSubtitle(index, subtitle) => {
                if let Some(view) = views_list.get_mut(index) {
                    view.subtitle = subtitle;
                }
            }
            BriefingCommand::MoveView { from, to } => {
                ui_state.current = views::move_view(views_list, from, to, ui_state.current);
                ui_state.renaming = None;
            }
            BriefingCommand::DeleteView(index) => {
                if index < views_list.len() {
                    views_list.remove(index);
                    ui_state.renaming = None;
                    ui_state.current = match ui_state.current {
                        Some(c) if c == index => None,
                        Some(c) if c > index => Some(c - 1),
                        other => other,
                    };
                }
            }
            BriefingCommand::StartPresentation => self.start_presentation(ctx),
            BriefingCommand::StopPresentation => self.stop_presentation(ctx),
            BriefingCommand::StepSlide(delta) => {
                if let Some(p) = self.window.briefing.presentation {
                    let count = slide_count(&self.session.briefing.views);
                    self.go_to_slide(step(p.slide, delta, count), ctx);
                }
            }
            BriefingCommand::GoToSlide(slide) => self.go_to_slide(slide, ctx),
            BriefingCommand::SetRedaction(redaction) => {
                self.session.briefing.redaction = redaction;
                let search = &mut self.window.search;
                search.redaction = redaction;
                // Results listed before the switch may show what is now hidden.
                let query = search.query.clone();
                search.set_results(&self.session.data, query);
                search.close();
            }
            BriefingCommand::SetTool(tool) => {
                ui_state.tool = tool;
                ui_state.arrow_from = None;
                if tool.is_some() {
                    ui_state.selected_annotation = None;
                }
            }
            BriefingCommand::AddAnnotation(mut annotation) => {
                annotation.id = self.next_annotation_id();
                self.window.briefing.selected_annotation = Some(annotation.id);
                self.session.briefing.annotations.push(annotation);
            }
            BriefingCommand::UpdateAnnotation(annotation) => {
                if let Some(old) = self
                    .session
                    .briefing
                    .annotations
                    .iter_mut()
                    .find(|a| a.id == annotation.id)
                {
                    *old = annotation;
                }
            }
            BriefingCommand::DeleteAnnotation(id) => {
                self.session.briefing.annotations.retain(|a| a.id != id);
                if ui_state.selected_annotation == Some(id) {
                    ui_state.selected_annotation = None;
                }
            }
            BriefingCommand::SelectAnnotation(id) => ui_state.selected_annotation = id,
        }
    }

    /// The current state as a view.
    pub fn capture_view(&self, name: String) -> corridor_core::briefing::SavedView {
        views::capture(
            name,
            &self.settings,
            self.window.map.view(),
            &self.session.selection,
            &self.session.briefing.annotations,
        )
    }

    /// An id unused on the map and in every view, so annotations copied
    /// between views and the map never clash.
    fn next_annotation_id(&self) -> u64 {
        let briefing = &self.session.briefing;
        next_id(
            briefing
                .annotations
                .iter()
                .chain(briefing.views.iter().flat_map(|v| v.annotations.iter())),
        )
    }

    fn show_view(&mut self, index: usize, ctx: &egui::Context) {
        let Some(view) = self.session.briefing.views.get(index).cloned() else {
            return;
        };
        self.restore_state(&view, ctx);
        self.window.briefing.current = Some(index);
    }

    /// Puts back everything a view holds, moving the camera there.
    fn restore_state(&mut self, view: &corridor_core::briefing::SavedView, ctx: &egui::Context) {
        views::restore_settings(view, &mut self.settings);
        let session = &mut self.session;
        let dataset = session.data.dataset();
        session.selection =
            views::valid_selection(&view.selection, dataset.stores.len(), dataset.sites.len());
        session.corridors.selected = None;
        session.briefing.annotations = view.annotations.clone();
        self.window.time_bar.playing = false;
        self.window.briefing.selected_annotation = None;
        self.fly_to(view.camera, ctx);
    }

    fn fly_to(&mut self, camera: MapView, ctx: &egui::Context) {
        let now_s = ctx.input(|i| i.time);
        self.window.briefing.flight = Some(Flight::new(self.window.map.view(), camera, now_s));
        ctx.request_repaint();
    }

    fn start_presentation(&mut self, ctx: &egui::Context) {
        if self.window.briefing.presentation.is_none() {
            // Leaving comes back here, with any unsaved annotations.
            let before = self.capture_view(String::new());
            let state = &mut self.window.briefing;
            state.before_presentation = Some((before, state.current));
        }
        let state = &mut self.window.briefing;
        state.presentation = Some(Presentation::default());
        state.tool = None;
        state.selected_annotation = None;
        state.renaming = None;
        self.window.search.close();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        if !self.session.briefing.views.is_empty() {
            self.show_view(0, ctx);
        }
    }

    fn stop_presentation(&mut self, ctx: &egui::Context) {
        if self.window.briefing.presentation.take().is_none() {
            return;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        if let Some((before, current)) = self.window.briefing.before_presentation.take() {
            self.restore_state(&before, ctx);
            self.window.briefing.current = current;
        }
    }

    fn go_to_slide(&mut self, slide: usize, ctx: &egui::Context) {
        let Some(presentation) = &mut self.window.briefing.presentation else {
            return;
        };
        let slide = slide.min(slide_count(&self.session.briefing.views) - 1);
        if presentation.slide == slide {
            return;
        }
        presentation.slide = slide;
        self.show_view(slide, ctx);
    }

    /// Moves the camera along the flight under way; called before the
    /// level is chosen, since the zoom decides it.
    pub(crate) fn advance_flight(&mut self, ctx: &egui::Context) {
        let Some(flight) = self.window.briefing.flight else {
            return;
        };
        let (view, done) = flight.at(ctx.input(|i| i.time));
        let memory = &mut self.window.map.memory;
        memory.center_at(lat_lon(view.center_lat_deg, view.center_lon_deg));
        // Clamped into the allowed range, so it cannot be refused.
        let _ = memory.set_zoom(view.zoom.clamp(MIN_ZOOM, MAX_ZOOM));
        if done {
            self.window.briefing.flight = None;
        } else {
            ctx.request_repaint();
        }
    }
}
