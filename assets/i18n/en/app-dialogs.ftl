# Windows and questions: the project's changed sources and recovery, save
# changes?, add or replace the data, the file chooser, the agencies of the
# files, hand over, image export, help, about, and dropping files.

dialog-cancel = Cancel

dialog-sources-heading = Some data files of the project are not as saved
dialog-source-found = found
dialog-source-inside = inside the project
dialog-source-changed = changed since the project was saved (its SHA-256 differs)
dialog-source-missing = missing (moved or deleted)
dialog-source-was-at = was at { $path }
dialog-source-outside = outside the project's folder: not read
dialog-source-outside-detail = { $path } · SHA-256 to match { $hash }
dialog-source-outside-detail-size = { $path } · { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
} · SHA-256 to match { $hash }
dialog-source-locate = Locate…
dialog-source-load-anyway = Load anyway
dialog-source-load-anyway-tip = Read the file as it is now; the project's views may then show other data than when they were saved
dialog-source-skip = Skip
dialog-source-skip-tip = Leave this file out of the project's data
dialog-sources-outside-warning = This project names data files outside its folder. A project received from someone else could use that to put unrelated files of this computer into a briefing; allow it only if you know these files.
dialog-sources-open-anyway-note = Open anyway reads the changed files marked Load anyway as they are now and leaves the skipped, the missing and the files outside the folder out; saved selections may then point at other locations.
dialog-sources-allow-outside = Allow files outside the folder
dialog-sources-allow-outside-tip = Remembered for this project file, as it is now
dialog-sources-open-anyway = Open anyway

dialog-recovery-heading = Restore unsaved work?
dialog-count-views = { $count ->
    [one] { $count } view
   *[other] { $count } views
}
dialog-count-annotations = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
dialog-recovery-project = Corridor closed with unsaved changes of the project { $path }: { $views }, { $annotations }.
dialog-recovery-project-ago = Corridor closed with unsaved changes of the project { $path }, autosaved { $minutes } min ago: { $views }, { $annotations }.
dialog-recovery-untitled = Corridor closed with unsaved changes of an untitled session: { $views }, { $annotations }.
dialog-recovery-untitled-ago = Corridor closed with unsaved changes of an untitled session, autosaved { $minutes } min ago: { $views }, { $annotations }.
dialog-recovery-restore = Restore
dialog-recovery-discard = Discard

dialog-unsaved-heading = Save the changes to "{ $name }"?
dialog-unsaved-text = The views, annotations, filters or data of this session changed since it was last saved.
dialog-unsaved-save = Save
dialog-unsaved-discard = Don't save
dialog-unsaved-discard-tip = Go on; the changes are lost

dialog-open-choice-heading = Open { $files }
dialog-open-choice-question = { $count ->
    [one] { $count } trace is loaded. Add the new records to it, or replace it?
   *[other] { $count } traces are loaded. Add the new records to them, or replace them?
}
dialog-open-choice-note = Every record keeps its source file, SHA-256 and line either way.
dialog-open-choice-add = Add to the loaded data
dialog-open-choice-replace = Replace the loaded data

dialog-drop-to-load = { $count ->
    [one] Drop the file to load
   *[other] Drop { $count } files to load
}

dialog-chooser-truncated = Only the first { $count } entries are listed.
dialog-chooser-file-name = File name
dialog-chooser-open = Open
dialog-chooser-save = Save
dialog-chooser-choose-folder = Choose this folder
dialog-chooser-up = Up
dialog-chooser-up-tip = The folder above this one
dialog-chooser-folder = Folder
dialog-chooser-show = Show
dialog-chooser-all-files = All files
dialog-chooser-cannot-list = { $folder } cannot be listed: { $error }
dialog-chooser-not-a-folder = { $path } is not a folder

dialog-agencies-title = Agencies of the files
dialog-agencies-intro = The agency of each file's records that have no agency column (e.g. ATF, HSI, FGR). Overlaps between agencies are found on these labels; a file without one counts as an agency of its own.
dialog-agencies-hint = agency
dialog-agencies-apply = Apply and reload
dialog-agencies-apply-tip = Load the files again with these agencies (saved in the project)

dialog-handover-title = Hand over
dialog-handover-intro = One zip file for another agency: this project with its data inside, a manifest with the SHA-256 of every file, who made it and when, and a README. The receiver checks it with Corridor (opening it says whether it is as handed over) or `corridor verify`.
dialog-handover-from = From (agency)
dialog-handover-from-hint = e.g. ATF Phoenix FD
dialog-handover-identifiers = Identifiers
dialog-handover-as-is = Hand over the data as it is
dialog-handover-redact-people = Redact people: purchasers and addresses as aliases, no names, dates of birth or serials
dialog-handover-redact-people-tip = Networks stay as they are: the aliases still tell purchasers and shared addresses apart.
dialog-handover-redact-dealers = Redact people and dealers (stores as aliases, no licence numbers)
dialog-handover-write = Write package…
dialog-handover-filter = Hand-over package
dialog-handover-not-written = The package was not written: { $reason }
dialog-handover-unreadable = { $path } was written but does not read back as written
dialog-handover-done = Handed over to { $path } ({ $count ->
    [one] { $count } data file
   *[other] { $count } data files
} inside; checked against its manifest)
dialog-handover-done-redacted = Handed over to { $path } ({ $count ->
    [one] { $count } data file
   *[other] { $count } data files
} inside, redacted; checked against its manifest)
dialog-received-file-verified = { $name }: as handed over
dialog-received-file-changed = { $name }: CHANGED since it was handed over
dialog-received-file-missing = { $name }: MISSING
dialog-received-verified = Received from { $agency }, verified
dialog-received-not-verified = Received from { $agency }: NOT verified, files differ from the manifest
dialog-received-unnamed-verified = Received from an agency not named, verified
dialog-received-unnamed-not-verified = Received from an agency not named: NOT verified, files differ from the manifest
dialog-package-not-opened = Could not open the package: { $error }
dialog-package-project-not-opened = Could not open the package's project ({ $error }). { $headline } ({ $files })
dialog-package-manifest-unchecked = The package's manifest could not be checked: { $error }

