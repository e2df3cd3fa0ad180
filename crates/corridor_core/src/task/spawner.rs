//! Starting tasks, with a way for tests to make one fail.

use std::sync::{Arc, Mutex, PoisonError};

use super::{Task, TaskContext};

/// Starts [`Task`]s. The app keeps one and hands clones to what starts
/// work, so a test can reach every worker through it: [`Spawner::panic_next`]
/// makes the next task of a name panic, to check that a failing worker is
/// reported and survived.
#[derive(Clone, Debug, Default)]
pub struct Spawner {
    /// Names of tasks whose next run panics at once.
    faults: Arc<Mutex<Vec<&'static str>>>,
}

impl Spawner {
    /// Runs `work` on a thread named `name` (`what` says, for a notice,
    /// what it does); `on_done` runs after it, also when it panics.
    pub fn spawn<T: Send + 'static>(
        &self,
        name: &'static str,
        what: impl Into<String>,
        on_done: impl FnOnce() + Send + 'static,
        work: impl FnOnce(&TaskContext) -> T + Send + 'static,
    ) -> Task<T> {
        let fault = {
            let mut faults = self.faults.lock().unwrap_or_else(PoisonError::into_inner);
            let found = faults.iter().position(|&f| f == name);
            found.map(|i| faults.remove(i))
        };
        Task::start(
            name,
            what.into(),
            TaskContext::default(),
            on_done,
            move |context| {
                if let Some(name) = fault {
                    panic!("fault injected into {name}");
                }
                work(context)
            },
        )
    }

    /// Fault injection for tests: the next task named `name` panics as it
    /// starts, before its work.
    pub fn panic_next(&self, name: &'static str) {
        self.faults
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(name);
    }
}
