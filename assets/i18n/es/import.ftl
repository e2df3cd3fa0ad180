# El informe de importación: por qué se omitieron o se pusieron en duda
# filas y por qué no se pudieron leer archivos (la importación del núcleo,
# crates/corridor_core/src/import/), y como qué se leyó cada archivo. La
# línea de comandos, el JSON y los informes CSV quedan en inglés; la
# aplicación los muestra en el idioma elegido. Los valores de las celdas,
# los nombres de archivo, los encabezados y los mensajes de otros programas
# se citan tal como están.

# Texto de otro programa (un error del sistema operativo o de una
# biblioteca), tal como está.
import-text = { $text }
# Dos razones sobre una fila: "falta la latitud de la armería; falta la longitud del lugar de aseguramiento".
import-two-reasons = { $first }; { $second }

## Dónde está una fila, dentro de una razón ($line y $row sin agrupar), como
## SourceFile::place_in la escribe (model.ftl: source-line, source-row).

import-source-line = { $file } línea { $line }
import-source-row = { $file } fila { $row }
# $file es "export.xlsx › Traces".
import-source-sheet-row = { $file } › fila { $row }
import-source-earlier-file = un archivo anterior, línea { $line }

## Valores de una fila. $side es store (armería) o site (lugar de
## aseguramiento); $axis es lat o lon.

# "latitud de la armería": $what en import-coordinate-… (siempre con "la").
import-coordinate-name = { $axis ->
    [lat] latitud
   *[lon] longitud
} { $side ->
    [store] de la armería
   *[site] del lugar de aseguramiento
}
import-axis = { $axis ->
    [lat] latitud
   *[lon] longitud
}
import-coordinate-missing = falta la { $what }
import-coordinate-not-number = la { $what } '{ $value }' no es un número
import-coordinate-zero = la { $what } '0, 0 (un valor de relleno, no un lugar)' no es un número
import-coordinate-out-of-range = la { $what } { $value } está fuera de rango
import-not-yes-or-no = '{ $value }' no es ni sí ni no
# $order es import-date-order: MM/DD/AAAA o DD/MM/AAAA.
import-date-invalid = la fecha '{ $value }' no es una fecha válida (se esperaba AAAA-MM-DD o { $order })
import-date-invalid-period = la fecha '{ $value }' no es una fecha válida (se esperaba AAAA-MM-DD, { $order }, AAAA-MM o AAAA)
import-date-implausible-year = la fecha '{ $value }' tiene un año inverosímil: { $year }
import-date-left-empty = { $reason }; la fecha se deja vacía
import-birth-date-not-full = la fecha de nacimiento '{ $value }' no es una fecha completa; se deja vacía
import-obliterated-unread = { $reason }; se toma como número de serie no borrado
import-recovered-before-purchase = la fecha de aseguramiento { $recovered } es anterior a la fecha de compra { $purchased }

import-count-missing = falta la cantidad
import-count-not-whole = la cantidad '{ $value }' no es un número entero de armas (de 0 a { $max })
import-count-zero = la cantidad es 0: la fila no representa ninguna arma y se omite
import-count-past-max = las cantidades llevarían los datos a más de { $firearms }, más de lo que admite una carga; la fila se omite

# $class es el id de la clase (pistol, ak_pattern…).
import-weapon-type-classified = el tipo de arma '{ $weapon_type }' no se reconoce; por marca/modelo/calibre se clasificó como { $class ->
    [ak_pattern] fusil tipo AK
    [ar_pattern] fusil tipo AR
    [fifty_cal] fusil calibre .50
    [other_rifle] otro fusil
    [pistol] pistola
    [revolver] revólver
    [shotgun] escopeta
    [other] otra arma de fuego
   *[unknown] { $class }
}
import-weapon-type-unknown-class = el tipo de arma '{ $weapon_type }' no se reconoce; marca/modelo/calibre tampoco coinciden con ninguna regla, así que la clase es desconocida
import-weapon-unclassified = no se pudo clasificar el arma (tipo '{ $weapon_type }', marca '{ $make }', modelo '{ $model }', calibre '{ $caliber }')
import-trace-id-missing = falta el id de rastreo; se usa '{ $id }'
import-trace-id-repeated = el id de rastreo '{ $id }' también aparece en { $place }; se conservan ambas filas

