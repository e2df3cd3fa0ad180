//! What Corridor remembers between runs (eframe persistence), kept apart from
//! the runtime state that is rebuilt at every start.

use serde::{Deserialize, Serialize};

use corridor_core::aggregate::areas::AreaLevel;
use corridor_core::aggregate::time_window::PlayStep;
use corridor_core::aggregate::{FlowDensity, TraceFilter};
use corridor_core::cluster::Grouping;
use corridor_core::import::mapping::ColumnMapping;
pub use corridor_core::scene::MapView;
use corridor_core::scene::{FlowColoring, Theme};

/// Whether a panel or the legend shows whole or folded to a strip (a
/// button), so a laptop screen keeps room for the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fold {
    #[default]
    Open,
    Folded,
}

impl Fold {
    /// The other state.
    pub fn toggled(self) -> Fold {
        match self {
            Fold::Open => Fold::Folded,
            Fold::Folded => Fold::Open,
        }
    }
}

/// A project file whose data files may be read wherever they are: one
/// this user saved on this machine, or allowed when it was opened. Known by
/// path and by the SHA-256 of its bytes, so an edited file asks again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedProject {
    pub path: std::path::PathBuf,
    pub sha256: String,
}

/// Most trusted projects remembered (the newest kept).
pub const MAX_TRUSTED_PROJECTS: usize = 200;

/// Which table the panel under the map shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TableTab {
    /// Traces from origin area to destination area.
    #[default]
    Corridors,
    /// Stores by the traces bought there.
    Dealers,
    /// Purchaser networks.
    Networks,
    /// What two or more agencies both hold.
    Overlaps,
}

impl TableTab {
    /// Every tab, in the order shown.
    pub const ALL: [TableTab; 4] = [
        TableTab::Corridors,
        TableTab::Dealers,
        TableTab::Networks,
        TableTab::Overlaps,
    ];

    /// The tab's title, in the language shown.
    pub fn label(self) -> String {
        match self {
            TableTab::Corridors => crate::tr!("main-tab-corridors"),
            TableTab::Dealers => crate::tr!("main-tab-dealers"),
            TableTab::Networks => crate::tr!("main-tab-networks"),
            TableTab::Overlaps => crate::tr!("main-tab-overlaps"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    pub coloring: FlowColoring,
    /// Investigation marks on the map (View menu).
    pub marks: corridor_core::scene::marks::MarkOptions,
    pub filter: TraceFilter,
    pub density: FlowDensity,
    /// Clusters by zoom, administrative areas, or single locations.
    pub grouping: Grouping,
    /// Keep flow widths and symbol sizes on the scale of all loaded data,
    /// so views and filters compare.
    pub lock_scales: bool,
    pub view: MapView,
    /// Off by default: the tile server would learn which areas are viewed.
    pub online_tiles: bool,
    pub show_city_labels: bool,
    pub show_ports: bool,
    pub show_legend: bool,
    /// The legend whole, or folded to its title (remembered).
    pub legend: Fold,
    /// The details of the selection beside the map, or a strip.
    pub details: Fold,
    pub show_filter_panel: bool,
    /// The tables under the map (corridors, dealers).
    pub show_corridors: bool,
    /// Whether purchases at one store on one day link purchasers into
    /// networks (a weak link, off by default).
    pub network_store_day: bool,
    /// The table shown there.
    pub table_tab: TableTab,
    /// Areas the corridors table counts between.
    pub corridor_level: AreaLevel,
    /// The histogram of traces per month under the map.
    pub show_time_bar: bool,
    pub show_charts: bool,
    /// The saved views of the briefing, beside the map.
    pub show_views_panel: bool,
    /// How far each step of the time bar's animation moves the range.
    pub play_step: PlayStep,
    /// The interface's language (Settings › Language); a first start
    /// takes the system locale's.
    pub language: crate::app::i18n::Lang,
    pub last_folder: Option<std::path::PathBuf>,
    /// Column mappings (and date orders) made for header layouts Corridor
    /// could not read, offered again for files with the same headers.
    pub mappings: Vec<ColumnMapping>,
    /// Project files opened or saved, newest first (File › Recent projects).
    pub recent_projects: Vec<std::path::PathBuf>,
    /// Pixels per point of exported PNG images (1, 2 or 4).
    pub export_scale: f32,
    /// Images and decks in both languages: each generated title, caption
    /// and legend line in the interface's language with the other under it.
    pub bilingual_exports: bool,
    /// Projects whose data files outside their folder may be read.
    pub trusted_projects: Vec<TrustedProject>,
    /// The agency named in the last hand-over package, offered again.
    pub handover_agency: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: crate::app::i18n::Lang::En,
            theme: Theme::Light,
            coloring: FlowColoring::ByClass,
            marks: Default::default(),
            filter: TraceFilter::default(),
            density: FlowDensity::default(),
            grouping: Grouping::default(),
            lock_scales: false,
            view: MapView::default(),
            online_tiles: false,
            show_city_labels: true,
            show_ports: true,
            show_legend: true,
            legend: Fold::Open,
            details: Fold::Open,
            show_filter_panel: true,
            show_corridors: false,
            network_store_day: false,
            table_tab: TableTab::default(),
            corridor_level: AreaLevel::State,
            show_time_bar: true,
            show_charts: false,
            show_views_panel: false,
            play_step: PlayStep::default(),
            last_folder: None,
            mappings: Vec::new(),
            recent_projects: Vec::new(),
            export_scale: 2.0,
            bilingual_exports: false,
            trusted_projects: Vec::new(),
            handover_agency: String::new(),
        }
    }
}
