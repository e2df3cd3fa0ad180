//! Criterion benchmarks of the GUI-free core (`cargo bench`); figures and the
//! machine they were measured on are in docs/benchmarks.md.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs,
    reason = "benchmark set-up: a panic aborts the measurement with its message"
)]

use std::hint::black_box;

use corridor_core::aggregate::{FlowIndex, TraceFilter, aggregate};
use corridor_core::classify::{CachedClassifier, Classifier};
use corridor_core::import::builder::DatasetBuilder;
use corridor_core::import::{DataSource, ImportControl, ImportOptions, import_into};
use corridor_core::model::WeaponClass;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn classifier() -> Classifier {
    Classifier::shipped().expect("shipped rules")
}

/// The distinct (weapon type, make, model, caliber) combinations of the demo
/// data, as the importer meets them.
fn rows() -> Vec<(String, String, String, String)> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(corridor_core::demo::DEMO_TRACES_CSV);
    let mut rows: Vec<(String, String, String, String)> = reader
        .records()
        .skip(2)
        .filter_map(Result::ok)
        .map(|r| {
            (
                r[1].to_owned(),
                r[2].to_owned(),
                r[3].to_owned(),
                r[4].to_owned(),
            )
        })
        .collect();
    rows.sort();
    rows.dedup();
    rows
}

fn classify(c: &mut Criterion) {
    let rows = rows();
    let shipped = classifier();
    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Elements(rows.len() as u64));
    group.bench_function("uncached", |b| {
        b.iter(|| {
            let mut counts = [0u32; WeaponClass::COUNT];
            for (t, ma, mo, ca) in &rows {
                counts[shipped.classify(t, ma, mo, ca).class.index()] += 1;
            }
            black_box(counts)
        });
    });
    let mut cached = CachedClassifier::new(shipped.clone());
    group.bench_function("cached", |b| {
        b.iter(|| {
            let mut counts = [0u32; WeaponClass::COUNT];
            for (t, ma, mo, ca) in &rows {
                counts[cached.classify(t, ma, mo, ca).class.index()] += 1;
            }
            black_box(counts)
        });
    });
    group.finish();
}

fn demo_source() -> DataSource {
    DataSource::Bytes {
        name: "corridor-demo-traces.csv".to_owned(),
        bytes: corridor_core::demo::DEMO_TRACES_CSV.to_vec(),
    }
}

fn import_demo(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(
        corridor_core::demo::DEMO_TRACES_CSV.len() as u64,
    ));
    group.bench_function("demo_20k_traces", |b| {
        b.iter(|| {
            let builder = DatasetBuilder::new(CachedClassifier::new(classifier()));
            let out = import_into(
                builder,
                &[demo_source()],
                &ImportOptions::default(),
                &ImportControl::default(),
            )
            .expect("not cancelled");
            black_box(out.dataset.traces.len())
        });
    });
    group.finish();
}

fn aggregate_demo(c: &mut Criterion) {
    let builder = DatasetBuilder::new(CachedClassifier::new(classifier()));
    let out = import_into(
        builder,
        &[demo_source()],
        &ImportOptions::default(),
        &ImportControl::default(),
    )
    .expect("not cancelled");
    let index = FlowIndex::build(&out.dataset);
    let mut group = c.benchmark_group("aggregate_demo_20k");
    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    group.bench_function("class_filter", |b| {
        b.iter(|| black_box(aggregate(&out.dataset, &index, &no_ak).traces));
    });
    let text = TraceFilter {
        make_model: "colt".to_owned(),
        ..TraceFilter::default()
    };
    group.bench_function("make_model_filter", |b| {
        b.iter(|| black_box(aggregate(&out.dataset, &index, &text).traces));
    });
    group.bench_function("flow_index_build", |b| {
        b.iter(|| black_box(FlowIndex::build(&out.dataset).pairs.len()));
    });
    group.finish();
}

/// Resident set size of this process, from /proc (Linux).
fn rss_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// The generator's 1M-trace flat CSV, loaded from disk as the app loads it.
/// The generator's flat file of `traces` traces (seed 7) in
/// `$TMPDIR/<folder>/`, written on first use.
fn generated_file(traces: u64, folder: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(folder);
    let path = dir.join(corridor_core::generate::FLAT_FILE_NAME);
    if !path.is_file() {
        let basemap = corridor_core::basemap::Basemap::embedded().expect("basemap");
        let options = corridor_core::generate::GenerateOptions {
            traces,
            seed: 7,
            linked: false,
            agencies: false,
        };
        corridor_core::generate::generate_files(&basemap, options, &dir).expect("generate");
    }
    path
}

fn import_1m(c: &mut Criterion) {
    let path = generated_file(1_000_000, "corridor-bench-1m");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    let load = || {
        let builder = DatasetBuilder::new(CachedClassifier::new(classifier()));
        import_into(
            builder,
            &[DataSource::Path(path.clone())],
            &ImportOptions::default(),
            &ImportControl::default(),
        )
        .expect("not cancelled")
    };

    // Memory once loaded: what the data holds, and what the process grew by.
    let before = rss_bytes();
    let out = load();
    let loaded = rss_bytes();
    let index = FlowIndex::build(&out.dataset);
    let indexed = rss_bytes();
    let traces = out.dataset.traces.len() as f64;
    let per_trace = |from: Option<u64>, to: Option<u64>| match (from, to) {
        (Some(from), Some(to)) => to.saturating_sub(from) as f64 / traces,
        _ => f64::NAN,
    };
    eprintln!(
        "1M load: {traces} traces; dataset heap {:.1} B/trace, flow index heap {:.1} B/trace; \
         process RSS growth {:.1} B/trace after loading, {:.1} B/trace with the flow index",
        out.dataset.heap_bytes() as f64 / traces,
        index.heap_bytes() as f64 / traces,
        per_trace(before, loaded),
        per_trace(before, indexed),
    );
    drop((out, index));

    // The same traces as Parquet, written by Corridor's own export (typed
    // columns, Snappy), then read from disk.
    let parquet_path = path.with_extension("parquet");
    if !parquet_path.is_file() {
        let out = load();
        let rows: Vec<u32> = (0..out.dataset.traces.len() as u32).collect();
        let file = std::fs::File::create(&parquet_path).expect("parquet file");
        corridor_core::export::traces_parquet::write_traces_parquet(
            &out.dataset,
            &rows,
            corridor_core::briefing::Redaction::NONE,
            std::io::BufWriter::new(file),
        )
        .expect("parquet written");
    }
    let load_parquet = || {
        let builder = DatasetBuilder::new(CachedClassifier::new(classifier()));
        import_into(
            builder,
            &[DataSource::Path(parquet_path.clone())],
            &ImportOptions::default(),
            &ImportControl::default(),
        )
        .expect("not cancelled")
    };
    assert_eq!(load_parquet().dataset.traces.len(), 1_000_000);
    eprintln!(
        "1M Parquet: {} bytes (CSV {size} bytes)",
        std::fs::metadata(&parquet_path).map_or(0, |m| m.len())
    );

    let mut group = c.benchmark_group("import_1m");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(size));
    group.bench_function("flat_csv_from_disk", |b| {
        b.iter(|| black_box(load().dataset.traces.len()));
    });
    group.bench_function("parquet_from_disk", |b| {
        b.iter(|| black_box(load_parquet().dataset.traces.len()));
    });
    group.finish();
}

/// A 100,000-trace generated file as CSV and as an Excel workbook (dates
/// as date cells, numbers as number cells, as an export from Excel holds
/// them), each loaded from disk.
fn import_workbook_100k(c: &mut Criterion) {
    let csv_path = generated_file(100_000, "corridor-bench-100k");
    let dir = csv_path.parent().expect("in a folder").to_owned();
    let xlsx_path = dir.join("traces-100k.xlsx");
    if !xlsx_path.is_file() {
        write_workbook(&csv_path, &xlsx_path);
    }
    let load = |path: &std::path::Path| {
        let builder = DatasetBuilder::new(CachedClassifier::new(classifier()));
        import_into(
            builder,
            &[DataSource::Path(path.to_owned())],
            &ImportOptions::default(),
            &ImportControl::default(),
        )
        .expect("not cancelled")
    };
    let (from_csv, from_xlsx) = (load(&csv_path), load(&xlsx_path));
    assert_eq!(
        from_csv.dataset.traces.len(),
        from_xlsx.dataset.traces.len()
    );
    eprintln!(
        "100k workbook: {} traces, {} bytes as xlsx, {} as CSV",
        from_xlsx.dataset.traces.len(),
        std::fs::metadata(&xlsx_path).map_or(0, |m| m.len()),
        std::fs::metadata(&csv_path).map_or(0, |m| m.len()),
    );
    let mut group = c.benchmark_group("import_100k");
    group.sample_size(10);
    group.bench_function("xlsx_from_disk", |b| {
        b.iter(|| black_box(load(&xlsx_path).dataset.traces.len()));
    });
    group.bench_function("flat_csv_from_disk", |b| {
        b.iter(|| black_box(load(&csv_path).dataset.traces.len()));
    });
    group.finish();
}

