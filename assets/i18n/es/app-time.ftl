# La barra de tiempo bajo el mapa (campo de fecha, rango, Reproducir,
# rastreos por mes), el conteo de los histogramas de tiempo y la ventana de
# gráficas.

time-heading = Tiempo
time-date-recovery = Fecha de aseguramiento
time-date-purchase = Fecha de compra
time-date-field-hover = Qué fecha usan el histograma y el rango
time-clear = Borrar
time-clear-hover = Mostrar todas las fechas
time-play = Reproducir
time-pause = Pausa
time-play-hover = Avanzar el rango un paso a la vez, conservando su duración; se detiene al final
time-play-step = por { $step }
time-play-step-hover = Cuánto avanza el rango en cada paso
time-dated = { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
} con { $field }
time-in-range = { $shown } de { $dated } en el rango
time-counts-hover = Rastreos en el rango, de los que están en el eje de tiempo con los demás filtros
time-refused-hover = { $reason }. El rango no cambió.
time-from = Desde
time-to = Hasta
time-any = cualquiera
time-date-hover = DD/MM/AAAA (o AAAA-MM-DD), o MM/AAAA / AAAA para un mes o un año completo; vacío para no poner límite
time-only-year = { $years ->
    [one] { $years } fechado solo por año
   *[other] { $years } fechados solo por año
}
time-only-month = { $months ->
    [one] { $months } fechado solo por mes
   *[other] { $months } fechados solo por mes
}
time-only-year-and-month = { $years ->
    [one] { $years } fechado solo por año
   *[other] { $years } fechados solo por año
}, { $months } solo por mes
time-partial-hover = Su tabla da un mes o un año, no un día: un mes se dibuja en su mes, un año como una banda tenue a lo largo de él. Un rango de fechas que corta su periodo los excluye (se cuentan como sin fecha), y no tienen tiempo entre compra y aseguramiento.
time-missing-left-out = { $count ->
    [one] { $count } rastreo sin { $field } excluido
   *[other] { $count } rastreos sin { $field } excluidos
}
time-missing-partial-left-out = { $count ->
    [one] { $count } rastreo sin { $field } (o con solo un año o mes que el rango corta) excluido
   *[other] { $count } rastreos sin { $field } (o con solo un año o mes que el rango corta) excluidos
}
time-missing-left-out-hover = No se pueden ubicar en el rango; borre el rango para verlos
time-missing = { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
} sin { $field }
time-missing-hover = Fuera del eje de tiempo; se excluyen mientras haya un rango de fechas
time-per-month = Rastreos por mes
time-no-dates = No hay fechas que mostrar
time-month-count = { $month }: { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
}
time-year-unknown = { $year }, mes desconocido: { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
} (la banda tenue a lo largo del año)
time-drag-hint = Arrastre para elegir un rango, haga clic para un mes

time-charts = Gráficas
time-charts-selection = Selección, en el filtro actual
time-charts-filter = Filtro actual
time-class-mix = Mezcla de clases de arma
time-class-bar = { $class }: { $count } ({ $share }%)
time-traces-by-class = Rastreos por clase
time-chart-months = Rastreos por mes ({ $field })
time-chart-no-dates = Sin fechas
time-chart-ttc = Tiempo compra–aseguramiento (años)
time-ttc = Tiempo compra–aseguramiento
time-ttc-bar = { $from } a { $to }: { $count }
time-ttc-over = { $count } tras { $years } años o más
time-ttc-negative = { $count } asegurados antes de la compra
time-ttc-missing = { $count } sin ambas fechas
