//! Linked tables given together: stores, recovery sites and traces, split
//! from one input on 0xFF (`corridor_fuzz::FILE_SEPARATOR`), the first
//! byte choosing the date order. The importer tells each table's kind from
//! its headers, whatever the order or the names.
#![no_main]

use corridor_fuzz::{date_order, import, split_files};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 3] = ["stores.csv", "recoveries.csv", "traces.csv"];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let files: Vec<(&str, &[u8])> = NAMES.into_iter().zip(split_files(rest, 3)).collect();
    import(&files, date_order(selector));
});
