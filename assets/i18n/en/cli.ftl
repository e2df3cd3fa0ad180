# The command line's reports of what an export wrote, in the language of
# its --lang (its JSON output stays English).

cli-wrote = Wrote { $path }
cli-wrote-traces = Wrote { $count } traces as { $format } to { $path }
cli-views = { $count ->
    [one] { $count } view
   *[other] { $count } views
}
cli-redacted = redacted

# Before a warning on stderr.
cli-warning = warning:
