//! Help › Quick start and Help › Data formats: what a new user needs to
//! load, filter, select, save a view, present and export, and which files
//! Corridor reads — built in, so it works without a network.

use egui::{RichText, Ui};

use crate::app::commands::Command;

/// Which help page is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpPage {
    QuickStart,
    DataFormats,
}

impl HelpPage {
    /// The window's title.
    pub fn title(self) -> &'static str {
        match self {
            HelpPage::QuickStart => "Quick start",
            HelpPage::DataFormats => "Data formats",
        }
    }
}

/// The quick start: a step's title, what to do, and its shortcuts.
pub const QUICK_START: [(&str, &str, &str); 7] = [
    (
        "1. Load",
        "Corridor opens on synthetic demo data. File › Open… or drop files or a folder on the \
         window: CSV, TSV or GeoJSON traces (see Help › Data formats). The import report says \
         what was read and names the file, line and column of every problem.",
        "Ctrl+O open · Ctrl+R import report",
    ),
    (
        "2. Filter",
        "Tick weapon classes on the left; type a make or model; pick a time-to-crime range. \
         Under the map, type a date range or drag across the histogram, and press Play to step \
         through time (scales stay fixed while playing).",
        "Ctrl+B fold the filters",
    ),
    (
        "3. Select",
        "Click a flow, store or recovery site; Shift+click adds; Ctrl+drag draws a box, \
         Ctrl+Alt+drag a lasso. The details beside the map list the traces (sortable, Copy \
         table). The Corridors and Dealers tables under the map follow the selection: select \
         the sites of a state to see which dealers feed it.",
        "Esc clear · Ctrl+T tables · Ctrl+F search · +/- zoom · Ctrl+0 fit",
    ),
    (
        "4. Save a view",
        "Open the views panel and press Add view: the camera, filter, selection and \
         annotations are kept under the title of what is shown. Annotate adds notes, arrows \
         and circles.",
        "Ctrl+Shift+V views panel",
    ),
    (
        "5. Present",
        "Each saved view is a slide with its title, filter line, legend and sources.",
        "F5 present · arrows or Space next · Esc leave",
    ),
    (
        "6. Export",
        "File › Export map image, briefing deck (PDF), data (CSV, GeoJSON, KML) or \
         flowmap.blue. With View › Redact identifiers, purchasers and dealers become stable \
         aliases (Purchaser 7, Dealer C); File › Save alias key writes who they are, apart.",
        "Ctrl+E export image",
    ),
    (
        "7. Save the project",
        "A .corridor project keeps the data sources (or the data itself), views, annotations \
         and redaction. Unsaved work is autosaved and offered back after a crash.",
        "Ctrl+S save · Ctrl+Shift+S save as",
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

/// What the Data formats page says, a paragraph each.
pub const DATA_FORMATS: [(&str, &str); 4] = [
    (
        "Flat traces (CSV, TSV)",
        "One row per traced firearm, with the store and the recovery inline. Headers are \
         matched loosely, in English or Spanish (store_city, Ciudad tienda, Municipio del \
         hallazgo…); a file whose columns cannot be told apart asks once for a mapping. \
         Places need only a town and state: Corridor places them from its offline gazetteer. \
         Dates may be ISO or slashed (it asks which order when both read).",
    ),
    (
        "Linked tables",
        "Three CSV files in one folder: stores, recoveries and traces, joined by their ids.",
    ),
    (
        "GeoJSON",
        "Points with the same properties as the CSV columns, one per trace.",
    ),
    (
        "flowmap.blue",
        "locations.csv and flows.csv (id, name, lat, lon; origin, dest, count), as Corridor \
         also writes them.",
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
    for (title, text, keys) in QUICK_START {
        ui.label(RichText::new(title).strong());
        ui.label(text);
        ui.label(RichText::new(keys).weak());
        ui.add_space(6.0);
    }
}

fn data_formats_ui(ui: &mut Ui) {
    for (title, text) in DATA_FORMATS {
        ui.label(RichText::new(title).strong());
        ui.label(text);
        ui.add_space(6.0);
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new("A sample flat traces file").strong());
        if ui
            .button("Copy sample")
            .on_hover_text("Paste it into a file named sample.csv and open it")
            .clicked()
        {
            ui.ctx().copy_text(SAMPLE_CSV.to_owned());
        }
    });
    egui::ScrollArea::horizontal().show(ui, |ui| {
        ui.label(RichText::new(SAMPLE_CSV).monospace().size(11.0));
    });
    ui.label(
        RichText::new(
            "Every header, synonym and rule is in docs/data-format.md beside the program; \
             data/examples holds a file of each kind.",
        )
        .weak(),
    );
}
