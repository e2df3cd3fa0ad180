//! Turning aggregated flows into things to draw, once per change of data,
//! filter or style, for the map and the exporters alike.

use super::curve::flow_curve;
use super::legend::{Legend, LegendColor, LegendMark, LegendMarkKind, LegendText, nice_samples};
use super::marks::{InvestigationFacts, NO_NETWORK, carries};
use super::style::{
    FlowColoring, Rgba, SceneStyle, class_color, flagged_color, network_color, no_network_color,
    overlap_color, palette,
};
use crate::aggregate::FlowSummary;
use crate::cluster::{ClusterLevel, Role};
use crate::geometry::mercator::{WorldPoint, project};
use crate::investigate::lead_age::AgeBand;
use crate::model::{Dataset, WeaponClass};

/// One flow as the map draws it: a curve between two nodes with its width,
/// colour and count.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowGlyph {
    /// Index into [`FlowSummary::flows`].
    pub flow: usize,
    /// The curve from the origin node to the destination node, in world
    /// (unit-square Web Mercator) coordinates.
    pub path: Vec<WorldPoint>,
    /// Line width in pixels, proportional to the count (see [`flow_width_px`]).
    pub width_px: f32,
    /// Line colour: that of the flow's dominant weapon class, or the single flow
    /// colour of the theme.
    pub color: Rgba,
    /// Traces the flow carries.
    pub count: u32,
    /// Radius of the recovery site's symbol, where the arrow must stop.
    pub end_trim_px: f32,
    /// An outline under the line, when it carries a flagged trace and
    /// flagged traces are marked.
    pub halo: Option<Rgba>,
}

/// Whether a symbol stands for the buying or the recovering end of flows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolKind {
    /// A US gun store, or a cluster or area of stores: where flows start.
    Store,
    /// A recovery site in Mexico, or a cluster or area of sites: where flows end.
    Site,
}

/// One node of the level as the map draws it: a circle sized by its traces.
#[derive(Clone, Debug, PartialEq)]
pub struct SymbolGlyph {
    /// Store or recovery-site symbol.
    pub kind: SymbolKind,
    /// Node id at the level (a cluster, or a single store or site).
    pub id: u32,
    /// Centre of the circle, in world coordinates.
    pub at: WorldPoint,
    /// Radius in pixels; the area grows with the count (see
    /// [`symbol_radius_px`]).
    pub radius_px: f32,
    /// Fill colour: the theme's store or site colour.
    pub fill: Rgba,
    /// Outline colour.
    pub stroke: Rgba,
    /// Filtered traces at the node: bought there for stores, recovered there
    /// for sites.
    pub count: u32,
    /// Locations in the node (1 for a single store or site).
    pub members: u32,
    /// A ring around the symbol: another agency also holds records there
    /// (when overlaps are marked), else it has flagged traces (when those
    /// are).
    pub ring: Option<Rgba>,
    /// Every location in it is known only to its state or country: drawn
    /// as a hollow, dashed circle (no fill) so it reads as an area, not a
    /// town.
    pub hollow: bool,
}

/// Everything the map draws on top of the basemap, in draw order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Widest first, so thin flows stay visible on top.
    pub flows: Vec<FlowGlyph>,
    /// Largest first, so small symbols stay visible on top.
    pub symbols: Vec<SymbolGlyph>,
    /// The scales and colours the legend explains for these flows and symbols.
    pub legend: Legend,
}

/// Width proportional to the count, never thinner than the minimum.
pub fn flow_width_px(count: u32, max_count: u32, style: &SceneStyle) -> f32 {
    if max_count == 0 {
        return style.min_flow_width_px;
    }
    (style.max_flow_width_px * count as f32 / max_count as f32).max(style.min_flow_width_px)
}

/// Symbol area proportional to the count.
pub fn symbol_radius_px(count: u32, max_count: u32, style: &SceneStyle) -> f32 {
    if max_count == 0 {
        return style.min_symbol_radius_px;
    }
    (style.max_symbol_radius_px * (count as f32 / max_count as f32).sqrt())
        .max(style.min_symbol_radius_px)
}

