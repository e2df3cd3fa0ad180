//! flowmap.blue's two files, locations then flows, split from one input on
//! 0xFF (`corridor_fuzz::FILE_SEPARATOR`). Each flow row becomes `count`
//! traces, up to the importer's cap per load.
#![no_main]

use corridor_fuzz::{import, split_files};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 2] = ["locations.csv", "flows.csv"];

fuzz_target!(|data: &[u8]| {
    let files: Vec<(&str, &[u8])> = NAMES.into_iter().zip(split_files(data, 2)).collect();
    import(&files, None);
});
