//! Column mappings the user made for files whose headers Corridor could not
//! read, remembered and offered again for files with the same headers, and
//! the date order chosen for them.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::fields::{ColumnMap, Field, TableKind, match_header, normalise_header};
use super::values::DateOrder;
use crate::i18n::Phrase;
use crate::phrase;

/// What each column of one header layout holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// The header row it was made for, as written.
    pub headers: Vec<String>,
    /// What one row is, which decides how the columns read.
    pub kind: TableKind,
    /// Per column: the field it holds, or `None` to ignore the column.
    pub fields: Vec<Option<Field>>,
    /// How slash dates read in such files, when the user chose.
    pub date_order: Option<DateOrder>,
}

impl ColumnMapping {
    /// A starting point for the mapping dialog: every column Corridor
    /// recognises for `kind`, the rest ignored.
    pub fn suggest(headers: &[&str], kind: TableKind) -> Self {
        let map = ColumnMap::from_headers(headers.iter().copied(), kind);
        let mut fields = vec![None; headers.len()];
        for field in Field::ALL {
            if let Some(column) = map.column(field) {
                fields[column] = Some(field);
            }
        }
        Self {
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            kind,
            fields,
            date_order: None,
        }
    }

    /// Whether this mapping was made for this header row (compared as
    /// Corridor compares headers: case, accents and punctuation aside).
    pub fn matches(&self, headers: &[&str]) -> bool {
        self.headers.len() == headers.len()
            && self
                .headers
                .iter()
                .zip(headers)
                .all(|(a, b)| normalise_header(a) == normalise_header(b))
    }

    /// The mapping as a [`ColumnMap`]. A field chosen for two columns is
    /// taken from the first; the second is listed as a duplicate.
    pub fn column_map(&self) -> ColumnMap {
        let mut map = ColumnMap::default();
        for (column, header) in self.headers.iter().enumerate() {
            map.headers.push(header.clone());
            match self.fields.get(column).copied().flatten() {
                Some(field) if map.column(field).is_none() => map.set(field, column),
                Some(field) => map.duplicates.push((
                    column,
                    header.clone(),
                    map.column(field).unwrap_or(column),
                )),
                None => {}
            }
        }
        map
    }
}

/// Header → field choices from the command line (`--map "Municipio del
/// hallazgo=recovery_place"`), applied wherever that header appears.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeaderOverrides {
    by_header: FxHashMap<String, Option<Field>>,
}

impl HeaderOverrides {
    /// Parses `HEADER=FIELD`; `FIELD` may be `ignore`.
    ///
    /// ```
    /// use corridor_core::import::mapping::HeaderOverrides;
    /// use corridor_core::import::fields::Field;
    /// let mut o = HeaderOverrides::default();
    /// o.add("Municipio del hallazgo=recovery_place").unwrap();
    /// o.add("Notas=ignore").unwrap();
    /// assert_eq!(o.get("MUNICIPIO DEL HALLAZGO"), Some(Some(Field::RecoveryPlace)));
    /// assert_eq!(o.get("notas"), Some(None));
    /// assert!(o.add("x=not_a_field").is_err());
    /// ```
    pub fn add(&mut self, spec: &str) -> Result<(), Phrase> {
        let (header, field) = spec
            .rsplit_once('=')
            .ok_or_else(|| phrase!("import-map-not-header-field", spec = spec))?;
        let field = field.trim();
        let value = if field.eq_ignore_ascii_case("ignore") {
            None
        } else {
            Some(Field::from_id(field).ok_or_else(|| {
                phrase!(
                    "import-map-not-a-field",
                    field = field,
                    fields = Field::ALL.map(Field::header).join(", ")
                )
            })?)
        };
        self.by_header.insert(normalise_header(header), value);
        Ok(())
    }

    /// `None` when the header is not overridden; `Some(None)` when ignored.
    pub fn get(&self, header: &str) -> Option<Option<Field>> {
        // Most imports have none: no need to normalise the header.
        if self.by_header.is_empty() {
            return None;
        }
        self.by_header.get(&normalise_header(header)).copied()
    }

    /// Whether no header is overridden.
    pub fn is_empty(&self) -> bool {
        self.by_header.is_empty()
    }
}

/// Everything that tells the importer how to read headers beyond its own
/// synonyms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeaderHints {
    /// Mappings the user made; when several fit a header row, the last wins.
    pub mappings: Vec<ColumnMapping>,
    /// Choices from the command line (`--map`), tried before the synonyms.
    pub overrides: HeaderOverrides,
}

impl HeaderHints {
    /// The last mapping made for this header row, if any.
    pub fn mapping_for(&self, headers: &[&str]) -> Option<&ColumnMapping> {
        self.mappings.iter().rev().find(|m| m.matches(headers))
    }

    /// `match_header` with the command-line overrides first; `Some(None)`
    /// for a column the user said to ignore.
    pub fn match_header(&self, header: &str, kind: TableKind) -> Option<Option<Field>> {
        match self.overrides.get(header) {
            Some(choice) => Some(choice),
            None => match_header(header, kind).map(Some),
        }
    }
}
