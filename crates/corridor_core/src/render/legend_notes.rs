//! The lines above the legend that say which flows are drawn and how the
//! map is grouped and scaled: a viewer must know when lines are left out.

use crate::aggregate::areas::AreaLevel;
use crate::aggregate::{FlowDensity, FlowSummary};
use crate::cluster::Grouping;
use crate::i18n::Lang;
use crate::t;

/// One line each: the flows drawn, the grouping, the scale.
///
/// ```
/// use corridor_core::aggregate::{FlowDensity, FlowSummary};
/// use corridor_core::cluster::Grouping;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::legend_notes::legend_notes;
/// let mut summary = FlowSummary::default();
/// summary.flows_in_filter = 1500;
/// let density = FlowDensity { min_traces: 3, top: Some(0) };
/// let notes = legend_notes(&summary, &density, Grouping::Clusters, true, Lang::En);
/// assert_eq!(notes, [
///     "0 largest of 1,500 flows with at least 3 traces",
///     "Grouped: clusters by zoom",
///     "Scale locked to all loaded data",
/// ]);
/// let notes = legend_notes(&summary, &density, Grouping::Clusters, false, Lang::Es);
/// assert_eq!(notes[0], "Los 0 mayores de 1,500 flujos con al menos 3 rastreos");
/// assert_eq!(notes[2], "Escala ajustada a este filtro");
/// ```
pub fn legend_notes(
    summary: &FlowSummary,
    density: &FlowDensity,
    grouping: Grouping,
    lock_scales: bool,
    lang: Lang,
) -> [String; 3] {
    let (shown, total, min) = (
        summary.flows.len(),
        summary.flows_in_filter,
        density.min_traces,
    );
    let drawn = match (shown < total, min > 1) {
        (true, true) => t!(
            lang,
            "legend-drawn-some-min",
            shown = shown,
            total = total,
            min = min
        ),
        (true, false) => t!(lang, "legend-drawn-some", shown = shown, total = total),
        (false, true) => t!(lang, "legend-drawn-all-min", shown = shown, min = min),
        (false, false) => t!(lang, "legend-drawn-all", shown = shown),
    };
    let scale = if lock_scales {
        t!(lang, "legend-scale-locked")
    } else {
        t!(lang, "legend-scale-fitted")
    };
    [drawn, grouping_note(grouping, lang), scale]
}

/// The legend's line saying what the map's nodes are under a grouping.
pub fn grouping_note(grouping: Grouping, lang: Lang) -> String {
    match grouping {
        Grouping::Clusters => t!(lang, "legend-grouped-clusters"),
        Grouping::Areas(AreaLevel::State) => t!(lang, "legend-grouped-states"),
        Grouping::Areas(AreaLevel::Town) => t!(lang, "legend-grouped-towns"),
        Grouping::Areas(AreaLevel::Site) | Grouping::Locations => t!(lang, "legend-grouped-none"),
    }
}

/// The attribution every map carries (the basemap's licences ask for it).
pub fn attribution(lang: Lang) -> String {
    t!(lang, "legend-attribution")
}
