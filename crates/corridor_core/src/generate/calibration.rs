//! Every figure the generator is calibrated to, with its source.
//!
//! Figures marked **assumption** are not from a source; they are plausible
//! values chosen so that the sourced figures come out right, and
//! `data/README.md` lists them as such. The generator writes only the
//! US-sourced part of the traces (see [`US_SOURCED_SHARE`]).

use crate::model::WeaponClass;

// --- What is generated ----------------------------------------------------

/// Share of the firearms recovered in Mexico and traced by ATF that were
/// US-sourced (made in or imported into the US): 70% of 104,850 traced
/// 2009–2014 (GAO-16-223, January 2016; ATF found the same 70% for 2014–2018,
/// GAO-21-322). Only this US-sourced part has a US store, so only it is
/// generated; the foreign-sourced and untraceable 30% is left out.
pub const US_SOURCED_SHARE: f64 = 0.70;

// --- Where the firearms were bought ---------------------------------------

/// Source states of US-sourced traces. About four in ten were first sold in
/// Texas and another third in Arizona, California and New Mexico together
/// (Mayors Against Illegal Guns, "The Movement of Illegal Guns Across the
/// U.S.-Mexico Border", September 2010, from ATF trace data 2006–2009;
/// GAO-09-709 names the same three Southwest border states as the main
/// sources). The split of that third (AZ 15%, CA 15%, NM 3%) is the one in
/// Corridor's specification from the same 2006–2009 data; the report's
/// summary confirms only the total.
pub const SOURCE_STATE_SHARES: &[(&str, f64)] = &[
    ("US-TX", 0.40),
    ("US-AZ", 0.15),
    ("US-CA", 0.15),
    ("US-NM", 0.03),
];

/// Left for all other states together, spread in proportion to population
/// (the sum of the gazetteer's places of 5,000 or more; **assumption**: the
/// sources only say the rest is spread thin).
pub const OTHER_STATES_SHARE: f64 = 0.27;

/// States with no store: the District of Columbia had essentially no retail
/// gun dealer in 2006–2014 (**assumption**, kept out so no DC store appears).
pub const NO_STORE_STATES: &[&str] = &["US-DC"];

/// Stores are spread over real towns of their state in proportion to the
/// town's population, at most this far from its centre.
pub const STORE_JITTER_MAX_KM: f64 = 6.0;

/// About one store per this many traces (**assumption**), between the two
/// bounds below. More stores than this would leave most with one trace.
pub const TRACES_PER_STORE: u64 = 25;
/// Fewest stores aimed at, however few the traces. Each state's count is
/// then rounded, with at least one per state, so the total can differ.
pub const MIN_STORES: u64 = 60;
/// Most stores aimed at, however many the traces (rounded per state too).
pub const MAX_STORES: u64 = 20_000;

/// Spread (log-normal sigma) of how many traces a store accounts for: ATF
/// has long reported that a small share of dealers sells most traced crime
/// guns (**assumption** for the value).
pub const STORE_WEIGHT_SIGMA: f64 = 1.0;

/// A straw purchaser's "metro area": stores whose town lies within this
/// distance of the purchaser's home store's town (**assumption**).
pub const METRO_RADIUS_KM: f64 = 60.0;

// --- Where and when they were recovered ----------------------------------

