//! Makes, models and calibres per weapon class, written the way trace data
//! writes them, and the class mix of each kind of purchase.
//!
//! Every entry must be classified to its class by the shipped rules
//! (`assets/weapon_rules.toml`) without a warning; a test checks each one.

use super::calibration::{
    OTHER_SHARE, REVOLVER_SHARE, RIFLE_SPLIT, SHOTGUN_SHARE, TRAFFICKED_RIFLE_SHARE,
    TRAFFICKED_RIFLE_SPLIT, rifle_share,
};
use super::sampling::{GenRng, Weighted, unit};
use crate::model::WeaponClass;

/// One make and model as it appears in a trace.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry {
    /// The class the shipped rules give this make and model.
    pub class: WeaponClass,
    /// Manufacturer as traces write it, e.g. `Romarm/Cugir`.
    pub make: &'static str,
    /// Model, e.g. `WASR-10`.
    pub model: &'static str,
    /// Caliber, e.g. `7.62x39`.
    pub caliber: &'static str,
    /// Relative frequency within its class.
    pub weight: f64,
    /// First year it was sold in the US: nothing is bought before that.
    pub since_year: i32,
    /// The weapon type column as a US agency writes it...
    pub type_en: &'static str,
    /// ...and as a Mexican one does.
    pub type_es: &'static str,
}

const fn rifle(
    class: WeaponClass,
    make: &'static str,
    model: &'static str,
    caliber: &'static str,
    weight: f64,
    since_year: i32,
) -> Entry {
    Entry {
        class,
        make,
        model,
        caliber,
        weight,
        since_year,
        type_en: "RIFLE",
        type_es: "Fusil",
    }
}

const fn pistol(
    class: WeaponClass,
    make: &'static str,
    model: &'static str,
    caliber: &'static str,
    weight: f64,
    since_year: i32,
) -> Entry {
    Entry {
        class,
        make,
        model,
        caliber,
        weight,
        since_year,
        type_en: "PISTOL",
        type_es: "Pistola",
    }
}

const fn revolver(
    make: &'static str,
    model: &'static str,
    caliber: &'static str,
    weight: f64,
    since_year: i32,
) -> Entry {
    Entry {
        class: WeaponClass::Revolver,
        make,
        model,
        caliber,
        weight,
        since_year,
        type_en: "REVOLVER",
        type_es: "Revólver",
    }
}

const fn shotgun(
    make: &'static str,
    model: &'static str,
    caliber: &'static str,
    weight: f64,
    since_year: i32,
) -> Entry {
    Entry {
        class: WeaponClass::Shotgun,
        make,
        model,
        caliber,
        weight,
        since_year,
        type_en: "SHOTGUN",
        type_es: "Escopeta",
    }
}

use WeaponClass::{AkPattern as Ak, ArPattern as Ar, FiftyCal as Fifty, OtherRifle, Pistol};

