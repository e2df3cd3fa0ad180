//! Issue 15, parts 1 and 2: the investigative fields of a trace are read
//! under their English and Spanish names, and each trafficking indicator
//! flags the traces it should, edge cases included.

use super::common::load;
use corridor_core::aggregate::TraceFilter;
use corridor_core::aggregate::flows::matching_traces;
use corridor_core::import::fields::{Field, TableKind, match_header};
use corridor_core::investigate::{Indicator, indicator_counts};
use corridor_core::model::Dataset;

const HEAD: &str = "trace_id,weapon_type,make,model,serial,purchase_date,recovery_date,store_id,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon,purchaser_id,purchaser_name,purchaser_dob,purchaser_address,possessor_name,recovery_event,obliterated,nibin_lead";

/// A row: trace, weapon type, purchase and recovery dates, store (id and
/// state), recovery place, purchaser id, recovery event, obliterated.
#[allow(clippy::too_many_arguments, reason = "a table row in a test")]
fn row(
    trace: &str,
    weapon: &str,
    bought: &str,
    recovered: &str,
    store: &str,
    state: &str,
    place: &str,
    purchaser: &str,
    event: &str,
    obliterated: &str,
) -> String {
    let (lat, lon) = match state {
        "TX" => ("29.76", "-95.37"),
        "AZ" => ("33.45", "-112.07"),
        _ => ("39.74", "-104.99"),
    };
    let (rlat, rlon) = match place {
        "Reynosa" => ("26.05", "-98.30"),
        _ => ("24.81", "-107.39"),
    };
    format!(
        "{trace},{weapon},Make,Model,SN-{trace},{bought},{recovered},{store},City,{state},{lat},{lon},{place},Sinaloa,{rlat},{rlon},{purchaser},Name of {purchaser},1980-01-02,1 Main St,Holder,{event},{obliterated},{nibin}",
        nibin = if trace == "T1" { "NIBIN-7" } else { "" }
    )
}

fn load_rows(rows: &[String]) -> Dataset {
    let text = format!("{HEAD}\n{}\n", rows.join("\n"));
    let outcome = load(&[("traces.csv", text.as_bytes())]);
    assert_eq!(outcome.report.rejected, 0, "{:#?}", outcome.report.issues);
    outcome.dataset
}

fn flagged(dataset: &Dataset, indicator: Indicator) -> Vec<String> {
    let filter = TraceFilter::default();
    (0..dataset.traces.len())
        .filter(|&r| filter.indicators_of(dataset, r).has(indicator))
        .map(|r| dataset.traces.trace_id.get(r).to_owned())
        .collect()
}

#[test]
fn the_new_fields_are_read_in_english_and_spanish_and_kept_per_trace() {
    for (header, field) in [
        ("Purchaser Name", Field::PurchaserName),
        ("Nombre del comprador", Field::PurchaserName),
        ("DOB", Field::PurchaserDob),
        ("Fecha de nacimiento", Field::PurchaserDob),
        ("Domicilio", Field::PurchaserAddress),
        ("purchaser_address", Field::PurchaserAddress),
        ("Poseedor", Field::PossessorName),
        ("Seizure event", Field::RecoveryEvent),
        ("Evento de aseguramiento", Field::RecoveryEvent),
        ("Serie limada", Field::Obliterated),
        ("NIBIN lead", Field::NibinLead),
    ] {
        assert_eq!(
            match_header(header, TableKind::Traces),
            Some(field),
            "{header}"
        );
    }
    // A name is not an id.
    assert_eq!(
        match_header("purchaser_name", TableKind::Traces),
        Some(Field::PurchaserName)
    );
    let dataset = load_rows(&[row(
        "T1",
        "pistol",
        "2020-01-06",
        "2021-01-06",
        "S1",
        "TX",
        "Culiacán",
        "P1",
        "E1",
        "yes",
    )]);
    let case = dataset.traces.case.get(0);
    assert_eq!(dataset.str(case.purchaser_name), "Name of P1");
    assert_eq!(case.purchaser_dob.iso(), "1980-01-02");
    assert_eq!(dataset.str(case.purchaser_address), "1 Main St");
    assert_eq!(dataset.str(case.possessor_name), "Holder");
    assert_eq!(dataset.str(case.recovery_event), "E1");
    assert!(case.obliterated);
    assert_eq!(dataset.str(case.nibin_lead), "NIBIN-7");
    assert_eq!(dataset.str(dataset.traces.purchaser[0]), "P1");
}

