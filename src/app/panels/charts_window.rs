//! Charts of the current filter, or of the selection when there is one:
//! weapon-class mix, traces per month and time to crime.

use egui::{Color32, RichText, Ui};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Plot, uniform_grid_spacer};

use crate::app::colors::color32;
use crate::app::commands::Command;
use crate::app::format::thousands;
use crate::tr;
use corridor_core::aggregate::histogram::{TTC_BIN_DAYS, TimeHistograms};
use corridor_core::aggregate::{Range, TraceFilter};
use corridor_core::i18n::calendar;
use corridor_core::model::WeaponClass;
use corridor_core::scene::Theme;
use corridor_core::scene::style::class_color;

/// What opens and closes the window, for the menu and the tooltip.
pub const SHORTCUT_TEXT: &str = "Ctrl+G";

const DAYS_PER_YEAR: f64 = 365.25;

/// What the charts show.
pub struct ChartsContext<'a> {
    /// The selection's histograms, or the filter's.
    pub histograms: &'a TimeHistograms,
    /// Whether they are the selection's.
    pub of_selection: bool,
    /// The date and time-to-crime ranges highlighted.
    pub filter: &'a TraceFilter,
    /// Class colours.
    pub theme: Theme,
}

/// The charts window (shown while the setting is on).
pub fn charts_window_ui(
    ctx: &egui::Context,
    charts: &ChartsContext<'_>,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    let histograms = charts.histograms;
    let selected = charts.of_selection;
    let filter = charts.filter;
    let theme = charts.theme;
    egui::Window::new(tr!("time-charts"))
        // The same window whatever the language of its title.
        .id(egui::Id::unique("charts-window"))
        .open(&mut open)
        .default_size([420.0, 600.0])
        // Top right, clear of the filter panel, the zoom buttons and the legend.
        .default_pos(egui::pos2(ctx.content_rect().right() - 510.0, 40.0))
        .resizable(true)
        .vscroll(true)
        .show(ctx, |ui| {
            let scope = if selected {
                tr!("time-charts-selection")
            } else {
                tr!("time-charts-filter")
            };
            ui.label(RichText::new(scope).strong());
            ui.label(tr!("count-traces", count = histograms.traces));
            ui.separator();
            class_mix_ui(ui, histograms, theme);
            ui.separator();
            months_ui(ui, histograms, filter);
            ui.separator();
            ttc_ui(ui, histograms, filter.ttc_days);
        });
    if !open {
        commands.push(Command::SetCharts(false));
    }
}

fn small_plot(id: &str, height: f32) -> Plot<'static> {
    Plot::new(id)
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([false, true])
}

fn class_mix_ui(ui: &mut Ui, histograms: &TimeHistograms, theme: Theme) {
    ui.label(RichText::new(tr!("time-class-mix")).strong());
    let total = histograms.traces.max(1) as f64;
    let bars: Vec<Bar> = WeaponClass::ALL
        .iter()
        .enumerate()
        .map(|(row, class)| {
            let count = histograms.classes[class.index()];
            Bar::new(row as f64, count as f64)
                .name(tr!(
                    "time-class-bar",
                    class = class.label(crate::app::i18n::lang()),
                    count = count,
                    share = format!("{:.1}", count as f64 / total * 100.0)
                ))
                .fill(color32(class_color(*class, theme)))
                .width(0.7)
        })
        .collect();
    let rows = WeaponClass::ALL.len();
    let class_axis = AxisHints::new_y()
        .formatter(|mark: GridMark, _| {
            let row = mark.value.round();
            if (mark.value - row).abs() > 1e-6 || row < 0.0 {
                return String::new();
            }
            WeaponClass::ALL
                .get(row as usize)
                .map(|c| c.label(crate::app::i18n::lang()).to_owned())
                .unwrap_or_default()
        })
        .min_thickness(110.0)
        // One label a row, however short the rows.
        .label_spacing(8.0..=10.0);
    small_plot("class-mix", 20.0 * rows as f32)
        .y_grid_spacer(uniform_grid_spacer(|_| [1.0, 10.0, 100.0]))
        .custom_y_axes(vec![class_axis])
        .include_x(0.0)
        .show_grid(false)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(tr!("time-traces-by-class"), bars)
                    .horizontal()
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
        });
}

