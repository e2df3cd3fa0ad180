# The filter panel (weapon classes, make/model, indicators, lead age, flows
# drawn, what is shown), the time-to-crime filter, the search box and the
# strips of folded panels.

filter-weapon-classes = Weapon classes
filter-fold = Fold the filter panel
filter-fold-hover = Fold the filters to a strip (Ctrl+B)
filter-class-id-hover = Class id for the command line: { $id }
filter-all = All
filter-all-hover = Show every weapon class
filter-none = None
filter-none-hover = Hide every weapon class
filter-make-model = Make or model
filter-make-model-hint = e.g. Colt, WASR, Barrett
filter-make-model-hover = Every word must appear in the make or the model (case and accents ignored)
filter-flows-drawn = Flows drawn
filter-reset = Reset filters
filter-shown = Shown
filter-shown-traces = { $shown } of { $total } traces
filter-shown-flows = { $drawn } of { $total } flows drawn
filter-shown-flows-hover = The drawn flows carry { $carried } of the { $total } traces in the filter
filter-click-hint = Click a flow, store or site for its traces. Scroll to zoom, drag to pan.

filter-at-least = At least
filter-min-traces-hover = Hide flows with fewer traces
filter-traces-per-flow = traces per flow
filter-only-largest = Only the largest
filter-top-hover = How many of the largest flows to draw

filter-indicators = Indicators
filter-indicators-hover = Show only traces flagged with any of the ticked indicators
filter-short-ttc-under = Short time-to-crime: under
filter-months-suffix = {" "}months
filter-short-ttc-hover = ATF's indicator is under 3 years (36 months)
filter-help-short-ttc = Recovered less than { $months } months after purchase
filter-help-multiple-sale = The same purchaser bought two or more handguns within five business days, or two or more AK, AR or .50 rifles within five business days at stores in Arizona, California, New Mexico or Texas
filter-help-obliterated = The serial number was filed off
filter-help-several-stores = The purchaser bought at three or more stores
filter-help-co-recovered = Recovered in one seizure with guns of two or more purchasers

filter-lead-age = Lead age
filter-fresh-only = Fresh leads only
filter-fresh-only-hover = Only traces recovered at most { $days } days before the as-of date
filter-as-of = As of
filter-as-of-hint = today
filter-as-of-hover = YYYY-MM-DD; blank: today. Saved with the view, so a briefing keeps its ages

filter-ttc = Time to crime
filter-ttc-hover = Days from purchase to recovery. Traces lacking either date are left out while a range is set.
filter-ttc-histogram = Time to crime histogram
filter-ttc-min = Min
filter-ttc-min-hover = Min time to crime, in days
filter-ttc-max = Max
filter-ttc-max-hover = Max time to crime, in days
filter-ttc-days = days
filter-ttc-under-1-year = Under 1 year
filter-ttc-under-1-year-hover = Bought less than 365 days before recovery: fast diversion, a trafficking indicator
filter-ttc-1-to-3-years = 1–3 years
filter-ttc-1-to-3-years-hover = 365 to 1,094 days
filter-ttc-3-years-or-more = 3 years or more
filter-ttc-3-years-or-more-hover = 1,095 days or more
filter-ttc-any = Any
filter-ttc-any-hover = No time-to-crime limit
filter-ttc-missing-left-out = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} without both dates left out
filter-ttc-missing = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} without both dates (no time to crime)
filter-ttc-negative = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} recovered before purchase (date error?)
filter-ttc-over = { $days } days or more: { $count ->
    [one] { $count } trace
   *[other] { $count } traces
}
filter-ttc-bin = { $low }–{ $high } days: { $count ->
    [one] { $count } trace
   *[other] { $count } traces
}

filter-search = Search
filter-search-hint = Search dealer, town, trace id, serial (Ctrl+F)

filter-strip-show = Show the { $panel }
