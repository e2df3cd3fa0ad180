//! Annotations on screen: where each one lands for a map transform, and
//! which one a click hits. Pure geometry on screen points, shared by the
//! map layer, the click handling and the exporters.

use super::{Annotation, Shape};
use crate::geometry::mercator::project;
use crate::scene::arrow::{Px, distance_to_polyline};
use crate::scene::transform::ScreenTransform;

/// Length of the equator, the Web Mercator world's width.
pub const EARTH_CIRCUMFERENCE_KM: f64 = 40_075.016_686;

/// How far from a thin annotation (arrow shaft, circle ring) a click still hits it.
pub const ANNOTATION_SLOP_PX: f32 = 6.0;

/// A distance on the ground at a latitude in unit-square world units
/// (Mercator stretches distances by `1 / cos(latitude)`).
///
/// ```
/// use corridor_core::briefing::geometry::{EARTH_CIRCUMFERENCE_KM, km_to_world};
/// assert!((km_to_world(EARTH_CIRCUMFERENCE_KM, 0.0) - 1.0).abs() < 1e-12);
/// // At 60° a kilometre is drawn twice as long as at the equator.
/// assert!((km_to_world(1.0, 60.0) / km_to_world(1.0, 0.0) - 2.0).abs() < 1e-9);
/// ```
pub fn km_to_world(km: f64, lat_deg: f64) -> f64 {
    km / (EARTH_CIRCUMFERENCE_KM * lat_deg.to_radians().cos().max(1e-6))
}

/// Inverse of [`km_to_world`].
pub fn world_to_km(world: f64, lat_deg: f64) -> f64 {
    world * EARTH_CIRCUMFERENCE_KM * lat_deg.to_radians().cos().max(1e-6)
}

/// Text size of annotations before the theme's scale.
pub const ANNOTATION_TEXT_PX: f32 = 15.0;
/// Room around an annotation's text inside its box.
pub const ANNOTATION_PADDING_PX: [f32; 2] = [6.0, 3.0];
/// Line width of arrows and circles.
pub const ANNOTATION_LINE_PX: f32 = 3.0;

/// The drawn size of an annotation's text box, given the text's size from
/// `measure` (at the font size it is given); a note without text keeps a
/// small box so it can still be found and clicked.
///
/// ```
/// use corridor_core::briefing::Annotation;
/// use corridor_core::briefing::geometry::text_box_size;
/// let measure = |text: &str, px: f32| [text.len() as f32 * px / 2.0, px];
/// let note = Annotation::note(1, 31.0, -106.0, "Juarez");
/// assert_eq!(text_box_size(&note, 1.0, &measure), [57.0, 21.0]);
/// let empty = Annotation::note(2, 31.0, -106.0, " ");
/// assert_eq!(text_box_size(&empty, 1.0, &measure), [16.0, 16.0]);
/// ```
pub fn text_box_size(
    annotation: &Annotation,
    text_scale: f32,
    measure: &dyn Fn(&str, f32) -> [f32; 2],
) -> [f32; 2] {
    if annotation.text.trim().is_empty() {
        return match annotation.shape {
            Shape::Note => [16.0, 16.0],
            _ => [0.0, 0.0],
        };
    }
    let [w, h] = measure(&annotation.text, ANNOTATION_TEXT_PX * text_scale);
    [
        w + 2.0 * ANNOTATION_PADDING_PX[0],
        h + 2.0 * ANNOTATION_PADDING_PX[1],
    ]
}

/// An annotation placed on the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScreenShape {
    /// A note: text only, at a point.
    Note {
        /// The anchor on screen, in pixels.
        at: Px,
    },
    /// From the tail (the annotation's anchor) to the head.
    Arrow {
        /// The tail on screen, in pixels.
        from: Px,
        /// The head on screen, in pixels.
        to: Px,
    },
    /// A circle of a ground radius around the anchor.
    Circle {
        /// The centre on screen, in pixels.
        center: Px,
        /// The radius on screen, in pixels, at the anchor's latitude.
        radius_px: f32,
    },
}

impl ScreenShape {
    /// Where the annotation's text is centred.
    pub fn text_anchor(&self) -> Px {
        match *self {
            ScreenShape::Note { at } => at,
            ScreenShape::Arrow { from, .. } => from,
            ScreenShape::Circle { center, .. } => center,
        }
    }
}

/// Where an annotation lands on screen for a map transform. A circle's
/// radius in kilometres becomes pixels at its centre's latitude.
pub fn screen_shape(annotation: &Annotation, transform: &ScreenTransform) -> ScreenShape {
    let anchor = transform.to_screen(project(annotation.lat_deg, annotation.lon_deg));
    match annotation.shape {
        Shape::Note => ScreenShape::Note { at: anchor },
        Shape::Arrow {
            to_lat_deg,
            to_lon_deg,
        } => ScreenShape::Arrow {
            from: anchor,
            to: transform.to_screen(project(to_lat_deg, to_lon_deg)),
        },
        Shape::Circle { radius_km } => ScreenShape::Circle {
            center: anchor,
            radius_px: (km_to_world(radius_km, annotation.lat_deg) * transform.scale_px) as f32,
        },
    }
}

/// The box of a text of `size` centred at `anchor`: (min, max).
pub fn text_box(anchor: Px, size: [f32; 2]) -> (Px, Px) {
    (
        [anchor[0] - size[0] / 2.0, anchor[1] - size[1] / 2.0],
        [anchor[0] + size[0] / 2.0, anchor[1] + size[1] / 2.0],
    )
}

