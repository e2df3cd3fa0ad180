//! Tables are read from disk in chunks (issue 14): what is read must be what
//! a whole-file read gave, line numbers included, across the chunks; the
//! bounds name file and line; the report lists a few examples per kind of
//! fault and counts the rest.

use std::io::Write;

use sha2::Digest;

use crate::common;

use corridor_core::import::report::{EXAMPLES_PER_KIND, Severity};
use corridor_core::import::{ImportControl, ImportOptions, import_paths};

fn import_file(
    path: &std::path::Path,
    single_thread: bool,
) -> corridor_core::import::ImportOutcome {
    let options = ImportOptions {
        single_thread,
        ..ImportOptions::default()
    };
    import_paths(
        &[path.to_owned()],
        common::classifier(),
        &options,
        &ImportControl::default(),
    )
    .expect("not cancelled")
}

/// A table of `rows` good rows, more than the 16 MB read ahead of the
/// stream, with faults at known lines: a blank line, a quoted line break,
/// an unplaceable row. Returns the text and the lines of the faults.
fn big_table(rows: usize) -> (Vec<u8>, Vec<u64>) {
    let mut text = format!("{}\n", common::HEADER).into_bytes();
    let mut line = 1u64;
    let mut bad_lines = Vec::new();
    for i in 0..rows {
        let mut row = common::row(
            &format!("T{i}"),
            &format!("S{}", i % 50),
            &format!("R{}", i % 7),
        );
        if i % 20_011 == 5 {
            // A blank line before, and a note with a quoted line break in the
            // model: the row is on the line after the blank one, and the
            // next row one line further down than its count says.
            text.extend_from_slice(b"\n");
            line += 1;
            row = row.replacen("WASR-10", "\"WASR\n10\"", 1);
        }
        if i % 30_011 == 7 {
            // A store of its own, placed nowhere: the row is left out.
            row = common::row(&format!("T{i}"), &format!("BAD{i}"), "R1")
                .replacen("33.4484", "933.4484", 1)
                .replacen("Phoenix,AZ", ",", 1);
            bad_lines.push(line + 1);
        }
        line += 1 + row.matches('\n').count() as u64;
        text.extend_from_slice(row.as_bytes());
        text.push(b'\n');
    }
    (text, bad_lines)
}

