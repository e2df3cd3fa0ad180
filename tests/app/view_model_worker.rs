//! The view model counts big data on a worker task: the map keeps the
//! last count until the new one lands, one count runs at a time, the
//! result equals what the frame would have computed, a result for
//! replaced data is never shown, a theme or colouring change restyles
//! without counting, and a panicking count is reported, not retried.

use crate::common;

use std::time::{Duration, Instant};

use corridor::app::data::LoadedData;
use corridor::app::view_model::{COUNT_TASK, LevelKey, ViewModel};
use corridor_core::aggregate::{FlowDensity, TraceFilter};
use corridor_core::model::WeaponClass;
use corridor_core::render::CountKey;
use corridor_core::scene::{FlowColoring, SceneStyle, Theme};
use corridor_core::task::Spawner;

fn demo(version: u64) -> LoadedData {
    let out = common::load(&[("demo.csv", corridor_core::demo::DEMO_TRACES_CSV)]);
    LoadedData::new(out.dataset, out.report, "demo".to_owned(), version)
}

fn key(data: &LoadedData, level: LevelKey, filter: &TraceFilter) -> CountKey {
    CountKey {
        data_version: data.version,
        level,
        filter: filter.clone(),
        density: FlowDensity::default(),
        lock_scales: false,
        apart: Default::default(),
        investigation: None,
    }
}

/// Refreshes until no count is running (or a minute passes).
fn settle(vm: &mut ViewModel, data: &LoadedData, key: &CountKey, spawner: &Spawner) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        vm.refresh(data, key.clone(), &SceneStyle::default(), spawner, || {});
        if !vm.is_updating() {
            return;
        }
        assert!(Instant::now() < deadline, "the count did not finish");
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn worker_results_land_and_equal_the_in_frame_ones() {
    let data = demo(1);
    let spawner = Spawner::default();
    let level = LevelKey::Zoom(4);
    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    let style = SceneStyle::default();

    let mut in_frame = ViewModel::default();
    assert!(in_frame.refresh(&data, key(&data, level, &no_ak), &style, &spawner, || {}));
    assert!(!in_frame.is_updating());

    let mut worker = ViewModel::new(0);
    assert!(
        !worker.refresh(
            &data,
            key(&data, level, &TraceFilter::default()),
            &style,
            &spawner,
            || {}
        ),
        "nothing shown yet"
    );
    assert!(worker.is_updating());
    // A second request while the first runs waits its turn; the first is
    // shown when it lands and the newest request starts next.
    let wanted = key(&data, level, &no_ak);
    settle(&mut worker, &data, &wanted, &spawner);
    assert_eq!(worker.counts, 2, "the first count, then the newest");
    assert_eq!(worker.summary().traces, in_frame.summary().traces);
    assert_eq!(worker.summary().flows, in_frame.summary().flows);
    assert_eq!(worker.summary().node_totals, in_frame.summary().node_totals);
    assert_eq!(worker.scene(), in_frame.scene());
    assert!(
        !worker.refresh(&data, wanted, &style, &spawner, || {}),
        "cached: nothing counted or drawn again"
    );
    assert_eq!(worker.counts, 2);
}

#[test]
fn a_result_for_replaced_data_is_dropped() {
    let first = demo(1);
    let second = demo(2);
    let spawner = Spawner::default();
    let mut vm = ViewModel::new(0);
    let filter = TraceFilter::default();
    let style = SceneStyle::default();
    vm.refresh(
        &first,
        key(&first, LevelKey::Zoom(3), &filter),
        &style,
        &spawner,
        || {},
    );
    // New data arrives before the worker is done.
    let wanted = key(&second, LevelKey::Zoom(3), &filter);
    vm.refresh(&second, wanted.clone(), &style, &spawner, || {});
    assert_eq!(vm.counts, 0);
    settle(&mut vm, &second, &wanted, &spawner);
    assert_eq!(vm.counts, 1, "only the second data's count was shown");
    assert!(vm.summary().traces > 0);
}

#[test]
fn a_theme_or_colouring_change_restyles_without_counting() {
    let data = demo(1);
    let spawner = Spawner::default();
    let wanted = key(&data, LevelKey::Zoom(5), &TraceFilter::default());
    let mut vm = ViewModel::default();
    let light = SceneStyle::default();
    assert!(vm.refresh(&data, wanted.clone(), &light, &spawner, || {}));
    assert_eq!((vm.counts, vm.scenes), (1, 1));
    let light_scene = vm.scene().clone();

    let dark = SceneStyle {
        theme: Theme::Dark,
        ..SceneStyle::default()
    };
    assert!(vm.refresh(&data, wanted.clone(), &dark, &spawner, || {}));
    assert_eq!((vm.counts, vm.scenes), (1, 2), "restyled, not counted");
    assert_ne!(vm.scene(), &light_scene, "the dark scene has other colours");
    assert_eq!(vm.scene().flows.len(), light_scene.flows.len());

    let single = SceneStyle {
        coloring: FlowColoring::Single,
        ..dark.clone()
    };
    assert!(vm.refresh(&data, wanted.clone(), &single, &spawner, || {}));
    assert_eq!((vm.counts, vm.scenes), (1, 3));
    assert!(!vm.refresh(&data, wanted, &single, &spawner, || {}));
    assert_eq!(
        (vm.counts, vm.scenes),
        (1, 3),
        "nothing changed: nothing done"
    );

    // A filter change counts again.
    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    assert!(vm.refresh(
        &data,
        key(&data, LevelKey::Zoom(5), &no_ak),
        &single,
        &spawner,
        || {}
    ));
    assert_eq!((vm.counts, vm.scenes), (2, 4));
}

#[test]
fn a_panicking_count_is_reported_once_and_the_last_view_stays() {
    let data = demo(1);
    let spawner = Spawner::default();
    let mut vm = ViewModel::new(0);
    let all = key(&data, LevelKey::Zoom(4), &TraceFilter::default());
    settle(&mut vm, &data, &all, &spawner);
    let shown = vm.summary().clone();

    spawner.panic_next(COUNT_TASK);
    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    let failing = key(&data, LevelKey::Zoom(4), &no_ak);
    settle(&mut vm, &data, &failing, &spawner);
    let failure = vm.take_failure().expect("the panic is reported");
    assert_eq!(failure.name, COUNT_TASK);
    assert_eq!(failure.what, "counting the map");
    assert!(vm.take_failure().is_none(), "reported once");
    assert_eq!(vm.summary(), &shown, "the last count stays on the map");
    // The same key is not started again (no panic loop)...
    vm.refresh(
        &data,
        failing.clone(),
        &SceneStyle::default(),
        &spawner,
        || {},
    );
    assert!(!vm.is_updating());
    // ...another one counts, and so does the failed one once asked again.
    let mut no_pistols = TraceFilter::default();
    no_pistols.set_class(WeaponClass::Pistol, false);
    settle(
        &mut vm,
        &data,
        &key(&data, LevelKey::Zoom(4), &no_pistols),
        &spawner,
    );
    settle(&mut vm, &data, &failing, &spawner);
    assert!(vm.take_failure().is_none());
    assert!(
        vm.summary().traces < shown.traces,
        "the AK filter applies now"
    );
}