## Armerías y lugares de aseguramiento ($side es store o site).

import-location-id-repeated = el id { $side ->
    [store] de armería
   *[site] de lugar de aseguramiento
} '{ $id }' ya se definió en { $place }; esta fila se ignora
import-location-moved = { $side ->
    [store] la armería '{ $id }' está a { $km } km de donde la ubica { $place }
   *[site] el lugar de aseguramiento '{ $id }' está a { $km } km de donde lo ubica { $place }
}; se usa la primera ubicación
import-coordinate-ignored = { $error }; se usa la ubicación { $side ->
    [store] de la armería
   *[site] del lugar de aseguramiento
} '{ $id }' de { $place }
import-unknown-location-id = id { $side ->
    [store] de armería
   *[site] de lugar de aseguramiento
} desconocido: '{ $id }'
# $lat y $lon son nombres de columna.
import-no-location-columns = no hay una ubicación utilizable { $side ->
    [store] de la armería
   *[site] del lugar de aseguramiento
}: no hay columnas { $lat } / { $lon }
import-no-location = no hay una ubicación utilizable { $side ->
    [store] de la armería
   *[site] del lugar de aseguramiento
}: { $error }
import-no-location-of = no hay una ubicación utilizable { $side ->
    [store] de la armería
   *[site] del lugar de aseguramiento
} '{ $id }': { $error }
# $country y $side_country son us o mx.
import-state-of-other-country = '{ $state }' es un estado de { $country ->
    [us] Estados Unidos
   *[mx] México
}, y las ubicaciones de este lado están en { $side_country ->
    [us] Estados Unidos
   *[mx] México
}

## Ciudades ubicadas con el nomenclátor ($town va entre comillas: 'Juárez, Chihuahua').

import-town-unknown = { $town } no está en el nomenclátor
import-town-not-in-state = { $town } no está en el nomenclátor ({ $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
} con ese nombre, ninguno en ese estado)
import-town-unknown-state = no se puede ubicar { $town }: '{ $state }' no es un estado de Estados Unidos ni de México
import-town-centre = el centro de { $town } ({ $state }, población { $population })
import-placed-at-centre = { $error }; en su lugar se ubicó en { $centre }
import-town-ambiguous = { $town } coincide con { $count } lugares; se usó el más poblado: { $centre }
import-town-ambiguous-in-state = { $town } coincide con { $count } lugares; se usó el más poblado de ese estado: { $centre }

## Archivos de flowmap.blue.

import-flowmap-no-id = la ubicación no tiene id
import-flowmap-location = ubicación '{ $id }': { $reason }
import-flowmap-unknown-id = id de ubicación desconocido: '{ $id }' (no está en ningún archivo de ubicaciones)

## Como qué se leyó cada archivo (las líneas por archivo del informe).

# $what es traces, stores, sites o matrix; $container es CSV, sheet o Parquet.
import-kind-table = { $container ->
    [sheet] hoja
    [Parquet] Parquet
   *[CSV] CSV
} { $what ->
    [traces] de rastreos
    [stores] de armerías
    [sites] de lugares de aseguramiento
   *[matrix] con matriz de conteos
}
import-kind-geojson = GeoJSON
import-kind-flowmap-locations = ubicaciones de flowmap.blue
import-kind-flowmap-flows = flujos de flowmap.blue
import-kind-not-loaded = no se cargó
import-kind-sheet-not-loaded = hoja no cargada
# $rows es "3 filas".
import-encoding-mixed = { $encoding } ({ $rows } leídas como windows-1252)

## Archivos que no se pueden leer.

