//! The animated camera move between two views in presentation mode.

use crate::geometry::mercator::{WorldPoint, project, unproject};
use crate::scene::MapView;

/// How long a move between slides takes: long enough to see where the
/// map goes, short enough not to hold up the talk.
pub const FLIGHT_DURATION_S: f64 = 0.6;

/// Slow at both ends, fastest in the middle (cubic).
///
/// ```
/// use corridor_core::briefing::flight::ease_in_out;
/// assert_eq!(ease_in_out(0.0), 0.0);
/// assert_eq!(ease_in_out(0.5), 0.5);
/// assert_eq!(ease_in_out(1.0), 1.0);
/// assert!(ease_in_out(0.1) < 0.1 && ease_in_out(0.9) > 0.9);
/// assert_eq!(ease_in_out(2.0), 1.0);
/// ```
pub fn ease_in_out(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// The camera a fraction `t` (0 to 1, before easing) of the way from
/// `from` to `to`. The centre moves in Web Mercator coordinates, so the
/// pan runs straight across the screen, and the zoom changes linearly.
pub fn fly(from: MapView, to: MapView, t: f64) -> MapView {
    let e = ease_in_out(t);
    let a = project(from.center_lat_deg, from.center_lon_deg);
    let b = project(to.center_lat_deg, to.center_lon_deg);
    let (center_lat_deg, center_lon_deg) = unproject(WorldPoint::new(
        a.x + (b.x - a.x) * e,
        a.y + (b.y - a.y) * e,
    ));
    MapView {
        center_lat_deg,
        center_lon_deg,
        zoom: from.zoom + (to.zoom - from.zoom) * e,
    }
}

/// A camera move under way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flight {
    /// The camera at the start.
    pub from: MapView,
    /// The camera at the end.
    pub to: MapView,
    /// When the move started, in seconds on the caller's clock.
    pub start_s: f64,
    /// How long the move takes, in seconds.
    pub duration_s: f64,
}

impl Flight {
    /// A move from `from` to `to` starting at `start_s` (seconds), lasting
    /// [`FLIGHT_DURATION_S`].
    pub fn new(from: MapView, to: MapView, start_s: f64) -> Self {
        Self {
            from,
            to,
            start_s,
            duration_s: FLIGHT_DURATION_S,
        }
    }

    /// The camera at `now_s`, and whether the move has ended.
    pub fn at(&self, now_s: f64) -> (MapView, bool) {
        let end_s = self.start_s + self.duration_s;
        if now_s >= end_s || self.duration_s <= 0.0 {
            (self.to, true)
        } else {
            let t = (now_s - self.start_s) / self.duration_s;
            (fly(self.from, self.to, t), false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHOENIX: MapView = MapView {
        center_lat_deg: 33.45,
        center_lon_deg: -112.07,
        zoom: 7.0,
    };
    const CULIACAN: MapView = MapView {
        center_lat_deg: 24.8,
        center_lon_deg: -107.39,
        zoom: 9.0,
    };

    fn close(a: MapView, b: MapView) -> bool {
        (a.center_lat_deg - b.center_lat_deg).abs() < 1e-9
            && (a.center_lon_deg - b.center_lon_deg).abs() < 1e-9
            && (a.zoom - b.zoom).abs() < 1e-9
    }

    #[test]
    fn flight_starts_and_ends_on_the_views() {
        assert!(close(fly(PHOENIX, CULIACAN, 0.0), PHOENIX));
        assert!(close(fly(PHOENIX, CULIACAN, 1.0), CULIACAN));
        let flight = Flight::new(PHOENIX, CULIACAN, 10.0);
        assert_eq!(flight.at(10.0 + FLIGHT_DURATION_S), (CULIACAN, true));
        let (early, done) = flight.at(10.0);
        assert!(!done && close(early, PHOENIX));
    }

    #[test]
    fn halfway_is_halfway_on_screen_and_in_zoom() {
        let mid = fly(PHOENIX, CULIACAN, 0.5);
        assert!((mid.zoom - 8.0).abs() < 1e-9);
        // Longitude is linear in Web Mercator.
        assert!((mid.center_lon_deg - (-112.07 - 107.39) / 2.0).abs() < 1e-9);
        let (a, b, m) = (
            project(PHOENIX.center_lat_deg, 0.0).y,
            project(CULIACAN.center_lat_deg, 0.0).y,
            project(mid.center_lat_deg, 0.0).y,
        );
        assert!((m - (a + b) / 2.0).abs() < 1e-12);
        // Mercator stretches the north: the on-screen midpoint lies north of the mean latitude.
        assert!(mid.center_lat_deg > (33.45 + 24.8) / 2.0);
    }

    #[test]
    fn moves_monotonically() {
        let mut last = PHOENIX;
        for step in 1..=20 {
            let now = fly(PHOENIX, CULIACAN, f64::from(step) / 20.0);
            assert!(now.zoom >= last.zoom && now.center_lat_deg <= last.center_lat_deg);
            last = now;
        }
    }
}
