//! One input row seen through the canonical fields, whatever its file format.

use super::fields::Field;

use std::borrow::Cow;

pub use crate::text::fast_trim;

use super::values::{CoordError, DateOrder, Dated, parse_coordinate, parse_dated};
use crate::i18n::Phrase;

const FIELD_COUNT: usize = Field::ALL.len();

/// Where each field's cell is, by field.
pub type Places<'a> = [CellPlace<'a>; FIELD_COUNT];

/// Where a value sits in its file, for messages.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CellPlace<'a> {
    /// 1-based column, when the format has columns.
    pub column: Option<u64>,
    /// Header or property name as written in the file.
    pub name: Option<&'a str>,
}

/// One input row seen through the canonical fields: each field's value,
/// trimmed and borrowed, and where its cell is.
#[derive(Clone, Debug)]
pub struct RowValues<'a> {
    values: [&'a str; FIELD_COUNT],
    /// Coordinates and dates parsed ahead, on the parsing thread of a big
    /// file; computed on demand otherwise.
    pub pre: Option<PreParsed>,
    /// Shared by every row of a CSV file; a GeoJSON feature has its own.
    places: Cow<'a, Places<'a>>,
    /// 1-based line where the row starts.
    pub line: u64,
    /// 1-based column where the row starts (GeoJSON features).
    pub start_column: Option<u64>,
}

impl<'a> RowValues<'a> {
    /// A row whose cells sit where `places` says (CSV: one table per file).
    pub fn with_places(line: u64, places: &'a Places<'a>) -> Self {
        Self {
            values: [""; FIELD_COUNT],
            pre: None,
            places: Cow::Borrowed(places),
            line,
            start_column: None,
        }
    }

    /// An empty row starting at `line`, whose cells get their places one by
    /// one through [`Self::set`] (GeoJSON features, kept rows, rows built in
    /// code).
    pub fn new(line: u64) -> Self {
        Self {
            values: [""; FIELD_COUNT],
            pre: None,
            places: Cow::Owned([CellPlace::default(); FIELD_COUNT]),
            line,
            start_column: None,
        }
    }

    /// Sets a value (trimmed once here, read many times) at its place.
    pub fn set(&mut self, field: Field, value: &'a str, place: CellPlace<'a>) {
        let i = field as usize;
        self.values[i] = fast_trim(value);
        if self.places[i] != place {
            self.places.to_mut()[i] = place;
        }
    }

    /// Sets a value whose place is already in the shared table.
    pub fn set_value(&mut self, field: Field, value: &'a str) {
        self.values[field as usize] = fast_trim(value);
    }

    /// The trimmed value, empty when the field is absent.
    pub fn get(&self, field: Field) -> &'a str {
        self.values[field as usize]
    }

    /// Whether the source has this field at all (a column or property).
    pub fn has(&self, field: Field) -> bool {
        self.places[field as usize] != CellPlace::default()
    }

    /// Where the field's cell is; the default (no column, no name) when the
    /// source has no such field.
    pub fn place(&self, field: Field) -> CellPlace<'a> {
        self.places[field as usize]
    }

    /// The store's (or site's) coordinates, or which field is wrong and why.
    pub fn coordinates(&self, lat_field: Field, lon_field: Field) -> Coordinates {
        if let Some(pre) = &self.pre {
            if lat_field == Field::StoreLat {
                return pre.store.clone();
            }
            if lat_field == Field::RecoveryLat {
                return pre.site.clone();
            }
        }
        parse_pair(
            self.get(lat_field),
            self.get(lon_field),
            lat_field,
            lon_field,
        )
    }

    /// A date field: `Ok(None)` when empty, `Err` with the reason when bad.
    pub fn date(&self, field: Field, order: DateOrder) -> Result<Option<Dated>, Phrase> {
        match (&self.pre, field) {
            (Some(pre), Field::PurchaseDate) => pre.purchase.clone(),
            (Some(pre), Field::RecoveryDate) => pre.recovery.clone(),
            _ => parse_dated(self.get(field), order),
        }
    }

    /// Parses what can be parsed without knowing other rows.
    pub fn pre_parse(&self, order: DateOrder) -> PreParsed {
        PreParsed {
            store: parse_pair(
                self.get(Field::StoreLat),
                self.get(Field::StoreLon),
                Field::StoreLat,
                Field::StoreLon,
            ),
            site: parse_pair(
                self.get(Field::RecoveryLat),
                self.get(Field::RecoveryLon),
                Field::RecoveryLat,
                Field::RecoveryLon,
            ),
            purchase: parse_dated(self.get(Field::PurchaseDate), order),
            recovery: parse_dated(self.get(Field::RecoveryDate), order),
        }
    }
}

/// Coordinates in degrees, or the field to blame and why.
pub type Coordinates = Result<(f64, f64), (Field, CoordError)>;

/// The parts of a trace row that depend on nothing but the row.
#[derive(Clone, Debug)]
pub struct PreParsed {
    /// Store coordinates, as [`RowValues::coordinates`] gives them.
    pub store: Coordinates,
    /// Recovery site coordinates, as [`RowValues::coordinates`] gives them.
    pub site: Coordinates,
    /// Purchase date, as [`RowValues::date`] gives it.
    pub purchase: Result<Option<Dated>, Phrase>,
    /// Recovery date, as [`RowValues::date`] gives it.
    pub recovery: Result<Option<Dated>, Phrase>,
}

/// Parses a latitude/longitude pair, naming the field to blame on failure.
pub fn parse_pair(
    lat_text: &str,
    lon_text: &str,
    lat_field: Field,
    lon_field: Field,
) -> Coordinates {
    let lat = parse_coordinate(lat_text, 90.0).map_err(|e| (lat_field, e))?;
    let lon = parse_coordinate(lon_text, 180.0).map_err(|e| (lon_field, e))?;
    if lat == 0.0 && lon == 0.0 {
        // Exports fill unknown coordinates with zeros; 0°N 0°E is open ocean.
        return Err((lat_field, CoordError::ZeroZero));
    }
    Ok((lat, lon))
}

/// An owned copy of a row, kept when the row must wait for a location that a
/// later row or file defines.
#[derive(Clone, Debug)]
pub struct OwnedRow {
    values: Vec<(Field, String, Option<u64>, Option<String>)>,
    /// 1-based line where the row starts.
    pub line: u64,
    /// 1-based column where the row starts (GeoJSON features).
    pub start_column: Option<u64>,
    /// Index of the row's file in the dataset's sources.
    pub file: u16,
}

impl OwnedRow {
    /// Copies a row's values and places; `file` is its index in the
    /// dataset's sources.
    pub fn from_row(row: &RowValues<'_>, file: u16) -> Self {
        let values = Field::ALL
            .iter()
            .filter(|f| row.has(**f))
            .map(|&f| {
                let place = row.place(f);
                (
                    f,
                    row.values[f as usize].to_owned(),
                    place.column,
                    place.name.map(str::to_owned),
                )
            })
            .collect();
        Self {
            values,
            line: row.line,
            start_column: row.start_column,
            file,
        }
    }

    /// The copy seen as a row again.
    pub fn view(&self) -> RowValues<'_> {
        let mut row = RowValues::new(self.line);
        row.start_column = self.start_column;
        for (field, value, column, name) in &self.values {
            row.set(
                *field,
                value,
                CellPlace {
                    column: *column,
                    name: name.as_deref(),
                },
            );
        }
        row
    }
}
