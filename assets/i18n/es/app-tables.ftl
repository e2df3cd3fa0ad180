# Las tablas bajo el mapa (corredores, armerías, redes, coincidencias), sus
# celdas comunes y la ventana del diagrama de vínculos.

tables-sort-hover = Ordenar por esta columna; haga clic otra vez para invertir

tables-corridors-summary = { $corridors } corredores · { $traces } rastreos en el filtro
tables-corridors-summary-selection = { $corridors } corredores · { $traces } rastreos en el filtro y la selección

tables-dealers-summary = { $stores ->
    [one] { $stores } armería
   *[other] { $stores } armerías
} · { $traces } rastreos · { $scope }
tables-dealers-scope-all = todas las armerías del filtro
tables-dealers-scope-sites = rastreos de { $sites ->
    [one] { $sites } lugar de aseguramiento seleccionado
   *[other] { $sites } lugares de aseguramiento seleccionados
}
tables-dealers-scope-stores = rastreos de { $stores ->
    [one] { $stores } armería seleccionada
   *[other] { $stores } armerías seleccionadas
}
tables-dealers-scope-between = rastreos de { $sites ->
    [one] { $sites } lugar de aseguramiento seleccionado
   *[other] { $sites } lugares de aseguramiento seleccionados
} → { $stores ->
    [one] { $stores } armería seleccionada
   *[other] { $stores } armerías seleccionadas
}
tables-dealers-scope-either = rastreos de { $sites ->
    [one] { $sites } lugar de aseguramiento seleccionado
   *[other] { $sites } lugares de aseguramiento seleccionados
} o de { $stores ->
    [one] { $stores } armería seleccionada
   *[other] { $stores } armerías seleccionadas
}

tables-networks-summary = { $networks ->
    [one] { $networks } red
   *[other] { $networks } redes
} de { $purchasers } compradores · al { $date }
tables-networks-hover = Compradores vinculados por un caso en común, armas aseguradas juntas o un domicilio en común
tables-networks-store-day-hover = Vincular también a los compradores que compraron en una misma armería el mismo día (un vínculo débil)
tables-networks-show-all = Mostrar todos los compradores
tables-networks-show-all-hover = Dejar de mostrar solo los rastreos de una red
tables-networks-link-chart = Diagrama de vínculos
tables-networks-link-chart-hover = Los compradores, las armerías y los vínculos de la red mostrada
tables-networks-row-hover = Mostrar solo los flujos de esta red
tables-network-score = Puntaje
tables-network-purchasers = Compradores
tables-network-traces = Rastreos
tables-network-stores = Armerías
tables-network-first-purchase = Primera compra
tables-network-last-recovery = Último aseguramiento
tables-network-lead-age = Antigüedad
tables-network-members = Miembros
tables-lead-age = { $days } d ({ $band })
tables-lead-age-unknown = desconocida
tables-age-fresh = reciente
tables-age-ageing = envejeciendo
tables-age-stale = vieja
tables-age-unknown = desconocida
tables-ids-hidden = identificadores ocultos

tables-overlaps-summary = En poder de dos o más dependencias: { $counts }
tables-overlaps-kind-counts = { $kind }: exactas { $exact }, probables { $probable }
tables-overlaps-hover = Registros de distintas dependencias que parecen la misma arma, el mismo comprador o la misma armería; no se fusiona nada
tables-overlaps-what = Qué
tables-overlaps-match = Coincidencia
tables-overlaps-score = Puntaje
tables-overlaps-agencies = Dependencias
tables-overlaps-records = Registros
tables-overlaps-row-hover = Seleccionar las armerías y los lugares de aseguramiento de estos registros
tables-overlap-firearm = arma
tables-overlap-purchaser = comprador
tables-overlap-store = armería
tables-match-exact = exacta
tables-match-probable = probable

tables-link-legend = ● comprador  ■ armería  — compró en (más grueso: más rastreos)