#[test]
fn a_file_without_the_fields_spends_no_memory_on_them() {
    let outcome = load(&[(
        "flat.csv",
        format!(
            "{}\n{}\n",
            super::common::HEADER,
            super::common::row("T1", "S1", "R1")
        )
        .as_bytes(),
    )]);
    let case = &outcome.dataset.traces.case;
    assert_eq!(case.heap_bytes(), 0);
    assert!(!case.purchaser_name.is_filled());
}

#[test]
fn an_obliterated_serial_is_flagged_from_the_column_or_the_serial_itself() {
    let mut rows = vec![
        row(
            "T1",
            "pistol",
            "2015-01-05",
            "2021-01-06",
            "S1",
            "TX",
            "Culiacán",
            "P1",
            "",
            "LIMADO",
        ),
        row(
            "T2",
            "pistol",
            "2015-01-05",
            "2021-01-06",
            "S1",
            "TX",
            "Culiacán",
            "P2",
            "",
            "no",
        ),
        row(
            "T3",
            "pistol",
            "2015-01-05",
            "2021-01-06",
            "S1",
            "TX",
            "Culiacán",
            "P3",
            "",
            "",
        ),
    ];
    // The serial column itself says so.
    rows[2] = rows[2].replace("SN-T3", "OBLITERATED");
    let dataset = load_rows(&rows);
    assert_eq!(flagged(&dataset, Indicator::Obliterated), ["T1", "T3"]);
}

#[test]
fn short_time_to_crime_is_under_three_years_by_the_calendar_and_settable() {
    let dataset = load_rows(&[
        row(
            "T1",
            "pistol",
            "2021-01-01",
            "2023-12-31",
            "S1",
            "CO",
            "Culiacán",
            "P1",
            "",
            "",
        ),
        row(
            "T2",
            "pistol",
            "2021-01-01",
            "2024-01-01",
            "S1",
            "CO",
            "Culiacán",
            "P2",
            "",
            "",
        ),
        row(
            "T3",
            "pistol",
            "2021-01-01",
            "2021-06-01",
            "S1",
            "CO",
            "Culiacán",
            "P3",
            "",
            "",
        ),
        row(
            "T4",
            "pistol",
            "",
            "2021-06-01",
            "S1",
            "CO",
            "Culiacán",
            "P4",
            "",
            "",
        ),
    ]);
    assert_eq!(flagged(&dataset, Indicator::ShortTtc), ["T1", "T3"]);
    let counts = indicator_counts(&dataset, 12);
    assert_eq!(counts[Indicator::ShortTtc as usize], 1);
}