import-file-unreadable = no se puede leer el archivo: { $error }
import-folder-unreadable = no se puede leer la carpeta: { $error }
import-folder-empty = la carpeta no contiene ningún archivo .csv, .tsv, .txt, .geojson ni .json
import-is-folder = esto es una carpeta, no un archivo
import-is-fifo = esto es una tubería con nombre (FIFO), no un archivo; solo se leen archivos normales
import-is-device = esto es un dispositivo, no un archivo; solo se leen archivos normales
import-is-socket = esto es un socket, no un archivo; solo se leen archivos normales
import-is-not-regular = esto no es un archivo normal; solo se leen archivos normales
import-binary = esto son datos binarios, no un archivo de texto
# $kind es uno de import-binary-….
import-not-text = esto es { $kind }, no un archivo de texto
import-binary-zip = un archivo zip o un libro de Excel (.xlsx); guarde la hoja como CSV y abra ese archivo
import-binary-xls = un libro de Excel antiguo (.xls); guarde la hoja como CSV y abra ese archivo
import-binary-gzip = un archivo comprimido con gzip
import-binary-bzip2 = un archivo comprimido con bzip2
import-binary-xz = un archivo comprimido con xz
import-binary-zstd = un archivo comprimido con zstd
import-binary-7z = un archivo 7-Zip
import-binary-pdf = un documento PDF
import-binary-png = una imagen PNG
import-binary-jpeg = una imagen JPEG
import-binary-elf = un programa (ejecutable ELF)
import-binary-windows = un programa de Windows
import-binary-parquet = un archivo Parquet
import-binary-sqlite = una base de datos SQLite
import-file-too-big-whole = este archivo mide { $size }; los archivos GeoJSON y flowmap.blue se leen completos, y como máximo de { $max } (guarde los datos grandes como tabla CSV, que se lee por partes)
import-file-grew = el archivo creció más allá del tamaño que se lee completo mientras se leía
import-too-many-files = demasiados archivos en un solo conjunto de datos ({ $max } como máximo)

## Tablas (CSV, hojas, Parquet).

import-file-empty = el archivo está vacío
import-unknown-headers = no se pudo determinar qué contiene este archivo por sus encabezados ({ $headers }); se esperaban rastreos (p. ej., trace_id, store_lat, recovery_lat), armerías (id, name, lat, lon) o lugares de aseguramiento (id, place, lat, lon)
import-too-many-columns = la línea { $line } tiene { $columns } columnas, más de las que puede tener una tabla ({ $max }); el archivo no se lee
import-line-too-long = la línea { $line } es más larga de lo que puede ser una línea de una tabla ({ $max } bytes); el resto del archivo no se lee
# $message es del lector de CSV.
import-csv-error = línea { $line }: { $message }
import-read-stopped = el archivo no se pudo leer más allá de este punto: { $reason }
import-column-unknown = la columna '{ $header }' no es un campo que Corridor conozca; se ignora
import-column-duplicate = la columna '{ $header }' nombra el mismo campo que la columna { $column }; se ignora
import-nul-byte = la celda contiene un byte NUL (datos binarios en un archivo de texto); la fila se omite
import-extra-fields = la fila tiene { $fields } campos pero el encabezado tiene { $expected }; los campos de más se ignoran
# $order es month o day.
import-date-order = { $order ->
    [month] MM/DD/AAAA
   *[day] DD/MM/AAAA
}
import-dates-ambiguous = las fechas con diagonales como '{ $example }' se pueden leer con el mes primero o con el día primero y ninguna fecha lo aclara; se leyeron como MM/DD/AAAA (EE. UU.). Si son DD/MM/AAAA, elíjalo en la aplicación o use --day-first
import-dates-conflicting = algunas fechas con diagonales tienen el día primero ('{ $day_first }') y otras el mes primero ('{ $month_first }'); se leyeron como MM/DD/AAAA y las demás se informan como no válidas

## Matrices de conteos.

import-matrix-unclear-axes = esta tabla es una matriz de conteos, pero los países de sus filas y columnas no indican qué eje es donde se compraron las armas; elíjalo (--matrix rows=destination o --matrix rows=origin)
import-matrix-row-no-area = la fila '{ $label }' de la matriz no nombra ninguna zona (un desglose o una nota); se omite
import-matrix-cell-not-count = la celda '{ $value }' no es una cantidad; se omite
import-matrix-row-total = el total de la fila dice { $stated } pero sus celdas suman { $sum }; se cargan las celdas
import-matrix-column-total = la fila de totales dice { $stated } para '{ $area }' pero la columna suma { $sum }; se cargan las celdas

## GeoJSON.

