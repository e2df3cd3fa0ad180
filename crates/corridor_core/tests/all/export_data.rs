//! Data export of the filter: CSV cells that a spreadsheet would run are
//! neutralised, GeoJSON parses and its flows add up to the filtered total,
//! KML is well-formed XML with the text escaped, redaction removes every
//! purchaser id and serial number (and dealer names on request) from every
//! format, and `corridor export-data` does the same headless.

use crate::common::export::{csv_records, demo};

use std::collections::HashSet;
use std::path::Path;

use corridor_core::aggregate::{FlowIndex, Range, TraceFilter};
use corridor_core::briefing::Redaction;
use corridor_core::export::data::{DataFormat, ExportWords, export_data};
use corridor_core::export::map_data::map_data;
use corridor_core::export::traces_csv::{HEADER, write_traces_csv};
use corridor_core::i18n::Lang;
use corridor_core::model::{
    Dataset, Day, Precision, RecoverySite, SiteId, SourceFile, SourceRef, Store, StoreId, TraceRow,
    Weapon, WeaponClass, WeaponId,
};

/// Columns Corridor writes as numbers (or its own ids), never source text.
const NUMERIC: [&str; 14] = [
    "purchaser_dob",
    "obliterated",
    "class",
    "purchase_date",
    "recovery_date",
    "time_to_crime_days",
    "store_lat",
    "store_lon",
    "store_precision",
    "recovery_lat",
    "recovery_lon",
    "recovery_precision",
    "source_line",
    "count",
];

/// One trace whose every text field is `text`, at real coordinates (west
/// and south of zero: negative numbers).
fn dataset_with_text(text: &str) -> Dataset {
    let mut d = Dataset::default();
    let mut s = |t: &str| d.strings.intern(t);
    let t = s(text);
    let store = Store {
        key: t,
        name: t,
        ffl: t,
        city: t,
        state: t,
        lat_deg: 33.45,
        lon_deg: -112.07,
        precision: Precision::Exact,
        source: SourceRef::default(),
    };
    let site = RecoverySite {
        key: t,
        place: t,
        state: t,
        lat_deg: -0.5,
        lon_deg: -107.39,
        date: Day::NONE,
        description: t,
        precision: Precision::City,
        source: SourceRef::default(),
    };
    let weapon = Weapon {
        weapon_type: t,
        make: t,
        model: t,
        caliber: t,
        class: WeaponClass::Pistol,
    };
    d.stores.push(store);
    d.sites.push(site);
    d.weapons.push(weapon);
    d.traces.push(TraceRow {
        trace_id: text,
        serial: text,
        weapon: WeaponId(0),
        class: WeaponClass::Pistol,
        purchase_date: Day::from_ymd(2020, 1, 1).unwrap(),
        recovery_date: Day::from_ymd(2019, 12, 1).unwrap(),
        store: StoreId(0),
        site: SiteId(0),
        purchaser: t,
        case_id: t,
        agency: t,
        case: corridor_core::model::CaseValues {
            purchaser_name: t,
            purchaser_address: t,
            possessor_name: t,
            recovery_event: t,
            nibin_lead: t,
            importer: t,
            country_of_origin: t,
            ..Default::default()
        },
        source: SourceRef { file: 0, line: 7 },
        count: 1,
        date_spans: Default::default(),
    });
    d.sources.push(SourceFile {
        path: text.into(),
        name: text.to_owned(),
        sha256: "0".repeat(64),
        size_bytes: 1,
        synthetic: false,
        sheet: None,
        numbering: Default::default(),
    });
    d
}

