//! Weapon-class checkboxes with live counts, make/model search, time to
//! crime, and what the current filter shows.

use egui::{RichText, Ui};

use corridor_core::aggregate::TraceFilter;
use corridor_core::aggregate::filter::DEFAULT_TOP_FLOWS;
use corridor_core::aggregate::histogram::TimeHistograms;
use corridor_core::aggregate::{FlowDensity, FlowSummary};
use corridor_core::import::values::{DateOrder, parse_date};
use corridor_core::investigate::Indicator;
use corridor_core::model::WeaponClass;
use corridor_core::scene::style::class_color;

use crate::app::colors::color32;
use crate::app::commands::Command;
use crate::app::format::thousands;
use crate::app::settings::Settings;
use crate::tr;

/// What the filter panel shows.
pub struct FilterContext<'a> {
    /// The filter, density and theme.
    pub settings: &'a Settings,
    /// What the map counted: class counts, traces and flows shown.
    pub summary: &'a FlowSummary,
    /// Time-to-crime bins and stores and sites with traces.
    pub histograms: &'a TimeHistograms,
    /// Traces loaded.
    pub loaded_traces: u64,
}

/// Weapon classes, make/model, time to crime, density, and what is shown.
pub fn filter_panel_ui(ui: &mut Ui, context: &FilterContext<'_>, commands: &mut Vec<Command>) {
    let settings = context.settings;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(tr!("filter-weapon-classes"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if super::fold_strip::arrow_button(
                    ui,
                    super::fold_strip::Arrow::Left,
                    &tr!("filter-fold"),
                    &tr!("filter-fold-hover"),
                )
                .clicked()
                {
                    commands.push(Command::ToggleFilterPanel);
                }
            });
        });
        ui.add_space(4.0);
        let counts = context.summary.class_counts;
        let filter = &settings.filter;
        egui::Grid::new("classes")
            .num_columns(3)
            .spacing([6.0, 4.0])
            .show(ui, |ui| {
                for class in WeaponClass::ALL {
                    let (swatch, _) =
                        ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                    ui.painter().rect_filled(
                        swatch,
                        2.0,
                        color32(class_color(class, settings.theme)),
                    );
                    let mut enabled = filter.class_enabled(class);
                    let response = ui
                        .checkbox(&mut enabled, class.label(crate::app::i18n::lang()))
                        .on_hover_text(tr!("filter-class-id-hover", id = class.id()));
                    if response.changed() {
                        commands.push(Command::SetClass(class, enabled));
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(thousands(counts[class.index()]));
                    });
                    ui.end_row();
                }
            });
        ui.horizontal(|ui| {
            if ui
                .button(tr!("filter-all"))
                .on_hover_text(tr!("filter-all-hover"))
                .clicked()
            {
                commands.push(Command::SetAllClasses(true));
            }
            if ui
                .button(tr!("filter-none"))
                .on_hover_text(tr!("filter-none-hover"))
                .clicked()
            {
                commands.push(Command::SetAllClasses(false));
            }
        });
        ui.add_space(8.0);
        let label = ui.label(RichText::new(tr!("filter-make-model")).strong());
        let mut text = filter.make_model.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(tr!("filter-make-model-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        let response = response.on_hover_text(tr!("filter-make-model-hover"));
        if response.changed() {
            commands.push(Command::SetMakeModel(text));
        }
        ui.add_space(8.0);
        indicators_ui(ui, filter, &context.histograms.indicators, commands);
        ui.add_space(8.0);
        lead_age_ui(ui, filter, commands);
        ui.add_space(8.0);
        super::ttc_filter::ttc_filter_ui(
            ui,
            filter.ttc_days,
            &context.histograms.ttc,
            context.summary.missing_ttc,
            commands,
        );
        ui.add_space(8.0);
        ui.label(RichText::new(tr!("filter-flows-drawn")).strong());
        density_ui(ui, &settings.density, commands);
        if ui.button(tr!("filter-reset")).clicked() {
            commands.push(Command::ResetFilters);
        }
        ui.separator();
        ui.heading(tr!("filter-shown"));
        let summary = context.summary;
        let total = context.loaded_traces;
        ui.label(tr!(
            "filter-shown-traces",
            shown = summary.traces,
            total = total
        ));
        ui.label(tr!(
            "filter-shown-flows",
            drawn = summary.flows.len(),
            total = summary.flows_in_filter
        ))
        .on_hover_text(tr!(
            "filter-shown-flows-hover",
            carried = summary.traces_in_flows,
            total = summary.traces
        ));
        ui.label(tr!(
            "count-stores",
            count = context.histograms.stores_with_traces()
        ));
        ui.label(tr!(
            "count-sites",
            count = context.histograms.sites_with_traces()
        ));
        ui.add_space(8.0);
        ui.label(RichText::new(tr!("filter-click-hint")).small().weak());
    });
}

