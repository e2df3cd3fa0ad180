//! Traces from the flowmap.blue format: `locations.csv` (id,name,lat,lon)
//! and `flows.csv` (origin,dest,count[,time]). A flow of count n becomes one
//! counted trace record standing for n firearms of unknown class, between
//! the origin (a store) and the destination (a recovery site): the format
//! carries counts, not firearms, and they stay counts
//! ([`crate::model::Counts`]).

use super::{DatasetBuilder, Reporter, RowOutcome};
use crate::import::fields::Field;
use crate::import::report::Severity;
use crate::import::row::{CellPlace, RowValues};
use crate::import::values::parse_coordinate;
use crate::phrase;

/// A location of a flowmap.blue locations file, checked when read.
#[derive(Clone, Debug)]
pub struct FlowLocation {
    /// Name to show; the id when the file gives none.
    pub name: String,
    /// Latitude in degrees.
    pub lat_deg: f64,
    /// Longitude in degrees.
    pub lon_deg: f64,
}

/// Where a flowmap.blue cell sits, for messages.
pub struct FlowColumns<'a> {
    /// The `origin` column: id of the location that becomes the store.
    pub origin: CellPlace<'a>,
    /// The `dest` column: id of the location that becomes the recovery site.
    pub dest: CellPlace<'a>,
    /// The `count` column: how many traces the row stands for.
    pub count: CellPlace<'a>,
    /// The optional `time` column, read as the recovery date.
    pub time: CellPlace<'a>,
}

impl DatasetBuilder {
    /// A row of a locations file; `false` when it was rejected.
    pub fn add_flowmap_location(
        &mut self,
        id: &str,
        name: &str,
        lat: (&str, CellPlace<'_>),
        lon: (&str, CellPlace<'_>),
        line: u64,
        out: &mut Reporter<'_>,
    ) -> bool {
        let parsed = parse_coordinate(lat.0, 90.0)
            .map_err(|e| (lat.1, e.phrase(phrase!("import-axis", axis = "lat"))))
            .and_then(|lat_deg| {
                parse_coordinate(lon.0, 180.0)
                    .map(|lon_deg| (lat_deg, lon_deg))
                    .map_err(|e| (lon.1, e.phrase(phrase!("import-axis", axis = "lon"))))
            });
        match parsed {
            Ok((lat_deg, lon_deg)) if !id.is_empty() => {
                self.flowmap_locations.insert(
                    id.to_owned(),
                    FlowLocation {
                        name: if name.is_empty() {
                            id.to_owned()
                        } else {
                            name.to_owned()
                        },
                        lat_deg,
                        lon_deg,
                    },
                );
                true
            }
            Ok(_) => {
                out.issue(
                    Severity::Rejected,
                    Some(line),
                    CellPlace::default(),
                    phrase!("import-flowmap-no-id"),
                );
                false
            }
            Err((place, reason)) => {
                out.issue(
                    Severity::Rejected,
                    Some(line),
                    place,
                    phrase!("import-flowmap-location", id = id, reason = reason),
                );
                false
            }
        }
    }

    /// A row of a flows file; returns the firearms it added (the row's
    /// count, 0 when it was left out).
    #[expect(
        clippy::too_many_arguments,
        reason = "one argument per column of a flows row, as read"
    )]
    pub fn add_flowmap_flow(
        &mut self,
        origin: &str,
        dest: &str,
        count: &str,
        time: &str,
        columns: &FlowColumns<'_>,
        file: u16,
        line: u64,
        out: &mut Reporter<'_>,
    ) -> u64 {
        let (Some(from), Some(to)) = (
            self.flowmap_locations.get(origin).cloned(),
            self.flowmap_locations.get(dest).cloned(),
        ) else {
            let (place, id) = if self.flowmap_locations.contains_key(origin) {
                (columns.dest, dest)
            } else {
                (columns.origin, origin)
            };
            out.issue(
                Severity::Rejected,
                Some(line),
                place,
                phrase!("import-flowmap-unknown-id", id = id),
            );
            return 0;
        };
        let (store_key, site_key) = (format!("flowmap:{origin}"), format!("flowmap:{dest}"));
        let texts = [
            from.lat_deg.to_string(),
            from.lon_deg.to_string(),
            to.lat_deg.to_string(),
            to.lon_deg.to_string(),
        ];
        let mut row = RowValues::new(line);
        let mut set = |field, value| row.set(field, value, CellPlace::default());
        set(Field::StoreId, store_key.as_str());
        set(Field::StoreName, from.name.as_str());
        set(Field::StoreLat, texts[0].as_str());
        set(Field::StoreLon, texts[1].as_str());
        set(Field::RecoveryId, site_key.as_str());
        set(Field::RecoveryPlace, to.name.as_str());
        set(Field::RecoveryLat, texts[2].as_str());
        set(Field::RecoveryLon, texts[3].as_str());
        row.set(Field::Count, count, columns.count);
        row.set(Field::RecoveryDate, time, columns.time);
        self.quiet_unknown_weapon = true;
        let before = self.firearms;
        let outcome = self.add_trace_row(&row, file, out, false);
        self.quiet_unknown_weapon = false;
        if outcome == RowOutcome::Accepted {
            self.firearms - before
        } else {
            0
        }
    }
}