/// Firearms seized by the federal government (PGR, SEDENA, SEMAR) per state,
/// 2006–2014, with whether the figure is reported or assumed. El Universal
/// (2015, via transparency requests) reports 308,881 in all, Mexico City
/// 93,105, Tamaulipas 31,926 and Michoacán 31,458; Sinaloa 23,386, Guerrero
/// 12,235 and Chihuahua 11,826 are from the same data. It says only that the
/// rest is lower, least in Yucatán, Tabasco and Quintana Roo. The 26 other
/// figures are an **assumption**, ordered by the violence of the period and
/// scaled to add up to the 104,945 that the reported total leaves.
pub const SEIZURES_2006_2014: &[(&str, u32, Basis)] = &[
    ("MX-CMX", 93_105, Basis::Reported),
    ("MX-TAM", 31_926, Basis::Reported),
    ("MX-MIC", 31_458, Basis::Reported),
    ("MX-SIN", 23_386, Basis::Reported),
    ("MX-GRO", 12_235, Basis::Reported),
    ("MX-CHH", 11_826, Basis::Reported),
    ("MX-NLE", 11_000, Basis::Assumed),
    ("MX-SON", 10_500, Basis::Assumed),
    ("MX-BCN", 10_000, Basis::Assumed),
    ("MX-JAL", 10_000, Basis::Assumed),
    ("MX-DUR", 8_000, Basis::Assumed),
    ("MX-MEX", 7_500, Basis::Assumed),
    ("MX-COA", 6_245, Basis::Assumed),
    ("MX-VER", 6_000, Basis::Assumed),
    ("MX-ZAC", 4_500, Basis::Assumed),
    ("MX-SLP", 3_500, Basis::Assumed),
    ("MX-GUA", 3_500, Basis::Assumed),
    ("MX-MOR", 3_200, Basis::Assumed),
    ("MX-NAY", 3_000, Basis::Assumed),
    ("MX-OAX", 2_800, Basis::Assumed),
    ("MX-CHP", 2_600, Basis::Assumed),
    ("MX-PUE", 2_400, Basis::Assumed),
    ("MX-HID", 1_800, Basis::Assumed),
    ("MX-COL", 1_800, Basis::Assumed),
    ("MX-AGU", 1_200, Basis::Assumed),
    ("MX-QUE", 1_100, Basis::Assumed),
    ("MX-BCS", 1_000, Basis::Assumed),
    ("MX-CAM", 800, Basis::Assumed),
    ("MX-TLA", 700, Basis::Assumed),
    ("MX-ROO", 700, Basis::Assumed),
    ("MX-TAB", 700, Basis::Assumed),
    ("MX-YUC", 400, Basis::Assumed),
];

/// The reported 2006–2014 total that [`SEIZURES_2006_2014`] adds up to.
pub const SEIZURES_TOTAL_2006_2014: u32 = 308_881;

/// Whether a figure comes from a source or was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The figure comes from the cited source.
    Reported,
    /// The figure was chosen (an **assumption**).
    Assumed,
}

/// Recovery years and their relative weights: 2006–2014, the period of the
/// seizure counts. The shape (a rise to a 2009–2012 peak, when ATF's Spanish
/// eTrace and Mexico's trace submissions grew, then a fall) is an
/// **assumption**.
pub const RECOVERY_YEAR_WEIGHTS: &[(i32, f64)] = &[
    (2006, 5.0),
    (2007, 7.0),
    (2008, 11.0),
    (2009, 15.0),
    (2010, 14.0),
    (2011, 15.0),
    (2012, 13.0),
    (2013, 10.0),
    (2014, 10.0),
];

/// Recovery sites lie up to this far from the municipality's centre, more for
/// big cities: `RECOVERY_JITTER_BASE_KM + RECOVERY_JITTER_KM_PER_SQRT_MILLION
/// * sqrt(population / 1e6)`, at most `RECOVERY_JITTER_MAX_KM`.
pub const RECOVERY_JITTER_BASE_KM: f64 = 1.5;
/// Extra distance in km per square root of the town's population in
/// millions.
pub const RECOVERY_JITTER_KM_PER_SQRT_MILLION: f64 = 4.0;
/// Largest distance in km of a recovery site from its town's centre.
pub const RECOVERY_JITTER_MAX_KM: f64 = 12.0;

// --- What was recovered ----------------------------------------------------

/// Rifles' share of the traced firearms by recovery year: "roughly 28
/// percent" in 2007 and 43 percent in 2011 (ATF, Mexico trace data release,
/// April 2012), linear in between and held constant outside.
pub const RIFLE_SHARE_BY_YEAR: [(i32, f64); 2] = [(2007, 0.28), (2011, 0.43)];

