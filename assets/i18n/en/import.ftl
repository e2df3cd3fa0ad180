# The import report: why rows were left out or doubted and why files could
# not be read (the core's import, crates/corridor_core/src/import/), and
# what each file was read as. The command line, JSON and CSV reports keep
# the English; the app shows them in the language chosen. Cell values,
# file names, headers and the messages of other programs are quoted as
# they are.

# Text of another program (an operating system or library error), as it is.
import-text = { $text }
# Two reasons about one row: "store latitude is missing; recovery site longitude is missing".
import-two-reasons = { $first }; { $second }

## Where a row is, inside a reason ($line and $row are not grouped), as
## SourceFile::place_in writes it (model.ftl: source-line, source-row).

import-source-line = { $file } line { $line }
import-source-row = { $file } row { $row }
# $file is "export.xlsx › Traces".
import-source-sheet-row = { $file } › row { $row }
import-source-earlier-file = an earlier file line { $line }

## Values of a row. $side is store or site; $axis is lat or lon.

# "store latitude": $what in import-coordinate-…
import-coordinate-name = { $side ->
    [store] store
   *[site] recovery site
} { $axis ->
    [lat] latitude
   *[lon] longitude
}
import-axis = { $axis ->
    [lat] latitude
   *[lon] longitude
}
import-coordinate-missing = { $what } is missing
import-coordinate-not-number = { $what } '{ $value }' is not a number
import-coordinate-zero = { $what } '0, 0 (a placeholder, not a place)' is not a number
import-coordinate-out-of-range = { $what } { $value } is out of range
import-not-yes-or-no = '{ $value }' is neither yes nor no
# $order is MM/DD/YYYY or DD/MM/YYYY.
import-date-invalid = date '{ $value }' is not a valid date (expected YYYY-MM-DD or { $order })
import-date-invalid-period = date '{ $value }' is not a valid date (expected YYYY-MM-DD, { $order }, YYYY-MM or YYYY)
import-date-implausible-year = date '{ $value }' has an implausible year { $year }
import-date-left-empty = { $reason }; the date is left empty
import-birth-date-not-full = date of birth '{ $value }' is not a full date; it is left empty
import-obliterated-unread = { $reason }; read as not obliterated
import-recovered-before-purchase = recovery date { $recovered } is before purchase date { $purchased }

import-count-missing = count is missing
import-count-not-whole = count '{ $value }' is not a whole number of firearms (0 to { $max })
import-count-zero = count is 0: the row stands for no firearm and is left out
import-count-past-max = the counts would take the data past { $firearms }, more than one load holds; the row is left out

# $class is the class's id (pistol, ak_pattern…).
import-weapon-type-classified = weapon type '{ $weapon_type }' is not recognised; classified as { $class } from make/model/caliber
import-weapon-type-unknown-class = weapon type '{ $weapon_type }' is not recognised; make/model/caliber match no rule either, so the class is unknown
import-weapon-unclassified = weapon could not be classified (type '{ $weapon_type }', make '{ $make }', model '{ $model }', caliber '{ $caliber }')
import-trace-id-missing = trace id is missing; using '{ $id }'
import-trace-id-repeated = trace id '{ $id }' also appears at { $place }; both rows are kept

## Stores and recovery sites ($side is store or site).

import-location-id-repeated = { $side ->
    [store] store
   *[site] recovery site
} id '{ $id }' was already defined at { $place }; this row is ignored
import-location-moved = { $side ->
    [store] store
   *[site] recovery site
} '{ $id }' is { $km } km from where { $place } puts it; the first location is used
import-coordinate-ignored = { $error }; the location of { $side ->
    [store] store
   *[site] recovery site
} '{ $id }' from { $place } is used
import-unknown-location-id = unknown { $side ->
    [store] store
   *[site] recovery site
} id '{ $id }'
# $lat and $lon are column names.
import-no-location-columns = no usable { $side ->
    [store] store
   *[site] recovery site
} location: no { $lat } / { $lon } columns
import-no-location = no usable { $side ->
    [store] store
   *[site] recovery site
} location: { $error }
import-no-location-of = no usable { $side ->
    [store] store
   *[site] recovery site
} location for '{ $id }': { $error }
# $country and $side_country are us or mx.
import-state-of-other-country = '{ $state }' is a state of { $country ->
    [us] United States
   *[mx] Mexico
}, and this side's locations are in { $side_country ->
    [us] United States
   *[mx] Mexico
}

## Towns placed from the gazetteer ($town is quoted: 'Juárez, Chihuahua').

