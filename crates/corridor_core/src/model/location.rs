//! Purchase locations (stores) and recovery sites.

use super::day::Day;
use super::interner::StrId;
use super::provenance::SourceRef;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StoreId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SiteId(pub u32);

/// How a location's coordinates were obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// Coordinates were given in the source.
    #[default]
    Exact,
    /// Placed at a gazetteer town centroid.
    City,
}

impl Precision {
    pub fn id(self) -> &'static str {
        match self {
            Precision::Exact => "exact",
            Precision::City => "city",
        }
    }
}

/// A gun store (federal firearms licensee) where a traced firearm was bought.
#[derive(Clone, Debug)]
pub struct Store {
    /// The id as given in the source, or one derived from name and place.
    pub key: StrId,
    pub name: StrId,
    /// FFL licence number, when known.
    pub ffl: StrId,
    pub city: StrId,
    pub state: StrId,
    pub lat_deg: f64,
    pub lon_deg: f64,
    pub precision: Precision,
    pub source: SourceRef,
}

/// A place in Mexico where traced firearms were recovered.
#[derive(Clone, Debug)]
pub struct RecoverySite {
    pub key: StrId,
    /// Place or municipality.
    pub place: StrId,
    pub state: StrId,
    pub lat_deg: f64,
    pub lon_deg: f64,
    pub date: Day,
    pub description: StrId,
    pub precision: Precision,
    pub source: SourceRef,
}
