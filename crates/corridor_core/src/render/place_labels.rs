//! Which basemap names the map shows at a zoom and where: state names at
//! middle zooms, ports of entry, and town names by population, each town
//! label kept only if it does not overlap one already placed. Decided
//! here, drawn by the map layer and by the image exporters alike.

use crate::basemap::Basemap;
use crate::scene::arrow::Px;
use crate::scene::transform::ScreenTransform;

/// Most town labels tried, largest towns first.
const MAX_LABEL_CANDIDATES: usize = 1500;

/// Smallest population labelled at a zoom level.
///
/// ```
/// use corridor_core::render::place_labels::min_population;
/// assert_eq!(min_population(4.0), 2_000_000);
/// assert!(min_population(9.0) < min_population(6.0));
/// ```
pub fn min_population(zoom: f64) -> u32 {
    match zoom {
        z if z < 4.5 => 2_000_000,
        z if z < 5.5 => 700_000,
        z if z < 6.5 => 250_000,
        z if z < 7.5 => 80_000,
        z if z < 8.5 => 25_000,
        _ => 5_000,
    }
}

/// An axis-aligned box in screen pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenBox {
    /// Top-left corner.
    pub min: Px,
    /// Bottom-right corner.
    pub max: Px,
}

impl ScreenBox {
    /// The box from a top-left to a bottom-right corner.
    pub fn new(min: Px, max: Px) -> ScreenBox {
        ScreenBox { min, max }
    }

    /// Whether a point lies in the box, edges included.
    pub fn contains(&self, p: Px) -> bool {
        (self.min[0]..=self.max[0]).contains(&p[0]) && (self.min[1]..=self.max[1]).contains(&p[1])
    }

    /// The box grown by `by` pixels on every side (shrunk when negative).
    pub fn expand(&self, by: f32) -> ScreenBox {
        ScreenBox::new(
            [self.min[0] - by, self.min[1] - by],
            [self.max[0] + by, self.max[1] + by],
        )
    }

    /// Whether two boxes overlap; touching edges count.
    pub fn intersects(&self, other: &ScreenBox) -> bool {
        self.min[0] <= other.max[0]
            && other.min[0] <= self.max[0]
            && self.min[1] <= other.max[1]
            && other.min[1] <= self.max[1]
    }

    fn union(&self, other: &ScreenBox) -> ScreenBox {
        ScreenBox::new(
            [self.min[0].min(other.min[0]), self.min[1].min(other.min[1])],
            [self.max[0].max(other.max[0]), self.max[1].max(other.max[1])],
        )
    }
}

/// A text and the box it is drawn in.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    /// The text to draw.
    pub text: String,
    /// Where the text goes, sized by the caller's `measure`.
    pub rect: ScreenBox,
    /// Font size in pixels.
    pub font_px: f32,
}

/// A land port of entry: a diamond marker, with its name when zoomed in.
#[derive(Clone, Debug, PartialEq)]
pub struct PortMark {
    /// Centre of the diamond.
    pub at: Px,
    /// Half the diamond's diagonal.
    pub half_px: f32,
    /// The port's name right of the marker: from zoom 7.5, and only where it
    /// overlaps no label placed before it.
    pub label: Option<TextBox>,
}

/// A town's dot and name.
#[derive(Clone, Debug, PartialEq)]
pub struct TownLabel {
    /// Where the town is, marked with a dot.
    pub dot: Px,
    /// The town's name, above and to the right of the dot.
    pub label: TextBox,
}

/// The names to draw over the basemap, in draw order: states (muted, may
/// overlap), ports, towns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaceLabels {
    /// State names from zoom 4.5 to 7.5: postal codes below zoom 5.5, full
    /// names in capitals above it.
    pub states: Vec<TextBox>,
    /// Ports of entry in view, from zoom 4.
    pub ports: Vec<PortMark>,
    /// Town names, largest towns first, down to the [`min_population`] of the
    /// zoom; a name that would overlap a port or town label, or run off the
    /// edge, is left out.
    pub towns: Vec<TownLabel>,
}

/// Which place names to place, and how large.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelOptions {
    /// Whether town names are placed.
    pub towns: bool,
    /// Whether ports of entry are marked.
    pub ports: bool,
    /// Text size relative to the light theme's.
    pub text_scale: f32,
    /// The language of state names (`NEW MEXICO`, `NUEVO MÉXICO`).
    pub lang: crate::i18n::Lang,
}

/// A gazetteer town's name in `lang`. GeoNames names towns by their local
/// names, except where a town is its own state under an English name
/// ("Mexico City"): there the state's name in `lang` is the town's.
///
/// ```
/// use corridor_core::basemap::StateCode;
/// use corridor_core::i18n::Lang;
/// use corridor_core::render::place_labels::town_name;
/// let cdmx = StateCode::parse("MX-CMX").unwrap();
/// assert_eq!(town_name("Mexico City", cdmx, Lang::Es), "Ciudad de México");
/// assert_eq!(town_name("Mexico City", cdmx, Lang::En), "Mexico City");
/// let jalisco = StateCode::parse("MX-JAL").unwrap();
/// assert_eq!(town_name("Guadalajara", jalisco, Lang::Es), "Guadalajara");
/// ```
pub fn town_name(name: &str, state: crate::basemap::StateCode, lang: crate::i18n::Lang) -> String {
    crate::basemap::StateTable::embedded()
        .ok()
        .and_then(|table| table.get(state))
        .filter(|info| info.name == name)
        .map_or_else(|| name.to_owned(), |info| info.name_in(lang).to_owned())
}

/// The labels for a view of `viewport` pixels. `measure` gives a text's
/// drawn size at a font size in pixels (the window's font, or the
/// exporter's).
pub fn place_labels(
    basemap: &Basemap,
    transform: &ScreenTransform,
    viewport: ScreenBox,
    options: LabelOptions,
    measure: &dyn Fn(&str, f32) -> [f32; 2],
) -> PlaceLabels {
    place_labels_around(basemap, transform, viewport, options, &[], &[], measure)
}

/// [`place_labels`] around boxes drawn over the map (`reserved`: an
/// image's title and legend) and names placed before them (`placed`: an
/// image's [`super::endpoint_labels`]): port and town names keep clear of
/// both, and a town that a placed name already names ("Laredo" beside
/// "Laredo, TX") is not named twice.
pub fn place_labels_around(
    basemap: &Basemap,
    transform: &ScreenTransform,
    viewport: ScreenBox,
    options: LabelOptions,
    reserved: &[ScreenBox],
    placed: &[TextBox],
    measure: &dyn Fn(&str, f32) -> [f32; 2],
) -> PlaceLabels {
    let zoom = transform.zoom();
    let scale = options.text_scale;
    let mut out = PlaceLabels::default();
    let mut taken: Vec<ScreenBox> = reserved
        .iter()
        .copied()
        .chain(placed.iter().map(|p| p.rect))
        .collect();
    let named = |town: &str| {
        placed
            .iter()
            .any(|p| p.text.split(',').next().is_some_and(|t| t.trim() == town))
    };
    let boxed = |text: String, anchor: Px, align: [f32; 2], font_px: f32| {
        let size = measure(&text, font_px);
        let min = [
            anchor[0] - size[0] * align[0],
            anchor[1] - size[1] * align[1],
        ];
        TextBox {
            text,
            rect: ScreenBox::new(min, [min[0] + size[0], min[1] + size[1]]),
            font_px,
        }
    };

    if (4.5..7.5).contains(&zoom) {
        for state in &basemap.states.states {
            let at = transform.to_screen(state.label);
            if !viewport.contains(at) {
                continue;
            }
            let name = if zoom < 5.5 {
                state.postal.clone()
            } else {
                match options.lang {
                    crate::i18n::Lang::En => state.name.to_uppercase(),
                    crate::i18n::Lang::Es => state.name_es.to_uppercase(),
                }
            };
            out.states.push(boxed(name, at, [0.5, 0.5], 11.0 * scale));
        }
    }

    if options.ports && zoom >= 4.0 {
        let half_px = if zoom >= 6.0 { 4.5 } else { 3.0 };
        for port in &basemap.ports {
            let at = transform.to_screen(port.world);
            if !viewport.contains(at) {
                continue;
            }
            let label = (zoom >= 7.5)
                .then(|| {
                    boxed(
                        port.name.clone(),
                        [at[0] + 6.0, at[1]],
                        [0.0, 0.5],
                        10.5 * scale,
                    )
                })
                .filter(|label| within(&viewport, &label.rect) && free(&taken, &label.rect));
            if let Some(label) = &label {
                taken.push(label.rect);
            }
            out.ports.push(PortMark { at, half_px, label });
        }
    }

    if options.towns {
        let threshold = min_population(zoom);
        let inner = viewport.expand(-4.0);
        for place in basemap.gazetteer.places().iter().take(MAX_LABEL_CANDIDATES) {
            if place.population < threshold {
                break;
            }
            if named(&place.name) {
                continue;
            }
            let at = transform.to_screen(place.world);
            if !inner.contains(at) {
                continue;
            }
            let font_px = scale
                * if place.population >= 1_000_000 {
                    12.5
                } else {
                    11.0
                };
            let label = boxed(
                town_name(&place.name, place.state, options.lang),
                [at[0] + 5.0, at[1] - 1.0],
                [0.0, 1.0],
                font_px,
            );
            // A name cut off at the edge cannot be read: left out.
            if !within(&viewport, &label.rect) || !free(&taken, &label.rect) {
                continue;
            }
            let dot = ScreenBox::new([at[0] - 2.5, at[1] - 2.5], [at[0] + 2.5, at[1] + 2.5]);
            taken.push(label.rect.union(&dot));
            out.towns.push(TownLabel { dot: at, label });
        }
    }
    out
}

