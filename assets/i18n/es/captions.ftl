# Lo que un mapa exportado dice de sí mismo (render::caption, title,
# legend_notes; los colores de la leyenda en scene::build).

caption-all-classes = Todas las clases de armas
caption-no-class = Ninguna clase de arma
caption-all-dates = Todas las fechas
caption-purchased-span = Compradas { $span }
caption-purchased-in = Compradas en { $year }
caption-purchased-from = Compradas desde { $from }
caption-purchased-until = Compradas hasta { $to }
caption-recovered-span = Aseguradas { $span }
caption-recovered-in = Aseguradas en { $year }
caption-recovered-from = Aseguradas desde { $from }
caption-recovered-until = Aseguradas hasta { $to }
caption-make-model = Marca/modelo "{ $words }"
caption-fresh-leads = Pistas recientes: aseguradas en los { $days } días previos al { $date }
caption-network-only = Solo una red de { $count } compradores
caption-min-traces = Flujos de al menos { $count } rastreos
caption-flagged = Señaladas: { $names }
caption-or = { $a } o { $b }
caption-short-ttc = tiempo corto entre compra y aseguramiento (menos de { $months } meses)
caption-ttc-span = Tiempo entre compra y aseguramiento de { $from } a { $to } días
caption-ttc-from = Tiempo entre compra y aseguramiento de { $from } días o más
caption-ttc-until = Tiempo entre compra y aseguramiento de hasta { $to } días
caption-redacted-both = Identificadores y nombres de armerías ocultos
caption-redacted-identifiers = Identificadores ocultos
caption-redacted-dealers = Nombres de armerías ocultos
caption-synthetic-demo = { $name } (demostración sintética)
caption-synthetic = { $name } (sintético)
caption-more-files = { $count ->
    [one] { $count } archivo más
   *[other] { $count } archivos más
}
caption-source = Fuente: { $names }
caption-no-data = Fuente: no hay datos cargados
caption-as-of = al { $date }
caption-demo-data = Datos de demostración (sintéticos, armerías ficticias)

title-all-classes = todas las clases de armas
title-no-class = ninguna clase de arma
title-two = { $a } y { $b }
title-n-classes = { $count } clases de armas
title-us = EE. UU.
title-mexico = México
title-us-states = { $count } estados de EE. UU.
title-mexican-states = { $count } estados de México
title-bought = compradas { $years }
title-since = desde { $year }
title-until = hasta { $year }

legend-drawn-some = Los { $shown } mayores de { $total } flujos
legend-drawn-all = Los { $shown } flujos
legend-drawn-some-min = Los { $shown } mayores de { $total } flujos con al menos { $min } rastreos
legend-drawn-all-min = Los { $shown } flujos con al menos { $min } rastreos
legend-scale-locked = Escala fija para todos los datos cargados
legend-scale-fitted = Escala ajustada a este filtro
legend-grouped-clusters = Agrupado: conglomerados según el zoom
legend-grouped-states = Agrupado: estados de EE. UU. a estados de México
legend-grouped-towns = Agrupado: ciudades a municipios
legend-grouped-none = Cada armería y cada lugar por separado
legend-attribution = Hecho con Natural Earth · Contiene datos de GeoNames (CC BY 4.0)
legend-colour-class = Color: clase de arma dominante
legend-colour-single = Color: todos los flujos
legend-colour-network = Color: red de compradores (la mayoría de sus rastreos)
legend-all-flows = Todos los flujos
legend-dashed = Discontinuo: solo se conoce su estado o país
legend-network = Red { $rank }
legend-more-networks = { $count } redes más
legend-no-network = En ninguna red
legend-outlined = Contorno: lleva un rastreo con { $names }
legend-ringed = Anillo: otra dependencia tiene registros aquí
legend-faded = Atenuado: pista vieja (último aseguramiento hace más de { $days } días al { $date })
legend-store = Armería (compra)
legend-site = Lugar de aseguramiento
legend-traces-per-flow = Rastreos por flujo
legend-traces-per-location = Rastreos por lugar (área)
legend-redacted-badge = DATOS OCULTOS

kml-description = { $traces ->
    [one] { $traces } rastreo
   *[other] { $traces } rastreos
} en el filtro; { $flows ->
    [one] { $flows } flujo
   *[other] { $flows } flujos
}. Exportado con Corridor.
kml-stores = Armerías
kml-sites = Lugares de aseguramiento
kml-flows = Flujos
kml-flow-name = De { $from } a { $to }
kml-source-id = Id en la fuente { $id }

handover-title = Paquete de entrega de Corridor
handover-no-agency = (sin dependencia indicada)
handover-bytes = { $bytes } bytes
handover-today = hoy
handover-from = De: { $agency }
handover-made = Creado: { $time } (UTC)
handover-as-of = Al: { $date }
handover-filter = Filtro de la vista actual: { $filter }
handover-open = Abra { $project } en Corridor (Archivo > Abrir proyecto): sus datos van dentro, así que
    no se necesita ningún otro archivo. Verifique antes el paquete con
handover-verify = que compara cada archivo con el SHA-256 de { $manifest } e indica qué difiere.
handover-data-files = Archivos de datos dentro del proyecto:
