# The words an exported map carries about itself (render::caption, title,
# legend_notes; the legend's colours in scene::build).

caption-all-classes = All weapon classes
caption-no-class = No weapon class
caption-all-dates = All dates
caption-purchased-span = Purchased { $span }
caption-purchased-in = Purchased in { $year }
caption-purchased-from = Purchased from { $from }
caption-purchased-until = Purchased until { $to }
caption-recovered-span = Recovered { $span }
caption-recovered-in = Recovered in { $year }
caption-recovered-from = Recovered from { $from }
caption-recovered-until = Recovered until { $to }
caption-make-model = Make/model "{ $words }"
caption-fresh-leads = Fresh leads: recovered within { $days } days of { $date }
caption-network-only = Only a network of { $count } purchasers
caption-min-traces = Flows of at least { $count } traces
caption-flagged = Flagged: { $names }
caption-or = { $a } or { $b }
caption-short-ttc = short time-to-crime (under { $months } months)
caption-ttc-span = Time to crime { $from }–{ $to } days
caption-ttc-from = Time to crime { $from } days or more
caption-ttc-until = Time to crime up to { $to } days
caption-redacted-both = Identifiers and dealer names redacted
caption-redacted-identifiers = Identifiers redacted
caption-redacted-dealers = Dealer names redacted
caption-synthetic-demo = { $name } (synthetic demo)
caption-synthetic = { $name } (synthetic)
caption-more-files = { $count ->
    [one] { $count } more file
   *[other] { $count } more files
}
caption-source = Source: { $names }
caption-no-data = Source: no data loaded
caption-as-of = as of { $date }
caption-demo-data = Demo data (synthetic, fictitious dealers)

title-all-classes = all weapon classes
title-no-class = no weapon class
title-two = { $a } and { $b }
title-n-classes = { $count } weapon classes
title-us = US
title-mexico = Mexico
title-us-states = { $count } US states
title-mexican-states = { $count } Mexican states
title-bought = bought { $years }
title-since = since { $year }
title-until = until { $year }

legend-drawn-some = { $shown } largest of { $total } flows
legend-drawn-all = All { $shown } flows
legend-drawn-some-min = { $shown } largest of { $total } flows with at least { $min } traces
legend-drawn-all-min = All { $shown } flows with at least { $min } traces
legend-scale-locked = Scale locked to all loaded data
legend-scale-fitted = Scale fitted to this filter
legend-grouped-clusters = Grouped: clusters by zoom
legend-grouped-states = Grouped: US states to Mexican states
legend-grouped-towns = Grouped: towns to municipalities
legend-grouped-none = Every store and site on its own
legend-attribution = Made with Natural Earth · Contains GeoNames data (CC BY 4.0)
legend-colour-class = Colour: dominant weapon class
legend-colour-single = Colour: all flows
legend-colour-network = Colour: purchaser network (most of its traces)
legend-all-flows = All flows
legend-dashed = Dashed: known only to its state or country
legend-network = Network { $rank }
legend-more-networks = { $count } more networks
legend-no-network = In no network
legend-outlined = Outlined: carries a trace with { $names }
legend-ringed = Ringed: another agency holds records here
legend-faded = Faded: stale lead (latest recovery over { $days } days before { $date })
legend-store = Store (purchase)
legend-site = Recovery site
legend-traces-per-flow = Traces per flow
legend-traces-per-location = Traces per location (area)
legend-redacted-badge = REDACTED

kml-description = { $traces ->
    [one] { $traces } trace
   *[other] { $traces } traces
} in the filter; { $flows ->
    [one] { $flows } flow
   *[other] { $flows } flows
}. Exported by Corridor.
kml-stores = Stores
kml-sites = Recovery sites
kml-flows = Flows
kml-flow-name = { $from } to { $to }
kml-source-id = Source id { $id }

handover-title = Corridor hand-over package
handover-no-agency = (no agency named)
handover-bytes = { $bytes } bytes
handover-today = today
handover-from = From: { $agency }
handover-made = Made: { $time } (UTC)
handover-as-of = As of: { $date }
handover-filter = Current view's filter: { $filter }
handover-open = Open { $project } in Corridor (File > Open project): its data is inside it, so no
    other file is needed. Check the package first with
handover-verify = which compares every file with the SHA-256 in { $manifest } and says what differs.
handover-data-files = Data files inside the project:
