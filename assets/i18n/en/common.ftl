# Words many places share: counts of things, months.

count-traces = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
}
count-firearms = { $count ->
    [one] { $count } firearm
   *[other] { $count } firearms
}
count-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
count-flows = { $count ->
    [one] { $count } flow
   *[other] { $count } flows
}
count-stores = { $count ->
    [one] { $count } store
   *[other] { $count } stores
}
count-sites = { $count ->
    [one] { $count } recovery site
   *[other] { $count } recovery sites
}
count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
count-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

count-traces-in-rows = { $count ->
    [one] { $count } trace
   *[other] { $count } traces
} in { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
span-months = { $count } months
span-one-year = { $years } year
span-years = { $years } years
common-yes = yes
