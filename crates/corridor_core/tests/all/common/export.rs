//! Views, projects and readers of exported files, shared by the export
//! tests of the core and the command-line tests of the app.

use std::path::{Path, PathBuf};

use corridor_core::aggregate::TraceFilter;
use corridor_core::briefing::{Annotation, Redaction, SavedView, Shape};
use corridor_core::cluster::Grouping;
use corridor_core::model::WeaponClass;
use corridor_core::project::{Project, ProjectSource};
use corridor_core::scene::{MapView, Rgba, Theme};
use resvg::tiny_skia::Pixmap;

/// The border from Tijuana to the Gulf, AK-pattern rifles only, with a
/// note, an arrow and a circle.
pub fn border_view() -> SavedView {
    let mut filter = TraceFilter::default();
    for class in WeaponClass::ALL {
        filter.set_class(class, class == WeaponClass::AkPattern);
    }
    SavedView {
        name: "AK border".into(),
        title: "AK-pattern rifles across the border".into(),
        subtitle: "Demo data & <synthetic> traces".into(),
        camera: MapView {
            center_lat_deg: 28.5,
            center_lon_deg: -105.0,
            zoom: 5.2,
        },
        filter,
        annotations: vec![
            Annotation::note(1, 31.7, -106.4, "El Paso / Juárez"),
            Annotation {
                id: 2,
                shape: Shape::Arrow {
                    to_lat_deg: 24.8,
                    to_lon_deg: -107.4,
                },
                lat_deg: 33.4,
                lon_deg: -112.1,
                text: "Phoenix to Culiacán".into(),
                color: Rgba::rgb(0x12, 0x34, 0x56),
            },
            Annotation {
                id: 3,
                shape: Shape::Circle { radius_km: 80.0 },
                lat_deg: 25.7,
                lon_deg: -100.3,
                text: String::new(),
                color: Rgba::rgb(0xD0, 0x10, 0x3A),
            },
        ],
        ..SavedView::default()
    }
}

pub fn three_views() -> Vec<SavedView> {
    let ak = border_view();
    let states = SavedView {
        name: "States".into(),
        title: "State to state".into(),
        grouping: Grouping::Areas(corridor_core::aggregate::areas::AreaLevel::State),
        theme: Theme::Dark,
        ..SavedView::default()
    };
    let sonora = SavedView {
        name: "Sonora close-up".into(),
        camera: MapView {
            center_lat_deg: 31.0,
            center_lon_deg: -111.0,
            zoom: 7.5,
        },
        ..SavedView::default()
    };
    vec![ak, states, sonora]
}

/// A project of the demo data with the three views, saved in `dir`.
pub fn saved_project(dir: &Path, redaction: Redaction) -> PathBuf {
    let file = corridor_core::model::SourceFile {
        path: PathBuf::from(corridor_core::demo::DEMO_NAME),
        name: corridor_core::demo::DEMO_NAME.into(),
        sha256: corridor_core::project::source::sha256_hex(corridor_core::demo::DEMO_TRACES_CSV),
        size_bytes: corridor_core::demo::DEMO_TRACES_CSV.len() as u64,
        synthetic: true,
        sheet: None,
        numbering: Default::default(),
    };
    let sources: Vec<ProjectSource> =
        corridor_core::project::source::sources_for(&[file], &[], None, false).unwrap();
    let project = Project {
        sources,
        views: three_views(),
        redaction,
        ..Project::default()
    };
    let path = dir.join("briefing.corridor");
    project.save(&path).unwrap();
    path
}

pub fn texts(doc: &roxmltree::Document<'_>) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect()
}

pub fn group<'a>(doc: &'a roxmltree::Document<'a>, id: &str) -> roxmltree::Node<'a, 'a> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no #{id}"))
}

pub fn decode(bytes: &[u8]) -> Pixmap {
    Pixmap::decode_png(bytes).unwrap()
}

pub fn page_count(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf).unwrap().get_pages().len()
}

/// The text a PDF shows, read through its fonts' ToUnicode maps from every
/// form XObject (svg2pdf draws each SVG into forms, where lopdf's own text
/// extraction, which reads page content streams, does not look). svg2pdf
/// shows glyph by glyph, each in its own text object, spaces included, so
/// the glyphs are joined as they come: lines of the image run together.
pub fn pdf_text(pdf: &[u8]) -> String {
    use lopdf::{Document, Object, content::Content};
    let doc = Document::load_mem(pdf).unwrap();
    let resolve = |object: &Object| match object {
        Object::Reference(id) => doc.get_object(*id).unwrap().clone(),
        other => other.clone(),
    };
    let mut text = String::new();
    for object in doc.objects.values() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form".as_slice()) {
            continue;
        }
        let Ok(resources) = stream.dict.get(b"Resources").map(resolve) else {
            continue;
        };
        let Ok(resources) = resources.as_dict() else {
            continue;
        };
        let Ok(fonts) = resources.get(b"Font").map(resolve) else {
            continue;
        };
        let fonts = fonts.as_dict().unwrap().clone();
        let font_dicts: Vec<(Vec<u8>, lopdf::Dictionary)> = fonts
            .iter()
            .map(|(name, font)| (name.clone(), resolve(font).as_dict().unwrap().clone()))
            .collect();
        let content = Content::decode(&stream.decompressed_content().unwrap()).unwrap();
        let mut font: Option<&lopdf::Dictionary> = None;
        for operation in &content.operations {
            match operation.operator.as_str() {
                "Tf" => {
                    let name = operation.operands[0].as_name().unwrap();
                    font = font_dicts.iter().find(|(n, _)| n == name).map(|(_, d)| d);
                }
                "Tj" | "TJ" => {
                    let encoding = font.unwrap().get_font_encoding(&doc).unwrap();
                    let strings: Vec<&Object> = match &operation.operands[0] {
                        Object::Array(items) => items.iter().collect(),
                        other => vec![other],
                    };
                    for item in strings {
                        if let Object::String(bytes, _) = item {
                            text.push_str(&Document::decode_text(&encoding, bytes).unwrap());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    text
}

pub fn csv_records(bytes: &[u8]) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(Result::unwrap)
        .collect()
}

pub fn demo() -> corridor_core::import::ImportOutcome {
    super::load(&[(
        "corridor-demo-traces.csv",
        corridor_core::demo::DEMO_TRACES_CSV,
    )])
}