#[test]
fn every_text_cell_a_spreadsheet_would_run_is_neutralised() {
    for text in [
        "=HYPERLINK(\"http://x\",\"y\")",
        "+52 55 1234",
        "-5",
        "@SUM(A1:A9)",
        "\tTAB",
        "\r=CR",
    ] {
        let dataset = dataset_with_text(text);
        let mut out = Vec::new();
        write_traces_csv(&dataset, &[0], Redaction::NONE, &mut out).unwrap();
        let records = csv_records(&out);
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].iter().collect::<Vec<_>>(), HEADER);
        let mut text_cells = 0;
        for (header, cell) in HEADER.iter().zip(records[1].iter()) {
            if NUMERIC.contains(header) || *header == "source_sha256" {
                continue;
            }
            // The dataset stores text trimmed, so a leading tab or CR is
            // gone before export (only file names keep it); what is left is
            // neutralised all the same.
            let stored = if *header == "source_file" {
                text
            } else {
                text.trim()
            };
            assert_eq!(
                cell,
                corridor_core::export::csv_safe::neutralise(stored),
                "{header} for {text:?}"
            );
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{header} for {text:?}: {cell:?}"
            );
            if stored == text {
                assert_eq!(cell, format!("'{text}"), "{header} for {text:?}");
            }
            text_cells += 1;
        }
        assert_eq!(text_cells, HEADER.len() - NUMERIC.len() - 1);
        // Numbers stay numbers, negative ones too.
        let cell = |name: &str| &records[1][HEADER.iter().position(|h| *h == name).unwrap()];
        assert_eq!(cell("store_lon"), "-112.070000");
        assert_eq!(cell("recovery_lat"), "-0.500000");
        assert_eq!(cell("time_to_crime_days"), "-31");
        assert_eq!(cell("source_line"), "7");
        assert_eq!(cell("class"), "pistol");
    }
    // Harmless text is written as is.
    let mut out = Vec::new();
    write_traces_csv(
        &dataset_with_text("Glock 19"),
        &[0],
        Redaction::NONE,
        &mut out,
    )
    .unwrap();
    assert_eq!(&csv_records(&out)[1][2], "Glock 19");
}

fn some_filter() -> TraceFilter {
    let mut filter = TraceFilter::default();
    filter.set_class(WeaponClass::Pistol, false);
    filter.dates = Range {
        from: Day::from_ymd(2014, 1, 1),
        to: Day::from_ymd(2019, 12, 31),
    };
    filter
}

fn export_to_string(
    dataset: &Dataset,
    filter: &TraceFilter,
    redaction: Redaction,
    format: DataFormat,
    dir: &Path,
) -> (String, corridor_core::export::data::DataExport) {
    let index = FlowIndex::build(dataset);
    let path = dir.join(format!("out.{}", format.extension()));
    let written = export_data(
        dataset,
        &index,
        filter,
        redaction,
        format,
        ExportWords {
            title: "Brief",
            lang: Lang::En,
        },
        &path,
    )
    .unwrap();
    let bytes = std::fs::read(&path).unwrap();
    // Parquet pages are compressed: its rows are searched as the table
    // text Corridor reads from them.
    let text = if format == DataFormat::Parquet {
        corridor_core::import::parquet_file::read_parquet(bytes)
            .unwrap()
            .text
    } else {
        String::from_utf8(bytes).unwrap()
    };
    (text, written)
}

#[test]
fn csv_rows_are_the_filtered_traces_with_provenance() {
    let out = demo();
    let dir = tempfile::tempdir().unwrap();
    let filter = some_filter();
    let (text, written) = export_to_string(
        &out.dataset,
        &filter,
        Redaction::NONE,
        DataFormat::Csv,
        dir.path(),
    );
    let index = FlowIndex::build(&out.dataset);
    let expected = corridor_core::aggregate::aggregate(&out.dataset, &index, &filter).traces;
    assert!(expected > 100 && (expected as usize) < out.dataset.traces.len());
    let records = csv_records(text.as_bytes());
    assert_eq!(records.len() as u32 - 1, expected);
    assert_eq!(written.traces, expected);
    let column = |name: &str| HEADER.iter().position(|h| *h == name).unwrap();
    let sha = &out.dataset.sources[0].sha256;
    for record in &records[1..] {
        assert_eq!(&record[column("source_file")], "corridor-demo-traces.csv");
        assert_eq!(&record[column("source_sha256")], sha.as_str());
        let line: usize = record[column("source_line")].parse().unwrap();
        // The line holds this trace id in the source.
        let source_line = std::str::from_utf8(corridor_core::demo::DEMO_TRACES_CSV)
            .unwrap()
            .lines()
            .nth(line - 1)
            .unwrap();
        assert!(
            source_line.starts_with(&record[column("trace_id")]),
            "{line}"
        );
        assert_ne!(&record[column("class")], "pistol");
    }
}

