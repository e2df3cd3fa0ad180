//! The fixed set of weapon classes Corridor filters and colours by.

use crate::i18n::Lang;
use crate::msg_id;

use serde::{Deserialize, Serialize};

/// A weapon class. The discriminant is stored per trace (one byte), so the
/// order here is part of the in-memory layout, not of any file format: files
/// use [`WeaponClass::id`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum WeaponClass {
    /// Kalashnikov-pattern rifles and pistols (AK-47, WASR-10, Draco).
    AkPattern = 0,
    /// AR-15/M16/M4 and AR-10 pattern rifles and pistols.
    ArPattern = 1,
    /// Weapons firing .50 BMG or 12.7 mm, such as Barrett rifles.
    FiftyCal = 2,
    /// Every other rifle and carbine (SKS, Mini-14, bolt and lever actions).
    OtherRifle = 3,
    /// Semi-automatic pistols and derringers.
    Pistol = 4,
    /// Revolvers.
    Revolver = 5,
    /// Shotguns, AK- and AR-action ones included.
    Shotgun = 6,
    /// Other firearms: machine guns, submachine guns, machine pistols, grenade
    /// launchers, receivers, silencers, air guns, home-made guns.
    Other = 7,
    /// No rule matched, or the weapon columns are empty or placeholders.
    Unknown = 8,
}

impl WeaponClass {
    /// Number of classes.
    pub const COUNT: usize = 9;

    /// Every class in discriminant order, so `ALL[c.index()] == c`.
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

    /// The class's name for legends and filter checkboxes, in `lang`.
    ///
    /// ```
    /// use corridor_core::i18n::Lang;
    /// use corridor_core::model::WeaponClass;
    /// assert_eq!(WeaponClass::AkPattern.label(Lang::En), "AK-pattern rifles");
    /// assert_eq!(WeaponClass::AkPattern.label(Lang::Es), "Fusiles tipo AK");
    /// ```
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            WeaponClass::AkPattern => msg_id!("class-ak-pattern"),
            WeaponClass::ArPattern => msg_id!("class-ar-pattern"),
            WeaponClass::FiftyCal => msg_id!("class-fifty-cal"),
            WeaponClass::OtherRifle => msg_id!("class-other-rifle"),
            WeaponClass::Pistol => msg_id!("class-pistol"),
            WeaponClass::Revolver => msg_id!("class-revolver"),
            WeaponClass::Shotgun => msg_id!("class-shotgun"),
            WeaponClass::Other => msg_id!("class-other"),
            WeaponClass::Unknown => msg_id!("class-unknown"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// The class with this [`WeaponClass::id`] (case-sensitive); `None` for any
    /// other text.
    pub fn from_id(id: &str) -> Option<WeaponClass> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The discriminant, 0 to `COUNT - 1`: the class's slot in per-class arrays
    /// such as [`WeaponClass::ALL`].
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
