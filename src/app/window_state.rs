//! The state of the window's widgets between frames: the map's camera and
//! tools, the time bar, the search box, the briefing's tools and the
//! notice. Nothing here is saved in a project.

use super::briefing_ui::BriefingUi;
use super::map::MapState;
use super::notice::Notice;
use super::panels::search_box::SearchState;
use super::panels::time_bar::TimeBarState;

/// Widget state of the window.
pub struct WindowState {
    /// The map widget's camera, pending framings, lasso, tiles, hover.
    pub map: MapState,
    /// Playing, typed dates, the drag on the histogram.
    pub time_bar: TimeBarState,
    /// The search box: query, results, highlighted row.
    pub search: SearchState,
    /// Presentation mode, the view shown, annotation tools, camera moves.
    pub briefing: BriefingUi,
    /// The message above the map.
    pub notice: Option<Notice>,
}

impl WindowState {
    /// With the map at `map`.
    pub fn new(map: MapState) -> WindowState {
        WindowState {
            map,
            time_bar: TimeBarState::default(),
            search: SearchState::default(),
            briefing: BriefingUi::default(),
            notice: None,
        }
    }
}
