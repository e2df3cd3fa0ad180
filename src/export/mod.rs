//! Writing data out of Corridor.

pub mod csv_safe;
pub mod flowmap_blue;
