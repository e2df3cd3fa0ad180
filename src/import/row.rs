//! One input row seen through the canonical fields, whatever its file format.

use super::fields::Field;

const FIELD_COUNT: usize = Field::ALL.len();

/// Where a value sits in its file, for messages.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CellPlace<'a> {
    /// 1-based column, when the format has columns.
    pub column: Option<u64>,
    /// Header or property name as written in the file.
    pub name: Option<&'a str>,
}

#[derive(Clone, Debug)]
pub struct RowValues<'a> {
    values: [&'a str; FIELD_COUNT],
    places: [CellPlace<'a>; FIELD_COUNT],
    present: [bool; FIELD_COUNT],
    /// 1-based line where the row starts.
    pub line: u64,
    /// 1-based column where the row starts (GeoJSON features).
    pub start_column: Option<u64>,
}

impl<'a> RowValues<'a> {
    pub fn new(line: u64) -> Self {
        Self {
            values: [""; FIELD_COUNT],
            places: [CellPlace::default(); FIELD_COUNT],
            present: [false; FIELD_COUNT],
            line,
            start_column: None,
        }
    }

    pub fn set(&mut self, field: Field, value: &'a str, place: CellPlace<'a>) {
        let i = field as usize;
        self.values[i] = value;
        self.places[i] = place;
        self.present[i] = true;
    }

    /// The trimmed value, empty when the field is absent.
    pub fn get(&self, field: Field) -> &'a str {
        self.values[field as usize].trim()
    }

    /// Whether the source has this field at all (a column or property).
    pub fn has(&self, field: Field) -> bool {
        self.present[field as usize]
    }

    pub fn place(&self, field: Field) -> CellPlace<'a> {
        self.places[field as usize]
    }
}

/// An owned copy of a row, kept when the row must wait for a location that a
/// later row or file defines.
#[derive(Clone, Debug)]
pub struct OwnedRow {
    values: Vec<(Field, String, Option<u64>, Option<String>)>,
    pub line: u64,
    pub start_column: Option<u64>,
    pub file: u16,
}

impl OwnedRow {
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
