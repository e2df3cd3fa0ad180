//! The demo dataset embedded in the binary, so the first start shows a map.

use crate::import::DataSource;

/// Name shown for the embedded demo file.
pub const DEMO_NAME: &str = "corridor-demo-traces.csv";

pub fn demo_source() -> DataSource {
    DataSource::Bytes {
        name: DEMO_NAME.to_owned(),
        bytes: crate::demo::DEMO_TRACES_CSV.to_vec(),
    }
}