/// The id of the topmost annotation under `pointer` (the last drawn
/// wins): a note or any text by its box, an arrow by its shaft, a circle
/// by its ring, so flows inside a circle can still be clicked.
/// `text_size` gives the drawn size of an annotation's text box (zero
/// when it has none).
pub fn hit_annotation(
    annotations: &[Annotation],
    transform: &ScreenTransform,
    pointer: Px,
    text_size: impl Fn(&Annotation) -> [f32; 2],
) -> Option<u64> {
    annotations.iter().rev().find_map(|annotation| {
        let shape = screen_shape(annotation, transform);
        let size = text_size(annotation);
        let (min, max) = text_box(shape.text_anchor(), size);
        let in_text = size[0] > 0.0
            && size[1] > 0.0
            && (min[0]..=max[0]).contains(&pointer[0])
            && (min[1]..=max[1]).contains(&pointer[1]);
        let on_shape = match shape {
            ScreenShape::Note { at } => distance(at, pointer) <= ANNOTATION_SLOP_PX,
            ScreenShape::Arrow { from, to } => {
                distance_to_polyline(pointer, &[from, to]) <= ANNOTATION_SLOP_PX
            }
            ScreenShape::Circle { center, radius_px } => {
                (distance(center, pointer) - radius_px).abs() <= ANNOTATION_SLOP_PX
            }
        };
        (in_text || on_shape).then_some(annotation.id)
    })
}

fn distance(a: Px, b: Px) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::mercator::unproject;
    use crate::scene::transform::ScreenTransform;

    /// A view of the border at zoom 6 in an 800×600 viewport.
    fn transform() -> ScreenTransform {
        ScreenTransform::centered(project(30.0, -105.0), 6.0, [800.0, 600.0])
    }

    /// The geographic point under a screen point.
    fn at(px: Px) -> (f64, f64) {
        unproject(transform().to_world(px))
    }

    fn note(id: u64, px: Px) -> Annotation {
        let (lat, lon) = at(px);
        Annotation::note(id, lat, lon, "Note")
    }

    fn no_text(_: &Annotation) -> [f32; 2] {
        [0.0, 0.0]
    }

    #[test]
    fn a_note_is_hit_on_its_text_box_only() {
        let notes = [note(1, [400.0, 300.0])];
        let size = |_: &Annotation| [60.0, 20.0];
        let t = transform();
        assert_eq!(hit_annotation(&notes, &t, [425.0, 305.0], size), Some(1));
        assert_eq!(hit_annotation(&notes, &t, [435.0, 305.0], size), None);
        assert_eq!(hit_annotation(&notes, &t, [400.0, 312.0], size), None);
    }

    #[test]
    fn the_topmost_of_overlapping_annotations_wins() {
        let notes = [note(1, [400.0, 300.0]), note(2, [410.0, 300.0])];
        let size = |_: &Annotation| [60.0, 20.0];
        assert_eq!(
            hit_annotation(&notes, &transform(), [405.0, 300.0], size),
            Some(2)
        );
    }

    #[test]
    fn an_arrow_is_hit_along_its_shaft() {
        let (lat, lon) = at([100.0, 100.0]);
        let (to_lat_deg, to_lon_deg) = at([300.0, 100.0]);
        let arrow = Annotation {
            shape: Shape::Arrow {
                to_lat_deg,
                to_lon_deg,
            },
            ..Annotation::note(7, lat, lon, "")
        };
        let t = transform();
        let arrows = [arrow];
        assert_eq!(
            hit_annotation(&arrows, &t, [200.0, 104.0], no_text),
            Some(7)
        );
        assert_eq!(hit_annotation(&arrows, &t, [200.0, 110.0], no_text), None);
        assert_eq!(hit_annotation(&arrows, &t, [320.0, 100.0], no_text), None);
    }

    #[test]
    fn a_circle_has_its_ground_radius_and_is_hit_on_its_ring() {
        let (lat, lon) = at([400.0, 300.0]);
        let circle = Annotation {
            shape: Shape::Circle { radius_km: 100.0 },
            ..Annotation::note(3, lat, lon, "")
        };
        let t = transform();
        let ScreenShape::Circle { radius_px, .. } = screen_shape(&circle, &t) else {
            panic!("a circle");
        };
        // 100 km east of the centre, measured on the ground at that latitude.
        let east_world = km_to_world(100.0, lat);
        let expected = (east_world * t.scale_px) as f32;
        assert!((radius_px - expected).abs() < 1e-3);
        // Zoom 6: 16 384 px for the world; 100 km at 30° is about 47 px.
        assert!((40.0..55.0).contains(&radius_px), "{radius_px}");
        let circles = [circle];
        assert_eq!(
            hit_annotation(&circles, &t, [400.0 + radius_px, 300.0], no_text),
            Some(3)
        );
        assert_eq!(hit_annotation(&circles, &t, [400.0, 300.0], no_text), None);
        // Twice the zoom, twice the pixels: it stays on the same ground.
        let closer = ScreenTransform::centered(project(30.0, -105.0), 7.0, [800.0, 600.0]);
        let ScreenShape::Circle { radius_px: r2, .. } = screen_shape(&circles[0], &closer) else {
            panic!("a circle");
        };
        assert!((r2 / radius_px - 2.0).abs() < 1e-4);
    }

    #[test]
    fn km_round_trip() {
        for lat in [0.0, 19.4, 31.7, 48.0] {
            let w = km_to_world(250.0, lat);
            assert!((world_to_km(w, lat) - 250.0).abs() < 1e-9);
        }
    }
}
