//! The view model counts big data on a worker thread: the map keeps the
//! last result until the new one lands, one rebuild runs at a time, the
//! result equals what the frame would have computed, and a result for
//! replaced data is never shown.

mod common;

use std::sync::mpsc::channel;
use std::time::Duration;

use corridor::aggregate::{FlowDensity, TraceFilter};
use corridor::app::data::LoadedData;
use corridor::app::view_model::{LevelKey, ViewModel};
use corridor::model::WeaponClass;
use corridor::scene::SceneStyle;

fn demo(version: u64) -> LoadedData {
    let out = common::load(&[("demo.csv", corridor::demo::DEMO_TRACES_CSV)]);
    LoadedData::new(out.dataset, out.report, "demo".to_owned(), version)
}

#[test]
fn worker_results_land_and_equal_the_in_frame_ones() {
    let data = demo(1);
    let level = LevelKey::Zoom(4);
    let mut no_ak = TraceFilter::default();
    no_ak.set_class(WeaponClass::AkPattern, false);
    let density = FlowDensity::default();
    let style = SceneStyle::default();

    let mut in_frame = ViewModel::default();
    assert!(in_frame.refresh(&data, level, &no_ak, &density, &style, false, || {}));
    assert!(!in_frame.is_updating());

    let mut worker = ViewModel::default();
    worker.worker_min_traces = 0;
    let (ready, woken) = channel();
    let refresh =
        |vm: &mut ViewModel, filter: &TraceFilter, ready: &std::sync::mpsc::Sender<()>| {
            let ready = ready.clone();
            vm.refresh(&data, level, filter, &density, &style, false, move || {
                let _ = ready.send(());
            })
        };
    assert!(
        !refresh(&mut worker, &TraceFilter::default(), &ready),
        "nothing shown yet"
    );
    assert!(worker.is_updating());
    // A second request while the first runs waits its turn; the first
    // may also have landed already (a prebuilt level counts in well under
    // a millisecond), and is then shown as the second starts.
    let shown_early = refresh(&mut worker, &no_ak, &ready);
    woken
        .recv_timeout(Duration::from_secs(60))
        .expect("worker finished");
    if !shown_early {
        assert!(refresh(&mut worker, &no_ak, &ready), "first result shown");
    }
    assert_eq!(worker.rebuilds, 1);
    assert!(worker.is_updating(), "the newest request started next");
    woken
        .recv_timeout(Duration::from_secs(60))
        .expect("worker finished");
    assert!(refresh(&mut worker, &no_ak, &ready));
    assert!(!worker.is_updating());
    assert_eq!(worker.summary.traces, in_frame.summary.traces);
    assert_eq!(worker.summary.flows, in_frame.summary.flows);
    assert_eq!(worker.summary.node_totals, in_frame.summary.node_totals);
    assert_eq!(worker.scene.flows.len(), in_frame.scene.flows.len());
    assert!(!refresh(&mut worker, &no_ak, &ready), "cached: no rebuild");
}

#[test]
fn a_result_for_replaced_data_is_dropped() {
    let first = demo(1);
    let second = demo(2);
    let mut vm = ViewModel::default();
    vm.worker_min_traces = 0;
    let (ready, woken) = channel();
    let (filter, density, style) = (
        TraceFilter::default(),
        FlowDensity::default(),
        SceneStyle::default(),
    );
    let refresh = |vm: &mut ViewModel, data: &LoadedData| {
        let sender = ready.clone();
        vm.refresh(
            data,
            LevelKey::Zoom(3),
            &filter,
            &density,
            &style,
            false,
            move || {
                let _ = sender.send(());
            },
        )
    };
    refresh(&mut vm, &first);
    // New data arrives before the worker is done.
    refresh(&mut vm, &second);
    assert_eq!(vm.rebuilds, 0);
    woken
        .recv_timeout(Duration::from_secs(60))
        .expect("a worker finished");
    let _ = woken.recv_timeout(Duration::from_secs(60));
    while vm.is_updating() || vm.rebuilds == 0 {
        refresh(&mut vm, &second);
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(vm.rebuilds, 1, "only the second data's result was shown");
    assert!(vm.summary.traces > 0);
}
