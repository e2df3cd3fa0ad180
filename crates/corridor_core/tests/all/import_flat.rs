//! Flat traces CSV: headers, identity of repeated locations, every quirk of
//! real exports, and every rejection and warning reason.

use crate::common::{HEADER, issues, load, load_with, only_issue, row};
use corridor_core::import::ImportOptions;
use corridor_core::import::report::Severity;
use corridor_core::import::values::DateOrder;
use corridor_core::model::{Day, WeaponClass};

#[test]
fn canonical_flat_file_loads_and_repeated_locations_are_shared() {
    let text = format!(
        "{HEADER}\n{}\n{}\n{}\n",
        row("T1", "S1", "R1"),
        row("T2", "S1", "R2"),
        row("T3", "S2", "R1")
    );
    let out = load(&[("traces.csv", text.as_bytes())]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 3);
    assert_eq!(d.stores.len(), 2);
    assert_eq!(d.sites.len(), 2);
    assert_eq!(d.traces.trace_id.get(1), "T2");
    assert_eq!(d.traces.class[0], WeaponClass::AkPattern);
    assert_eq!(
        d.traces.purchase_date[0],
        Day::from_ymd(2009, 3, 1).unwrap()
    );
    assert_eq!(d.traces.time_to_crime_days(0), Some(320));
    assert_eq!(d.str(d.store(d.traces.store[0]).ffl), "DEMO-S1");
    assert_eq!(d.str(d.site(d.traces.site[0]).place), "Culiacán");
    assert_eq!(d.traces.source(2).line, 4);
    assert_eq!(out.report.files[0].kind, "traces CSV");
}

#[test]
fn headers_match_case_space_hyphen_and_synonyms() {
    let text = "Trace ID;Weapon-Type;MAKE;Model;Calibre;Purchase Date;Date Recovered;Dealer Name;Store City;Store State;Store Latitude;Store Lng;Recovery Municipality;Recovery State;recovery latitude;Recovery Long\n\
                A1;pistol;Glock;19;9mm;03/15/2011;2012-01-02;Fictional Arms;Tucson;AZ;32.2226;-110.9747;Hermosillo;Sonora;29.0729;-110.9559\n";
    let out = load(&[("export.csv", text.as_bytes())]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 1);
    assert_eq!(d.traces.class[0], WeaponClass::Pistol);
    assert_eq!(
        d.traces.purchase_date[0],
        Day::from_ymd(2011, 3, 15).unwrap()
    );
    assert_eq!(d.str(d.stores[0].name), "Fictional Arms");
    assert!((d.sites[0].lon_deg + 110.9559).abs() < 1e-9);
}

#[test]
fn missing_ids_are_derived_from_name_and_place() {
    let text = "trace_id,weapon_type,store_name,store_city,store_state,store_lat,store_lon,recovery_place,recovery_state,recovery_lat,recovery_lon\n\
                1,rifle,Fictional Guns,Phoenix,AZ,33.45,-112.07,Culiacán,Sinaloa,24.81,-107.39\n\
                2,rifle,FICTIONAL GUNS,phoenix,az,33.45,-112.07,CULIACAN,SINALOA,24.81,-107.39\n\
                3,rifle,Other Guns,Phoenix,AZ,33.46,-112.08,Culiacán,Sinaloa,24.81,-107.39\n\
                4,rifle,Fictional Guns,Phoenix,AZ,,,Culiacán,Sinaloa,,\n";
    let out = load(&[("flat.csv", text.as_bytes())]);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 4, "{:#?}", out.report.issues);
    assert_eq!(
        d.stores.len(),
        2,
        "same name and place in other case/accents is one store"
    );
    assert_eq!(d.sites.len(), 1);
    assert_eq!(d.traces.store[0], d.traces.store[1]);
    assert_ne!(d.traces.store[0], d.traces.store[2]);
    assert_eq!(
        d.traces.store[3], d.traces.store[0],
        "a repeat without coordinates reuses the known store"
    );
}

