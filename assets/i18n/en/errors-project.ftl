# Errors of projects, saves, hand-over packages and typed dates.
# $path is a file or folder as given; $error is the system's or a library's
# words (or another of these messages). Line numbers, versions and sizes come
# as text, never grouped.

# A library's own words (serde_json's, zip's, base64's), as they are.
project-error-text = { $text }

## Reading and writing a project (ProjectError).

project-error-read = cannot read the project { $path }: { $error }
# $message is serde_json's.
project-error-json = { $path } is not a valid project file: { $message } (line { $line }, column { $column })
# $what is one of project-limit-…; $found and $limit are counts (bytes for the file's size).
project-error-too-large = { $path }: { $what } ({ $found }; at most { $limit }); the project is not opened
project-limit-file-size = the file is too large
project-limit-views = too many saved views
project-limit-annotations = too many annotations
project-limit-data-files = too many data files
project-error-not-a-project = { $path } is not a Corridor project (it has no "format": "corridor-project")
project-error-newer = { $path } was saved by a newer Corridor (project format version { $found }; this Corridor reads versions up to { $supported }). Update Corridor to open it.
project-error-unknown-version = { $path } has project format version { $found }, which no Corridor ever wrote
project-error-encode = cannot encode the project { $path }: { $error }
# $name is a data file's name; $reason is project-embedded-sha256 or base64's words.
project-error-embedded = the data of { $name } embedded in the project is damaged: { $reason }
project-embedded-sha256 = its SHA-256 is { $found }, the project says { $expected }
project-error-embed = cannot embed { $path }: { $error }
project-file-changed = the file changed since it was loaded

## Saving a file atomically (SaveError): $step is one of save-step-….

save-error = cannot save { $path }: { $step } failed: { $error }; the previous file is unchanged
save-error-replaced = cannot save { $path }: { $step } failed: { $error } (the file was replaced, but may not survive a power loss)
save-step-create-temp = creating a temporary file
save-step-write = writing
save-step-flush = flushing
save-step-sync-file = syncing to disk
save-step-rename = replacing the old file
save-step-sync-dir = syncing the folder
save-already-committed = already committed

## Hand-over packages (HandoverError).

handover-error-folder = cannot create the folder { $path }: { $error }
# $reason is one of the messages below, or the zip library's or the system's words.
handover-error-file = { $path }: { $reason }
# $kind says what it is instead (a folder, a named pipe…).
handover-not-a-package = not a package folder or zip file ({ $kind })
handover-not-a-zip = not a zip file: { $error }
handover-too-many-entries = { $entries } entries; a hand-over package has { $most } at most
handover-zip-unsupported = zip packages are not read by this build (feature zip-packages); unpack it
handover-manifest-unreadable = missing or unreadable
handover-not-a-manifest = not a hand-over manifest: { $error }
# $found and $expected are quoted ("corridor-handover").
handover-manifest-format = format is { $found }, not { $expected }

## An output that is one of the inputs (OverwritesInput): $role is one of inputs-role-….

inputs-overwrites = refusing to write { $output }: it is { $role } { $input }, an input, which is never overwritten; choose another file
inputs-role-data = the data file
inputs-role-project = the project file
inputs-role-project-source = the project's data file
inputs-role-rules = the rules file

## A date typed in the time bar (BadDate).

date-error-format = not a date (YYYY-MM-DD, YYYY-MM or YYYY): { $text }
date-error-year = year { $year } is outside { $first }–{ $last }: { $text }

## Weapon rules files (ConfigError, RulesError). $list is [[type]] or
## [[model]]; $key, the classes and the fields are the file's own words.

config-error-shipped = the shipped weapon rules: { $error }
config-error-read = cannot read rules file { $path }: { $error }
config-error-rules = in rules file { $path }: { $error }
# $message is the TOML parser's.
rules-error-toml = line { $line }, column { $column }: { $message }
rules-error-unknown-class = { $list } rule { $index } (line { $line }): unknown class "{ $class }"; expected one of { $expected }
rules-error-empty-keywords = { $list } rule { $index } (line { $line }): `keywords` is empty
rules-error-blank-keyword = { $list } rule { $index } (line { $line }): { $key } entry "{ $text }" has no letters or digits
rules-error-unknown-field = { $list } rule { $index } (line { $line }): unknown field "{ $field }"; expected make, model or caliber
rules-error-empty-list = { $list } rule { $index } (line { $line }): `{ $key }` is empty; leave it out instead
