//! What floats over the map: legend, zoom buttons, attribution, notices and
//! the loading progress.

use corridor_core::scene::legend::LegendMarkKind;
use egui::{Align2, Color32, Frame, Margin, Rect, RichText, Ui, UiBuilder, Vec2};

use super::{MapContext, MapState};
use crate::app::briefing_ui::BriefingUi;
use crate::app::colors::color32;
use crate::app::commands::Command;
use crate::app::format::thousands;
use crate::app::loader::LoadJob;
use crate::app::notice::Notice;
use crate::app::panels::fold_strip::{Arrow, arrow_button};
use crate::app::settings::{Fold, Settings};
use crate::tr;
use corridor_core::aggregate::FlowSummary;
use corridor_core::render::legend_notes::legend_notes;
use corridor_core::scene::legend::Legend;

pub use corridor_core::render::legend_notes::attribution;

/// Zoom buttons, legend, scale bar, attribution, tool hint, notice and
/// load progress over the map.
pub fn overlay_ui(
    ui: &mut Ui,
    context: &MapContext<'_>,
    map: &mut MapState,
    briefing_ui: &BriefingUi,
    rect: Rect,
    commands: &mut Vec<Command>,
) {
    let margin = 10.0;
    let settings = context.settings;
    let summary = context.view.summary();
    let presenting = briefing_ui.is_presenting();
    if !presenting {
        zoom_buttons_ui(ui, rect, margin, commands);
    }
    // A presentation always has a legend.
    if (settings.show_legend || presenting) && !summary.flows.is_empty() {
        let text_px = 12.0 * corridor_core::scene::style::palette(settings.theme).text_scale;
        let fold = if presenting {
            Fold::Open
        } else {
            legend_fold(settings.legend, rect, &mut map.legend_anyway)
        };
        let fits = map_fits_legend(rect);
        legend_ui(
            ui,
            &LegendContext {
                legend: &context.view.scene().legend,
                note: &density_note(summary, settings, context.lock_scales),
                fold,
                presenting,
                rect,
                margin,
                text_px,
            },
            |unfolded| {
                if unfolded == Fold::Open && !fits {
                    // Asked for on a small map: shown until the map's size changes.
                    map.legend_anyway = Some(rect.size());
                } else {
                    map.legend_anyway = None;
                }
                commands.push(Command::SetLegendFold(unfolded));
            },
        );
    }
    if let Some(transform) = &map.last_transform {
        super::scale_bar::scale_bar_ui(ui, transform, rect, margin);
    }
    attribution_ui(ui, settings.online_tiles, rect);
    if let Some(tool) = briefing_ui.tool {
        hint_ui(ui, &tool.hint(), rect);
    }
    if !presenting && let Some(notice) = context.notice {
        notice_ui(ui, notice, settings.online_tiles, rect, commands);
    }
    if let Some(job) = context.load {
        progress_ui(ui, job, rect, commands);
    }
}

/// What the armed annotation tool expects, top centre (a label, so
/// screen readers announce it too).
fn hint_ui(ui: &Ui, text: &str, rect: Rect) {
    egui::Area::new(egui::Id::unique("annotation-hint"))
        .pivot(Align2::CENTER_TOP)
        .fixed_pos(rect.center_top() + Vec2::new(0.0, 12.0))
        .interactable(false)
        .show(ui.ctx(), |ui| {
            Frame::new()
                .fill(Color32::from_rgb(0x24, 0x4A, 0x6E))
                .corner_radius(4.0)
                .inner_margin(Margin::symmetric(8, 4))
                .show(ui, |ui| {
                    ui.label(RichText::new(text).color(Color32::WHITE));
                });
        });
}

