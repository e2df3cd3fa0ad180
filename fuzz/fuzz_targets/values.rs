//! The cell parsers: dates in both slash orders, typed dates of the time
//! bar, coordinates (latitude and longitude limits, pairs), missing-value
//! markers, the date-order evidence of a column, and `--map` specs.
#![no_main]

use corridor_core::aggregate::time_window::parse_day;
use corridor_core::import::date_order::DateEvidence;
use corridor_core::import::fields::Field;
use corridor_core::import::mapping::HeaderOverrides;
use corridor_core::import::row::parse_pair;
use corridor_core::import::values::{
    CoordError, DateOrder, is_missing_marker, parse_coordinate, parse_date,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for order in [DateOrder::MonthFirst, DateOrder::DayFirst] {
        if let Ok(Some(day)) = parse_date(text, order) {
            // A date read is a real day, and reads back from its ISO form.
            let iso = day.iso();
            assert_eq!(parse_date(&iso, order), Ok(Some(day)), "{text:?} -> {iso}");
            // The time bar takes fewer years (1900-2100); those it takes agree.
            if let Ok(typed) = parse_day(&iso, false) {
                assert_eq!(typed, Some(day), "{text:?} -> {iso}");
            }
        }
    }
    for end in [false, true] {
        if let Ok(Some(day)) = parse_day(text, end) {
            assert!(day.to_date().is_some(), "{text:?} gave no calendar day");
        }
    }
    for limit in [90.0, 180.0] {
        match parse_coordinate(text, limit) {
            Ok(value) => assert!(value.is_finite() && value.abs() <= limit, "{text:?}"),
            Err(error) => {
                let _ = error.describe("latitude");
                if let CoordError::OutOfRange(value) = error {
                    assert!(value.abs() > limit, "{text:?}");
                }
            }
        }
    }
    let _ = is_missing_marker(text);
    // The text as a latitude and longitude split where a comma is.
    let (lat, lon) = text.split_once(',').unwrap_or((text, text));
    let _ = parse_pair(lat, lon, Field::StoreLat, Field::StoreLon);
    let mut evidence = DateEvidence::default();
    for (line, cell) in text.lines().enumerate() {
        evidence.add(cell, line as u64 + 1);
    }
    for chosen in [None, Some(DateOrder::MonthFirst), Some(DateOrder::DayFirst)] {
        let _ = evidence.decide(chosen).order();
    }
    let _ = HeaderOverrides::default().add(text);
});
