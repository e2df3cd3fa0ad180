//! The demo dataset embedded in the binary, so the first start shows a map.

use corridor_core::import::DataSource;

pub use corridor_core::demo::DEMO_NAME;

pub fn demo_source() -> DataSource {
    DataSource::Bytes {
        name: DEMO_NAME.to_owned(),
        bytes: corridor_core::demo::DEMO_TRACES_CSV.to_vec(),
    }
}
