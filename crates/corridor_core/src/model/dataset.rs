//! Everything loaded: stores, recovery sites, traces and their sources.

use super::interner::Interner;
use super::location::{RecoverySite, SiteId, Store, StoreId};
use super::provenance::SourceFile;
use super::traces::TraceColumns;
use super::weapon::Weapon;
use super::weapon_class::WeaponClass;

/// Everything loaded: stores, recovery sites, traces, the strings they share
/// and the files they came from. [`StoreId`], [`SiteId`] and
/// [`crate::model::WeaponId`] are indices into its vectors.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    /// Every repeated string (names, places, makes, agencies), referenced by
    /// [`crate::model::StrId`].
    pub strings: Interner,
    /// Gun stores, indexed by [`StoreId`].
    pub stores: Vec<Store>,
    /// Recovery sites in Mexico, indexed by [`SiteId`].
    pub sites: Vec<RecoverySite>,
    /// The traced firearms, one row each, stored column by column.
    pub traces: TraceColumns,
    /// Distinct weapon descriptions, indexed by [`super::WeaponId`].
    pub weapons: Vec<Weapon>,
    /// The input files, indexed by [`crate::model::SourceRef::file`].
    pub sources: Vec<SourceFile>,
}

impl Dataset {
    /// The store with this id. Panics if `id` is not in [`Dataset::stores`].
    pub fn store(&self, id: StoreId) -> &Store {
        &self.stores[id.0 as usize]
    }

    /// The recovery site with this id. Panics if `id` is not in
    /// [`Dataset::sites`].
    pub fn site(&self, id: SiteId) -> &RecoverySite {
        &self.sites[id.0 as usize]
    }

    /// The text of an interned string: empty for
    /// [`crate::model::StrId::EMPTY`] and for an id [`Dataset::strings`] never
    /// gave out.
    pub fn str(&self, id: super::interner::StrId) -> &str {
        self.strings.get(id)
    }

    /// The weapon description of a trace row.
    pub fn weapon_of(&self, row: usize) -> &Weapon {
        &self.weapons[self.traces.weapon[row].0 as usize]
    }

    /// True when nothing is loaded: no traces, stores or sites.
    pub fn is_empty(&self) -> bool {
        self.traces.is_empty() && self.stores.is_empty() && self.sites.is_empty()
    }

    /// True when every source says it is generated demo data.
    pub fn is_synthetic(&self) -> bool {
        !self.sources.is_empty() && self.sources.iter().all(|s| s.synthetic)
    }

    /// Trace count per weapon class, indexed by [`WeaponClass::index`].
    pub fn class_counts(&self) -> [u32; WeaponClass::COUNT] {
        let mut counts = [0u32; WeaponClass::COUNT];
        for (row, class) in self.traces.class.iter().enumerate() {
            counts[class.index()] += self.traces.count(row);
        }
        counts
    }

    /// "Name, City, ST" for lists and tooltips.
    pub fn store_label(&self, id: StoreId) -> String {
        let store = self.store(id);
        let name = self.str(store.name);
        // `Texas (state level)` says its state already.
        let place = if store.precision.is_coarse() {
            self.str(store.city).to_owned()
        } else {
            join_place(self.str(store.city), self.str(store.state))
        };
        match (name.is_empty(), place.is_empty()) {
            (false, false) => format!("{name}, {place}"),
            (false, true) => name.to_owned(),
            (true, false) => place,
            (true, true) => self.str(store.key).to_owned(),
        }
    }

    /// "Place, State" for lists and tooltips.
    pub fn site_label(&self, id: SiteId) -> String {
        let site = self.site(id);
        let place = if site.precision.is_coarse() {
            self.str(site.place).to_owned()
        } else {
            join_place(self.str(site.place), self.str(site.state))
        };
        if place.is_empty() {
            self.str(site.key).to_owned()
        } else {
            place
        }
    }

    /// Approximate heap bytes, for the memory-per-trace figure.
    pub fn heap_bytes(&self) -> usize {
        self.strings.heap_bytes()
            + self.traces.heap_bytes()
            + self.stores.capacity() * std::mem::size_of::<Store>()
            + self.sites.capacity() * std::mem::size_of::<RecoverySite>()
            + self.weapons.capacity() * std::mem::size_of::<Weapon>()
    }
}

fn join_place(city: &str, state: &str) -> String {
    match (city.is_empty(), state.is_empty()) {
        (false, false) => format!("{city}, {state}"),
        (false, true) => city.to_owned(),
        (true, false) => state.to_owned(),
        (true, true) => String::new(),
    }
}
