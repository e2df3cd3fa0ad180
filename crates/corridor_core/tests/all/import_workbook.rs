//! Excel and OpenDocument workbooks: each sheet read like a CSV table, with
//! date cells as dates, numbers as numbers, provenance by file, sheet and
//! row, notes sheets skipped, and hostile archives refused within bounds.

use std::io::Write;

use corridor_core::import::ImportOptions;
use corridor_core::import::report::Severity;
use corridor_core::import::workbook::read_workbook;
use corridor_core::project::source::sha256_hex;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

use crate::common::{TIME_TRACES, issues, load, load_with};

/// One sheet: its name, the rows above the table (a title), and the table
/// as CSV whose ISO dates become date cells and numbers number cells.
struct SheetSpec<'a> {
    name: &'a str,
    title: Option<&'a str>,
    csv: &'a str,
}

fn write_cell(sheet: &mut Worksheet, row: u32, column: u16, text: &str) {
    // Shown day-first, as a Mexican workbook would: a date cell carries
    // its date whatever its display format.
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    let date = text
        .split('-')
        .map(str::parse::<u16>)
        .collect::<Result<Vec<_>, _>>()
        .ok()
        .filter(|parts| parts.len() == 3 && parts[0] > 1900);
    if let Some(parts) = date {
        let day = ExcelDateTime::from_ymd(parts[0], parts[1] as u8, parts[2] as u8).unwrap();
        sheet
            .write_datetime_with_format(row, column, &day, &date_format)
            .unwrap();
    } else if let Ok(number) = text.parse::<f64>() {
        sheet.write_number(row, column, number).unwrap();
    } else if !text.is_empty() {
        sheet.write_string(row, column, text).unwrap();
    }
}

/// A workbook of the given sheets, as bytes.
fn xlsx(sheets: &[SheetSpec<'_>]) -> Vec<u8> {
    let mut book = Workbook::new();
    for spec in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(spec.name).unwrap();
        let mut row = 0;
        if let Some(title) = spec.title {
            sheet.write_string(0, 0, title).unwrap();
            // A blank row between the title and the table.
            row = 2;
        }
        for line in spec.csv.lines() {
            for (column, cell) in line.split(',').enumerate() {
                write_cell(sheet, row, column as u16, cell);
            }
            row += 1;
        }
    }
    book.save_to_buffer().unwrap()
}

const NOTES: SheetSpec<'static> = SheetSpec {
    name: "Notes",
    title: None,
    csv: "Exported for the joint working group\nSynthetic rows; see the Traces sheet",
};

#[test]
fn a_workbook_with_a_title_row_date_cells_and_a_notes_sheet_loads_like_its_csv() {
    let traces = SheetSpec {
        name: "Traces",
        title: Some("ATF trace export (synthetic)"),
        csv: TIME_TRACES,
    };
    let bytes = xlsx(&[NOTES, traces]);
    let from_csv = load(&[("t.csv", TIME_TRACES.as_bytes())]);
    let from_xlsx = load(&[("export.xlsx", &bytes)]);
    let (a, b) = (&from_csv.dataset.traces, &from_xlsx.dataset.traces);
    assert_eq!(b.len(), 5, "{:#?}", from_xlsx.report.issues);
    assert_eq!(a.purchase_date, b.purchase_date);
    assert_eq!(a.recovery_date, b.recovery_date);
    assert_eq!(a.class, b.class);
    assert_eq!(
        from_csv.dataset.stores.len(),
        from_xlsx.dataset.stores.len()
    );
    // Date cells are dates: no day/month question was asked of them.
    let summary = from_xlsx
        .report
        .files
        .iter()
        .find(|f| f.file == "export.xlsx › Traces")
        .expect("the Traces sheet is in the report");
    assert!(!summary.ambiguous_dates);
    assert_eq!(summary.traces, 5);
    // Row 3 holds the header (title in row 1, a blank row 2): T1 is row 4.
    let source = &from_xlsx.dataset.sources[usize::from(b.source_file[0])];
    assert_eq!(
        source.place(b.source_line[0]),
        "export.xlsx › Traces › row 4"
    );
    assert_eq!(source.sheet.as_deref(), Some("Traces"));
    assert_eq!(source.file_name(), "export.xlsx");
    // The hash and size are the workbook's own.
    assert_eq!(source.sha256, sha256_hex(&bytes));
    assert_eq!(source.size_bytes, bytes.len() as u64);
    // The notes sheet is named in the report as skipped, not an error.
    let warnings = issues(&from_xlsx, Severity::Warning);
    assert!(
        warnings
            .iter()
            .any(|w| w.file == "export.xlsx › Notes" && w.reason.contains("skipped")),
        "{warnings:#?}"
    );
    assert!(issues(&from_xlsx, Severity::Error).is_empty());
}

