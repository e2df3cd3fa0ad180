use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use super::*;

/// Polls until the task is no longer pending (or ten seconds pass).
fn finish<T>(task: &mut Task<T>) -> TaskPoll<T> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match task.poll() {
            TaskPoll::Pending if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(1));
            }
            other => return other,
        }
    }
}

#[test]
fn a_task_runs_on_a_named_thread_and_gives_its_result_once() {
    let spawner = Spawner::default();
    let mut task = spawner.spawn(
        "corridor-test-name",
        "naming",
        || {},
        |_| std::thread::current().name().map(str::to_owned),
    );
    match finish(&mut task) {
        TaskPoll::Done(name) => assert_eq!(name.as_deref(), Some("corridor-test-name")),
        other => panic!("{other:?}"),
    }
    match task.poll() {
        TaskPoll::Failed(failure) => assert!(failure.reason.contains("already taken")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_panic_becomes_a_failure_that_says_what_was_being_done() {
    let spawner = Spawner::default();
    let (woken, wake) = channel();
    let mut task = spawner.spawn(
        "corridor-test-panic",
        "counting the map",
        move || woken.send(()).unwrap_or(()),
        |_| -> u32 { panic!("index 7 out of range") },
    );
    wake.recv_timeout(Duration::from_secs(10))
        .expect("on_done runs although the work panicked");
    match finish(&mut task) {
        TaskPoll::Failed(failure) => {
            assert_eq!(failure.name, "corridor-test-panic");
            assert_eq!(failure.what, "counting the map");
            assert_eq!(failure.reason, "index 7 out of range");
            let text = failure.to_string();
            assert!(text.starts_with("counting the map stopped"), "{text}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_work_sees_cancellation_and_the_owner_sees_progress() {
    let spawner = Spawner::default();
    let (started, wait_started) = channel();
    let mut task = spawner.spawn(
        "corridor-test-cancel",
        "waiting",
        || {},
        move |context| {
            context.progress.set_total(4);
            context.progress.set_done(1);
            started.send(()).unwrap_or(());
            let deadline = Instant::now() + Duration::from_secs(10);
            while !context.cancel.is_cancelled() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(1));
            }
            context.cancel.is_cancelled()
        },
    );
    wait_started
        .recv_timeout(Duration::from_secs(10))
        .expect("started");
    assert_eq!(task.progress().fraction, Some(0.25));
    assert!(matches!(task.poll(), TaskPoll::Pending));
    assert!(!task.is_cancelled());
    task.cancel();
    assert!(task.is_cancelled());
    assert!(matches!(finish(&mut task), TaskPoll::Done(true)));
}

#[test]
fn an_injected_fault_hits_the_next_task_of_that_name_only() {
    let spawner = Spawner::default();
    spawner.panic_next("corridor-test-fault");
    let mut other = spawner
        .clone()
        .spawn("corridor-test-other", "other", || {}, |_| 1);
    assert!(matches!(finish(&mut other), TaskPoll::Done(1)));
    let mut hit = spawner.spawn("corridor-test-fault", "faulty", || {}, |_| 2);
    match finish(&mut hit) {
        TaskPoll::Failed(failure) => assert!(failure.reason.contains("fault injected")),
        other => panic!("{other:?}"),
    }
    let mut again = spawner.spawn("corridor-test-fault", "faulty", || {}, |_| 3);
    assert!(matches!(finish(&mut again), TaskPoll::Done(3)));
}
