//! Exports explain themselves: a Texas → Tamaulipas slide carries its
//! title, the filter in words (class labels, never ids), the data's source
//! and date, names beside the places it connects that never overlap, and
//! a basemap that reaches every corner of the frame.

use corridor_core::aggregate::areas::{AreaIndex, AreaLevel};
use corridor_core::aggregate::corridors::corridor_selection;
use corridor_core::briefing::{Redaction, SavedView};
use corridor_core::cluster::Grouping;
use corridor_core::export::image::raster::svg_to_png;
use corridor_core::export::image::text_metrics::measure;
use corridor_core::export::image::{ImageOptions, view_svg};
use corridor_core::model::{Day, WeaponClass};
use corridor_core::render::frame::FrameOptions;
use corridor_core::render::place_labels::ScreenBox;
use corridor_core::render::{MapFrame, ViewData};
use corridor_core::scene::{MapView, Theme};

use crate::common::export::{decode, demo, group, texts};

fn demo_data() -> ViewData {
    ViewData::build(demo().dataset)
}

/// AK-pattern rifles bought in Texas and recovered in Tamaulipas in
/// 2010–2012, untitled: the image must say all that itself.
fn texas_to_tamaulipas(data: &ViewData, grouping: Grouping) -> SavedView {
    let areas = AreaIndex::build(
        &data.dataset,
        corridor_core::basemap::shared(),
        AreaLevel::State,
    );
    let mut view = SavedView {
        selection: corridor_selection(&areas, "US-TX", "MX-TAM"),
        camera: MapView {
            center_lat_deg: 27.5,
            center_lon_deg: -99.0,
            zoom: 5.5,
        },
        grouping,
        ..SavedView::default()
    };
    assert!(!view.selection.stores.is_empty() && !view.selection.sites.is_empty());
    for class in WeaponClass::ALL {
        view.filter
            .set_class(class, class == WeaponClass::AkPattern);
    }
    view.filter.dates.from = Day::from_ymd(2010, 1, 1);
    view.filter.dates.to = Day::from_ymd(2012, 12, 31);
    view
}

const TITLE: &str = "Texas → Tamaulipas, AK-pattern rifles, 2010–2012";
const SOURCE: &str = "Source: corridor-demo-traces.csv (synthetic demo) · as of 2014-12-31";

#[test]
fn a_texas_to_tamaulipas_slide_says_what_it_shows() {
    let data = demo_data();
    let view = texas_to_tamaulipas(&data, Grouping::Clusters);
    let options = ImageOptions {
        redaction: Redaction {
            identifiers: true,
            dealer_names: false,
        },
        ..ImageOptions::default()
    };
    let svg = view_svg(&data, &view, &options, corridor_core::basemap::shared()).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let texts = texts(&doc);
    // The default title, as the heading and as the document's title.
    assert!(texts.contains(&TITLE.to_owned()), "{texts:?}");
    assert!(svg.contains(&format!("<title>{TITLE}</title>")));
    // The filter in words under it, the source line at the bottom.
    let caption = "AK-pattern rifles · Recovered 2010–2012 · Identifiers redacted";
    assert!(texts.contains(&caption.to_owned()), "{texts:?}");
    assert!(texts.contains(&SOURCE.to_owned()), "{texts:?}");
    // Both ends of the corridor are named beside their symbols.
    let names: Vec<String> = group(&doc, "endpoints")
        .children()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect();
    assert!(names.iter().any(|n| n.ends_with(", TX")), "{names:?}");
    assert!(names.iter().any(|n| n.contains("Tamaulipas")), "{names:?}");
}

#[test]
fn no_internal_id_appears_in_an_export() {
    let data = demo_data();
    let mut view = texas_to_tamaulipas(&data, Grouping::Clusters);
    // Every class but one: the caption lists seven labels.
    view.filter.classes = [true; WeaponClass::COUNT];
    view.filter.set_class(WeaponClass::Unknown, false);
    view.filter.dates = Default::default();
    let svg = view_svg(
        &data,
        &view,
        &ImageOptions::default(),
        corridor_core::basemap::shared(),
    )
    .unwrap();
    for class in WeaponClass::ALL {
        if class.id().contains('_') {
            assert!(!svg.contains(class.id()), "{} in the SVG", class.id());
        }
    }
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let caption = texts(&doc)
        .into_iter()
        .find(|t| t.starts_with("AK-pattern rifles, AR-pattern rifles, .50-calibre rifles"))
        .expect("the classes by their labels");
    assert!(caption.contains("Other firearms"), "{caption}");
    assert!(!caption.contains("Unknown"), "{caption}");
}

