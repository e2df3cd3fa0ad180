//! Names of stores and map nodes with the redaction applied: a dealer's
//! name goes, its town stays, so a redacted map still says where guns
//! were bought.

use super::Redaction;
use super::aliases::dealer_alias;
#[cfg(test)]
use super::redaction::REDACTED;
use crate::cluster::naming::node_label;
use crate::cluster::{ClusterLevel, Role};
use crate::model::{Dataset, SiteId, StoreId};
use crate::search::{SearchHit, SearchKind};

/// `Name, City, ST`, or `Dealer C, City, ST` when dealer names are hidden
/// (a stable alias, see [`dealer_alias`]).
pub fn store_label(dataset: &Dataset, id: StoreId, redaction: Redaction) -> String {
    if !redaction.dealer_names {
        return dataset.store_label(id);
    }
    let store = dataset.store(id);
    let place = [dataset.str(store.city), dataset.str(store.state)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let alias = dealer_alias(id);
    if place.is_empty() {
        alias
    } else {
        format!("{alias}, {place}")
    }
}

/// A dealer's name as it may be shown (its store key when the source gave
/// no name), or its alias (`Dealer C`) when dealer names are hidden.
pub fn store_name(dataset: &Dataset, id: StoreId, redaction: Redaction) -> String {
    if redaction.dealer_names {
        return dealer_alias(id);
    }
    let store = dataset.store(id);
    match dataset.str(store.name) {
        "" => dataset.str(store.key).to_owned(),
        name => name.to_owned(),
    }
}

/// A store's state by name ("Texas") where the state table knows it, as
/// the source gave it otherwise.
pub fn store_state(dataset: &Dataset, id: StoreId) -> String {
    let given = dataset.str(dataset.store(id).state);
    crate::basemap::normalize_state(given)
        .and_then(|code| {
            let table = crate::basemap::StateTable::embedded().ok()?;
            Some(table.get(code)?.name.clone())
        })
        .unwrap_or_else(|| given.to_owned())
}

/// A store's FFL number as it may be shown.
pub fn store_ffl(dataset: &Dataset, id: StoreId, redaction: Redaction) -> String {
    redaction
        .dealer(dataset.str(dataset.store(id).ffl))
        .into_owned()
}

/// [`node_label`] with the redaction applied. Clusters are named after a
/// town unless they hold one store, whose own label is its dealer's name.
pub fn redacted_node_label(
    dataset: &Dataset,
    level: &ClusterLevel,
    node: u32,
    redaction: Redaction,
) -> String {
    let label = node_label(dataset, level, node);
    if !redaction.dealer_names {
        return label;
    }
    let Some(cluster) = level.clusters.get(node as usize) else {
        return label;
    };
    if cluster.role != Role::Store {
        return label;
    }
    let heaviest = StoreId(cluster.heaviest);
    let own = dataset.store_label(heaviest);
    let name = dataset.str(dataset.store(heaviest).name);
    if label == own || (!name.is_empty() && label.contains(name)) {
        let redacted = store_label(dataset, heaviest, redaction);
        if label == own {
            redacted
        } else {
            label
                .replace(&own, &redacted)
                .replace(name, &dealer_alias(heaviest))
        }
    } else {
        label
    }
}

/// Search results as they may be shown: serial numbers are dropped when
/// identifiers are hidden (a result would confirm the serial), dealers when
/// dealer names are, and a trace's route names its store's town only.
pub fn redact_hits(
    hits: Vec<SearchHit>,
    dataset: &Dataset,
    redaction: Redaction,
) -> Vec<SearchHit> {
    hits.into_iter()
        .filter(|hit| match hit.kind {
            SearchKind::Serial => !redaction.identifiers,
            SearchKind::Dealer => !redaction.dealer_names,
            SearchKind::Trace | SearchKind::Place | SearchKind::State => true,
        })
        .map(|mut hit| {
            if redaction.dealer_names
                && hit.kind == SearchKind::Trace
                && let (Some(&store), Some(&site)) =
                    (hit.select.stores.first(), hit.select.sites.first())
                && (store as usize) < dataset.stores.len()
                && (site as usize) < dataset.sites.len()
            {
                hit.detail = crate::phrase!(
                    "search-trace-detail",
                    store = store_label(dataset, StoreId(store), redaction),
                    site = dataset.site_label(SiteId(site))
                );
            }
            hit
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::ClusterTree;

    fn demo() -> Dataset {
        crate::demo::load_demo_for_tests()
    }

    #[test]
    fn no_dealer_name_survives_at_any_level() {
        let dataset = demo();
        assert!(!dataset.stores.is_empty());
        let names: Vec<&str> = dataset
            .stores
            .iter()
            .map(|s| dataset.str(s.name))
            .filter(|n| !n.is_empty())
            .collect();
        assert!(!names.is_empty());
        let hide = Redaction {
            identifiers: true,
            dealer_names: true,
        };
        let tree = ClusterTree::build(&dataset);
        let mut singles = 0;
        for level in &tree.levels {
            for node in 0..level.clusters.len() as u32 {
                let shown = redacted_node_label(&dataset, level, node, hide);
                for name in &names {
                    assert!(!shown.contains(name), "{shown} names {name}");
                }
                let plain = redacted_node_label(&dataset, level, node, Redaction::NONE);
                assert_eq!(plain, node_label(&dataset, level, node));
                if level.clusters[node as usize].members == 1
                    && level.clusters[node as usize].role == Role::Store
                {
                    singles += 1;
                    // A stable alias in place of the name.
                    let heaviest = StoreId(level.clusters[node as usize].heaviest);
                    assert!(shown.starts_with(&dealer_alias(heaviest)), "{shown}");
                    assert_ne!(shown, plain);
                }
            }
        }
        assert!(singles > 0, "single stores are labelled by name somewhere");
        for i in 0..dataset.stores.len() as u32 {
            assert!(!store_label(&dataset, StoreId(i), hide).contains(names[0]));
            assert_eq!(store_ffl(&dataset, StoreId(i), hide), REDACTED);
        }
    }

    #[test]
    fn search_hides_serials_and_dealers() {
        let dataset = demo();
        let index = crate::search::SearchIndex::build(&dataset, None);
        let serial = dataset.traces.serial.get(0).to_owned();
        let trace = dataset.traces.trace_id.get(0).to_owned();
        let store = dataset.traces.store[0];
        let dealer = dataset.str(dataset.store(store).name).to_owned();
        assert!(!serial.is_empty() && !dealer.is_empty());
        let hits = |q: &str, r: Redaction| redact_hits(index.query(&dataset, q), &dataset, r);
        assert!(
            hits(&serial, Redaction::NONE)
                .iter()
                .any(|h| h.kind == SearchKind::Serial)
        );
        let ids = Redaction {
            identifiers: true,
            dealer_names: false,
        };
        assert!(
            hits(&serial, ids)
                .iter()
                .all(|h| h.kind != SearchKind::Serial)
        );
        assert!(
            hits(&dealer, ids)
                .iter()
                .any(|h| h.kind == SearchKind::Dealer)
        );
        let all = Redaction {
            identifiers: true,
            dealer_names: true,
        };
        assert!(
            hits(&dealer, all)
                .iter()
                .all(|h| h.kind != SearchKind::Dealer)
        );
        let by_id = hits(&trace, all);
        let found = by_id
            .iter()
            .find(|h| h.kind == SearchKind::Trace)
            .expect("trace ids stay searchable");
        let detail = found.detail.to_string();
        assert!(!detail.contains(&dealer), "{detail}");
        assert!(detail.starts_with("Dealer "), "{detail}");
    }
}