#[test]
fn utf8_bom_crlf_and_blank_lines() {
    let text = format!(
        "\u{feff}{HEADER}\r\n\r\n{}\r\n\r\n\r\n{}\r\n",
        row("T1", "S1", "R1"),
        row("T2", "S1", "R1")
    );
    let out = load(&[("bom.csv", text.as_bytes())]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    assert_eq!(out.dataset.traces.len(), 2);
    assert_eq!(out.dataset.traces.trace_id.get(0), "T1");
    assert_eq!(
        out.dataset.traces.source(1).line,
        6,
        "blank lines still count for line numbers"
    );
    assert_eq!(out.report.files[0].encoding, "UTF-8 with BOM");
}

#[test]
fn windows_1252_spanish_names_decode() {
    let mut bytes = format!("{HEADER}\n").into_bytes();
    let line = row("T1", "S1", "R1")
        .replace("Culiacán", "Morelia")
        .replace("Sinaloa", "Michoacán");
    let (before, after) = line.split_once("Michoacán").unwrap();
    bytes.extend_from_slice(before.as_bytes());
    bytes.extend_from_slice(b"Michoac\xe1n");
    bytes.extend_from_slice(after.as_bytes());
    bytes.extend_from_slice(b"\nT2,Rifle,Romarm,WASR-10,7.62x39,,2009-03-01,2010-01-15,S1,,,,,,,R2,Quer\xe9taro,Quer\xe9taro,20.59,-100.39,,,\n");
    let out = load(&[("latin1.csv", &bytes)]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    let d = &out.dataset;
    assert_eq!(d.str(d.sites[0].state), "Michoacán");
    assert_eq!(d.str(d.sites[1].place), "Querétaro");
    assert_eq!(out.report.files[0].encoding, "windows-1252");
}

#[test]
fn semicolon_and_tab_separators_are_detected() {
    for (separator, name) in [(";", "semicolon"), ("\t", "tab")] {
        let text = format!(
            "{}\n{}\n",
            HEADER.replace(',', separator),
            row("T1", "S1", "R1").replace(',', separator)
        );
        let out = load(&[("sep.csv", text.as_bytes())]);
        assert!(out.report.is_clean(), "{name}: {:#?}", out.report.issues);
        assert_eq!(out.dataset.traces.len(), 1, "{name}");
        assert_eq!(out.report.files[0].delimiter.as_deref(), Some(name));
    }
}

#[test]
fn semicolon_files_may_use_decimal_commas() {
    let text = "trace_id;weapon_type;store_id;store_lat;store_lon;recovery_id;recovery_lat;recovery_lon\n\
                T1;pistol;S1;33,4484;-112,0740;R1;24,8091;-107,3940\n";
    let out = load(&[("euro.csv", text.as_bytes())]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    assert!((out.dataset.stores[0].lat_deg - 33.4484).abs() < 1e-9);
}

#[test]
fn quoted_fields_hold_separators_and_newlines_and_lines_stay_right() {
    let text = format!(
        "{HEADER}\n{}\n{}\n{}\n",
        row("T1", "S1", "R1").replace(
            "Fictional Guns S1",
            "\"Guns, Ammo & \"\"More\"\"\nSecond line\""
        ),
        row("T2", "S1", "R1"),
        without_towns(row("T3", "S3", "R1").replace("33.4484", "245")),
    );
    let out = load(&[("quoted.csv", text.as_bytes())]);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 2);
    assert_eq!(
        d.str(d.stores[0].name),
        "Guns, Ammo & \"More\"\nSecond line"
    );
    assert_eq!(
        d.traces.source(1).line,
        4,
        "the row after a two-line field starts on line 4"
    );
    let rejected = only_issue(&out, Severity::Rejected);
    assert_eq!(rejected.line, Some(5));
}

#[test]
fn us_and_iso_dates_and_day_first_option() {
    let text = format!(
        "{HEADER}\n{}\n{}\n",
        row("T1", "S1", "R1").replace("2009-03-01", "03/01/2009"),
        row("T2", "S1", "R1").replace("2009-03-01", "3/1/2009")
    );
    let out = load(&[("dates.csv", text.as_bytes())]);
    // Nothing in the file tells the order: US order, and the user is told.
    let warning = only_issue(&out, Severity::Warning);
    assert!(
        warning
            .reason
            .contains("'03/01/2009' read either month-first or day-first"),
        "{}",
        warning.reason
    );
    assert_eq!(warning.line, Some(2));
    assert!(out.report.files[0].ambiguous_dates);
    assert_eq!(
        out.dataset.traces.purchase_date[0],
        Day::from_ymd(2009, 3, 1).unwrap()
    );
    assert_eq!(
        out.dataset.traces.purchase_date[1],
        Day::from_ymd(2009, 3, 1).unwrap()
    );
    let out = load_with(
        &[("dates.csv", text.as_bytes())],
        &ImportOptions {
            date_order: Some(DateOrder::DayFirst),
            ..ImportOptions::default()
        },
    );
    assert_eq!(
        out.dataset.traces.purchase_date[0],
        Day::from_ymd(2009, 1, 3).unwrap()
    );
    assert!(out.report.is_clean(), "a chosen order is not questioned");
}

#[test]
fn day_first_files_are_detected_from_their_dates() {
    let text = format!(
        "{HEADER}\n{}\n{}\n",
        row("T1", "S1", "R1").replace("2009-03-01", "03/01/2009"),
        row("T2", "S1", "R1").replace("2009-03-01", "25/03/2009")
    );
    let out = load(&[("mx.csv", text.as_bytes())]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    assert_eq!(
        out.report.files[0].date_order.as_deref(),
        Some("DD/MM/YYYY")
    );
    assert_eq!(
        out.dataset.traces.purchase_date[0],
        Day::from_ymd(2009, 1, 3).unwrap()
    );
    assert_eq!(
        out.dataset.traces.purchase_date[1],
        Day::from_ymd(2009, 3, 25).unwrap()
    );
}

#[test]
fn conflicting_date_orders_are_reported() {
    let text = format!(
        "{HEADER}\n{}\n{}\n",
        row("T1", "S1", "R1").replace("2009-03-01", "03/25/2009"),
        row("T2", "S1", "R1").replace("2009-03-01", "25/03/2009")
    );
    let out = load(&[("mixed.csv", text.as_bytes())]);
    let warnings = issues(&out, Severity::Warning);
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(
        warnings
            .iter()
            .any(|w| w.reason.contains("some slash dates are day-first"))
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.line == Some(3) && w.reason.contains("25/03/2009"))
    );
}

/// A row without towns, so that the gazetteer cannot stand in for its
/// coordinates (see import_geocode.rs for that).
fn without_towns(row: String) -> String {
    row.replace(",Phoenix,AZ,", ",,AZ,")
        .replace(",Culiacán,Sinaloa,", ",,Sinaloa,")
}

fn rejected_reason(
    edit: impl Fn(String) -> String,
) -> (Option<u64>, Option<u64>, Option<String>, String, usize) {
    let text = format!(
        "{HEADER}\n{}\n{}\n",
        row("OK", "S1", "R1"),
        without_towns(edit(row("BAD", "S2", "R2")))
    );
    let out = load(&[("bad.csv", text.as_bytes())]);
    assert_eq!(
        out.dataset.traces.len(),
        1,
        "the valid row still loads: {:#?}",
        out.report.issues
    );
    let issue = only_issue(&out, Severity::Rejected);
    assert_eq!(issue.file, "bad.csv");
    (
        issue.line,
        issue.column,
        issue.field.clone(),
        issue.reason.clone(),
        out.report.rejected as usize,
    )
}

#[test]
fn rejects_missing_store_coordinate_with_line_and_column() {
    let (line, column, field, reason, count) = rejected_reason(|r| r.replace("33.4484,", ","));
    assert_eq!(
        (line, column, field.as_deref(), count),
        (Some(3), Some(14), Some("store_lat"), 1)
    );
    assert!(reason.contains("store latitude is missing"), "{reason}");
}

#[test]
fn rejects_unparseable_recovery_coordinate() {
    let (line, column, field, reason, _) = rejected_reason(|r| r.replace("-107.3940", "west"));
    assert_eq!(
        (line, column, field.as_deref()),
        (Some(3), Some(20), Some("recovery_lon"))
    );
    assert!(reason.contains("'west' is not a number"), "{reason}");
}

#[test]
fn rejects_out_of_range_latitude() {
    let (_, column, _, reason, _) = rejected_reason(|r| r.replace("24.8091", "245"));
    assert_eq!(column, Some(19));
    assert!(
        reason.contains("recovery site latitude 245 is out of range"),
        "{reason}"
    );
}

#[test]
fn rejects_placeholder_zero_coordinates() {
    let (_, _, field, reason, _) = rejected_reason(|r| r.replace("33.4484,-112.0740", "0,0"));
    assert_eq!(field.as_deref(), Some("store_lat"));
    assert!(reason.contains("placeholder"), "{reason}");
}

#[test]
fn rejects_reference_to_unknown_store_and_site_ids() {
    let text = "trace_id,weapon_type,store_id,recovery_id\nT1,pistol,NOPE,R9\n";
    let stores = "id,name,lat,lon\nS1,Fictional Guns,33.4,-112.0\n";
    let out = load(&[
        ("stores.csv", stores.as_bytes()),
        ("traces.csv", text.as_bytes()),
    ]);
    let issue = only_issue(&out, Severity::Rejected);
    assert_eq!(
        (issue.file.as_str(), issue.line, issue.column),
        ("traces.csv", Some(2), Some(3))
    );
    assert!(
        issue.reason.contains("unknown store id 'NOPE'"),
        "{}",
        issue.reason
    );
    assert!(
        issue.reason.contains("unknown recovery site id 'R9'"),
        "{}",
        issue.reason
    );
}

#[test]
fn bad_coordinates_of_a_known_store_are_a_warning() {
    let text = format!(
        "{HEADER}\n{}\n{}\n",
        row("T1", "S1", "R1"),
        row("T2", "S1", "R1").replace("33.4484", "245")
    );
    let out = load(&[("k.csv", text.as_bytes())]);
    assert_eq!(
        out.dataset.traces.len(),
        2,
        "the store is known by its id, so the row is placed"
    );
    let warning = only_issue(&out, Severity::Warning);
    assert_eq!((warning.line, warning.column), (Some(3), Some(14)));
    assert!(
        warning
            .reason
            .contains("out of range; the location of store 'S1' from k.csv line 2 is used"),
        "{}",
        warning.reason
    );
}

#[test]
fn bad_date_is_a_warning_and_the_row_is_kept() {
    let text = format!(
        "{HEADER}\n{}\n",
        row("T1", "S1", "R1").replace("2009-03-01", "31/31/2009")
    );
    let out = load(&[("d.csv", text.as_bytes())]);
    assert_eq!(out.dataset.traces.len(), 1);
    assert!(out.dataset.traces.purchase_date[0].is_none());
    let warning = only_issue(&out, Severity::Warning);
    assert_eq!(
        (warning.line, warning.column, warning.field.as_deref()),
        (Some(2), Some(7), Some("purchase_date"))
    );
    assert!(warning.reason.contains("31/31/2009"), "{}", warning.reason);
}

#[test]
fn unknown_weapon_is_a_warning_and_the_row_is_kept() {
    let text = format!(
        "{HEADER}\n{}\n",
        row("T1", "S1", "R1").replace("Rifle,Romarm,WASR-10,7.62x39", ",Acme,Thing,")
    );
    let out = load(&[("w.csv", text.as_bytes())]);
    assert_eq!(out.dataset.traces.class[0], WeaponClass::Unknown);
    let warning = only_issue(&out, Severity::Warning);
    assert_eq!(warning.line, Some(2));
    assert!(
        warning.reason.contains("could not be classified"),
        "{}",
        warning.reason
    );
}

#[test]
fn unrecognised_weapon_type_is_reported() {
    let text = format!(
        "{HEADER}\n{}\n",
        row("T1", "S1", "R1").replace("Rifle,", "Thingamajig,")
    );
    let out = load(&[("w.csv", text.as_bytes())]);
    let warning = only_issue(&out, Severity::Warning);
    assert_eq!(
        (warning.column, warning.field.as_deref()),
        (Some(2), Some("weapon_type"))
    );
    assert!(
        warning.reason.contains("'Thingamajig' is not recognised"),
        "{}",
        warning.reason
    );
    assert_eq!(
        out.dataset.traces.class[0],
        WeaponClass::AkPattern,
        "falls back to the model"
    );
}

#[test]
fn duplicate_trace_ids_are_kept_and_reported() {
    let text = format!(
        "{HEADER}\n{}\n{}\n",
        row("T1", "S1", "R1"),
        row("T1", "S1", "R1")
    );
    let out = load(&[("dup.csv", text.as_bytes())]);
    assert_eq!(out.dataset.traces.len(), 2);
    let warning = only_issue(&out, Severity::Warning);
    assert_eq!(warning.line, Some(3));
    assert!(
        warning.reason.contains("dup.csv line 2"),
        "{}",
        warning.reason
    );
}

#[test]
fn recovery_before_purchase_and_moved_locations_are_warned() {
    let text = format!(
        "{HEADER}\n{}\n{}\n",
        row("T1", "S1", "R1").replace("2010-01-15", "2008-01-15"),
        row("T2", "S1", "R1").replace("33.4484,-112.0740", "32.2226,-110.9747"),
    );
    let out = load(&[("w.csv", text.as_bytes())]);
    let warnings = issues(&out, Severity::Warning);
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(warnings[0].reason.contains("before purchase date"));
    assert!(
        warnings[1]
            .reason
            .contains("km from where w.csv line 2 puts it"),
        "{}",
        warnings[1].reason
    );
    assert_eq!(out.dataset.stores.len(), 1);
}

#[test]
fn unknown_and_duplicate_columns_and_extra_fields_are_warned() {
    let text = format!(
        "{HEADER},colour,store latitude\n{},red,1\n{},blue,1,extra\n",
        row("T1", "S1", "R1"),
        row("T2", "S1", "R1")
    );
    let out = load(&[("cols.csv", text.as_bytes())]);
    assert_eq!(out.dataset.traces.len(), 2);
    let reasons: Vec<&str> = issues(&out, Severity::Warning)
        .iter()
        .map(|i| i.reason.as_str())
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:#?}");
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("column 'colour' is not a field"))
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("names the same field as column 14"))
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("row has 26 fields but the header has 25"))
    );
}

