//! Notes, arrows and circles drawn on the map. They are kept in degrees,
//! not pixels, so they stay on the place they mark at every zoom.

use serde::{Deserialize, Serialize};

use crate::scene::Rgba;

/// The form of an annotation; its anchor is [`Annotation::lat_deg`] and
/// [`Annotation::lon_deg`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shape {
    /// Text at the anchor.
    Note,
    /// From the anchor to a second point; the text sits at the tail.
    Arrow {
        /// Latitude of the arrow's head, in degrees north.
        to_lat_deg: f64,
        /// Longitude of the arrow's head, in degrees east.
        to_lon_deg: f64,
    },
    /// An area of a radius around the anchor; the text sits at its centre.
    Circle {
        /// Radius on the ground, in kilometres.
        radius_km: f64,
    },
}

/// A note, arrow or circle drawn on the map, anchored at a geographic point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// Unique within a project, so an edit or a deletion finds its target
    /// after the list was reordered.
    pub id: u64,
    /// Note, arrow or circle, with what each needs beyond the anchor.
    pub shape: Shape,
    /// Latitude of the anchor, in degrees north.
    pub lat_deg: f64,
    /// Longitude of the anchor, in degrees east (negative in the Americas).
    pub lon_deg: f64,
    /// The text shown; may be empty.
    pub text: String,
    /// Colour of the shape, its text and the border of its text box.
    pub color: Rgba,
}

impl Annotation {
    /// A note in the default annotation colour.
    pub fn note(id: u64, lat_deg: f64, lon_deg: f64, text: &str) -> Annotation {
        Annotation {
            id,
            shape: Shape::Note,
            lat_deg,
            lon_deg,
            text: text.to_owned(),
            color: DEFAULT_COLOR,
        }
    }
}

/// A red that reads on the light, dark and projector themes and is not one
/// of the weapon-class colours.
pub const DEFAULT_COLOR: Rgba = Rgba::rgb(0xD0, 0x10, 0x3A);

/// The next free id for a list of annotations.
///
/// ```
/// use corridor_core::briefing::{Annotation, annotation::next_id};
/// let notes = [Annotation::note(4, 31.0, -106.0, "El Paso"), Annotation::note(9, 19.4, -99.1, "CDMX")];
/// assert_eq!(next_id(notes.iter()), 10);
/// assert_eq!(next_id([].iter()), 1);
/// ```
pub fn next_id<'a>(annotations: impl Iterator<Item = &'a Annotation>) -> u64 {
    annotations.map(|a| a.id).max().unwrap_or(0) + 1
}
