//! What the user asked for during a frame, applied after the panels that
//! asked, so no panel mutates state another panel is reading.

use std::path::PathBuf;

use super::view_model::Grouping;
use crate::aggregate::areas::AreaLevel;
use crate::aggregate::corridors::CorridorColumn;
use crate::aggregate::time_window::PlayStep;
use crate::aggregate::{DateField, Range};
use crate::import::mapping::ColumnMapping;
use crate::import::values::DateOrder;
use crate::model::{Day, WeaponClass};
use crate::scene::hit::Hit;
use crate::scene::{FlowColoring, Theme};
use crate::search::SearchHit;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show the native file dialog.
    OpenDialog,
    /// Open files: asks whether to add or replace when real data is shown.
    OpenPaths(Vec<PathBuf>),
    LoadPaths {
        paths: Vec<PathBuf>,
        add: bool,
    },
    CancelOpen,
    ApplyMapping(ColumnMapping),
    CloseMappingDialog,
    ApplyDateOrder(DateOrder),
    CloseDateDialog,
    OpenDemo,
    CancelLoad,
    SetClass(WeaponClass, bool),
    SetAllClasses(bool),
    SetMakeModel(String),
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
    SetColoring(FlowColoring),
    SetOnlineTiles(bool),
    SetCityLabels(bool),
    SetPorts(bool),
    SetLegend(bool),
    ToggleFilterPanel,
    ToggleCorridors,
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
    FitToData,
    ZoomBy(f64),
    /// Select what was clicked (replacing the selection); `None` clears.
    Select(Option<Hit>),
    /// Shift-click: add to the selection, or take a selected node out.
    SelectAdd(Hit),
    /// Select every node of the level (box or lasso); `add` keeps the
    /// current selection.
    SelectNodes {
        nodes: Vec<u32>,
        add: bool,
    },
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
    ShowAbout(bool),
    DismissNotice,
    /// New, open, save, recover and export (File menu).
    Project(super::project_session::ProjectCommand),
    /// Map image and deck export.
    Image(super::image_export::ImageCommand),
    /// Views, presentation, annotations and redaction.
    Briefing(super::briefing_ui::BriefingCommand),
    Quit,
}