/// The catalogue. Weights within a class are an assumption, led by the
/// models that reports on guns recovered in Mexico name most: the Romanian
/// WASR-10, AR-15 variants, the FN Five-seveN ("mata policías") and the Colt
/// .38 Super.
pub const CATALOGUE: &[Entry] = &[
    // AK pattern: the Romanian WASR-10 imported by Century Arms above all.
    rifle(Ak, "Romarm/Cugir", "WASR-10", "7.62x39", 30.0, 1999),
    rifle(Ak, "Century Arms", "WASR 10/63", "7.62x39", 14.0, 2000),
    rifle(Ak, "Norinco", "MAK-90", "7.62x39", 8.0, 1990),
    rifle(Ak, "Izhmash", "Saiga", "7.62x39", 6.0, 1997),
    rifle(Ak, "Zastava", "PAP M70", "7.62x39", 4.0, 2009),
    rifle(Ak, "Arsenal Inc", "SAM7", "7.62x39", 3.0, 2002),
    rifle(Ak, "Polytech", "Legend", "7.62x39", 3.0, 1987),
    pistol(Ak, "Century Arms", "Draco", "7.62x39", 5.0, 2000),
    // AR pattern.
    rifle(Ar, "Bushmaster", "XM-15", "5.56 NATO", 14.0, 1994),
    rifle(Ar, "Colt", "AR-15 Sporter", ".223 Rem", 10.0, 1964),
    rifle(Ar, "Smith & Wesson", "M&P15", "5.56 NATO", 10.0, 2006),
    rifle(Ar, "DPMS", "A-15", ".223 Rem", 8.0, 1995),
    rifle(Ar, "Rock River Arms", "LAR-15", ".223 Rem", 5.0, 1997),
    rifle(Ar, "Olympic Arms", "PCR-15", ".223 Rem", 3.0, 1990),
    rifle(Ar, "ArmaLite", "M-15", ".223 Rem", 3.0, 1996),
    // .50 BMG.
    rifle(Fifty, "Barrett", "M82A1", ".50 BMG", 6.0, 1986),
    rifle(Fifty, "Barrett", "M107A1", ".50 BMG", 2.0, 2010),
    rifle(Fifty, "Barrett", "M95", ".50 BMG", 2.0, 1995),
    rifle(Fifty, "Serbu", "BFG-50", ".50 BMG", 1.0, 1999),
    rifle(Fifty, "ArmaLite", "AR-50", ".50 BMG", 1.0, 1999),
    // Other rifles.
    rifle(OtherRifle, "Norinco", "SKS", "7.62x39", 6.0, 1988),
    rifle(OtherRifle, "Ruger", "Mini-14", ".223 Rem", 5.0, 1973),
    rifle(OtherRifle, "Ruger", "10/22", ".22 LR", 4.0, 1964),
    rifle(OtherRifle, "Remington", "700", ".308 Win", 3.0, 1962),
    rifle(OtherRifle, "Marlin", "336", ".30-30", 2.0, 1948),
    rifle(OtherRifle, "Winchester", "Model 94", ".30-30", 2.0, 1894),
    rifle(
        OtherRifle,
        "Springfield Armory",
        "M1A",
        ".308 Win",
        2.0,
        1974,
    ),
    // Pistols: the FN Five-seveN and the .38 Super lead.
    pistol(Pistol, "FN Herstal", "Five-seveN", "5.7x28mm", 10.0, 2004),
    pistol(Pistol, "Colt", "Super 38", ".38 Super", 10.0, 1929),
    pistol(Pistol, "Glock", "17", "9mm", 7.0, 1986),
    pistol(Pistol, "Glock", "19", "9mm", 7.0, 1988),
    pistol(Pistol, "Beretta", "92FS", "9mm", 6.0, 1989),
    pistol(Pistol, "Taurus", "PT92", "9mm", 6.0, 1983),
    pistol(Pistol, "Bersa", "Thunder 380", ".380 ACP", 5.0, 1995),
    pistol(Pistol, "Smith & Wesson", "SD9VE", "9mm", 4.0, 2012),
    pistol(Pistol, "Colt", "Government 1911", ".45 ACP", 4.0, 1911),
    pistol(Pistol, "Ruger", "P95", "9mm", 3.0, 1996),
    pistol(Pistol, "Hi-Point", "C9", "9mm", 3.0, 1993),
    pistol(Pistol, "Browning", "Hi-Power", "9mm", 2.0, 1954),
    pistol(Pistol, "Walther", "PPK", ".380 ACP", 2.0, 1955),
    // Revolvers.
    revolver("Smith & Wesson", "Model 10", ".38 Special", 6.0, 1899),
    revolver("Taurus", "85", ".38 Special", 4.0, 1980),
    revolver("Colt", "Python", ".357 Magnum", 3.0, 1955),
    revolver("Ruger", "GP100", ".357 Magnum", 3.0, 1985),
    revolver("Smith & Wesson", "Model 686", ".357 Magnum", 2.0, 1980),
    revolver("Taurus", "Judge", ".45 Colt/.410", 2.0, 2006),
    // Shotguns.
    shotgun("Remington", "870", "12 GA", 6.0, 1950),
    shotgun("Mossberg", "500", "12 GA", 5.0, 1961),
    shotgun("Winchester", "1300", "12 GA", 2.0, 1978),
    shotgun("Maverick", "88", "12 GA", 2.0, 1989),
    // Other: semi-automatic versions of submachine guns and machine pistols.
    Entry {
        class: WeaponClass::Other,
        make: "IMI",
        model: "Uzi Model B",
        caliber: "9mm",
        weight: 3.0,
        since_year: 1980,
        type_en: "SUBMACHINE GUN",
        type_es: "Subametralladora",
    },
    Entry {
        class: WeaponClass::Other,
        make: "Cobray",
        model: "MAC-11",
        caliber: ".380 ACP",
        weight: 2.0,
        since_year: 1982,
        type_en: "MACHINE PISTOL",
        type_es: "Pistola ametralladora",
    },
    Entry {
        class: WeaponClass::Other,
        make: "FN Herstal",
        model: "PS90",
        caliber: "5.7x28mm",
        weight: 2.0,
        since_year: 2005,
        type_en: "SUBMACHINE GUN",
        type_es: "Subametralladora",
    },
];

