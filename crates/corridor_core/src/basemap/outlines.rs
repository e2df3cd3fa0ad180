//! Lines to stroke: coasts and land borders, state boundaries, and the US–Mexico border.
//!
//! Built from the polygon rings by counting how many areas own each segment: a segment owned once
//! is an outer edge (coast or a border with a third country), a segment owned twice is a boundary
//! between the two and is drawn once. Artificial edges are never drawn: the straight cuts along the
//! countries' clip box (on both sides of it: the land beyond it was cut along the same box), and,
//! for the US and Mexico, the coarse 1:50m country outline (the 1:10m states replace it).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use geo::{Coord, LineString, MultiPolygon};

use super::areas::{
    COUNTRIES_CLIP_EAST_DEG, COUNTRIES_CLIP_NORTH_DEG, COUNTRIES_CLIP_SOUTH_DEG,
    COUNTRIES_CLIP_WEST_DEG,
};
use super::states::StateCode;
use crate::geometry::mercator::{WorldPoint, project};

/// What an outline is, for styling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutlineKind {
    /// Edge of the land: coastline, or a border between countries other than the US–Mexico one.
    Coast,
    /// Between two states of the same country.
    StateBoundary,
    /// The US–Mexico border, to emphasise.
    InternationalBorder,
}

/// A polyline in world coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    /// Which line it is, for styling.
    pub kind: OutlineKind,
    /// The vertices in order, in Web Mercator unit-square coordinates.
    pub points: Vec<WorldPoint>,
}

/// A segment independent of direction, with coordinates snapped to a grid finer than the data's
/// 1e-4° so that equal vertices from two rings compare equal.
pub(super) type SegmentKey = ((i64, i64), (i64, i64));

pub(super) fn segment_key(a: Coord<f64>, b: Coord<f64>) -> SegmentKey {
    let snap = |c: Coord<f64>| ((c.x * 1e6).round() as i64, (c.y * 1e6).round() as i64);
    let (a, b) = (snap(a), snap(b));
    if a <= b { (a, b) } else { (b, a) }
}

/// The areas using a segment, by index, once per ring that uses it. Kept inline rather than in a
/// `Vec` because there are tens of thousands of segments and almost all have one or two owners.
#[derive(Clone, Copy, Debug)]
struct Owners {
    count: usize,
    first: usize,
    second: usize,
}

impl Owners {
    /// The owner other than `index`, if the segment is shared; `Some(index)` if `index` owns it twice.
    fn other_than(&self, index: usize) -> Option<usize> {
        match self.count {
            1 => None,
            _ if self.first == index => Some(self.second),
            _ => Some(self.first),
        }
    }

    fn any(&self, predicate: impl Fn(usize) -> bool) -> bool {
        predicate(self.first) || (self.count > 1 && predicate(self.second))
    }
}

/// FxHash-style multiply-rotate hashing. The keys are our own coordinates, so SipHash's defence
/// against adversarial keys buys nothing, and with it outline building was the slowest step of
/// loading the basemap.
#[derive(Default)]
struct SegmentHasher(u64);

impl Hasher for SegmentHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type SegmentMap<V> = HashMap<SegmentKey, V, BuildHasherDefault<SegmentHasher>>;
type SegmentSet = HashSet<SegmentKey, BuildHasherDefault<SegmentHasher>>;

fn segment_owners<'a>(areas: impl Iterator<Item = &'a MultiPolygon<f64>>) -> SegmentMap<Owners> {
    let mut owners = SegmentMap::<Owners>::default();
    for (index, polygons) in areas.enumerate() {
        for ring in rings(polygons) {
            for segment in ring.lines() {
                owners
                    .entry(segment_key(segment.start, segment.end))
                    .and_modify(|owners| {
                        // A third owner would be a data error (overlapping areas); the first two
                        // decide.
                        if owners.count == 1 {
                            owners.second = index;
                        }
                        owners.count += 1;
                    })
                    .or_insert(Owners {
                        count: 1,
                        first: index,
                        second: index,
                    });
            }
        }
    }
    owners
}

fn rings(polygons: &MultiPolygon<f64>) -> impl Iterator<Item = &LineString<f64>> {
    polygons
        .iter()
        .flat_map(|polygon| std::iter::once(polygon.exterior()).chain(polygon.interiors()))
}

