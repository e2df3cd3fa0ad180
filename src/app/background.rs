//! A value computed from a key — on a worker thread when the data is big —
//! that keeps showing the last result until the new one lands. Panels that
//! count every trace (corridor rows, histograms) use it so a filter change
//! or a time-bar step never stalls the window.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

pub struct Background<K, V> {
    shown: Option<(K, V)>,
    pending: Option<(K, Receiver<V>)>,
}

impl<K, V> Default for Background<K, V> {
    fn default() -> Self {
        Self {
            shown: None,
            pending: None,
        }
    }
}

impl<K: Clone + PartialEq, V: Send + 'static> Background<K, V> {
    /// Takes a finished result, then starts computing `key` unless it is
    /// shown or already being computed. `on_worker` runs `compute` on a
    /// thread (else in this call); `repaint` is called when it is done.
    /// Returns whether the shown value changed in this call.
    pub fn request(
        &mut self,
        key: &K,
        on_worker: bool,
        compute: impl FnOnce() -> V + Send + 'static,
        repaint: impl Fn() + Send + 'static,
    ) -> bool {
        let mut changed = false;
        if let Some((pending_key, receiver)) = &self.pending {
            match receiver.try_recv() {
                // One computation at a time; the newest key starts next.
                Err(TryRecvError::Empty) => return false,
                Ok(value) => {
                    self.shown = Some((pending_key.clone(), value));
                    changed = true;
                }
                Err(TryRecvError::Disconnected) => {}
            }
            self.pending = None;
        }
        if self.shown.as_ref().is_some_and(|(shown, _)| shown == key) {
            return changed;
        }
        if on_worker {
            let (sender, receiver) = channel();
            std::thread::spawn(move || {
                // The window may have moved on; nothing to tell then.
                let _ = sender.send(compute());
                repaint();
            });
            self.pending = Some((key.clone(), receiver));
            changed
        } else {
            self.shown = Some((key.clone(), compute()));
            true
        }
    }

    /// The last result, possibly for an older key.
    pub fn value(&self) -> Option<&V> {
        self.shown.as_ref().map(|(_, value)| value)
    }

    /// The key of the shown value.
    pub fn shown_key(&self) -> Option<&K> {
        self.shown.as_ref().map(|(key, _)| key)
    }

    pub fn is_updating(&self) -> bool {
        self.pending.is_some()
    }

    /// Forgets everything (new data: old results index other locations).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_last_result_until_the_next_lands() {
        let mut cell: Background<u32, u32> = Background::default();
        assert!(cell.request(&1, false, || 10, || {}));
        assert_eq!(cell.value(), Some(&10));
        assert!(!cell.request(&1, false, || unreachable!("cached"), || {}));
        let (ready, woken) = channel();
        assert!(!cell.request(&2, true, || 20, move || ready.send(()).unwrap_or(())));
        assert!(cell.is_updating());
        assert_eq!(
            cell.value(),
            Some(&10),
            "the old value stays until the new one lands"
        );
        woken
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("worker done");
        assert!(cell.request(&2, true, || unreachable!("done"), || {}));
        assert_eq!((cell.shown_key(), cell.value()), (Some(&2), Some(&20)));
        assert!(!cell.is_updating());
    }
}