/// Revolvers, shotguns and other firearms (submachine guns, machine pistols):
/// "a few percent each" (**assumption** for the exact values; GAO-09-709 and
/// GAO-16-223 name .38 revolvers and shotguns among the guns DTOs favour).
/// Pistols take the rest, about half overall.
pub const REVOLVER_SHARE: f64 = 0.07;
/// Shotguns' share of traced firearms (**assumption**, see
/// [`REVOLVER_SHARE`]).
pub const SHOTGUN_SHARE: f64 = 0.05;
/// Share of other firearms, such as submachine guns and machine pistols
/// (**assumption**, see [`REVOLVER_SHARE`]).
pub const OTHER_SHARE: f64 = 0.015;

/// How rifles other than .50s split: AK- and AR-pattern rifles with
/// detachable magazines are the ones recovered most (ATF 2012 release,
/// GAO-16-223); the split itself is an **assumption**.
pub const RIFLE_SPLIT: [(WeaponClass, f64); 3] = [
    (WeaponClass::AkPattern, 0.50),
    (WeaponClass::ArPattern, 0.32),
    (WeaponClass::OtherRifle, 0.18),
];

/// .50-calibre rifles: a few per thousand traces (0.1% of seizures in 2011,
/// 3% by 2020, per the Mexico–US "Entendimiento Bicentenario" report on arms
/// trafficking sent to Mexico's Chamber of Deputies, as reported in 2025)...
pub const FIFTY_CAL_SHARE: f64 = 0.003;

/// ...recovered mostly in Tamaulipas: about 60% of the 554 .50-calibre rifles
/// recovered in Mexico 2010–2018 (the figure in Corridor's specification, not
/// re-checked here; Milenio, 2022, reports 51% of the 259 seized by SEDENA
/// 2019–2022, and El Universal, 2025, Tamaulipas first with 219 of 2018–2025).
pub const FIFTY_CAL_TAMAULIPAS_SHARE: f64 = 0.60;
/// ISO 3166-2 code of Tamaulipas, where most .50s are recovered.
pub const TAMAULIPAS: &str = "MX-TAM";

/// Traced firearms with a weapon type in Spanish when the submitting agency
/// is American (**assumption**; Mexican agencies always write Spanish).
pub const SPANISH_TYPE_SHARE_US_AGENCY: f64 = 0.05;

// --- Time to crime ---------------------------------------------------------

/// Target: 18% of traces recovered less than three years after purchase. ATF
/// counted 19,600 firearms recovered in Mexico and traced 2006–2010, of
/// which 15,995 had a time-to-crime of three years or more (so 3,605, 18.4%,
/// less), averaging 15 years (ATF document filed in NSSF v. Jones, reported
/// by the Washington Free Beacon, 15 February 2012). Used by the tests; the
/// distribution below produces it.
pub const TTC_UNDER_3_YEARS_TARGET: f64 = 0.18;

/// Time-to-crime is a mixture of two log-normal distributions:
///
/// * **short** (trafficked soon after purchase): median 240 days, sigma 0.8,
///   at least [`MIN_TTC_DAYS`]; 97% of it is under three years. Every
///   straw-purchase and network firearm, and [`SINGLE_SHORT_SHARE`] of the
///   single purchases, draw from it.
/// * **long** (guns that changed hands for years before reaching Mexico):
///   median 12 years, sigma 0.7; 2.4% under three years, 60% over ten.
///
/// With the structure shares below this gives about 18% under three years
/// and half over ten years (**assumption** for the shapes).
pub const SHORT_TTC_MEDIAN_DAYS: f64 = 240.0;
/// Sigma of the short time-to-crime log-normal.
pub const SHORT_TTC_SIGMA: f64 = 0.8;
/// Median of the long time-to-crime log-normal, in days (12 years).
pub const LONG_TTC_MEDIAN_DAYS: f64 = 12.0 * 365.25;
/// Sigma of the long time-to-crime log-normal.
pub const LONG_TTC_SIGMA: f64 = 0.7;
/// Share of single purchases whose time to crime is drawn from the short
/// log-normal; the rest draw from the long one.
pub const SINGLE_SHORT_SHARE: f64 = 0.04;
/// Shortest time to crime of any generated trace, in days.
pub const MIN_TTC_DAYS: i32 = 7;

