//! Purchase locations (stores) and recovery sites.

use super::day::Day;
use super::interner::StrId;
use super::provenance::SourceRef;
use serde::{Deserialize, Serialize};

/// Index of a store in [`crate::model::Dataset::stores`], counting from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StoreId(pub u32);

/// Index of a recovery site in [`crate::model::Dataset::sites`], counting
/// from 0.
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
    /// Known only to its state: placed at the state's label point and
    /// named `Texas (state level)`.
    State,
    /// Known only to its country: placed at a point inside it and named
    /// `Mexico (country level)`.
    Country,
}

impl Precision {
    /// Every precision, finest first.
    pub const ALL: [Precision; 4] = [
        Precision::Exact,
        Precision::City,
        Precision::State,
        Precision::Country,
    ];

    /// Stable identifier used in exports: `exact`, `city`, `state` or
    /// `country`.
    pub fn id(self) -> &'static str {
        match self {
            Precision::Exact => "exact",
            Precision::City => "city",
            Precision::State => "state",
            Precision::Country => "country",
        }
    }

    /// Whether the location stands for a whole state or country, not a
    /// place: drawn hollow, never named as a town.
    ///
    /// ```
    /// use corridor_core::model::Precision;
    /// assert!(Precision::State.is_coarse() && Precision::Country.is_coarse());
    /// assert!(!Precision::City.is_coarse() && !Precision::Exact.is_coarse());
    /// ```
    pub fn is_coarse(self) -> bool {
        matches!(self, Precision::State | Precision::Country)
    }
}

/// A gun store (federal firearms licensee) where a traced firearm was bought.
#[derive(Clone, Debug)]
pub struct Store {
    /// The id as given in the source, or one derived from name and place.
    pub key: StrId,
    /// Store name; empty when not given.
    pub name: StrId,
    /// FFL licence number, when known.
    pub ffl: StrId,
    /// Town or city the store is in; empty when not given.
    pub city: StrId,
    /// State as the source wrote it (e.g. `TX`); empty when not given.
    pub state: StrId,
    /// Latitude in degrees, north positive.
    pub lat_deg: f64,
    /// Longitude in degrees, east positive.
    pub lon_deg: f64,
    /// Whether the coordinates were given or are a town centre.
    pub precision: Precision,
    /// File and line of the row the store was first read from.
    pub source: SourceRef,
}

/// A place in Mexico where traced firearms were recovered.
#[derive(Clone, Debug)]
pub struct RecoverySite {
    /// The id as given in the source, or one derived from place and state
    /// (or from the coordinates when neither is given).
    pub key: StrId,
    /// Place or municipality.
    pub place: StrId,
    /// Mexican state as the source wrote it; empty when not given.
    pub state: StrId,
    /// Latitude in degrees, north positive.
    pub lat_deg: f64,
    /// Longitude in degrees, east positive.
    pub lon_deg: f64,
    /// Recovery date on the row that defined the site, or [`Day::NONE`].
    /// Each trace keeps its own recovery date.
    pub date: Day,
    /// Free-text description from the source; empty when none was given.
    pub description: StrId,
    /// Whether the coordinates were given or are a town centre.
    pub precision: Precision,
    /// File and line of the row the site was first read from.
    pub source: SourceRef,
}