/// Whether `rect` lies wholly inside `viewport`.
fn within(viewport: &ScreenBox, rect: &ScreenBox) -> bool {
    viewport.contains(rect.min) && viewport.contains(rect.max)
}

/// Whether `rect` keeps two pixels clear of every box in `taken`.
pub(crate) fn free(taken: &[ScreenBox], rect: &ScreenBox) -> bool {
    !taken.iter().any(|r| r.expand(2.0).intersects(rect))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::mercator::project;

    fn wide(text: &str, font_px: f32) -> [f32; 2] {
        [text.chars().count() as f32 * font_px * 0.6, font_px * 1.2]
    }

    fn view(lat_deg: f64, lon_deg: f64, zoom: f64) -> (ScreenTransform, ScreenBox) {
        let size = [1280.0, 800.0];
        (
            ScreenTransform::centered(project(lat_deg, lon_deg), zoom, size),
            ScreenBox::new([0.0, 0.0], [1280.0, 800.0]),
        )
    }

    const ALL: LabelOptions = LabelOptions {
        lang: crate::i18n::Lang::En,
        towns: true,
        ports: true,
        text_scale: 1.0,
    };

    #[test]
    fn town_labels_never_overlap_and_grow_with_zoom() {
        let basemap = Basemap::embedded().unwrap();
        let (t5, v) = view(29.0, -104.0, 5.0);
        let (t8, _) = view(31.7, -106.4, 8.0);
        let far = place_labels(&basemap, &t5, v, ALL, &wide);
        let near = place_labels(&basemap, &t8, v, ALL, &wide);
        assert!(!far.towns.is_empty());
        // Port names come first; without them the big towns are named.
        let towns_only = LabelOptions {
            ports: false,
            ..ALL
        };
        let names: Vec<String> = place_labels(&basemap, &t8, v, towns_only, &wide)
            .towns
            .into_iter()
            .map(|t| t.label.text)
            .collect();
        assert!(names.iter().any(|n| n == "Ciudad Juárez"), "{names:?}");
        assert!(near.towns.len() < names.len());
        assert!(!far.towns.iter().any(|t| t.label.text == "Las Cruces"));
        for labels in [&far, &near] {
            for (i, a) in labels.towns.iter().enumerate() {
                assert!(v.contains(a.dot));
                // Whole names only: none runs off the edge.
                assert!(v.contains(a.label.rect.min) && v.contains(a.label.rect.max));
                for b in &labels.towns[i + 1..] {
                    assert!(!a.label.rect.intersects(&b.label.rect), "{a:?} / {b:?}");
                }
            }
        }
        // State names at middle zooms only, ports named only when close.
        assert!(!far.states.is_empty() && near.states.is_empty());
        assert!(far.ports.iter().all(|p| p.label.is_none()));
        assert!(near.ports.iter().any(|p| p.label.is_some()));
    }

    #[test]
    fn switched_off_layers_are_left_out() {
        let basemap = Basemap::embedded().unwrap();
        let (t, v) = view(31.7, -106.4, 8.0);
        let none = LabelOptions {
            towns: false,
            ports: false,
            text_scale: 1.0,
            lang: crate::i18n::Lang::En,
        };
        let labels = place_labels(&basemap, &t, v, none, &wide);
        assert!(labels.towns.is_empty() && labels.ports.is_empty());
    }
}
