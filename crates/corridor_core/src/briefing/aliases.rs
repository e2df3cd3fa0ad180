//! Stable stand-in names for hidden dealers and purchasers ("Dealer C",
//! "Purchaser 7"), so a redacted briefing can still say "the same dealer
//! as on the last slide". They follow from the loaded data alone, so every
//! slide and export of one deck uses the same ones; the key from alias to
//! real name is written apart, never into an export.

use rustc_hash::FxHashMap;

use crate::model::{Dataset, StoreId, StrId};

/// A dealer's alias: `Dealer A` … `Dealer Z`, `Dealer AA` …, by store id.
///
/// ```
/// use corridor_core::briefing::aliases::dealer_alias;
/// use corridor_core::model::StoreId;
/// assert_eq!(dealer_alias(StoreId(0)), "Dealer A");
/// assert_eq!(dealer_alias(StoreId(25)), "Dealer Z");
/// assert_eq!(dealer_alias(StoreId(26)), "Dealer AA");
/// assert_eq!(dealer_alias(StoreId(27)), "Dealer AB");
/// assert_eq!(dealer_alias(StoreId(26 + 26 * 26)), "Dealer AAA");
/// ```
pub fn dealer_alias(store: StoreId) -> String {
    // Bijective base 26: A..Z, AA..ZZ, AAA.., like spreadsheet columns.
    let mut n = u64::from(store.0) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        n -= 1;
        letters.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    letters.reverse();
    format!("Dealer {}", String::from_utf8_lossy(&letters))
}

/// Purchasers numbered by their first trace in load order.
#[derive(Clone, Debug, Default)]
pub struct PurchaserAliases {
    number: FxHashMap<StrId, u32>,
    /// The purchasers in number order (number 1 first).
    order: Vec<StrId>,
}

impl PurchaserAliases {
    /// Numbers every purchaser of `dataset` (one pass over the traces).
    pub fn build(dataset: &Dataset) -> PurchaserAliases {
        let mut aliases = PurchaserAliases::default();
        for &id in &dataset.traces.purchaser {
            if id.is_empty() {
                continue;
            }
            let next = aliases.order.len() as u32 + 1;
            aliases.number.entry(id).or_insert_with(|| {
                aliases.order.push(id);
                next
            });
        }
        aliases
    }

    /// `Purchaser 7`; empty for a trace without a purchaser id.
    pub fn alias(&self, id: StrId) -> String {
        self.number
            .get(&id)
            .map_or_else(String::new, |n| format!("Purchaser {n}"))
    }

    /// How many purchasers have an alias.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether no trace names a purchaser.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

/// The key from alias to real name, as CSV: `alias,kind,name,ffl_or_id`,
/// dealers first. Kept apart from every export; whoever holds it can undo
/// the redaction.
pub fn alias_key_csv(dataset: &Dataset, purchasers: &PurchaserAliases) -> csv::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["alias", "kind", "name", "ffl_or_id"])?;
    for (i, store) in dataset.stores.iter().enumerate() {
        let name = match dataset.str(store.name) {
            "" => dataset.str(store.key),
            name => name,
        };
        writer.write_record([
            dealer_alias(StoreId(i as u32)).as_str(),
            "dealer",
            &crate::export::csv_safe::neutralise(name),
            &crate::export::csv_safe::neutralise(dataset.str(store.ffl)),
        ])?;
    }
    for &id in &purchasers.order {
        let real = crate::export::csv_safe::neutralise(dataset.str(id));
        writer.write_record([purchasers.alias(id).as_str(), "purchaser", "", &real])?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purchasers_keep_their_number_and_the_key_lists_everyone() {
        let dataset = crate::demo::load_demo_for_tests();
        let aliases = PurchaserAliases::build(&dataset);
        assert!(!aliases.is_empty(), "the demo names purchasers");
        let first = dataset
            .traces
            .purchaser
            .iter()
            .copied()
            .find(|id| !id.is_empty())
            .expect("a purchaser");
        assert_eq!(aliases.alias(first), "Purchaser 1");
        // Built again from the same data: the same numbers.
        let again = PurchaserAliases::build(&dataset);
        for &id in dataset.traces.purchaser.iter().take(500) {
            assert_eq!(aliases.alias(id), again.alias(id));
        }
        let key = alias_key_csv(&dataset, &aliases).expect("written");
        assert_eq!(
            key.lines().count(),
            1 + dataset.stores.len() + aliases.len()
        );
        assert!(key.contains("Dealer A,dealer,"));
        assert!(key.contains(&format!("Purchaser 1,purchaser,,{}", dataset.str(first))));
    }
}