/// A flowmap.blue pair the size of the example: 5,366 flows between
/// 150 stores and 150 recovery sites standing for 7,009,728 firearms
/// (counts heavy-tailed, from a fixed seed), as (locations, flows) text.
/// Also written to `target/bench-data/flowmap-5366/` for the end-to-end
/// `corridor check` measurement in docs/benchmarks.md.
fn flowmap_5366() -> (String, String) {
    let mut locations = String::from("id,name,lat,lon\n");
    for i in 0..150 {
        let (lat, lon) = (
            29.0 + f64::from(i % 15) * 0.5,
            -117.0 + f64::from(i / 15) * 2.0,
        );
        locations.push_str(&format!("s{i},Store {i},{lat:.3},{lon:.3}\n"));
        let (lat, lon) = (
            17.0 + f64::from(i % 15) * 0.6,
            -115.0 + f64::from(i / 15) * 1.8,
        );
        locations.push_str(&format!("r{i},Site {i},{lat:.3},{lon:.3}\n"));
    }
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as u32
    };
    let mut weights: Vec<(u32, u32, u64)> = Vec::new();
    let mut pairs = std::collections::HashSet::new();
    while weights.len() < 5_366 {
        let (a, b) = (next() % 150, next() % 150);
        if pairs.insert((a, b)) {
            // 1/u: a few large corridors, many small ones.
            let w = 1_000_000 / u64::from(next() % 1_000 + 1);
            weights.push((a, b, w));
        }
    }
    let total_weight: u64 = weights.iter().map(|w| w.2).sum();
    let target = 7_009_728u64;
    let mut counts: Vec<u64> = weights
        .iter()
        .map(|w| (w.2 * target / total_weight).max(1))
        .collect();
    let sum: u64 = counts.iter().sum();
    counts[0] = counts[0] + target - sum;
    let mut flows = String::from("origin,dest,count\n");
    for ((a, b, _), n) in weights.iter().zip(&counts) {
        flows.push_str(&format!("s{a},r{b},{n}\n"));
    }
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/bench-data/flowmap-5366");
    if std::fs::create_dir_all(&folder).is_ok() {
        let _ = std::fs::write(folder.join("locations.csv"), &locations);
        let _ = std::fs::write(folder.join("flows.csv"), &flows);
    }
    (locations, flows)
}

fn import_flowmap(c: &mut Criterion) {
    let (locations, flows) = flowmap_5366();
    let sources = [
        DataSource::Bytes {
            name: "locations.csv".to_owned(),
            bytes: locations.into_bytes(),
        },
        DataSource::Bytes {
            name: "flows.csv".to_owned(),
            bytes: flows.into_bytes(),
        },
    ];
    let load = || {
        let builder = DatasetBuilder::new(CachedClassifier::new(classifier()));
        import_into(
            builder,
            &sources,
            &ImportOptions::default(),
            &ImportControl::default(),
        )
        .expect("not cancelled")
    };
    let out = load();
    assert_eq!(out.dataset.traces.firearms(), 7_009_728);
    assert_eq!(out.dataset.traces.len(), 5_366);
    eprintln!(
        "flowmap 5,366 flows: {} firearms in {} records, dataset heap {} bytes",
        out.dataset.traces.firearms(),
        out.dataset.traces.len(),
        out.dataset.heap_bytes()
    );
    let mut group = c.benchmark_group("import_flowmap");
    group.sample_size(20);
    group.bench_function("flows_5366_counted", |b| {
        b.iter(|| black_box(load().dataset.traces.firearms()));
    });
    group.finish();
}

/// The generated CSV as a workbook: ISO dates as date cells, numbers as
/// number cells, the rest as text (the comment lines of the generator's
/// file become text rows above the table, as a title would).
fn write_workbook(csv_path: &std::path::Path, xlsx_path: &std::path::Path) {
    let text = std::fs::read_to_string(csv_path).expect("generated CSV");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Traces").expect("sheet name");
    let date_format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for (row, record) in reader.records().enumerate() {
        let record = record.expect("generated CSV parses");
        for (column, cell) in record.iter().enumerate() {
            let (row, column) = (row as u32, column as u16);
            let date = corridor_core::import::values::parse_date(
                cell,
                corridor_core::import::values::DateOrder::MonthFirst,
            );
            if cell.len() == 10
                && let Ok(Some(day)) = date
            {
                use chrono::Datelike as _;
                let date = day.to_date().expect("a parsed date");
                let value = rust_xlsxwriter::ExcelDateTime::from_ymd(
                    date.year() as u16,
                    date.month() as u8,
                    date.day() as u8,
                )
                .expect("a date Excel holds");
                sheet
                    .write_datetime_with_format(row, column, &value, &date_format)
                    .expect("cell");
            } else if let Ok(number) = cell.parse::<f64>() {
                sheet.write_number(row, column, number).expect("cell");
            } else if !cell.is_empty() {
                sheet.write_string(row, column, cell).expect("cell");
            }
        }
    }
    book.save(xlsx_path).expect("workbook saved");
}

