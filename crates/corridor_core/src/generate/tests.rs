//! Tests of the generator as a whole: determinism, the calibrated shares,
//! and that its output imports cleanly.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::calibration::{
    FIFTY_CAL_TAMAULIPAS_SHARE, SOURCE_STATE_SHARES, TTC_UNDER_3_YEARS_TARGET, rifle_share,
};
use super::dates::year_of;
use super::events::{Site, Trace};
use super::weapons::CATALOGUE;
use super::*;
use crate::basemap::Basemap;
use crate::classify::{CachedClassifier, Classifier};
use crate::import::builder::DatasetBuilder;
use crate::import::{DataSource, ImportControl, ImportOptions, ImportOutcome, import_into};
use crate::model::WeaponClass;

fn basemap() -> &'static Basemap {
    static BASEMAP: OnceLock<Basemap> = OnceLock::new();
    BASEMAP.get_or_init(|| Basemap::embedded().expect("embedded basemap parses"))
}

fn bytes(traces: u64, seed: u64, linked: bool) -> GeneratedBytes {
    generate_bytes(
        basemap(),
        GenerateOptions {
            traces,
            seed,
            linked,
            agencies: false,
        },
    )
    .expect("generates")
}

/// Tallies what the tests check, straight from the generator.
#[derive(Default)]
struct Tally {
    traces: u64,
    source_states: BTreeMap<String, u64>,
    classes: BTreeMap<WeaponClass, u64>,
    /// (recovery year, is a rifle) → count.
    rifles_by_year: BTreeMap<(i32, bool), u64>,
    ttc_under_3_years: u64,
    ttc_over_10_years: u64,
    recovery_states: BTreeMap<String, u64>,
    fifty_cal_states: BTreeMap<String, u64>,
    with_purchaser: u64,
    with_case: u64,
    agencies: BTreeMap<&'static str, u64>,
    spanish_types: u64,
    sites: Vec<(String, String, String)>,
    problems: Vec<String>,
}

impl Sink for Tally {
    fn site(&mut self, site: &Site<'_>) -> Result<(), GenerateError> {
        self.sites.push((
            site.id.clone(),
            site.place.to_owned(),
            site.state.to_owned(),
        ));
        Ok(())
    }

    fn trace(&mut self, trace: &Trace<'_>) -> Result<(), GenerateError> {
        self.traces += 1;
        let class = trace.entry.class;
        *self
            .source_states
            .entry(trace.store.state.clone())
            .or_default() += 1;
        *self.classes.entry(class).or_default() += 1;
        let rifle = matches!(
            class,
            WeaponClass::AkPattern
                | WeaponClass::ArPattern
                | WeaponClass::FiftyCal
                | WeaponClass::OtherRifle
        );
        *self
            .rifles_by_year
            .entry((year_of(trace.recovery), rifle))
            .or_default() += 1;
        let ttc_days = trace.recovery.0 - trace.purchase.0;
        if f64::from(ttc_days) < 3.0 * 365.25 {
            self.ttc_under_3_years += 1;
        }
        if f64::from(ttc_days) > 10.0 * 365.25 {
            self.ttc_over_10_years += 1;
        }
        *self
            .recovery_states
            .entry(trace.site.state.to_owned())
            .or_default() += 1;
        if class == WeaponClass::FiftyCal {
            *self
                .fifty_cal_states
                .entry(trace.site.state.to_owned())
                .or_default() += 1;
        }
        self.with_purchaser += u64::from(trace.purchaser.is_some());
        self.with_case += u64::from(trace.case.is_some());
        if trace.case.is_some() && trace.purchaser.is_none() {
            self.problems.push(format!(
                "trace {} has a case but no purchaser",
                trace.number
            ));
        }
        *self.agencies.entry(trace.agency.as_str()).or_default() += 1;
        self.spanish_types += u64::from(trace.weapon_type == trace.entry.type_es);
        if ttc_days < 7
            || year_of(trace.purchase) < 1968
            || year_of(trace.purchase) < trace.entry.since_year
        {
            self.problems.push(format!(
                "trace {}: implausible purchase {:?}",
                trace.number, trace.purchase
            ));
        }
        if !(2006..=2014).contains(&year_of(trace.recovery)) {
            self.problems.push(format!(
                "trace {}: recovery outside 2006-2014",
                trace.number
            ));
        }
        Ok(())
    }
}

fn tally(traces: u64, seed: u64) -> Tally {
    let mut generator = Generator::new(basemap(), traces, seed).expect("generator");
    let mut tally = Tally::default();
    let counts = generator.run(&mut tally).expect("runs");
    assert_eq!(counts.traces, traces);
    assert_eq!(tally.traces, traces);
    tally
}

fn share(part: u64, whole: u64) -> f64 {
    part as f64 / whole.max(1) as f64
}