fn on_clip_box(a: Coord<f64>, b: Coord<f64>) -> bool {
    let at = |value: f64, edge: f64| (value - edge).abs() < 1e-9;
    (at(a.x, COUNTRIES_CLIP_WEST_DEG) && at(b.x, COUNTRIES_CLIP_WEST_DEG))
        || (at(a.x, COUNTRIES_CLIP_EAST_DEG) && at(b.x, COUNTRIES_CLIP_EAST_DEG))
        || (at(a.y, COUNTRIES_CLIP_SOUTH_DEG) && at(b.y, COUNTRIES_CLIP_SOUTH_DEG))
        || (at(a.y, COUNTRIES_CLIP_NORTH_DEG) && at(b.y, COUNTRIES_CLIP_NORTH_DEG))
}

fn to_world(c: Coord<f64>) -> WorldPoint {
    project(c.y, c.x)
}

/// Appends the runs of consecutive segments of a closed ring that `kind_of` keeps, as polylines.
/// A run that goes through the ring's start is joined back into one.
fn trace_ring(
    ring: &LineString<f64>,
    mut kind_of: impl FnMut(Coord<f64>, Coord<f64>) -> Option<OutlineKind>,
    out: &mut Vec<Outline>,
) {
    let first_output = out.len();
    let mut current: Option<Outline> = None;
    let mut first_run_starts_ring = false;
    for (i, segment) in ring.lines().enumerate() {
        let kind = kind_of(segment.start, segment.end);
        match (&mut current, kind) {
            (Some(run), Some(kind)) if run.kind == kind => run.points.push(to_world(segment.end)),
            (_, kind) => {
                out.extend(current.take());
                if let Some(kind) = kind {
                    first_run_starts_ring |= i == 0;
                    current = Some(Outline {
                        kind,
                        points: vec![to_world(segment.start), to_world(segment.end)],
                    });
                }
            }
        }
    }
    let last_run_ends_ring = current.is_some();
    out.extend(current);
    let runs = out.len() - first_output;
    if first_run_starts_ring && last_run_ends_ring && runs >= 2 {
        let same_kind = out.last().map(|run| run.kind) == Some(out[first_output].kind);
        if same_kind && let Some(mut last) = out.pop() {
            let first = &mut out[first_output];
            last.points
                .extend_from_slice(first.points.get(1..).unwrap_or_default());
            first.points = last.points;
        }
    }
}

/// State outlines: outer edges as [`OutlineKind::Coast`], boundaries between two states of one
/// country as [`OutlineKind::StateBoundary`], each once. Segments shared by a US and a Mexican state
/// are left to the border line.
pub(crate) fn state_outlines(states: &[(StateCode, &MultiPolygon<f64>)], out: &mut Vec<Outline>) {
    let owners = segment_owners(states.iter().map(|(_, polygons)| *polygons));
    let mut drawn = SegmentSet::default();
    for (index, (code, polygons)) in states.iter().enumerate() {
        for ring in rings(polygons) {
            let kind_of = |a, b| {
                let key = segment_key(a, b);
                let other = owners.get(&key)?.other_than(index);
                match other {
                    None => Some(OutlineKind::Coast),
                    // Two rings of the state itself touch: inside the state.
                    Some(other) if other == index => None,
                    Some(other) => {
                        let same_country = states
                            .get(other)
                            .is_some_and(|(c, _)| c.country() == code.country());
                        (same_country && drawn.insert(key)).then_some(OutlineKind::StateBoundary)
                    }
                }
            };
            trace_ring(ring, kind_of, out);
        }
    }
}

