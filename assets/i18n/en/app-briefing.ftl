# The briefing in the window: the views panel, the annotation editor and
# the tools' hints, and presentation mode.

briefing-views-heading = Views
briefing-views-close = Close
briefing-views-close-tip = Hide the views panel ({ $shortcut })
briefing-add-view = Add view
briefing-add-view-tip = Save the camera, filters, selection, grouping, theme and annotations as a new view
briefing-present = Present
briefing-present-tip = Show the views full screen, one per slide (F5; Esc leaves)
briefing-no-views = No views yet. Set up the map, then Add view; each view is a slide in presentation mode.
briefing-view-name-field = View name
briefing-show-view-tip = Show this view
briefing-rename = Rename
briefing-up = Up
briefing-up-tip = Move earlier in the presentation
briefing-down = Down
briefing-down-tip = Move later in the presentation
briefing-update = Update
briefing-update-tip = Replace this view with the map as it is now (name and titles stay)
briefing-delete = Delete
briefing-slide-title = Title (the name when empty)
briefing-slide-title-field = Slide title
briefing-slide-subtitle = Subtitle
briefing-slide-subtitle-field = Slide subtitle

briefing-annotation-title = Annotation
briefing-annotation-note = Note
briefing-annotation-arrow = Arrow (its text sits at the tail)
briefing-annotation-circle = Circle (its text sits at the centre)
briefing-annotation-hint = Text on the map
briefing-annotation-text-field = Annotation text
briefing-annotation-colour = Colour
briefing-annotation-radius = Radius
briefing-annotation-delete = Delete annotation
briefing-annotation-delete-tip = Remove it from the map (Delete)
briefing-annotation-done = Done
briefing-annotation-saved-note = Saved into a view by Add view or Update.

briefing-hint-note = Click on the map to place a note (Esc cancels)
briefing-hint-arrow = Press where the arrow starts and drag to where it points (Esc cancels)
briefing-hint-circle = Click on the map to place a circle (Esc cancels)

briefing-redacted-badge-tip = Purchaser ids and serial numbers (and dealer names, if chosen) are hidden: View > Redact identifiers
