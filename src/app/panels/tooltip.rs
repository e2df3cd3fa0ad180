//! Hover text for flows, stores and sites: names and counts per class.

use egui::{RichText, Ui};

use crate::aggregate::FlowSummary;
use crate::aggregate::flows::ClassCounts;
use crate::app::format::{plural, thousands};
use crate::model::{Dataset, SiteId, StoreId, WeaponClass};
use crate::scene::hit::Hit;

pub fn hit_tooltip_ui(ui: &mut Ui, dataset: &Dataset, summary: &FlowSummary, hit: Hit) {
    match hit {
        Hit::Flow(i) => {
            let Some(flow) = summary.flows.get(i) else {
                return;
            };
            ui.label(RichText::new(dataset.store_label(flow.store)).strong());
            ui.label(format!("to {}", dataset.site_label(flow.site)));
            ui.label(plural(u64::from(flow.count), "trace", "traces"));
            class_counts_ui(ui, &flow.by_class);
        }
        Hit::Store(id) => {
            let store = StoreId(id);
            ui.label(RichText::new(dataset.store_label(store)).strong());
            let ffl = dataset.str(dataset.store(store).ffl);
            if !ffl.is_empty() {
                ui.label(format!("FFL {ffl}"));
            }
            let total = summary.store_totals.get(id as usize).copied().unwrap_or(0);
            ui.label(format!(
                "Store · {} bought here",
                plural(u64::from(total), "trace", "traces")
            ));
            class_counts_ui(ui, &sum_classes(summary, |f| f.store == store));
        }
        Hit::Site(id) => {
            let site = SiteId(id);
            ui.label(RichText::new(dataset.site_label(site)).strong());
            let total = summary.site_totals.get(id as usize).copied().unwrap_or(0);
            ui.label(format!(
                "Recovery site · {} recovered here",
                plural(u64::from(total), "trace", "traces")
            ));
            class_counts_ui(ui, &sum_classes(summary, |f| f.site == site));
        }
    }
    ui.label(RichText::new("Click for the traces").small().weak());
}

pub fn sum_classes(
    summary: &FlowSummary,
    keep: impl Fn(&crate::aggregate::Flow) -> bool,
) -> ClassCounts {
    let mut counts = [0u32; WeaponClass::COUNT];
    for flow in summary.flows.iter().filter(|f| keep(f)) {
        for (total, n) in counts.iter_mut().zip(flow.by_class) {
            *total += n;
        }
    }
    counts
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