#[test]
fn a_table_bigger_than_the_head_streams_with_the_right_lines_and_hash() {
    let (text, bad_lines) = big_table(120_000);
    assert!(
        text.len() > 20 << 20,
        "past the head read first: {}",
        text.len()
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("traces.csv");
    std::fs::write(&path, &text).expect("written");
    let in_memory = common::load(&[("traces.csv", &text)]);
    for single_thread in [true, false] {
        let outcome = import_file(&path, single_thread);
        let rejected = common::issues(&outcome, Severity::Rejected);
        let lines: Vec<u64> = rejected.iter().filter_map(|i| i.line).collect();
        assert_eq!(lines, bad_lines, "{rejected:#?}");
        assert_eq!(
            outcome.dataset.traces.len(),
            120_000 - bad_lines.len(),
            "single thread: {single_thread}"
        );
        assert_eq!(outcome.report.issues, in_memory.report.issues);
        let hash: String = sha2::Sha256::digest(&text)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(outcome.dataset.sources[0].sha256, hash);
        assert_eq!(outcome.dataset.sources[0].size_bytes, text.len() as u64);
    }
}

#[test]
fn a_long_line_mid_file_keeps_the_rows_before_it_and_names_its_line() {
    let mut text = format!("{}\n", common::HEADER);
    for i in 0..10 {
        text.push_str(&common::row(&format!("T{i}"), "S1", "R1"));
        text.push('\n');
    }
    // Line 12: two megabytes of one cell.
    text.push_str(&"x".repeat(2 << 20));
    text.push('\n');
    text.push_str(&common::row("T99", "S1", "R1"));
    text.push('\n');
    let outcome = common::load(&[("traces.csv", text.as_bytes())]);
    assert_eq!(outcome.dataset.traces.len(), 10);
    let error = common::only_issue(&outcome, Severity::Error);
    assert_eq!(error.line, Some(12));
    assert!(
        error
            .reason
            .contains("line 12 is longer than a table's line may be"),
        "{}",
        error.reason
    );
}

#[test]
fn a_windows_1252_row_past_the_head_of_a_utf8_file_is_read_as_windows_1252() {
    // The first 16 MB choose the encoding (UTF-8 here); a row far past
    // them written by another program is not lost.
    let (mut text, _) = big_table(110_000);
    assert!(text.len() > 17 << 20);
    let late = common::row("LATE", "S2", "RLATE").replace("Culiacán", "Querétaro");
    let mut late = late.into_bytes();
    // "é" as the single byte Windows-1252 writes, not UTF-8's two.
    let at = late
        .windows(2)
        .position(|w| w == "é".as_bytes())
        .expect("the é");
    late.splice(at..at + 2, [0xE9]);
    text.extend_from_slice(&late);
    text.push(b'\n');
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("traces.csv");
    std::fs::write(&path, &text).expect("written");
    let outcome = import_file(&path, false);
    let d = &outcome.dataset;
    let places: Vec<&str> = d.sites.iter().map(|s| d.str(s.place)).collect();
    assert!(places.contains(&"Querétaro"), "{places:?}");
    assert_eq!(
        outcome.report.files[0].encoding,
        "UTF-8 (1 row read as windows-1252)"
    );
}

#[test]
fn the_report_lists_examples_of_a_fault_and_counts_the_rest() {
    let mut text = format!("{}\n", common::HEADER);
    for i in 0..1_000 {
        // Every row: a latitude out of range (rejected), each with its own value.
        let row = common::row(&format!("T{i}"), &format!("S{i}"), "R1")
            .replacen("33.4484", &format!("9{i}.5"), 1)
            .replacen("Phoenix,AZ", ",", 1);
        text.push_str(&row);
        text.push('\n');
    }
    let outcome = common::load(&[("traces.csv", text.as_bytes())]);
    let report = &outcome.report;
    assert_eq!(report.rejected, 1_000, "every row counted");
    assert_eq!(
        common::issues(&outcome, Severity::Rejected).len() as u64,
        EXAMPLES_PER_KIND
    );
    assert_eq!(report.more_like.len(), 1, "{:#?}", report.more_like);
    assert_eq!(report.more_like[0].count, 1_000 - EXAMPLES_PER_KIND);
    assert_eq!(report.more_like[0].first_line, Some(EXAMPLES_PER_KIND + 2));
    let lines: Vec<String> = report.more_like_lines().collect();
    assert!(
        lines[0].starts_with(
            "traces.csv (store_lat): 900 more rows rejected like the 100 listed, from line 102: "
        ),
        "{}",
        lines[0]
    );
    // The issues CSV says so too.
    let mut csv = Vec::new();
    report.write_csv(&mut csv).expect("written");
    let csv = String::from_utf8(csv).expect("UTF-8");
    assert!(csv.contains("900 more rows rejected"), "{csv}");
}

#[test]
fn a_file_read_whole_has_a_size_limit_named_in_its_refusal() {
    // GeoJSON is read whole; one past the limit is refused by its size,
    // without being read (a sparse file takes no disk).
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.geojson");
    let mut file = std::fs::File::create(&path).expect("created");
    file.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")
        .expect("written");
    // Text as far as the binary check looks.
    file.write_all(&[b' '; 16 << 10]).expect("written");
    file.set_len((512 << 20) + 1).expect("sized");
    drop(file);
    let outcome = import_file(&path, false);
    let error = common::only_issue(&outcome, Severity::Error);
    assert!(
        error
            .reason
            .contains("GeoJSON and flowmap.blue files are read whole, and at most 512 MB are"),
        "{}",
        error.reason
    );
}
