//! The fixed set of weapon classes Corridor filters and colours by.

use serde::{Deserialize, Serialize};

/// A weapon class. The discriminant is stored per trace (one byte), so the
/// order here is part of the in-memory layout, not of any file format: files
/// use [`WeaponClass::id`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum WeaponClass {
    AkPattern = 0,
    ArPattern = 1,
    FiftyCal = 2,
    OtherRifle = 3,
    Pistol = 4,
    Revolver = 5,
    Shotgun = 6,
    Other = 7,
    Unknown = 8,
}

impl WeaponClass {
    pub const COUNT: usize = 9;

    pub const ALL: [WeaponClass; Self::COUNT] = [
        WeaponClass::AkPattern,
        WeaponClass::ArPattern,
        WeaponClass::FiftyCal,
        WeaponClass::OtherRifle,
        WeaponClass::Pistol,
        WeaponClass::Revolver,
        WeaponClass::Shotgun,
        WeaponClass::Other,
        WeaponClass::Unknown,
    ];

    /// Stable identifier used in rule files, JSON output and exports.
    pub fn id(self) -> &'static str {
        match self {
            WeaponClass::AkPattern => "ak_pattern",
            WeaponClass::ArPattern => "ar_pattern",
            WeaponClass::FiftyCal => "fifty_cal",
            WeaponClass::OtherRifle => "other_rifle",
            WeaponClass::Pistol => "pistol",
            WeaponClass::Revolver => "revolver",
            WeaponClass::Shotgun => "shotgun",
            WeaponClass::Other => "other",
            WeaponClass::Unknown => "unknown",
        }
    }

    /// Human-readable name for legends and filter checkboxes.
    pub fn label(self) -> &'static str {
        match self {
            WeaponClass::AkPattern => "AK-pattern rifles",
            WeaponClass::ArPattern => "AR-pattern rifles",
            WeaponClass::FiftyCal => ".50-calibre rifles",
            WeaponClass::OtherRifle => "Other rifles",
            WeaponClass::Pistol => "Pistols",
            WeaponClass::Revolver => "Revolvers",
            WeaponClass::Shotgun => "Shotguns",
            WeaponClass::Other => "Other firearms",
            WeaponClass::Unknown => "Unknown",
        }
    }

    pub fn from_id(id: &str) -> Option<WeaponClass> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// Rifle families that a make/model rule may use to refine a generic
    /// weapon type ("RIFLE", "PISTOL") into a specific pattern.
    pub fn is_pattern(self) -> bool {
        matches!(
            self,
            WeaponClass::AkPattern | WeaponClass::ArPattern | WeaponClass::FiftyCal
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_indices_match_all() {
        for (i, class) in WeaponClass::ALL.into_iter().enumerate() {
            assert_eq!(class.index(), i);
            assert_eq!(WeaponClass::from_id(class.id()), Some(class));
        }
        assert_eq!(WeaponClass::from_id("bazooka"), None);
    }
}