/// The classes a purchase mix draws from; .50s are drawn apart, by recovery
/// state.
pub const MIX_CLASSES: [WeaponClass; 7] = [
    WeaponClass::AkPattern,
    WeaponClass::ArPattern,
    WeaponClass::OtherRifle,
    WeaponClass::Pistol,
    WeaponClass::Revolver,
    WeaponClass::Shotgun,
    WeaponClass::Other,
];

/// Shares over [`MIX_CLASSES`].
pub type Shares = [f64; 7];

/// The documented mix of all traces recovered in `year`.
pub fn target_shares(year: i32) -> Shares {
    let rifles = rifle_share(year);
    let pistols = 1.0 - rifles - REVOLVER_SHARE - SHOTGUN_SHARE - OTHER_SHARE;
    let split = |class: WeaponClass| {
        RIFLE_SPLIT
            .iter()
            .find(|(c, _)| *c == class)
            .map_or(0.0, |(_, s)| *s)
    };
    [
        rifles * split(WeaponClass::AkPattern),
        rifles * split(WeaponClass::ArPattern),
        rifles * split(WeaponClass::OtherRifle),
        pistols,
        REVOLVER_SHARE,
        SHOTGUN_SHARE,
        OTHER_SHARE,
    ]
}

/// The mix of straw purchasers and networks: mostly AK and AR rifles.
pub fn trafficked_shares() -> Shares {
    let split = |class: WeaponClass| {
        TRAFFICKED_RIFLE_SPLIT
            .iter()
            .find(|(c, _)| *c == class)
            .map_or(0.0, |(_, s)| *s)
    };
    [
        TRAFFICKED_RIFLE_SHARE * split(WeaponClass::AkPattern),
        TRAFFICKED_RIFLE_SHARE * split(WeaponClass::ArPattern),
        TRAFFICKED_RIFLE_SHARE * split(WeaponClass::OtherRifle),
        1.0 - TRAFFICKED_RIFLE_SHARE,
        0.0,
        0.0,
        0.0,
    ]
}

/// The mix single purchases need so that, with a share `trafficked` of
/// traces drawn from [`trafficked_shares`], all traces of the year follow
/// [`target_shares`].
pub fn single_shares(year: i32, trafficked: f64) -> Shares {
    let target = target_shares(year);
    let rifle_heavy = trafficked_shares();
    let mut shares = [0.0; 7];
    for (i, share) in shares.iter_mut().enumerate() {
        *share =
            ((target[i] - trafficked * rifle_heavy[i]) / (1.0 - trafficked).max(1e-9)).max(0.0);
    }
    shares
}

/// A draw over [`MIX_CLASSES`].
#[derive(Clone, Debug)]
pub struct ClassMix(Weighted);

impl ClassMix {
    /// A draw with these shares; `None` when no share is above zero.
    pub fn new(shares: Shares) -> Option<ClassMix> {
        Weighted::new(shares).map(ClassMix)
    }

    /// A class drawn by the shares.
    pub fn sample(&self, rng: &mut GenRng) -> WeaponClass {
        MIX_CLASSES[self.0.sample(rng)]
    }
}

/// The catalogue by class.
#[derive(Debug)]
pub struct Catalogue {
    by_class: Vec<Vec<&'static Entry>>,
}

impl Default for Catalogue {
    fn default() -> Self {
        let mut by_class = vec![Vec::new(); WeaponClass::COUNT];
        for entry in CATALOGUE {
            by_class[entry.class.index()].push(entry);
        }
        Catalogue { by_class }
    }
}

impl Catalogue {
    /// A model of the class on sale in `year`, by weight; `None` if the
    /// class had none yet.
    pub fn pick(&self, rng: &mut GenRng, class: WeaponClass, year: i32) -> Option<&'static Entry> {
        let entries = &self.by_class[class.index()];
        let available = |e: &&&Entry| e.since_year <= year;
        let total: f64 = entries.iter().filter(available).map(|e| e.weight).sum();
        if total <= 0.0 {
            return None;
        }
        let mut x = unit(rng) * total;
        let mut last = None;
        for entry in entries.iter().filter(available) {
            last = Some(*entry);
            if x < entry.weight {
                return last;
            }
            x -= entry.weight;
        }
        last
    }

    /// The oldest model of the class.
    pub fn oldest(&self, class: WeaponClass) -> Option<&'static Entry> {
        self.by_class[class.index()]
            .iter()
            .copied()
            .min_by_key(|e| e.since_year)
    }

    /// A named model, for the seizures that name theirs.
    pub fn find(&self, class: WeaponClass, model: &str) -> Option<&'static Entry> {
        self.by_class[class.index()]
            .iter()
            .copied()
            .find(|e| e.model == model)
    }
}
