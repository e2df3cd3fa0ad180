//! The loaded session: the data, what is counted from it, the selection,
//! the briefing and the project file. A load replaces most of it at once.

use corridor_core::aggregate::Selection;
use corridor_core::aggregate::selection::NodeMask;
use corridor_core::briefing::Briefing;

use super::data::LoadedData;
use super::panels::corridors_panel::CorridorsTable;
use super::panels::details_panel::DetailsCache;
use super::project_session::ProjectSession;
use super::time_view::TimeView;
use super::view_model::ViewModel;

/// The data on screen and everything that belongs to it.
pub struct Session {
    /// The data and what each load builds from it.
    pub data: LoadedData,
    /// The map's count and scene.
    pub view: ViewModel,
    /// Traces per month and time-to-crime bin, for the time bar and charts.
    pub time_view: TimeView,
    /// The corridors table's rows.
    pub corridors: CorridorsTable,
    /// The dealers table's rows.
    pub dealers: super::panels::dealers_panel::DealersTable,
    /// The purchaser networks.
    pub networks: super::panels::networks_panel::NetworksTable,
    /// What two or more agencies both hold.
    pub overlaps: super::panels::overlaps_panel::OverlapsTable,
    /// The networks and overlaps as the map's marks use them.
    pub investigation: super::investigation_marks::InvestigationCache,
    /// The traces of the selection, for the details panel.
    pub details: DetailsCache,
    /// The stores and sites selected.
    pub selection: Selection,
    /// The selection's nodes at the level the map shows.
    pub selection_mask: NodeMask,
    /// Saved views, the annotations on the map and the redaction switch:
    /// what a project file saves besides the sources and settings.
    pub briefing: Briefing,
    /// The project file, unsaved changes, autosave.
    pub project: ProjectSession,
    /// The version the next load gets.
    next_version: u64,
}

impl Session {
    /// No data yet; counts run on a worker from `worker_min_traces` traces.
    pub fn new(project: ProjectSession, worker_min_traces: usize) -> Session {
        Session {
            data: LoadedData::empty(),
            view: ViewModel::new(worker_min_traces),
            time_view: TimeView::default(),
            corridors: CorridorsTable::default(),
            dealers: Default::default(),
            networks: Default::default(),
            overlaps: Default::default(),
            investigation: Default::default(),
            details: DetailsCache::default(),
            selection: Selection::default(),
            selection_mask: NodeMask::default(),
            briefing: Briefing::default(),
            project,
            next_version: 1,
        }
    }

    /// A version no load had yet.
    pub fn take_version(&mut self) -> u64 {
        let version = self.next_version;
        self.next_version += 1;
        version
    }

    /// Whether the data counts on worker tasks (big data).
    pub fn counts_on_workers(&self) -> bool {
        self.data.dataset().traces.len() >= self.view.worker_min_traces
    }
}
