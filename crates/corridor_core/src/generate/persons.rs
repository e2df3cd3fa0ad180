//! Fictitious purchasers: names, dates of birth and home addresses, and the
//! way a second agency writes the same person and firearm differently.
//!
//! Surnames and street names are plainly invented (the same idea as the
//! dealers' names), so that no row reads as a real person; given names are
//! common ones. Everything here is drawn from its own random stream, apart
//! from the one that shapes purchases and recoveries, so that adding a field
//! does not move every gun.

use super::calibration::{
    HSI_DOB_MISSING_SHARE, HSI_NAME_TYPO_SHARE, HSI_SERIAL_REWRITTEN_SHARE, PURCHASER_AGE_YEARS,
};
use super::dates::{day_of, days_in_year, push_iso, year_of};
use super::sampling::{GenRng, between, between_i32, chance};
use crate::model::Day;

const GIVEN_NAMES: &[&str] = &[
    "José",
    "Juan",
    "Luis",
    "Carlos",
    "Jesús",
    "Miguel",
    "Jorge",
    "Ramón",
    "Héctor",
    "Raúl",
    "Sergio",
    "Mario",
    "Ángel",
    "Víctor",
    "Óscar",
    "Francisco",
    "Javier",
    "Daniel",
    "Adrián",
    "Rubén",
    "María",
    "Ana",
    "Rosa",
    "Sofía",
    "Lucía",
    "Mónica",
    "Verónica",
    "Patricia",
    "Laura",
    "Diana",
    "Michael",
    "David",
    "James",
    "Robert",
    "John",
    "Kevin",
    "Brian",
    "Jason",
    "Ashley",
    "Jessica",
    "Amanda",
    "Tyler",
    "Cody",
    "Dustin",
    "Travis",
];

/// Invented surnames: no family is called this.
const SURNAMES: &[&str] = &[
    "Inventado",
    "Ficticio",
    "Imaginario",
    "Supuesto",
    "Figurado",
    "Ilusorio",
    "Quimérico",
    "Fingido",
    "Irreal",
    "Soñado",
    "Ideado",
    "Novelesco",
    "Fabulado",
    "Ensueño",
    "Hipotético",
    "Madeupson",
    "Notreal",
    "Pretendley",
    "Fakewell",
    "Storybrook",
    "Dreamfield",
    "Fictionby",
    "Phantomson",
    "Figmentez",
];

const STREETS: &[&str] = &[
    "Imaginary Mesquite",
    "Pretend Ocotillo",
    "Fictional Pecan",
    "Madeup Cedar",
    "Notreal Bluebonnet",
    "Phantom Yucca",
    "Invented Cottonwood",
    "Storybook Sage",
    "Figment Palo Verde",
    "Daydream Agave",
];
const STREET_KINDS: &[&str] = &["Street", "Avenue", "Drive", "Lane", "Road", "Court"];
const UNIT_WORDS: &[&str] = &["Apt", "Unit", "#"];

/// A fictitious purchaser as the trace file names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Given name and one or two invented surnames.
    pub name: String,
    /// Date of birth.
    pub dob: Day,
    /// Street address, town and state of the purchaser's home.
    pub address: String,
}

/// A purchaser born [`PURCHASER_AGE_YEARS`] before `first_purchase`, living
/// in `town`, `state` (the town of their usual store).
pub fn person(rng: &mut GenRng, first_purchase: Day, town: &str, state: &str) -> Person {
    let given = pick(rng, GIVEN_NAMES);
    let surname = pick(rng, SURNAMES);
    // Most Mexican-American buyers are written with two surnames, the rest
    // with one.
    let name = if chance(rng, 0.5) {
        let second = pick(rng, SURNAMES);
        format!("{given} {surname} {second}")
    } else {
        format!("{given} {surname}")
    };
    let (low, high) = PURCHASER_AGE_YEARS;
    let birth_year = year_of(first_purchase) - between(rng, low, high) as i32;
    let dob = Day(day_of(birth_year, 1, 1).0 + between_i32(rng, 0, days_in_year(birth_year) - 1));
    Person {
        name,
        dob,
        address: address(rng, town, state),
    }
}

/// A home address on an invented street of a real town.
pub fn address(rng: &mut GenRng, town: &str, state: &str) -> String {
    let number = between(rng, 100, 9899);
    let street = pick(rng, STREETS);
    let kind = pick(rng, STREET_KINDS);
    if chance(rng, 0.3) {
        let unit = pick(rng, UNIT_WORDS);
        let space = if unit == "#" { "" } else { " " };
        let flat = between(rng, 1, 40);
        format!("{number} {street} {kind} {unit}{space}{flat}, {town}, {state}")
    } else {
        format!("{number} {street} {kind}, {town}, {state}")
    }
}

