//! The filtered data as GeoJSON (RFC 7946, WGS 84 longitude/latitude):
//! stores and recovery sites as Points with their trace totals and class
//! mix, flows as two-point LineStrings with their count and class mix.

use std::io::Write;

use serde_json::{Value, json};

use super::class_mix::class_object;
use super::map_data::{MapData, Place};

fn point(place: &Place) -> Value {
    json!({
        "type": "Feature",
        "id": place.id,
        "geometry": { "type": "Point", "coordinates": [place.lon_deg, place.lat_deg] },
        "properties": {
            "kind": place.kind.id(),
            "source_id": place.source_id,
            "name": place.name,
            "ffl": place.ffl,
            "town": place.town,
            "state": place.state,
            "precision": place.precision,
            "traces": place.traces,
            "by_class": class_object(&place.by_class),
        }
    })
}

/// Writes a FeatureCollection: places first, then flows. Places without
/// finite coordinates are left out (GeoJSON has no empty positions), and so
/// are flows touching them.
pub fn write_geojson<W: Write>(data: &MapData, out: W) -> serde_json::Result<()> {
    let finite = |p: &Place| p.lat_deg.is_finite() && p.lon_deg.is_finite();
    let mut features: Vec<Value> = data
        .places
        .iter()
        .filter(|p| finite(p))
        .map(point)
        .collect();
    for flow in &data.flows {
        let (from, to) = (&data.places[flow.origin], &data.places[flow.dest]);
        if !finite(from) || !finite(to) {
            continue;
        }
        features.push(json!({
            "type": "Feature",
            "geometry": {
                "type": "LineString",
                "coordinates": [[from.lon_deg, from.lat_deg], [to.lon_deg, to.lat_deg]],
            },
            "properties": {
                "kind": "flow",
                "origin": from.id,
                "destination": to.id,
                "origin_name": from.label(),
                "destination_name": to.label(),
                "count": flow.count,
                "by_class": class_object(&flow.by_class),
            }
        }));
    }
    let collection = json!({
        "type": "FeatureCollection",
        "features": features,
    });
    let mut out = std::io::BufWriter::new(out);
    serde_json::to_writer(&mut out, &collection)?;
    out.write_all(b"\n").map_err(serde_json::Error::io)?;
    out.flush().map_err(serde_json::Error::io)
}
