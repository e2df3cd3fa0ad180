//! The import report in Spanish: every reason, file kind and summary line
//! is kept as a message, written in English for the command line, JSON and
//! CSV reports exactly as before, and in Spanish for the app.

use crate::common::{HEADER, load, row};
use corridor_core::i18n::Lang;
use corridor_core::import::report::{ImportReport, Severity};

/// The reason of the issue at `file`:`line`, in English and in Spanish.
fn reasons(report: &ImportReport, file: &str, line: u64) -> Vec<(String, String)> {
    report
        .issues
        .iter()
        .filter(|i| i.file == file && i.line == Some(line))
        .map(|i| {
            assert_eq!(i.reason, i.reason_in(Lang::En), "one English");
            (i.reason.clone(), i.reason_in(Lang::Es))
        })
        .collect()
}

fn pair(en: &str, es: &str) -> Vec<(String, String)> {
    vec![(en.to_owned(), es.to_owned())]
}

#[test]
fn trace_warnings_read_as_before_in_english_and_in_spanish() {
    let text = format!(
        "{HEADER}\n{}\n{}\n{}\n{}\n",
        row("T1", "S1", "R1").replace("Rifle,", "Thingamajig,"),
        row("T2", "S1", "R1").replace("2010-01-15", "2008-01-15"),
        row("T3", "S1", "R1").replace("33.4484,-112.0740", "32.2226,-110.9747"),
        row("T1", "S1", "R1"),
    );
    let out = load(&[("w.csv", text.as_bytes())]);
    let report = &out.report;
    assert_eq!(
        reasons(report, "w.csv", 2),
        pair(
            "weapon type 'Thingamajig' is not recognised; classified as ak_pattern from \
             make/model/caliber",
            "el tipo de arma 'Thingamajig' no se reconoce; por marca/modelo/calibre se \
             clasificó como fusil tipo AK"
        )
    );
    assert_eq!(
        reasons(report, "w.csv", 3),
        pair(
            "recovery date 2008-01-15 is before purchase date 2009-03-01",
            "la fecha de aseguramiento 15/01/2008 es anterior a la fecha de compra 01/03/2009"
        )
    );
    let moved = reasons(report, "w.csv", 4);
    assert_eq!(moved.len(), 1, "{moved:?}");
    let (en, es) = &moved[0];
    assert!(en.starts_with("store 'S1' is "), "{en}");
    assert!(
        en.ends_with(" km from where w.csv line 2 puts it; the first location is used"),
        "{en}"
    );
    assert!(es.starts_with("la armería 'S1' está a "), "{es}");
    assert!(
        es.ends_with(" km de donde la ubica w.csv línea 2; se usa la primera ubicación"),
        "{es}"
    );
    assert_eq!(
        reasons(report, "w.csv", 5),
        pair(
            "trace id 'T1' also appears at w.csv line 2; both rows are kept",
            "el id de rastreo 'T1' también aparece en w.csv línea 2; se conservan ambas filas"
        )
    );
    let summary = &report.files[0];
    assert_eq!(summary.kind, "traces CSV");
    assert_eq!(summary.kind_in(Lang::En), "traces CSV");
    assert_eq!(summary.kind_in(Lang::Es), "CSV de rastreos");
    assert_eq!(summary.encoding_in(Lang::Es), summary.encoding);
}

