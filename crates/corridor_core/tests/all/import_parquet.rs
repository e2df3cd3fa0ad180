//! Parquet files (issue 16 part 4): a flat traces table and a counted table
//! written by DuckDB (tests/fixtures/parquet/make_parquet.py, with the
//! reduction of docs/scale-out/reduce.sql) read with the same field
//! matching as CSV, their totals those of the traces they were made from.

use corridor_core::aggregate::TraceFilter;
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridors;
use corridor_core::model::{Dataset, DateSpan};

use crate::common::load;

const TRACES: &[u8] = include_bytes!("../fixtures/parquet/traces-2000.parquet");
const COUNTED: &[u8] = include_bytes!("../fixtures/parquet/counted-2000.parquet");

/// The same 2,000 traces as CSV: the demo file's first 2,000 (by trace id,
/// as the fixture script took them).
fn from_csv() -> Dataset {
    let text = String::from_utf8(corridor_core::demo::DEMO_TRACES_CSV.to_vec()).unwrap();
    let mut lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    let header = lines.remove(0);
    lines.sort_unstable();
    let csv = std::iter::once(header)
        .chain(lines.into_iter().take(2_000))
        .collect::<Vec<_>>()
        .join("\n");
    load(&[("demo-2000.csv", csv.as_bytes())]).dataset
}

fn state_corridors(d: &Dataset) -> Vec<(String, String, u32)> {
    let areas = AreaIndex::build(d, corridor_core::basemap::shared(), AreaLevel::State);
    let mut found: Vec<(String, String, u32)> = corridors(d, &areas, &TraceFilter::default())
        .into_iter()
        .map(|c| (c.origin, c.destination, c.traces))
        .collect();
    found.sort();
    found
}

