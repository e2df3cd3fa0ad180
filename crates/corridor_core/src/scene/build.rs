//! Turning aggregated flows into things to draw, once per change of data,
//! filter or style, for the map and the exporters alike.

use super::curve::flow_curve;
use super::legend::{Legend, LegendColor, nice_samples};
use super::style::{FlowColoring, Rgba, SceneStyle, class_color, palette};
use crate::aggregate::FlowSummary;
use crate::cluster::{ClusterLevel, Role};
use crate::geometry::mercator::{WorldPoint, project};
use crate::model::{Dataset, WeaponClass};

#[derive(Clone, Debug, PartialEq)]
pub struct FlowGlyph {
    /// Index into [`FlowSummary::flows`].
    pub flow: usize,
    pub path: Vec<WorldPoint>,
    pub width_px: f32,
    pub color: Rgba,
    pub count: u32,
    /// Radius of the recovery site's symbol, where the arrow must stop.
    pub end_trim_px: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolKind {
    Store,
    Site,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SymbolGlyph {
    pub kind: SymbolKind,
    /// Node id at the level (a cluster, or a single store or site).
    pub id: u32,
    pub at: WorldPoint,
    pub radius_px: f32,
    pub fill: Rgba,
    pub stroke: Rgba,
    pub count: u32,
    /// Locations in the node (1 for a single store or site).
    pub members: u32,
}

/// Everything the map draws on top of the basemap, in draw order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Widest first, so thin flows stay visible on top.
    pub flows: Vec<FlowGlyph>,
    /// Largest first, so small symbols stay visible on top.
    pub symbols: Vec<SymbolGlyph>,
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
    pub flow: u32,
    pub node: u32,
}

impl ScaleMax {
    pub fn of(summary: &FlowSummary) -> ScaleMax {
        ScaleMax {
            flow: summary.flows.iter().map(|f| f.count).max().unwrap_or(0),
            node: summary.node_totals.iter().copied().max().unwrap_or(0),
        }
    }
}

pub fn build_scene(
    level: &ClusterLevel,
    summary: &FlowSummary,
    style: &SceneStyle,
    locked: Option<ScaleMax>,
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
            let color = match style.coloring {
                FlowColoring::ByClass => class_color(flow.dominant_class(), style.theme),
                FlowColoring::Single => colors.single_flow,
            };
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
        symbols.push(SymbolGlyph {
            kind,
            id: node as u32,
            at: cluster.at,
            radius_px: symbol_radius_px(count, max_location, style),
            fill,
            stroke: colors.symbol_stroke,
            count,
            members: cluster.members,
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
                    label: class.label().to_owned(),
                    class: Some(class),
                    color: class_color(class, style.theme),
                })
                .collect()
        }
        FlowColoring::Single => vec![LegendColor {
            label: "All flows".to_owned(),
            class: None,
            color: colors.single_flow,
        }],
    };
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
    };
    Scene {
        flows,
        symbols,
        legend,
    }
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