/// The largest flow and node the widths and sizes are scaled to. Taken from
/// the data shown unless locked (then from all loaded data at the level),
/// so views stay comparable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ScaleMax {
    /// Trace count drawn at the widest line: the largest flow's.
    pub flow: u32,
    /// Trace count drawn as the largest symbol: the busiest node's.
    pub node: u32,
}

impl ScaleMax {
    /// The largest flow and node total in a summary.
    pub fn of(summary: &FlowSummary) -> ScaleMax {
        ScaleMax {
            flow: summary.flows.iter().map(|f| f.count).max().unwrap_or(0),
            node: summary.node_totals.iter().copied().max().unwrap_or(0),
        }
    }
}

/// Turns counted flows at a level into a scene in a style: a curve per flow
/// (widest first), a symbol per node that has traces (largest first), and the
/// legend. Widths and sizes are scaled to the largest flow and node in
/// `summary`, or to `locked` where that is larger. `facts` (counted with
/// the flows when a mark or network colouring asks for them) give the
/// investigation marks; without them none is drawn.
pub fn build_scene(
    level: &ClusterLevel,
    summary: &FlowSummary,
    style: &SceneStyle,
    locked: Option<ScaleMax>,
    facts: Option<&InvestigationFacts>,
) -> Scene {
    let colors = palette(style.theme);
    let own = ScaleMax::of(summary);
    // A locked scale never shrinks below what is on screen.
    let scale = locked.map_or(own, |l| ScaleMax {
        flow: l.flow.max(own.flow),
        node: l.node.max(own.node),
    });
    let (max_flow, max_location) = (scale.flow, scale.node);
    let node_at = |node: u32| {
        level
            .clusters
            .get(node as usize)
            .map_or(WorldPoint::default(), |c| c.at)
    };
    let mut flows: Vec<FlowGlyph> = summary
        .flows
        .iter()
        .enumerate()
        .map(|(i, flow)| {
            let fact = facts.and_then(|f| f.flows.get(i));
            let mut color = match (style.coloring, fact) {
                (FlowColoring::ByClass, _) => class_color(flow.dominant_class(), style.theme),
                (FlowColoring::Single, _) => colors.single_flow,
                (FlowColoring::ByNetwork, Some(fact)) if fact.network != NO_NETWORK => {
                    network_color(fact.network, style.theme)
                }
                (FlowColoring::ByNetwork, _) => no_network_color(style.theme),
            };
            let stale = facts.and_then(|f| f.flow_band.get(i)) == Some(&AgeBand::Stale);
            if style.marks.fade_stale && stale {
                color = color.with_alpha(STALE_ALPHA);
            }
            let halo = fact
                .is_some_and(|f| carries(&f.flagged, style.marks.flagged))
                .then(|| flagged_color(style.theme));
            FlowGlyph {
                flow: i,
                path: flow_curve(node_at(flow.origin), node_at(flow.dest), style.curvature),
                width_px: flow_width_px(flow.count, max_flow, style),
                color,
                count: flow.count,
                end_trim_px: symbol_radius_px(
                    summary
                        .node_totals
                        .get(flow.dest as usize)
                        .copied()
                        .unwrap_or(0),
                    max_location,
                    style,
                ),
                halo,
            }
        })
        .collect();
    flows.sort_by(|a, b| b.count.cmp(&a.count).then(a.flow.cmp(&b.flow)));

    let mut symbols = Vec::new();
    for (node, &count) in summary.node_totals.iter().enumerate() {
        let Some(cluster) = level.clusters.get(node) else {
            continue;
        };
        if count == 0 {
            continue;
        }
        let (kind, fill) = match cluster.role {
            Role::Store => (SymbolKind::Store, colors.store_fill),
            Role::Site => (SymbolKind::Site, colors.site_fill),
        };
        let overlap = style.marks.overlaps
            && facts.is_some_and(|f| f.node_overlap.get(node).copied().unwrap_or(false));
        let flagged = facts.is_some_and(|f| {
            f.node_flagged
                .get(node)
                .is_some_and(|counts| carries(counts, style.marks.flagged))
        });
        let ring = if overlap {
            Some(overlap_color(style.theme))
        } else if flagged {
            Some(flagged_color(style.theme))
        } else {
            None
        };
        symbols.push(SymbolGlyph {
            kind,
            id: node as u32,
            at: cluster.at,
            radius_px: symbol_radius_px(count, max_location, style),
            fill,
            stroke: colors.symbol_stroke,
            count,
            members: cluster.members,
            ring,
            hollow: cluster.coarse,
        });
    }
    symbols.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then((a.kind as u8, a.id).cmp(&(b.kind as u8, b.id)))
    });

    let legend_colors = match style.coloring {
        FlowColoring::ByClass => {
            let mut present = [false; WeaponClass::COUNT];
            for flow in &summary.flows {
                present[flow.dominant_class().index()] = true;
            }
            WeaponClass::ALL
                .into_iter()
                .filter(|c| present[c.index()])
                .map(|class| LegendColor {
                    label: LegendText::Class(class),
                    class: Some(class),
                    color: class_color(class, style.theme),
                })
                .collect()
        }
        FlowColoring::Single => vec![LegendColor {
            label: LegendText::AllFlows,
            class: None,
            color: colors.single_flow,
        }],
        FlowColoring::ByNetwork => network_legend(facts, style),
    };
    let color_title = match style.coloring {
        FlowColoring::ByClass => LegendText::ColourByClass,
        FlowColoring::Single => LegendText::ColourSingle,
        FlowColoring::ByNetwork => LegendText::ColourByNetwork,
    };
    let mut marks = legend_marks(facts, style);
    if symbols.iter().any(|s| s.hollow) {
        marks.push(LegendMark {
            kind: LegendMarkKind::Dashed,
            label: LegendText::Dashed,
            color: palette(style.theme).label,
        });
    }
    let legend = Legend {
        flow_widths: nice_samples(max_flow)
            .into_iter()
            .map(|n| (n, flow_width_px(n, max_flow, style)))
            .collect(),
        symbol_sizes: nice_samples(max_location)
            .into_iter()
            .map(|n| (n, symbol_radius_px(n, max_location, style)))
            .collect(),
        colors: legend_colors,
        store_fill: colors.store_fill,
        site_fill: colors.site_fill,
        color_title,
        marks,
    };
    Scene {
        flows,
        symbols,
        legend,
    }
}