#[test]
fn names_never_overlap_each_other_or_the_boxes_over_the_map() {
    let data = demo_data();
    for grouping in [
        Grouping::Clusters,
        Grouping::Areas(AreaLevel::State),
        Grouping::Locations,
    ] {
        let view = texas_to_tamaulipas(&data, grouping);
        let frame = MapFrame::for_view(
            &data,
            &view,
            Redaction::NONE,
            corridor_core::basemap::shared(),
            &FrameOptions::default(),
            &measure,
        )
        .unwrap();
        let names: Vec<&str> = frame
            .endpoint_labels
            .iter()
            .map(|l| l.text.as_str())
            .collect();
        if grouping == Grouping::Areas(AreaLevel::State) {
            // The selection is named first: both of its states.
            assert!(
                names.contains(&"Texas") && names.contains(&"Tamaulipas"),
                "{names:?}"
            );
        }
        assert!(!names.is_empty(), "{grouping:?}");
        let frame_box = ScreenBox::new([0.0, 0.0], frame.size_px);
        let boxes: Vec<ScreenBox> = frame
            .endpoint_labels
            .iter()
            .map(|l| l.rect)
            .chain(frame.labels.towns.iter().map(|t| t.label.rect))
            .chain(
                frame
                    .labels
                    .ports
                    .iter()
                    .filter_map(|p| p.label.as_ref().map(|l| l.rect)),
            )
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            assert!(frame_box.contains(a.min) && frame_box.contains(a.max));
            for b in &boxes[i + 1..] {
                assert!(!a.intersects(b), "{grouping:?}: {a:?} and {b:?} overlap");
            }
        }

        // In the image, no name is hidden under the title or the legend.
        let svg = view_svg(
            &data,
            &view,
            &ImageOptions::default(),
            corridor_core::basemap::shared(),
        )
        .unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let panel = |id: &str| {
            let rect = group(&doc, id)
                .children()
                .find(|n| n.has_tag_name("rect"))
                .expect("a panel");
            let n = |a: &str| rect.attribute(a).unwrap().parse::<f32>().unwrap();
            ScreenBox::new(
                [n("x"), n("y")],
                [n("x") + n("width"), n("y") + n("height")],
            )
        };
        let (title, legend) = (panel("title"), panel("legend"));
        for id in ["places", "endpoints"] {
            for text in group(&doc, id)
                .children()
                .filter(|n| n.has_tag_name("text"))
            {
                let n = |a: &str| text.attribute(a).unwrap().parse::<f32>().unwrap();
                let at = [n("x") + 1.0, n("y") - 2.0];
                assert!(
                    !title.contains(at) && !legend.contains(at),
                    "{grouping:?}: {:?} under a panel",
                    text.text()
                );
            }
        }
    }
}

#[test]
fn the_basemap_covers_the_frame_to_its_top_right_corner() {
    // Northern Canada at zoom 4: the frame's top-right corner lies over
    // Greenland (75.9° N, 40° W), well outside the box the countries'
    // land was clipped to (60° N, 55° W). It used to show sea there.
    let data = demo_data();
    let view = SavedView {
        title: "The Arctic".into(),
        camera: MapView {
            center_lat_deg: 60.5,
            center_lon_deg: -110.3,
            zoom: 4.0,
        },
        ..SavedView::default()
    };
    let options = ImageOptions {
        frame: FrameOptions {
            towns: false,
            ports: false,
            legend: false,
            ..FrameOptions::default()
        },
        ..ImageOptions::default()
    };
    let svg = view_svg(&data, &view, &options, corridor_core::basemap::shared()).unwrap();
    let image = decode(&svg_to_png(&svg, 1.0).unwrap());
    let palette = corridor_core::scene::style::palette(Theme::Light);
    let near = |pixel: [u8; 4], color: [u8; 4]| (0..3).all(|i| pixel[i].abs_diff(color[i]) <= 2);
    let pixel = |x: u32, y: u32| {
        let p = image.pixel(x, y).expect("inside").demultiply();
        [p.red(), p.green(), p.blue(), p.alpha()]
    };
    let (width, height) = (image.width(), image.height());
    assert_eq!((width, height), (1600, 900));
    let corner: Vec<[u8; 4]> = (0..40)
        .flat_map(|dy| (0..40).map(move |dx| (width - 40 + dx, dy)))
        .map(|(x, y)| pixel(x, y))
        .collect();
    let land = corner
        .iter()
        .filter(|p| near(**p, palette.land_other.0))
        .count();
    let water = corner.iter().filter(|p| near(**p, palette.water.0)).count();
    assert!(
        land > corner.len() * 9 / 10,
        "the top-right corner is land (Greenland): {land} land, {water} water of {}",
        corner.len()
    );
    // And the Arctic mainland under the middle of the top edge: Nunavut.
    let transform = corridor_core::scene::transform::ScreenTransform::centered(
        corridor_core::geometry::mercator::project(60.5, -110.3),
        4.0,
        [1600.0, 900.0],
    );
    let [x, y] = transform.to_screen(corridor_core::geometry::mercator::project(66.0, -100.0));
    assert!(near(pixel(x as u32, y as u32), palette.land_other.0));
}
