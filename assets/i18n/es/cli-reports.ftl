# The reports of check, corridors, stores, generate, handover and verify (text output, not JSON).

## corridor check: el reporte de importación y el resumen. Los conteos en
## $rows, $stores… son dígitos tal como se escriben (sin agrupar); $traces
## es count-traces o count-traces-in-rows; los ids (ak_pattern, short_ttc)
## no se traducen.

# El $what de cli-nothing-loaded cuando check no cargó nada.
cli-check-nothing-loaded = no se pudo cargar nada
cli-check-unlisted = ... y { $count } problemas más sin listar
cli-check-files = Archivos:
# $what: el tipo de archivo, su codificación y su separador, unidos por ", ".
cli-check-file = { $file } ({ $what }): filas { $rows }, rechazadas { $rejected }, advertencias { $warnings }
cli-check-separated-comma = separado por comas
cli-check-separated-semicolon = separado por punto y coma
cli-check-separated-tab = separado por tabuladores
cli-check-separated-pipe = separado por barras verticales
cli-check-separated-other = separado por otro carácter
# $name: un nombre de separador que el importador agregue después.
cli-check-separated = separado por { $name }
cli-check-synthetic-demo = datos sintéticos de demostración
cli-check-synthetic = datos sintéticos
# $synthetic está vacío o es " (cli-check-synthetic-demo)".
cli-check-loaded = Se cargaron: { $traces }, armerías { $stores }, lugares de aseguramiento { $sites }{ $synthetic }
cli-check-report = Reporte: filas rechazadas { $rejected }, advertencias { $warnings }, errores de archivo { $errors }
cli-check-locations = Ubicaciones: { $exact } con coordenadas exactas, { $city } en el centro de una ciudad (precisión de ciudad)
# $classes: "ak_pattern 3727, ar_pattern 2443, …" (los ids no se traducen).
cli-check-by-class = Por clase: { $classes }
# $indicators: "short_ttc 3542, multiple_sale 1805, …" (los ids no se traducen).
cli-check-indicators = Indicadores (rastreos marcados): { $indicators }
cli-check-nothing = No se pudo cargar nada.

## corridor corridors: los encabezados de la tabla.

cli-corridors-origin = origen
cli-corridors-destination = destino
cli-corridors-traces = rastreos
cli-corridors-share = proporción
cli-corridors-median-ttc = mediana compra–aseg.
cli-corridors-dominant-class = clase dominante

## corridor stores: los encabezados de la tabla y los errores de sus opciones.

cli-stores-store = armería
cli-stores-town = ciudad
cli-stores-traces = rastreos
cli-stores-share = proporción
cli-stores-median-ttc = mediana compra–aseg.
cli-stores-purchases = compras
cli-stores-top-classes = clases principales
# $flag es to, to-state o from-state; $text lo que se dio.
cli-stores-not-a-state = --{ $flag } { $text }: no es un estado de EE. UU. ni de México (pruebe MX-TAM, Tamaulipas, US-TX, TX)
cli-stores-destination-twice = indique el destino una sola vez: --to-state o --to, no ambos

## corridor generate.

# $error es el error del nomenclátor.
cli-generate-gazetteer = al cargar el nomenclátor integrado: { $error }
# Los conteos son dígitos; $files, los archivos escritos, unidos por ", ".
cli-generate-wrote = Rastreos sintéticos escritos: { $traces } (armerías { $stores }, lugares de aseguramiento { $sites }, compradores { $purchasers }, casos { $cases }) en { $files } en { $seconds } s ({ $rate } rastreos/s)

## corridor handover y corridor verify.

cli-handover-source-changed = el archivo de datos { $name } del proyecto está fuera de su carpeta o cambió desde que se guardó ({ $path }): abra el proyecto en la aplicación, guárdelo y vuelva a entregarlo
cli-handover-source-missing = falta el archivo de datos { $name } del proyecto
# $error: las palabras de la biblioteca de CSV.
cli-handover-redacted-copy = no se puede escribir la copia con datos ocultos: { $error }
# $error: las palabras de la biblioteca de JSON.
cli-handover-project = no se puede escribir el proyecto: { $error }
# $reason: las palabras de base64.
cli-handover-embedded-copy = la copia de { $name } incluida en el proyecto: { $reason }
# $project es case.corridor; $redacted está vacío o es " (cli-redacted)".
cli-handover-wrote = Se escribió el paquete { $path } ({ $count ->
    [one] { $count } archivo de datos
   *[other] { $count } archivos de datos
} dentro de { $project }){ $redacted }; quien lo recibe lo verifica con corridor verify
cli-verify-mismatch = el paquete { $path } no coincide con su manifiesto
# $made_by: el Corridor que lo hizo; $created: cuándo, en UTC.
cli-verify-received = Recibido de { $agency } ({ $made_by }), elaborado el { $created }
cli-verify-unnamed-agency = una dependencia sin nombre
cli-verify-status-verified = VERIFICADO
cli-verify-status-changed = CAMBIADO
cli-verify-status-missing = FALTA
cli-verify-changed = SHA-256 { $found }; el manifiesto dice { $expected }
cli-verify-verified = Verificado: todos los archivos están tal como se entregaron.
cli-verify-not-verified = NO verificado: los archivos de arriba difieren de lo que se entregó.
