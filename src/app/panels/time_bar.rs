//! The time bar under the map: traces per month with the chosen date range
//! highlighted, typed or dragged range ends, and playing the range through
//! time.

use egui::{Align2, FontId, Rect, RichText, Sense, Ui, pos2, vec2};

use super::bars::{bar_at, bar_colors, paint_bars};
use crate::app::commands::Command;
use crate::app::i18n::lang;
use crate::tr;
use corridor_core::aggregate::histogram::MonthHistogram;
use corridor_core::aggregate::time_window::{PlayStep, parse_day_in};
use corridor_core::aggregate::{DateField, FlowSummary, Range, TraceFilter};
use corridor_core::i18n::{ToPhrase, calendar};
use corridor_core::model::Day;

/// Seconds each step of playing stays on screen.
pub const PLAY_STEP_S: f64 = 1.0;

/// Runtime state of the time bar (not persisted).
#[derive(Default)]
pub struct TimeBarState {
    pub playing: bool,
    /// `egui` input time of the last step, in seconds.
    pub last_step_s: f64,
    from_text: String,
    to_text: String,
    /// The month where a drag across the histogram started.
    drag_anchor: Option<usize>,
    /// The field whose text was refused and why, until it reads; the
    /// field keeps the text meanwhile, so the user sees what to correct.
    date_error: Option<(RangeEnd, String)>,
}

/// What became of a typed range end this frame.
enum DateEdit {
    /// Nothing to do.
    Unchanged,
    /// The user started typing (Play stops, so it does not overwrite it).
    Started,
    /// A readable date (or an empty field: no limit) was entered.
    Set(Option<Day>),
    /// The text was refused, with the reason.
    Refused(String),
}

/// What the time bar shows.
pub struct TimeBarContext<'a> {
    /// The date field and range.
    pub filter: &'a TraceFilter,
    /// How far a step of playing moves.
    pub play_step: PlayStep,
    /// Traces per month in the other filters.
    pub months: &'a MonthHistogram,
    /// What the map counted: traces in the range, left out for no date.
    pub summary: &'a FlowSummary,
}

