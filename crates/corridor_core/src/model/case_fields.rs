//! The investigative fields of a trace that most files lack: who bought it
//! (name, date of birth, address), who had it when it was seized, the
//! seizure it was part of, whether its serial was filed off, and a NIBIN
//! ballistic lead. Kept in sparse columns so a file without them costs no
//! memory.

use super::day::Day;
use super::interner::StrId;
use super::sparse_column::SparseColumn;

/// One trace's investigative fields, as handed to [`CaseColumns::push`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaseValues {
    /// The purchaser's name (a person's name, not the purchaser id).
    pub purchaser_name: StrId,
    /// The purchaser's date of birth, or [`Day::NONE`].
    pub purchaser_dob: Day,
    /// The purchaser's address as written.
    pub purchaser_address: StrId,
    /// The person found with the firearm.
    pub possessor_name: StrId,
    /// The seizure (recovery event) the firearm was taken in, as the source
    /// names it; [`StrId::EMPTY`] when not given.
    pub recovery_event: StrId,
    /// The serial number was obliterated (filed off).
    pub obliterated: bool,
    /// A NIBIN ballistic lead id.
    pub nibin_lead: StrId,
    /// The importer of a foreign-made firearm.
    pub importer: StrId,
    /// The country the firearm was made in.
    pub country_of_origin: StrId,
}

impl Default for CaseValues {
    fn default() -> Self {
        CaseValues {
            purchaser_name: StrId::EMPTY,
            purchaser_dob: Day::NONE,
            purchaser_address: StrId::EMPTY,
            possessor_name: StrId::EMPTY,
            recovery_event: StrId::EMPTY,
            obliterated: false,
            nibin_lead: StrId::EMPTY,
            importer: StrId::EMPTY,
            country_of_origin: StrId::EMPTY,
        }
    }
}

/// The investigative fields of every trace, one sparse column each.
#[derive(Clone, Debug)]
pub struct CaseColumns {
    /// Purchasers' names.
    pub purchaser_name: SparseColumn<StrId>,
    /// Purchasers' dates of birth.
    pub purchaser_dob: SparseColumn<Day>,
    /// Purchasers' addresses.
    pub purchaser_address: SparseColumn<StrId>,
    /// Names of the people found with the firearms.
    pub possessor_name: SparseColumn<StrId>,
    /// Recovery events named by the sources.
    pub recovery_event: SparseColumn<StrId>,
    /// Obliterated serial numbers.
    pub obliterated: SparseColumn<bool>,
    /// NIBIN leads.
    pub nibin_lead: SparseColumn<StrId>,
    /// Importers.
    pub importer: SparseColumn<StrId>,
    /// Countries of origin.
    pub country_of_origin: SparseColumn<StrId>,
}

impl Default for CaseColumns {
    fn default() -> Self {
        CaseColumns {
            purchaser_name: SparseColumn::new(StrId::EMPTY),
            purchaser_dob: SparseColumn::new(Day::NONE),
            purchaser_address: SparseColumn::new(StrId::EMPTY),
            possessor_name: SparseColumn::new(StrId::EMPTY),
            recovery_event: SparseColumn::new(StrId::EMPTY),
            obliterated: SparseColumn::new(false),
            nibin_lead: SparseColumn::new(StrId::EMPTY),
            importer: SparseColumn::new(StrId::EMPTY),
            country_of_origin: SparseColumn::new(StrId::EMPTY),
        }
    }
}

impl CaseColumns {
    /// Appends one trace's fields.
    pub fn push(&mut self, values: CaseValues) {
        self.purchaser_name.push(values.purchaser_name);
        self.purchaser_dob.push(values.purchaser_dob);
        self.purchaser_address.push(values.purchaser_address);
        self.possessor_name.push(values.possessor_name);
        self.recovery_event.push(values.recovery_event);
        self.obliterated.push(values.obliterated);
        self.nibin_lead.push(values.nibin_lead);
        self.importer.push(values.importer);
        self.country_of_origin.push(values.country_of_origin);
    }

    /// The fields of trace `row` (counting from 0).
    pub fn get(&self, row: usize) -> CaseValues {
        CaseValues {
            purchaser_name: self.purchaser_name.get(row),
            purchaser_dob: self.purchaser_dob.get(row),
            purchaser_address: self.purchaser_address.get(row),
            possessor_name: self.possessor_name.get(row),
            recovery_event: self.recovery_event.get(row),
            obliterated: self.obliterated.get(row),
            nibin_lead: self.nibin_lead.get(row),
            importer: self.importer.get(row),
            country_of_origin: self.country_of_origin.get(row),
        }
    }

    /// Heap bytes held, for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.purchaser_name.heap_bytes()
            + self.purchaser_dob.heap_bytes()
            + self.purchaser_address.heap_bytes()
            + self.possessor_name.heap_bytes()
            + self.recovery_event.heap_bytes()
            + self.obliterated.heap_bytes()
            + self.nibin_lead.heap_bytes()
            + self.importer.heap_bytes()
            + self.country_of_origin.heap_bytes()
    }

    /// Frees spare capacity, once loading is done.
    pub fn shrink_to_fit(&mut self) {
        self.purchaser_name.shrink_to_fit();
        self.purchaser_dob.shrink_to_fit();
        self.purchaser_address.shrink_to_fit();
        self.possessor_name.shrink_to_fit();
        self.recovery_event.shrink_to_fit();
        self.importer.shrink_to_fit();
        self.country_of_origin.shrink_to_fit();
        self.obliterated.shrink_to_fit();
        self.nibin_lead.shrink_to_fit();
    }
}
