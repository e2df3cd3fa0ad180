//! Writing data out of Corridor.

pub mod class_mix;
pub mod csv_safe;
pub mod data;
pub mod flowmap_blue;
pub mod geojson_out;
pub mod image;
pub mod inputs;
pub mod kml;
pub mod link_chart_xml;
pub mod map_data;
pub mod traces_csv;
#[cfg(feature = "parquet")]
pub mod traces_parquet;