import-town-unknown = { $town } is not in the gazetteer
import-town-not-in-state = { $town } is not in the gazetteer ({ $count ->
    [one] { $count } place
   *[other] { $count } places
} of that name, none in that state)
import-town-unknown-state = { $town } cannot be placed: '{ $state }' is not a US or Mexican state
import-town-centre = the centre of { $town } ({ $state }, population { $population })
import-placed-at-centre = { $error }; placed at { $centre } instead
import-town-ambiguous = { $town } matches { $count } places; the most populous was used: { $centre }
import-town-ambiguous-in-state = { $town } matches { $count } places; the most populous in that state was used: { $centre }

## flowmap.blue files.

import-flowmap-no-id = location has no id
import-flowmap-location = location '{ $id }': { $reason }
import-flowmap-unknown-id = unknown location id '{ $id }' (not in any locations file)

## What each file was read as (the report's per-file lines).

# $what is traces, stores, sites or matrix; $container is CSV, sheet or Parquet.
import-kind-table = { $what ->
    [traces] traces
    [stores] stores
    [sites] recovery sites
   *[matrix] matrix
} { $container }
import-kind-geojson = GeoJSON
import-kind-flowmap-locations = flowmap.blue locations
import-kind-flowmap-flows = flowmap.blue flows
import-kind-not-loaded = not loaded
import-kind-sheet-not-loaded = sheet not loaded
# $rows is "3 rows".
import-encoding-mixed = { $encoding } ({ $rows } read as windows-1252)

## Files that cannot be read.

import-file-unreadable = cannot read file: { $error }
import-folder-unreadable = cannot read folder: { $error }
import-folder-empty = folder holds no .csv, .tsv, .txt, .geojson or .json file
import-is-folder = this is a folder, not a file
import-is-fifo = this is a named pipe (FIFO), not a file; only regular files are read
import-is-device = this is a device, not a file; only regular files are read
import-is-socket = this is a socket, not a file; only regular files are read
import-is-not-regular = this is not a regular file; only regular files are read
import-binary = this is binary data, not a text file
# $kind is one of import-binary-….
import-not-text = this is { $kind }, not a text file
import-binary-zip = a zip archive or an Excel workbook (.xlsx); save the sheet as CSV and open that
import-binary-xls = an old Excel workbook (.xls); save the sheet as CSV and open that
import-binary-gzip = a gzip-compressed file
import-binary-bzip2 = a bzip2-compressed file
import-binary-xz = an xz-compressed file
import-binary-zstd = a zstd-compressed file
import-binary-7z = a 7-Zip archive
import-binary-pdf = a PDF document
import-binary-png = a PNG image
import-binary-jpeg = a JPEG image
import-binary-elf = a program (ELF executable)
import-binary-windows = a Windows program
import-binary-parquet = a Parquet file
import-binary-sqlite = an SQLite database
import-file-too-big-whole = this file is { $size }; GeoJSON and flowmap.blue files are read whole, and at most { $max } are (save big data as a CSV table, which is read in chunks)
import-file-grew = the file grew past the size read whole while it was read
import-too-many-files = too many files in one dataset ({ $max } at most)

## Tables (CSV, sheets, Parquet).

import-file-empty = the file is empty
import-unknown-headers = could not tell what this file holds from its headers ({ $headers }); expected traces (e.g. trace_id, store_lat, recovery_lat), stores (id, name, lat, lon) or recovery sites (id, place, lat, lon)
import-too-many-columns = line { $line } has { $columns } columns, more than a table may have ({ $max }); the file is not read
import-line-too-long = line { $line } is longer than a table's line may be ({ $max } bytes); the rest of the file is not read
# $message is the CSV reader's.
import-csv-error = line { $line }: { $message }
import-read-stopped = the file could not be read past this point: { $reason }
import-column-unknown = column '{ $header }' is not a field Corridor knows; it is ignored
import-column-duplicate = column '{ $header }' names the same field as column { $column }; it is ignored
import-nul-byte = the cell holds a NUL byte (binary data in a text file); the row is left out
import-extra-fields = row has { $fields } fields but the header has { $expected }; the extra fields are ignored
# $order is month or day.
import-date-order = { $order ->
    [month] MM/DD/YYYY
   *[day] DD/MM/YYYY
}
import-dates-ambiguous = slash dates such as '{ $example }' read either month-first or day-first and no date settles it; they were read as MM/DD/YYYY (US). If they are DD/MM/YYYY, choose that in the app or use --day-first
import-dates-conflicting = some slash dates are day-first ('{ $day_first }') and some month-first ('{ $month_first }'); they were read as MM/DD/YYYY and the others are reported as invalid

## Matrices of counts.