/// No purchase before the Gun Control Act of 1968, when dealer records (and
/// so traces) begin; longer times to crime are drawn again.
pub const EARLIEST_PURCHASE_YEAR: i32 = 1968;

// --- Trafficking structure ---------------------------------------------------

/// Shares of traces from straw purchasers buying alone and from networks
/// (**assumption**, chosen so that, with their short time to crime, 18% of
/// all traces are under three years). The rest are single purchases.
pub const STRAW_SHARE: f64 = 0.08;
/// Share of traces from networks (**assumption**, see [`STRAW_SHARE`]).
pub const NETWORK_SHARE: f64 = 0.05;

/// Straw purchasers and networks buy mostly rifles (ATF 2012 release: AK and
/// AR variants; the value is an **assumption**), and among rifles almost only
/// AK and AR patterns; the rest are pistols (the FN Five-seveN and .38 Super
/// favoured by the cartels, GAO-09-709).
pub const TRAFFICKED_RIFLE_SHARE: f64 = 0.75;
/// How the rifles of straw purchasers and networks (the Reynosa one too)
/// split between AK-pattern, AR-pattern and other rifles (**assumption**).
pub const TRAFFICKED_RIFLE_SPLIT: [(WeaponClass, f64); 3] = [
    (WeaponClass::AkPattern, 0.55),
    (WeaponClass::ArPattern, 0.40),
    (WeaponClass::OtherRifle, 0.05),
];

/// A straw purchaser buys `2 + geometric(mean 4)` firearms, at most 20, in up
/// to four visits over a few weeks at up to three stores of one metro area
/// (**assumption**, after the multiple-sale patterns of GAO-09-709 cases).
pub const STRAW_MIN_GUNS: u32 = 2;
/// Mean of the geometric number of firearms a straw purchaser buys beyond
/// [`STRAW_MIN_GUNS`].
pub const STRAW_EXTRA_GUNS_MEAN: f64 = 4.0;
/// Most firearms one straw purchaser buys.
pub const STRAW_MAX_GUNS: u32 = 20;
/// Most store visits of one purchaser. Network purchasers use the same
/// limit.
pub const STRAW_MAX_VISITS: u32 = 4;
/// Most distinct stores one purchaser buys at. Network purchasers use the
/// same limit.
pub const STRAW_MAX_STORES: u32 = 3;
/// A straw purchaser's visits fall within a window of this many days (six
/// weeks), and no later than [`MIN_TTC_DAYS`] before the first recovery.
pub const STRAW_VISIT_WINDOW_DAYS: i32 = 42;
/// Share of straw purchasers with an investigation case number.
pub const STRAW_CASE_SHARE: f64 = 0.40;

/// A network is a broker recruiting 3–8 straw buyers, each of whom buys
/// 4–20 firearms in a burst of a few weeks ([`STRAW_VISIT_WINDOW_DAYS`]) at
/// up to three stores of one border-state metro area; the buyers are
/// recruited over up to a year, and their guns turn up together in one to
/// four seizures (**assumption**, after the straw-purchasing rings of
/// GAO-09-709 and the DOJ Inspector General's 2010 review: a broker, several
/// buyers, multiple sales at border-state stores). The broker buys nothing
/// and is not in the trace data.
pub const NETWORK_PURCHASERS: (u32, u32) = (3, 8);
/// Fewest and most firearms one network purchaser buys (both included).
pub const NETWORK_GUNS_PER_PURCHASER: (u32, u32) = (4, 20);
/// A network buyer's burst starts at most this many days (a year) before the
/// network's earliest seizure, and at least two weeks before it (three for
/// the Reynosa network).
pub const NETWORK_PURCHASE_WINDOW_DAYS: i32 = 365;
/// Share of networks already under an investigation case number
/// (**assumption**). The others are found only by what links their buyers:
/// guns seized together and shared addresses.
pub const NETWORK_CASE_SHARE: f64 = 0.6;
/// Share of a network's buyers (after the first) who give the home address
/// of an earlier buyer of the same network (**assumption**: recruits are
/// often relatives or housemates).
pub const NETWORK_SHARED_ADDRESS_SHARE: f64 = 0.3;

