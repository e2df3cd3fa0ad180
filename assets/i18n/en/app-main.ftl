# The app's shell: the window, the project and session notices, exports of
# the data, failed background tasks, the table tabs and the fold strips.

main-untitled = Untitled
main-no-data = No data

main-tab-corridors = Corridors
main-tab-dealers = Dealers
main-tab-networks = Networks
main-tab-overlaps = Overlaps

main-strip-filters = Filters
main-strip-filters-hint = Show the filter panel (Ctrl+B)
main-strip-details = Details
main-strip-details-hint = Show the traces of the selection
main-link-chart-title = Link chart — network { $number }

# A background task that failed. $what is one of the main-task-… messages
# below (its first letter is made upper case), $kept one of main-kept-….
main-task-failed = { $what } stopped with an internal error: { $reason }. { $kept } Corridor keeps working; please report this (task { $task }).
main-task-counting-map = counting the map
main-task-histograms = counting the time histograms
main-task-corridors = counting the corridors table
main-task-dealers = counting the dealers table
main-task-networks = finding the purchaser networks
main-task-overlaps = finding overlaps between agencies
main-task-source-check = checking the project's data files
main-kept-map = The map shows the last result.
main-kept-time-bar = The time bar shows the last result.
main-kept-corridors = The corridors table shows the last result.
main-kept-dealers = The dealers table shows the last result.
main-kept-networks = The networks table shows the last result.
main-kept-overlaps = The overlaps table shows the last result.
main-kept-project-not-opened = The project was not opened; the data shown is unchanged.

main-open-project = Open project
main-project-or-package = Corridor project or hand-over package
main-locate-source = Locate { $name }
main-save-project = Save project
main-corridor-project = Corridor project
# The file name a new project is offered under (before ".corridor").
main-default-project-name = Briefing
main-project-not-opened = Could not open the project: { $error }
main-project-no-sources = None of the project's data files could be found or read; its views and settings are shown over the data already loaded.
main-project-changed-left-out = Left out { $names }: changed since the project was saved (the SHA-256 differs). Open the project again and choose Load anyway to read { $count ->
    [one] it
   *[other] them
}.
main-project-not-saved = The project was not saved: { $error }
main-project-saved = Project saved to { $path }
main-recovery-not-deleted = Could not delete the recovery file { $path }: { $error }
main-recovery-unreadable = Unsaved work from an earlier session could not be read: { $error }
main-autosave-failed = Unsaved work could not be autosaved: { $error }

main-alias-key-title = Save the alias key
main-alias-key-saved = Alias key saved to { $path }. Keep it apart from the briefing: it names who the aliases stand for.
main-alias-key-not-saved = Could not save the alias key to { $path }: { $error }

main-export-data-title = Export the data of the filter
# The title written into an export of an unsaved project's data.
main-export-title = Corridor export
main-data-exported = Exported { $count } traces as { $format } to { $path }
main-data-exported-redacted = Exported { $count } traces as { $format } to { $path } (redacted)
main-data-not-exported = Could not export the data: { $error }
main-flowmap-title = Export to flowmap.blue: choose a folder
main-flowmap-written = Wrote { $flows } flows ({ $traces } traces) to { $locations_file } and { $flows_file }
main-flowmap-failed = Could not export to flowmap.blue: { $error }
