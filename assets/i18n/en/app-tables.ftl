# The tables under the map (corridors, dealers, networks, overlaps), their
# shared cells and the link chart window.

tables-sort-hover = Sort by this column; click again to reverse

tables-corridors-summary = { $corridors } corridors · { $traces } traces in the filter
tables-corridors-summary-selection = { $corridors } corridors · { $traces } traces in the filter and the selection

tables-dealers-summary = { $stores ->
    [one] { $stores } store
   *[other] { $stores } stores
} · { $traces } traces · { $scope }
tables-dealers-scope-all = all stores in the filter
tables-dealers-scope-sites = traces of { $sites ->
    [one] { $sites } selected recovery site
   *[other] { $sites } selected recovery sites
}
tables-dealers-scope-stores = traces of { $stores ->
    [one] { $stores } selected store
   *[other] { $stores } selected stores
}
tables-dealers-scope-between = traces of { $sites ->
    [one] { $sites } selected recovery site
   *[other] { $sites } selected recovery sites
} → { $stores ->
    [one] { $stores } selected store
   *[other] { $stores } selected stores
}
tables-dealers-scope-either = traces of { $sites ->
    [one] { $sites } selected recovery site
   *[other] { $sites } selected recovery sites
} or { $stores ->
    [one] { $stores } selected store
   *[other] { $stores } selected stores
}

tables-networks-summary = { $networks ->
    [one] { $networks } network
   *[other] { $networks } networks
} of { $purchasers } purchasers · as of { $date }
tables-networks-hover = Purchasers linked by a shared case, guns recovered together or a shared address
tables-networks-store-day-hover = Also link purchasers who bought at one store on one day (a weak link)
tables-networks-show-all = Show all purchasers
tables-networks-show-all-hover = Stop showing only one network's traces
tables-networks-link-chart = Link chart
tables-networks-link-chart-hover = The shown network's purchasers, stores and links
tables-networks-row-hover = Show only this network's flows
tables-network-score = Score
tables-network-purchasers = Purchasers
tables-network-traces = Traces
tables-network-stores = Stores
tables-network-first-purchase = First purchase
tables-network-last-recovery = Last recovery
tables-network-lead-age = Lead age
tables-network-members = Members
tables-lead-age = { $days } d ({ $band })
tables-lead-age-unknown = unknown
tables-age-fresh = fresh
tables-age-ageing = ageing
tables-age-stale = stale
tables-age-unknown = unknown
tables-ids-hidden = ids hidden (redaction)

tables-overlaps-summary = Held by two or more agencies: { $counts }
tables-overlaps-kind-counts = { $kind } { $exact } exact, { $probable } probable
tables-overlaps-hover = Records of different agencies that look like the same firearm, purchaser or store; nothing is merged
tables-overlaps-what = What
tables-overlaps-match = Match
tables-overlaps-score = Score
tables-overlaps-agencies = Agencies
tables-overlaps-records = Records
tables-overlaps-row-hover = Select these records' stores and recovery sites
tables-overlap-firearm = firearm
tables-overlap-purchaser = purchaser
tables-overlap-store = store
tables-match-exact = exact
tables-match-probable = probable

tables-link-legend = ● purchaser  ■ store  — bought at (thicker: more traces)
