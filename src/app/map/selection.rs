//! Which flows and nodes the current selection concerns.

use corridor_core::aggregate::Flow;
use corridor_core::aggregate::selection::{NodeMask, Selection};

/// Whether a flow belongs to the selection (every flow when nothing is selected).
pub fn flow_selected(selection: &Selection, mask: &NodeMask, flow: &Flow) -> bool {
    selection.shows_flow(mask, flow)
}