dialog-image-no-views = There are no saved views to export: add views in the views panel (Ctrl+Shift+V) first.
dialog-image-title = Export the map as an image
dialog-image-deck-title = Export every saved view (PDF: a page each; PNG or SVG: a file per view, named after its title)
dialog-image-busy = An export is still running; try again when it is done.
# What the export was doing, should it fail ("Exporting … stopped with an
# internal error").
dialog-image-task = exporting { $path }
# The file name a deck is offered before the project has a name.
dialog-image-deck-name = Briefing
dialog-image-nothing-written = Nothing was written in its place.
dialog-image-done = Exported the map to { $path }
dialog-image-done-redacted = Exported the map to { $path } (redacted)
dialog-images-done = Exported { $count } images, { $first } to { $last }
dialog-images-done-redacted = Exported { $count } images, { $first } to { $last } (redacted)
dialog-image-failed = Could not export the map: { $error }
dialog-image-format-png = PNG image
dialog-image-format-svg = SVG (vector, for slides)
dialog-image-format-pdf = PDF (a page per view)

dialog-help-quick-start = Quick start
dialog-help-data-formats = Data formats
dialog-quick-load = 1. Load
dialog-quick-load-text = Corridor opens on synthetic demo data. File › Open… or drop files or a folder on the window: CSV, TSV or GeoJSON traces (see Help › Data formats). The import report says what was read and names the file, line and column of every problem.
dialog-quick-load-keys = Ctrl+O open · Ctrl+R import report
dialog-quick-filter = 2. Filter
dialog-quick-filter-text = Tick weapon classes on the left; type a make or model; pick a time-to-crime range. Under the map, type a date range or drag across the histogram, and press Play to step through time (scales stay fixed while playing).
dialog-quick-filter-keys = Ctrl+B fold the filters
dialog-quick-select = 3. Select
dialog-quick-select-text = Click a flow, store or recovery site; Shift+click adds; Ctrl+drag draws a box, Ctrl+Alt+drag a lasso. The details beside the map list the traces (sortable, Copy table). The Corridors and Dealers tables under the map follow the selection: select the sites of a state to see which dealers feed it.
dialog-quick-select-keys = Esc clear · Ctrl+T tables · Ctrl+F search · +/- zoom · Ctrl+0 fit
dialog-quick-view = 4. Save a view
dialog-quick-view-text = Open the views panel and press Add view: the camera, filter, selection and annotations are kept under the title of what is shown. Annotate adds notes, arrows and circles.
dialog-quick-view-keys = Ctrl+Shift+V views panel
dialog-quick-present = 5. Present
dialog-quick-present-text = Each saved view is a slide with its title, filter line, legend and sources.
dialog-quick-present-keys = F5 present · arrows or Space next · Esc leave
dialog-quick-export = 6. Export
dialog-quick-export-text = File › Export map image, briefing deck (PDF), data (CSV, GeoJSON, KML) or flowmap.blue. With View › Redact identifiers, purchasers and dealers become stable aliases (Purchaser 7, Dealer C); File › Save alias key writes who they are, apart.
dialog-quick-export-keys = Ctrl+E export image
dialog-quick-save = 7. Save the project
dialog-quick-save-text = A .corridor project keeps the data sources (or the data itself), views, annotations and redaction. Unsaved work is autosaved and offered back after a crash.
dialog-quick-save-keys = Ctrl+S save · Ctrl+Shift+S save as
dialog-formats-flat = Flat traces (CSV, TSV)
dialog-formats-flat-text = One row per traced firearm, with the store and the recovery inline. Headers are matched loosely, in English or Spanish (store_city, Ciudad tienda, Municipio del hallazgo…); a file whose columns cannot be told apart asks once for a mapping. Places need only a town and state: Corridor places them from its offline gazetteer. Dates may be ISO or slashed (it asks which order when both read).
dialog-formats-linked = Linked tables
dialog-formats-linked-text = Three CSV files in one folder: stores, recoveries and traces, joined by their ids.
dialog-formats-geojson = GeoJSON
dialog-formats-geojson-text = Points with the same properties as the CSV columns, one per trace.
dialog-formats-flowmap = flowmap.blue
dialog-formats-flowmap-text = locations.csv and flows.csv (id, name, lat, lon; origin, dest, count), as Corridor also writes them.
dialog-formats-sample = A sample flat traces file
dialog-formats-copy-sample = Copy sample
dialog-formats-copy-sample-tip = Paste it into a file named sample.csv and open it
dialog-formats-more = Every header, synonym and rule is in docs/data-format.md beside the program; data/examples holds a file of each kind.

dialog-about-title = About Corridor
dialog-about-purpose = Offline evidence mapping of firearms traced from US purchase to recovery in Mexico.
dialog-about-basemap = Basemap: Made with Natural Earth (public domain), naturalearthdata.com.
dialog-about-places = Places: Contains GeoNames data (CC BY 4.0), geonames.org.
dialog-about-ports = Ports of entry: compiled from public knowledge; positions approximate (about 1 km).
dialog-about-tiles = Online tiles, only when turned on: © OpenStreetMap contributors (ODbL).
dialog-about-demo = The demo data is synthetic: its dealers are fictitious and its traces invented.
dialog-about-licence = Licence: MIT (data: Natural Earth public domain, GeoNames CC BY 4.0).
