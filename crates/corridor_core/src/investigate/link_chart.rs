//! A network as a link chart: purchasers and stores as nodes, purchases and
//! the links between purchasers as edges, with the redaction applied. The
//! GraphML and ANX exports write it (`export::link_chart_xml`).

use crate::i18n::Lang;
use rustc_hash::FxHashMap;

use super::networks::{LinkKind, Networks};
use crate::briefing::Redaction;
use crate::briefing::aliases::{PurchaserAliases, dealer_alias};
use crate::model::{Dataset, StoreId};

/// What a node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A purchaser.
    Purchaser,
    /// A store (dealer).
    Store,
}

impl NodeKind {
    /// Stable id, as the files write it.
    pub fn id(self) -> &'static str {
        match self {
            NodeKind::Purchaser => "purchaser",
            NodeKind::Store => "store",
        }
    }
}

/// A node of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartNode {
    /// Unique in the chart: `p12` (purchaser 12), `s40` (store 40).
    pub id: String,
    /// What it is.
    pub kind: NodeKind,
    /// Its name as shown: a purchaser id or alias, a store name or alias.
    pub label: String,
    /// The network it belongs to (1 = the largest), for a purchaser; the
    /// first network that bought there, for a store.
    pub network: usize,
    /// Traces of the network behind the node.
    pub traces: u32,
}

/// What an edge says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EdgeKind {
    /// The purchaser bought at the store.
    BoughtAt,
    /// The purchasers are linked.
    Link(LinkKind),
}

impl EdgeKind {
    /// Stable id, as the files write it.
    pub fn id(self) -> &'static str {
        match self {
            EdgeKind::BoughtAt => "bought_at",
            EdgeKind::Link(kind) => kind.id(),
        }
    }

    /// Words for a chart, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        match self {
            EdgeKind::BoughtAt => crate::t!(lang, "link-bought-at"),
            EdgeKind::Link(kind) => kind.label(lang),
        }
    }
}

/// An edge of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartEdge {
    /// Node id it starts at.
    pub from: String,
    /// Node id it ends at.
    pub to: String,
    /// What it says.
    pub kind: EdgeKind,
    /// Traces (purchases) behind a "bought at" edge; 1 for a link.
    pub weight: u32,
}

/// Nodes and edges of one network or of all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinkChart {
    /// Purchasers, then stores.
    pub nodes: Vec<ChartNode>,
    /// Purchases, then links.
    pub edges: Vec<ChartEdge>,
}

/// The chart of network `only` (an index into `networks.list`), or of every
/// network. Under redaction purchasers are their aliases and, with dealer
/// names hidden, stores theirs.
pub fn link_chart(
    dataset: &Dataset,
    networks: &Networks,
    only: Option<usize>,
    redaction: Redaction,
) -> LinkChart {
    let wanted = |n: usize| only.is_none_or(|o| o == n);
    let aliases = redaction
        .identifiers
        .then(|| PurchaserAliases::build(dataset));
    let purchaser_label = |p: u32| networks.shown_label(dataset, p, aliases.as_ref());
    let store_label = |s: StoreId| {
        if redaction.dealer_names {
            dealer_alias(s)
        } else {
            dataset.store_label(s)
        }
    };
    let mut chart = LinkChart::default();
    let mut purchases: FxHashMap<(u32, StoreId), u32> = FxHashMap::default();
    let mut store_network: FxHashMap<StoreId, (usize, u32)> = FxHashMap::default();
    for (n, network) in networks.list.iter().enumerate() {
        if !wanted(n) {
            continue;
        }
        let mut traces_of: FxHashMap<u32, u32> = FxHashMap::default();
        for &row in &network.traces {
            let row = row as usize;
            let Some(p) = networks.purchasers.of(row) else {
                continue;
            };
            let firearms = dataset.traces.count(row);
            *traces_of.entry(p).or_default() += firearms;
            let store = dataset.traces.store[row];
            *purchases.entry((p, store)).or_default() += firearms;
            let entry = store_network.entry(store).or_insert((n + 1, 0));
            entry.1 += firearms;
        }
        for &p in &network.purchasers {
            chart.nodes.push(ChartNode {
                id: format!("p{p}"),
                kind: NodeKind::Purchaser,
                label: purchaser_label(p),
                network: n + 1,
                traces: traces_of.get(&p).copied().unwrap_or(0),
            });
        }
    }
    let mut stores: Vec<(StoreId, (usize, u32))> = store_network.into_iter().collect();
    stores.sort_by_key(|(s, _)| *s);
    for (store, (network, traces)) in stores {
        chart.nodes.push(ChartNode {
            id: format!("s{}", store.0),
            kind: NodeKind::Store,
            label: store_label(store),
            network,
            traces,
        });
    }
    let mut bought: Vec<((u32, StoreId), u32)> = purchases.into_iter().collect();
    bought.sort();
    chart
        .edges
        .extend(bought.into_iter().map(|((p, s), n)| ChartEdge {
            from: format!("p{p}"),
            to: format!("s{}", s.0),
            kind: EdgeKind::BoughtAt,
            weight: n,
        }));
    let in_chart = |p: u32| {
        let n = networks.of_purchaser[p as usize];
        n != u32::MAX && wanted(n as usize)
    };
    chart.edges.extend(
        networks
            .links
            .iter()
            .filter(|(a, b, _)| in_chart(*a) && in_chart(*b))
            .map(|&(a, b, kind)| ChartEdge {
                from: format!("p{a}"),
                to: format!("p{b}"),
                kind: EdgeKind::Link(kind),
                weight: 1,
            }),
    );
    chart
}