#[test]
fn a_title_row_above_the_header_is_skipped() {
    let text = format!(
        "Trace export generated 2011-02-03,,,\n{HEADER}\n{}\n",
        row("T1", "S1", "R1")
    );
    let out = load(&[("titled.csv", text.as_bytes())]);
    assert_eq!(out.dataset.traces.len(), 1, "{:#?}", out.report.issues);
    assert_eq!(out.dataset.traces.source(0).line, 3);
}

#[test]
fn files_that_cannot_be_read_are_file_errors() {
    let out = load(&[
        ("book.xlsx", b"PK\x03\x04rest-of-zip".as_slice()),
        ("empty.csv", b"".as_slice()),
        ("odd.csv", b"alpha,beta\n1,2\n".as_slice()),
    ]);
    let errors = issues(&out, Severity::Error);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    // A zip that calls itself a workbook but is cut short.
    assert!(
        errors
            .iter()
            .any(|e| e.file == "book.xlsx" && e.reason.contains("damaged zip archive")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.file == "empty.csv" && e.reason.contains("empty"))
    );
    assert!(
        errors
            .iter()
            .any(|e| e.file == "odd.csv" && e.reason.contains("alpha, beta"))
    );
    assert!(out.dataset.is_empty());
}

#[test]
fn report_saves_as_csv_with_every_issue() {
    let text = format!(
        "{HEADER}\n{}\n",
        without_towns(row("T1", "S1", "R1").replace("33.4484", "=cmd()"))
    );
    let out = load(&[("r.csv", text.as_bytes())]);
    let mut bytes = Vec::new();
    out.report.write_csv(&mut bytes).unwrap();
    let csv = String::from_utf8(bytes).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("severity,file,line,column,field,reason"));
    let line = lines.next().unwrap();
    assert!(line.starts_with("rejected,r.csv,2,14,store_lat,"), "{line}");
    assert!(line.contains("'=cmd()"), "formula neutralised: {line}");
    assert_eq!(lines.next(), None);
}

