# The reports of check, corridors, stores, generate, handover and verify (text output, not JSON).

## corridor check: the import report and the summary. Counts in
## $rows, $stores… are digits as written (not grouped); $traces is
## count-traces or count-traces-in-rows; ids (ak_pattern, short_ttc) stay.

# The $what of cli-nothing-loaded when check loaded nothing at all.
cli-check-nothing-loaded = nothing could be loaded
cli-check-unlisted = ... and { $count } more issues not listed
cli-check-files = Files:
# $what: the file's kind, encoding and separator, joined by ", ".
cli-check-file = { $file } ({ $what }): { $rows } rows, { $rejected } rejected, { $warnings } warnings
cli-check-separated-comma = comma-separated
cli-check-separated-semicolon = semicolon-separated
cli-check-separated-tab = tab-separated
cli-check-separated-pipe = pipe-separated
cli-check-separated-other = other-separated
# $name: a separator name the importer may add later.
cli-check-separated = { $name }-separated
cli-check-synthetic-demo = synthetic demo data
cli-check-synthetic = synthetic data
# $synthetic is empty or " (cli-check-synthetic-demo)".
cli-check-loaded = Loaded { $traces }, { $stores } stores, { $sites } recovery sites{ $synthetic }
cli-check-report = Report: { $rejected } rows rejected, { $warnings } warnings, { $errors } file errors
cli-check-locations = Locations: { $exact } with exact coordinates, { $city } placed at a town centre (city precision)
# $classes: "ak_pattern 3727, ar_pattern 2443, …" (ids stay).
cli-check-by-class = By class: { $classes }
# $indicators: "short_ttc 3542, multiple_sale 1805, …" (ids stay).
cli-check-indicators = Indicators (traces flagged): { $indicators }
cli-check-nothing = Nothing could be loaded.

## corridor corridors: the table's headers (TTC: time-to-crime).

cli-corridors-origin = origin
cli-corridors-destination = destination
cli-corridors-traces = traces
cli-corridors-share = share
cli-corridors-median-ttc = median TTC
cli-corridors-dominant-class = dominant class

## corridor stores: the table's headers and the errors of its flags.

cli-stores-store = store
cli-stores-town = town
cli-stores-traces = traces
cli-stores-share = share
cli-stores-median-ttc = median TTC
cli-stores-purchases = purchases
cli-stores-top-classes = top classes
# $flag is to, to-state or from-state; $text what was given.
cli-stores-not-a-state = --{ $flag } { $text }: not a US or Mexican state (try MX-TAM, Tamaulipas, US-TX, TX)
cli-stores-destination-twice = give the destination once: --to-state or --to, not both

## corridor generate.

# $error is the gazetteer's error.
cli-generate-gazetteer = loading the embedded gazetteer: { $error }
# Counts are digits; $files the files written, joined by ", ".
cli-generate-wrote = Wrote { $traces } synthetic traces ({ $stores } stores, { $sites } recovery sites, { $purchasers } purchasers, { $cases } cases) to { $files } in { $seconds } s ({ $rate } traces/s)

## corridor handover and corridor verify.

cli-handover-source-changed = the project's data file { $name } is outside its folder or changed since it was saved ({ $path }): open the project in the app, save it, and hand it over again
cli-handover-source-missing = the project's data file { $name } is missing
# $error: the CSV library's words.
cli-handover-redacted-copy = cannot write the redacted copy: { $error }
# $error: the JSON library's words.
cli-handover-project = cannot write the project: { $error }
# $reason: base64's words.
cli-handover-embedded-copy = the embedded copy of { $name }: { $reason }
# $project is case.corridor; $redacted is empty or " (cli-redacted)".
cli-handover-wrote = Wrote the package { $path } ({ $count } data files inside { $project }){ $redacted }; the receiver checks it with corridor verify
cli-verify-mismatch = the package { $path } does not match its manifest
# $made_by: the Corridor that made it; $created: when, UTC.
cli-verify-received = Received from { $agency } ({ $made_by }), made { $created }
cli-verify-unnamed-agency = an agency not named
cli-verify-status-verified = VERIFIED
cli-verify-status-changed = CHANGED
cli-verify-status-missing = MISSING
cli-verify-changed = SHA-256 { $found }, the manifest says { $expected }
cli-verify-verified = Verified: every file is as it was handed over.
cli-verify-not-verified = NOT verified: the files above differ from what was handed over.
