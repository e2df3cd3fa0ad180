//! Issue 16, part 5: the field names of US trace requests and their
//! exports, and their Spanish counterparts in Mexican seizure reports;
//! names split into given name and surnames are joined into one.

use super::common::load;
use corridor_core::import::fields::{Field, TableKind, match_header};

#[test]
fn a_trace_export_with_its_own_headers_loads_with_names_joined() {
    let text = "Trace Number,Firearm Type,Manufacturer,Importer,Model,Caliber,Serial Number,Country of Origin,Purchase Date,Recovery Date,Recovery City,Recovery State,FFL Name,FFL Number,FFL City,FFL State,Purchaser Last Name,Purchaser First Name,Possessor Last Name,Possessor First Name\n\
T-2019-001,PISTOL,FN Herstal,FNH USA,Five-seveN,5.7x28,386000001,Belgium,2019-01-07,2019-06-01,Culiacán,Sinaloa,Pretend Bayou Pawn,9-74-000-01-0A-00001,Houston,TX,Ficticio,José,Inventado,Ramón\n\
T-2019-002,RIFLE,Romarm,Century Arms,WASR-10,7.62x39,RO-12345,Romania,2019-02-07,2019-06-01,Culiacán,Sinaloa,Pretend Bayou Pawn,9-74-000-01-0A-00001,Houston,TX,Madeupson,,,\n";
    let out = load(&[("etrace.csv", text.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    assert!(
        out.report
            .issues
            .iter()
            .all(|i| !i.reason.contains("ignored")),
        "{:#?}",
        out.report.issues
    );
    let dataset = &out.dataset;
    assert_eq!(dataset.traces.len(), 2);
    let case = &dataset.traces.case;
    assert_eq!(dataset.str(case.purchaser_name.get(0)), "José Ficticio");
    assert_eq!(dataset.str(case.possessor_name.get(0)), "Ramón Inventado");
    // Only a surname: the name is that surname.
    assert_eq!(dataset.str(case.purchaser_name.get(1)), "Madeupson");
    assert_eq!(dataset.str(case.possessor_name.get(1)), "");
    assert_eq!(dataset.str(case.importer.get(0)), "FNH USA");
    assert_eq!(dataset.str(case.country_of_origin.get(1)), "Romania");
    let store = &dataset.stores[dataset.traces.store[0].0 as usize];
    assert_eq!(dataset.str(store.ffl), "9-74-000-01-0A-00001");
    assert_eq!(dataset.str(store.name), "Pretend Bayou Pawn");
    assert_eq!(dataset.traces.serial.get(0), "386000001");
}

#[test]
fn a_mexican_seizure_report_joins_given_name_and_both_surnames() {
    let text = "Folio,Tipo de arma,Marca,Modelo,Calibre,Número de serie,País de origen,Fecha de compra,Fecha de aseguramiento,Municipio,Estado,Tienda,Ciudad tienda,Estado tienda,Nombre detenido,Apellido paterno detenido,Apellido materno detenido\n\
F-1,Fusil,Romarm,WASR-10,7.62x39,RO-777,Rumania,2019-01-07,2019-06-01,Reynosa,Tamaulipas,Imaginary Mesa Guns,McAllen,TX,Juan Carlos,Pérez,López\n";
    let out = load(&[("aseguramientos.csv", text.as_bytes())]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    let dataset = &out.dataset;
    let case = &dataset.traces.case;
    assert_eq!(
        dataset.str(case.possessor_name.get(0)),
        "Juan Carlos Pérez López"
    );
    assert_eq!(dataset.str(case.country_of_origin.get(0)), "Rumania");
}

#[test]
fn the_trace_form_headers_and_their_spanish_counterparts_are_known() {
    for (header, field) in [
        ("Trace Number", Field::TraceId),
        ("Número de rastreo", Field::TraceId),
        ("Firearm Type", Field::WeaponType),
        ("Manufacturer", Field::Make),
        ("Importer", Field::Importer),
        ("Importador", Field::Importer),
        ("Serial Number", Field::Serial),
        ("Country of Origin", Field::CountryOfOrigin),
        ("País de origen", Field::CountryOfOrigin),
        ("Recovery City", Field::RecoveryPlace),
        ("FFL Name", Field::StoreName),
        ("FFL Number", Field::StoreFfl),
        ("Purchaser Last Name", Field::PurchaserLastName),
        ("Purchaser First Name", Field::PurchaserFirstName),
        ("Apellido materno comprador", Field::PurchaserSecondLastName),
        ("Possessor Last Name", Field::PossessorLastName),
        ("Possessor First Name", Field::PossessorFirstName),
        ("Apellido paterno detenido", Field::PossessorLastName),
    ] {
        assert_eq!(
            match_header(header, TableKind::Traces),
            Some(field),
            "{header}"
        );
    }
}