fn zoom_buttons_ui(ui: &mut Ui, rect: Rect, margin: f32, commands: &mut Vec<Command>) {
    // Zoom and fit buttons, top right.
    let buttons = Rect::from_min_size(
        rect.right_top() + Vec2::new(-52.0, margin),
        Vec2::new(42.0, 110.0),
    );
    ui.scope_builder(UiBuilder::new().max_rect(buttons), |ui| {
        Frame::popup(ui.style())
            .inner_margin(Margin::same(2))
            .show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    if ui
                        .button(RichText::new("+").size(18.0))
                        .on_hover_text(tr!("map-zoom-in"))
                        .clicked()
                    {
                        commands.push(Command::ZoomBy(1.0));
                    }
                    if ui
                        .button(RichText::new("-").size(18.0))
                        .on_hover_text(tr!("map-zoom-out"))
                        .clicked()
                    {
                        commands.push(Command::ZoomBy(-1.0));
                    }
                    // Never wrapped: a word longer than the column ("Todo")
                    // widens its button rather than breaking in two.
                    if ui
                        .add(
                            egui::Button::new(RichText::new(tr!("map-fit")).size(12.0))
                                .wrap_mode(egui::TextWrapMode::Extend),
                        )
                        .on_hover_text(tr!("map-fit-hint"))
                        .clicked()
                    {
                        commands.push(Command::FitToData);
                    }
                });
            });
    });
}

/// The data credits, bottom right, always on the map; with a warning while
/// online tiles are on.
fn attribution_ui(ui: &Ui, online_tiles: bool, rect: Rect) {
    let mut attribution = attribution(crate::app::i18n::lang());
    if online_tiles {
        attribution = format!("{} · {attribution}", tr!("map-osm-attribution"));
    }
    let font = egui::FontId::proportional(11.0);
    let galley = ui
        .painter()
        .layout_no_wrap(attribution, font, ui.visuals().text_color());
    let pos = rect.right_bottom() - Vec2::new(galley.size().x + 8.0, galley.size().y + 4.0);
    let background = Rect::from_min_size(
        pos - Vec2::new(4.0, 2.0),
        galley.size() + Vec2::new(8.0, 4.0),
    );
    ui.painter().rect_filled(
        background,
        2.0,
        ui.visuals().extreme_bg_color.gamma_multiply(0.8),
    );
    ui.painter().galley(pos, galley, ui.visuals().text_color());

    if online_tiles {
        let text = tr!("map-online-tiles-warning");
        let warn_pos = rect.center_top() + Vec2::new(0.0, 8.0);
        let galley =
            ui.painter()
                .layout_no_wrap(text, egui::FontId::proportional(12.0), Color32::WHITE);
        let bg = Align2::CENTER_TOP.anchor_size(warn_pos, galley.size() + Vec2::new(12.0, 6.0));
        ui.painter()
            .rect_filled(bg, 3.0, Color32::from_rgb(0xB0, 0x40, 0x00));
        ui.painter()
            .galley(bg.min + Vec2::new(6.0, 3.0), galley, Color32::WHITE);
    }
}

/// Which flows the map draws, and how it is grouped and scaled.
fn density_note(summary: &FlowSummary, settings: &Settings, lock_scales: bool) -> String {
    legend_notes(
        summary,
        &settings.density,
        settings.grouping,
        lock_scales,
        crate::app::i18n::lang(),
    )
    .join("\n")
}

/// The smallest map that holds the whole legend beside the map's own
/// controls, in points; a smaller map shows it folded unless asked.
const LEGEND_MAP_MIN: Vec2 = Vec2::new(560.0, 420.0);

fn map_fits_legend(rect: Rect) -> bool {
    rect.width() >= LEGEND_MAP_MIN.x && rect.height() >= LEGEND_MAP_MIN.y
}

/// The legend's state on this map: the user's choice, folded on a map too
/// small for it, unless the user unfolded it at this size.
fn legend_fold(chosen: Fold, rect: Rect, anyway: &mut Option<Vec2>) -> Fold {
    if anyway.is_some_and(|size| size != rect.size()) {
        *anyway = None;
    }
    if chosen == Fold::Folded || (!map_fits_legend(rect) && anyway.is_none()) {
        Fold::Folded
    } else {
        Fold::Open
    }
}

/// What the legend shows and where.
struct LegendContext<'a> {
    legend: &'a Legend,
    note: &'a str,
    fold: Fold,
    /// On a slide: no fold button.
    presenting: bool,
    rect: Rect,
    margin: f32,
    text_px: f32,
}

