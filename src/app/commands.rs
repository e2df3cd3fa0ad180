//! What the user asked for during a frame, applied after the panels that
//! asked, so no panel mutates state another panel is reading.

use std::path::PathBuf;

use super::view_model::Grouping;
use corridor_core::aggregate::areas::AreaLevel;
use corridor_core::aggregate::corridors::CorridorColumn;
use corridor_core::aggregate::time_window::PlayStep;
use corridor_core::aggregate::{DateField, Range, Selection};
use corridor_core::import::mapping::ColumnMapping;
use corridor_core::import::values::DateOrder;
use corridor_core::investigate::Indicator;
use corridor_core::model::{Day, WeaponClass};
use corridor_core::scene::hit::Hit;
use corridor_core::scene::{FlowColoring, Theme};
use corridor_core::search::SearchHit;

/// Whether loaded files replace the data shown or are added to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadMode {
    /// The new files are the data.
    Replace,
    /// The new records join the data shown (each keeps its source).
    Add,
}

/// Whether the map frames the data once a load lands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// Fit the map to the loaded data.
    FitToData,
    /// Leave the camera where it is (a project puts its own back).
    KeepCamera,
}

/// Whether a pick replaces the selection or adds to it (Shift held).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectMode {
    /// The pick is the selection.
    Replace,
    /// The pick joins the selection (a click on a selected node takes it out).
    Add,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show the native file dialog.
    OpenDialog,
    /// Open files: asks whether to add or replace when real data is shown.
    OpenPaths(Vec<PathBuf>),
    LoadPaths {
        paths: Vec<PathBuf>,
        mode: LoadMode,
    },
    CancelOpen,
    /// Open files with these workbook sheets unticked: (file, sheet).
    OpenSheets {
        paths: Vec<PathBuf>,
        excluded: Vec<(String, String)>,
    },
    /// Close the sheets dialog without opening anything.
    CancelSheets,
    ApplyMapping(ColumnMapping),
    CloseMappingDialog,
    ApplyDateOrder(DateOrder),
    CloseDateDialog,
    /// A matrix's rows are these; reload with the choice in the project.
    ApplyMatrixRows(corridor_core::import::matrix::MatrixRows),
    CloseMatrixDialog,
    OpenDemo,
    CancelLoad,
    SetClass(WeaponClass, bool),
    SetAllClasses(bool),
    SetMakeModel(String),
    /// Show traces with this trafficking indicator (any of those ticked).
    SetIndicator(Indicator, bool),
    /// The short time-to-crime threshold, in months.
    SetShortTtcMonths(u32),
    /// Show only fresh leads.
    SetFreshOnly(bool),
    /// The day lead ages are counted to (`None`: today).
    SetAsOf(Option<Day>),
    ResetFilters,
    /// Which date the time bar and the date range use.
    SetDateField(DateField),
    SetDates(Range<Day>),
    SetTtcDays(Range<i32>),
    /// Start or stop stepping the date range through time.
    SetPlaying(bool),
    SetPlayStep(PlayStep),
    /// Move the date range one step on (a tick of playing).
    StepTime,
    SetTimeBar(bool),
    SetCharts(bool),
    SetMinTraces(u32),
    SetTopFlows(Option<u32>),
    SetTheme(Theme),
    /// The interface's language (Settings › Language): applies from the
    /// next frame, data and filters untouched.
    SetLanguage(corridor_core::i18n::Lang),
    SetColoring(FlowColoring),
    /// Investigation marks on the map.
    SetMarks(corridor_core::scene::marks::MarkOptions),
    SetOnlineTiles(bool),
    SetCityLabels(bool),
    SetPorts(bool),
    SetLegend(bool),
    ToggleFilterPanel,
    ToggleCorridors,
    /// Sort the details' trace table by a column (again: the other way).
    SortTraces(corridor_core::briefing::trace_table::TraceColumn),
    /// Fold or unfold the legend over the map.
    SetLegendFold(super::settings::Fold),
    /// Fold the details panel to a strip, or open it.
    SetDetailsFold(super::settings::Fold),
    /// Open the tables under the map on this table.
    ShowTable(super::settings::TableTab),
    /// Sort the dealers table by a column (again: the other way round).
    SortDealers(corridor_core::aggregate::stores::StoreColumn),
    /// Select a store from the dealers table, with the recovery sites the
    /// table follows, and frame them.
    SelectDealer(corridor_core::model::StoreId),
    /// Show only the traces of network N of the networks table (`None`:
    /// every purchaser again), framed.
    ShowNetwork(Option<usize>),
    /// Whether purchases at one store on one day link purchasers.
    SetNetworkStoreDay(bool),
    /// Open or close the shown network's link chart.
    ShowLinkChart(bool),
    /// A click on a header of the networks table.
    SortNetworks(super::panels::networks_panel::NetworkColumn),
    /// Select and frame the stores and sites of overlap N's records.
    SelectOverlap(usize),
    /// Open the agencies window for the loaded files.
    EditAgencies,
    /// Set each file's agency (file, label) and load the data again.
    SetAgencies(Vec<(String, String)>),
    CloseAgencies,
    SetCorridorLevel(AreaLevel),
    /// A click on a corridors-table header.
    SortCorridors(CorridorColumn),
    /// Select a corridor's origin stores and destination sites (area names
    /// at the table's level) and frame them.
    SelectCorridor {
        origin: String,
        destination: String,
    },
    /// Pick a folder and write the filtered flows for flowmap.blue.
    ExportFlowmap,
    /// Write the flowmap.blue files into this folder.
    ExportFlowmapTo(std::path::PathBuf),
    FitToData,
    ZoomBy(f64),
    /// Select what was clicked (replacing the selection); `None` clears.
    Select(Option<Hit>),
    /// Shift-click: add to the selection, or take a selected node out.
    SelectAdd(Hit),
    /// Select every node of the level (box or lasso), replacing the
    /// selection or adding to it.
    SelectNodes {
        nodes: Vec<u32>,
        mode: SelectMode,
    },
    /// Select these stores and sites (a saved or restored selection).
    SetSelection(Selection),
    /// The search box's text changed.
    SetSearchQuery(String),
    /// Ctrl+F: put the keyboard in the search box.
    FocusSearch,
    /// A search result was picked: frame it and select what it holds.
    ShowSearchHit(Box<SearchHit>),
    SetGrouping(Grouping),
    SetLockScales(bool),
    ShowReport(bool),
    SaveReport,
    /// Write the import report to this file.
    SaveReportTo(std::path::PathBuf),
    ShowAbout(bool),
    /// Open a help page, or close it (`None`).
    ShowHelp(Option<super::panels::help_windows::HelpPage>),
    DismissNotice,
    /// New, open, save, recover and export (File menu).
    Project(super::project_session::ProjectCommand),
    /// Map image and deck export.
    Image(super::image_export::ImageCommand),
    /// Views, presentation, annotations and redaction.
    Briefing(super::briefing_ui::BriefingCommand),
    Quit,
}
