//! A redacted hand-over: the loaded data rewritten as one CSV without the
//! identifiers, embedded in the project in place of the original files.
//!
//! The receiving agency must be able to work with it, so it is written to
//! be read back: people become aliases (`Purchaser 7`, `Address 3`) that
//! still tell purchasers and shared addresses apart, so the networks found
//! in it are the networks of the original; names, dates of birth,
//! possessors and serial numbers are left out (not replaced by a marker
//! that would make every redacted person one). With dealers redacted, store
//! ids, names and licence numbers become `Dealer …` aliases too.

use rustc_hash::FxHashMap;

use super::Project;
use super::embed::Embedded;
use super::source::{ProjectSource, sha256_hex};
use crate::briefing::Redaction;
use crate::briefing::aliases::dealer_alias;
use crate::import::fields::Field;
use crate::investigate::deconflict::agency_of;
use crate::investigate::normalise::normalise_address;
use crate::investigate::purchasers::{PurchaserKey, Purchasers};
use crate::model::{Dataset, StrId};

/// The name of the embedded redacted file.
pub const REDACTED_FILE_NAME: &str = "redacted-traces.csv";

/// The columns written, as the importer's canonical headers (so the copy
/// reads back without a mapping). An allow-list, not `Field::ALL` minus
/// the withheld ones: a field added to the importer later is left out of a
/// redacted copy until it is judged safe and listed here.
const COLUMNS: [Field; 29] = [
    Field::TraceId,
    Field::WeaponType,
    Field::Make,
    Field::Model,
    Field::Caliber,
    Field::PurchaseDate,
    Field::RecoveryDate,
    Field::StoreId,
    Field::StoreName,
    Field::StoreFfl,
    Field::StoreCity,
    Field::StoreState,
    Field::StoreLat,
    Field::StoreLon,
    Field::RecoveryId,
    Field::RecoveryPlace,
    Field::RecoveryState,
    Field::RecoveryLat,
    Field::RecoveryLon,
    Field::PurchaserId,
    Field::CaseId,
    Field::Agency,
    Field::PurchaserAddress,
    Field::RecoveryEvent,
    Field::Obliterated,
    Field::NibinLead,
    Field::Importer,
    Field::CountryOfOrigin,
    Field::Count,
];

/// Every trace of `dataset` as a CSV with `redaction`'s identifiers hidden
/// (see the module documentation), and each purchaser's alias by the text
/// a filter names them with (their id, or their name when they have none).
pub fn redacted_csv(
    dataset: &Dataset,
    redaction: Redaction,
) -> csv::Result<(Vec<u8>, FxHashMap<String, String>)> {
    let traces = &dataset.traces;
    let purchasers = Purchasers::build(dataset);
    let mut address_alias: FxHashMap<String, String> = FxHashMap::default();
    let mut out = Vec::new();
    // The importer skips a title line above the header; "SYNTHETIC" in it
    // keeps synthetic data labelled as such.
    let synthetic = if dataset.is_synthetic() {
        " - SYNTHETIC data"
    } else {
        ""
    };
    out.extend_from_slice(
        format!(
            "# Corridor hand-over copy - identifiers redacted{}{synthetic}\n",
            if redaction.dealer_names {
                " - dealers redacted"
            } else {
                ""
            }
        )
        .as_bytes(),
    );
    let mut writer = csv::Writer::from_writer(&mut out);
    writer.write_record(COLUMNS.map(Field::header))?;
    let alias = |p: u32| format!("Purchaser {}", p + 1);
    for row in 0..traces.len() {
        let weapon = dataset.weapon_of(row);
        let store = dataset.store(traces.store[row]);
        let site = dataset.site(traces.site[row]);
        let case = traces.case.get(row);
        let purchaser = purchasers.of(row).map(alias).unwrap_or_default();
        let address = normalise_address(dataset.str(case.purchaser_address));
        let address = if address.is_empty() {
            String::new()
        } else {
            let next = address_alias.len() + 1;
            address_alias
                .entry(address)
                .or_insert_with(|| format!("Address {next}"))
                .clone()
        };
        let (store_id, store_name, ffl) = if redaction.dealer_names {
            let alias = dealer_alias(traces.store[row]);
            (alias.clone(), alias, String::new())
        } else {
            (
                dataset.str(store.key).to_owned(),
                dataset.str(store.name).to_owned(),
                dataset.str(store.ffl).to_owned(),
            )
        };
        writer.write_record([
            traces.trace_id.get(row),
            dataset.str(weapon.weapon_type),
            dataset.str(weapon.make),
            dataset.str(weapon.model),
            dataset.str(weapon.caliber),
            &traces
                .date_spans(row)
                .purchase
                .text(traces.purchase_date[row]),
            &traces
                .date_spans(row)
                .recovery
                .text(traces.recovery_date[row]),
            &store_id,
            &store_name,
            &ffl,
            dataset.str(store.city),
            dataset.str(store.state),
            &crate::export::traces_csv::coordinate(store.lat_deg),
            &crate::export::traces_csv::coordinate(store.lon_deg),
            dataset.str(site.key),
            dataset.str(site.place),
            dataset.str(site.state),
            &crate::export::traces_csv::coordinate(site.lat_deg),
            &crate::export::traces_csv::coordinate(site.lon_deg),
            &purchaser,
            dataset.str(traces.case_id[row]),
            &agency_of(dataset, row),
            &address,
            dataset.str(case.recovery_event),
            if case.obliterated { "yes" } else { "" },
            dataset.str(case.nibin_lead),
            dataset.str(case.importer),
            dataset.str(case.country_of_origin),
            &traces.count(row).to_string(),
        ])?;
    }
    writer.flush()?;
    drop(writer);
    let mut names = FxHashMap::default();
    for (p, key) in purchasers.keys.iter().enumerate() {
        let text = match *key {
            PurchaserKey::Id(id) => dataset.str(id),
            PurchaserKey::Named { name, .. } if name != StrId::EMPTY => dataset.str(name),
            PurchaserKey::Named { .. } => continue,
        };
        names
            .entry(text.to_owned())
            .or_insert_with(|| alias(p as u32));
    }
    Ok((out, names))
}

/// Replaces `project`'s data with the redacted copy of `dataset` (see
/// [`redacted_csv`]), embedded; turns the project's redaction on as far as
/// `redaction` goes; renames the purchasers its views filter on to their
/// aliases; and forgets the import choices, which named the original files.
pub fn redact_project(
    project: &mut Project,
    dataset: &Dataset,
    redaction: Redaction,
) -> csv::Result<()> {
    let redaction = Redaction {
        identifiers: true,
        dealer_names: redaction.dealer_names,
    };
    let (bytes, aliases) = redacted_csv(dataset, redaction)?;
    project.sources = vec![ProjectSource {
        name: REDACTED_FILE_NAME.to_owned(),
        relative_path: None,
        absolute_path: String::new(),
        sha256: sha256_hex(&bytes),
        size_bytes: bytes.len() as u64,
        builtin_demo: false,
        embedded: Some(Embedded::from_bytes(bytes)),
        sheet: None,
    }];
    project.redaction = Redaction {
        identifiers: true,
        dealer_names: redaction.dealer_names || project.redaction.dealer_names,
    };
    project.import = Default::default();
    for view in std::iter::once(&mut project.current).chain(project.views.iter_mut()) {
        for purchaser in &mut view.filter.purchasers {
            if let Some(alias) = aliases.get(purchaser.as_str()) {
                purchaser.clone_from(alias);
            }
        }
    }
    Ok(())
}