#[test]
fn rejected_rows_unreadable_files_and_kinds_in_both_languages() {
    let bad = "trace_id,weapon_type,store_lat,store_lon,recovery_lat,recovery_lon\n\
               B1,Pistol,abc,-112.0,24.8,-107.3\n\
               B2,Pistol,33.4,-112.0,0,0\n\
               B3,Pistol,,,999,-107.3\n\
               ,Pistol,33.4,-112.0,24.8,-107.3\n";
    let stores = "id,name,lat,lon\nS1,One,33.4,-112.0\nS1,Again,33.4,-112.0\n";
    let geojson = r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"kind":"store"},"geometry":null}]}"#;
    let out = load(&[
        ("bad.csv", bad.as_bytes()),
        ("stores.csv", stores.as_bytes()),
        ("points.geojson", geojson.as_bytes()),
        ("scan.pdf", b"%PDF-1.7 not a table"),
    ]);
    let report = &out.report;
    assert_eq!(
        reasons(report, "bad.csv", 2),
        pair(
            "no usable store location: store latitude 'abc' is not a number",
            "no hay una ubicación utilizable de la armería: la latitud de la armería 'abc' no \
             es un número"
        )
    );
    assert_eq!(
        reasons(report, "bad.csv", 3),
        pair(
            "no usable recovery site location: recovery site latitude '0, 0 (a placeholder, \
             not a place)' is not a number",
            "no hay una ubicación utilizable del lugar de aseguramiento: la latitud del lugar \
             de aseguramiento '0, 0 (un valor de relleno, no un lugar)' no es un número"
        )
    );
    assert_eq!(
        reasons(report, "bad.csv", 4),
        pair(
            "no usable store location: store latitude is missing; no usable recovery site \
             location: recovery site latitude 999 is out of range",
            "no hay una ubicación utilizable de la armería: falta la latitud de la armería; no \
             hay una ubicación utilizable del lugar de aseguramiento: la latitud del lugar de \
             aseguramiento 999 está fuera de rango"
        )
    );
    assert_eq!(
        reasons(report, "bad.csv", 5),
        pair(
            "trace id is missing; using 'bad.csv:5'",
            "falta el id de rastreo; se usa 'bad.csv:5'"
        )
    );
    assert_eq!(
        reasons(report, "stores.csv", 3),
        pair(
            "store id 'S1' was already defined at stores.csv line 2; this row is ignored",
            "el id de armería 'S1' ya se definió en stores.csv línea 2; esta fila se ignora"
        )
    );
    assert_eq!(
        reasons(report, "points.geojson", 2),
        pair(
            "feature 1: has no geometry, so it cannot be placed",
            "elemento 1: no tiene geometría, así que no se puede ubicar"
        )
    );
    let pdf = report
        .issues
        .iter()
        .find(|i| i.file == "scan.pdf")
        .expect("the PDF is refused");
    assert_eq!(pdf.severity, Severity::Error);
    assert_eq!(pdf.reason, "this is a PDF document, not a text file");
    assert_eq!(
        pdf.reason_in(Lang::Es),
        "esto es un documento PDF, no un archivo de texto"
    );
    let kinds: Vec<(&str, String, String)> = report
        .files
        .iter()
        .map(|f| (f.file.as_str(), f.kind.clone(), f.kind_in(Lang::Es)))
        .collect();
    let kind = |file: &str| {
        kinds
            .iter()
            .find(|(f, _, _)| *f == file)
            .map(|(_, en, es)| (en.as_str(), es.as_str()))
    };
    assert_eq!(kind("bad.csv"), Some(("traces CSV", "CSV de rastreos")));
    assert_eq!(kind("stores.csv"), Some(("stores CSV", "CSV de armerías")));
    assert_eq!(kind("points.geojson"), Some(("GeoJSON", "GeoJSON")));
    assert_eq!(kind("scan.pdf"), Some(("not loaded", "no se cargó")));
    assert_eq!(report.summary_line_in(Lang::En), report.summary_line());
    assert_eq!(
        report.summary_line_in(Lang::Es),
        format!(
            "{} filas rechazadas, {} advertencias, 1 error de archivo",
            report.rejected, report.warnings
        )
    );
}

#[test]
fn issues_beyond_the_examples_are_counted_in_both_languages() {
    let mut text =
        String::from("trace_id,weapon_type,store_lat,store_lon,recovery_lat,recovery_lon\n");
    for i in 0..150 {
        text.push_str(&format!("X{i},Pistol,abc{i},-112.0,24.8,-107.3\n"));
    }
    let out = load(&[("many.csv", text.as_bytes())]);
    let report = &out.report;
    assert_eq!(report.more_like.len(), 1, "{:#?}", report.more_like);
    let english: Vec<String> = report.more_like_lines().collect();
    let same: Vec<String> = report.more_like_lines_in(Lang::En).collect();
    assert_eq!(english, same);
    assert_eq!(
        english[0],
        "many.csv (store_lat): 50 more rows rejected like the 100 listed, from line 102: no \
         usable store location: store latitude 'abc100' is not a number"
    );
    let spanish: Vec<String> = report.more_like_lines_in(Lang::Es).collect();
    assert!(
        spanish[0].ends_with(
            "no hay una ubicación utilizable de la armería: la latitud de la armería 'abc100' \
             no es un número"
        ),
        "{}",
        spanish[0]
    );
    assert_eq!(
        report.more_like[0].example_in(Lang::En),
        report.more_like[0].example
    );
}

#[test]
fn a_reason_in_json_and_csv_stays_english() {
    let text = "trace_id,weapon_type,store_lat,store_lon,recovery_lat,recovery_lon\n\
                B1,Pistol,abc,-112.0,24.8,-107.3\n";
    let out = load(&[("bad.csv", text.as_bytes())]);
    let json = serde_json::to_value(&out.report).expect("the report serialises");
    let issue = &json["issues"][0];
    assert_eq!(
        issue["reason"],
        "no usable store location: store latitude 'abc' is not a number"
    );
    assert!(issue.get("phrase").is_none(), "{issue}");
    assert!(json["files"][0].get("kind_phrase").is_none());
    let mut csv = Vec::new();
    out.report.write_csv(&mut csv).expect("written");
    let csv = String::from_utf8(csv).expect("UTF-8");
    assert!(
        csv.contains("no usable store location: store latitude 'abc' is not a number"),
        "{csv}"
    );
}
