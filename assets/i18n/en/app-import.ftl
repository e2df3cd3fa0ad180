# Loading data: the open dialog, the notices of a load, the column mapping,
# date order, workbook sheets and matrix questions, and the import report
# window's own words (the reasons it lists are the importer's, import.ftl).

import-open-title = Open trace data
import-open-filter-traces = Trace data
import-open-filter-all = All files

import-cancelled = Loading cancelled; the data already shown is unchanged.
import-kept-data = The data already shown is unchanged.
# What a failed load was doing, in import-… and main-task-failed.
import-task-loading = loading { $source }
import-could-not-load = Could not load: { $error }
# What an import reported, e.g. "1 row rejected, 1,200 warnings, 0 file errors"
# (ImportReport::summary_line_in).
import-summary = { $rejected ->
    [one] { $rejected } row rejected
   *[other] { $rejected } rows rejected
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $errors ->
    [one] { $errors } file error
   *[other] { $errors } file errors
}
import-nothing-added = Nothing was added from { $source } ({ $summary }). The data already shown is unchanged.
import-nothing-loaded = Nothing could be loaded from { $source } ({ $summary }). The data already shown is unchanged.
# $traces is written already: "1,200 traces", "40 traces in 1 row".
import-loaded-with-issues = Loaded { $traces } from { $source }: { $summary }.
import-filters-reset = The filters set before would have hidden all { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} of { $source }, so they were reset.
import-filters-hide = Filters from before hide { $hidden } of the { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} of { $source }.

import-mapping-title = Map columns: { $file }
import-mapping-intro = Corridor could not tell what these columns hold. Say what each one is; the mapping is remembered for files with the same headers.
# After a list of table kinds: "[traces (one row per firearm)] is what each row holds".
import-mapping-row-kind = is what each row holds
import-mapping-column = Column
import-mapping-first-values = First values
import-mapping-holds = Holds
import-mapping-ignore = (ignore)
import-mapping-field-for = Field for column '{ $column }'
import-mapping-slash-dates = Slash dates are
import-mapping-dates-decided = decided from the dates
import-date-mdy = MM/DD/YYYY
import-date-dmy = DD/MM/YYYY
import-mapping-still-needed = Still needed: { $what }
import-mapping-missing-store = the store's location (latitude and longitude, or city) or id
import-mapping-missing-site = the recovery site's location (latitude and longitude, or place) or id
import-mapping-missing-store-location = the store's latitude and longitude, or city
import-mapping-missing-site-location = the site's latitude and longitude, or place
import-mapping-load = Load with this mapping
import-mapping-skip = Skip this file

import-date-title = Date order
import-date-unclear = In { $files }, no date settles whether 01/02/2010 is 2 January (US order) or 1 February.
import-date-read-month-first = They were read month-first. How are they written?
import-date-month-first = Month first (MM/DD/YYYY)
import-date-day-first = Day first (DD/MM/YYYY)
import-date-remembered = The choice is remembered for files with the same columns.
import-date-apply = Apply and reload
import-date-keep = Keep month first

import-sheets-title = Sheets to load
import-sheets-intro = Untick the sheets that hold no traces (notes, summaries, charts' data).
import-sheets-hidden = { $sheet } (hidden in the workbook)
import-sheets-load = Load
import-sheets-tick-one = Tick at least one sheet
import-sheets-cancel = Cancel

import-matrix-title = Matrix of counts
import-matrix-unclear = { $files } holds counts with areas along its rows and its columns, but their countries do not tell which side is where the guns were bought (one country on both sides, or both countries on one).
import-matrix-question = What are its rows?
import-matrix-rows-destinations = Where they were recovered (destinations)
import-matrix-rows-destinations-hint = One row per recovery area; the columns are where they were bought
import-matrix-rows-origins = Where they were bought (origins)
import-matrix-rows-origins-hint = One row per purchase area; the columns are where they were recovered
import-matrix-saved = The choice is saved with the project and the file reloads.

import-report-title = Import report
import-report-failed = The last import loaded nothing; the data shown is from before it.
import-report-save = Save as CSV…
import-report-save-title = Save import report
import-report-saved = Import report saved to { $path }
import-report-not-saved = Could not save the report to { $path }: { $error }
# One line per file; $kind ("traces CSV") is the importer's, $encoding is
# empty or " (UTF-8)".
import-report-file = { $file } — { $kind }{ $encoding }: { $rows } rows, { $traces } traces, { $stores } stores, { $sites } recovery sites, { $rejected } rejected, { $warnings } warnings
# Issues of one kind beyond the examples listed (MoreLike::line_in); $field
# is empty or " (column)", $example the importer's reason.
import-report-more-errors = { $file }{ $field }: { $count ->
    [one] { $count } more error
   *[other] { $count } more errors
} like the { $listed } listed, from line { $line }: { $example }
import-report-more-rejected = { $file }{ $field }: { $count ->
    [one] { $count } more row rejected
   *[other] { $count } more rows rejected
} like the { $listed } listed, from line { $line }: { $example }
import-report-more-warnings = { $file }{ $field }: { $count ->
    [one] { $count } more warning
   *[other] { $count } more warnings
} like the { $listed } listed, from line { $line }: { $example }
import-report-unlisted = { $count } more issues are counted but not listed.
import-report-no-problems = No problems found.
import-report-severity = Severity
import-report-file-column = File
import-report-line = Line
import-report-column = Column
import-report-reason = Reason
import-report-severity-error = error
import-report-severity-rejected = rejected
import-report-severity-warning = warning
