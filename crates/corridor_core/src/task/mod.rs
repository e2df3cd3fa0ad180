//! Background work: the one way Corridor runs anything off the calling
//! thread. A [`Task`] is a named thread with a [`CancelToken`], a
//! [`Progress`] the work may write, and a [`Task::poll`] that says
//! pending, done or failed. A panic in the work is caught at the thread's
//! edge and comes back as [`TaskPoll::Failed`] with what was being done,
//! so the caller can say so and go on instead of losing the worker
//! silently.
//!
//! ```
//! use corridor_core::task::{Spawner, TaskPoll};
//! let spawner = Spawner::default();
//! let mut task = spawner.spawn("doc-sum", "adding numbers", || {}, |_| (1..=10).sum::<u32>());
//! let sum = loop {
//!     match task.poll() {
//!         TaskPoll::Pending => std::thread::yield_now(),
//!         TaskPoll::Done(sum) => break sum,
//!         TaskPoll::Failed(failure) => panic!("{failure}"),
//!     }
//! };
//! assert_eq!(sum, 55);
//! ```

mod cancel;
mod progress;
mod spawner;

use std::any::Any;
use std::thread::JoinHandle;
use std::time::Instant;

pub use cancel::CancelToken;
pub use progress::{Progress, ProgressSnapshot};
pub use spawner::Spawner;

/// What a task's work is given: the token to check and the progress to
/// write. Clones share both.
#[derive(Clone, Debug, Default)]
pub struct TaskContext {
    /// Set when the owner asks the work to stop.
    pub cancel: CancelToken,
    /// Written by the work where it can tell how far it is.
    pub progress: Progress,
}

/// Why a task ended without a result.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{what} stopped with an internal error ({reason}) [task {name}]")]
pub struct TaskFailure {
    /// The thread's name, e.g. `corridor-load`.
    pub name: String,
    /// What was being done, in words for a notice: "counting the map".
    pub what: String,
    /// The panic's message, or why the thread could not start.
    pub reason: String,
}

/// The state of a task when polled.
#[derive(Debug)]
pub enum TaskPoll<T> {
    /// Still running.
    Pending,
    /// Finished with this result (given once).
    Done(T),
    /// Panicked, could not start, or its result was already taken.
    Failed(TaskFailure),
}

/// Work running on its own named thread.
#[derive(Debug)]
pub struct Task<T> {
    name: &'static str,
    what: String,
    context: TaskContext,
    started: Instant,
    state: State<T>,
}

#[derive(Debug)]
enum State<T> {
    Running(JoinHandle<T>),
    /// The thread could not be started.
    NotStarted(String),
    /// The result was given out.
    Spent,
}

impl<T: Send + 'static> Task<T> {
    /// Runs `work` on a thread named `name`; `on_done` runs on that thread
    /// after the work, also when it panicked (to wake the window, say).
    fn start(
        name: &'static str,
        what: String,
        context: TaskContext,
        on_done: impl FnOnce() + Send + 'static,
        work: impl FnOnce(&TaskContext) -> T + Send + 'static,
    ) -> Task<T> {
        let worker_context = context.clone();
        #[expect(
            clippy::disallowed_methods,
            reason = "the one place Corridor starts a thread; everything else goes through Task"
        )]
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                // Runs on unwinding too, so a panicking worker still wakes
                // whoever waits for it.
                let _wake = CallOnDrop(Some(on_done));
                work(&worker_context)
            });
        let state = match spawned {
            Ok(handle) => State::Running(handle),
            Err(error) => State::NotStarted(format!("could not start a thread: {error}")),
        };
        Task {
            name,
            what,
            context,
            started: Instant::now(),
            state,
        }
    }
}

impl<T> Task<T> {
    /// Pending, done or failed. The result is given once; polling again
    /// after that says it was taken.
    pub fn poll(&mut self) -> TaskPoll<T> {
        match &self.state {
            State::Running(handle) if !handle.is_finished() => return TaskPoll::Pending,
            _ => {}
        }
        let reason = match std::mem::replace(&mut self.state, State::Spent) {
            State::Running(handle) => match handle.join() {
                Ok(value) => return TaskPoll::Done(value),
                Err(payload) => panic_message(payload.as_ref()),
            },
            State::NotStarted(reason) => reason,
            State::Spent => "its result was already taken".to_owned(),
        };
        TaskPoll::Failed(self.failure(reason))
    }

    fn failure(&self, reason: String) -> TaskFailure {
        TaskFailure {
            name: self.name.to_owned(),
            what: self.what.clone(),
            reason,
        }
    }

    /// Asks the work to stop (it checks the token where it can).
    pub fn cancel(&self) {
        self.context.cancel.cancel();
    }

    /// Whether the work was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.context.cancel.is_cancelled()
    }

    /// How far the work says it is.
    pub fn progress(&self) -> ProgressSnapshot {
        self.context.progress.snapshot()
    }

    /// The thread's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// What the task does, in words.
    pub fn what(&self) -> &str {
        &self.what
    }

    /// When it started.
    pub fn started(&self) -> Instant {
        self.started
    }
}

/// Calls the function it holds when dropped.
struct CallOnDrop<F: FnOnce()>(Option<F>);

impl<F: FnOnce()> Drop for CallOnDrop<F> {
    fn drop(&mut self) {
        if let Some(f) = self.0.take() {
            f();
        }
    }
}

/// The text a panic was raised with.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_owned()
    }
}

#[cfg(test)]
mod tests;
