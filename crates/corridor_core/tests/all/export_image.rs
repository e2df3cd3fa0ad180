//! Map image export: SVG structure, the PNG rendered on the CPU against a
//! committed snapshot, PDF decks with a page per view, files named after
//! the views' titles, and
//! `corridor export` from a project and from data files.

use crate::common;
use crate::common::export::{border_view, decode, group, page_count, texts, three_views};

use std::path::{Path, PathBuf};

use corridor_core::aggregate::Selection;
use corridor_core::briefing::{Redaction, SavedView};
use corridor_core::export::image::raster::svg_to_png;
use corridor_core::export::image::{ImageFormat, ImageOptions, export_views, plan_views, view_svg};
use corridor_core::i18n::{Lang, Wording};
use corridor_core::model::{Day, WeaponClass};
use corridor_core::render::frame::FrameOptions;
use corridor_core::render::{MapFrame, ViewData, build_view};
use corridor_core::scene::Theme;
use resvg::tiny_skia::Pixmap;

fn demo_data() -> ViewData {
    let outcome = common::load(&[(
        "corridor-demo-traces.csv",
        corridor_core::demo::DEMO_TRACES_CSV,
    )]);
    ViewData::build(outcome.dataset)
}

fn basemap() -> Option<&'static corridor_core::basemap::Basemap> {
    let basemap = corridor_core::basemap::shared();
    assert!(basemap.is_some(), "the embedded basemap parses");
    basemap
}

#[test]
fn svg_parses_and_has_title_legend_scale_bar_attribution_and_the_scene() {
    let data = demo_data();
    let view = border_view();
    let options = ImageOptions::default();
    let svg = view_svg(&data, &view, &options, basemap()).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("width"), Some("1600"));
    assert_eq!(root.attribute("height"), Some("900"));
    let texts = texts(&doc);
    assert!(texts.contains(&"AK-pattern rifles across the border".to_owned()));
    // Escaped in the file, itself once parsed.
    assert!(svg.contains("Demo data &amp; &lt;synthetic&gt; traces"));
    assert!(texts.contains(&"Demo data & <synthetic> traces".to_owned()));
    assert!(texts.contains(&"Traces per flow".to_owned()));
    assert!(
        texts.contains(&"Made with Natural Earth · Contains GeoNames data (CC BY 4.0)".to_owned())
    );
    assert!(texts.iter().any(|t| t.ends_with(" km")) && texts.iter().any(|t| t.ends_with(" mi")));
    assert!(texts.contains(&"El Paso / Juárez".to_owned()));
    assert!(texts.contains(&"Phoenix to Culiacán".to_owned()));
    // Town names of the basemap at this zoom.
    assert!(texts.contains(&"Austin".to_owned()), "{texts:?}");
    // The filter and the data's source in words.
    assert!(texts.contains(&"AK-pattern rifles · All dates".to_owned()));
    assert!(texts.contains(
        &"Source: corridor-demo-traces.csv (synthetic demo) · as of 2014-12-31".to_owned()
    ));
    // Only AK-pattern flows: one class in the legend, so no colour key.
    assert!(!texts.contains(&"Pistols".to_owned()));

    // The flows drawn are the scene's flows that reach the frame, each a
    // shaft and an arrowhead in the class colour.
    let built = build_view(&data, &view).unwrap();
    let frame = MapFrame::for_view(
        &data,
        &view,
        Redaction::NONE,
        basemap(),
        &FrameOptions::default(),
        &corridor_core::export::image::text_metrics::measure,
    )
    .unwrap();
    assert!(frame.flows.len() > 5 && frame.flows.len() <= built.scene.flows.len());
    let flows = group(&doc, "flows");
    let paths = flows.children().filter(|n| n.has_tag_name("path")).count();
    let heads = flows
        .children()
        .filter(|n| n.has_tag_name("polygon"))
        .count();
    assert_eq!((paths, heads), (frame.flows.len(), frame.flows.len()));
    let ak = corridor_core::scene::style::class_color(WeaponClass::AkPattern, Theme::Light).hex();
    assert!(
        flows
            .children()
            .filter(|n| n.has_tag_name("path"))
            .all(|n| n.attribute("stroke") == Some(ak.as_str()))
    );
    let symbols = group(&doc, "symbols")
        .children()
        .filter(|n| n.is_element())
        .count();
    assert_eq!(symbols, frame.symbols.len());
    // Everything on the map is clipped to the frame.
    assert_eq!(
        group(&doc, "map").attribute("clip-path"),
        Some("url(#frame)")
    );
    // The circle annotation, its fill and two rings.
    let circles = group(&doc, "annotations")
        .children()
        .filter(|n| n.has_tag_name("circle"))
        .count();
    assert_eq!(circles, 3);
    assert!(svg.len() < 2_000_000, "{} bytes", svg.len());
}

#[test]
fn a_selection_is_highlighted_and_the_rest_faded_like_on_screen() {
    let data = demo_data();
    let mut view = border_view();
    let frame_of = |view: &SavedView| {
        MapFrame::for_view(
            &data,
            view,
            Redaction::NONE,
            None,
            &FrameOptions::default(),
            &corridor_core::export::image::text_metrics::measure,
        )
        .unwrap()
    };
    let plain = frame_of(&view);
    assert!(plain.flows.iter().all(|f| !f.highlighted));
    let busiest_site = data
        .dataset
        .sites
        .iter()
        .enumerate()
        .max_by_key(|(i, _)| {
            (0..data.dataset.traces.len())
                .filter(|&row| data.dataset.traces.site[row].0 as usize == *i)
                .count()
        })
        .map(|(i, _)| i as u32)
        .unwrap();
    view.selection = Selection {
        sites: [busiest_site].into(),
        ..Selection::default()
    };
    let selected = frame_of(&view);
    let highlighted: Vec<_> = selected.flows.iter().filter(|f| f.highlighted).collect();
    assert!(!highlighted.is_empty());
    assert!(highlighted.len() < selected.flows.len());
    // Highlighted flows are opaque and drawn last; the others are faded.
    assert!(highlighted.iter().all(|f| f.color.0[3] == 255));
    let first_highlighted = selected.flows.iter().position(|f| f.highlighted).unwrap();
    assert!(
        selected.flows[first_highlighted..]
            .iter()
            .all(|f| f.highlighted)
    );
    assert!(
        selected.flows[..first_highlighted]
            .iter()
            .all(|f| f.color.0[3] < 40)
    );
}

/// Mean absolute difference per channel, 0–255.
fn mean_difference(a: &Pixmap, b: &Pixmap) -> f64 {
    assert_eq!((a.width(), a.height()), (b.width(), b.height()));
    let total: u64 = a
        .data()
        .iter()
        .zip(b.data())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f64 / a.data().len() as f64
}

fn snapshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name)
}

#[test]
fn png_rendered_on_the_cpu_matches_the_committed_snapshot() {
    let data = demo_data();
    let mut view = border_view();
    view.theme = Theme::Projector;
    let options = ImageOptions {
        frame: FrameOptions {
            size_px: [800.0, 450.0],
            ..FrameOptions::default()
        },
        scale: 1.0,
        redaction: Redaction::NONE,
    };
    let svg = view_svg(&data, &view, &options, basemap()).unwrap();
    let png = svg_to_png(&svg, 1.0).unwrap();
    let path = snapshot_path("export_border_projector.png");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &png).unwrap();
    }
    let expected = decode(&std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with UPDATE_SNAPSHOTS=1 to write it",
            path.display()
        )
    }));
    let actual = decode(&png);
    let difference = mean_difference(&actual, &expected);
    if difference > 0.5 {
        let new = path.with_extension("new.png");
        std::fs::write(&new, &png).unwrap();
        panic!(
            "the export differs from {} by {difference:.2} per channel; see {}",
            path.display(),
            new.display()
        );
    }
    // At 2x the same picture has four times the pixels.
    let twice = decode(&svg_to_png(&svg, 2.0).unwrap());
    assert_eq!((twice.width(), twice.height()), (1600, 900));
}

#[test]
fn svg_matches_the_committed_snapshot() {
    let data = demo_data();
    let view = border_view();
    let options = ImageOptions {
        frame: FrameOptions {
            size_px: [800.0, 450.0],
            ..FrameOptions::default()
        },
        ..ImageOptions::default()
    };
    let svg = view_svg(&data, &view, &options, basemap()).unwrap();
    let path = snapshot_path("export_border_light.svg");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &svg).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with UPDATE_SNAPSHOTS=1 to write it",
            path.display()
        )
    });
    if svg != expected {
        let new = path.with_extension("new.svg");
        std::fs::write(&new, &svg).unwrap();
        let line = svg
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or(svg.lines().count().min(expected.lines().count()), |i| i + 1);
        panic!(
            "the SVG differs from {} from line {line}; see {}",
            path.display(),
            new.display()
        );
    }
}