/// The legend, bottom left, whole or folded to a button; `on_fold` gets
/// the state the user asked for. Its text is `text_px` high (larger on the
/// projector theme).
fn legend_ui(ui: &Ui, context: &LegendContext<'_>, on_fold: impl FnOnce(Fold)) {
    let LegendContext {
        legend,
        note,
        fold,
        presenting,
        rect,
        margin,
        text_px,
    } = *context;
    // Pivoted at its bottom-left corner so it grows upwards from the map's corner.
    egui::Area::new(egui::Id::unique("map-legend"))
        .pivot(Align2::LEFT_BOTTOM)
        .fixed_pos(rect.left_bottom() + Vec2::new(margin, -margin - 18.0))
        .constrain_to(rect)
        .show(ui.ctx(), |ui| {
            Frame::popup(ui.style()).show(ui, |ui| {
                ui.spacing_mut().item_spacing.y = 2.0;
                if fold == Fold::Folded {
                    let show = tr!("map-legend-show");
                    let response = ui.button(tr!("map-legend")).on_hover_text(&show);
                    response
                        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &show));
                    if response.clicked() {
                        on_fold(Fold::Open);
                    }
                    return;
                }
                // Left to right: a right-aligned button would stretch the
                // legend, an auto-sized area, across the whole map. A slide
                // shows no controls.
                if !presenting {
                    ui.horizontal(|ui| {
                        if arrow_button(
                            ui,
                            Arrow::Down,
                            &tr!("map-legend-fold"),
                            &tr!("map-legend-fold-hint"),
                        )
                        .clicked()
                        {
                            on_fold(Fold::Folded);
                        }
                        ui.label(RichText::new(tr!("map-legend")).small().strong());
                    });
                }
                ui.label(RichText::new(note).size(text_px));
                ui.label(
                    RichText::new(tr!("legend-traces-per-flow"))
                        .small()
                        .strong(),
                );
                ui.horizontal(|ui| {
                    for (count, width) in &legend.flow_widths {
                        let (r, _) =
                            ui.allocate_exact_size(Vec2::new(28.0, 16.0), egui::Sense::hover());
                        ui.painter().line_segment(
                            [r.left_center(), r.right_center()],
                            egui::Stroke::new(*width, ui.visuals().text_color()),
                        );
                        ui.label(RichText::new(thousands(*count)).size(text_px));
                    }
                });
                ui.label(
                    RichText::new(tr!("legend-traces-per-location"))
                        .small()
                        .strong(),
                );
                ui.horizontal(|ui| {
                    for (count, radius) in &legend.symbol_sizes {
                        let (r, _) = ui.allocate_exact_size(
                            Vec2::splat(radius * 2.0 + 2.0),
                            egui::Sense::hover(),
                        );
                        ui.painter().circle_stroke(
                            r.center(),
                            *radius,
                            egui::Stroke::new(1.0, ui.visuals().text_color()),
                        );
                        ui.label(RichText::new(thousands(*count)).size(text_px));
                    }
                });
                ui.horizontal(|ui| {
                    let (r, _) = ui.allocate_exact_size(Vec2::splat(12.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(r.shrink(1.0), 1.0, color32(legend.store_fill));
                    ui.label(RichText::new(tr!("legend-store")).size(text_px));
                    let (r, _) = ui.allocate_exact_size(Vec2::splat(12.0), egui::Sense::hover());
                    ui.painter()
                        .circle_filled(r.center(), 5.5, color32(legend.site_fill));
                    ui.label(RichText::new(tr!("legend-site")).size(text_px));
                });
                if legend.colors.len() > 1 {
                    ui.label(
                        RichText::new(legend.color_title.text(crate::app::i18n::lang()))
                            .small()
                            .strong(),
                    );
                }
                egui::Grid::new("legend-colors")
                    .num_columns(2)
                    .spacing([10.0, 2.0])
                    .show(ui, |ui| {
                        for (i, entry) in legend.colors.iter().enumerate() {
                            ui.horizontal(|ui| {
                                let (r, _) = ui.allocate_exact_size(
                                    Vec2::new(16.0, 10.0),
                                    egui::Sense::hover(),
                                );
                                ui.painter().rect_filled(
                                    r.shrink2(Vec2::new(0.0, 2.0)),
                                    1.0,
                                    color32(entry.color),
                                );
                                ui.label(
                                    RichText::new(entry.label.text(crate::app::i18n::lang()))
                                        .size(text_px),
                                );
                            });
                            if i % 2 == 1 {
                                ui.end_row();
                            }
                        }
                    });
                for mark in &legend.marks {
                    ui.horizontal(|ui| {
                        let (r, _) =
                            ui.allocate_exact_size(Vec2::new(16.0, 12.0), egui::Sense::hover());
                        let painter = ui.painter();
                        let color = color32(mark.color);
                        let ink = ui.visuals().text_color();
                        match mark.kind {
                            LegendMarkKind::Outline => {
                                let line = [r.left_center(), r.right_center()];
                                painter.line_segment(line, egui::Stroke::new(6.0, color));
                                painter.line_segment(line, egui::Stroke::new(3.0, ink));
                            }
                            LegendMarkKind::Ring => {
                                painter.circle_filled(r.center(), 3.0, ink);
                                painter.circle_stroke(
                                    r.center(),
                                    5.5,
                                    egui::Stroke::new(2.0, color),
                                );
                            }
                            LegendMarkKind::Faded => {
                                painter.line_segment(
                                    [r.left_center(), r.right_center()],
                                    egui::Stroke::new(3.0, ink.gamma_multiply(0.25)),
                                );
                            }
                            LegendMarkKind::Dashed => {
                                painter.circle_filled(r.center(), 5.5, color.gamma_multiply(0.15));
                                let points: Vec<egui::Pos2> = (0..=24)
                                    .map(|i| {
                                        r.center()
                                            + 5.5
                                                * Vec2::angled(
                                                    i as f32 / 24.0 * std::f32::consts::TAU,
                                                )
                                    })
                                    .collect();
                                painter.extend(egui::Shape::dashed_line(
                                    &points,
                                    egui::Stroke::new(2.0, color),
                                    2.5,
                                    2.0,
                                ));
                            }
                        }
                        ui.label(
                            RichText::new(mark.label.text(crate::app::i18n::lang())).size(text_px),
                        );
                    });
                }
            });
        });
}

