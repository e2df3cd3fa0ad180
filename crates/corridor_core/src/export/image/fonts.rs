//! The only fonts map exports may use, so an export looks the same on every machine.

#[cfg(feature = "png-pdf")]
use std::sync::{Arc, LazyLock};

#[cfg(feature = "png-pdf")]
use resvg::usvg::{self, fontdb};

/// The family every SVG font request resolves to.
pub const FAMILY: &str = "DejaVu Sans";

/// DejaVu Sans: also the app's fallback for the arrows, dashes and
/// symbols its own interface font lacks.
pub static REGULAR: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/DejaVuSans.ttf"
));
pub(super) static BOLD: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/fonts/DejaVuSans-Bold.ttf"
));

#[cfg(feature = "png-pdf")]
// Parsing the font tables takes milliseconds; every export shares one database.
static DATABASE: LazyLock<Arc<fontdb::Database>> = LazyLock::new(|| {
    let mut db = fontdb::Database::new();
    // Binary sources borrow the static bytes instead of copying ~1.4 MB per load.
    db.load_font_source(fontdb::Source::Binary(Arc::new(REGULAR)));
    db.load_font_source(fontdb::Source::Binary(Arc::new(BOLD)));
    // usvg falls back to the generic serif family when a named family is missing, and
    // the generic families default to system names (Times New Roman, ...) that are not
    // in this database; pointing them all at DejaVu makes every request resolve.
    db.set_serif_family(FAMILY);
    db.set_sans_serif_family(FAMILY);
    db.set_monospace_family(FAMILY);
    db.set_cursive_family(FAMILY);
    db.set_fantasy_family(FAMILY);
    Arc::new(db)
});

#[cfg(feature = "png-pdf")]
/// The shared database holding only the embedded DejaVu Sans faces.
pub fn database() -> Arc<fontdb::Database> {
    Arc::clone(&DATABASE)
}

#[cfg(feature = "png-pdf")]
/// usvg options that resolve text against the embedded fonts only.
pub fn svg_options() -> usvg::Options<'static> {
    usvg::Options {
        // Used for text elements without any font-family attribute.
        font_family: FAMILY.to_owned(),
        fontdb: database(),
        ..usvg::Options::default()
    }
}

#[cfg(all(test, feature = "png-pdf"))]
mod tests {
    use super::*;

    #[test]
    fn database_holds_exactly_the_two_embedded_faces() {
        let db = database();
        assert_eq!(db.len(), 2);
        for weight in [fontdb::Weight::NORMAL, fontdb::Weight::BOLD] {
            let query = fontdb::Query {
                families: &[
                    fontdb::Family::Name("Some Missing Font"),
                    fontdb::Family::Serif,
                ],
                weight,
                ..fontdb::Query::default()
            };
            let id = db.query(&query);
            let face = id.and_then(|id| db.face(id));
            assert!(face.is_some(), "no face for weight {weight:?}");
            if let Some(face) = face {
                assert_eq!(face.weight, weight);
                assert!(face.families.iter().any(|(name, _)| name == FAMILY));
            }
        }
    }
}