import-json-invalid = no es JSON válido en la línea { $line }, columna { $column }: { $message }
import-geojson-not-features = un GeoJSON debe ser una FeatureCollection o un Feature (se encontró el tipo "{ $found }")
import-geojson-no-type = un GeoJSON debe ser una FeatureCollection o un Feature (no se encontró "type")
# $number cuenta los elementos desde 1.
import-feature = elemento { $number }: { $reason }
import-feature-invalid = no es un elemento GeoJSON válido: { $error }
import-feature-no-geometry = no tiene geometría, así que no se puede ubicar
import-feature-no-kind = el elemento Point no tiene la propiedad "kind" (store o recovery)
import-feature-unknown-kind = el tipo '{ $kind }' del elemento Point no es ni store ni recovery
import-feature-short-line = la LineString tiene menos de dos posiciones
import-feature-geometry-unused = la geometría { $geometry } no se usa (los Point son ubicaciones, las LineString son rastreos)

## Flujos de flowmap.blue.

import-flowmap-no-weapons = los flujos de flowmap.blue traen conteos, no armas: { $count ->
    [one] el { $count } rastreo que cuentan no tiene
   *[other] los { $count } rastreos que cuentan no tienen
} arma (clase desconocida), fecha de compra ni número de serie

## Archivos Parquet.

import-parquet-panic = el lector de Parquet falló con este archivo: está dañado o usa una función que Corridor no lee
import-parquet-invalid = esto no es un archivo Parquet que Corridor pueda leer ({ $error })
import-parquet-too-many-rows = el archivo declara { $rows } filas; Corridor lee archivos Parquet de hasta { $max } filas (reduzca un extracto más grande a filas con cantidades primero: docs/scale-out.md)
import-parquet-too-big = el archivo declara { $declared } de datos en { $size }: más de lo que Corridor desempaqueta de un archivo así
import-parquet-row-group = grupo de filas { $group }: { $error }
import-parquet-cell = fila { $row }, columna '{ $column }': { $error }
import-parquet-column-short = la columna '{ $column }' termina antes que el grupo de filas (fila { $row })

## Libros (Excel, OpenDocument).

import-workbook-invalid = no es un libro que Corridor lea ({ $error })
import-workbook-panic = el lector de libros falló con este archivo: está dañado o no es un libro que Corridor lea
import-zip-not-workbook = esto es un archivo zip pero no un libro que Corridor lea ({ $error })
import-ole-not-workbook = esto es un archivo OLE pero no un libro de Excel que Corridor lea ({ $error })
import-ole-damaged = esto es un archivo OLE pero no un libro de Excel que Corridor lea, o uno dañado ({ $error })
import-zip-damaged = esto es un archivo zip dañado, o un libro dañado ({ $error })
import-zip-too-many-entries = este archivo zip contiene { $entries } entradas; un libro tiene muchas menos (se leen como máximo { $max })
import-workbook-too-big = este libro se desempaqueta a más de { $limit } ({ $size } comprimido); no se lee
import-xls-too-big = las hojas de este libro .xls ocuparían más de { $limit } de memoria al leerlas (sus celdas abarcan demasiadas filas y columnas); guárdelo como .xlsx o CSV
import-workbook-xml = el contenido del libro no es XML válido ({ $error })
import-ods-sheet-too-big = una hoja abarca { $rows } filas de { $columns } columnas, más de las { $max } celdas que puede tener una hoja; guárdela como .xlsx o CSV
import-sheet-too-big = la hoja abarca { $rows } filas de { $columns } columnas, más de las { $max } celdas que puede tener una hoja; guárdela como .xlsx o CSV
import-sheet-unreadable = no se puede leer la hoja ({ $error })
import-sheet-too-wide = la fila { $row } tiene un valor en la columna { $column }, más columnas de las que puede tener una tabla ({ $max })
import-sheet-out-of-order = las celdas están fuera de orden en la fila { $row }, columna { $column }
# $what es chart, macro o dialog.
import-sheet-not-table = la hoja es { $what ->
    [chart] un gráfico
    [macro] una hoja de macros
   *[dialog] una hoja de diálogo
}, no una tabla
import-sheet-empty = la hoja está vacía
import-sheet-unticked = desmarcada; no se cargó
import-sheet-no-table = ningún encabezado nombra un campo que Corridor conozca (notas o un resumen, no una tabla); se omite
import-sheet-reason = hoja '{ $sheet }': { $reason }

# Una asignación de columna (ENCABEZADO=CAMPO) de --map o de un proyecto.
import-map-not-header-field = '{ $spec }' no tiene la forma ENCABEZADO=CAMPO
# $fields: los ids de los campos, separados por ", ".
import-map-not-a-field = '{ $field }' no es un campo; use uno de { $fields } o ignore
