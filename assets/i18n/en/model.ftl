# Names of Corridor's own categories: weapon classes, indicators, links.

class-ak-pattern = AK-pattern rifles
class-ar-pattern = AR-pattern rifles
class-fifty-cal = .50-calibre rifles
class-other-rifle = Other rifles
class-pistol = Pistols
class-revolver = Revolvers
class-shotgun = Shotguns
class-other = Other firearms
class-unknown = Unknown

indicator-short-ttc = Short time-to-crime
indicator-multiple-sale = Multiple sale
indicator-obliterated = Obliterated serial
indicator-several-stores = Purchaser of several stores
indicator-co-recovered = Co-recovered

link-case = Same case
link-recovery = Recovered together
link-address = Same address
link-store-day = Same store, same day

date-field-purchase = purchase date
date-field-recovery = recovery date

play-step-month = Month
play-step-quarter = Quarter
play-step-year = Year

area-level-state = State to state
area-level-town = Town to municipality
area-level-site = Store to site

store-column-store = Store
store-column-state = State
store-column-traces = Traces
store-column-share = Share
store-column-median-ttc = Median time-to-crime
store-column-classes = Top classes
store-column-first-purchase = First purchase
store-column-last-purchase = Last purchase

corridor-column-origin = Origin
corridor-column-destination = Destination
corridor-column-traces = Traces
corridor-column-share = Share
corridor-column-median-ttc = Median time-to-crime
corridor-column-dominant-class = Dominant class

theme-light = Light theme
theme-dark = Dark theme
theme-projector = Projector theme (high contrast)

search-kind-dealer = Dealer
search-kind-place = Town
search-kind-trace = Trace
search-kind-serial = Serial
search-kind-state = State

data-format-csv = CSV (one row per trace)
data-format-geo-json = GeoJSON (places and flows)
data-format-kml = KML for Google Earth
data-format-parquet = Parquet (one row per trace, typed columns)

table-kind-traces = traces (one row per firearm)
table-kind-stores = stores (purchase locations)
table-kind-recovery-sites = recovery sites

field-trace-id = Trace id
field-weapon-type = Weapon type
field-make = Make
field-model = Model
field-caliber = Caliber
field-serial = Serial number
field-purchase-date = Purchase date
field-recovery-date = Recovery date
field-store-id = Store id
field-store-name = Store name
field-store-ffl = Store FFL number
field-store-city = Store city
field-store-state = Store state
field-store-lat = Store latitude
field-store-lon = Store longitude
field-recovery-id = Recovery site id
field-recovery-place = Recovery place / municipality
field-recovery-state = Recovery state
field-recovery-lat = Recovery latitude
field-recovery-lon = Recovery longitude
field-recovery-description = Recovery description
field-purchaser-id = Purchaser id
field-case-id = Case id
field-agency = Agency
field-purchaser-name = Purchaser name
field-purchaser-dob = Purchaser date of birth
field-purchaser-address = Purchaser address
field-possessor-name = Possessor name
field-recovery-event = Recovery event
field-obliterated = Obliterated serial
field-nibin-lead = NIBIN lead
field-importer = Importer
field-country-of-origin = Country of origin
field-purchaser-first-name = Purchaser first name
field-purchaser-last-name = Purchaser last name
field-purchaser-second-last-name = Purchaser second last name
field-possessor-first-name = Possessor first name
field-possessor-last-name = Possessor last name
field-possessor-second-last-name = Possessor second last name
field-count = Count (firearms the row stands for)

trace-column-trace = Trace
trace-column-firearms = Firearms
trace-column-serial = Serial
trace-column-class = Class
trace-column-make-model = Make / model
trace-column-caliber = Caliber
trace-column-purchaser = Purchaser
trace-column-store = Store
trace-column-ffl = FFL
trace-column-recovered-at = Recovered at
trace-column-bought = Bought
trace-column-recovered = Recovered
trace-column-time-to-crime = Time-to-crime
trace-column-case = Case
trace-column-purchaser-name = Purchaser name
trace-column-purchaser-dob = Date of birth
trace-column-purchaser-address = Address
trace-column-possessor = Possessor
trace-column-recovery-event = Recovery event
trace-column-obliterated = Obliterated
trace-column-nibin-lead = NIBIN lead
trace-column-importer = Importer
trace-column-country-of-origin = Country of origin
trace-column-indicators = Indicators
trace-column-source = Source
link-bought-at = Bought at
source-row = row { $row }
source-line = line { $line }

search-name = { $name }
search-dealer = Dealer · { $count ->
    [one] { $count } trace
   *[other] { $count } traces
}
search-dealer-ffl = Dealer · FFL { $ffl } · { $count ->
    [one] { $count } trace
   *[other] { $count } traces
}
search-state-both = State { $code } · { $stores ->
    [one] { $stores } store
   *[other] { $stores } stores
} · { $sites ->
    [one] { $sites } recovery site
   *[other] { $sites } recovery sites
}
search-state-stores = State { $code } · { $stores ->
    [one] { $stores } store
   *[other] { $stores } stores
}
search-state-sites = State { $code } · { $sites ->
    [one] { $sites } recovery site
   *[other] { $sites } recovery sites
}
search-town-data = Town in the data · { $places ->
    [one] { $places } location
   *[other] { $places } locations
} · { $count ->
    [one] { $count } trace
   *[other] { $count } traces
}
search-town = Town · population { $population } · no traces
search-trace = Trace { $id }
search-serial = Serial { $serial } (trace { $id })
search-trace-detail = { $store } to { $site }