/// Clustering and per-view aggregation on the 1M dataset, the figures the
/// flowmap.gl reference engine is compared on (docs/benchmarks.md).
fn clusters_1m(c: &mut Criterion) {
    use corridor_core::aggregate::{FlowDensity, aggregate_at, aggregate_view};
    use corridor_core::cluster::level_pairs::PREBUILT_LEVELS;
    use corridor_core::cluster::{ClusterTree, LevelPairs};
    use corridor_core::scene::{SceneStyle, build_scene};

    let dir = std::env::temp_dir().join("corridor-bench-1m");
    let path = dir.join(corridor_core::generate::FLAT_FILE_NAME);
    if !path.is_file() {
        return;
    }
    let builder = DatasetBuilder::new(CachedClassifier::new(classifier()));
    let out = import_into(
        builder,
        &[DataSource::Path(path)],
        &ImportOptions::default(),
        &ImportControl::default(),
    )
    .expect("not cancelled");
    let data = &out.dataset;
    let index = FlowIndex::build(data);
    let mut group = c.benchmark_group("clusters_1m");
    group.sample_size(20);
    group.bench_function("cluster_tree_build", |b| {
        b.iter(|| black_box(ClusterTree::build(data).levels.len()));
    });
    let gazetteer = corridor_core::basemap::shared_gazetteer().map(|g| &**g);
    group.bench_function("search_index_build", |b| {
        b.iter(|| {
            black_box(corridor_core::search::SearchIndex::build(data, gazetteer).heap_bytes())
        });
    });
    let search = corridor_core::search::SearchIndex::build(data, gazetteer);
    let some_id = data.traces.trace_id.get(data.traces.len() / 2).to_owned();
    for (name, query) in [
        ("search_trace_id", some_id.as_str()),
        ("search_town", "san"),
        ("search_dealer", "guns"),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(search.query(data, query).len()));
        });
    }
    let tree = ClusterTree::build(data);
    let filter = TraceFilter::default();
    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    // Time filters as the time bar sets them (the generated data spans
    // 2006-2014): one year, most years (counted from the other end), and
    // under a year from purchase to recovery.
    let recovered = |from: (i32, u32, u32), to: (i32, u32, u32)| TraceFilter {
        dates: corridor_core::aggregate::filter::Range {
            from: corridor_core::model::Day::from_ymd(from.0, from.1, from.2),
            to: corridor_core::model::Day::from_ymd(to.0, to.1, to.2),
        },
        ..Default::default()
    };
    let time_filters = [
        ("one_year", recovered((2010, 1, 1), (2010, 12, 31))),
        ("seven_years", recovered((2007, 1, 1), (2013, 12, 31))),
        (
            "ttc_under_1y",
            TraceFilter {
                ttc_days: corridor_core::aggregate::filter::Range {
                    from: None,
                    to: Some(365),
                },
                ..Default::default()
            },
        ),
    ];
    // The time bar's and charts' histograms: one pass, on filter changes.
    group.bench_function("time_histograms_one_year", |b| {
        b.iter(|| {
            black_box(
                corridor_core::aggregate::histogram::time_histograms(
                    data,
                    &time_filters[0].1,
                    None,
                )
                .traces,
            )
        });
    });
    let style = SceneStyle::default();
    let density = FlowDensity::default();
    // What a load builds besides the tree: the tables of zooms 0 to 10,
    // the finest built and the others derived from it.
    group.bench_function("zoom_tables_prebuild", |b| {
        b.iter(|| black_box(LevelPairs::for_levels(&index, &tree.levels[..PREBUILT_LEVELS]).len()));
    });
    // The map zooms the reference engine's per-view figures are taken at.
    for zoom in [4u8, 5, 6, 8] {
        let at = tree.level_index_for_zoom(f64::from(zoom));
        let level = &tree.levels[at];
        group.bench_function(format!("level_pairs_build_zoom{zoom}"), |b| {
            b.iter(|| black_box(LevelPairs::build(&index, level).node_pairs.len()));
        });
        let pairs = LevelPairs::build(&index, level);
        let finer = LevelPairs::build(&index, &tree.levels[at + 1]);
        group.bench_function(format!("level_pairs_derive_zoom{zoom}"), |b| {
            b.iter(|| {
                black_box(
                    LevelPairs::derive(&finer, &tree.levels[at + 1], level)
                        .map(|p| p.node_pairs.len()),
                )
            });
        });
        group.bench_function(format!("filter_change_zoom{zoom}"), |b| {
            b.iter(|| {
                black_box(aggregate_view(data, &index, level, &pairs, &no_ak, &density).traces)
            });
        });
        for (name, time_filter) in &time_filters {
            group.bench_function(format!("time_filter_{name}_zoom{zoom}"), |b| {
                b.iter(|| {
                    black_box(
                        aggregate_view(data, &index, level, &pairs, time_filter, &density).traces,
                    )
                });
            });
            // The same count through one pass and a cut, for the record.
            if zoom == 8 {
                group.bench_function(format!("time_filter_{name}_zoom{zoom}_one_pass"), |b| {
                    b.iter(|| {
                        black_box(aggregate_at(data, &index, level, &pairs, time_filter).traces)
                    });
                });
            }
        }
        group.bench_function(format!("view_zoom{zoom}"), |b| {
            b.iter(|| {
                let summary = aggregate_view(data, &index, level, &pairs, &filter, &density);
                black_box(build_scene(level, &summary, &style, None, None).flows.len())
            });
        });
    }
    group.finish();
}

