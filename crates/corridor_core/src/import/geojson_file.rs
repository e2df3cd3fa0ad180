//! GeoJSON input: Point features are stores or recovery sites (property
//! `kind`), LineString features are traces from their first coordinate (the
//! store) to their last (the recovery site).

use geojson::{Feature, GeometryValue};
use serde_json::Value;

use super::fields::{Field, TableKind, match_header, normalise_header};
use super::json_positions::{feature_offsets, line_columns};
use super::row::{CellPlace, RowValues};

/// What a feature is, once read.
pub enum FeatureRecord {
    Store(OwnedFeature),
    Site(OwnedFeature),
    Trace(OwnedFeature),
    /// Left out, with the reason and the property to blame.
    Rejected {
        line: u64,
        column: u64,
        field: Option<String>,
        reason: String,
    },
}

/// A feature's values as text, keyed by canonical field.
pub struct OwnedFeature {
    pub line: u64,
    pub column: u64,
    values: Vec<(Field, String, String)>,
    /// Properties that matched no field.
    pub unrecognised: Vec<String>,
}

impl OwnedFeature {
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

#[derive(Debug, thiserror::Error)]
pub enum GeoJsonError {
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        line: u64,
        column: u64,
        message: String,
    },
    #[error("GeoJSON must be a FeatureCollection or a Feature (found {found})")]
    NotFeatures { found: String },
}

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
                found: if other.is_empty() {
                    "no \"type\"".to_owned()
                } else {
                    format!("type \"{other}\"")
                },
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
    let reject = |field: Option<&str>, reason: String| FeatureRecord::Rejected {
        line,
        column,
        field: field.map(str::to_owned),
        reason: format!("feature {number}: {reason}"),
    };
    let feature: Feature = match serde_json::from_value(value) {
        Ok(feature) => feature,
        Err(error) => return reject(None, format!("not a valid GeoJSON feature: {error}")),
    };
    let properties = feature.properties.unwrap_or_default();
    let Some(geometry) = feature.geometry else {
        return reject(
            Some("geometry"),
            "has no geometry, so it cannot be placed".to_owned(),
        );
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
                    return reject(
                        Some("kind"),
                        "Point feature has no \"kind\" property (store or recovery)".to_owned(),
                    );
                }
                _ => {
                    return reject(
                        Some("kind"),
                        format!("Point feature kind '{kind_text}' is neither store nor recovery"),
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
                return reject(
                    Some("geometry"),
                    "LineString has fewer than two positions".to_owned(),
                );
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
            format!(
                "{} geometry is not used (Points are locations, LineStrings are traces)",
                other.type_name()
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
