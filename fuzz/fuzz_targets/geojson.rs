//! A GeoJSON file (stores and recovery sites as Points, traces as
//! LineStrings or properties), named `.geojson` so it is read as GeoJSON
//! whatever it starts with.
#![no_main]

use corridor_fuzz::import;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    import(&[("evidence.geojson", data)], None);
});