#[test]
fn spanish_headers_are_recognised() {
    let text = "folio;tipo_arma;marca;modelo;calibre;fecha_compra;fecha_recuperacion;tienda;ciudad_tienda;estado_tienda;latitud_tienda;longitud_tienda;municipio;estado;latitud;longitud;agencia\n\
                F-1;Fusil;Romarm;WASR-10;7.62x39;15/03/2009;02/05/2010;Armería Ficticia;Houston;TX;29,76;-95,37;Reynosa;Tamaulipas;26,05;-98,30;FGR\n";
    let out = load(&[("aseguramientos.csv", text.as_bytes())]);
    assert!(out.report.is_clean(), "{:#?}", out.report.issues);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 1);
    assert_eq!(d.traces.trace_id.get(0), "F-1");
    assert_eq!(d.traces.class[0], WeaponClass::AkPattern);
    assert_eq!(
        d.traces.purchase_date[0],
        Day::from_ymd(2009, 3, 15).unwrap(),
        "day-first detected"
    );
    assert_eq!(d.str(d.stores[0].name), "Armería Ficticia");
    assert_eq!(d.str(d.sites[0].place), "Reynosa");
    assert!((d.sites[0].lat_deg - 26.05).abs() < 1e-9);
    assert_eq!(d.str(d.traces.agency[0]), "FGR");
}

