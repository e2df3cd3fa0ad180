//! Who bought each trace, as one purchaser number per trace.

use rustc_hash::FxHashMap;

use crate::model::{Dataset, Day, StrId};

/// What tells purchasers apart within the loaded data: the purchaser id
/// when the source gives one, else the name with the date of birth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PurchaserKey {
    /// The source's purchaser id.
    Id(StrId),
    /// No id: the purchaser's name as written, and date of birth (or
    /// [`Day::NONE`]).
    Named {
        /// The name.
        name: StrId,
        /// The date of birth.
        dob: Day,
    },
}

/// No purchaser: the trace names none.
pub const NO_PURCHASER: u32 = u32::MAX;

/// The purchasers of the loaded traces, numbered from 0.
#[derive(Clone, Debug, Default)]
pub struct Purchasers {
    /// Each purchaser's key, by number.
    pub keys: Vec<PurchaserKey>,
    /// The purchaser number of each trace, or [`NO_PURCHASER`].
    pub of_trace: Vec<u32>,
}

impl Purchasers {
    /// Numbers the purchasers of `dataset`'s traces in the order they first
    /// appear.
    pub fn build(dataset: &Dataset) -> Self {
        let traces = &dataset.traces;
        let mut numbers: FxHashMap<PurchaserKey, u32> = FxHashMap::default();
        let mut keys = Vec::new();
        let of_trace = (0..traces.len())
            .map(|row| {
                let Some(key) = key_of(dataset, row) else {
                    return NO_PURCHASER;
                };
                *numbers.entry(key).or_insert_with(|| {
                    keys.push(key);
                    (keys.len() - 1) as u32
                })
            })
            .collect();
        Purchasers { keys, of_trace }
    }

    /// Number of purchasers.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when no trace names a purchaser.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The purchaser of trace `row`, if it names one.
    pub fn of(&self, row: usize) -> Option<u32> {
        self.of_trace
            .get(row)
            .copied()
            .filter(|&p| p != NO_PURCHASER)
    }
}

/// The purchaser key of trace `row`, if it names a purchaser.
pub fn key_of(dataset: &Dataset, row: usize) -> Option<PurchaserKey> {
    let traces = &dataset.traces;
    let id = traces.purchaser[row];
    if id != StrId::EMPTY {
        return Some(PurchaserKey::Id(id));
    }
    let name = traces.case.purchaser_name.get(row);
    (name != StrId::EMPTY).then(|| PurchaserKey::Named {
        name,
        dob: traces.case.purchaser_dob.get(row),
    })
}