#[test]
fn geojson_parses_and_flows_add_up_to_the_filtered_total() {
    let out = demo();
    let dir = tempfile::tempdir().unwrap();
    let filter = some_filter();
    let (text, written) = export_to_string(
        &out.dataset,
        &filter,
        Redaction::NONE,
        DataFormat::GeoJson,
        dir.path(),
    );
    let geojson: geojson::GeoJson = text.parse().unwrap();
    let geojson::GeoJson::FeatureCollection(collection) = geojson else {
        panic!("not a FeatureCollection")
    };
    let index = FlowIndex::build(&out.dataset);
    let summary = corridor_core::aggregate::aggregate(&out.dataset, &index, &filter);
    let (mut flow_total, mut store_total, mut site_total) = (0u64, 0u64, 0u64);
    let mut class_total = [0u64; WeaponClass::COUNT];
    let (mut points, mut lines) = (0, 0);
    for feature in &collection.features {
        let properties = feature.properties.as_ref().unwrap();
        let kind = properties["kind"].as_str().unwrap();
        let value = &feature.geometry.as_ref().unwrap().value;
        match kind {
            "flow" => {
                assert!(matches!(value, geojson::GeometryValue::LineString { .. }));
                let count = properties["count"].as_u64().unwrap();
                let by_class = properties["by_class"].as_object().unwrap();
                let mut sum = 0;
                for (id, n) in by_class {
                    let class = WeaponClass::from_id(id).unwrap();
                    assert_ne!(class, WeaponClass::Pistol, "filtered out");
                    class_total[class.index()] += n.as_u64().unwrap();
                    sum += n.as_u64().unwrap();
                }
                assert_eq!(sum, count, "class mix adds up to the flow");
                flow_total += count;
                lines += 1;
            }
            "store" | "recovery_site" => {
                assert!(matches!(value, geojson::GeometryValue::Point { .. }));
                let traces = properties["traces"].as_u64().unwrap();
                assert!(traces > 0);
                if kind == "store" {
                    store_total += traces;
                } else {
                    site_total += traces;
                }
                points += 1;
            }
            other => panic!("unexpected kind {other}"),
        }
    }
    assert_eq!(flow_total, summary.traces as u64);
    assert_eq!(store_total, summary.traces as u64);
    assert_eq!(site_total, summary.traces as u64);
    assert_eq!(written.traces, summary.traces);
    assert_eq!(lines, summary.flows.len());
    assert_eq!(
        points,
        // Unclustered: one node per store and per site.
        summary.node_totals.iter().filter(|&&n| n > 0).count()
    );
    let mut expected_classes = [0u64; WeaponClass::COUNT];
    for flow in &summary.flows {
        for class in WeaponClass::ALL {
            expected_classes[class.index()] += flow.by_class[class.index()] as u64;
        }
    }
    assert_eq!(class_total, expected_classes);
}

#[test]
fn kml_is_well_formed_and_escapes_text() {
    // Names with every character XML reserves, and a control character.
    let dataset = dataset_with_text("Guns & <Ammo> \"R\" 'Us'\u{1}");
    let dir = tempfile::tempdir().unwrap();
    let (text, _) = export_to_string(
        &dataset,
        &TraceFilter::default(),
        Redaction::NONE,
        DataFormat::Kml,
        dir.path(),
    );
    let document = roxmltree::Document::parse(&text).unwrap();
    let placemarks: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("Placemark"))
        .collect();
    assert_eq!(placemarks.len(), 3, "store, site and a flow");
    let name = |n: &roxmltree::Node<'_, '_>| {
        n.children()
            .find(|c| c.has_tag_name("name"))
            .and_then(|c| c.text())
            .unwrap()
            .to_owned()
    };
    let clean = "Guns & <Ammo> \"R\" 'Us'";
    assert_eq!(name(&placemarks[0]), format!("{clean}, {clean}, {clean}"));
    assert!(name(&placemarks[2]).contains(" to "));
    let coordinates: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("coordinates"))
        .map(|n| n.text().unwrap().to_owned())
        .collect();
    assert_eq!(coordinates[0], "-112.07,33.45");
    assert_eq!(coordinates[2], "-112.07,33.45 -107.39,-0.5");

    // The demo too, with a placemark per place and flow.
    let out = demo();
    let (text, written) = export_to_string(
        &out.dataset,
        &some_filter(),
        Redaction::NONE,
        DataFormat::Kml,
        dir.path(),
    );
    let document = roxmltree::Document::parse(&text).unwrap();
    let count = document
        .descendants()
        .filter(|n| n.has_tag_name("Placemark"))
        .count();
    assert_eq!(count, written.items);
}