fn months_ui(ui: &mut Ui, histograms: &TimeHistograms, filter: &TraceFilter) {
    let months = &histograms.months;
    ui.label(
        RichText::new(tr!(
            "time-chart-months",
            field = months.date_field.label(crate::app::i18n::lang())
        ))
        .strong(),
    );
    let Some(first) = months.first else {
        ui.weak(tr!("time-chart-no-dates"));
        return;
    };
    let (on, off) = chart_colors(ui);
    let dates = filter.dates;
    let bars: Vec<Bar> = months
        .counts
        .iter()
        .enumerate()
        .map(|(bin, &count)| {
            let month = corridor_core::aggregate::histogram::Month(first.0 + bin as i32);
            let chosen = dates.from.is_none_or(|from| month.last_day() >= from)
                && dates.to.is_none_or(|to| month.first_day() <= to);
            // x in years, so the axis reads as years.
            let x = month.year() as f64 + (month.month() as f64 - 0.5) / 12.0;
            Bar::new(x, count as f64)
                .width(1.0 / 12.0)
                .name(format!(
                    "{}: {}",
                    calendar::month(crate::app::i18n::lang(), month.year(), month.month()),
                    thousands(count)
                ))
                .fill(if chosen { on } else { off })
        })
        .collect();
    small_plot("months", 120.0)
        .custom_x_axes(vec![years_axis()])
        .include_y(0.0)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(tr!("time-per-month"), bars)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
        });
    if months.missing > 0 {
        ui.weak(tr!(
            "time-missing",
            count = months.missing,
            field = months.date_field.label(crate::app::i18n::lang())
        ));
    }
}

fn ttc_ui(ui: &mut Ui, histograms: &TimeHistograms, range: Range<i32>) {
    let ttc = &histograms.ttc;
    ui.label(RichText::new(tr!("time-chart-ttc")).strong());
    let (on, off) = chart_colors(ui);
    let width_years = TTC_BIN_DAYS as f64 / DAYS_PER_YEAR;
    let bars: Vec<Bar> = ttc
        .counts
        .iter()
        .enumerate()
        .map(|(bin, &count)| {
            let (low, high) = corridor_core::aggregate::histogram::TtcHistogram::bin_days(bin);
            let chosen =
                range.from.is_none_or(|from| high >= from) && range.to.is_none_or(|to| low <= to);
            Bar::new(
                (low as f64 + TTC_BIN_DAYS as f64 / 2.0) / DAYS_PER_YEAR,
                count as f64,
            )
            .width(width_years)
            .name(tr!(
                "time-ttc-bar",
                from =
                    corridor_core::format::span_of_days(f64::from(low), crate::app::i18n::lang()),
                to = corridor_core::format::span_of_days(f64::from(high), crate::app::i18n::lang()),
                count = count
            ))
            .fill(if chosen { on } else { off })
        })
        .collect();
    small_plot("ttc", 120.0)
        .custom_x_axes(vec![years_axis()])
        .include_y(0.0)
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(tr!("time-ttc"), bars)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
        });
    let mut notes = Vec::new();
    if ttc.over > 0 {
        notes.push(tr!(
            "time-ttc-over",
            count = ttc.over,
            years = corridor_core::aggregate::histogram::TTC_CAP_DAYS / 365
        ));
    }
    if ttc.negative > 0 {
        notes.push(tr!("time-ttc-negative", count = ttc.negative));
    }
    if ttc.missing > 0 {
        notes.push(tr!("time-ttc-missing", count = ttc.missing));
    }
    if !notes.is_empty() {
        ui.weak(notes.join(" · "));
    }
}

/// An x axis in years, labelled at every year that fits.
fn years_axis() -> AxisHints<'static> {
    AxisHints::new_x().label_spacing(26.0..=36.0)
}

fn chart_colors(ui: &Ui) -> (Color32, Color32) {
    super::bars::bar_colors(ui)
}