// --- People, serial numbers and a second agency --------------------------------

/// Age of a purchaser at their first purchase, fewest and most years
/// (**assumption**: straw buyers are mostly young adults; 21 is the minimum
/// age for buying a handgun from a dealer).
pub const PURCHASER_AGE_YEARS: (u32, u32) = (21, 55);
/// Share of trafficked firearms (straw purchasers and networks) whose serial
/// number was found filed off and restored by a laboratory before the trace
/// (**assumption**: obliteration is a known trafficking indicator; ATF does
/// not publish the share for Mexico).
pub const OBLITERATED_TRAFFICKED_SHARE: f64 = 0.04;
/// The same share for single purchases (**assumption**).
pub const OBLITERATED_SINGLE_SHARE: f64 = 0.005;
/// With `--agencies`: share of the firearms of ICE (HSI) cases that HSI
/// holds and ATF has not traced, written only to the HSI file
/// (**assumption**).
pub const HSI_ONLY_SHARE: f64 = 0.25;
/// With `--agencies`: share of the other trafficked firearms that HSI also
/// holds, from its own border seizures and informants (**assumption**).
pub const HSI_OTHER_TRAFFICKED_SHARE: f64 = 0.05;
/// Share of HSI's records that write the serial number in lower case with a
/// dash and a space (**assumption**).
pub const HSI_SERIAL_REWRITTEN_SHARE: f64 = 0.4;
/// Share of HSI's records of a person with a one-letter slip in the name
/// (**assumption**).
pub const HSI_NAME_TYPO_SHARE: f64 = 0.1;
/// Share of HSI's records of a person without the date of birth (**assumption**).
pub const HSI_DOB_MISSING_SHARE: f64 = 0.1;
/// Share of a network's firearms in its first, second, third and fourth
/// seizure. A network with fewer seizures uses the first shares, scaled to
/// add up to one.
pub const NETWORK_SEIZURE_SHARES: [f64; 4] = [0.55, 0.25, 0.12, 0.08];

/// The largest arms seizure in Mexico's history to that date: a Gulf cartel
/// safe house in Reynosa, Tamaulipas, announced on 7 November 2008 (the raid
/// was the day before): 288 long guns, 126 handguns, 165 grenades, half a
/// million rounds and seven Barrett .50-calibre rifles (AP, SEDENA/SIEDO
/// press conference). It is included as one network whose purchasers bought
/// in Texas, with the 288 rifles (seven of them .50s) in one recovery site.
pub const REYNOSA_DATE: (i32, u32, u32) = (2008, 11, 7);
/// Rifles of the Reynosa network, all recovered at one site. Fewer when the
/// budget of network traces is smaller.
pub const REYNOSA_RIFLES: u32 = 288;
/// How many of the Reynosa rifles are .50s (scaled down with them).
pub const REYNOSA_FIFTY_CALS: u32 = 7;
/// Purchasers who bought the Reynosa rifles (**assumption**).
pub const REYNOSA_PURCHASERS: u32 = 14;
/// Texas metros the Reynosa network bought in: the Houston–Rio Grande Valley
/// corridor (**assumption**).
pub const REYNOSA_SOURCE_TOWNS: &[&str] = &["Houston", "McAllen"];

/// Traced firearms recovered together in one event (one recovery site) when
/// they are unrelated single purchases: `1 + geometric(mean 2)`, at most 40
/// (**assumption**: most seizures hold a few guns).
pub const SINGLE_EVENT_EXTRA_MEAN: f64 = 2.0;
/// Most traced firearms in one seizure of single purchases.
pub const SINGLE_EVENT_MAX: u32 = 40;

