//! Which flows and symbols the current selection concerns.

use crate::aggregate::Flow;
use crate::scene::hit::Hit;

/// Whether a flow belongs to the selected store, site or flow.
pub fn flow_selected(selection: Option<Hit>, flow_index: usize, flow: &Flow) -> bool {
    match selection {
        None => true,
        Some(Hit::Flow(i)) => i == flow_index,
        Some(Hit::Store(id)) => flow.store.0 == id,
        Some(Hit::Site(id)) => flow.site.0 == id,
    }
}
