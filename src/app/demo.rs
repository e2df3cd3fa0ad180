//! The demo dataset embedded in the binary, so the first start shows a map.

use crate::import::DataSource;

pub use crate::demo::DEMO_NAME;

pub fn demo_source() -> DataSource {
    DataSource::Bytes {
        name: DEMO_NAME.to_owned(),
        bytes: crate::demo::DEMO_TRACES_CSV.to_vec(),
    }
}
