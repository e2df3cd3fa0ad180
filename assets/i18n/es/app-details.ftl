# El panel de detalles (las armerías o los lugares de la selección y sus
# rastreos), la información emergente del mapa y la barra de estado.

details-heading-flow = Flujo
details-heading-store = Armería
details-heading-site = Lugar de aseguramiento
details-heading-stores = Armerías
details-heading-sites = Lugares de aseguramiento
details-heading-selection = Selección
details-close = Cerrar
details-close-hover = Quitar la selección (Esc)
details-fold = Plegar los detalles
details-fold-hover = Plegar los detalles a una franja (la selección se conserva)
details-names-more = { $names }; y { $count } más
details-from = Desde: { $names }
details-to = Hacia: { $names }
details-at = En: { $names }
details-in-filter = { $traces } en el filtro actual
details-purchasers-in-networks = Compradores en redes:
details-show-network = Mostrar la red { $number } ({ $purchasers } compradores)
details-show-network-hover = Mostrar solo los rastreos de esta red, encuadrados
details-networks-more = y { $count } más (tabla de redes)
details-also-held = { $trace }: también en poder de { $agency } ({ $place }; coincidencia de { $kind }, { $strength })
details-also-held-heading = También en poder de otra dependencia
details-also-held-hover = Tabla de coincidencias: la misma arma o el mismo comprador en los datos de otra dependencia
details-overlaps-more = y { $count } más (tabla de coincidencias)
details-ffl = Licencia FFL { $ffl }
details-recovered = Aseguramiento: { $date }
details-location-exact = { $lat }, { $lon } (ubicación exacta)
details-location-city = { $lat }, { $lon } (ubicación por ciudad)
details-location-state = { $lat }, { $lon } (ubicación por estado)
details-location-country = { $lat }, { $lon } (ubicación por país)
details-source = Fuente: { $place }
details-copy-table = Copiar tabla
details-copy-table-hover = Copiar estos rastreos como tabla (separada por tabuladores), tal como se muestran

details-tip-to = hacia { $place }
details-tip-also = También bajo el puntero: { $flows }
details-tip-more = y { $count } más
details-tip-stores = { $stores } armerías · { $count ->
    [one] { $count } rastreo comprado aquí
   *[other] { $count } rastreos comprados aquí
}
details-tip-store = Armería · { $count ->
    [one] { $count } rastreo comprado aquí
   *[other] { $count } rastreos comprados aquí
}
details-tip-sites = { $sites } lugares de aseguramiento · { $count ->
    [one] { $count } rastreo asegurado aquí
   *[other] { $count } rastreos asegurados aquí
}
details-tip-site = Lugar de aseguramiento · { $count ->
    [one] { $count } rastreo asegurado aquí
   *[other] { $count } rastreos asegurados aquí
}
details-tip-click = Haga clic para ver los rastreos; Shift+clic para añadir

details-status-loaded = Cargado: { $traces } · { $stores } · { $sites }
details-status-report = { $rejected } rechazadas · { $warnings } advertencias
details-status-report-errors = { $rejected } rechazadas · { $warnings } advertencias · { $errors ->
    [one] { $errors } error de archivo
   *[other] { $errors } errores de archivo
}
details-status-report-hover = Mostrar el informe de importación
details-status-checking = Revisando los archivos de datos del proyecto…
details-status-checking-hover = Cada archivo se lee y su SHA-256 se compara con el guardado en el proyecto.
details-status-updating = Actualizando el mapa…
details-status-updating-hover = Los datos grandes se cuentan en un hilo de trabajo; el mapa muestra el último resultado hasta que el nuevo esté listo.
details-status-made = Hecho el { $time } (UTC)
details-status-no-files = No hay archivos cargados
