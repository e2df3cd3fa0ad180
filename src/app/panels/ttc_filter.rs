//! The time-to-crime range: days from purchase to recovery. A short time
//! is a trafficking indicator (a gun bought to be diverted at once).

use egui::{RichText, Sense, Ui, vec2};

use super::bars::{bar_at, bar_colors, paint_bars};
use crate::app::commands::Command;
use crate::tr;
use corridor_core::aggregate::Range;
use corridor_core::aggregate::histogram::{TTC_CAP_DAYS, TtcHistogram};
use corridor_core::i18n::text;
use corridor_core::msg_id;

/// Named ranges, in days (both ends included): the ids of their name and
/// of their tooltip, and the range.
pub const PRESETS: [(&str, &str, Range<i32>); 4] = [
    (
        msg_id!("filter-ttc-under-1-year"),
        msg_id!("filter-ttc-under-1-year-hover"),
        Range {
            from: Some(0),
            to: Some(364),
        },
    ),
    (
        msg_id!("filter-ttc-1-to-3-years"),
        msg_id!("filter-ttc-1-to-3-years-hover"),
        Range {
            from: Some(365),
            to: Some(1094),
        },
    ),
    (
        msg_id!("filter-ttc-3-years-or-more"),
        msg_id!("filter-ttc-3-years-or-more-hover"),
        Range {
            from: Some(1095),
            to: None,
        },
    ),
    (
        msg_id!("filter-ttc-any"),
        msg_id!("filter-ttc-any-hover"),
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
    ui.label(RichText::new(tr!("filter-ttc")).strong())
        .on_hover_text(tr!("filter-ttc-hover"));
    histogram_ui(ui, ttc, range);
    ui.horizontal(|ui| {
        let from = bound_ui(
            ui,
            &tr!("filter-ttc-min"),
            &tr!("filter-ttc-min-hover"),
            range.from,
            0,
        );
        let to = bound_ui(
            ui,
            &tr!("filter-ttc-max"),
            &tr!("filter-ttc-max-hover"),
            range.to,
            364,
        );
        ui.label(tr!("filter-ttc-days"));
        if from != range.from || to != range.to {
            commands.push(Command::SetTtcDays(Range { from, to }));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let lang = crate::app::i18n::lang();
        for (label, hint, preset) in PRESETS {
            if ui
                .selectable_label(range == preset, text(lang, label, &[]))
                .on_hover_text(text(lang, hint, &[]))
                .clicked()
            {
                commands.push(Command::SetTtcDays(preset));
            }
        }
    });
    if !range.is_open() && missing_ttc > 0 {
        ui.label(
            RichText::new(tr!("filter-ttc-missing-left-out", count = missing_ttc))
                .color(ui.visuals().warn_fg_color),
        );
    } else if ttc.missing > 0 {
        ui.label(tr!("filter-ttc-missing", count = ttc.missing));
    }
    if ttc.negative > 0 {
        ui.label(RichText::new(tr!("filter-ttc-negative", count = ttc.negative)).small());
    }
}

/// A checkbox and a day count; `None` is no limit.
fn bound_ui(
    ui: &mut Ui,
    label: &str,
    hover: &str,
    value: Option<i32>,
    default_days: i32,
) -> Option<i32> {
    let mut on = value.is_some();
    let mut days = value.unwrap_or(default_days);
    ui.checkbox(&mut on, label);
    ui.add_enabled(
        on,
        egui::DragValue::new(&mut days)
            .range(-36_500..=36_500)
            .speed(1.0),
    )
    .on_hover_text(hover);
    on.then_some(days)
}

fn histogram_ui(ui: &mut Ui, ttc: &TtcHistogram, range: Range<i32>) {
    // The overflow bin last, so long times are visible too.
    let mut counts = ttc.counts.clone();
    counts.push(ttc.over);
    let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), 36.0), Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Figure, true, tr!("filter-ttc-histogram"))
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
            tr!("filter-ttc-over", days = TTC_CAP_DAYS, count = ttc.over)
        } else {
            let (low, high) = TtcHistogram::bin_days(bin);
            // The days as written so far: not grouped (`1095–1124`).
            tr!(
                "filter-ttc-bin",
                low = low.to_string(),
                high = high.to_string(),
                count = counts[bin]
            )
        };
        response.on_hover_text_at_pointer(text);
    }
}