#[test]
fn a_plan_names_the_files_before_writing_any() {
    let data = demo_data();
    let views = three_views();
    let dir = tempfile::tempdir().unwrap();
    let options = ImageOptions::default();
    let folder = dir.path().join("slides");
    let planned = plan_views(
        &data,
        &views,
        &options,
        &folder,
        Some(ImageFormat::Svg),
        basemap(),
    )
    .unwrap();
    let targets = planned.targets().to_vec();
    assert_eq!(targets[1], folder.join("State to state.svg"));
    // Nothing yet, not even the folder.
    assert!(!folder.exists());
    assert_eq!(planned.write().unwrap(), targets);
    assert!(targets.iter().all(|t| t.is_file()));
    // A deck is the one file asked for.
    let pdf = dir.path().join("deck.pdf");
    let planned = plan_views(&data, &views, &options, &pdf, None, basemap()).unwrap();
    assert_eq!(planned.targets(), std::slice::from_ref(&pdf));
    assert!(!pdf.exists());
}

#[test]
fn a_deck_is_a_pdf_with_a_page_per_view_or_files_named_after_the_titles() {
    let data = demo_data();
    let views = three_views();
    let dir = tempfile::tempdir().unwrap();
    let options = ImageOptions::default();
    let pdf = dir.path().join("deck.pdf");
    let written = export_views(&data, &views, &options, &pdf, None, basemap()).unwrap();
    assert_eq!(written, vec![pdf.clone()]);
    assert_eq!(page_count(&std::fs::read(&pdf).unwrap()), 3);

    // A folder: a file per view, named after the title it carries (the
    // third has none: its name).
    let folder = dir.path().join("slides");
    let written = export_views(
        &data,
        &views,
        &options,
        &folder,
        Some(ImageFormat::Svg),
        basemap(),
    )
    .unwrap();
    let names: Vec<String> = written
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "AK-pattern rifles across the border.svg",
            "State to state.svg",
            "Sonora close-up.svg"
        ]
    );
    let second = std::fs::read_to_string(&written[1]).unwrap();
    let doc = roxmltree::Document::parse(&second).unwrap();
    assert!(texts(&doc).contains(&"State to state".to_owned()));
    // The dark theme's water.
    let water = corridor_core::scene::style::palette(Theme::Dark)
        .water
        .hex();
    assert_eq!(group(&doc, "water").attribute("fill"), Some(water.as_str()));

    // Several views to one PNG name: beside it, after it and the titles.
    let png = dir.path().join("map.png");
    let written = export_views(&data, &views[..2], &options, &png, None, basemap()).unwrap();
    assert_eq!(
        written,
        vec![
            dir.path()
                .join("map - AK-pattern rifles across the border.png"),
            dir.path().join("map - State to state.png")
        ]
    );
    assert!(
        written
            .iter()
            .all(|p| decode(&std::fs::read(p).unwrap()).width() == 1600)
    );

    let error = export_views(
        &data,
        &views,
        &options,
        &dir.path().join("x.gif"),
        None,
        None,
    );
    assert!(error.unwrap_err().to_string().contains("x.gif"));
}

/// The words Corridor writes on an English map that must not appear on a
/// Spanish one (data values such as town names are not in the list).
const ENGLISH_WORDS: [&str; 14] = [
    "Traces per",
    "Source:",
    "Recovered",
    "Purchased",
    "Grouped",
    "Scale ",
    "Colour",
    "Store (purchase)",
    "Recovery site",
    "Made with",
    " flows",
    "weapon classes",
    "rifles",
    "as of",
];

/// The demo's border view with a date range that is not whole years (so
/// the caption writes days) and no title of the user's (so the frame
/// writes one).
fn dated_view() -> SavedView {
    let mut view = border_view();
    view.title.clear();
    view.name.clear();
    view.subtitle.clear();
    view.filter.dates.from = Day::from_ymd(2010, 3, 1);
    view.filter.dates.to = Day::from_ymd(2014, 6, 30);
    view
}

fn svg_in(data: &ViewData, view: &SavedView, wording: Wording) -> (String, String) {
    let options = ImageOptions {
        frame: FrameOptions {
            size_px: [1600.0, 900.0],
            wording,
            ..FrameOptions::default()
        },
        ..ImageOptions::default()
    };
    let svg = view_svg(data, view, &options, basemap()).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let words = texts(&doc).join("\n");
    (svg, words)
}

#[test]
fn a_spanish_map_carries_its_title_caption_legend_and_dates_in_spanish() {
    let data = demo_data();
    let view = dated_view();
    let (_, english) = svg_in(&data, &view, Wording::One(Lang::En));
    assert!(
        english.contains("Recovered 2010-03-01 – 2014-06-30"),
        "{english}"
    );
    assert!(english.contains("Traces per flow"), "{english}");
    let (_, spanish) = svg_in(&data, &view, Wording::One(Lang::Es));
    for expected in [
        "EE. UU. → México",
        "Aseguradas 01/03/2010 – 30/06/2014",
        "Rastreos por flujo",
        "Rastreos por lugar (área)",
        "Armería (compra)",
        "Lugar de aseguramiento",
        "Fuente: corridor-demo-traces.csv (demostración sintética)",
        "Hecho con Natural Earth",
    ] {
        assert!(spanish.contains(expected), "no {expected:?} in:\n{spanish}");
    }
    // Every class drawn is named in Spanish.
    assert!(
        WeaponClass::ALL
            .iter()
            .any(|c| spanish.contains(&c.label(Lang::Es))),
        "{spanish}"
    );
    for word in ENGLISH_WORDS {
        assert!(
            !spanish.contains(word),
            "English {word:?} on the Spanish map:\n{spanish}"
        );
    }
}

#[test]
fn a_bilingual_map_puts_the_second_language_under_the_first() {
    let data = demo_data();
    let view = dated_view();
    let (_, both) = svg_in(
        &data,
        &view,
        Wording::Both {
            first: Lang::En,
            second: Lang::Es,
        },
    );
    let lines: Vec<&str> = both.lines().collect();
    let at = |text: &str| {
        lines
            .iter()
            .position(|l| l.contains(text))
            .unwrap_or_else(|| panic!("no {text:?} in:\n{both}"))
    };
    // The generated title, then its Spanish; the caption, then its Spanish.
    assert!(at("US → Mexico") < at("EE. UU. → México"));
    assert!(at("Recovered 2010-03-01") < at("Aseguradas 01/03/2010"));
    // Legend keys carry both.
    assert!(
        both.contains("Traces per flow / Rastreos por flujo"),
        "{both}"
    );
    assert!(
        both.contains("Store (purchase) / Armería (compra)"),
        "{both}"
    );
    assert!(at("Scale fitted to this filter") < at("Escala ajustada a este filtro"));
    // A title the user wrote is theirs: not doubled.
    let mut titled = view.clone();
    titled.title = "Rifles del norte".into();
    let (_, titled) = svg_in(
        &data,
        &titled,
        Wording::Both {
            first: Lang::Es,
            second: Lang::En,
        },
    );
    assert!(titled.contains("Rifles del norte"));
    assert!(!titled.contains("US → Mexico") && !titled.contains("EE. UU. → México"));
    assert!(
        titled.contains("Rastreos por flujo / Traces per flow"),
        "{titled}"
    );
}

#[test]
fn a_spanish_deck_page_carries_the_spanish_words() {
    let data = demo_data();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("deck.pdf");
    let options = ImageOptions {
        frame: FrameOptions {
            wording: Wording::One(Lang::Es),
            ..FrameOptions::default()
        },
        ..ImageOptions::default()
    };
    export_views(&data, &[dated_view()], &options, &pdf, None, basemap()).unwrap();
    let text = common::export::pdf_text(&std::fs::read(&pdf).unwrap());
    for expected in ["Rastreos por flujo", "Aseguradas 01/03/2010", "Fuente:"] {
        assert!(
            text.contains(expected),
            "no {expected:?} in the PDF page:\n{text}"
        );
    }
    assert!(!text.contains("Traces per flow"), "{text}");
    // Bilingual: both, the second under the first.
    let options = ImageOptions {
        frame: FrameOptions {
            wording: Wording::Both {
                first: Lang::En,
                second: Lang::Es,
            },
            ..FrameOptions::default()
        },
        ..ImageOptions::default()
    };
    export_views(&data, &[dated_view()], &options, &pdf, None, basemap()).unwrap();
    let text = common::export::pdf_text(&std::fs::read(&pdf).unwrap());
    for expected in [
        "Traces per flow / Rastreos por flujo",
        "Recovered 2010-03-01",
        "Aseguradas 01/03/2010",
    ] {
        assert!(
            text.contains(expected),
            "no {expected:?} in the bilingual page:\n{text}"
        );
    }
}