#[test]
fn a_parquet_traces_table_reads_as_its_csv_does() {
    let out = load(&[("traces-2000.parquet", TRACES)]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    let d = &out.dataset;
    assert_eq!(d.traces.len(), 2_000);
    let csv = from_csv();
    assert_eq!(d.class_counts(), csv.class_counts());
    assert_eq!(state_corridors(d), state_corridors(&csv));
    // Dates were DATE columns: read as days, not asked about.
    assert_eq!(d.traces.purchase_date, csv.traces.purchase_date);
    assert!(out.report.files[0].date_order.is_some());
    assert!(!out.report.files[0].ambiguous_dates);
    // Provenance: the file, its own hash, and the row.
    assert_eq!(out.report.files[0].kind, "traces Parquet");
    let source = &d.sources[0];
    assert_eq!(
        source.sha256,
        corridor_core::project::source::sha256_hex(TRACES)
    );
    assert_eq!(source.size_bytes, TRACES.len() as u64);
    assert_eq!(
        source.place(d.traces.source(0).line),
        "traces-2000.parquet row 1"
    );
    assert_eq!(
        source.place(d.traces.source(1_999).line),
        "traces-2000.parquet row 2000"
    );
}

#[test]
fn duckdbs_counted_reduction_keeps_the_totals_of_the_traces() {
    let out = load(&[("counted-2000.parquet", COUNTED)]);
    assert_eq!(out.report.rejected, 0, "{:#?}", out.report.issues);
    let d = &out.dataset;
    // 985 rows (store, site, class, month) stand for the 2,000 traces.
    assert_eq!((d.traces.len(), d.traces.firearms()), (985, 2_000));
    assert_eq!(
        (out.report.files[0].traces, out.report.files[0].records),
        (2_000, 985)
    );
    assert!((0..d.traces.len()).all(|r| d.traces.date_spans(r).recovery == DateSpan::Month));
    let csv = from_csv();
    assert_eq!(state_corridors(d), state_corridors(&csv));
    // The reduction's class words are re-read as the classes it meant.
    use corridor_core::model::WeaponClass;
    for row in 0..d.traces.len() {
        let word = d.str(d.weapon_of(row).weapon_type);
        let meant = match word {
            "AK" => WeaponClass::AkPattern,
            "AR-15" => WeaponClass::ArPattern,
            ".50 BMG" => WeaponClass::FiftyCal,
            "RIFLE" => WeaponClass::OtherRifle,
            "PISTOL" => WeaponClass::Pistol,
            "REVOLVER" => WeaponClass::Revolver,
            "SHOTGUN" => WeaponClass::Shotgun,
            other => panic!("a class word the reduction does not write: {other}"),
        };
        assert_eq!(d.traces.class[row], meant, "{word}");
    }
    // The SQL's classes are a few regular expressions, not the app's rules
    // (models such as the Draco pistol are AK-pattern to the app): the
    // classes differ by what docs/scale-out.md says, the totals do not.
    let (reduced, app) = (d.class_counts(), csv.class_counts());
    assert_eq!(reduced.iter().sum::<u32>(), app.iter().sum::<u32>());
    assert_eq!(
        (
            reduced[WeaponClass::AkPattern.index()],
            app[WeaponClass::AkPattern.index()]
        ),
        (779, 816)
    );
}

#[test]
fn a_damaged_parquet_file_is_that_files_error() {
    // The footer cut off, then a footer that declares far more than the
    // file could hold.
    let cut = &TRACES[..TRACES.len() / 2];
    let out = load(&[("cut.parquet", cut)]);
    assert!(out.dataset.traces.is_empty());
    assert!(
        out.report.issues[0].reason.contains("Parquet"),
        "{:#?}",
        out.report.issues
    );
    let mut garbage = b"PAR1".to_vec();
    garbage.extend_from_slice(&[0xAB; 300]);
    garbage.extend_from_slice(&200u32.to_le_bytes());
    garbage.extend_from_slice(b"PAR1");
    let out = load(&[("garbage.parquet", &garbage)]);
    assert!(out.dataset.traces.is_empty());
    assert_eq!(out.report.errors, 1);
}

#[test]
fn the_parquet_export_reads_back_to_the_same_traces_months_and_counts() {
    let original = load(&[("counted-2000.parquet", COUNTED)]).dataset;
    let rows: Vec<u32> = (0..original.traces.len() as u32).collect();
    let mut bytes = Vec::new();
    corridor_core::export::traces_parquet::write_traces_parquet(
        &original,
        &rows,
        corridor_core::briefing::Redaction::NONE,
        &mut bytes,
    )
    .unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    let back = load(&[("export.parquet", &bytes)]);
    assert_eq!(back.report.rejected, 0, "{:#?}", back.report.issues);
    // The precision columns are read as the dates' precision, not as
    // unknown columns.
    assert!(
        !back
            .report
            .issues
            .iter()
            .any(|i| i.reason.contains("date_precision")),
        "{:#?}",
        back.report.issues
    );
    let d = &back.dataset;
    assert_eq!((d.traces.len(), d.traces.firearms()), (985, 2_000));
    assert_eq!(d.class_counts(), original.class_counts());
    assert_eq!(state_corridors(d), state_corridors(&original));
    let spans = |d: &Dataset| {
        (0..d.traces.len())
            .map(|r| d.traces.date_spans(r))
            .collect::<Vec<_>>()
    };
    assert_eq!(spans(d), spans(&original));
    assert_eq!(d.traces.recovery_date, original.traces.recovery_date);
}

#[test]
fn typed_values_become_the_text_the_table_reader_reads() {
    // zstd pages; a decimal, a date, a timestamp, and a list column that
    // holds no field (left out).
    let bytes = include_bytes!("../fixtures/parquet/types.parquet").to_vec();
    let table = corridor_core::import::parquet_file::read_parquet(bytes).unwrap();
    assert_eq!(table.rows, 1);
    assert_eq!(
        table.text,
        "origin,dest,count,time,share,ts\na,b,5,2019-03-01,1.50,2019-03-01\n"
    );
}
