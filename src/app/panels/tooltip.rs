//! Hover text for flows and nodes (clusters, stores, sites): names and counts per class.

use egui::{RichText, Ui};

use crate::app::format::{plural, thousands};
use corridor_core::aggregate::FlowSummary;
use corridor_core::aggregate::flows::ClassCounts;
use corridor_core::briefing::Redaction;
use corridor_core::briefing::labels::{redacted_node_label, store_ffl};
use corridor_core::cluster::{ClusterLevel, Role};
use corridor_core::model::{Dataset, StoreId, WeaponClass};
use corridor_core::scene::hit::Hit;

pub fn hit_tooltip_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    level: &ClusterLevel,
    summary: &FlowSummary,
    hit: Hit,
    redaction: Redaction,
) {
    let node_label = |dataset: &Dataset, level: &ClusterLevel, node: u32| {
        redacted_node_label(dataset, level, node, redaction)
    };
    match hit {
        Hit::Flow(i) => {
            let Some(flow) = summary.flows.get(i) else {
                return;
            };
            ui.label(RichText::new(node_label(dataset, level, flow.origin)).strong());
            ui.label(format!("to {}", node_label(dataset, level, flow.dest)));
            ui.label(plural(u64::from(flow.count), "trace", "traces"));
            class_counts_ui(ui, &flow.by_class);
        }
        Hit::Node(node) => {
            let Some(cluster) = level.clusters.get(node as usize) else {
                return;
            };
            ui.label(RichText::new(node_label(dataset, level, node)).strong());
            if cluster.members == 1 && cluster.role == Role::Store {
                let ffl = store_ffl(dataset, StoreId(cluster.heaviest), redaction);
                if !ffl.is_empty() {
                    ui.label(format!("FFL {ffl}"));
                }
            }
            let total = u64::from(summary.node_totals.get(node as usize).copied().unwrap_or(0));
            let what = match cluster.role {
                Role::Store if cluster.members > 1 => {
                    format!("{} stores", thousands(cluster.members))
                }
                Role::Store => "Store".to_owned(),
                Role::Site if cluster.members > 1 => {
                    format!("{} recovery sites", thousands(cluster.members))
                }
                Role::Site => "Recovery site".to_owned(),
            };
            let verb = match cluster.role {
                Role::Store => "bought here",
                Role::Site => "recovered here",
            };
            ui.label(format!(
                "{what} · {} {verb}",
                plural(total, "trace", "traces")
            ));
            if let Some(counts) = summary.node_class_counts.get(node as usize) {
                class_counts_ui(ui, counts);
            }
        }
    }
    ui.label(
        RichText::new("Click for the traces; Shift+click to add")
            .small()
            .weak(),
    );
}

pub fn class_counts_ui(ui: &mut Ui, counts: &ClassCounts) {
    egui::Grid::new(ui.next_auto_id())
        .num_columns(2)
        .show(ui, |ui| {
            for class in WeaponClass::ALL {
                let n = counts[class.index()];
                if n > 0 {
                    ui.label(class.label());
                    ui.label(thousands(n));
                    ui.end_row();
                }
            }
        });
}