fn notice_ui(
    ui: &mut Ui,
    notice: &Notice,
    online_tiles: bool,
    rect: Rect,
    commands: &mut Vec<Command>,
) {
    let width = (rect.width() - 120.0).clamp(200.0, 720.0);
    let top = if online_tiles { 36.0 } else { 10.0 };
    let area = Rect::from_min_size(
        rect.center_top() + Vec2::new(-width / 2.0, top),
        Vec2::new(width, 80.0),
    );
    ui.scope_builder(UiBuilder::new().max_rect(area), |ui| {
        let fill = if notice.is_error() {
            Color32::from_rgb(0x8E, 0x1B, 0x1B)
        } else {
            Color32::from_rgb(0x24, 0x4A, 0x6E)
        };
        Frame::new()
            .fill(fill)
            .corner_radius(4.0)
            .inner_margin(Margin::same(8))
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(notice.text()).color(Color32::WHITE));
                    use crate::app::notice::NoticeAction;
                    match notice.action {
                        NoticeAction::ShowReport => {
                            if ui.button(tr!("map-notice-show-report")).clicked() {
                                commands.push(Command::ShowReport(true));
                            }
                        }
                        NoticeAction::ResetFilters => {
                            if ui.button(tr!("map-notice-reset-filters")).clicked() {
                                commands.push(Command::ResetFilters);
                                commands.push(Command::DismissNotice);
                            }
                        }
                        NoticeAction::None => {}
                    }
                    if ui.button(tr!("map-notice-dismiss")).clicked() {
                        commands.push(Command::DismissNotice);
                    }
                });
            });
    });
}

fn progress_ui(ui: &mut Ui, job: &LoadJob, rect: Rect, commands: &mut Vec<Command>) {
    let progress = job.progress();
    let seconds = job.elapsed_s().max(1e-3);
    let rate = progress.items as f64 / seconds;
    let area = Rect::from_min_size(
        rect.center() + Vec2::new(-180.0, -40.0),
        Vec2::new(360.0, 80.0),
    );
    ui.scope_builder(UiBuilder::new().max_rect(area), |ui| {
        Frame::popup(ui.style()).show(ui, |ui| {
            ui.label(tr!(
                "map-loading",
                source = job.description.describe(crate::app::i18n::lang())
            ));
            ui.add(egui::ProgressBar::new(progress.fraction.unwrap_or(0.0)).show_percentage());
            ui.horizontal(|ui| {
                ui.label(tr!(
                    "map-loading-rate",
                    rows = tr!("count-rows", count = progress.items),
                    rate = rate as u64
                ));
                if ui.button(tr!("map-loading-cancel")).clicked() {
                    commands.push(Command::CancelLoad);
                }
            });
        });
    });
}