/// Country outlines for every country but the US and Mexico (whose states draw theirs at 1:10m):
/// all as [`OutlineKind::Coast`], a border between two countries once, minus the clip box edges and
/// minus borders with the US or Mexico.
pub(crate) fn country_outlines(countries: &[(&str, &MultiPolygon<f64>)], out: &mut Vec<Outline>) {
    let owners = segment_owners(countries.iter().map(|(_, polygons)| *polygons));
    let is_us_or_mx = |index: usize| {
        countries
            .get(index)
            .is_some_and(|(iso_a2, _)| matches!(*iso_a2, "US" | "MX"))
    };
    let mut drawn = SegmentSet::default();
    for (index, (_, polygons)) in countries.iter().enumerate() {
        if is_us_or_mx(index) {
            continue;
        }
        for ring in rings(polygons) {
            let kind_of = |a, b| {
                if on_clip_box(a, b) {
                    return None;
                }
                let key = segment_key(a, b);
                let keep = !owners.get(&key)?.any(is_us_or_mx) && drawn.insert(key);
                keep.then_some(OutlineKind::Coast)
            };
            trace_ring(ring, kind_of, out);
        }
    }
}

/// The coasts of the land beyond the countries' clip box (see [`super::LandBeyond`]), as
/// [`OutlineKind::Coast`], minus the artificial edges: the clip box it was cut from, the
/// antimeridian and the latitudes where Web Mercator stops.
pub(crate) fn beyond_outlines(polygons: &MultiPolygon<f64>, out: &mut Vec<Outline>) {
    let at = |value: f64, edge: f64| (value - edge).abs() < 1e-9;
    let on_world_edge = |a: Coord<f64>, b: Coord<f64>| {
        [-180.0, 180.0]
            .into_iter()
            .any(|edge| at(a.x, edge) && at(b.x, edge))
            || [-WORLD_EDGE_LAT_DEG, WORLD_EDGE_LAT_DEG]
                .into_iter()
                .any(|edge| at(a.y, edge) && at(b.y, edge))
    };
    for ring in rings(polygons) {
        let kind_of =
            |a, b| (!on_clip_box(a, b) && !on_world_edge(a, b)).then_some(OutlineKind::Coast);
        trace_ring(ring, kind_of, out);
    }
}

/// The land beyond the clip box was cut at these latitudes, north and south (Web Mercator
/// reaches about 85.05°).
pub(crate) const WORLD_EDGE_LAT_DEG: f64 = 85.0;

/// The US–Mexico border as one [`OutlineKind::InternationalBorder`] polyline.
pub(crate) fn border_outline(border_deg: &LineString<f64>) -> Outline {
    Outline {
        kind: OutlineKind::InternationalBorder,
        points: border_deg.coords().map(|c| to_world(*c)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::polygon;

    #[test]
    fn ring_runs_join_across_the_ring_start() {
        // A square whose bottom edge (the first segment) is skipped: one run of three edges.
        let square =
            polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 0.0, y: 1.0)];
        let mut out = Vec::new();
        trace_ring(
            square.exterior(),
            |a, b| (a.y != 0.0 || b.y != 0.0).then_some(OutlineKind::Coast),
            &mut out,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].points.len(), 4);

        // Skipping the right edge leaves a run that wraps through the start: still one polyline.
        let mut out = Vec::new();
        trace_ring(
            square.exterior(),
            |a, b| (a.x != 1.0 || b.x != 1.0).then_some(OutlineKind::Coast),
            &mut out,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].points.len(), 4);
        assert_eq!(out[0].points[0], project(1.0, 1.0));
        assert_eq!(out[0].points[3], project(0.0, 1.0));
    }

    #[test]
    fn shared_edge_of_two_states_is_drawn_once() {
        let tx = StateCode::parse("US-TX").expect("code");
        let ok = StateCode::parse("US-OK").expect("code");
        let left = MultiPolygon(vec![
            polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 0.0, y: 1.0)],
        ]);
        let right = MultiPolygon(vec![
            polygon![(x: 1.0, y: 0.0), (x: 2.0, y: 0.0), (x: 2.0, y: 1.0), (x: 1.0, y: 1.0)],
        ]);
        let mut out = Vec::new();
        state_outlines(&[(tx, &left), (ok, &right)], &mut out);
        let boundaries: Vec<_> = out
            .iter()
            .filter(|o| o.kind == OutlineKind::StateBoundary)
            .collect();
        assert_eq!(boundaries.len(), 1);
        assert_eq!(boundaries[0].points.len(), 2);
        let coast_segments: usize = out
            .iter()
            .filter(|o| o.kind == OutlineKind::Coast)
            .map(|o| o.points.len() - 1)
            .sum();
        assert_eq!(coast_segments, 6);
    }
}
