//! The search box in the menu bar and its list of results.

use egui::{Key, Modifiers, Ui};

use crate::app::commands::Command;
use crate::app::data::LoadedData;
use corridor_core::search::SearchHit;

/// Name of the search box in the accessibility tree, in English (the
/// box is named in the interface's language: `filter-search`).
pub const SEARCH_LABEL: &str = "Search";

/// The box's state between frames; the results are recomputed only when
/// the text changes (a query takes a few milliseconds).
#[derive(Clone, Debug, Default)]
pub struct SearchState {
    pub query: String,
    pub results: Vec<SearchHit>,
    /// Row picked by Enter.
    pub highlighted: usize,
    /// Whether the list shows.
    pub open: bool,
    /// Ctrl+F was pressed: focus the box next time it draws.
    pub focus_requested: bool,
    /// The briefing's switch: what results may show.
    pub redaction: corridor_core::briefing::Redaction,
}

impl SearchState {
    pub fn set_results(&mut self, data: &LoadedData, query: String) {
        let dataset = data.dataset();
        self.results = corridor_core::briefing::labels::redact_hits(
            data.search.query(dataset, &query),
            dataset,
            self.redaction,
        );
        self.query = query;
        self.highlighted = 0;
        self.open = !self.results.is_empty();
    }

    pub fn close(&mut self) {
        self.open = false;
    }
}

/// The search box and its results; `state` is the box's between frames.
pub fn search_box_ui(ui: &mut Ui, state: &mut SearchState, commands: &mut Vec<Command>) {
    let id = egui::Id::unique("search-box");
    let focused = ui.memory(|m| m.has_focus(id));
    // The highlight moved by keys: keep it in view.
    let mut keyed = false;
    if focused && state.open && !state.results.is_empty() {
        let (down, up) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
            )
        });
        let last = state.results.len() - 1;
        keyed = down || up;
        if down {
            state.highlighted = (state.highlighted + 1).min(last);
        }
        if up {
            state.highlighted = state.highlighted.saturating_sub(1);
        }
    }
    let mut text = state.query.clone();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id(id)
                .hint_text(crate::tr!("filter-search-hint"))
                .desired_width(300.0),
        )
        .accessible_name(crate::tr!("filter-search"));
    if std::mem::take(&mut state.focus_requested) {
        response.request_focus();
        state.open = !state.results.is_empty();
    }
    if response.changed() {
        commands.push(Command::SetSearchQuery(text));
    }
    if response.lost_focus() {
        let (enter, escape) = ui.input(|i| (i.key_pressed(Key::Enter), i.key_pressed(Key::Escape)));
        if enter && let Some(hit) = state.results.get(state.highlighted) {
            commands.push(Command::ShowSearchHit(Box::new(hit.clone())));
        }
        if escape {
            state.close();
        }
    }
    if response.gained_focus() && !state.results.is_empty() {
        state.open = true;
    }
    if !state.open || state.results.is_empty() {
        return;
    }
    let area = egui::Area::new(id.with("results"))
        .order(egui::Order::Foreground)
        .fixed_pos(response.rect.left_bottom() + egui::vec2(0.0, 2.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(response.rect.width().max(360.0));
                let max_height = (ui.ctx().content_rect().height() * 0.7).max(120.0);
                egui::ScrollArea::vertical()
                    .max_height(max_height)
                    .show(ui, |ui| {
                        for (i, hit) in state.results.iter().enumerate() {
                            let row = ui.selectable_label(
                                i == state.highlighted,
                                hit.label.text(crate::app::i18n::lang()),
                            );
                            ui.label(
                                egui::RichText::new(hit.detail.text(crate::app::i18n::lang()))
                                    .small()
                                    .weak(),
                            );
                            if row.clicked() {
                                commands.push(Command::ShowSearchHit(Box::new(hit.clone())));
                            }
                            if keyed && i == state.highlighted {
                                row.scroll_to_me(None);
                            }
                        }
                    });
            });
        });
    // A press anywhere else closes the list.
    let pressed_outside = ui.input(|i| {
        i.pointer.any_pressed()
            && i.pointer
                .interact_pos()
                .is_some_and(|p| !area.response.rect.contains(p) && !response.rect.contains(p))
    });
    if pressed_outside {
        state.close();
    }
}
