# The menu bar: File (with the project entries and the exports), View (with
# the briefing's views, presentation and redaction), Annotate, Settings and
# Help.

menu-file = File
menu-file-open = Open…
menu-file-open-demo = Open demo data
menu-file-import-report = Import report
menu-file-save-report = Save import report as CSV…
menu-file-agencies = Agencies of the files…
menu-file-agencies-tip = Which agency each file's records come from, for the Overlaps table
menu-file-flowmap = Export to flowmap.blue…
menu-file-flowmap-tip = locations.csv and flows.csv of the traces in the filter, one location per store and site
menu-file-quit = Quit

menu-project-new = New project
menu-project-open = Open project…
menu-project-recent = Recent projects
menu-project-not-found = Not found: { $path }
menu-project-save = Save project
menu-project-save-as = Save project as…
menu-project-embed = Embed data in project
menu-project-embed-tip = Save the data files inside the project, so it opens on a machine that does not have them. The project grows by the size of the files.
menu-project-hand-over = Hand over…
menu-project-hand-over-tip = One zip file for another agency: this project with its data inside, a manifest with the SHA-256 of every file and a README. Optionally without identifiers.
menu-alias-key = Save alias key…
menu-alias-key-tip = Which real dealer and purchaser each alias stands for, as a CSV file of its own. Keep it apart from the briefing: it undoes the redaction.
menu-alias-key-disabled-tip = Aliases are used while redaction is on (View menu)
menu-export-data = Export data…
menu-export-data-tip = The traces in the filter as CSV (with source file, SHA-256 and line), GeoJSON or KML (by the file's extension); redacted when redaction is on
menu-export-image = Export map image…
menu-export-image-tip = The map as it is now, with title, legend, scale bar and attribution: PNG, SVG (vector, crisp on slides) or PDF, by the file's extension; redacted when redaction is on
menu-export-deck = Export briefing deck…
menu-export-deck-tip = Every saved view: a PDF with a page per view, or a PNG or SVG file per view, named after its title
menu-export-deck-disabled-tip = Save views in the views panel (Ctrl+Shift+V) first
menu-png-scale = PNG image scale
menu-png-scale-tip = Pixels per point: 2x for slides, 4x for print

menu-view = View
menu-view-fit = Fit to data
menu-view-colour-class = Colour flows by weapon class
menu-view-colour-single = One colour for all flows
menu-view-colour-network = Colour flows by purchaser network
menu-view-colour-network-tip = Each flow in the colour of the network most of its traces belong to (Networks table); the others grey
menu-view-mark-flagged = Mark flagged traces
menu-view-mark-flagged-intro = Outline the flows and ring the symbols that carry a trace with any of:
menu-view-mark-overlaps = Mark records another agency holds
menu-view-mark-overlaps-tip = Ring the stores and recovery sites of records that another agency also holds (Overlaps table)
menu-view-fade-stale = Fade stale leads
menu-view-fade-stale-tip = Draw faint the flows whose latest recovery is a stale lead as of the filter's date
menu-group-heading = Group locations
menu-group-clusters = Clusters by zoom
menu-group-clusters-tip = Nearby stores and sites merge as you zoom out; named after the busiest one.
menu-group-states = US states to Mexican states
menu-group-towns = Towns to municipalities
menu-group-locations = Every store and site
menu-group-locations-tip = No grouping: one symbol per store and per recovery site.
menu-lock-scales = Lock scales
menu-lock-scales-tip = Keep flow widths and symbol sizes on the scale of all loaded data, so views and              filters can be compared side by side. The legend says which scale is in use.
menu-view-filter-panel = Filter panel
menu-view-legend = Legend
menu-view-city-labels = City labels
menu-view-ports = Ports of entry
menu-view-table-corridors = Corridors table
menu-view-table-dealers = Dealers table
menu-view-table-networks = Networks table
menu-view-table-overlaps = Overlaps table
menu-view-time-bar = Time bar
menu-view-time-bar-tip = Traces per month under the map: choose, drag or play a date range
menu-view-charts = Charts
menu-view-charts-tip = Weapon-class mix, traces per month and time to crime for the filter or the selection ({ $shortcut })
menu-views-panel = Views panel
menu-views-panel-tip = Saved views: add, rename, reorder and show them
menu-present = Present
menu-present-tip = Full screen, one saved view per slide; arrow keys step, Esc leaves
menu-redact-identifiers = Redact identifiers
menu-redact-identifiers-tip = Hide purchaser ids and serial numbers everywhere: panels, tooltips, search, presentation and exports
menu-redact-dealers = Also redact dealer names
menu-redact-dealers-tip = Hide dealer names and FFL numbers too (their towns stay); turns on Redact identifiers
menu-view-online-tiles = Online map tiles (OpenStreetMap)
menu-view-online-tiles-tip = Off by default. When on, map images are downloaded from tile.openstreetmap.org, and that server sees which areas you look at.

menu-annotate = Annotate
menu-annotate-note = Add note
menu-annotate-arrow = Add arrow
menu-annotate-circle = Add circle
menu-annotate-remove-all = Remove all annotations

# The language names are not messages: each is written in itself.
menu-settings = Settings
menu-settings-language = Language

menu-help = Help
menu-help-about = About Corridor
menu-export-bilingual = Images and decks in English and Spanish
menu-export-bilingual-tip = For a joint briefing: each title, caption and legend line Corridor writes is followed by the other language, smaller. Titles you wrote are not translated.
