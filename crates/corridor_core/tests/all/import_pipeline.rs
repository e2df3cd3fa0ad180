//! Big files are parsed on two threads; the result must be exactly what one
//! thread gives, rejections and warnings included.

use crate::common;

use corridor_core::import::builder::DatasetBuilder;
use corridor_core::import::{DataSource, ImportControl, ImportOptions, ImportOutcome, import_into};

fn import(bytes: &[u8], single_thread: bool) -> ImportOutcome {
    let options = ImportOptions {
        single_thread,
        ..ImportOptions::default()
    };
    let source = DataSource::Bytes {
        name: "big.csv".to_owned(),
        bytes: bytes.to_vec(),
    };
    import_into(
        DatasetBuilder::new(common::classifier()),
        &[source],
        &options,
        &ImportControl::default(),
    )
    .expect("not cancelled")
}

#[test]
fn two_threads_give_the_same_data_and_report_as_one() {
    let basemap = corridor_core::basemap::Basemap::embedded().unwrap();
    let generated = corridor_core::generate::generate_bytes(
        &basemap,
        corridor_core::generate::GenerateOptions {
            traces: 30_000,
            seed: 11,
            linked: false,
            agencies: false,
        },
    )
    .unwrap();
    let mut text = String::from_utf8(generated.flat).unwrap();
    // Damage some rows so rejections, warnings and duplicates cross batches.
    text = text
        .replace("DEMO-T0000100,", "DEMO-T0000099,")
        .replace(",2010-0", ",2010-1")
        .replacen(",-9", ",-999", 40);
    // And rows that cannot be placed at all, every thousand lines.
    text = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i > 2 && i % 1000 == 0 {
                format!("BAD-{i},RIFLE,,,,,,,S-NOWHERE-{i},,,,,,,R-NOWHERE-{i},,,,,,,\n{line}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    assert!(text.len() > 4 << 20, "big enough for the two-thread path");
    let one = import(text.as_bytes(), true);
    let two = import(text.as_bytes(), false);
    assert!(
        one.report.rejected > 0 && one.report.warnings > 0,
        "the damage shows"
    );
    assert_eq!(one.report.issues, two.report.issues);
    let (a, b) = (&one.dataset, &two.dataset);
    assert_eq!(a.traces.len(), b.traces.len());
    assert_eq!(
        (a.stores.len(), a.sites.len(), a.weapons.len()),
        (b.stores.len(), b.sites.len(), b.weapons.len())
    );
    for row in (0..a.traces.len()).step_by(7) {
        assert_eq!(a.traces.trace_id.get(row), b.traces.trace_id.get(row));
        assert_eq!(a.traces.store[row], b.traces.store[row]);
        assert_eq!(a.traces.site[row], b.traces.site[row]);
        assert_eq!(a.traces.purchase_date[row], b.traces.purchase_date[row]);
        assert_eq!(a.traces.recovery_date[row], b.traces.recovery_date[row]);
        assert_eq!(a.traces.source(row), b.traces.source(row));
    }
}
