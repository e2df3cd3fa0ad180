# Palabras que comparten muchos lugares: conteos, meses.

count-traces = { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
}
count-firearms = { $count ->
    [one] { $count } arma
   *[other] { $count } armas
}
count-rows = { $count ->
    [one] { $count } fila
   *[other] { $count } filas
}
count-flows = { $count ->
    [one] { $count } flujo
   *[other] { $count } flujos
}
count-stores = { $count ->
    [one] { $count } armería
   *[other] { $count } armerías
}
count-sites = { $count ->
    [one] { $count } lugar de aseguramiento
   *[other] { $count } lugares de aseguramiento
}
count-files = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}
count-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

count-traces-in-rows = { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
} en { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}
span-months = { $count } meses
span-one-year = { $years } año
span-years = { $years } años
common-yes = sí