/// Opacity of a stale lead's flow when stale leads are faded.
const STALE_ALPHA: u8 = 60;

/// Networks shown in the legend by name; more are "other networks".
const NETWORKS_IN_LEGEND: usize = 6;

/// The colour key of flows coloured by network: the networks drawn, by
/// rank (the largest first), then the flows of none.
fn network_legend(facts: Option<&InvestigationFacts>, style: &SceneStyle) -> Vec<LegendColor> {
    let mut ranks: Vec<u32> = facts
        .map(|f| f.flows.iter().map(|f| f.network).collect())
        .unwrap_or_default();
    let none = ranks.contains(&NO_NETWORK) || facts.is_none();
    ranks.retain(|&r| r != NO_NETWORK);
    ranks.sort_unstable();
    ranks.dedup();
    let mut colors: Vec<LegendColor> = ranks
        .iter()
        .take(NETWORKS_IN_LEGEND)
        .map(|&rank| LegendColor {
            label: LegendText::Network(rank + 1),
            class: None,
            color: network_color(rank, style.theme),
        })
        .collect();
    if ranks.len() > NETWORKS_IN_LEGEND {
        colors.push(LegendColor {
            label: LegendText::MoreNetworks(ranks.len() - NETWORKS_IN_LEGEND),
            class: None,
            color: network_color(NETWORKS_IN_LEGEND as u32, style.theme),
        });
    }
    if none {
        colors.push(LegendColor {
            label: LegendText::NoNetwork,
            class: None,
            color: no_network_color(style.theme),
        });
    }
    colors
}

