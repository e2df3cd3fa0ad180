//! Hover text for flows and nodes (clusters, stores, sites): names and counts per class.

use egui::{RichText, Ui};

use crate::app::format::thousands;
use crate::tr;
use corridor_core::aggregate::FlowSummary;
use corridor_core::aggregate::flows::ClassCounts;
use corridor_core::briefing::Redaction;
use corridor_core::briefing::labels::{redacted_node_label, store_ffl};
use corridor_core::cluster::{ClusterLevel, Role};
use corridor_core::model::{Dataset, StoreId, WeaponClass};
use corridor_core::scene::hit::Hit;

/// What a tooltip names and counts.
pub struct TooltipContext<'a> {
    pub dataset: &'a Dataset,
    /// The level the map shows.
    pub level: &'a ClusterLevel,
    /// Its flows and node totals.
    pub summary: &'a FlowSummary,
    /// Dealer names hidden.
    pub redaction: Redaction,
}

/// Most flows listed under "Also under the pointer".
const MAX_ALSO: usize = 6;

/// What is under the pointer: `hit` in full, then the other flows drawn
/// there (`under`, topmost first), so overlapping flows can be told apart.
pub fn hit_tooltip_ui(ui: &mut Ui, context: &TooltipContext<'_>, hit: Hit, under: &[usize]) {
    let TooltipContext {
        dataset,
        level,
        summary,
        redaction,
    } = *context;
    let node_label = |dataset: &Dataset, level: &ClusterLevel, node: u32| {
        redacted_node_label(dataset, level, node, redaction)
    };
    match hit {
        Hit::Flow(i) => {
            let Some(flow) = summary.flows.get(i) else {
                return;
            };
            ui.label(RichText::new(node_label(dataset, level, flow.origin)).strong());
            ui.label(tr!(
                "details-tip-to",
                place = node_label(dataset, level, flow.dest)
            ));
            ui.label(tr!("count-traces", count = flow.count));
            class_counts_ui(ui, &flow.by_class);
            let others: Vec<usize> = under.iter().copied().filter(|&f| f != i).collect();
            if !others.is_empty() {
                ui.separator();
                ui.label(
                    RichText::new(tr!(
                        "details-tip-also",
                        flows = tr!("count-flows", count = others.len())
                    ))
                    .small()
                    .strong(),
                );
                for &other in others.iter().take(MAX_ALSO) {
                    if let Some(flow) = summary.flows.get(other) {
                        ui.label(
                            RichText::new(format!(
                                "{} → {} · {}",
                                node_label(dataset, level, flow.origin),
                                node_label(dataset, level, flow.dest),
                                tr!("count-traces", count = flow.count)
                            ))
                            .small(),
                        );
                    }
                }
                if others.len() > MAX_ALSO {
                    ui.label(
                        RichText::new(tr!(
                            "details-tip-more",
                            count = (others.len() - MAX_ALSO).to_string()
                        ))
                        .small(),
                    );
                }
            }
        }
        Hit::Node(node) => {
            let Some(cluster) = level.clusters.get(node as usize) else {
                return;
            };
            ui.label(RichText::new(node_label(dataset, level, node)).strong());
            if cluster.members == 1 && cluster.role == Role::Store {
                let ffl = store_ffl(dataset, StoreId(cluster.heaviest), redaction);
                if !ffl.is_empty() {
                    ui.label(tr!("details-ffl", ffl = ffl));
                }
            }
            let total = u64::from(summary.node_totals.get(node as usize).copied().unwrap_or(0));
            ui.label(match cluster.role {
                Role::Store if cluster.members > 1 => tr!(
                    "details-tip-stores",
                    stores = cluster.members,
                    count = total
                ),
                Role::Store => tr!("details-tip-store", count = total),
                Role::Site if cluster.members > 1 => {
                    tr!("details-tip-sites", sites = cluster.members, count = total)
                }
                Role::Site => tr!("details-tip-site", count = total),
            });
            if let Some(counts) = summary.node_class_counts.get(node as usize) {
                class_counts_ui(ui, counts);
            }
        }
    }
    ui.label(RichText::new(tr!("details-tip-click")).small().weak());
}

pub fn class_counts_ui(ui: &mut Ui, counts: &ClassCounts) {
    egui::Grid::new(ui.next_auto_id())
        .num_columns(2)
        .show(ui, |ui| {
            for class in WeaponClass::ALL {
                let n = counts[class.index()];
                if n > 0 {
                    ui.label(class.label(crate::app::i18n::lang()));
                    ui.label(thousands(n));
                    ui.end_row();
                }
            }
        });
}
