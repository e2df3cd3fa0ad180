//! Which flows and nodes the current selection concerns.

use crate::aggregate::Flow;
use crate::aggregate::selection::{NodeMask, Selection};

/// Whether a flow belongs to the selection (every flow when nothing is selected).
pub fn flow_selected(selection: &Selection, mask: &NodeMask, flow: &Flow) -> bool {
    selection.shows_flow(mask, flow)
}
