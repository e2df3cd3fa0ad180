//! A Parquet file (seeds: DuckDB's and Corridor's own), read column by
//! column into a table's text and imported: the footer's checks, the
//! parquet crate's readers and Corridor's conversion of typed values.
#![no_main]

use corridor_core::import::parquet_file::read_parquet;
use corridor_fuzz::import;
use libfuzzer_sys::fuzz_target;

/// A panic inside the parquet crate is caught by Corridor
/// (`parquet_file::guarded`) and becomes the file's error; libFuzzer's hook
/// would abort on it all the same. Panics anywhere else still abort.
fn allow_parquet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_parquet = info
                .location()
                .is_some_and(|l| l.file().contains("/parquet-"));
            if !in_parquet {
                fuzzer_hook(info);
            }
        }));
    });
}

fuzz_target!(|data: &[u8]| {
    allow_parquet_panics();
    if let Ok(table) = read_parquet(data.to_vec()) {
        // A header line, then one line per row (cells may hold quoted
        // line breaks, so at least that many).
        assert!(table.text.matches('\n').count() as u64 > table.rows);
    }
    import(&[("table.parquet", data)], None);
});
