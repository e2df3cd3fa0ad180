# The details panel (the selection's stores or sites and their traces), the
# map's hover tooltip and the status bar.

details-heading-flow = Flow
details-heading-store = Store
details-heading-site = Recovery site
details-heading-stores = Stores
details-heading-sites = Recovery sites
details-heading-selection = Selection
details-close = Close
details-close-hover = Clear the selection (Esc)
details-fold = Fold the details
details-fold-hover = Fold the details to a strip (the selection stays)
details-names-more = { $names }; and { $count } more
details-from = From: { $names }
details-to = To: { $names }
details-at = At: { $names }
details-in-filter = { $traces } in the current filter
details-purchasers-in-networks = Purchasers in networks:
details-show-network = Show network { $number } ({ $purchasers } purchasers)
details-show-network-hover = Show only this network's traces, framed
details-networks-more = and { $count } more (Networks table)
details-also-held = { $trace }: also held by { $agency } ({ $place }; { $kind } { $strength })
details-also-held-heading = Also held by another agency
details-also-held-hover = Overlaps table: the same firearm or purchaser in another agency's data
details-overlaps-more = and { $count } more (Overlaps table)
details-ffl = FFL { $ffl }
details-recovered = Recovered { $date }
details-location-exact = { $lat }, { $lon } (exact location)
details-location-city = { $lat }, { $lon } (city location)
details-location-state = { $lat }, { $lon } (state location)
details-location-country = { $lat }, { $lon } (country location)
details-source = Source: { $place }
details-copy-table = Copy table
details-copy-table-hover = Copy these traces as a table (tab-separated), as shown

details-tip-to = to { $place }
details-tip-also = Also under the pointer: { $flows }
details-tip-more = and { $count } more
details-tip-stores = { $stores } stores · { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} bought here
details-tip-store = Store · { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} bought here
details-tip-sites = { $sites } recovery sites · { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} recovered here
details-tip-site = Recovery site · { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} recovered here
details-tip-click = Click for the traces; Shift+click to add

details-status-loaded = { $traces } loaded · { $stores } · { $sites }
details-status-report = { $rejected } rejected · { $warnings } warnings
details-status-report-errors = { $rejected } rejected · { $warnings } warnings · { $errors } file errors
details-status-report-hover = Show the import report
details-status-checking = Checking the project's data files…
details-status-checking-hover = Each file is read and its SHA-256 compared with the one saved in the project.
details-status-updating = Updating the map…
details-status-updating-hover = Big data is counted on a worker thread; the map shows the last result until the new one is ready.
details-status-made = Made { $time } (UTC)
details-status-no-files = No files loaded