/// Words made of letters, digits, `-` and `_`: the demo's ids and serials
/// are such words, so a set of them finds any left in the output.
fn words(text: &str) -> rustc_hash::FxHashSet<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn redaction_removes_every_identifier_from_every_format() {
    let out = demo();
    let d = &out.dataset;
    let filter = TraceFilter::default();
    let identifiers: HashSet<String> = (0..d.traces.len())
        .flat_map(|row| {
            [
                d.traces.serial.get(row).to_owned(),
                d.str(d.traces.purchaser[row]).to_owned(),
            ]
        })
        .filter(|s| !s.is_empty())
        .collect();
    assert!(identifiers.len() > 1000);
    assert!(
        identifiers.iter().all(|id| words(id).len() == 1),
        "ids are single words"
    );
    let places: HashSet<&str> = d
        .stores
        .iter()
        .flat_map(|s| [d.str(s.city), d.str(s.state)])
        .chain(
            d.sites
                .iter()
                .flat_map(|s| [d.str(s.place), d.str(s.state)]),
        )
        .collect();
    let dealers: HashSet<String> = d
        .stores
        .iter()
        .flat_map(|s| [d.str(s.name), d.str(s.ffl), d.str(s.key)])
        .filter(|s| !s.is_empty() && !places.contains(s))
        .map(str::to_owned)
        .collect();
    assert!(dealers.len() > 100);
    let dir = tempfile::tempdir().unwrap();
    // Each name with its words, split once: the searches below run over
    // tens of thousands of names per export.
    let split = |names: &HashSet<String>| -> Vec<(String, Vec<String>)> {
        names
            .iter()
            .map(|n| (n.clone(), words(n).into_iter().map(str::to_owned).collect()))
            .collect()
    };
    let (identifier_names, dealer_names) = (split(&identifiers), split(&dealers));
    // How many of `of` are in `text` (whose words are `found`); stops
    // counting past `enough`.
    let leaked_up_to = |text: &str,
                        found: &rustc_hash::FxHashSet<&str>,
                        of: &[(String, Vec<String>)],
                        enough: usize|
     -> usize {
        of.iter()
            .filter(|(name, name_words)| {
                // Word sets first: a multi-word name is only searched for
                // when each of its words is there.
                name_words.iter().all(|w| found.contains(w.as_str()))
                    && (name_words.len() == 1 || text.contains(name.as_str()))
            })
            .take(enough)
            .count()
    };
    let leaked =
        |text: &str, of: &[(String, Vec<String>)]| leaked_up_to(text, &words(text), of, usize::MAX);
    for format in DataFormat::ALL {
        let (plain, _) = export_to_string(d, &filter, Redaction::NONE, format, dir.path());
        let found = words(&plain);
        // Unredacted, the dealers are named in every format (so the checks
        // below can fail), and the CSV holds the identifiers.
        assert!(
            leaked_up_to(&plain, &found, &dealer_names, 101) > 100,
            "{format:?}"
        );
        if format == DataFormat::Csv {
            assert_eq!(
                leaked_up_to(&plain, &found, &identifier_names, usize::MAX),
                identifiers.len()
            );
        }
        let people = Redaction {
            identifiers: true,
            dealer_names: false,
        };
        let (text, _) = export_to_string(d, &filter, people, format, dir.path());
        let found = words(&text);
        assert_eq!(
            leaked_up_to(&text, &found, &identifier_names, usize::MAX),
            0,
            "{format:?}"
        );
        assert!(
            leaked_up_to(&text, &found, &dealer_names, 101) > 100,
            "{format:?} keeps dealers"
        );
        let all = Redaction {
            identifiers: true,
            dealer_names: true,
        };
        let (text, _) = export_to_string(d, &filter, all, format, dir.path());
        let found = words(&text);
        assert_eq!(
            leaked_up_to(&text, &found, &identifier_names, usize::MAX),
            0,
            "{format:?}"
        );
        assert_eq!(
            leaked_up_to(&text, &found, &dealer_names, usize::MAX),
            0,
            "{format:?}"
        );
        assert!(text.contains("[redacted]"));
    }
    // Map images: the map never labels people or dealers, redacted or not,
    // even with every store on its own at a close zoom; redacted ones say so.
    let view_data = corridor_core::render::ViewData::build(d.clone());
    let close_up = corridor_core::briefing::SavedView {
        name: "Phoenix".into(),
        camera: corridor_core::scene::MapView {
            center_lat_deg: 33.45,
            center_lon_deg: -112.07,
            zoom: 9.0,
        },
        grouping: corridor_core::cluster::Grouping::Locations,
        ..Default::default()
    };
    for redaction in [
        Redaction::NONE,
        Redaction {
            identifiers: true,
            dealer_names: true,
        },
    ] {
        let options = corridor_core::export::image::ImageOptions {
            redaction,
            ..Default::default()
        };
        let svg = corridor_core::export::image::view_svg(
            &view_data,
            &close_up,
            &options,
            corridor_core::basemap::shared(),
        )
        .unwrap();
        assert!(svg.contains("<g id=\"symbols\">\n<"), "stores are drawn");
        assert_eq!(leaked(&svg, &identifier_names), 0);
        assert_eq!(leaked(&svg, &dealer_names), 0);
        assert_eq!(svg.contains(">REDACTED</text>"), redaction.is_active());
    }
    // flowmap.blue names single stores after their dealer, unless redacted.
    let all = Redaction {
        identifiers: true,
        dealer_names: true,
    };
    for redaction in [Redaction::NONE, all] {
        let out = dir
            .path()
            .join(format!("flowmap-{}", redaction.dealer_names));
        corridor_core::export::flowmap_blue::export_flowmap_blue_dir(
            d,
            &FlowIndex::build(d),
            &filter,
            redaction,
            &out,
        )
        .unwrap();
        let locations = std::fs::read_to_string(out.join("locations.csv")).unwrap();
        let named = leaked_up_to(&locations, &words(&locations), &dealer_names, 101);
        if redaction.dealer_names {
            assert_eq!(named, 0);
        } else {
            assert!(named > 100, "{named}");
        }
    }
    // The places themselves stay: redaction hides people and dealers only.
    let data = map_data(
        d,
        &FlowIndex::build(d),
        &filter,
        Redaction {
            identifiers: true,
            dealer_names: true,
        },
    );
    // Stores keep a stable alias (Dealer C), never their name.
    assert!(
        data.places
            .iter()
            .all(|p| p.kind.id() != "store" || p.name.starts_with("Dealer "))
    );
    assert!(data.places.iter().any(|p| !p.state.is_empty()));
}

