//! Deconfliction across agencies: the same firearm, purchaser or store held
//! by two or more agencies, found and listed, never merged.

use rustc_hash::FxHashMap;

use super::normalise::{normalise_name, normalise_serial, normalise_serial_into};
use crate::import::values::serial_is_obliterated;
use crate::model::{Dataset, Day, StoreId, StrId};

/// What two agencies both hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OverlapKind {
    /// The same firearm: serial and make alike.
    Firearm,
    /// The same purchaser: name and date of birth.
    Purchaser,
    /// The same store: FFL number, else name and town.
    Store,
}

impl OverlapKind {
    /// Every kind, in the order reports list them.
    pub const ALL: [OverlapKind; 3] = [
        OverlapKind::Firearm,
        OverlapKind::Purchaser,
        OverlapKind::Store,
    ];

    /// Stable id, as JSON writes it.
    pub fn id(self) -> &'static str {
        match self {
            OverlapKind::Firearm => "firearm",
            OverlapKind::Purchaser => "purchaser",
            OverlapKind::Store => "store",
        }
    }
}

/// How sure a match is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchStrength {
    /// Alike once case, spaces and punctuation are set aside.
    Exact,
    /// Alike enough to check: similar names with the same date of birth, a
    /// name with one date of birth missing, a store by name and town.
    Probable,
}

impl MatchStrength {
    /// Stable id, as JSON writes it.
    pub fn id(self) -> &'static str {
        match self {
            MatchStrength::Exact => "exact",
            MatchStrength::Probable => "probable",
        }
    }
}

/// One agency's record in an overlap: the trace it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct OverlapRecord {
    /// The trace (dataset row).
    pub row: u32,
    /// The agency that holds it.
    pub agency: String,
    /// What identifies it in that agency's data: the trace id, the
    /// purchaser's id (or name), the store's FFL number (or id).
    pub id: String,
}

/// Records of two or more agencies that look like the same thing.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlap {
    /// What they share.
    pub kind: OverlapKind,
    /// How sure the match is.
    pub strength: MatchStrength,
    /// 1 for an exact match; a probable one's similarity (Jaro-Winkler of
    /// the names, 0.9 for a name with one date of birth missing, 0.8 for a
    /// store by name and town).
    pub score: f64,
    /// The agencies, sorted.
    pub agencies: Vec<String>,
    /// One record per agency and thing (a firearm: every trace of it).
    pub records: Vec<OverlapRecord>,
}

/// Names at least this similar (Jaro-Winkler, normalised) with the same
/// date of birth are a probable match.
pub const NAME_SIMILARITY: f64 = 0.9;

/// The agency of trace `row`: its `agency`, else its file's name (files
/// without a label still tell their records apart).
pub fn agency_of(dataset: &Dataset, row: usize) -> String {
    let agency = dataset.traces.agency[row];
    if agency != StrId::EMPTY {
        return dataset.str(agency).to_owned();
    }
    let file = dataset.traces.source_file[row] as usize;
    dataset
        .sources
        .get(file)
        .map_or_else(String::new, |s| s.name.clone())
}

/// Every overlap across agencies, firearms first, then purchasers, then
/// stores; exact before probable.
pub fn deconflict(dataset: &Dataset) -> Vec<Overlap> {
    let agencies = AgencyIds::new(dataset);
    if agencies.names.len() < 2 {
        return Vec::new();
    }
    let mut overlaps = firearm_overlaps(dataset, &agencies);
    overlaps.extend(purchaser_overlaps(dataset, &agencies));
    overlaps.extend(store_overlaps(dataset, &agencies));
    overlaps
}

/// Overlaps counted by kind and strength: `[kind][strength]`.
pub fn summary(overlaps: &[Overlap]) -> [[u32; 2]; 3] {
    let mut counts = [[0u32; 2]; 3];
    for overlap in overlaps {
        counts[overlap.kind as usize][overlap.strength as usize] += 1;
    }
    counts
}

/// Each trace's agency as a small number, and the names.
struct AgencyIds {
    of_trace: Vec<u32>,
    names: Vec<String>,
}

impl AgencyIds {
    fn new(dataset: &Dataset) -> Self {
        let traces = &dataset.traces;
        // The name is looked up once per (agency column, file) pair.
        let mut by_pair: FxHashMap<(StrId, u16), u32> = FxHashMap::default();
        let mut numbers: FxHashMap<String, u32> = FxHashMap::default();
        let mut names = Vec::new();
        let of_trace = (0..traces.len())
            .map(|row| {
                let pair = (traces.agency[row], traces.source_file[row]);
                *by_pair.entry(pair).or_insert_with(|| {
                    let name = agency_of(dataset, row);
                    *numbers.entry(name.clone()).or_insert_with(|| {
                        names.push(name);
                        (names.len() - 1) as u32
                    })
                })
            })
            .collect();
        AgencyIds { of_trace, names }
    }

    fn name(&self, agency: u32) -> String {
        self.names[agency as usize].clone()
    }