/// Issue 15 on the 1M dataset: the indicators set at the end of a load,
/// the purchaser networks, filtering by an indicator, and deconfliction of
/// two halves labelled as two agencies.
fn investigate_1m(c: &mut Criterion) {
    use corridor_core::aggregate::flows::matching_traces;
    use corridor_core::investigate::indicators::stored_indicators;
    use corridor_core::investigate::{
        Indicator, NetworkOptions, Purchasers, RecoveryEvents, deconflict, find_networks,
    };
    use corridor_core::model::Day;

    let dir = std::env::temp_dir().join("corridor-bench-1m");
    let path = dir.join(corridor_core::generate::FLAT_FILE_NAME);
    if !path.is_file() {
        return;
    }
    let builder = DatasetBuilder::new(CachedClassifier::new(classifier()));
    let mut data = import_into(
        builder,
        &[DataSource::Path(path)],
        &ImportOptions::default(),
        &ImportControl::default(),
    )
    .expect("not cancelled")
    .dataset;
    let mut group = c.benchmark_group("investigate_1m");
    group.sample_size(10);
    group.bench_function("indicators_at_load", |b| {
        b.iter(|| {
            let purchasers = Purchasers::build(&data);
            let events = RecoveryEvents::build(&data);
            black_box(stored_indicators(&data, &purchasers, &events).len())
        });
    });
    let options = NetworkOptions::as_of(Day::from_ymd(2015, 1, 1).expect("a day"));
    let networks = find_networks(&data, &options);
    eprintln!(
        "1M: {} networks of {} purchasers",
        networks.list.len(),
        networks.purchasers.len()
    );
    group.bench_function("networks", |b| {
        b.iter(|| black_box(find_networks(&data, &options).list.len()));
    });
    let mut filter = TraceFilter::default();
    filter.indicators.set(Indicator::MultipleSale, true);
    group.bench_function("filter_multiple_sale", |b| {
        b.iter(|| black_box(matching_traces(&data, &filter, |_, _| true).len()));
    });
    // Two agencies: the first half ATF, the second HSI.
    let (atf, hsi) = (data.strings.intern("ATF"), data.strings.intern("HSI"));
    let half = data.traces.len() / 2;
    for (row, agency) in data.traces.agency.iter_mut().enumerate() {
        *agency = if row < half { atf } else { hsi };
    }
    eprintln!(
        "1M: {} overlaps between two halves",
        deconflict(&data).len()
    );
    group.bench_function("deconflict_two_500k", |b| {
        b.iter(|| black_box(deconflict(&data).len()));
    });
    group.finish();
}

criterion_group!(
    benches,
    classify,
    import_demo,
    aggregate_demo,
    import_1m,
    import_workbook_100k,
    import_flowmap,
    clusters_1m,
    investigate_1m
);
criterion_main!(benches);
