//! GeoJSON input: Point features are stores or recovery sites (property
//! `kind`), LineString features are traces from their first coordinate (the
//! store) to their last (the recovery site).

use geojson::{Feature, GeometryValue};
use serde_json::Value;

use super::fields::{Field, TableKind, match_header, normalise_header};
use super::json_positions::{feature_offsets, line_columns};
use super::row::{CellPlace, RowValues};
use crate::i18n::Phrase;
use crate::phrase;

/// What a feature is, once read.
pub enum FeatureRecord {
    /// A Point feature whose `kind` property says store.
    Store(OwnedFeature),
    /// A Point feature whose `kind` property says recovery site.
    Site(OwnedFeature),
    /// A LineString feature: a trace from its first position (the store) to
    /// its last (the recovery site).
    Trace(OwnedFeature),
    /// Left out, with the reason and the property to blame.
    Rejected {
        /// 1-based line where the feature starts.
        line: u64,
        /// 1-based column, in characters, where the feature starts.
        column: u64,
        /// The property to blame (`kind` or `geometry`), if one is.
        field: Option<String>,
        /// Why, starting with the feature's 1-based number (`feature 3: ...`).
        reason: Phrase,
    },
}

/// A feature's values as text, keyed by canonical field.
pub struct OwnedFeature {
    /// 1-based line where the feature starts.
    pub line: u64,
    /// 1-based column, in characters, where the feature starts.
    pub column: u64,
    values: Vec<(Field, String, String)>,
    /// Properties that matched no field.
    pub unrecognised: Vec<String>,
}

impl OwnedFeature {
    /// The feature as a row: every value is placed at the feature's start and
    /// named by its property (`geometry` for the coordinates).
    pub fn view(&self) -> RowValues<'_> {
        let mut row = RowValues::new(self.line);
        row.start_column = Some(self.column);
        for (field, value, name) in &self.values {
            row.set(
                *field,
                value,
                CellPlace {
                    column: Some(self.column),
                    name: Some(name),
                },
            );
        }
        row
    }
}

/// Why a GeoJSON file cannot be read at all.
#[derive(Debug)]
pub enum GeoJsonError {
    /// The text is not valid JSON.
    Syntax {
        /// 1-based line of the error.
        line: u64,
        /// 1-based column of the error, as serde_json counts it.
        column: u64,
        /// serde_json's description of the error.
        message: String,
    },
    /// Valid JSON, but not a `FeatureCollection` or a `Feature`.
    NotFeatures {
        /// The top level's `type` instead (`Point`); `None` when it has none.
        found: Option<String>,
    },
}

impl GeoJsonError {
    /// Why the file cannot be read, as a message.
    pub fn phrase(&self) -> Phrase {
        match self {
            // Line and column as serde_json counts them, not grouped.
            GeoJsonError::Syntax {
                line,
                column,
                message,
            } => phrase!(
                "import-json-invalid",
                line = line.to_string(),
                column = column.to_string(),
                message = message
            ),
            GeoJsonError::NotFeatures { found: Some(found) } => {
                phrase!("import-geojson-not-features", found = found)
            }
            GeoJsonError::NotFeatures { found: None } => phrase!("import-geojson-no-type"),
        }
    }
}

/// The English text: "GeoJSON must be a FeatureCollection or a Feature
/// (found type "Point")".
impl std::fmt::Display for GeoJsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.phrase().fmt(f)
    }
}

impl std::error::Error for GeoJsonError {}

/// Parses a GeoJSON text into one record per feature, in file order, each
/// with its line and column. A feature that cannot be used comes back as
/// [`FeatureRecord::Rejected`]; only a text that is not JSON, or not a
/// `FeatureCollection` or `Feature`, fails as a whole.
pub fn read_features(text: &str) -> Result<Vec<FeatureRecord>, GeoJsonError> {
    let document: Value = serde_json::from_str(text).map_err(|e| GeoJsonError::Syntax {
        line: e.line() as u64,
        column: e.column() as u64,
        message: e.to_string(),
    })?;
    let kind = document
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let elements: Vec<Value> = match (kind.as_str(), document) {
        ("FeatureCollection", Value::Object(mut object)) => match object.remove("features") {
            Some(Value::Array(features)) => features,
            _ => Vec::new(),
        },
        ("Feature", feature) => vec![feature],
        (other, _) => {
            return Err(GeoJsonError::NotFeatures {
                found: (!other.is_empty()).then(|| other.to_owned()),
            });
        }
    };
    let offsets = if kind == "Feature" {
        vec![text.find('{').unwrap_or(0)]
    } else {
        feature_offsets(text)
    };
    let positions = line_columns(text, &offsets);
    Ok(elements
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            let (line, column) = positions.get(i).copied().unwrap_or((1, 1));
            read_feature(value, line, column, i + 1)
        })
        .collect())
}

