# The time bar under the map (date field, range, Play, traces per month),
# the time histograms' work and the charts window.

time-heading = Time
time-date-recovery = Recovery date
time-date-purchase = Purchase date
time-date-field-hover = Which date the histogram and the range use
time-clear = Clear
time-clear-hover = Show every date
time-play = Play
time-pause = Pause
time-play-hover = Move the range forward one step at a time, keeping its length; stops at the end
time-play-step = by { $step }
time-play-step-hover = How far each step moves the range
time-dated = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} with a { $field }
time-in-range = { $shown } of { $dated } in the range
time-counts-hover = Traces in the range, of those on the time axis in the other filters
time-refused-hover = { $reason }. The range was not changed.
time-from = From
time-to = To
time-any = any
time-date-hover = YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year; empty for no limit
time-only-year = { $years } dated only by year
time-only-month = { $months } only by month
time-only-year-and-month = { $years } dated only by year, { $months } only by month
time-partial-hover = Their table gives a month or a year, not a day: a month is drawn in its month, a year as a faint band across it. A date range that cuts their period leaves them out (counted as without a date), and they have no time-to-crime.
time-missing-left-out = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} without a { $field } left out
time-missing-partial-left-out = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} without a { $field } (or with only a year or month the range cuts) left out
time-missing-left-out-hover = They cannot be placed in the range; clear the range to see them
time-missing = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} without a { $field }
time-missing-hover = Not on the time axis; left out while a date range is set
time-per-month = Traces per month
time-no-dates = No dates to show
time-month-count = { $month }: { $count ->
    [one] { $count } trace
   *[other] { $count } traces
}
time-year-unknown = { $year }, month unknown: { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} (the faint band across the year)
time-drag-hint = Drag to choose a range, click for one month

time-charts = Charts
time-charts-selection = Selection, in the current filter
time-charts-filter = Current filter
time-class-mix = Weapon-class mix
time-class-bar = { $class }: { $count } ({ $share }%)
time-traces-by-class = Traces by class
time-chart-months = Traces per month ({ $field })
time-chart-no-dates = No dates
time-chart-ttc = Time to crime (years)
time-ttc = Time to crime
time-ttc-bar = { $from } to { $to }: { $count }
time-ttc-over = { $count } after { $years } years or more
time-ttc-negative = { $count } recovered before purchase
time-ttc-missing = { $count } without both dates