/// Traces per month, the range, Play and the step.
pub fn time_bar_ui(
    ui: &mut Ui,
    context: &TimeBarContext<'_>,
    state: &mut TimeBarState,
    commands: &mut Vec<Command>,
) {
    let filter = context.filter;
    let months = context.months;
    ui.add_space(2.0);
    // One line whatever the width: the counts at the end shorten (whole on
    // hover) rather than wrap under the controls.
    ui.horizontal(|ui| {
        ui.strong(tr!("time-heading"));
        let mut field = filter.date_field;
        egui::ComboBox::from_id_salt("date-field")
            .selected_text(field_name(field))
            .show_ui(ui, |ui| {
                for choice in [DateField::Recovery, DateField::Purchase] {
                    ui.selectable_value(&mut field, choice, field_name(choice));
                }
            })
            .response
            .on_hover_text(tr!("time-date-field-hover"));
        if field != filter.date_field {
            commands.push(Command::SetDateField(field));
        }
        let dates = filter.dates;
        let refused = state.date_error.as_ref().map(|(end, _)| *end);
        let from = date_edit_ui(
            ui,
            RangeEnd::From,
            &mut state.from_text,
            dates.from,
            refused,
        );
        let to = date_edit_ui(ui, RangeEnd::To, &mut state.to_text, dates.to, refused);
        for (edit, end) in [(from, RangeEnd::From), (to, RangeEnd::To)] {
            match edit {
                DateEdit::Unchanged => {}
                DateEdit::Started => {
                    if state.playing {
                        commands.push(Command::SetPlaying(false));
                    }
                }
                DateEdit::Set(day) => {
                    if state.date_error.as_ref().is_some_and(|(e, _)| *e == end) {
                        state.date_error = None;
                    }
                    if day != end.of(dates) {
                        commands.push(Command::SetDates(match end {
                            RangeEnd::From => ordered(day, dates.to),
                            RangeEnd::To => ordered(dates.from, day),
                        }));
                    }
                }
                DateEdit::Refused(reason) => state.date_error = Some((end, reason)),
            }
        }
        if ui
            .add_enabled(!dates.is_open(), egui::Button::new(tr!("time-clear")))
            .on_hover_text(tr!("time-clear-hover"))
            .clicked()
        {
            commands.push(Command::SetPlaying(false));
            commands.push(Command::SetDates(Range::default()));
        }
        ui.separator();
        let play = if state.playing {
            tr!("time-pause")
        } else {
            tr!("time-play")
        };
        if ui
            .add_enabled(months.first.is_some(), egui::Button::new(play))
            .on_hover_text(tr!("time-play-hover"))
            .clicked()
        {
            commands.push(Command::SetPlaying(!state.playing));
        }
        let mut step = context.play_step;
        egui::ComboBox::from_id_salt("play-step")
            .selected_text(tr!(
                "time-play-step",
                step = step.label(crate::app::i18n::lang()).to_lowercase()
            ))
            .show_ui(ui, |ui| {
                for choice in PlayStep::ALL {
                    ui.selectable_value(&mut step, choice, choice.label(crate::app::i18n::lang()));
                }
            })
            .response
            .on_hover_text(tr!("time-play-step-hover"));
        if step != context.play_step {
            commands.push(Command::SetPlayStep(step));
        }
        ui.separator();
        // Those dated only by a year have a date too, drawn across it.
        let dated = u64::from(months.total()) + u64::from(months.year_only_total());
        let counts = if dates.is_open() {
            tr!(
                "time-dated",
                count = dated,
                field = months.date_field.label(crate::app::i18n::lang())
            )
        } else {
            tr!(
                "time-in-range",
                shown = context.summary.traces,
                dated = dated
            )
        };
        if let Some((_, reason)) = &state.date_error {
            // In the place of the counts, so the bar stays one line.
            ui.add(
                egui::Label::new(RichText::new(reason).color(ui.visuals().error_fg_color))
                    .truncate(),
            )
            .on_hover_text(tr!("time-refused-hover", reason = reason));
        } else {
            ui.add(egui::Label::new(counts).truncate())
                .on_hover_text(tr!("time-counts-hover"));
        }
        missing_ui(ui, context.summary.missing_date, months, !dates.is_open());
    });
    histogram_ui(ui, months, filter.dates, &mut state.drag_anchor, commands);
}

/// Moves the range on when a step is due while playing.
pub fn play_tick(state: &mut TimeBarState, ctx: &egui::Context, commands: &mut Vec<Command>) {
    if !state.playing {
        return;
    }
    let now = ctx.input(|i| i.time);
    let due = state.last_step_s + PLAY_STEP_S;
    if now >= due {
        state.last_step_s = now;
        commands.push(Command::StepTime);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(PLAY_STEP_S));
    } else {
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
    }
}

fn field_name(field: DateField) -> String {
    match field {
        DateField::Recovery => tr!("time-date-recovery"),
        DateField::Purchase => tr!("time-date-purchase"),
    }
}

/// Ends the wrong way round are swapped rather than giving an empty range.
fn ordered(from: Option<Day>, to: Option<Day>) -> Range<Day> {
    match (from, to) {
        (Some(a), Some(b)) if a > b => Range {
            from: Some(b),
            to: Some(a),
        },
        _ => Range { from, to },
    }
}

/// Which end of the date range a field edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RangeEnd {
    From,
    To,
}

impl RangeEnd {
    fn of(self, dates: Range<Day>) -> Option<Day> {
        match self {
            RangeEnd::From => dates.from,
            RangeEnd::To => dates.to,
        }
    }
}