import-matrix-unclear-axes = this table is a matrix of counts, but the countries of its rows and columns do not tell which axis is where the guns were bought; choose it (--matrix rows=destination or --matrix rows=origin)
import-matrix-row-no-area = row '{ $label }' of the matrix names no area (a breakdown or a note); it is left out
import-matrix-cell-not-count = cell '{ $value }' is not a count; it is left out
import-matrix-row-total = the row's total says { $stated } but its cells add up to { $sum }; the cells are loaded
import-matrix-column-total = the total row says { $stated } for '{ $area }' but the column adds up to { $sum }; the cells are loaded

## GeoJSON.

import-json-invalid = not valid JSON at line { $line }, column { $column }: { $message }
import-geojson-not-features = GeoJSON must be a FeatureCollection or a Feature (found type "{ $found }")
import-geojson-no-type = GeoJSON must be a FeatureCollection or a Feature (found no "type")
# $number counts the features from 1.
import-feature = feature { $number }: { $reason }
import-feature-invalid = not a valid GeoJSON feature: { $error }
import-feature-no-geometry = has no geometry, so it cannot be placed
import-feature-no-kind = Point feature has no "kind" property (store or recovery)
import-feature-unknown-kind = Point feature kind '{ $kind }' is neither store nor recovery
import-feature-short-line = LineString has fewer than two positions
import-feature-geometry-unused = { $geometry } geometry is not used (Points are locations, LineStrings are traces)

## flowmap.blue flows.

import-flowmap-no-weapons = flowmap.blue flows carry counts, not firearms: the { $count } traces they count have no weapon (class unknown), purchase date or serial

## Parquet files.

import-parquet-panic = the Parquet reader failed on this file: it is damaged, or uses a feature Corridor does not read
import-parquet-invalid = this is not a Parquet file Corridor can read ({ $error })
import-parquet-too-many-rows = the file declares { $rows } rows; Corridor reads Parquet files of up to { $max } rows (reduce a bigger extract to counted rows first: docs/scale-out.md)
import-parquet-too-big = the file declares { $declared } of data in { $size }: more than Corridor unpacks from such a file
import-parquet-row-group = row group { $group }: { $error }
import-parquet-cell = row { $row }, column '{ $column }': { $error }
import-parquet-column-short = column '{ $column }' ends before the row group does (row { $row })

## Workbooks (Excel, OpenDocument).

import-workbook-invalid = not a workbook Corridor reads ({ $error })
import-workbook-panic = the workbook reader failed on this file: it is damaged, or not a workbook Corridor reads
import-zip-not-workbook = this is a zip archive but not a workbook Corridor reads ({ $error })
import-ole-not-workbook = this is an OLE file but not an Excel workbook Corridor reads ({ $error })
import-ole-damaged = this is an OLE file but not an Excel workbook Corridor reads, or a damaged one ({ $error })
import-zip-damaged = this is a damaged zip archive, or a damaged workbook ({ $error })
import-zip-too-many-entries = this zip archive holds { $entries } entries; a workbook has far fewer (at most { $max } are read)
import-workbook-too-big = this workbook unpacks to more than { $limit } ({ $size } packed); it is not read
import-xls-too-big = this .xls workbook's sheets would take more than { $limit } of memory to read (their cells span too many rows and columns); save it as .xlsx or CSV
import-workbook-xml = the workbook's content is not valid XML ({ $error })
import-ods-sheet-too-big = a sheet spans { $rows } rows of { $columns } columns, more than the { $max } cells a sheet may have; save it as .xlsx or CSV
import-sheet-too-big = the sheet spans { $rows } rows of { $columns } columns, more than the { $max } cells a sheet may have; save it as .xlsx or CSV
import-sheet-unreadable = cannot read the sheet ({ $error })
import-sheet-too-wide = row { $row } has a value in column { $column }, more columns than a table may have ({ $max })
import-sheet-out-of-order = cells are out of order at row { $row }, column { $column }
# $what is chart, macro or dialog.
import-sheet-not-table = the sheet is { $what ->
    [chart] a chart
    [macro] a macro sheet
   *[dialog] a dialog sheet
}, not a table
import-sheet-empty = the sheet is empty
import-sheet-unticked = unticked; not loaded
import-sheet-no-table = no header names a field Corridor knows (notes or a summary, not a table); skipped
import-sheet-reason = sheet '{ $sheet }': { $reason }

# A column mapping (HEADER=FIELD) of --map or a project.
import-map-not-header-field = '{ $spec }' is not HEADER=FIELD
# $fields: the field ids, joined by ", ".
import-map-not-a-field = '{ $field }' is not a field; use one of { $fields } or ignore