/// The keys of the marks drawn.
fn legend_marks(facts: Option<&InvestigationFacts>, style: &SceneStyle) -> Vec<LegendMark> {
    let Some(facts) = facts else {
        return Vec::new();
    };
    let mut marks = Vec::new();
    if !style.marks.flagged.is_empty() {
        marks.push(LegendMark {
            kind: LegendMarkKind::Outline,
            label: LegendText::Outlined(style.marks.flagged.iter().collect()),
            color: flagged_color(style.theme),
        });
    }
    if style.marks.overlaps && facts.node_overlap.iter().any(|&o| o) {
        marks.push(LegendMark {
            kind: LegendMarkKind::Ring,
            label: LegendText::Ringed,
            color: overlap_color(style.theme),
        });
    }
    if style.marks.fade_stale {
        marks.push(LegendMark {
            kind: LegendMarkKind::Faded,
            label: LegendText::Faded {
                stale_after_days: facts.stale_after_days,
                as_of: facts.as_of,
            },
            color: palette(style.theme).label,
        });
    }
    marks
}

/// World rectangle holding every loaded store and site, for "fit to data".
pub fn data_bounds(dataset: &Dataset) -> Option<(WorldPoint, WorldPoint)> {
    bounds_of(
        dataset
            .stores
            .iter()
            .map(|s| project(s.lat_deg, s.lon_deg))
            .chain(dataset.sites.iter().map(|s| project(s.lat_deg, s.lon_deg))),
    )
}

/// World rectangle of what a scene draws (its symbols), for "fit": the
/// data in the filter, not every loaded location (a store in Alaska with
/// no trace in the filter does not widen the view).
pub fn scene_bounds(scene: &Scene) -> Option<(WorldPoint, WorldPoint)> {
    bounds_of(scene.symbols.iter().map(|s| s.at))
}

/// The contiguous United States and Mexico, framed when there is nothing
/// to fit: where Corridor's data lies, without Alaska and Hawaii.
///
/// ```
/// use corridor_core::geometry::mercator::unproject;
/// use corridor_core::scene::build::contiguous_us_mexico;
/// let (min, max) = contiguous_us_mexico();
/// let ((north, west), (south, east)) = (unproject(min), unproject(max));
/// assert!(north > 49.0 && south < 15.0 && west < -124.0 && east > -67.0);
/// assert!(north < 50.0 && west > -126.0, "no Alaska");
/// ```
pub fn contiguous_us_mexico() -> (WorldPoint, WorldPoint) {
    (project(49.5, -125.0), project(14.4, -66.5))
}

/// World bounds of the selected stores and sites (`None` for an empty
/// selection), to frame a corridor.
pub fn selection_bounds(
    dataset: &Dataset,
    selection: &crate::aggregate::Selection,
) -> Option<(WorldPoint, WorldPoint)> {
    let stores = selection
        .stores
        .iter()
        .filter_map(|&i| dataset.stores.get(i as usize))
        .map(|s| project(s.lat_deg, s.lon_deg));
    let sites = selection
        .sites
        .iter()
        .filter_map(|&i| dataset.sites.get(i as usize))
        .map(|s| project(s.lat_deg, s.lon_deg));
    bounds_of(stores.chain(sites))
}

fn bounds_of(points: impl Iterator<Item = WorldPoint>) -> Option<(WorldPoint, WorldPoint)> {
    let mut bounds: Option<(WorldPoint, WorldPoint)> = None;
    for p in points {
        bounds = Some(match bounds {
            None => (p, p),
            Some((min, max)) => (
                WorldPoint::new(min.x.min(p.x), min.y.min(p.y)),
                WorldPoint::new(max.x.max(p.x), max.y.max(p.y)),
            ),
        });
    }
    bounds
}
