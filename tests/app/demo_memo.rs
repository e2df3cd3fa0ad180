//! The embedded demo's kept load: used again only for the same demo, under
//! the shipped rules, with the same import options, and never for data
//! added to other data.

use std::sync::Arc;

use corridor::app::demo_memo::{DemoKey, DemoMemo, Rules};
use corridor::app::loader::Loaded;
use corridor_core::demo::demo_sources;
use corridor_core::import::values::DateOrder;
use corridor_core::import::{DataSource, ImportOptions};

fn a_load() -> Loaded {
    Loaded {
        report: Default::default(),
        view_data: Default::default(),
        search: Default::default(),
    }
}

#[test]
fn the_kept_demo_is_given_back_only_for_the_same_demo_rules_and_options() {
    let options = ImportOptions::default();
    let demo = demo_sources();
    let key = || DemoKey::of(&demo, true, Rules::Shipped, &options).unwrap();

    // Other loads have no key: data added to other data, user rules, other
    // files, the demo with one byte changed or one of its files missing.
    assert_eq!(DemoKey::of(&demo, false, Rules::Shipped, &options), None);
    assert_eq!(
        DemoKey::of(&demo, true, Rules::WithUserRules, &options),
        None
    );
    let other = [DataSource::Bytes {
        name: "traces.csv".into(),
        bytes: b"trace_id\n1\n".to_vec(),
    }];
    assert_eq!(DemoKey::of(&other, true, Rules::Shipped, &options), None);
    let mut changed = demo_sources();
    if let DataSource::Bytes { bytes, .. } = &mut changed[0] {
        bytes[100] ^= 1;
    }
    assert_eq!(DemoKey::of(&changed, true, Rules::Shipped, &options), None);
    assert_eq!(
        DemoKey::of(&demo[..1], true, Rules::Shipped, &options),
        None
    );

    let memo = DemoMemo::new();
    assert!(memo.recall(&key()).is_none());
    let loaded = a_load();
    memo.keep(key(), &loaded);
    let recalled = memo
        .recall(&key())
        .expect("the same demo, rules and options");
    assert!(Arc::ptr_eq(
        &recalled.view_data.dataset,
        &loaded.view_data.dataset
    ));

    // Another date order is another load.
    let day_first = ImportOptions {
        date_order: Some(DateOrder::DayFirst),
        ..ImportOptions::default()
    };
    let other_key = DemoKey::of(&demo, true, Rules::Shipped, &day_first).unwrap();
    assert!(memo.recall(&other_key).is_none());

    memo.forget();
    assert!(!memo.holds_a_load());
    assert!(memo.recall(&key()).is_none());
}