#[test]
fn a_traces_table_reports_the_stores_and_sites_it_named() {
    let csv = "trace_id,weapon_type,purchase_date,recovery_date,store_name,store_city,store_state,recovery_place,recovery_state\n\
               T1,pistol,2015-01-02,2019-06-01,Store A,Laredo,TX,Monterrey,Nuevo León\n\
               T2,AK-47,2015-01-03,2019-06-02,Store B,Laredo,TX,Monterrey,Nuevo León\n";
    let outcome = crate::common::load(&[("named.csv", csv.as_bytes())]);
    let file = &outcome.report.files[0];
    assert_eq!(file.traces, 2);
    assert_eq!(file.stores, 2, "stores loaded by name are counted");
    assert_eq!(file.recovery_sites, 1);
}

#[test]
fn a_stray_nul_costs_its_row_not_the_file() {
    let csv = "trace_id,weapon_type,purchase_date,recovery_date,store_name,store_city,store_state,recovery_place,recovery_state\n\
               T1,pistol,2015-01-02,2019-06-01,Store A,Laredo,TX,Monterrey,Nuevo León\n\
               T2,pis\0tol,2015-01-03,2019-06-02,Store B,Laredo,TX,Monterrey,Nuevo León\n\
               T3,AK-47,2015-01-04,2019-06-03,Store C,Laredo,TX,Monterrey,Nuevo León\n";
    let outcome = crate::common::load(&[("nul.csv", csv.as_bytes())]);
    assert_eq!(outcome.dataset.traces.len(), 2, "the other rows load");
    let rejected: Vec<_> = outcome
        .report
        .issues
        .iter()
        .filter(|i| i.severity == corridor_core::import::report::Severity::Rejected)
        .collect();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].line, Some(3), "the row's own line");
    assert!(rejected[0].reason.contains("NUL"), "{}", rejected[0].reason);
}