/// A range end typed as a date, read once the field is left (Enter or a
/// click elsewhere): a month or year means its first day in From, its last
/// in To. The field shows the date as the language writes it (`2019-03-04`,
/// `04/03/2019`) and reads that back, ISO too (`parse_day_in`).
fn date_edit_ui(
    ui: &mut Ui,
    end: RangeEnd,
    text: &mut String,
    value: Option<Day>,
    refused: Option<RangeEnd>,
) -> DateEdit {
    let (label, id_salt) = match end {
        RangeEnd::From => (tr!("time-from"), "time-from"),
        RangeEnd::To => (tr!("time-to"), "time-to"),
    };
    let id = ui.make_persistent_id(id_salt);
    // Follow the filter (dragging, playing) unless the user is typing or
    // has a refused text to correct.
    if !ui.memory(|m| m.has_focus(id)) && refused != Some(end) {
        *text = value
            .map(|day| calendar::day(lang(), day))
            .unwrap_or_default();
    }
    let label = ui.label(label);
    let response = ui
        .add(
            egui::TextEdit::singleline(text)
                .id(id)
                .desired_width(82.0)
                .hint_text(tr!("time-any")),
        )
        .labelled_by(label.id)
        .on_hover_text(tr!("time-date-hover"));
    if response.gained_focus() {
        return DateEdit::Started;
    }
    if !response.lost_focus() {
        return DateEdit::Unchanged;
    }
    match parse_day_in(text, matches!(end, RangeEnd::To), lang()) {
        Ok(day) => DateEdit::Set(day),
        Err(reason) => DateEdit::Refused(reason.text_in(lang())),
    }
}

fn missing_ui(ui: &mut Ui, missing_date: u32, months: &MonthHistogram, range_set: bool) {
    let field = months.date_field.label(crate::app::i18n::lang());
    let (by_year, by_month) = (months.year_only_total(), months.month_only);
    if by_year + by_month > 0 {
        let partial = match (by_year > 0, by_month > 0) {
            (true, true) => tr!(
                "time-only-year-and-month",
                years = by_year,
                months = by_month
            ),
            (true, false) => tr!("time-only-year", years = by_year),
            _ => tr!("time-only-month", months = by_month),
        };
        ui.add(egui::Label::new(partial).truncate())
            .on_hover_text(tr!("time-partial-hover"));
    }
    if range_set && missing_date > 0 {
        ui.add(
            egui::Label::new(
                RichText::new(if by_year + by_month > 0 {
                    tr!(
                        "time-missing-partial-left-out",
                        count = missing_date,
                        field = field.as_str()
                    )
                } else {
                    tr!(
                        "time-missing-left-out",
                        count = missing_date,
                        field = field.as_str()
                    )
                })
                .color(ui.visuals().warn_fg_color),
            )
            .truncate(),
        )
        .on_hover_text(tr!("time-missing-left-out-hover"));
    } else if months.missing > 0 {
        ui.add(
            egui::Label::new(tr!(
                "time-missing",
                count = months.missing,
                field = field.as_str()
            ))
            .truncate(),
        )
        .on_hover_text(tr!("time-missing-hover"));
    }
}

