# El panel de filtros (clases de arma, marca/modelo, indicadores, antigüedad
# de la pista, flujos dibujados, lo que se muestra), el filtro de tiempo
# entre compra y aseguramiento, el cuadro de búsqueda y las franjas de los
# paneles plegados.

filter-weapon-classes = Clases de arma
filter-fold = Plegar el panel de filtros
filter-fold-hover = Plegar los filtros a una franja (Ctrl+B)
filter-class-id-hover = Id de la clase para la línea de comandos: { $id }
filter-all = Todas
filter-all-hover = Mostrar todas las clases de arma
filter-none = Ninguna
filter-none-hover = Ocultar todas las clases de arma
filter-make-model = Marca o modelo
filter-make-model-hint = p. ej. Colt, WASR, Barrett
filter-make-model-hover = Cada palabra debe aparecer en la marca o el modelo (sin distinguir mayúsculas ni acentos)
filter-flows-drawn = Flujos dibujados
filter-reset = Restablecer filtros
filter-shown = Se muestra
filter-shown-traces = { $shown } de { $total ->
    [one] { $total } rastreo
   *[other] { $total } rastreos
}
filter-shown-flows = { $drawn } de { $total ->
    [one] { $total } flujo dibujado
   *[other] { $total } flujos dibujados
}
filter-shown-flows-hover = Los flujos dibujados llevan { $carried } de los { $total } rastreos del filtro
filter-click-hint = Haga clic en un flujo, una armería o un lugar para ver sus rastreos. Desplace para hacer zoom, arrastre para mover el mapa.

filter-at-least = Al menos
filter-min-traces-hover = Ocultar los flujos con menos rastreos
filter-traces-per-flow = rastreos por flujo
filter-only-largest = Solo los mayores
filter-top-hover = Cuántos de los flujos mayores dibujar

filter-indicators = Indicadores
filter-indicators-hover = Mostrar solo los rastreos marcados con alguno de los indicadores elegidos
filter-short-ttc-under = Tiempo corto: menos de
filter-months-suffix = {" "}meses
filter-short-ttc-hover = El indicador de la ATF es de menos de 3 años (36 meses)
filter-help-short-ttc = Asegurada menos de { $months } meses después de la compra
filter-help-multiple-sale = El mismo comprador adquirió dos o más armas cortas en cinco días hábiles, o dos o más rifles AK, AR o .50 en cinco días hábiles en armerías de Arizona, California, Nuevo México o Texas
filter-help-obliterated = El número de serie fue borrado
filter-help-several-stores = El comprador adquirió armas en tres o más armerías
filter-help-co-recovered = Asegurada en un mismo decomiso con armas de dos o más compradores

filter-lead-age = Antigüedad de la pista
filter-fresh-only = Solo pistas recientes
filter-fresh-only-hover = Solo los rastreos asegurados a lo sumo { $days } días antes de la fecha de referencia
filter-as-of = Al
filter-as-of-hint = hoy
filter-as-of-hover = AAAA-MM-DD; en blanco: hoy. Se guarda con la vista, así una presentación conserva sus antigüedades

filter-ttc = Tiempo compra–aseguramiento
filter-ttc-hover = Días entre la compra y el aseguramiento. Los rastreos sin alguna de las dos fechas se excluyen mientras haya un rango.
filter-ttc-histogram = Histograma del tiempo entre compra y aseguramiento
filter-ttc-min = Mín.
filter-ttc-min-hover = Tiempo mínimo entre compra y aseguramiento, en días
filter-ttc-max = Máx.
filter-ttc-max-hover = Tiempo máximo entre compra y aseguramiento, en días
filter-ttc-days = días
filter-ttc-under-1-year = Menos de 1 año
filter-ttc-under-1-year-hover = Comprada menos de 365 días antes del aseguramiento: desvío rápido, un indicador de tráfico
filter-ttc-1-to-3-years = 1–3 años
filter-ttc-1-to-3-years-hover = De 365 a 1,094 días
filter-ttc-3-years-or-more = 3 años o más
filter-ttc-3-years-or-more-hover = 1,095 días o más
filter-ttc-any = Cualquiera
filter-ttc-any-hover = Sin límite de tiempo entre compra y aseguramiento
filter-ttc-missing-left-out = { $count ->
    [one] { $count } rastreo sin ambas fechas excluido
   *[other] { $count } rastreos sin ambas fechas excluidos
}
filter-ttc-missing = { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
} sin ambas fechas (sin tiempo compra–aseguramiento)
filter-ttc-negative = { $count ->
    [one] { $count } rastreo asegurado
   *[other] { $count } rastreos asegurados
} antes de la compra (¿error de fecha?)
filter-ttc-over = { $days } días o más: { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
}
filter-ttc-bin = { $low }–{ $high } días: { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
}

filter-search = Buscar
filter-search-hint = Buscar armería, ciudad, id de rastreo, número de serie (Ctrl+F)

filter-strip-show = Mostrar { $panel }
