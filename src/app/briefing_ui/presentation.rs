//! Presentation mode: the map alone, full screen, one saved view per
//! slide with its title, the legend, a scale bar and the attribution.

use egui::{Align2, Color32, Frame, Key, Margin, Modifiers, RichText, Vec2};

use super::BriefingCommand;
use crate::app::commands::Command;
use corridor_core::briefing::{Redaction, SavedView};
use corridor_core::scene::Theme;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Presentation {
    /// The slide shown: an index into the views (0 when there are none
    /// and the current state is the only slide).
    pub slide: usize,
}

/// Slides in a briefing: one per view, or the current state alone.
pub fn slide_count(views: &[SavedView]) -> usize {
    views.len().max(1)
}

/// The slide `delta` steps from `slide`, held at the first and last.
///
/// ```
/// use corridor::app::briefing_ui::presentation::step;
/// assert_eq!(step(0, 1, 3), 1);
/// assert_eq!(step(2, 1, 3), 2);
/// assert_eq!(step(0, -1, 3), 0);
/// assert_eq!(step(1, -1, 3), 0);
/// assert_eq!(step(0, 1, 0), 0);
/// ```
pub fn step(slide: usize, delta: i32, count: usize) -> usize {
    let last = count.saturating_sub(1) as i64;
    (slide as i64 + i64::from(delta)).clamp(0, last) as usize
}

/// The keys of presentation mode (F5 to enter is handled with the other
/// shortcuts). Consumed here, so Escape leaves instead of clearing the
/// selection.
pub fn presentation_keys(
    ctx: &egui::Context,
    presentation: Option<Presentation>,
    count: usize,
    out: &mut Vec<Command>,
) {
    let Some(presentation) = presentation else {
        return;
    };
    // Every listed key is consumed, so none also reaches the map.
    let pressed = |keys: &[Key]| {
        ctx.input_mut(|i| {
            let mut any = false;
            for &key in keys {
                any |= i.consume_key(Modifiers::NONE, key);
            }
            any
        })
    };
    let mut commands = Vec::new();
    if pressed(&[Key::Escape]) {
        commands.push(BriefingCommand::StopPresentation);
    }
    if pressed(&[Key::ArrowRight, Key::ArrowDown, Key::PageDown, Key::Space]) {
        commands.push(BriefingCommand::StepSlide(1));
    }
    if pressed(&[Key::ArrowLeft, Key::ArrowUp, Key::PageUp]) {
        commands.push(BriefingCommand::StepSlide(-1));
    }
    if pressed(&[Key::Home]) {
        commands.push(BriefingCommand::GoToSlide(0));
    }
    if pressed(&[Key::End]) {
        commands.push(BriefingCommand::GoToSlide(count - 1));
    }
    // F5 again starts over, as in slide software.
    if pressed(&[Key::F5]) && presentation.slide != 0 {
        commands.push(BriefingCommand::GoToSlide(0));
    }
    out.extend(commands.into_iter().map(Command::Briefing));
}

/// What the slide overlay shows.
pub struct SlideContext<'a> {
    /// Set while presenting.
    pub presentation: Option<Presentation>,
    /// The saved views: the slides.
    pub views: &'a [SavedView],
    /// The only slide when there are no views: the state on screen.
    pub current: Option<SavedView>,
    /// The data: slide titles and the source line.
    pub dataset: &'a corridor_core::model::Dataset,
    /// Text scale.
    pub theme: Theme,
    /// The badge shows while identifiers are hidden.
    pub redaction: Redaction,
}

/// The title, subtitle, the filter and source lines, the slide counter and
/// the redaction badge over the map: a slide on screen states what it
/// shows as an exported one does.
pub fn presentation_overlay_ui(ctx: &egui::Context, slides: &SlideContext<'_>) {
    let Some(presentation) = slides.presentation else {
        return;
    };
    let screen = ctx.content_rect();
    let scale = corridor_core::scene::style::palette(slides.theme).text_scale;
    let Some(view) = slides
        .views
        .get(presentation.slide)
        .or(slides.current.as_ref())
    else {
        return;
    };
    let title =
        corridor_core::render::title::view_heading(slides.dataset, view, crate::app::i18n::lang());
    let subtitle = view.subtitle.clone();
    let filter = corridor_core::render::caption::filter_line(
        &view.filter,
        &view.density,
        slides.redaction,
        crate::app::i18n::lang(),
    );
    let source =
        corridor_core::render::caption::source_line(slides.dataset, crate::app::i18n::lang());
    egui::Area::new(egui::Id::unique("slide-title"))
        .order(egui::Order::Foreground)
        .fixed_pos(screen.left_top() + Vec2::new(24.0, 20.0))
        .interactable(false)
        .show(ctx, |ui| {
            ui.set_max_width((screen.width() - 200.0).max(200.0));
            Frame::popup(ui.style())
                .fill(ui.visuals().panel_fill.gamma_multiply(0.92))
                .inner_margin(Margin::symmetric(18, 12))
                .show(ui, |ui| {
                    ui.label(RichText::new(&title).size(34.0 * scale).strong());
                    if !subtitle.trim().is_empty() {
                        ui.label(RichText::new(&subtitle).size(20.0 * scale));
                    }
                    ui.label(RichText::new(&filter).size(15.0 * scale));
                    ui.label(RichText::new(&source).size(12.0 * scale).weak());
                });
        });
    let count = slide_count(slides.views);
    egui::Area::new(egui::Id::unique("slide-counter"))
        .order(egui::Order::Foreground)
        .pivot(Align2::RIGHT_TOP)
        .fixed_pos(screen.right_top() + Vec2::new(-16.0, 14.0))
        .interactable(false)
        .show(ctx, |ui| {
            Frame::popup(ui.style())
                .fill(ui.visuals().panel_fill.gamma_multiply(0.92))
                .inner_margin(Margin::symmetric(8, 3))
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        if slides.redaction.is_active() {
                            redacted_badge_ui(ui);
                        }
                        ui.label(
                            RichText::new(format!("{} / {count}", presentation.slide + 1))
                                .size(13.0 * scale),
                        );
                    });
                });
        });
}

/// The "REDACTED" badge: the audience and the presenter can see that
/// identifiers are hidden.
pub fn redacted_badge_ui(ui: &mut egui::Ui) {
    Frame::new()
        .fill(Color32::from_rgb(0xB0, 0x10, 0x10))
        .corner_radius(3.0)
        .inner_margin(Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(
                RichText::new(crate::tr!("legend-redacted-badge"))
                    .color(Color32::WHITE)
                    .strong(),
            )
            .on_hover_text(crate::tr!("briefing-redacted-badge-tip"));
        });
}
