//! A Parquet file (seeds written by DuckDB: a counted table, 20 traces,
//! one row of each type Corridor converts), read column by column into a
//! table's text and imported: the footer's checks, the
//! parquet crate's readers and Corridor's conversion of typed values.
#![no_main]

use corridor_core::import::parquet_file::read_parquet;
use corridor_fuzz::{allow_panics_inside, import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A panic inside parquet is caught by Corridor and is the file's error.
    allow_panics_inside("parquet-");
    if let Ok(table) = read_parquet(data.to_vec()) {
        // A header line, then one line per row (cells may hold quoted
        // line breaks, so at least that many).
        assert!(table.text.matches('\n').count() as u64 > table.rows);
    }
    import(&[("table.parquet", data)], None);
});
