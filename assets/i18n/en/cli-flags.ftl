# The command line: networks, deconflict, the exports, flags and the errors the command line makes itself.
# Flag names (--out), flag values (rows=origin, store_day) and ids
# (ak_pattern, short_ttc) stay as typed. Counts given as digits ($n,
# $count, $asked, $nodes, $exact…) are written as they come.

## Errors about flags. $flag is the flag (--from, --as-of); $reason a
## phrase saying what is wrong with its value.

cli-flag-invalid = { $flag }: { $reason }
cli-flag-no-date = { $flag }: no date given
# $ids: the ids to use, joined by ", ".
cli-class-unknown = --class { $id }: not a class id; use one of { $ids }
cli-indicator-unknown = --indicator { $id }: not an indicator id; use one of { $ids }
cli-links-unknown = --links { $id }: not a kind of link; use { $ids }
cli-agency-invalid = --agency { $spec }: write FILE=LABEL, e.g. seizures.csv=HSI
cli-matrix-invalid = --matrix '{ $value }': write rows=destination (one row per recovery area) or rows=origin
# $reason is import-map-not-header-field or import-map-not-a-field.
cli-map-invalid = --map { $reason }
# $code: en+es or es+en.
cli-lang-single = --lang { $code } is for images and decks; a data file is written in one language (en or es)
# $role is one of inputs-role-….
cli-overwrites-input = refusing to write { $output }: it is { $role } { $input }, an input of this command, which is never overwritten; choose another --out

## Loading the data.

cli-no-traces-loaded = no traces could be loaded
# $what: what could not be loaded (cli-no-traces-loaded); $summary is import-summary.
cli-nothing-loaded = { $what } ({ $summary })
# $error: why the importer stopped.
cli-project-not-loaded = loading the data of { $path }: { $error }

## corridor networks. $networks, $members, $purchasers and $traces are
## numbers; $links the kinds of link as ids (case,recovery); $date the
## as-of date. The table's header words are short: columns of figures.

cli-networks-heading = { $networks } networks of { $members } purchasers ({ $purchasers } purchasers in all, { $traces } traces), links: { $links }, as of { $date }
cli-networks-score = score
cli-networks-buyers = buyers
cli-networks-traces = traces
cli-networks-stores = stores
cli-networks-first-buy = first buy
cli-networks-last-recovery = last rec.
cli-networks-age = age
cli-networks-band = band
cli-networks-purchasers = purchasers
# After the first six purchasers of a network.
cli-networks-more = and { $count } more
cli-network-out-of-range = --network { $n }: there are { $count } networks
# $error: what the system said.
cli-chart-not-written = cannot write the chart: { $error }
cli-wrote-chart = Wrote { $nodes } nodes and { $edges } edges to { $path }

## corridor deconflict. $kind is tables-overlap-…, $strength tables-match-….

cli-overlaps-count = { $kind }: { $exact } exact, { $probable } probable
# $score: 0.00 to 1.00; $agencies joined by ", ".
cli-overlap-heading = { $kind } { $strength } ({ $score }) held by { $agencies }:

## corridor export-flowmap and export-data. $flows and $traces are numbers.

cli-wrote-flows = Wrote { $flows } flows ({ $traces } traces) to { $locations } and { $flows_file }
cli-format-unknown = say --format csv, geojson or kml (the extension of { $path } does not tell)
# The title of a data file whose name gives none.
cli-export-title = Corridor export

## corridor export (images).

cli-scale-out-of-range = --scale must be above 0 and at most 8
cli-size-out-of-range = --width and --height must be at least 200 by 150 points and at most 20 million in all
cli-views-need-project = --view and --all choose views of a .corridor project
cli-filter-needs-data = filter flags apply to data files; a project's views carry their own filters
cli-too-many-views = { $asked } views asked for; one export draws at most { $max }: choose them with --view NAME, a few hundred at a time
# $name: the data file's name as saved; $path where it is looked for.
cli-source-outside = the project's data file { $name } is outside the project's folder ({ $path }); it is not read unless --allow-outside-sources is given
cli-source-changed = the project's data file { $name } changed since the project was saved ({ $path }); give --accept-changed to export it as it is now
cli-source-changed-warning = { $name } changed since the project was saved; exporting it as it is now
cli-source-missing = the project's data file { $name } is missing (open the project in the app to locate it)
# $reason: what is wrong with the project's import choices.
cli-project-reason = { $path }: { $reason }
# $views: the project's view names joined by ", ", or cli-views-none.
cli-view-unknown = the project has no view named "{ $name }"; its views: { $views }
cli-views-none = none
cli-no-saved-views = the project has no saved views
