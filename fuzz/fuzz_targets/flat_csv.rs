//! A flat traces table (one row per trace, stores and sites inline), as a
//! dropped file: the first byte chooses the date order (decided from the
//! dates, month-first or day-first), the rest is the file. The mapping
//! dialog's preview reads the same bytes.
#![no_main]

use corridor_core::import::preview::preview_bytes;
use corridor_fuzz::{date_order, import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, file)) = data.split_first() else {
        return;
    };
    let _ = preview_bytes("traces.csv", file);
    import(&[("traces.csv", file)], date_order(selector));
});