#[test]
fn redacted_rows_carry_stable_aliases_and_the_key_stays_apart() {
    use corridor_core::briefing::aliases::{PurchaserAliases, alias_key_csv};
    let out = crate::common::load(&[(
        "corridor-demo-traces.csv",
        corridor_core::demo::DEMO_TRACES_CSV,
    )]);
    let d = &out.dataset;
    let rows: Vec<u32> = (0..d.traces.len() as u32).collect();
    let all = Redaction {
        identifiers: true,
        dealer_names: true,
    };
    let mut bytes = Vec::new();
    write_traces_csv(d, &rows, all, &mut bytes).unwrap();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (purchaser, store) = (column("purchaser_id"), column("store_name"));
    let mut alias_of = std::collections::HashMap::new();
    for (row, record) in reader.records().enumerate() {
        let record = record.unwrap();
        let real = d.str(d.traces.purchaser[row]);
        let alias = &record[purchaser];
        if real.is_empty() {
            assert!(alias.is_empty());
            continue;
        }
        assert!(alias.starts_with("Purchaser "), "{alias}");
        // One real purchaser, one alias, on every row.
        assert_eq!(
            alias_of
                .entry(real.to_owned())
                .or_insert_with(|| alias.to_owned()),
            alias
        );
        assert!(record[store].starts_with("Dealer "), "{}", &record[store]);
    }
    assert!(alias_of.len() > 1);
    let text = String::from_utf8(bytes).unwrap();
    // Purchaser ids are single words: a word set instead of a substring
    // search of the whole file per purchaser (seconds in a debug build).
    let found = words(&text);
    assert!(alias_of.keys().all(|real| words(real).len() == 1));
    assert!(alias_of.keys().all(|real| !found.contains(real.as_str())));
    // The key maps each alias back, and is a file of its own.
    let key = alias_key_csv(d, &PurchaserAliases::build(d)).unwrap();
    for (real, alias) in alias_of.iter().take(20) {
        assert!(
            key.contains(&format!("{alias},purchaser,,{real}")),
            "{alias}"
        );
    }
}
