//! A saved view: one slide of a briefing.

use serde::{Deserialize, Serialize};

use super::Annotation;
use crate::aggregate::{FlowDensity, Selection, TraceFilter};
use crate::cluster::Grouping;
use crate::scene::{FlowColoring, MapView, Theme};

/// A named snapshot of what the map shows. Every field has a default, so a
/// view written by an older Corridor that lacked a field still reads.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedView {
    /// Its name in the views panel and for `corridor export --view`.
    pub name: String,
    /// The large heading in presentation mode and on exports; the name
    /// when empty.
    pub title: String,
    /// The smaller line under the title; not shown when empty.
    pub subtitle: String,
    /// Where the map looks: centre and zoom.
    pub camera: MapView,
    /// Which traces are shown.
    pub filter: TraceFilter,
    /// How many flows are drawn.
    pub density: FlowDensity,
    /// What the map's nodes are: clusters, areas or single locations.
    pub grouping: Grouping,
    /// Whether flow widths and symbol sizes are scaled to all loaded data
    /// rather than to the filtered traces, so views compare.
    pub lock_scales: bool,
    /// Whether flows take their dominant weapon class's colour, their
    /// network's, or share one.
    pub coloring: FlowColoring,
    /// Investigation marks: flagged traces, overlaps, stale leads.
    pub marks: crate::scene::marks::MarkOptions,
    /// Colour scheme of the map.
    pub theme: Theme,
    /// The selected stores and sites.
    pub selection: Selection,
    /// The annotations shown with the view.
    pub annotations: Vec<Annotation>,
}

impl SavedView {
    /// The heading shown for the view.
    ///
    /// ```
    /// use corridor_core::briefing::SavedView;
    /// let mut view = SavedView { name: "Sonora".into(), ..Default::default() };
    /// assert_eq!(view.heading(), "Sonora");
    /// view.title = "Phoenix to Sinaloa".into();
    /// assert_eq!(view.heading(), "Phoenix to Sinaloa");
    /// ```
    pub fn heading(&self) -> &str {
        if self.title.trim().is_empty() {
            &self.name
        } else {
            &self.title
        }
    }
}

/// A name not yet used by `views`: `base`, or `base 2`, `base 3`, ...
///
/// ```
/// use corridor_core::briefing::{SavedView, view::unique_name};
/// let views = [SavedView { name: "View 1".into(), ..Default::default() }];
/// assert_eq!(unique_name(&views, "View 2"), "View 2");
/// assert_eq!(unique_name(&views, "View 1"), "View 1 2");
/// ```
pub fn unique_name(views: &[SavedView], base: &str) -> String {
    let taken = |name: &str| views.iter().any(|v| v.name == name);
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base} {n}"))
        .find(|name| !taken(name))
        .unwrap_or_else(|| base.to_owned())
}