#[test]
fn a_bad_row_is_rejected_with_its_sheet_and_row_named() {
    let csv = TIME_TRACES.replace("Phoenix,AZ,33.45", "Nowhereville,ZZ,333.45");
    let bytes = xlsx(&[SheetSpec {
        name: "Rastreos",
        title: None,
        csv: &csv,
    }]);
    let out = load(&[("export.xlsx", &bytes)]);
    let rejected = issues(&out, Severity::Rejected);
    // T1 and T2 sit in rows 2 and 3 (the header is row 1).
    let rows: Vec<(String, Option<u64>)> = rejected
        .iter()
        .map(|issue| (issue.file.clone(), issue.line))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("export.xlsx › Rastreos".to_owned(), Some(2)),
            ("export.xlsx › Rastreos".to_owned(), Some(3))
        ]
    );
    assert_eq!(out.dataset.traces.len(), 3);
}

#[test]
fn every_trace_sheet_loads_and_an_unticked_one_does_not() {
    let (first, second): (Vec<&str>, Vec<&str>) = {
        let lines: Vec<&str> = TIME_TRACES.lines().collect();
        (
            std::iter::once(lines[0])
                .chain(lines[1..3].iter().copied())
                .collect(),
            std::iter::once(lines[0])
                .chain(lines[3..].iter().copied())
                .collect(),
        )
    };
    let (first, second) = (first.join("\n"), second.join("\n"));
    let bytes = xlsx(&[
        SheetSpec {
            name: "2010",
            title: None,
            csv: &first,
        },
        SheetSpec {
            name: "2011",
            title: None,
            csv: &second,
        },
    ]);
    let both = load(&[("book.xlsx", &bytes)]);
    assert_eq!(both.dataset.traces.len(), 5);
    let names: Vec<&str> = both
        .dataset
        .sources
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["book.xlsx › 2010", "book.xlsx › 2011"]);
    let options = ImportOptions {
        excluded_sheets: vec![("book.xlsx".into(), "2010".into())],
        ..ImportOptions::default()
    };
    let one = load_with(&[("book.xlsx", &bytes)], &options);
    assert_eq!(one.dataset.traces.len(), 3);
    assert!(
        one.report
            .issues
            .iter()
            .any(|i| i.file == "book.xlsx › 2010" && i.reason.contains("unticked"))
    );
}

#[test]
fn numbers_stay_numbers_and_text_stays_text() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (column, header) in TIME_TRACES.lines().next().unwrap().split(',').enumerate() {
        sheet.write_string(0, column as u16, header).unwrap();
    }
    let cells = [
        "T1",
        "rifle",
        "Romarm",
        "10",
        "2009-12-01",
        "2010-01-01",
        "Phoenix",
        "AZ",
    ];
    for (column, cell) in cells.iter().enumerate() {
        write_cell(sheet, 1, column as u16, cell);
    }
    // Coordinates typed as numbers with many digits; a model typed as the
    // number 10 is "10", not "10.0".
    sheet.write_number(1, 8, 33.448_376_5).unwrap();
    sheet.write_number(1, 9, -112.074_036_8).unwrap();
    for (column, cell) in ["Culiacán", "Sinaloa", "24.81", "-107.39"]
        .iter()
        .enumerate()
    {
        write_cell(sheet, 1, 10 + column as u16, cell);
    }
    let bytes = book.save_to_buffer().unwrap();
    let text = &read_workbook(&bytes).unwrap().sheets[0].text;
    assert!(
        text.lines().nth(1).unwrap().starts_with(
            "T1,rifle,Romarm,10,2009-12-01,2010-01-01,Phoenix,AZ,33.4483765,-112.0740368,"
        ),
        "{text}"
    );
    let out = load(&[("n.xlsx", &bytes)]);
    assert_eq!(out.dataset.traces.len(), 1, "{:#?}", out.report.issues);
    let store = &out.dataset.stores[0];
    assert!((store.lat_deg - 33.448_376_5).abs() < 1e-9);
}

/// An OpenDocument spreadsheet written by hand: the mimetype, the content
/// and the manifest are all calamine needs.
fn ods(content_rows: &str) -> Vec<u8> {
    let mut buffer = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buffer);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(
        br#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"#,
    )
    .unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Aseguramientos">{content_rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    zip.finish().unwrap();
    buffer.into_inner()
}

fn ods_row(cells: &[&str]) -> String {
    let mut row = String::from("<table:table-row>");
    for cell in cells {
        if cell.len() == 10 && cell.as_bytes()[4] == b'-' {
            row += &format!(
                r#"<table:table-cell office:value-type="date" office:date-value="{cell}"><text:p>{}</text:p></table:table-cell>"#,
                // Displayed day-first: the value is what counts.
                cell.split('-').rev().collect::<Vec<_>>().join("/")
            );
        } else if let Ok(number) = cell.parse::<f64>() {
            row += &format!(
                r#"<table:table-cell office:value-type="float" office:value="{number}"><text:p>{cell}</text:p></table:table-cell>"#
            );
        } else {
            row += &format!(
                r#"<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>"#
            );
        }
    }
    row + "</table:table-row>"
}

