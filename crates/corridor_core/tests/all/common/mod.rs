//! Helpers shared by the integration tests of the core and of the app (which
//! includes this module by path).
#![allow(
    dead_code,
    reason = "each test binary uses some of the helpers, not all"
)]

pub mod export;

use corridor_core::import::builder::DatasetBuilder;
use corridor_core::import::report::{ImportIssue, Severity};
use corridor_core::import::{DataSource, ImportControl, ImportOptions, ImportOutcome, import_into};

pub fn classifier() -> corridor_core::classify::CachedClassifier {
    corridor_core::classify::CachedClassifier::new(
        corridor_core::classify::Classifier::shipped().expect("shipped rules parse"),
    )
}

/// Imports in-memory files named like real ones.
/// The embedded demo's files (ATF's and HSI's), as the app loads them.
#[allow(
    dead_code,
    reason = "shared by the core's and the app's tests; not every one uses it"
)]
pub fn demo_files() -> Vec<(&'static str, &'static [u8])> {
    corridor_core::demo::DEMO_FILES
        .iter()
        .map(|file| (file.name, file.bytes))
        .collect()
}

pub fn load(files: &[(&str, &[u8])]) -> ImportOutcome {
    load_with(files, &ImportOptions::default())
}

pub fn load_with(files: &[(&str, &[u8])], options: &ImportOptions) -> ImportOutcome {
    let sources: Vec<DataSource> = files
        .iter()
        .map(|(name, bytes)| DataSource::Bytes {
            name: (*name).to_owned(),
            bytes: bytes.to_vec(),
        })
        .collect();
    import_into(
        DatasetBuilder::new(classifier()),
        &sources,
        options,
        &ImportControl::default(),
    )
    .expect("import is not cancelled")
}

pub fn issues(outcome: &ImportOutcome, severity: Severity) -> Vec<&ImportIssue> {
    outcome
        .report
        .issues
        .iter()
        .filter(|i| i.severity == severity)
        .collect()
}

/// The single issue of a severity; panics with the whole report otherwise.
pub fn only_issue(outcome: &ImportOutcome, severity: Severity) -> &ImportIssue {
    let found = issues(outcome, severity);
    assert_eq!(
        found.len(),
        1,
        "expected one {severity:?}, report: {:#?}",
        outcome.report.issues
    );
    found[0]
}

pub const HEADER: &str = "trace_id,weapon_type,make,model,caliber,serial,purchase_date,recovery_date,store_id,store_name,store_ffl,store_city,store_state,store_lat,store_lon,recovery_id,recovery_place,recovery_state,recovery_lat,recovery_lon,purchaser_id,case_id,agency";

/// A valid flat row with a given trace id, store and site.
pub fn row(trace: &str, store: &str, site: &str) -> String {
    format!(
        "{trace},Rifle,Romarm,WASR-10,7.62x39,SN{trace},2009-03-01,2010-01-15,{store},Fictional Guns {store},DEMO-{store},Phoenix,AZ,33.4484,-112.0740,{site},Culiacán,Sinaloa,24.8091,-107.3940,P1,C1,ATF"
    )
}

/// Five traces with dates at month edges and missing dates, for time filters.
pub const TIME_TRACES: &str = "trace_id,weapon_type,make,model,purchase_date,recovery_date,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon\n\
T1,rifle,Romarm,WASR-10,2009-12-01,2010-01-01,Phoenix,AZ,33.45,-112.07,Culiacán,Sinaloa,24.81,-107.39\n\
T2,rifle,Romarm,WASR-10,2009-06-01,2010-01-31,Phoenix,AZ,33.45,-112.07,Culiacán,Sinaloa,24.81,-107.39\n\
T3,pistol,Glock,19,2005-01-01,2010-02-01,Tucson,AZ,32.22,-110.97,Culiacán,Sinaloa,24.81,-107.39\n\
T4,rifle,Colt,AR-15,2009-01-01,,Houston,TX,29.76,-95.37,Reynosa,Tamaulipas,26.05,-98.30\n\
T5,pistol,Glock,17,,2010-01-15,Houston,TX,29.76,-95.37,Ciudad de México,CDMX,19.43,-99.13\n";

/// [`TIME_TRACES`] imported; all five rows load.
pub fn load_time_traces() -> ImportOutcome {
    let out = load(&[("t.csv", TIME_TRACES.as_bytes())]);
    assert_eq!(out.dataset.traces.len(), 5, "{:#?}", out.report.issues);
    out
}

/// Traces carried by the flows of an exported GeoJSON (its LineStrings).
pub fn geojson_flow_total(text: &str) -> u64 {
    let geojson::GeoJson::FeatureCollection(collection) = text.parse().unwrap() else {
        panic!("not a FeatureCollection")
    };
    collection
        .features
        .iter()
        .filter(|f| f.properties.as_ref().unwrap()["kind"] == "flow")
        .map(|f| f.properties.as_ref().unwrap()["count"].as_u64().unwrap())
        .sum()
}
