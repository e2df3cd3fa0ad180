//! The tabs of the panel under the map: corridors or dealers.

use egui::{RichText, Ui};

use crate::app::commands::Command;
use crate::app::settings::TableTab;

/// One row of tabs; a click shows that table.
pub fn table_tabs_ui(ui: &mut Ui, shown: TableTab, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for tab in TableTab::ALL {
            let title = RichText::new(tab.label()).heading();
            if ui.selectable_label(tab == shown, title).clicked() && tab != shown {
                commands.push(Command::ShowTable(tab));
            }
        }
    });
}