#[test]
fn multiple_sales_follow_the_five_business_day_rules() {
    // 6 May 2019 is a Monday.
    let dataset = load_rows(
        &[
            // Handguns, Monday and Friday of one week: both flagged, any state.
            row(
                "H1",
                "pistol",
                "2019-05-06",
                "",
                "S1",
                "CO",
                "Culiacán",
                "PA",
                "",
                "",
            ),
            row(
                "H2",
                "revolver",
                "2019-05-10",
                "",
                "S2",
                "CO",
                "Culiacán",
                "PA",
                "",
                "",
            ),
            // Monday and the next Monday: not flagged.
            row(
                "H3",
                "pistol",
                "2019-06-03",
                "",
                "S1",
                "CO",
                "Culiacán",
                "PB",
                "",
                "",
            ),
            row(
                "H4",
                "pistol",
                "2019-06-10",
                "",
                "S1",
                "CO",
                "Culiacán",
                "PB",
                "",
                "",
            ),
            // Friday then Monday over a weekend: flagged.
            row(
                "H5",
                "pistol",
                "2019-06-14",
                "",
                "S1",
                "CO",
                "Culiacán",
                "PC",
                "",
                "",
            ),
            row(
                "H6",
                "pistol",
                "2019-06-17",
                "",
                "S1",
                "CO",
                "Culiacán",
                "PC",
                "",
                "",
            ),
            // Two purchasers, one handgun each on the same day: not flagged.
            row(
                "H7",
                "pistol",
                "2019-07-01",
                "",
                "S1",
                "CO",
                "Culiacán",
                "PD",
                "",
                "",
            ),
            row(
                "H8",
                "pistol",
                "2019-07-01",
                "",
                "S1",
                "CO",
                "Culiacán",
                "PE",
                "",
                "",
            ),
            // AK rifles two days apart in Texas: flagged.
            row(
                "R1",
                "rifle",
                "2019-05-06",
                "",
                "S3",
                "TX",
                "Culiacán",
                "PF",
                "",
                "",
            ),
            row(
                "R2",
                "rifle",
                "2019-05-08",
                "",
                "S4",
                "TX",
                "Culiacán",
                "PF",
                "",
                "",
            ),
            // The same in Colorado: not a border state.
            row(
                "R3",
                "rifle",
                "2019-05-06",
                "",
                "S5",
                "CO",
                "Culiacán",
                "PG",
                "",
                "",
            ),
            row(
                "R4",
                "rifle",
                "2019-05-08",
                "",
                "S5",
                "CO",
                "Culiacán",
                "PG",
                "",
                "",
            ),
            // A rifle and a handgun the same day: two rules, no pair.
            row(
                "M1",
                "rifle",
                "2019-08-05",
                "",
                "S3",
                "TX",
                "Culiacán",
                "PH",
                "",
                "",
            ),
            row(
                "M2",
                "pistol",
                "2019-08-05",
                "",
                "S3",
                "TX",
                "Culiacán",
                "PH",
                "",
                "",
            ),
        ]
        .iter()
        .map(|r| {
            if r.contains(",rifle,") {
                r.replace("Make,Model", "Romarm,WASR-10")
            } else {
                r.clone()
            }
        })
        .collect::<Vec<_>>(),
    );
    assert_eq!(
        flagged(&dataset, Indicator::MultipleSale),
        ["H1", "H2", "H5", "H6", "R1", "R2"]
    );
}

#[test]
fn several_stores_and_co_recovery_flag_every_trace_concerned() {
    let dataset = load_rows(&[
        // P1 buys at three stores.
        row(
            "A1",
            "pistol",
            "2018-01-02",
            "2020-03-04",
            "S1",
            "TX",
            "Culiacán",
            "P1",
            "",
            "",
        ),
        row(
            "A2",
            "pistol",
            "2018-03-02",
            "2020-03-04",
            "S2",
            "TX",
            "Culiacán",
            "P1",
            "",
            "",
        ),
        row(
            "A3",
            "pistol",
            "2018-05-02",
            "2020-05-04",
            "S3",
            "TX",
            "Culiacán",
            "P1",
            "",
            "",
        ),
        // P2 at two stores only.
        row(
            "B1",
            "pistol",
            "2018-01-02",
            "2020-06-04",
            "S1",
            "TX",
            "Reynosa",
            "P2",
            "",
            "",
        ),
        row(
            "B2",
            "pistol",
            "2018-05-02",
            "2020-07-04",
            "S2",
            "TX",
            "Reynosa",
            "P2",
            "",
            "",
        ),
        // A named event with guns of P3 and P4, recovered on different days.
        row(
            "C1",
            "pistol",
            "2018-01-02",
            "2020-08-01",
            "S1",
            "TX",
            "Reynosa",
            "P3",
            "EV-9",
            "",
        ),
        row(
            "C2",
            "pistol",
            "2018-01-02",
            "2020-08-02",
            "S1",
            "TX",
            "Reynosa",
            "P4",
            "EV-9",
            "",
        ),
    ]);
    assert_eq!(
        flagged(&dataset, Indicator::SeveralStores),
        ["A1", "A2", "A3"]
    );
    // A1 and A2 share a site and a day (P1 alone: not co-recovered); C1 and
    // C2 share a named event.
    assert_eq!(flagged(&dataset, Indicator::CoRecovered), ["C1", "C2"]);
    // Without an event named, the same site and date make one event.
    let dataset = load_rows(&[
        row(
            "D1",
            "pistol",
            "2018-01-02",
            "2020-03-04",
            "S1",
            "TX",
            "Culiacán",
            "P1",
            "",
            "",
        ),
        row(
            "D2",
            "pistol",
            "2018-01-02",
            "2020-03-04",
            "S1",
            "TX",
            "Culiacán",
            "P2",
            "",
            "",
        ),
        row(
            "D3",
            "pistol",
            "2018-01-02",
            "2020-03-05",
            "S1",
            "TX",
            "Culiacán",
            "P3",
            "",
            "",
        ),
    ]);
    assert_eq!(flagged(&dataset, Indicator::CoRecovered), ["D1", "D2"]);
}

