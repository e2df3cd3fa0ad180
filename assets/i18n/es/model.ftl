# Nombres de las categorías de Corridor: clases de armas, indicadores, vínculos.

class-ak-pattern = Fusiles tipo AK
class-ar-pattern = Fusiles tipo AR
class-fifty-cal = Fusiles calibre .50
class-other-rifle = Otros fusiles
class-pistol = Pistolas
class-revolver = Revólveres
class-shotgun = Escopetas
class-other = Otras armas de fuego
class-unknown = Desconocida

indicator-short-ttc = Tiempo corto entre compra y aseguramiento
indicator-multiple-sale = Venta múltiple
indicator-obliterated = Número de serie borrado
indicator-several-stores = Comprador en varias armerías
indicator-co-recovered = Aseguradas juntas

link-case = Mismo caso
link-recovery = Aseguradas juntas
link-address = Mismo domicilio
link-store-day = Misma armería, mismo día

date-field-purchase = fecha de compra
date-field-recovery = fecha de aseguramiento

play-step-month = Mes
play-step-quarter = Trimestre
play-step-year = Año

area-level-state = De estado a estado
area-level-town = De ciudad a municipio
area-level-site = De armería a lugar

store-column-store = Armería
store-column-state = Estado
store-column-traces = Rastreos
store-column-share = Proporción
store-column-median-ttc = Mediana del tiempo compra–aseguramiento
store-column-classes = Clases principales
store-column-first-purchase = Primera compra
store-column-last-purchase = Última compra

corridor-column-origin = Origen
corridor-column-destination = Destino
corridor-column-traces = Rastreos
corridor-column-share = Proporción
corridor-column-median-ttc = Mediana del tiempo compra–aseguramiento
corridor-column-dominant-class = Clase dominante

theme-light = Tema claro
theme-dark = Tema oscuro
theme-projector = Tema para proyector (alto contraste)

search-kind-dealer = Armería
search-kind-place = Ciudad
search-kind-trace = Rastreo
search-kind-serial = Número de serie
search-kind-state = Estado

data-format-csv = CSV (una fila por rastreo)
data-format-geo-json = GeoJSON (lugares y flujos)
data-format-kml = KML para Google Earth
data-format-parquet = Parquet (una fila por rastreo, columnas con tipo)

table-kind-traces = rastreos (una fila por arma)
table-kind-stores = armerías (lugares de compra)
table-kind-recovery-sites = lugares de aseguramiento

field-trace-id = Id del rastreo
field-weapon-type = Tipo de arma
field-make = Marca
field-model = Modelo
field-caliber = Calibre
field-serial = Número de serie
field-purchase-date = Fecha de compra
field-recovery-date = Fecha de aseguramiento
field-store-id = Id de la armería
field-store-name = Nombre de la armería
field-store-ffl = Número FFL de la armería
field-store-city = Ciudad de la armería
field-store-state = Estado de la armería
field-store-lat = Latitud de la armería
field-store-lon = Longitud de la armería
field-recovery-id = Id del lugar de aseguramiento
field-recovery-place = Lugar / municipio del aseguramiento
field-recovery-state = Estado del aseguramiento
field-recovery-lat = Latitud del aseguramiento
field-recovery-lon = Longitud del aseguramiento
field-recovery-description = Descripción del aseguramiento
field-purchaser-id = Id del comprador
field-case-id = Id del caso
field-agency = Dependencia
field-purchaser-name = Nombre del comprador
field-purchaser-dob = Fecha de nacimiento del comprador
field-purchaser-address = Domicilio del comprador
field-possessor-name = Nombre del poseedor
field-recovery-event = Evento de aseguramiento
field-obliterated = Número de serie borrado
field-nibin-lead = Pista NIBIN
field-importer = Importador
field-country-of-origin = País de origen
field-purchaser-first-name = Nombre de pila del comprador
field-purchaser-last-name = Apellido paterno del comprador
field-purchaser-second-last-name = Apellido materno del comprador
field-possessor-first-name = Nombre de pila del poseedor
field-possessor-last-name = Apellido paterno del poseedor
field-possessor-second-last-name = Apellido materno del poseedor
field-count = Cantidad (armas que representa la fila)

trace-column-trace = Rastreo
trace-column-firearms = Armas
trace-column-serial = Número de serie
trace-column-class = Clase
trace-column-make-model = Marca / modelo
trace-column-caliber = Calibre
trace-column-purchaser = Comprador
trace-column-store = Armería
trace-column-ffl = FFL
trace-column-recovered-at = Asegurada en
trace-column-bought = Comprada
trace-column-recovered = Asegurada
trace-column-time-to-crime = Tiempo compra–aseguramiento
trace-column-case = Caso
trace-column-purchaser-name = Nombre del comprador
trace-column-purchaser-dob = Fecha de nacimiento
trace-column-purchaser-address = Domicilio
trace-column-possessor = Poseedor
trace-column-recovery-event = Evento de aseguramiento
trace-column-obliterated = Serie borrada
trace-column-nibin-lead = Pista NIBIN
trace-column-importer = Importador
trace-column-country-of-origin = País de origen
trace-column-indicators = Indicadores
trace-column-source = Fuente
link-bought-at = Comprada en
source-row = fila { $row }
source-line = línea { $line }

search-name = { $name }
search-dealer = Armería · { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
}
search-dealer-ffl = Armería · FFL { $ffl } · { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
}
search-state-both = Estado { $code } · { $stores ->
    [one] { $stores } armería
   *[other] { $stores } armerías
} · { $sites ->
    [one] { $sites } lugar de aseguramiento
   *[other] { $sites } lugares de aseguramiento
}
search-state-stores = Estado { $code } · { $stores ->
    [one] { $stores } armería
   *[other] { $stores } armerías
}
search-state-sites = Estado { $code } · { $sites ->
    [one] { $sites } lugar de aseguramiento
   *[other] { $sites } lugares de aseguramiento
}
search-town-data = Ciudad con datos · { $places ->
    [one] { $places } lugar
   *[other] { $places } lugares
} · { $count ->
    [one] { $count } rastreo
   *[other] { $count } rastreos
}
search-town = Ciudad · { $population } habitantes · sin rastreos
search-trace = Rastreo { $id }
search-serial = Número de serie { $serial } (rastreo { $id })
search-trace-detail = De { $store } a { $site }
