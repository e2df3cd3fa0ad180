//! flowmap.blue's two files, locations then flows, split from one input on
//! 0xFF (`corridor_fuzz::FILE_SEPARATOR`). Each flow row becomes `count`
//! traces, up to the importer's cap per load.
#![no_main]

use corridor_fuzz::{import, split_files};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 2] = ["locations.csv", "flows.csv"];

/// Inputs whose numbers add up past this are skipped: each trace costs a
/// few microseconds instrumented, and the cap of 2,000,000 traces per load
/// (10 s here, a run that the fuzzer would call a timeout) is held by the
/// fixed test `tests/all/flowmap_blue.rs::a_small_flows_file_of_huge_counts_is_capped_not_expanded_without_bound`.
const MAX_TRACES_FUZZED: f64 = 200_000.0;

/// The sum of everything in `text` that reads as a number, whatever the
/// separator: an upper bound of the traces its rows can make.
fn numbers_total(text: &[u8]) -> f64 {
    text.split(|b| !(b.is_ascii_digit() || b".eE+-".contains(b)))
        .filter_map(|token| std::str::from_utf8(token).ok()?.parse::<f64>().ok())
        .filter(|n| n.is_finite() && *n > 0.0)
        .sum()
}

fuzz_target!(|data: &[u8]| {
    let files: Vec<(&str, &[u8])> = NAMES.into_iter().zip(split_files(data, 2)).collect();
    if files
        .get(1)
        .is_some_and(|(_, flows)| numbers_total(flows) > MAX_TRACES_FUZZED)
    {
        return;
    }
    import(&files, None);
});