fn assert_near(name: &str, actual: f64, target: f64, tolerance: f64) {
    assert!(
        (actual - target).abs() <= tolerance,
        "{name}: {actual:.4}, expected {target} ± {tolerance}"
    );
}

fn import(files: &[(&str, &[u8])]) -> ImportOutcome {
    let classifier = CachedClassifier::new(Classifier::shipped().expect("shipped rules parse"));
    let sources: Vec<DataSource> = files
        .iter()
        .map(|(name, bytes)| DataSource::Bytes {
            name: (*name).to_owned(),
            bytes: bytes.to_vec(),
        })
        .collect();
    import_into(
        DatasetBuilder::new(classifier),
        &sources,
        &ImportOptions::default(),
        &ImportControl::default(),
    )
    .expect("import is not cancelled")
}

#[test]
fn same_seed_same_bytes_and_another_seed_others() {
    let a = bytes(3_000, 7, true);
    let b = bytes(3_000, 7, true);
    let c = bytes(3_000, 8, true);
    assert_eq!(a.flat, b.flat);
    let (la, lb) = (
        a.linked.as_ref().expect("linked"),
        b.linked.as_ref().expect("linked"),
    );
    assert_eq!(
        (&la.stores, &la.recoveries, &la.traces),
        (&lb.stores, &lb.recoveries, &lb.traces)
    );
    assert_ne!(a.flat, c.flat);
    // The flat file does not depend on whether linked files are written too.
    assert_eq!(a.flat, bytes(3_000, 7, false).flat);
}

#[test]
fn calibrated_shares_come_out() {
    let t = tally(100_000, 2010);
    assert!(
        t.problems.is_empty(),
        "{:#?}",
        &t.problems[..t.problems.len().min(10)]
    );
    let n = t.traces;

    // Source states (MAIG 2010 / GAO-09-709).
    for (code, target) in SOURCE_STATE_SHARES {
        let postal = &code[3..];
        let actual = share(t.source_states.get(postal).copied().unwrap_or(0), n);
        assert_near(code, actual, *target, 0.02);
    }
    assert!(!t.source_states.contains_key("DC"));
    assert!(
        t.source_states.len() > 30,
        "stores spread over the other states"
    );

    // Pistols about half, rifles rising from 28% (2007) to 43% (2011).
    let pistols = share(t.classes.get(&WeaponClass::Pistol).copied().unwrap_or(0), n);
    assert_near("pistol share", pistols, 0.48, 0.04);
    let rifle_share_in = |year: i32| {
        let rifles = t.rifles_by_year.get(&(year, true)).copied().unwrap_or(0);
        let others = t.rifles_by_year.get(&(year, false)).copied().unwrap_or(0);
        share(rifles, rifles + others)
    };
    assert_near(
        "rifles 2007",
        rifle_share_in(2007),
        rifle_share(2007),
        0.015,
    );
    assert_near(
        "rifles 2011",
        rifle_share_in(2011),
        rifle_share(2011),
        0.015,
    );
    assert!(!t.classes.contains_key(&WeaponClass::Unknown));
    for class in [
        WeaponClass::Revolver,
        WeaponClass::Shotgun,
        WeaponClass::Other,
    ] {
        let actual = share(t.classes.get(&class).copied().unwrap_or(0), n);
        assert!((0.01..0.10).contains(&actual), "{class:?}: {actual}");
    }
    let ak = t.classes.get(&WeaponClass::AkPattern).copied().unwrap_or(0);
    let ar = t.classes.get(&WeaponClass::ArPattern).copied().unwrap_or(0);
    let other_rifles = t
        .classes
        .get(&WeaponClass::OtherRifle)
        .copied()
        .unwrap_or(0);
    assert!(ak > ar && ar > other_rifles, "AK and AR lead the rifles");

    // .50s: a few per thousand, mostly in Tamaulipas.
    let fifties: u64 = t.fifty_cal_states.values().sum();
    assert_near(".50 share", share(fifties, n), 0.003, 0.0015);
    let in_tamaulipas = share(
        t.fifty_cal_states.get("Tamaulipas").copied().unwrap_or(0),
        fifties,
    );
    assert_near(
        ".50 in Tamaulipas",
        in_tamaulipas,
        FIFTY_CAL_TAMAULIPAS_SHARE,
        0.12,
    );

    // Time to crime: 18% under three years, a long tail past ten.
    assert_near(
        "TTC < 3 years",
        share(t.ttc_under_3_years, n),
        TTC_UNDER_3_YEARS_TARGET,
        0.02,
    );
    let over_10 = share(t.ttc_over_10_years, n);
    assert!((0.3..0.65).contains(&over_10), "TTC > 10 years: {over_10}");

    // Recoveries: Mexico City first, then Tamaulipas and Michoacán.
    let mut states: Vec<(&String, &u64)> = t.recovery_states.iter().collect();
    states.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    assert_eq!(states[0].0, "Ciudad de México");
    let cdmx = share(*states[0].1, n);
    assert_near("Mexico City share", cdmx, 93_105.0 / 308_881.0, 0.03);
    assert!(states[1..4].iter().any(|(s, _)| *s == "Tamaulipas"));
    assert!(states[1..4].iter().any(|(s, _)| *s == "Michoacán"));
    assert_eq!(t.recovery_states.len(), 32);

    // Structure and agencies.
    assert_near("with purchaser", share(t.with_purchaser, n), 0.13, 0.01);
    assert!(t.with_case > 0 && t.with_case < t.with_purchaser);
    assert!(share(t.agencies.get("ATF").copied().unwrap_or(0), n) > 0.6);
    for agency in ["ICE", "SEDENA", "PGR"] {
        assert!(t.agencies.get(agency).copied().unwrap_or(0) > 0, "{agency}");
    }
    assert!((0.1..0.3).contains(&share(t.spanish_types, n)));

    // Shown with --nocapture, for data/README.md.
    let class_share = |class| share(t.classes.get(&class).copied().unwrap_or(0), n);
    eprintln!(
        "TX {:.3} AZ {:.3} CA {:.3} NM {:.3} | pistol {pistols:.3} rifles 2007 {:.3} 2011 {:.3} | AK {:.3} AR {:.3} other rifle {:.3} revolver {:.3} shotgun {:.3} other {:.3} | .50 {:.4} of which Tamaulipas {in_tamaulipas:.2} | TTC<3y {:.3} >10y {over_10:.3} | CDMX {cdmx:.3} | purchaser {:.3} case {:.3}",
        share(t.source_states.get("TX").copied().unwrap_or(0), n),
        share(t.source_states.get("AZ").copied().unwrap_or(0), n),
        share(t.source_states.get("CA").copied().unwrap_or(0), n),
        share(t.source_states.get("NM").copied().unwrap_or(0), n),
        rifle_share_in(2007),
        rifle_share_in(2011),
        class_share(WeaponClass::AkPattern),
        class_share(WeaponClass::ArPattern),
        class_share(WeaponClass::OtherRifle),
        class_share(WeaponClass::Revolver),
        class_share(WeaponClass::Shotgun),
        class_share(WeaponClass::Other),
        share(fifties, n),
        share(t.ttc_under_3_years, n),
        share(t.with_purchaser, n),
        share(t.with_case, n),
    );
}