#[test]
fn binary_bytes_are_refused_by_what_they_are() {
    let mut gzip = vec![0x1F, 0x8B, 0x08, 0x00];
    gzip.extend(std::iter::repeat_n(0x55, 10_000));
    let outcome = crate::common::load(&[("traces.csv", gzip.as_slice())]);
    assert!(outcome.dataset.traces.is_empty());
    assert!(
        outcome
            .report
            .issues
            .iter()
            .any(|i| i.reason.contains("gzip")),
        "{:?}",
        outcome.report.issues
    );
}

#[test]
fn a_hostile_header_is_refused_before_it_is_parsed() {
    // 4 MB of commas on one line: once 26 MB of these took 3.2 GB.
    let mut long = ",".repeat(4 << 20);
    long.push_str("\nT1,pistol\n");
    let out = crate::common::load(&[("commas.csv", long.as_bytes())]);
    assert!(out.dataset.traces.is_empty());
    let error = &out.report.issues[0];
    assert!(
        error
            .reason
            .contains("line 1 is longer than a table's line may be (1,048,576 bytes)"),
        "{}",
        error.reason
    );
    // Thousands of columns in a short header.
    let mut wide = (0..5_000)
        .map(|i| format!("c{i}"))
        .collect::<Vec<_>>()
        .join(",");
    wide.push_str("\n1,2\n");
    let out = crate::common::load(&[("wide.csv", wide.as_bytes())]);
    assert!(out.dataset.traces.is_empty());
    assert!(
        out.report
            .issues
            .iter()
            .any(|i| i.reason.contains("line 1 has 5000 columns")),
        "{:?}",
        out.report.issues
    );
}