/// Agencies named on traces. ATF submits and runs the traces; ICE (HSI) runs
/// some trafficking cases (the DOJ Inspector General's November 2010 review
/// of Project Gunrunner criticised ATF and ICE for not sharing information);
/// SEDENA (army) and PGR (federal attorney general, FGR since 2018) recovered
/// the guns. Weights are an **assumption**.
pub const AGENCY_WEIGHTS: [(Agency, f64); 4] = [
    (Agency::Atf, 0.78),
    (Agency::Ice, 0.07),
    (Agency::Sedena, 0.09),
    (Agency::Pgr, 0.06),
];
/// Share of investigation cases run by ICE rather than ATF (**assumption**).
pub const ICE_CASE_SHARE: f64 = 0.25;

/// The agency column of a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agency {
    /// Bureau of Alcohol, Tobacco, Firearms and Explosives (US), which runs the
    /// traces.
    Atf,
    /// Immigration and Customs Enforcement, Homeland Security Investigations
    /// (US).
    Ice,
    /// Secretaría de la Defensa Nacional, Mexico's army.
    Sedena,
    /// Procuraduría General de la República, Mexico's federal attorney general
    /// (FGR since 2018).
    Pgr,
}

impl Agency {
    /// The agency's abbreviation as written in the agency column, e.g. `ATF`.
    pub fn as_str(self) -> &'static str {
        match self {
            Agency::Atf => "ATF",
            Agency::Ice => "ICE",
            Agency::Sedena => "SEDENA",
            Agency::Pgr => "PGR",
        }
    }

    /// Mexican agencies write the weapon type in Spanish.
    pub fn is_mexican(self) -> bool {
        matches!(self, Agency::Sedena | Agency::Pgr)
    }
}

/// Rifle share for a recovery year, from [`RIFLE_SHARE_BY_YEAR`].
pub fn rifle_share(year: i32) -> f64 {
    let [(first_year, first), (last_year, last)] = RIFLE_SHARE_BY_YEAR;
    let t = f64::from(year - first_year) / f64::from(last_year - first_year);
    first + (last - first) * t.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seizure_figures_add_up_to_the_reported_total() {
        let total: u32 = SEIZURES_2006_2014.iter().map(|(_, n, _)| n).sum();
        assert_eq!(total, SEIZURES_TOTAL_2006_2014);
        assert_eq!(SEIZURES_2006_2014.len(), 32);
        let lowest_reported = SEIZURES_2006_2014
            .iter()
            .filter(|(_, _, basis)| *basis == Basis::Reported)
            .map(|(_, n, _)| *n)
            .min();
        for (state, n, basis) in SEIZURES_2006_2014 {
            if *basis == Basis::Assumed {
                assert!(
                    Some(*n) < lowest_reported,
                    "{state} must stay below the reported states"
                );
            }
        }
    }

    #[test]
    fn rifle_share_interpolates_and_holds_outside() {
        assert_eq!(rifle_share(2005), 0.28);
        assert_eq!(rifle_share(2007), 0.28);
        assert!((rifle_share(2009) - 0.355).abs() < 1e-9);
        assert_eq!(rifle_share(2011), 0.43);
        assert_eq!(rifle_share(2014), 0.43);
    }

    #[test]
    fn shares_are_consistent() {
        let named: f64 = SOURCE_STATE_SHARES.iter().map(|(_, s)| s).sum();
        assert!((named + OTHER_STATES_SHARE - 1.0).abs() < 1e-9);
        let split: f64 = RIFLE_SPLIT.iter().map(|(_, s)| s).sum();
        assert!((split - 1.0).abs() < 1e-9);
        let split: f64 = TRAFFICKED_RIFLE_SPLIT.iter().map(|(_, s)| s).sum();
        assert!((split - 1.0).abs() < 1e-9);
        let agencies: f64 = AGENCY_WEIGHTS.iter().map(|(_, s)| s).sum();
        assert!((agencies - 1.0).abs() < 1e-9);
        // Pistols are what is left, and must stay about half.
        for year in 2006..=2014 {
            let pistols = 1.0 - rifle_share(year) - REVOLVER_SHARE - SHOTGUN_SHARE - OTHER_SHARE;
            assert!((0.40..0.60).contains(&pistols), "{year}: {pistols}");
        }
    }
}