    /// The distinct agencies of `rows`, sorted by name.
    fn of_rows(&self, rows: impl Iterator<Item = u32>) -> Vec<String> {
        let mut names: Vec<String> = rows.map(|r| self.name(self.of_trace[r as usize])).collect();
        names.sort();
        names.dedup();
        names
    }
}

/// Make compared without case and punctuation.
fn normalise_make(make: &str) -> String {
    normalise_serial(make)
}

fn firearm_overlaps(dataset: &Dataset, agencies: &AgencyIds) -> Vec<Overlap> {
    use std::hash::BuildHasher;
    let traces = &dataset.traces;
    // Makes compared once per weapon description, not per trace.
    let mut make_numbers: FxHashMap<String, u32> = FxHashMap::default();
    let make_of_weapon: Vec<u32> = dataset
        .weapons
        .iter()
        .map(|weapon| {
            let make = normalise_make(dataset.str(weapon.make));
            let next = make_numbers.len() as u32;
            *make_numbers.entry(make).or_insert(next)
        })
        .collect();
    // (hash of the normalised serial, make, row), sorted: equal serials of
    // one make sit together; a shared hash is checked on the text below.
    let hasher = rustc_hash::FxBuildHasher;
    let mut serial = String::new();
    let mut keyed: Vec<(u64, u32, u32)> = Vec::with_capacity(traces.len());
    for row in 0..traces.len() {
        let written = traces.serial.get(row);
        // A serial filed off and restored is still the gun's; only a cell
        // that says "OBLITERATED" instead of a serial compares nothing.
        if traces.case.obliterated.get(row) && serial_is_obliterated(written) {
            continue;
        }
        normalise_serial_into(written, &mut serial);
        if serial.len() < 3 {
            continue;
        }
        let make = make_of_weapon[traces.weapon[row].0 as usize];
        keyed.push((hasher.hash_one(serial.as_str()), make, row as u32));
    }
    keyed.sort_unstable();
    let mut overlaps = Vec::new();
    for group in keyed.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let first = agencies.of_trace[group[0].2 as usize];
        if group.len() < 2
            || group
                .iter()
                .all(|g| agencies.of_trace[g.2 as usize] == first)
        {
            continue;
        }
        // The same hash is almost always the same serial; make sure.
        let mut by_text: Vec<(String, u32)> = group
            .iter()
            .map(|g| (normalise_serial(traces.serial.get(g.2 as usize)), g.2))
            .collect();
        by_text.sort();
        for same in by_text.chunk_by(|a, b| a.0 == b.0) {
            let rows: Vec<u32> = same.iter().map(|s| s.1).collect();
            let first = agencies.of_trace[rows[0] as usize];
            if rows.iter().all(|&r| agencies.of_trace[r as usize] == first) {
                continue;
            }
            overlaps.push(Overlap {
                kind: OverlapKind::Firearm,
                strength: MatchStrength::Exact,
                score: 1.0,
                agencies: agencies.of_rows(rows.iter().copied()),
                records: rows
                    .iter()
                    .map(|&row| OverlapRecord {
                        row,
                        agency: agencies.name(agencies.of_trace[row as usize]),
                        id: traces.trace_id.get(row as usize).to_owned(),
                    })
                    .collect(),
            });
        }
    }
    overlaps.sort_by_key(|o| o.records[0].row);
    overlaps
}

/// A purchaser as one agency holds them: name, date of birth, the first
/// trace and what the agency calls them.
struct Person {
    agency: u32,
    name: String,
    dob: Day,
    row: u32,
}

/// Whether two purchaser records are the same person by the rules above:
/// the same normalised name with the same date of birth or one of them
/// missing, or similar names (Jaro-Winkler at least [`NAME_SIMILARITY`])
/// with the same date of birth. Names are normalised already; an empty name
/// matches nothing.
///
/// ```
/// use corridor_core::investigate::deconflict::same_person;
/// use corridor_core::model::Day;
/// let dob = Day::from_ymd(1985, 1, 3).unwrap();
/// assert!(same_person("ana ficticio", dob, "ana ficticio", Day::NONE));
/// assert!(same_person("ana ficticio", dob, "ana ficticcio", dob));
/// assert!(!same_person("ana ficticio", dob, "ana ficticcio", Day::NONE));
/// assert!(!same_person("ana ficticio", dob, "ana ficticio", Day::from_ymd(1985, 1, 4).unwrap()));
/// ```
pub fn same_person(name_a: &str, dob_a: Day, name_b: &str, dob_b: Day) -> bool {
    if name_a.is_empty() || name_b.is_empty() {
        return false;
    }
    if dob_a.is_none() || dob_b.is_none() {
        return name_a == name_b && dob_a.is_none() != dob_b.is_none();
    }
    dob_a == dob_b && (name_a == name_b || strsim::jaro_winkler(name_a, name_b) >= NAME_SIMILARITY)
}