fn histogram_ui(
    ui: &mut Ui,
    months: &MonthHistogram,
    dates: Range<Day>,
    drag_anchor: &mut Option<usize>,
    commands: &mut Vec<Command>,
) {
    let size = vec2(ui.available_width(), 64.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Figure, true, tr!("time-per-month")));
    let Some(first) = months.first else {
        ui.painter().text(
            rect.center(),
            Align2::CENTER_CENTER,
            tr!("time-no-dates"),
            FontId::proportional(12.0),
            ui.visuals().weak_text_color(),
        );
        return;
    };
    let label_height = 13.0;
    let bars_rect = Rect::from_min_max(rect.min, pos2(rect.max.x, rect.max.y - label_height));
    let painter = ui.painter_at(rect);
    let (on, off) = bar_colors(ui);
    let month_of = |bin: usize| corridor_core::aggregate::histogram::Month(first.0 + bin as i32);
    let chosen = |bin: usize| {
        let month = month_of(bin);
        dates.from.is_none_or(|from| month.last_day() >= from)
            && dates.to.is_none_or(|to| month.first_day() <= to)
    };
    // A year alone is spread over its months, a twelfth each, drawn
    // fainter and behind the months' own bars.
    let year_band = |year: i32| months.year_only.get(&year).map_or(0, |n| n.div_ceil(12));
    let banded: Vec<u32> = (0..months.counts.len())
        .map(|bin| year_band(month_of(bin).year()))
        .collect();
    let max = months
        .counts
        .iter()
        .zip(&banded)
        .map(|(&a, &b)| a.max(b))
        .max()
        .unwrap_or(0);
    if !months.year_only.is_empty() {
        let faint = |c: egui::Color32| c.gamma_multiply(0.35);
        paint_bars(
            &painter,
            bars_rect,
            &banded,
            max,
            chosen,
            faint(on),
            faint(off),
        );
    }
    paint_bars(&painter, bars_rect, &months.counts, max, chosen, on, off);
    paint_years(&painter, rect, months, ui.visuals().weak_text_color());

    let bins = months.counts.len();
    let bin_under = |pos: egui::Pos2| bar_at(bars_rect, bins, pos.x);
    if response.drag_started()
        && let Some(pos) = response.interact_pointer_pos()
    {
        *drag_anchor = Some(bin_under(pos));
    }
    let picked = if response.dragged() {
        drag_anchor.zip(response.interact_pointer_pos().map(bin_under))
    } else if response.clicked() {
        response
            .interact_pointer_pos()
            .map(|p| (bin_under(p), bin_under(p)))
    } else {
        None
    };
    if response.drag_stopped() {
        *drag_anchor = None;
    }
    if let Some((a, b)) = picked {
        let range = Range {
            from: Some(month_of(a.min(b)).first_day()),
            to: Some(month_of(a.max(b)).last_day()),
        };
        if range != dates {
            commands.push(Command::SetPlaying(false));
            commands.push(Command::SetDates(range));
        }
    }
    if let Some(pos) = response.hover_pos() {
        let bin = bin_under(pos);
        let count = months.counts.get(bin).copied().unwrap_or(0);
        let year = month_of(bin).year();
        response.on_hover_ui_at_pointer(|ui| {
            let month = month_of(bin);
            ui.label(tr!(
                "time-month-count",
                month = calendar::month(crate::app::i18n::lang(), month.year(), month.month()),
                count = count
            ));
            if let Some(&n) = months.year_only.get(&year) {
                ui.label(tr!("time-year-unknown", year = year.to_string(), count = n));
            }
            ui.weak(tr!("time-drag-hint"));
        });
    }
}

/// Year labels along the bottom, as many as fit.
fn paint_years(painter: &egui::Painter, rect: Rect, months: &MonthHistogram, color: egui::Color32) {
    let bins = months.counts.len();
    if bins == 0 {
        return;
    }
    let px_per_year = rect.width() / bins as f32 * 12.0;
    let every = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|&n| px_per_year * n as f32 >= 42.0)
        .unwrap_or(200);
    for bin in 0..bins {
        let Some(month) = months.month(bin) else {
            continue;
        };
        if month.month() != 1 || month.year().rem_euclid(every) != 0 {
            continue;
        }
        let x = rect.left() + bin as f32 / bins as f32 * rect.width();
        painter.line_segment(
            [pos2(x, rect.bottom() - 13.0), pos2(x, rect.bottom() - 9.0)],
            egui::Stroke::new(1.0, color),
        );
        painter.text(
            pos2(x + 2.0, rect.bottom()),
            Align2::LEFT_BOTTOM,
            month.year().to_string(),
            FontId::proportional(10.0),
            color,
        );
    }
}