#[test]
fn reynosa_seizure_is_included() {
    let out = bytes(8_000, 3, false);
    let text = String::from_utf8(out.flat).expect("UTF-8");
    // Columns: 7 recovery_date, 15 recovery_id, 16 recovery_place, 17 recovery_state.
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(2)
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|f| {
            f.len() > 17 && f[7] == "2008-11-07" && f[16] == "Reynosa" && f[17] == "Tamaulipas"
        })
        .collect();
    assert_eq!(
        rows.len(),
        288,
        "one Reynosa seizure of 288 guns on 2008-11-07"
    );
    assert!(rows.iter().all(|r| r[15] == rows[0][15]), "all at one site");
    assert_eq!(rows.iter().filter(|r| r[4] == ".50 BMG").count(), 7);
    assert!(
        rows.iter().all(|r| r[1] == "RIFLE" || r[1] == "Fusil"),
        "long guns only"
    );
    assert!(
        rows.iter().all(|r| r[12] == "TX"
            && r[20].starts_with("DEMO-P")
            && r[21].starts_with("DEMO-CASE-"))
    );
}

#[test]
fn output_imports_cleanly_flat_and_linked() {
    let out = bytes(4_000, 11, true);
    let flat = import(&[(FLAT_FILE_NAME, &out.flat)]);
    assert!(
        flat.report.issues.is_empty(),
        "{:#?}",
        &flat.report.issues[..flat.report.issues.len().min(10)]
    );
    assert!(flat.report.is_clean());
    let dataset = &flat.dataset;
    assert_eq!(dataset.traces.len(), 4_000);
    assert!(dataset.is_synthetic());
    assert_eq!(dataset.stores.len() as u64, out.summary.stores);
    assert_eq!(dataset.sites.len() as u64, out.summary.counts.sites);
    assert_eq!(dataset.class_counts()[WeaponClass::Unknown.index()], 0);

    let files = out.linked.as_ref().expect("linked files");
    let linked = import(&[
        (TRACES_FILE_NAME, &files.traces),
        (STORES_FILE_NAME, &files.stores),
        (RECOVERIES_FILE_NAME, &files.recoveries),
    ]);
    assert!(
        linked.report.issues.is_empty(),
        "{:#?}",
        &linked.report.issues[..linked.report.issues.len().min(10)]
    );
    let other = &linked.dataset;
    assert!(other.is_synthetic());
    assert_eq!(other.traces.len(), dataset.traces.len());
    assert_eq!(other.stores.len(), dataset.stores.len());
    assert_eq!(other.sites.len(), dataset.sites.len());
    assert_eq!(other.class_counts(), dataset.class_counts());
    // The linked sites carry their seizure's description.
    assert!(
        other
            .sites
            .iter()
            .all(|s| !other.str(s.description).is_empty())
    );
}

