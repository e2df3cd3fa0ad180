//! The time-to-crime range: days from purchase to recovery. A short time
//! is a trafficking indicator (a gun bought to be diverted at once).

use egui::{RichText, Sense, Ui, vec2};

use super::bars::{bar_at, bar_colors, paint_bars};
use crate::app::commands::Command;
use crate::app::format::{plural, thousands};
use corridor_core::aggregate::Range;
use corridor_core::aggregate::histogram::{TTC_CAP_DAYS, TtcHistogram};

/// Named ranges, in days (both ends included).
pub const PRESETS: [(&str, &str, Range<i32>); 4] = [
    (
        "Under 1 year",
        "Bought less than 365 days before recovery: fast diversion, a trafficking indicator",
        Range {
            from: Some(0),
            to: Some(364),
        },
    ),
    (
        "1–3 years",
        "365 to 1,094 days",
        Range {
            from: Some(365),
            to: Some(1094),
        },
    ),
    (
        "3 years or more",
        "1,095 days or more",
        Range {
            from: Some(1095),
            to: None,
        },
    ),
    (
        "Any",
        "No time-to-crime limit",
        Range {
            from: None,
            to: None,
        },
    ),
];

/// The time-to-crime range (`range`), its histogram, and how many traces
/// it leaves out for a missing date (`missing_ttc`, from the map's count).
pub fn ttc_filter_ui(
    ui: &mut Ui,
    range: Range<i32>,
    ttc: &TtcHistogram,
    missing_ttc: u32,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new("Time to crime").strong()).on_hover_text(
        "Days from purchase to recovery. Traces lacking either date are left out while a range is set.",
    );
    histogram_ui(ui, ttc, range);
    ui.horizontal(|ui| {
        let from = bound_ui(ui, "Min", range.from, 0);
        let to = bound_ui(ui, "Max", range.to, 364);
        ui.label("days");
        if from != range.from || to != range.to {
            commands.push(Command::SetTtcDays(Range { from, to }));
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (label, hint, preset) in PRESETS {
            if ui
                .selectable_label(range == preset, label)
                .on_hover_text(hint)
                .clicked()
            {
                commands.push(Command::SetTtcDays(preset));
            }
        }
    });
    if !range.is_open() && missing_ttc > 0 {
        ui.label(
            RichText::new(format!(
                "{} without both dates left out",
                plural(missing_ttc as u64, "trace", "traces")
            ))
            .color(ui.visuals().warn_fg_color),
        );
    } else if ttc.missing > 0 {
        ui.label(format!(
            "{} without both dates (no time to crime)",
            plural(ttc.missing as u64, "trace", "traces")
        ));
    }
    if ttc.negative > 0 {
        ui.label(
            RichText::new(format!(
                "{} recovered before purchase (date error?)",
                plural(ttc.negative as u64, "trace", "traces")
            ))
            .small(),
        );
    }
}

/// A checkbox and a day count; `None` is no limit.
fn bound_ui(ui: &mut Ui, label: &str, value: Option<i32>, default_days: i32) -> Option<i32> {
    let mut on = value.is_some();
    let mut days = value.unwrap_or(default_days);
    ui.checkbox(&mut on, label);
    ui.add_enabled(
        on,
        egui::DragValue::new(&mut days)
            .range(-36_500..=36_500)
            .speed(1.0),
    )
    .on_hover_text(format!("{label} time to crime, in days"));
    on.then_some(days)
}

fn histogram_ui(ui: &mut Ui, ttc: &TtcHistogram, range: Range<i32>) {
    // The overflow bin last, so long times are visible too.
    let mut counts = ttc.counts.clone();
    counts.push(ttc.over);
    let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), 36.0), Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Figure, true, "Time to crime histogram")
    });
    let (on, off) = bar_colors(ui);
    let chosen = |bin: usize| {
        let (low, high) = if bin == ttc.counts.len() {
            (TTC_CAP_DAYS, i32::MAX)
        } else {
            TtcHistogram::bin_days(bin)
        };
        range.from.is_none_or(|from| high >= from) && range.to.is_none_or(|to| low <= to)
    };
    // Scaled to the binned days: the overflow bin (often the largest, as
    // guns stay in circulation for decades) is cut at the top.
    let max = ttc.counts.iter().copied().max().unwrap_or(0).max(1);
    paint_bars(&ui.painter_at(rect), rect, &counts, max, chosen, on, off);
    if let Some(pos) = response.hover_pos() {
        let bin = bar_at(rect, counts.len(), pos.x);
        let text = if bin == ttc.counts.len() {
            format!(
                "{} days or more: {}",
                thousands(TTC_CAP_DAYS as u64),
                plural(ttc.over as u64, "trace", "traces")
            )
        } else {
            let (low, high) = TtcHistogram::bin_days(bin);
            format!(
                "{low}–{high} days: {}",
                plural(counts[bin] as u64, "trace", "traces")
            )
        };
        response.on_hover_text_at_pointer(text);
    }
}
