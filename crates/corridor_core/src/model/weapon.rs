//! Weapon descriptions, stored once and shared by the traces that repeat them.

use super::interner::StrId;
use super::weapon_class::WeaponClass;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WeaponId(pub u32);

/// Weapon type, make, model and caliber as the source wrote them, and the
/// class Corridor gave them. A million traces hold a few thousand distinct
/// descriptions, so a trace stores one 4-byte id instead of four.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weapon {
    pub weapon_type: StrId,
    pub make: StrId,
    pub model: StrId,
    pub caliber: StrId,
    pub class: WeaponClass,
}
