//! A link chart (`investigate::link_chart`) as GraphML (Gephi, yEd,
//! Maltego's import) or as i2 Analyst's Notebook exchange XML (ANX).

use crate::i18n::Lang;
use std::io;

/// The link types of ANX and GraphML files are names the analyst's chart
/// tool keys its styles on, like the column names of the CSV export: kept
/// in English whatever the interface's language.
const LINK_TYPE_LANG: Lang = Lang::En;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::investigate::link_chart::{EdgeKind, LinkChart, NodeKind};
use crate::investigate::networks::LinkKind;

/// The chart as GraphML: node attributes `label`, `kind` (purchaser or
/// store), `network`, `traces`; edge attributes `kind` (bought_at, case,
/// recovery, address, store_day) and `weight`.
///
/// ```
/// use corridor_core::export::link_chart_xml::graphml;
/// use corridor_core::investigate::link_chart::LinkChart;
/// let text = String::from_utf8(graphml(&LinkChart::default()).unwrap()).unwrap();
/// assert!(text.contains("<graphml") && text.contains("edgedefault=\"undirected\""));
/// ```
pub fn graphml(chart: &LinkChart) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"))
        .write_inner_content(|w| {
            for (id, target, name, kind) in [
                ("label", "node", "label", "string"),
                ("kind", "node", "kind", "string"),
                ("network", "node", "network", "int"),
                ("traces", "node", "traces", "int"),
                ("edge_kind", "edge", "kind", "string"),
                ("weight", "edge", "weight", "int"),
            ] {
                w.create_element("key")
                    .with_attribute(("id", id))
                    .with_attribute(("for", target))
                    .with_attribute(("attr.name", name))
                    .with_attribute(("attr.type", kind))
                    .write_empty()?;
            }
            w.create_element("graph")
                .with_attribute(("id", "corridor-networks"))
                .with_attribute(("edgedefault", "undirected"))
                .write_inner_content(|w| {
                    for node in &chart.nodes {
                        w.create_element("node")
                            .with_attribute(("id", node.id.as_str()))
                            .write_inner_content(|w| {
                                data(w, "label", &node.label)?;
                                data(w, "kind", node.kind.id())?;
                                data(w, "network", &node.network.to_string())?;
                                data(w, "traces", &node.traces.to_string())
                            })?;
                    }
                    for (i, edge) in chart.edges.iter().enumerate() {
                        w.create_element("edge")
                            .with_attribute(("id", format!("e{i}").as_str()))
                            .with_attribute(("source", edge.from.as_str()))
                            .with_attribute(("target", edge.to.as_str()))
                            .write_inner_content(|w| {
                                data(w, "edge_kind", edge.kind.id())?;
                                data(w, "weight", &edge.weight.to_string())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(w.into_inner())
}

fn data(w: &mut Writer<Vec<u8>>, key: &str, value: &str) -> io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

/// The chart as i2 Analyst's Notebook exchange XML (ANX): entity types
/// Purchaser (Person icon) and Store (Shop icon), link types per edge kind,
/// one chart item per node (laid out in a grid: purchasers in the first
/// rows, stores below) and per edge (a "bought at" link labelled with its
/// traces).
///
/// ```
/// use corridor_core::export::link_chart_xml::anx;
/// use corridor_core::investigate::link_chart::LinkChart;
/// let text = String::from_utf8(anx(&LinkChart::default()).unwrap()).unwrap();
/// assert!(text.contains("<Chart") && text.contains("<ChartItemCollection"));
/// ```
pub fn anx(chart: &LinkChart) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let link_kinds = [
        EdgeKind::BoughtAt,
        EdgeKind::Link(LinkKind::Case),
        EdgeKind::Link(LinkKind::Recovery),
        EdgeKind::Link(LinkKind::Address),
        EdgeKind::Link(LinkKind::StoreDay),
    ];
    w.create_element("Chart")
        .with_attribute(("IdReferenceLinking", "false"))
        .with_attribute(("Rigorous", "false"))
        .write_inner_content(|w| {
            w.create_element("LinkTypeCollection")
                .write_inner_content(|w| {
                    for kind in link_kinds {
                        w.create_element("LinkType")
                            .with_attribute(("Name", &*kind.label(LINK_TYPE_LANG)))
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            w.create_element("EntityTypeCollection")
                .write_inner_content(|w| {
                    for (name, icon) in [("Purchaser", "Person"), ("Store", "Shop")] {
                        w.create_element("EntityType")
                            .with_attribute(("Name", name))
                            .with_attribute(("IconFile", icon))
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            w.create_element("ChartItemCollection")
                .write_inner_content(|w| {
                    let per_row = 12;
                    let mut placed = [0usize; 2];
                    for node in &chart.nodes {
                        let band = usize::from(node.kind == NodeKind::Store);
                        let i = placed[band];
                        placed[band] += 1;
                        let x = (i % per_row) * 120;
                        let y = band * 600 + (i / per_row) * 120;
                        let kind = match node.kind {
                            NodeKind::Purchaser => "Purchaser",
                            NodeKind::Store => "Store",
                        };
                        w.create_element("ChartItem")
                            .with_attribute(("Label", node.label.as_str()))
                            .with_attribute(("DateSet", "false"))
                            .with_attribute(("XPosition", x.to_string().as_str()))
                            .write_inner_content(|w| {
                                w.create_element("End")
                                    .with_attribute(("Y", y.to_string().as_str()))
                                    .write_inner_content(|w| {
                                        w.create_element("Entity")
                                            .with_attribute(("EntityId", node.id.as_str()))
                                            .with_attribute(("Identity", node.label.as_str()))
                                            .write_inner_content(|w| {
                                                w.create_element("Icon").write_inner_content(
                                                    |w| {
                                                        w.create_element("IconStyle")
                                                            .with_attribute(("Type", kind))
                                                            .write_empty()?;
                                                        Ok(())
                                                    },
                                                )?;
                                                Ok(())
                                            })?;
                                        Ok(())
                                    })?;
                                Ok(())
                            })?;
                    }
                    for edge in &chart.edges {
                        let label = match edge.kind {
                            EdgeKind::BoughtAt => format!("bought at ({} traces)", edge.weight),
                            EdgeKind::Link(kind) => kind.label(LINK_TYPE_LANG).to_lowercase(),
                        };
                        w.create_element("ChartItem")
                            .with_attribute(("Label", label.as_str()))
                            .with_attribute(("DateSet", "false"))
                            .write_inner_content(|w| {
                                w.create_element("Link")
                                    .with_attribute(("End1Id", edge.from.as_str()))
                                    .with_attribute(("End2Id", edge.to.as_str()))
                                    .write_inner_content(|w| {
                                        w.create_element("LinkStyle")
                                            .with_attribute((
                                                "Type",
                                                &*edge.kind.label(LINK_TYPE_LANG),
                                            ))
                                            .with_attribute((
                                                "ArrowStyle",
                                                match edge.kind {
                                                    EdgeKind::BoughtAt => "ArrowOnHead",
                                                    EdgeKind::Link(_) => "ArrowNone",
                                                },
                                            ))
                                            .write_empty()?;
                                        Ok(())
                                    })?;
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(w.into_inner())
}