fn read_feature(value: Value, line: u64, column: u64, number: usize) -> FeatureRecord {
    // The feature's number as written, not grouped.
    let reject = |field: Option<&str>, reason: Phrase| FeatureRecord::Rejected {
        line,
        column,
        field: field.map(str::to_owned),
        reason: phrase!(
            "import-feature",
            number = number.to_string(),
            reason = reason
        ),
    };
    let feature: Feature = match serde_json::from_value(value) {
        Ok(feature) => feature,
        Err(error) => {
            return reject(
                None,
                phrase!("import-feature-invalid", error = error.to_string()),
            );
        }
    };
    let properties = feature.properties.unwrap_or_default();
    let Some(geometry) = feature.geometry else {
        return reject(Some("geometry"), phrase!("import-feature-no-geometry"));
    };
    match geometry.value {
        GeometryValue::Point { coordinates } => {
            let kind_text = properties.get("kind").map(value_text).unwrap_or_default();
            let table = match normalise_header(&kind_text).as_str() {
                "store" | "dealer" | "ffl" | "gun_store" | "tienda" | "armeria" | "purchase" => {
                    TableKind::Stores
                }
                "recovery" | "recovery_site" | "site" | "recovered" | "seizure"
                | "recuperacion" | "aseguramiento" => TableKind::RecoverySites,
                "" => {
                    return reject(Some("kind"), phrase!("import-feature-no-kind"));
                }
                _ => {
                    return reject(
                        Some("kind"),
                        phrase!("import-feature-unknown-kind", kind = kind_text),
                    );
                }
            };
            let mut owned = owned_feature(&properties, table, line, column);
            let (lat_field, lon_field) = match table {
                TableKind::Stores => (Field::StoreLat, Field::StoreLon),
                _ => (Field::RecoveryLat, Field::RecoveryLon),
            };
            set_position(&mut owned, coordinates.as_slice(), lat_field, lon_field);
            match table {
                TableKind::Stores => FeatureRecord::Store(owned),
                _ => FeatureRecord::Site(owned),
            }
        }
        GeometryValue::LineString { coordinates } => {
            if coordinates.len() < 2 {
                return reject(Some("geometry"), phrase!("import-feature-short-line"));
            }
            let mut owned = owned_feature(&properties, TableKind::Traces, line, column);
            let first = coordinates.first().map(|p| p.as_slice()).unwrap_or(&[]);
            let last = coordinates.last().map(|p| p.as_slice()).unwrap_or(&[]);
            set_position(&mut owned, first, Field::StoreLat, Field::StoreLon);
            set_position(&mut owned, last, Field::RecoveryLat, Field::RecoveryLon);
            FeatureRecord::Trace(owned)
        }
        other => reject(
            Some("geometry"),
            phrase!(
                "import-feature-geometry-unused",
                geometry = other.type_name()
            ),
        ),
    }
}

fn owned_feature(
    properties: &serde_json::Map<String, Value>,
    table: TableKind,
    line: u64,
    column: u64,
) -> OwnedFeature {
    let mut values = Vec::new();
    let mut unrecognised = Vec::new();
    for (name, value) in properties {
        if name == "kind" {
            continue;
        }
        match match_header(name, table) {
            Some(field) if !values.iter().any(|(f, _, _)| *f == field) => {
                values.push((field, value_text(value), name.clone()));
            }
            Some(_) => {}
            None => unrecognised.push(name.clone()),
        }
    }
    OwnedFeature {
        line,
        column,
        values,
        unrecognised,
    }
}

/// Geometry wins over coordinate properties: it is what the feature draws.
fn set_position(feature: &mut OwnedFeature, position: &[f64], lat_field: Field, lon_field: Field) {
    feature
        .values
        .retain(|(f, _, _)| *f != lat_field && *f != lon_field);
    let text = |i: usize| position.get(i).map(|v| v.to_string()).unwrap_or_default();
    feature
        .values
        .push((lat_field, text(1), "geometry".to_owned()));
    feature
        .values
        .push((lon_field, text(0), "geometry".to_owned()));
}

fn value_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}
