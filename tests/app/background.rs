//! `Background`: the last value stays until the next lands, a failed key
//! is reported once and not retried until the key changes.
use std::sync::mpsc::channel;
use std::time::Duration;

use corridor::app::background::{Background, RunOn};
use corridor_core::task::Spawner;

#[test]
fn shows_the_last_result_until_the_next_lands() {
    let spawner = Spawner::default();
    let mut cell: Background<u32, u32> = Background::new("corridor-test-cell", "testing");
    assert!(cell.request(&1, RunOn::Frame, || 10, || {}));
    assert_eq!(cell.value(), Some(&10));
    assert!(!cell.request(&1, RunOn::Frame, || unreachable!("cached"), || {}));
    let (ready, woken) = channel();
    let worker = RunOn::Worker(&spawner);
    assert!(!cell.request(&2, worker, || 20, move || ready.send(()).unwrap_or(())));
    assert!(cell.is_updating());
    assert_eq!(
        cell.value(),
        Some(&10),
        "the old value stays until the new one lands"
    );
    woken
        .recv_timeout(Duration::from_secs(10))
        .expect("worker done");
    // The thread has signalled; it may still be finishing.
    while !cell.request(&2, worker, || unreachable!("done"), || {}) {
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!((cell.shown_key(), cell.value()), (Some(&2), Some(&20)));
    assert!(!cell.is_updating());
}

#[test]
fn a_failed_key_is_reported_once_and_not_retried_until_the_key_changes() {
    let spawner = Spawner::default();
    let worker = RunOn::Worker(&spawner);
    let mut cell: Background<u32, u32> = Background::new("corridor-test-fail", "testing");
    assert!(cell.request(&1, RunOn::Frame, || 10, || {}));
    cell.request(&2, worker, || panic!("boom"), || {});
    while cell.is_updating() {
        std::thread::sleep(Duration::from_millis(1));
        cell.request(&2, worker, || unreachable!("failed: not again"), || {});
    }
    let failure = cell.take_failure().expect("reported");
    assert_eq!(
        (failure.name.as_str(), failure.reason.as_str()),
        ("corridor-test-fail", "boom")
    );
    assert!(cell.take_failure().is_none(), "once");
    assert_eq!(cell.value(), Some(&10), "the last good value stays");
    assert!(!cell.request(&2, worker, || unreachable!("not retried"), || {}));
    assert!(
        cell.request(&3, RunOn::Frame, || 30, || {}),
        "a new key runs"
    );
}