fn density_ui(ui: &mut Ui, density: &FlowDensity, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label(tr!("filter-at-least"));
        let mut min = density.min_traces;
        if ui
            .add(egui::DragValue::new(&mut min).range(1..=10_000).speed(0.2))
            .on_hover_text(tr!("filter-min-traces-hover"))
            .changed()
        {
            commands.push(Command::SetMinTraces(min));
        }
        ui.label(tr!("filter-traces-per-flow"));
    });
    ui.horizontal(|ui| {
        let mut limited = density.top.is_some();
        let mut top = density.top.unwrap_or(DEFAULT_TOP_FLOWS);
        let toggled = ui
            .checkbox(&mut limited, tr!("filter-only-largest"))
            .changed();
        let edited = ui
            .add_enabled(
                limited,
                egui::DragValue::new(&mut top)
                    .range(1..=1_000_000)
                    .speed(5.0),
            )
            .on_hover_text(tr!("filter-top-hover"))
            .changed();
        if toggled || edited {
            commands.push(Command::SetTopFlows(limited.then_some(top)));
        }
    });
}

/// The trafficking indicators: a checkbox each with the traces of the
/// filter flagged with it ("any of" those ticked), and the short
/// time-to-crime threshold.
fn indicators_ui(
    ui: &mut Ui,
    filter: &TraceFilter,
    counts: &[u32; Indicator::ALL.len()],
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(tr!("filter-indicators")).strong())
        .on_hover_text(tr!("filter-indicators-hover"));
    egui::Grid::new("indicators")
        .num_columns(2)
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            for indicator in Indicator::ALL {
                let mut on = filter.indicators.has(indicator);
                let response = ui
                    .checkbox(&mut on, indicator.label(crate::app::i18n::lang()))
                    .on_hover_text(indicator_help(indicator, filter.short_ttc_months));
                if response.changed() {
                    commands.push(Command::SetIndicator(indicator, on));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(thousands(counts[indicator as usize]));
                });
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        ui.label(tr!("filter-short-ttc-under"));
        let mut months = filter.short_ttc_months;
        let response = ui
            .add(
                egui::DragValue::new(&mut months)
                    .range(1..=600)
                    .suffix(tr!("filter-months-suffix")),
            )
            .on_hover_text(tr!("filter-short-ttc-hover"));
        if response.changed() {
            commands.push(Command::SetShortTtcMonths(months));
        }
    });
}

/// What an indicator means, for its tooltip.
fn indicator_help(indicator: Indicator, short_ttc_months: u32) -> String {
    match indicator {
        Indicator::ShortTtc => tr!("filter-help-short-ttc", months = short_ttc_months),
        Indicator::MultipleSale => tr!("filter-help-multiple-sale"),
        Indicator::Obliterated => tr!("filter-help-obliterated"),
        Indicator::SeveralStores => tr!("filter-help-several-stores"),
        Indicator::CoRecovered => tr!("filter-help-co-recovered"),
    }
}

/// "Fresh leads only" and the as-of date lead ages are counted to (blank:
/// today).
fn lead_age_ui(ui: &mut Ui, filter: &TraceFilter, commands: &mut Vec<Command>) {
    ui.label(RichText::new(tr!("filter-lead-age")).strong());
    let mut fresh = filter.fresh_only;
    if ui
        .checkbox(&mut fresh, tr!("filter-fresh-only"))
        .on_hover_text(tr!(
            "filter-fresh-only-hover",
            days = filter.lead_bands.fresh_days
        ))
        .changed()
    {
        commands.push(Command::SetFreshOnly(fresh));
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr!("filter-as-of"));
        // What is being typed stays in the widget's memory until focus
        // leaves; only a whole date (or a blank) reaches the filter. The
        // field holds ISO in every language: `parse_date` reads it back.
        let id = ui.make_persistent_id("lead-age-as-of");
        let saved = filter.as_of.map(|d| d.iso()).unwrap_or_default();
        let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or(saved);
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    // Not the date itself: the panel looks the same every day.
                    .hint_text(tr!("filter-as-of-hint"))
                    .desired_width(110.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr!("filter-as-of-hover"));
        if response.changed() {
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
        }
        if response.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(id));
            let typed = text.trim();
            if typed.is_empty() {
                commands.push(Command::SetAsOf(None));
            } else if let Ok(Some(day)) = parse_date(typed, DateOrder::MonthFirst) {
                commands.push(Command::SetAsOf(Some(day)));
            }
        }
    });
}
