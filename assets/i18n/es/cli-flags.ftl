# La línea de comandos: networks, deconflict, las exportaciones, las opciones y los errores que da la propia línea de comandos.
# Los nombres de las opciones (--out), sus valores (rows=origin, store_day)
# y los ids (ak_pattern, short_ttc) quedan como se escriben. Los conteos
# dados como dígitos ($n, $count, $asked, $nodes, $exact…) se escriben tal
# como vienen.

## Errores en las opciones. $flag es la opción (--from, --as-of); $reason
## una frase que dice qué tiene mal su valor.

cli-flag-invalid = { $flag }: { $reason }
cli-flag-no-date = { $flag }: no se indicó ninguna fecha
# $ids: los ids que se pueden usar, separados por ", ".
cli-class-unknown = --class { $id }: no es un id de clase de arma; use uno de { $ids }
cli-indicator-unknown = --indicator { $id }: no es un id de indicador; use uno de { $ids }
cli-links-unknown = --links { $id }: no es un tipo de vínculo; use { $ids }
cli-agency-invalid = --agency { $spec }: escriba ARCHIVO=ETIQUETA, p. ej. seizures.csv=HSI
cli-matrix-invalid = --matrix '{ $value }': escriba rows=destination (una fila por área de aseguramiento) o rows=origin
# $reason es import-map-not-header-field o import-map-not-a-field.
cli-map-invalid = --map { $reason }
# $code: en+es o es+en.
cli-lang-single = --lang { $code } es para imágenes y presentaciones; un archivo de datos se escribe en un solo idioma (en o es)
# $role es uno de inputs-role-….
cli-overwrites-input = no se escribirá { $output }: es { $role } { $input }, una entrada de este comando, que nunca se sobrescribe; elija otro --out

## La carga de los datos.

cli-no-traces-loaded = no se pudo cargar ningún rastreo
# $what: lo que no se pudo cargar (cli-no-traces-loaded); $summary es import-summary.
cli-nothing-loaded = { $what } ({ $summary })
# $error: por qué se detuvo la importación.
cli-project-not-loaded = al cargar los datos de { $path }: { $error }

## corridor networks. $networks, $members, $purchasers y $traces son
## números; $links los tipos de vínculo como ids (case,recovery); $date la
## fecha de referencia. Los encabezados de la tabla son cortos: columnas de
## cifras.

cli-networks-heading = { $networks ->
    [one] { $networks } red
   *[other] { $networks } redes
} de { $members ->
    [one] { $members } comprador
   *[other] { $members } compradores
} ({ $purchasers ->
    [one] { $purchasers } comprador
   *[other] { $purchasers } compradores
} en total, { $traces ->
    [one] { $traces } rastreo
   *[other] { $traces } rastreos
}), vínculos: { $links }, al { $date }
cli-networks-score = puntaje
cli-networks-buyers = compradores
cli-networks-traces = rastreos
cli-networks-stores = armerías
cli-networks-first-buy = primera compra
cli-networks-last-recovery = último aseg.
cli-networks-age = antigüedad
cli-networks-band = vigencia
cli-networks-purchasers = miembros
# Después de los primeros seis compradores de una red.
cli-networks-more = y { $count } más
cli-network-out-of-range = --network { $n }: no existe esa red (redes encontradas: { $count })
# $error: lo que dijo el sistema.
cli-chart-not-written = no se puede escribir el diagrama: { $error }
cli-wrote-chart = Se escribieron { $nodes } nodos y { $edges } aristas en { $path }

## corridor deconflict. $kind es tables-overlap-…, $strength tables-match-….

cli-overlaps-count = { $kind }: exactas { $exact }, probables { $probable }
# $score: de 0.00 a 1.00; $agencies separadas por ", ".
cli-overlap-heading = { $kind }, coincidencia { $strength } ({ $score }), en poder de { $agencies }:

## corridor export-flowmap y export-data. $flows y $traces son números.

cli-wrote-flows = { $flows ->
    [one] Se escribió { $flows } flujo
   *[other] Se escribieron { $flows } flujos
} ({ $traces ->
    [one] { $traces } rastreo
   *[other] { $traces } rastreos
}) en { $locations } y { $flows_file }
cli-format-unknown = indique --format csv, geojson o kml (la extensión de { $path } no lo indica)
# El título de un archivo de datos cuyo nombre no da ninguno.
cli-export-title = Exportación de Corridor

## corridor export (imágenes).

cli-scale-out-of-range = --scale debe ser mayor que 0 y como máximo 8
cli-size-out-of-range = --width y --height deben ser de al menos 200 por 150 puntos y de 20 millones como máximo en total
cli-views-need-project = --view y --all eligen vistas de un proyecto .corridor
cli-filter-needs-data = las opciones de filtro se aplican a archivos de datos; las vistas de un proyecto llevan sus propios filtros
cli-too-many-views = se pidieron { $asked } vistas; una exportación dibuja como máximo { $max }: elíjalas con --view NOMBRE, unos cientos a la vez
# $name: el nombre del archivo de datos como se guardó; $path dónde se busca.
cli-source-outside = el archivo de datos del proyecto { $name } está fuera de la carpeta del proyecto ({ $path }); no se lee a menos que se indique --allow-outside-sources
cli-source-changed = el archivo de datos del proyecto { $name } cambió desde que se guardó el proyecto ({ $path }); indique --accept-changed para exportarlo tal como está ahora
cli-source-changed-warning = { $name } cambió desde que se guardó el proyecto; se exporta tal como está ahora
cli-source-missing = falta el archivo de datos del proyecto { $name } (abra el proyecto en la aplicación para ubicarlo)
# $reason: qué tienen mal las opciones de importación del proyecto.
cli-project-reason = { $path }: { $reason }
# $views: los nombres de las vistas del proyecto separados por ", ", o cli-views-none.
cli-view-unknown = el proyecto no tiene ninguna vista llamada "{ $name }"; sus vistas: { $views }
cli-views-none = ninguna
cli-no-saved-views = el proyecto no tiene vistas guardadas
