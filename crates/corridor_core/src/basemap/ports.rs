//! Land ports of entry on the US–Mexico border.

use serde::Deserialize;

use super::BasemapError;
use super::assets::PORTS_CSV;
use super::states::{Country, StateCode, StateTable};
use crate::geometry::mercator::{WorldPoint, project};

/// A land port of entry. Its coordinates are approximate (about 1 km) and lie on the border line
/// itself, so [`super::StateAreas::state_at`] may put it on either side: use `us_state` and `mx_state`.
#[derive(Clone, Debug, PartialEq)]
pub struct PortOfEntry {
    /// The port's name, such as `San Ysidro` or `Otay Mesa`.
    pub name: String,
    /// The US state the port is in.
    pub us_state: StateCode,
    /// CBP port code; several crossings of one city share it.
    pub cbp_code: String,
    /// Whether the CBP code was checked against a CBP source.
    pub code_confirmed: bool,
    /// Latitude, in degrees north.
    pub lat_deg: f64,
    /// Longitude, in degrees east (negative in the Americas).
    pub lon_deg: f64,
    /// The same point in Web Mercator unit-square coordinates.
    pub world: WorldPoint,
    /// The US town on the border at the port.
    pub us_town: String,
    /// The Mexican twin town.
    pub mx_town: String,
    /// The Mexican state of the twin town.
    pub mx_state: StateCode,
}

#[derive(Deserialize)]
struct PortRow {
    port: String,
    us_state: String,
    cbp_code: String,
    code_confirmed: String,
    lat: f64,
    lon: f64,
    us_town: String,
    mx_town: String,
    mx_admin1_geonames: String,
}

/// Reads the ports, west to east as in the file.
pub(crate) fn parse_ports(
    csv_text: &str,
    states: &StateTable,
) -> Result<Vec<PortOfEntry>, BasemapError> {
    let invalid = |reason: String| BasemapError::Invalid {
        asset: PORTS_CSV.name,
        reason,
    };
    let mut ports = Vec::new();
    for row in csv::Reader::from_reader(csv_text.as_bytes()).deserialize() {
        let row: PortRow = row.map_err(|source| BasemapError::Csv {
            asset: PORTS_CSV.name,
            source,
        })?;
        let us_state = states
            .from_geonames(Country::Us, &row.us_state)
            .ok_or_else(|| invalid(format!("{}: US state {:?}", row.port, row.us_state)))?;
        let mx_state = states
            .from_geonames(Country::Mx, &row.mx_admin1_geonames)
            .ok_or_else(|| {
                invalid(format!(
                    "{}: MX state {:?}",
                    row.port, row.mx_admin1_geonames
                ))
            })?;
        let code_confirmed = match row.code_confirmed.as_str() {
            "yes" => true,
            "no" => false,
            other => return Err(invalid(format!("{}: code_confirmed {other:?}", row.port))),
        };
        ports.push(PortOfEntry {
            name: row.port,
            us_state,
            cbp_code: row.cbp_code,
            code_confirmed,
            lat_deg: row.lat,
            lon_deg: row.lon,
            world: project(row.lat, row.lon),
            us_town: row.us_town,
            mx_town: row.mx_town,
            mx_state,
        });
    }
    Ok(ports)
}
