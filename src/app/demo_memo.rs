//! The embedded demo's last load, kept so that opening it again (a new
//! project, a project that names it, the next window of the same process)
//! costs nothing: the demo's bytes never change, so under the shipped rules
//! and the same import options its load is the same every time.
//!
//! It holds one demo's data (a few tens of MB) only until other data is
//! loaded. The UI tests open the demo in each of their 160 harnesses of one
//! process; this took a fifth off their run (docs/benchmarks.md).

use std::sync::{Mutex, PoisonError};

use corridor_core::import::{DataSource, ImportOptions};

use super::loader::Loaded;

/// The memo the app's loads use, one per process.
pub static DEMO_MEMO: DemoMemo = DemoMemo::new();

/// What a demo load was made from, beyond the demo's own bytes.
#[derive(Debug, PartialEq)]
pub struct DemoKey {
    options: ImportOptions,
}

/// Where rules come from, beyond the shipped ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rules {
    /// The shipped rules alone.
    Shipped,
    /// A user rules file or extra rules too (they may change between loads).
    WithUserRules,
}

impl DemoKey {
    /// The key of a load of `sources`, when the memo applies to it: the
    /// embedded demo alone, not added to other data (`base_is_empty`),
    /// classified by the shipped rules alone. `None` for any other load.
    pub fn of(
        sources: &[DataSource],
        base_is_empty: bool,
        rules: Rules,
        options: &ImportOptions,
    ) -> Option<DemoKey> {
        (base_is_empty && rules == Rules::Shipped && corridor_core::demo::is_demo_sources(sources))
            .then(|| DemoKey {
                options: options.clone(),
            })
    }
}

/// One kept demo load and its key.
pub struct DemoMemo {
    kept: Mutex<Option<(DemoKey, Loaded)>>,
}

impl DemoMemo {
    /// An empty memo.
    pub const fn new() -> DemoMemo {
        DemoMemo {
            kept: Mutex::new(None),
        }
    }

    /// The kept load made with `key`, if any (a cheap copy: its parts are
    /// shared).
    pub fn recall(&self, key: &DemoKey) -> Option<Loaded> {
        let kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        kept.as_ref()
            .filter(|(kept_key, _)| kept_key == key)
            .map(|(_, loaded)| loaded.clone())
    }

    /// Keeps `loaded`, made with `key`, in place of any earlier one.
    pub fn keep(&self, key: DemoKey, loaded: &Loaded) {
        *self.kept.lock().unwrap_or_else(PoisonError::into_inner) = Some((key, loaded.clone()));
    }

    /// Lets the kept load go (other data is being loaded).
    pub fn forget(&self) {
        *self.kept.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Whether a load is kept.
    pub fn holds_a_load(&self) -> bool {
        self.kept
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }
}

impl Default for DemoMemo {
    fn default() -> Self {
        DemoMemo::new()
    }
}