#[test]
fn an_opendocument_sheet_loads_with_its_date_cells() {
    let rows: String = TIME_TRACES
        .lines()
        .map(|line| ods_row(&line.split(',').collect::<Vec<_>>()))
        .collect();
    let out = load(&[("aseguramientos.ods", &ods(&rows))]);
    let csv = load(&[("t.csv", TIME_TRACES.as_bytes())]);
    assert_eq!(out.dataset.traces.len(), 5, "{:#?}", out.report.issues);
    assert_eq!(
        out.dataset.traces.recovery_date,
        csv.dataset.traces.recovery_date
    );
    assert_eq!(
        out.dataset.sources[0].name,
        "aseguramientos.ods › Aseguramientos"
    );
}

#[test]
fn a_legacy_xls_workbook_loads() {
    // Written by tests/fixtures/workbooks/make_xls.py (xlwt): the five
    // traces of TIME_TRACES with date cells, under a title row.
    let bytes = include_bytes!("../fixtures/workbooks/traces.xls");
    let out = load(&[("traces.xls", bytes)]);
    let csv = load(&[("t.csv", TIME_TRACES.as_bytes())]);
    assert_eq!(out.dataset.traces.len(), 5, "{:#?}", out.report.issues);
    assert_eq!(
        out.dataset.traces.purchase_date,
        csv.dataset.traces.purchase_date
    );
    let source = &out.dataset.sources[0];
    assert_eq!(
        source.place(out.dataset.traces.source_line[0]),
        "traces.xls › Traces › row 3"
    );
}

#[test]
fn a_zip_bomb_and_a_sheet_of_a_billion_repeated_cells_are_refused_in_bounded_memory() {
    // 200 MB of zeros deflate to about 200 KB: far past 100 times the size.
    let mut buffer = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buffer);
    zip.start_file(
        "xl/worksheets/sheet1.xml",
        zip::write::SimpleFileOptions::default().large_file(true),
    )
    .unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..200 {
        zip.write_all(&zeros).unwrap();
    }
    zip.finish().unwrap();
    let bomb = buffer.into_inner();
    assert!(bomb.len() < 1 << 20);
    let out = load(&[("bomb.xlsx", &bomb)]);
    let error = &issues(&out, Severity::Error)[0];
    assert!(error.reason.contains("unpacks to more than"), "{error:?}");

    // One row repeated a million times, a thousand columns wide: calamine
    // would expand it into 10^9 cells.
    let wide = r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>"#;
    let out = load(&[("wide.ods", &ods(wide))]);
    let error = &issues(&out, Severity::Error)[0];
    assert!(error.reason.contains("cells a sheet may have"), "{error:?}");
}

#[test]
fn an_xls_whose_sheets_span_too_many_cells_is_refused_before_it_is_read() {
    // Two cells per sheet, 65,535 rows and 255 columns apart, on eight
    // sheets (tests/fixtures/workbooks/make_xls.py): 4.7 GB if read.
    let bytes = include_bytes!("../fixtures/workbooks/far-apart.xls");
    let out = load(&[("far-apart.xls", bytes)]);
    let error = &issues(&out, Severity::Error)[0];
    assert!(
        error.reason.contains("save it as .xlsx or CSV"),
        "{error:?}"
    );
    assert!(out.dataset.traces.is_empty());
}

#[test]
fn two_cells_far_apart_cost_their_text_not_the_rectangle_between_them() {
    // A1 and a cell a million rows down: the sheet's text is a million
    // empty lines, not a 10^6-cell grid. Column 1,001 is past the limit.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "trace_id").unwrap();
    sheet.write_string(1_000_000, 0, "T1").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let sheet = &read_workbook(&bytes).unwrap().sheets[0];
    assert_eq!(sheet.rows, 1_000_001);
    assert!(sheet.text.len() < 1_100_000);

    let mut book = Workbook::new();
    book.add_worksheet().write_string(0, 1_000, "x").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    // Why, in English (the error is a message any language can write).
    let error = read_workbook(&bytes).unwrap_err().to_string();
    assert!(
        error.contains("more columns than a table may have"),
        "{error}"
    );
}

#[test]
fn a_zip_that_is_no_workbook_says_so() {
    let mut buffer = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buffer);
    zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"hello").unwrap();
    zip.finish().unwrap();
    let out = load(&[("archive.zip", &buffer.into_inner())]);
    let error = &issues(&out, Severity::Error)[0];
    assert!(
        error.reason.contains("zip archive but not a workbook"),
        "{error:?}"
    );
}