fn purchaser_overlaps(dataset: &Dataset, agencies: &AgencyIds) -> Vec<Overlap> {
    let traces = &dataset.traces;
    let mut seen: FxHashMap<(u32, StrId, Day), ()> = FxHashMap::default();
    let mut people: Vec<Person> = Vec::new();
    for row in 0..traces.len() {
        let name_id = traces.case.purchaser_name.get(row);
        if name_id == StrId::EMPTY {
            continue;
        }
        let agency = agencies.of_trace[row];
        let dob = traces.case.purchaser_dob.get(row);
        if seen.insert((agency, name_id, dob), ()).is_some() {
            continue;
        }
        let name = normalise_name(dataset.str(name_id));
        if name.is_empty() {
            continue;
        }
        people.push(Person {
            agency,
            name,
            dob,
            row: row as u32,
        });
    }
    let mut found: Vec<(MatchStrength, f64, usize, usize)> = Vec::new();
    // Same date of birth: exact on the same name, probable on similar ones.
    let mut by_dob: FxHashMap<Day, Vec<usize>> = FxHashMap::default();
    let mut by_name: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, person) in people.iter().enumerate() {
        if !person.dob.is_none() {
            by_dob.entry(person.dob).or_default().push(i);
        }
        by_name.entry(person.name.as_str()).or_default().push(i);
    }
    for group in by_dob.values() {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                if people[a].agency == people[b].agency {
                    continue;
                }
                if people[a].name == people[b].name {
                    found.push((MatchStrength::Exact, 1.0, a, b));
                    continue;
                }
                let similarity = strsim::jaro_winkler(&people[a].name, &people[b].name);
                if similarity >= NAME_SIMILARITY {
                    found.push((MatchStrength::Probable, similarity, a, b));
                }
            }
        }
    }
    // The same name with exactly one date of birth missing.
    for group in by_name.values() {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                if people[a].agency != people[b].agency
                    && people[a].dob.is_none() != people[b].dob.is_none()
                {
                    found.push((MatchStrength::Probable, NAME_SIMILARITY, a, b));
                }
            }
        }
    }
    found.sort_by(|x, y| {
        (x.0, people[x.2].row, people[x.3].row).cmp(&(y.0, people[y.2].row, people[y.3].row))
    });
    let record = |p: &Person| OverlapRecord {
        row: p.row,
        agency: agencies.name(p.agency),
        id: {
            let id = traces.purchaser[p.row as usize];
            if id == StrId::EMPTY {
                dataset
                    .str(traces.case.purchaser_name.get(p.row as usize))
                    .to_owned()
            } else {
                dataset.str(id).to_owned()
            }
        },
    };
    found
        .into_iter()
        .map(|(strength, score, a, b)| {
            let records = vec![record(&people[a]), record(&people[b])];
            let mut names: Vec<String> = records.iter().map(|r| r.agency.clone()).collect();
            names.sort();
            Overlap {
                kind: OverlapKind::Purchaser,
                strength,
                score: (score * 1000.0).round() / 1000.0,
                agencies: names,
                records,
            }
        })
        .collect()
}

/// A store as one agency holds it: (agency, store, its first trace).
type HeldStore = (u32, StoreId, u32);

fn store_overlaps(dataset: &Dataset, agencies: &AgencyIds) -> Vec<Overlap> {
    let traces = &dataset.traces;
    // Each (agency, store) once, with its first trace.
    let mut held: FxHashMap<(u32, StoreId), u32> = FxHashMap::default();
    for row in 0..traces.len() {
        held.entry((agencies.of_trace[row], traces.store[row]))
            .or_insert(row as u32);
    }
    let mut groups: FxHashMap<(MatchStrength, String), Vec<HeldStore>> = FxHashMap::default();
    for (&(agency, store), &row) in &held {
        let info = dataset.store(store);
        let ffl = normalise_serial(dataset.str(info.ffl));
        let key = if ffl.len() >= 5 {
            (MatchStrength::Exact, ffl)
        } else {
            let name = normalise_name(dataset.str(info.name));
            let town = normalise_name(dataset.str(info.city));
            if name.is_empty() || town.is_empty() {
                continue;
            }
            (MatchStrength::Probable, format!("{name}|{town}"))
        };
        groups.entry(key).or_default().push((agency, store, row));
    }
    let mut overlaps: Vec<Overlap> = groups
        .into_iter()
        .filter(|(_, members)| members.iter().any(|m| m.0 != members[0].0))
        .map(|((strength, _), mut members)| {
            members.sort_by_key(|&(agency, _, row)| (agencies.name(agency), row));
            Overlap {
                kind: OverlapKind::Store,
                strength,
                score: if strength == MatchStrength::Exact {
                    1.0
                } else {
                    0.8
                },
                agencies: agencies.of_rows(members.iter().map(|m| m.2)),
                records: members
                    .iter()
                    .map(|&(agency, store, row)| {
                        let info = dataset.store(store);
                        let ffl = dataset.str(info.ffl);
                        OverlapRecord {
                            row,
                            agency: agencies.name(agency),
                            id: if ffl.is_empty() {
                                dataset.str(info.key).to_owned()
                            } else {
                                ffl.to_owned()
                            },
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    overlaps.sort_by_key(|o| (o.strength, o.records[0].row));
    overlaps
}
