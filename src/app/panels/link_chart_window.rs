//! The shown network as a small link chart: purchasers on an outer ring,
//! the stores they bought at on an inner one, purchases as grey lines
//! (thicker for more traces) and the links between purchasers coloured by
//! kind. Drawn with egui's painter: a few dozen nodes need no graph crate.

use egui::{Color32, Pos2, Stroke, Ui, Vec2};

use crate::app::commands::Command;
use corridor_core::investigate::link_chart::{EdgeKind, LinkChart, NodeKind};
use corridor_core::investigate::networks::LinkKind;

/// Chart size in points.
const SIZE: Vec2 = Vec2::new(460.0, 360.0);

/// Stores are named beside their square only when there are this few.
const NAMED_STORES: usize = 12;

/// The colour of a link between purchasers.
pub fn link_color(kind: LinkKind) -> Color32 {
    match kind {
        LinkKind::Case => Color32::from_rgb(230, 126, 34),
        LinkKind::Recovery => Color32::from_rgb(192, 57, 43),
        LinkKind::Address => Color32::from_rgb(142, 68, 173),
        LinkKind::StoreDay => Color32::from_rgb(39, 174, 96),
    }
}

/// The window, while a network is shown and its chart is open.
pub fn link_chart_window_ui(
    ctx: &egui::Context,
    title: &str,
    chart: &LinkChart,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    // One window whatever network it shows: the title changes, the place
    // stays.
    egui::Window::new(title)
        .id(egui::Id::unique("link-chart"))
        .open(&mut open)
        .resizable(false)
        .show(ctx, |ui| {
            chart_ui(ui, chart);
            legend_ui(ui);
        });
    if !open {
        commands.push(Command::ShowLinkChart(false));
    }
}

/// Where each node sits: purchasers on the outer ring, stores inner.
fn positions(chart: &LinkChart, center: Pos2) -> Vec<Pos2> {
    let count = |kind| chart.nodes.iter().filter(|n| n.kind == kind).count().max(1);
    let (purchasers, stores) = (count(NodeKind::Purchaser), count(NodeKind::Store));
    let (mut p, mut s) = (0usize, 0usize);
    chart
        .nodes
        .iter()
        .map(|node| {
            let (i, n, radius) = match node.kind {
                NodeKind::Purchaser => {
                    p += 1;
                    (p - 1, purchasers, Vec2::new(165.0, 140.0))
                }
                NodeKind::Store => {
                    s += 1;
                    (s - 1, stores, Vec2::new(110.0, 80.0))
                }
            };
            let angle = std::f32::consts::TAU * i as f32 / n as f32;
            center + Vec2::new(angle.cos() * radius.x, angle.sin() * radius.y)
        })
        .collect()
}

fn chart_ui(ui: &mut Ui, chart: &LinkChart) {
    let (response, painter) = ui.allocate_painter(SIZE, egui::Sense::hover());
    let at = positions(chart, response.rect.center());
    let index: std::collections::HashMap<&str, usize> = chart
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let visuals = ui.visuals();
    let grey = visuals.weak_text_color();
    for edge in &chart.edges {
        let (Some(&a), Some(&b)) = (index.get(edge.from.as_str()), index.get(edge.to.as_str()))
        else {
            continue;
        };
        let stroke = match edge.kind {
            EdgeKind::BoughtAt => Stroke::new((edge.weight as f32).sqrt().clamp(1.0, 5.0), grey),
            EdgeKind::Link(kind) => Stroke::new(2.0, link_color(kind)),
        };
        painter.line_segment([at[a], at[b]], stroke);
    }
    let text = visuals.text_color();
    let font = egui::FontId::proportional(11.0);
    let stores = chart
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Store)
        .count();
    for (node, &pos) in chart.nodes.iter().zip(&at) {
        match node.kind {
            NodeKind::Purchaser => {
                painter.circle_filled(pos, 6.0, Color32::from_rgb(41, 128, 185));
                painter.text(
                    pos + Vec2::new(0.0, -9.0),
                    egui::Align2::CENTER_BOTTOM,
                    &node.label,
                    font.clone(),
                    text,
                );
            }
            NodeKind::Store => {
                painter.rect_filled(
                    egui::Rect::from_center_size(pos, Vec2::splat(9.0)),
                    1.0,
                    text,
                );
                if stores <= NAMED_STORES {
                    painter.text(
                        pos + Vec2::new(7.0, 0.0),
                        egui::Align2::LEFT_CENTER,
                        &node.label,
                        font.clone(),
                        grey,
                    );
                }
            }
        }
    }
}

fn legend_ui(ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::tr!("tables-link-legend"));
        for kind in [
            LinkKind::Case,
            LinkKind::Recovery,
            LinkKind::Address,
            LinkKind::StoreDay,
        ] {
            ui.colored_label(
                link_color(kind),
                format!("— {}", kind.label(crate::app::i18n::lang())),
            );
        }
    });
}