#[test]
fn every_file_opens_with_a_synthetic_title_line() {
    let out = bytes(500, 1, true);
    let files = out.linked.as_ref().expect("linked files");
    for (name, content) in [
        (FLAT_FILE_NAME, &out.flat),
        (STORES_FILE_NAME, &files.stores),
        (RECOVERIES_FILE_NAME, &files.recoveries),
        (TRACES_FILE_NAME, &files.traces),
    ] {
        let text = std::str::from_utf8(content).expect("UTF-8");
        let first = text.lines().next().unwrap_or_default();
        assert!(first.starts_with("# SYNTHETIC"), "{name}: {first}");
        assert!(
            !first.contains([',', ';', '\t', '|', '"']),
            "{name}: {first}"
        );
    }
    let header = out.flat.split(|&b| b == b'\n').nth(1).expect("header line");
    assert_eq!(header, writer::FLAT_HEADERS.join(",").as_bytes());
}

#[test]
fn dealers_purchasers_and_serials_are_plainly_fictitious() {
    let generator = Generator::new(basemap(), 2_000, 5).expect("generator");
    let invented = [
        "Imaginary",
        "Fictional",
        "Madeup",
        "Pretend",
        "Invented",
        "Notreal",
        "Phantom",
        "Makebelieve",
        "Hypothetical",
        "Fabled",
        "Mythical",
        "Daydream",
        "Figment",
        "Storybook",
    ];
    for store in generator.stores() {
        assert!(store.id.starts_with("DEMO-S"), "{}", store.id);
        assert!(store.ffl.starts_with("DEMO-"), "{}", store.ffl);
        let first = store.name.split(' ').next().unwrap_or_default();
        assert!(invented.contains(&first), "{}", store.name);
        assert!(!store.city.is_empty() && store.state.len() == 2);
    }
    let mut ffls: Vec<&str> = generator.stores().iter().map(|s| s.ffl.as_str()).collect();
    ffls.sort_unstable();
    ffls.dedup();
    assert_eq!(
        ffls.len(),
        generator.stores().len(),
        "licence numbers are unique"
    );

    let out = bytes(2_000, 5, false);
    let text = String::from_utf8(out.flat).expect("UTF-8");
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(
        text.split_once('\n')
            .map_or("", |(_, rest)| rest)
            .as_bytes(),
    );
    for record in reader.records() {
        let record = record.expect("valid CSV");
        assert!(record[0].starts_with("DEMO-T"));
        assert!(
            record[5].starts_with("DEMO") && record[5].len() == 12,
            "{}",
            &record[5]
        );
        assert!(record[15].starts_with("DEMO-R"));
        assert!(record[20].is_empty() || record[20].starts_with("DEMO-P"));
        assert!(record[21].is_empty() || record[21].starts_with("DEMO-CASE-"));
    }
}

#[test]
fn catalogue_entries_classify_as_intended_in_both_languages() {
    let classifier = Classifier::shipped().expect("shipped rules parse");
    for entry in CATALOGUE {
        for weapon_type in [entry.type_en, entry.type_es] {
            let c = classifier.classify(weapon_type, entry.make, entry.model, entry.caliber);
            assert_eq!(
                c.class, entry.class,
                "{weapon_type} {} {} {}",
                entry.make, entry.model, entry.caliber
            );
            assert!(!c.unrecognised_type, "{weapon_type}");
        }
    }
    // Every class has a model on sale by 2005, so any purchase finds one.
    for class in WeaponClass::ALL
        .into_iter()
        .filter(|c| *c != WeaponClass::Unknown)
    {
        assert!(
            CATALOGUE
                .iter()
                .any(|e| e.class == class && e.since_year <= 2005),
            "{class:?}"
        );
    }
}

#[test]
fn tiny_and_empty_runs_work() {
    for traces in [0, 1, 7, 100] {
        let out = bytes(traces, 9, true);
        assert_eq!(out.summary.counts.traces, traces);
        let imported = import(&[(FLAT_FILE_NAME, &out.flat)]);
        assert_eq!(imported.dataset.traces.len() as u64, traces);
        assert_eq!(imported.report.rejected + imported.report.warnings, 0);
    }
}