#[test]
fn the_filter_shows_traces_with_any_ticked_indicator() {
    let dataset = load_rows(&[
        row(
            "T1",
            "pistol",
            "2015-01-05",
            "2021-01-06",
            "S1",
            "TX",
            "Culiacán",
            "P1",
            "",
            "yes",
        ),
        row(
            "T2",
            "pistol",
            "2020-01-06",
            "2021-01-06",
            "S1",
            "TX",
            "Culiacán",
            "P2",
            "",
            "",
        ),
        row(
            "T3",
            "pistol",
            "2015-01-05",
            "2021-01-07",
            "S1",
            "TX",
            "Culiacán",
            "P3",
            "",
            "",
        ),
    ]);
    let mut filter = TraceFilter::default();
    let shown = |filter: &TraceFilter| -> Vec<String> {
        matching_traces(&dataset, filter, |_, _| true)
            .into_iter()
            .map(|r| dataset.traces.trace_id.get(r as usize).to_owned())
            .collect()
    };
    assert_eq!(shown(&filter), ["T1", "T2", "T3"]);
    filter.indicators.set(Indicator::Obliterated, true);
    assert_eq!(shown(&filter), ["T1"]);
    filter.indicators.set(Indicator::ShortTtc, true);
    assert_eq!(shown(&filter), ["T1", "T2"]);
    let summary = corridor_core::aggregate::flows::aggregate(
        &dataset,
        &corridor_core::aggregate::FlowIndex::build(&dataset),
        &filter,
    );
    assert_eq!(summary.traces, 2);
}

#[test]
fn the_csv_export_carries_the_new_fields_and_redaction_hides_the_personal_ones() {
    use corridor_core::briefing::Redaction;
    use corridor_core::export::traces_csv::{HEADER, write_traces_csv};
    let dataset = load_rows(&[row(
        "T1",
        "pistol",
        "2020-01-06",
        "2021-01-06",
        "S1",
        "TX",
        "Culiacán",
        "P1",
        "E1",
        "yes",
    )]);
    let export = |redaction: Redaction| {
        let mut out = Vec::new();
        write_traces_csv(&dataset, &[0], redaction, &mut out).unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        let record = reader.records().next().unwrap().unwrap();
        header
            .into_iter()
            .zip(record.iter().map(str::to_owned))
            .collect::<std::collections::HashMap<String, String>>()
    };
    let plain = export(Redaction::NONE);
    assert_eq!(HEADER.len(), 40);
    assert_eq!(plain["count"], "1");
    assert_eq!(plain["purchaser_name"], "Name of P1");
    assert_eq!(plain["purchaser_dob"], "1980-01-02");
    assert_eq!(plain["purchaser_address"], "1 Main St");
    assert_eq!(plain["possessor_name"], "Holder");
    assert_eq!(plain["recovery_event"], "E1");
    assert_eq!(plain["obliterated"], "yes");
    assert_eq!(plain["nibin_lead"], "NIBIN-7");
    let hidden = export(Redaction {
        identifiers: true,
        dealer_names: false,
    });
    for column in [
        "purchaser_name",
        "purchaser_dob",
        "purchaser_address",
        "possessor_name",
        "serial",
    ] {
        assert_eq!(hidden[column], "[redacted]", "{column}");
    }
    // Purchaser ids become stable aliases.
    assert_eq!(hidden["purchaser_id"], "Purchaser 1");
    let text: String = hidden.values().cloned().collect::<Vec<_>>().join(",");
    for secret in ["Name of P1", "1980-01-02", "1 Main St", "Holder"] {
        assert!(!text.contains(secret), "{secret} left in a redacted export");
    }
    // Not personal: kept.
    assert_eq!(hidden["recovery_event"], "E1");
}