fn pick(rng: &mut GenRng, list: &[&'static str]) -> &'static str {
    list[between(rng, 0, list.len() as u32 - 1) as usize]
}

/// How the second agency's record of a person compares with the first's,
/// as deconfliction should find it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Likeness {
    /// Written differently only in case and accents, with the same date of
    /// birth: an exact match once normalised.
    Exact,
    /// A one-letter slip in the name, or no date of birth: a probable match.
    Probable,
}

impl Likeness {
    /// `exact` or `probable`, as `corridor deconflict` writes it.
    pub fn id(self) -> &'static str {
        match self {
            Likeness::Exact => "exact",
            Likeness::Probable => "probable",
        }
    }
}

/// The second agency's record of a person: its name in capitals without
/// accents (as many case systems keep it), sometimes with a one-letter slip,
/// and sometimes without the date of birth. Returns the name, the date of
/// birth as written (empty when missing) and how it compares.
pub fn rewrite_person(rng: &mut GenRng, person: &Person) -> (String, String, Likeness) {
    let mut name: String = person
        .name
        .chars()
        .map(|c| crate::import::fields::fold_accent(c).to_ascii_uppercase())
        .collect();
    let mut likeness = Likeness::Exact;
    if chance(rng, HSI_NAME_TYPO_SHARE) {
        name = with_slip(rng, &name);
        likeness = Likeness::Probable;
    }
    let mut dob = String::new();
    // A slipped name keeps its date of birth: with neither, nothing would
    // tie the two records together.
    if likeness == Likeness::Exact && chance(rng, HSI_DOB_MISSING_SHARE) {
        likeness = Likeness::Probable;
    } else {
        push_iso(person.dob, &mut dob);
    }
    (name, dob, likeness)
}

/// One letter of the surname part doubled or dropped, as a clerk types it:
/// close enough that Jaro-Winkler stays above 0.9 on names this long.
fn with_slip(rng: &mut GenRng, name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    // Past the given name, so the shared prefix keeps the names close.
    let start = chars.iter().position(|c| *c == ' ').unwrap_or(0) + 2;
    let letters: Vec<usize> = (start..chars.len())
        .filter(|&i| chars[i].is_ascii_alphabetic())
        .collect();
    if letters.is_empty() {
        return name.to_owned();
    }
    let at = letters[between(rng, 0, letters.len() as u32 - 1) as usize];
    let mut out: String = chars[..at].iter().collect();
    if chance(rng, 0.5) {
        out.push(chars[at]);
        out.push(chars[at]);
    }
    out.extend(&chars[at + 1..]);
    out
}

/// The second agency's serial number: as written, or (a share
/// [`HSI_SERIAL_REWRITTEN_SHARE`]) in lower case with a dash and a space,
/// which compare equal once letters and digits alone are kept.
pub fn rewrite_serial(rng: &mut GenRng, serial: &str) -> String {
    if !chance(rng, HSI_SERIAL_REWRITTEN_SHARE) || serial.len() < 6 {
        return serial.to_owned();
    }
    let lower = serial.to_ascii_lowercase();
    format!("{}-{} {}", &lower[..4], &lower[4..6], &lower[6..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::investigate::normalise::{normalise_name, normalise_serial};
    use rand::SeedableRng;

    #[test]
    fn rewritten_names_match_the_way_deconfliction_compares_them() {
        let mut rng = GenRng::seed_from_u64(7);
        let (mut exact, mut probable) = (0, 0);
        for _ in 0..2000 {
            let person = person(&mut rng, day_of(2010, 5, 1), "Houston", "TX");
            let (name, dob, likeness) = rewrite_person(&mut rng, &person);
            assert_eq!(name, name.to_ascii_uppercase(), "{name}");
            let same_name = normalise_name(&name) == normalise_name(&person.name);
            match likeness {
                Likeness::Exact => {
                    exact += 1;
                    assert!(same_name, "{name} / {}", person.name);
                    assert!(!dob.is_empty());
                }
                Likeness::Probable => {
                    probable += 1;
                    let similarity =
                        strsim::jaro_winkler(&normalise_name(&name), &normalise_name(&person.name));
                    assert!(similarity >= 0.9, "{name} / {}: {similarity}", person.name);
                    assert!(
                        same_name || !dob.is_empty(),
                        "a slip and no date is no match"
                    );
                }
            }
        }
        assert!(exact > 1400 && probable > 200, "{exact} {probable}");
    }

    #[test]
    fn rewritten_serials_compare_equal() {
        let mut rng = GenRng::seed_from_u64(3);
        let mut changed = 0;
        for _ in 0..200 {
            let rewritten = rewrite_serial(&mut rng, "DEMOAB123456");
            assert_eq!(normalise_serial(&rewritten), "DEMOAB123456");
            changed += usize::from(rewritten != "DEMOAB123456");
        }
        assert!(changed > 40, "{changed}");
    }

    #[test]
    fn a_person_is_an_adult_with_an_address_in_town() {
        let mut rng = GenRng::seed_from_u64(1);
        let bought = day_of(2009, 3, 2);
        for _ in 0..100 {
            let p = person(&mut rng, bought, "Phoenix", "AZ");
            let age = year_of(bought) - year_of(p.dob);
            assert!((21..=60).contains(&age), "{age}");
            assert!(p.address.ends_with(", Phoenix, AZ"), "{}", p.address);
            assert!(p.name.split(' ').count() >= 2);
        }
    }
}
