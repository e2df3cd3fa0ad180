//! Help › Quick start and Help › Data formats: what a new user needs to
//! load, filter, select, save a view, present and export, and which files
//! Corridor reads — built in, so it works without a network.

use corridor_core::i18n;
use corridor_core::msg_id;
use egui::{RichText, Ui};

use crate::app::commands::Command;
use crate::app::i18n::lang;
use crate::tr;

/// Which help page is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpPage {
    QuickStart,
    DataFormats,
}

impl HelpPage {
    /// The window's title.
    pub fn title(self) -> String {
        match self {
            HelpPage::QuickStart => tr!("dialog-help-quick-start"),
            HelpPage::DataFormats => tr!("dialog-help-data-formats"),
        }
    }
}

/// The quick start's steps as message ids: a step's title, what to do,
/// and its shortcuts (written in the window's language when drawn).
pub const QUICK_START: [(&str, &str, &str); 7] = [
    (
        msg_id!("dialog-quick-load"),
        msg_id!("dialog-quick-load-text"),
        msg_id!("dialog-quick-load-keys"),
    ),
    (
        msg_id!("dialog-quick-filter"),
        msg_id!("dialog-quick-filter-text"),
        msg_id!("dialog-quick-filter-keys"),
    ),
    (
        msg_id!("dialog-quick-select"),
        msg_id!("dialog-quick-select-text"),
        msg_id!("dialog-quick-select-keys"),
    ),
    (
        msg_id!("dialog-quick-view"),
        msg_id!("dialog-quick-view-text"),
        msg_id!("dialog-quick-view-keys"),
    ),
    (
        msg_id!("dialog-quick-present"),
        msg_id!("dialog-quick-present-text"),
        msg_id!("dialog-quick-present-keys"),
    ),
    (
        msg_id!("dialog-quick-export"),
        msg_id!("dialog-quick-export-text"),
        msg_id!("dialog-quick-export-keys"),
    ),
    (
        msg_id!("dialog-quick-save"),
        msg_id!("dialog-quick-save-text"),
        msg_id!("dialog-quick-save-keys"),
    ),
];

/// A small flat traces file, as the Data formats page shows it (and a
/// test loads it, so it stays readable).
pub const SAMPLE_CSV: &str = "\
trace_id,weapon_type,make,model,serial,purchase_date,recovery_date,store_name,store_ffl,store_city,store_state,recovery_place,recovery_state,purchaser_id
EX-1,RIFLE,Romarm/Cugir,WASR-10,AB123,2009-03-02,2010-01-15,Example Mesa Guns,9-86-013-01-2A-00001,Phoenix,AZ,Culiacán,Sinaloa,P-1
EX-2,PISTOL,FN Herstal,Five-seveN,CD456,2009-03-14,2010-02-03,Example Mesa Guns,9-86-013-01-2A-00001,Phoenix,AZ,Nogales,Sonora,P-1
EX-3,Fusil,Barrett,M82A1,EF789,2010-07-01,2011-05-20,Example Bayou Arms,,Houston,TX,Reynosa,Tamaulipas,P-2
";

/// What the Data formats page says, a paragraph each: its title and text
/// as message ids.
pub const DATA_FORMATS: [(&str, &str); 4] = [
    (
        msg_id!("dialog-formats-flat"),
        msg_id!("dialog-formats-flat-text"),
    ),
    (
        msg_id!("dialog-formats-linked"),
        msg_id!("dialog-formats-linked-text"),
    ),
    (
        msg_id!("dialog-formats-geojson"),
        msg_id!("dialog-formats-geojson-text"),
    ),
    (
        msg_id!("dialog-formats-flowmap"),
        msg_id!("dialog-formats-flowmap-text"),
    ),
];

/// The help window of `page`, when one is open.
pub fn help_window_ui(ctx: &egui::Context, page: Option<HelpPage>, commands: &mut Vec<Command>) {
    let Some(page) = page else {
        return;
    };
    let mut open = true;
    egui::Window::new(page.title())
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(520.0)
                .show(ui, |ui| match page {
                    HelpPage::QuickStart => quick_start_ui(ui),
                    HelpPage::DataFormats => data_formats_ui(ui),
                });
        });
    if !open {
        commands.push(Command::ShowHelp(None));
    }
}

fn quick_start_ui(ui: &mut Ui) {
    let lang = lang();
    for (title, text, keys) in QUICK_START {
        ui.label(RichText::new(i18n::text(lang, title, &[])).strong());
        ui.label(i18n::text(lang, text, &[]));
        ui.label(RichText::new(i18n::text(lang, keys, &[])).weak());
        ui.add_space(6.0);
    }
}

fn data_formats_ui(ui: &mut Ui) {
    let lang = lang();
    for (title, text) in DATA_FORMATS {
        ui.label(RichText::new(i18n::text(lang, title, &[])).strong());
        ui.label(i18n::text(lang, text, &[]));
        ui.add_space(6.0);
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("dialog-formats-sample")).strong());
        if ui
            .button(tr!("dialog-formats-copy-sample"))
            .on_hover_text(tr!("dialog-formats-copy-sample-tip"))
            .clicked()
        {
            ui.ctx().copy_text(SAMPLE_CSV.to_owned());
        }
    });
    egui::ScrollArea::horizontal().show(ui, |ui| {
        ui.label(RichText::new(SAMPLE_CSV).monospace().size(11.0));
    });
    ui.label(RichText::new(tr!("dialog-formats-more")).weak());
}
