# What floats over the map: zoom buttons, the legend's own words (its notes
# and colours are in captions.ftl, shared with exports), the attribution,
# the online tiles warning, notices' buttons, load progress, new notes.

map-zoom-in = Zoom in (+)
map-zoom-out = Zoom out (-)
map-fit = Fit
map-fit-hint = Fit to data (Ctrl+0)

map-legend = Legend
map-legend-show = Show the legend
map-legend-fold = Fold the legend
map-legend-fold-hint = Fold the legend to a button

map-osm-attribution = © OpenStreetMap contributors
map-online-tiles-warning = Online tiles ON: openstreetmap.org sees which areas you view

map-notice-show-report = Show import report
map-notice-reset-filters = Reset filters
map-notice-dismiss = Dismiss

# $source: a file name, or "3 files"; $rows is written already ("1,200 rows").
map-loading = Loading { $source }
map-loading-rate = { $rows } · { $rate } rows/s
map-loading-cancel = Cancel

# The text a new note starts with.
map-new-note = Note
