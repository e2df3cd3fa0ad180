//! Which flows and nodes the current selection concerns.

use corridor_core::aggregate::Flow;
use corridor_core::aggregate::selection::{NodeMask, Selection};

/// Whether a flow belongs to the selection (every flow when nothing is selected).
pub fn flow_selected(selection: &Selection, mask: &NodeMask, flow: &Flow) -> bool {
    selection.shows_flow(mask, flow)
}

/// The flows drawn over the others: with a selection, the selected ones
/// (they carry a halo), so picking finds them first as the eye does.
pub fn raised_flows<'a>(
    selection: &'a Selection,
    mask: &'a NodeMask,
    summary: &'a corridor_core::aggregate::FlowSummary,
) -> impl Fn(usize) -> bool + 'a {
    move |i| {
        !selection.is_empty()
            && summary
                .flows
                .get(i)
                .is_some_and(|flow| flow_selected(selection, mask, flow))
    }
}
