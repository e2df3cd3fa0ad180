//! One firearm as deconfliction compares it (serial by its letters and
//! digits, make likewise), so that two agencies' records of one gun count
//! once in a seizure.

use std::hash::BuildHasher;

use super::normalise::{normalise_serial, normalise_serial_into};
use crate::import::values::serial_is_obliterated;
use crate::model::Dataset;

/// A firearm: hashes of its normalised serial and make; a record without a
/// usable serial is a firearm of its own (`u64::MAX` and its row).
pub type FirearmKey = (u64, u64);

/// Firearm keys of a dataset's traces, the makes normalised once per
/// weapon description.
pub struct FirearmKeys<'d> {
    dataset: &'d Dataset,
    make_hash: Vec<Option<u64>>,
    serial: String,
}

impl<'d> FirearmKeys<'d> {
    /// Keys of `dataset`'s traces, made as asked.
    pub fn new(dataset: &'d Dataset) -> Self {
        FirearmKeys {
            dataset,
            make_hash: vec![None; dataset.weapons.len()],
            serial: String::new(),
        }
    }

    /// The firearm of trace `row`.
    pub fn key(&mut self, row: usize) -> FirearmKey {
        let hasher = rustc_hash::FxBuildHasher;
        let traces = &self.dataset.traces;
        let written = traces.serial.get(row);
        normalise_serial_into(written, &mut self.serial);
        // Too short to tell guns apart, or a cell saying it was filed off.
        if self.serial.len() < 3 || serial_is_obliterated(written) {
            return (u64::MAX, row as u64);
        }
        let weapon = traces.weapon[row].0 as usize;
        let dataset = self.dataset;
        let make = *self.make_hash[weapon].get_or_insert_with(|| {
            hasher.hash_one(normalise_serial(dataset.str(dataset.weapons[weapon].make)))
        });
        (hasher.hash_one(self.serial.as_str()), make)
    }
}
