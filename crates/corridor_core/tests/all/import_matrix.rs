//! Matrix tables (issue 16 part 2b): a crosstab of counts, one row per
//! recovery area and one column per source area (or the transpose), with
//! totals and extra rows, loads as counted rows whose corridors are those
//! of the same table in long form.

use corridor_core::aggregate::TraceFilter;
use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridors;
use corridor_core::import::matrix::MatrixRows;
use corridor_core::import::report::Severity;
use corridor_core::import::{ImportOptions, ImportOutcome};
use corridor_core::model::Dataset;

use crate::common::{load, load_with};

/// Published-statistics shape: a title line, recovery states down, source
/// states across, a total column and row, and a time-to-crime breakdown
/// below (a row that names no area).
const MATRIX: &str = "Firearms traced to the US by Mexican state of recovery, 2019\n\
                      Recovery state,Texas,Arizona,California,Total\n\
                      Tamaulipas,\"1,204\",12,3,\"1,219\"\n\
                      Sinaloa,310,280,45,635\n\
                      Sonora,20,655,,675\n\
                      Baja California,4,,402,406\n\
                      Total,\"1,538\",947,450,\"2,935\"\n\
                      Less than 3 years,600,300,100,1000\n";

/// The same counts in long form.
const LONG: &str = "store_state,recovery_state,count\n\
                    Texas,Tamaulipas,1204\nArizona,Tamaulipas,12\nCalifornia,Tamaulipas,3\n\
                    Texas,Sinaloa,310\nArizona,Sinaloa,280\nCalifornia,Sinaloa,45\n\
                    Texas,Sonora,20\nArizona,Sonora,655\n\
                    Texas,Baja California,4\nCalifornia,Baja California,402\n";

fn state_corridors(d: &Dataset) -> Vec<(String, String, u32)> {
    let areas = AreaIndex::build(d, corridor_core::basemap::shared(), AreaLevel::State);
    corridors(d, &areas, &TraceFilter::default())
        .into_iter()
        .map(|c| (c.origin, c.destination, c.traces))
        .collect()
}

fn rejected(out: &ImportOutcome) -> usize {
    out.report
        .issues
        .iter()
        .filter(|i| i.severity != Severity::Warning)
        .count()
}

#[test]
fn a_matrix_and_its_long_form_give_the_same_corridors() {
    let matrix = load(&[("matrix.csv", MATRIX.as_bytes())]);
    assert_eq!(rejected(&matrix), 0, "{:#?}", matrix.report.issues);
    let long = load(&[("long.csv", LONG.as_bytes())]);
    assert_eq!(matrix.dataset.traces.firearms(), 2_935);
    assert_eq!(
        matrix.dataset.traces.len(),
        10,
        "one counted row a non-empty cell"
    );
    assert_eq!(
        state_corridors(&matrix.dataset),
        state_corridors(&long.dataset)
    );
    assert_eq!(
        state_corridors(&matrix.dataset)[0],
        ("US-TX".into(), "MX-TAM".into(), 1_204)
    );
    let summary = &matrix.report.files[0];
    assert_eq!(summary.kind, "matrix CSV");
    assert_eq!((summary.traces, summary.records), (2_935, 10));
    // The breakdown row is left out with its line; the totals add up, so
    // nothing else is said.
    let warnings: Vec<_> = matrix.report.issues.iter().collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(warnings[0].line, Some(8));
    assert!(warnings[0].reason.contains("'Less than 3 years'"));
    // A cell is named by its line and column when it is wrong.
    let origin_row = matrix.dataset.traces.source(0);
    assert_eq!(origin_row.line, 3);
}

#[test]
fn the_transpose_reads_the_same_and_totals_that_do_not_add_up_are_named() {
    // Source states down, recovery states across; the Sinaloa column's
    // total is off by one.
    let transposed = "Source,Tamaulipas,Sinaloa,Sonora,Baja California\n\
                      Texas,1204,310,20,4\n\
                      Arizona,12,280,655,\n\
                      California,3,45,,402\n\
                      Totales,1219,636,675,406\n";
    let out = load(&[("by-source.csv", transposed.as_bytes())]);
    let long = load(&[("long.csv", LONG.as_bytes())]);
    assert_eq!(
        state_corridors(&out.dataset),
        state_corridors(&long.dataset)
    );
    let off: Vec<_> = out
        .report
        .issues
        .iter()
        .filter(|i| i.reason.contains("adds up to"))
        .collect();
    assert_eq!(off.len(), 1, "{:#?}", out.report.issues);
    assert_eq!((off[0].line, off[0].column), (Some(5), Some(3)));
    assert!(off[0].reason.contains("says 636") && off[0].reason.contains("635"));
}

#[test]
fn a_matrix_within_one_country_asks_which_axis_is_the_origin() {
    // Mexican states on both edges: the areas cannot tell the axes apart.
    let text = "Estado,Sonora,Sinaloa\nChihuahua,5,7\nJalisco,,3\n";
    let out = load(&[("mx.csv", text.as_bytes())]);
    assert!(out.dataset.traces.is_empty());
    let error = &out.report.issues[0];
    assert_eq!(error.severity, Severity::Error);
    assert!(
        error.reason.contains("--matrix rows=destination"),
        "{}",
        error.reason
    );
    assert!(!out.report.files[0].needs_mapping);
    // Told, it reads the rows as origins; an origin is a US purchase
    // location, so each cell is refused with that reason, on its line.
    let options = ImportOptions {
        matrix_rows: Some(MatrixRows::Origin),
        ..Default::default()
    };
    let out = load_with(&[("mx.csv", text.as_bytes())], &options);
    let refused: Vec<(Option<u64>, &str)> = out
        .report
        .issues
        .iter()
        .map(|i| (i.line, i.reason.as_str()))
        .collect();
    assert_eq!(refused.len(), 3, "{refused:#?}");
    assert!(
        refused[0].1.contains(
            "'Chihuahua' is a state of Mexico, and this side's locations are in United States"
        ),
        "{refused:#?}"
    );
    assert_eq!(refused[2].0, Some(3));
}

#[test]
fn a_table_with_an_area_or_two_is_no_matrix() {
    // Headers that name no field and only one area: still "needs mapping".
    let text = "Estado,Notas\nSonora,ver anexo\n";
    let out = load(&[("notes.csv", text.as_bytes())]);
    assert!(out.dataset.traces.is_empty());
    assert!(out.report.files[0].needs_mapping);
}

#[test]
fn a_matrix_sheet_of_a_workbook_reads_as_the_csv_does() {
    // Number cells in a sheet, as published workbooks hold them.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("By state").unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(MATRIX.as_bytes());
    for (row, record) in reader.records().enumerate() {
        for (column, cell) in record.unwrap().iter().enumerate() {
            let (row, column) = (row as u32, column as u16);
            match cell.replace(',', "").parse::<f64>() {
                Ok(number) if !cell.is_empty() => sheet.write_number(row, column, number),
                _ => sheet.write_string(row, column, cell),
            }
            .unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    let sheet = load(&[("tables.xlsx", &bytes)]);
    let csv = load(&[("matrix.csv", MATRIX.as_bytes())]);
    assert_eq!(sheet.report.files[0].kind, "matrix sheet");
    assert_eq!(sheet.dataset.traces.firearms(), 2_935);
    assert_eq!(
        state_corridors(&sheet.dataset),
        state_corridors(&csv.dataset)
    );
    assert_eq!(
        sheet.dataset.sources[0].place(sheet.dataset.traces.source(0).line),
        "tables.xlsx › By state › row 3"
    );
}
