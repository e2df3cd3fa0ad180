//! Weapon descriptions, stored once and shared by the traces that repeat them.

use super::interner::StrId;
use super::weapon_class::WeaponClass;

/// Index of a weapon description in [`crate::model::Dataset::weapons`],
/// counting from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WeaponId(pub u32);

/// Weapon type, make, model and caliber as the source wrote them, and the
/// class Corridor gave them. A million traces hold a few thousand distinct
/// descriptions, so a trace stores one 4-byte id instead of four.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weapon {
    /// Weapon type as the source wrote it (e.g. `RIFLE`, `Pistola`).
    pub weapon_type: StrId,
    /// Manufacturer (e.g. `Colt`).
    pub make: StrId,
    /// Model (e.g. `AR-15`).
    pub model: StrId,
    /// Caliber (e.g. `7.62x39`).
    pub caliber: StrId,
    /// The class the weapon rules give these four columns.
    pub class: WeaponClass,
}
