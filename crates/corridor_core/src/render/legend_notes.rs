//! The lines above the legend that say which flows are drawn and how the
//! map is grouped and scaled: a viewer must know when lines are left out.

use crate::aggregate::areas::AreaLevel;
use crate::aggregate::{FlowDensity, FlowSummary};
use crate::cluster::Grouping;
use crate::format::thousands;

/// One line each: the flows drawn, the grouping, the scale.
///
/// ```
/// use corridor_core::aggregate::{FlowDensity, FlowSummary};
/// use corridor_core::cluster::Grouping;
/// use corridor_core::render::legend_notes::legend_notes;
/// let mut summary = FlowSummary::default();
/// summary.flows_in_filter = 1500;
/// let density = FlowDensity { min_traces: 3, top: Some(0) };
/// let notes = legend_notes(&summary, &density, Grouping::Clusters, true);
/// assert_eq!(notes, [
///     "0 largest of 1,500 flows with at least 3 traces",
///     "Grouped: clusters by zoom",
///     "Scale locked to all loaded data",
/// ]);
/// ```
pub fn legend_notes(
    summary: &FlowSummary,
    density: &FlowDensity,
    grouping: Grouping,
    lock_scales: bool,
) -> [String; 3] {
    let mut drawn = if summary.flows.len() < summary.flows_in_filter {
        format!(
            "{} largest of {} flows",
            thousands(summary.flows.len() as u64),
            thousands(summary.flows_in_filter as u64)
        )
    } else {
        format!("All {} flows", thousands(summary.flows.len() as u64))
    };
    if density.min_traces > 1 {
        drawn.push_str(&format!(
            " with at least {} traces",
            thousands(density.min_traces)
        ));
    }
    let scale = if lock_scales {
        "Scale locked to all loaded data"
    } else {
        "Scale fitted to this filter"
    };
    [drawn, grouping_note(grouping).to_owned(), scale.to_owned()]
}

/// The legend's line saying what the map's nodes are under a grouping.
pub fn grouping_note(grouping: Grouping) -> &'static str {
    match grouping {
        Grouping::Clusters => "Grouped: clusters by zoom",
        Grouping::Areas(AreaLevel::State) => "Grouped: US states to Mexican states",
        Grouping::Areas(AreaLevel::Town) => "Grouped: towns to municipalities",
        Grouping::Areas(AreaLevel::Site) | Grouping::Locations => "Every store and site on its own",
    }
}

/// The attribution every map carries (the basemap's licences ask for it).
pub const ATTRIBUTION: &str = "Made with Natural Earth · Contains GeoNames data (CC BY 4.0)";
