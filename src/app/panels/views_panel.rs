//! The saved views of the briefing: add from the current state, show,
//! rename, give a title and subtitle, reorder, update and delete.

use egui::{Key, RichText, Ui};

use corridor_core::briefing::SavedView;

use crate::app::briefing_ui::menu::VIEWS_SHORTCUT;
use crate::app::briefing_ui::{BriefingCommand, BriefingUi};
use crate::app::commands::Command;
use crate::tr;

/// Accessible names of the fields in English, as tests find them; screen
/// readers get them in the window's language (`briefing-view-name-field`,
/// `briefing-slide-title-field`, `briefing-slide-subtitle-field`).
pub const NAME_LABEL: &str = "View name";
pub const TITLE_LABEL: &str = "Slide title";
pub const SUBTITLE_LABEL: &str = "Slide subtitle";

/// The saved views; `state` holds the view shown last and the name being edited.
pub fn views_panel_ui(
    ui: &mut Ui,
    views: &[SavedView],
    state: &mut BriefingUi,
    commands: &mut Vec<Command>,
) {
    let mut push = |c: BriefingCommand| commands.push(Command::Briefing(c));
    ui.horizontal(|ui| {
        ui.heading(tr!("briefing-views-heading"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!("briefing-views-close"))
                .on_hover_text(tr!("briefing-views-close-tip", shortcut = VIEWS_SHORTCUT))
                .clicked()
            {
                push(BriefingCommand::ToggleViewsPanel);
            }
        });
    });
    ui.horizontal(|ui| {
        if ui
            .button(tr!("briefing-add-view"))
            .on_hover_text(tr!("briefing-add-view-tip"))
            .clicked()
        {
            push(BriefingCommand::AddView);
        }
        if ui
            .button(tr!("briefing-present"))
            .on_hover_text(tr!("briefing-present-tip"))
            .clicked()
        {
            push(BriefingCommand::StartPresentation);
        }
    });
    ui.separator();
    if views.is_empty() {
        ui.label(RichText::new(tr!("briefing-no-views")).weak());
    }
    let count = views.len();
    let current = state.current;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, view) in views.iter().enumerate() {
            let is_current = current == Some(i);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                match &mut state.renaming {
                    Some((index, text)) if *index == i => {
                        let response = ui
                            .add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY))
                            .accessible_name(tr!("briefing-view-name-field"));
                        if !response.has_focus() && !response.lost_focus() {
                            response.request_focus();
                        }
                        if response.lost_focus() {
                            if ui.input(|i| i.key_pressed(Key::Escape)) {
                                push(BriefingCommand::EditName(None));
                            } else {
                                push(BriefingCommand::RenameView(i, text.clone()));
                            }
                        }
                    }
                    _ => {
                        let name = RichText::new(format!("{}. {}", i + 1, view.name)).strong();
                        if ui
                            .selectable_label(is_current, name)
                            .on_hover_text(tr!("briefing-show-view-tip"))
                            .clicked()
                        {
                            push(BriefingCommand::ShowView(i));
                        }
                    }
                }
                ui.horizontal_wrapped(|ui| {
                    ui.spacing_mut().item_spacing.x = 4.0;
                    let small = |text: String| egui::Button::new(RichText::new(text).small());
                    if ui.add(small(tr!("briefing-rename"))).clicked() {
                        push(BriefingCommand::EditName(Some(i)));
                    }
                    if ui
                        .add_enabled(i > 0, small(tr!("briefing-up")))
                        .on_hover_text(tr!("briefing-up-tip"))
                        .clicked()
                    {
                        push(BriefingCommand::MoveView { from: i, to: i - 1 });
                    }
                    if ui
                        .add_enabled(i + 1 < count, small(tr!("briefing-down")))
                        .on_hover_text(tr!("briefing-down-tip"))
                        .clicked()
                    {
                        push(BriefingCommand::MoveView { from: i, to: i + 1 });
                    }
                    if ui
                        .add(small(tr!("briefing-update")))
                        .on_hover_text(tr!("briefing-update-tip"))
                        .clicked()
                    {
                        push(BriefingCommand::UpdateView(i));
                    }
                    if ui.add(small(tr!("briefing-delete"))).clicked() {
                        push(BriefingCommand::DeleteView(i));
                    }
                });
                if is_current {
                    let mut title = view.title.clone();
                    ui.label(RichText::new(tr!("briefing-slide-title")).small());
                    if ui
                        .add(
                            egui::TextEdit::singleline(&mut title)
                                .hint_text(&view.name)
                                .desired_width(f32::INFINITY),
                        )
                        .accessible_name(tr!("briefing-slide-title-field"))
                        .changed()
                    {
                        push(BriefingCommand::SetViewTitle(i, title));
                    }
                    let mut subtitle = view.subtitle.clone();
                    ui.label(RichText::new(tr!("briefing-slide-subtitle")).small());
                    if ui
                        .add(egui::TextEdit::singleline(&mut subtitle).desired_width(f32::INFINITY))
                        .accessible_name(tr!("briefing-slide-subtitle-field"))
                        .changed()
                    {
                        push(BriefingCommand::SetViewSubtitle(i, subtitle));
                    }
                }
            });
        }
    });
}
