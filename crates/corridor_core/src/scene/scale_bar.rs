//! The scale bar: a round ground distance and its length on screen at the
//! map's centre latitude (Web Mercator's scale changes with latitude, so a
//! bar is only true near the latitude it was measured at).

use crate::geometry::mercator::world_size_px;

const EARTH_CIRCUMFERENCE_KM: f64 = 40_075.016_686;
const KM_PER_MILE: f64 = 1.609_344;

/// The unit a scale bar measures in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DistanceUnit {
    /// Kilometres, labelled `km`.
    Kilometres,
    /// Statute miles, labelled `mi`.
    Miles,
}

/// A bar to draw: its length in pixels and its label ("200 km").
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleBar {
    /// Length of the bar on screen, in pixels.
    pub length_px: f64,
    /// The ground distance the bar stands for, with its unit.
    pub label: String,
}

/// Ground kilometres per screen pixel at a latitude and zoom.
pub fn km_per_px(lat_deg: f64, zoom: f64) -> f64 {
    EARTH_CIRCUMFERENCE_KM * lat_deg.to_radians().cos() / world_size_px(zoom)
}

/// The largest of 1, 2 and 5 times a power of ten that is at most `max`.
///
/// ```
/// use corridor_core::scene::scale_bar::round_down_125;
/// assert_eq!(round_down_125(730.0), 500.0);
/// assert_eq!(round_down_125(199.0), 100.0);
/// assert_eq!(round_down_125(2.0), 2.0);
/// assert_eq!(round_down_125(0.34), 0.2);
/// ```
pub fn round_down_125(max: f64) -> f64 {
    if !(max > 0.0 && max.is_finite()) {
        return 0.0;
    }
    let power = 10f64.powf(max.log10().floor());
    let first = max / power;
    let step = if first >= 5.0 {
        5.0
    } else if first >= 2.0 {
        2.0
    } else {
        1.0
    };
    step * power
}

/// The longest round distance that fits in `max_px` at a latitude and zoom.
///
/// ```
/// use corridor_core::scene::scale_bar::{DistanceUnit, scale_bar};
/// // Zoom 5 at the equator: about 4.9 km per pixel, so 150 px hold 500 km.
/// let bar = scale_bar(0.0, 5.0, 150.0, DistanceUnit::Kilometres);
/// assert_eq!(bar.label, "500 km");
/// assert!(bar.length_px <= 150.0 && bar.length_px > 100.0);
/// assert_eq!(scale_bar(31.0, 5.0, 150.0, DistanceUnit::Miles).label, "200 mi");
/// ```
pub fn scale_bar(lat_deg: f64, zoom: f64, max_px: f64, unit: DistanceUnit) -> ScaleBar {
    let unit_km = match unit {
        DistanceUnit::Kilometres => 1.0,
        DistanceUnit::Miles => KM_PER_MILE,
    };
    let px_per_unit = unit_km / km_per_px(lat_deg, zoom).max(1e-12);
    let length = round_down_125(max_px / px_per_unit);
    let symbol = match unit {
        DistanceUnit::Kilometres => "km",
        DistanceUnit::Miles => "mi",
    };
    let label = if length >= 1.0 {
        format!("{} {symbol}", crate::format::thousands(length as u64))
    } else {
        format!("{length} {symbol}")
    };
    ScaleBar {
        length_px: length * px_per_unit,
        label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_length_matches_the_ground_distance() {
        for (lat, zoom) in [(20.0, 4.0), (32.0, 7.5), (25.0, 11.0)] {
            let bar = scale_bar(lat, zoom, 120.0, DistanceUnit::Kilometres);
            let km: f64 = bar
                .label
                .trim_end_matches(" km")
                .replace(',', "")
                .parse()
                .unwrap();
            assert!((bar.length_px * km_per_px(lat, zoom) - km).abs() < 1e-6);
            assert!(bar.length_px <= 120.0 && bar.length_px > 120.0 * 0.4);
        }
    }

    #[test]
    fn the_same_zoom_shows_more_kilometres_per_pixel_nearer_the_equator() {
        assert!(km_per_px(19.4, 6.0) > km_per_px(33.4, 6.0));
    }
}
