//! Folding panels to a narrow strip of buttons, so a laptop screen keeps
//! room for the map: the strip names what it unfolds.

use egui::{Response, RichText, Ui};

/// Width of a folded panel, in points: one icon button.
pub const STRIP_WIDTH: f32 = 30.0;

/// Where an arrow icon points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrow {
    Left,
    Right,
    Up,
    Down,
}

/// A small button with a drawn arrow (the default fonts have no arrow
/// glyphs) whose accessible name is `name`: screen readers and tests read
/// that.
pub fn arrow_button(ui: &mut Ui, arrow: Arrow, name: &str, hover: &str) -> Response {
    let response = ui
        .add(egui::Button::new("").min_size(egui::vec2(22.0, 20.0)))
        .on_hover_text(hover);
    paint_arrow(ui, response.rect.shrink(6.0), arrow);
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response
}

/// A filled triangle pointing `arrow` inside `rect`.
pub fn paint_arrow(ui: &Ui, rect: egui::Rect, arrow: Arrow) {
    let (l, r, t, b, c) = (
        rect.left(),
        rect.right(),
        rect.top(),
        rect.bottom(),
        rect.center(),
    );
    let points = match arrow {
        Arrow::Left => vec![egui::pos2(r, t), egui::pos2(r, b), egui::pos2(l, c.y)],
        Arrow::Right => vec![egui::pos2(l, t), egui::pos2(l, b), egui::pos2(r, c.y)],
        Arrow::Up => vec![egui::pos2(l, b), egui::pos2(r, b), egui::pos2(c.x, t)],
        Arrow::Down => vec![egui::pos2(l, t), egui::pos2(r, t), egui::pos2(c.x, b)],
    };
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        ui.visuals().strong_text_color(),
        egui::Stroke::NONE,
    ));
}

/// The strip of a folded panel: its unfold button on top, then the panel's
/// title written one letter a line, so the strip says what it holds.
/// Returns whether the button was clicked.
pub fn strip_ui(ui: &mut Ui, arrow: Arrow, title: &str, hover: &str) -> bool {
    let mut clicked = false;
    ui.vertical_centered(|ui| {
        ui.add_space(4.0);
        let name = crate::tr!("filter-strip-show", panel = title.to_lowercase());
        clicked = arrow_button(ui, arrow, &name, hover).clicked();
        ui.add_space(6.0);
        ui.spacing_mut().item_spacing.y = 0.0;
        for letter in title.chars() {
            ui.label(RichText::new(letter.to_string()).small().weak());
        }
    });
    clicked
}
