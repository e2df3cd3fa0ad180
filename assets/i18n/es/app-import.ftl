# Cargar datos: el diálogo de abrir, los avisos de una carga, las preguntas
# de asignación de columnas, orden de fechas, hojas de un libro y matriz, y
# las palabras propias de la ventana del informe de importación (los
# motivos que lista son los del importador, import.ftl).

import-open-title = Abrir datos de rastreos
import-open-filter-traces = Datos de rastreos
import-open-filter-all = Todos los archivos

import-cancelled = Carga cancelada; los datos ya mostrados no cambiaron.
import-kept-data = Los datos ya mostrados no cambiaron.
# Lo que hacía una carga que falló, en main-task-failed.
import-task-loading = la carga de { $source }
import-could-not-load = No se pudo cargar: { $error }
# Lo que informó una importación, p. ej. "1 fila rechazada, 1,200 advertencias,
# 0 errores de archivo" (ImportReport::summary_line_in).
import-summary = { $rejected ->
    [one] { $rejected } fila rechazada
   *[other] { $rejected } filas rechazadas
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}, { $errors ->
    [one] { $errors } error de archivo
   *[other] { $errors } errores de archivo
}
import-nothing-added = No se agregó nada de { $source } ({ $summary }). Los datos ya mostrados no cambiaron.
import-nothing-loaded = No se pudo cargar nada de { $source } ({ $summary }). Los datos ya mostrados no cambiaron.
# $traces ya viene escrito: "1,200 rastreos", "40 rastreos en 1 fila".
import-loaded-with-issues = Carga de { $source }: { $traces }; { $summary }.
import-filters-reset = Los filtros anteriores habrían ocultado { $count ->
    [one] el único rastreo
   *[other] los { $count } rastreos
} de { $source }, así que se restablecieron.
import-filters-hide = Los filtros anteriores ocultan { $hidden } de { $count ->
    [one] { $count } rastreo
   *[other] los { $count } rastreos
} de { $source }.

import-mapping-title = Asignar columnas: { $file }
import-mapping-intro = Corridor no pudo determinar qué contienen estas columnas. Indique qué es cada una; la asignación se recuerda para archivos con los mismos encabezados.
# Tras una lista de tipos de tabla: "[rastreos (una fila por arma)] es lo que contiene cada fila".
import-mapping-row-kind = es lo que contiene cada fila
import-mapping-column = Columna
import-mapping-first-values = Primeros valores
import-mapping-holds = Contiene
import-mapping-ignore = (ignorar)
import-mapping-field-for = Campo de la columna '{ $column }'
import-mapping-slash-dates = Las fechas con diagonales se leen
import-mapping-dates-decided = según las propias fechas
import-date-mdy = MM/DD/AAAA
import-date-dmy = DD/MM/AAAA
import-mapping-still-needed = Falta: { $what }
import-mapping-missing-store = la ubicación de la armería (latitud y longitud, o ciudad) o su id
import-mapping-missing-site = la ubicación del lugar de aseguramiento (latitud y longitud, o lugar) o su id
import-mapping-missing-store-location = la latitud y longitud de la armería, o su ciudad
import-mapping-missing-site-location = la latitud y longitud del lugar, o el lugar
import-mapping-load = Cargar con esta asignación
import-mapping-skip = Omitir este archivo

import-date-title = Orden de las fechas
import-date-unclear = En { $files }, ninguna fecha aclara si 01/02/2010 es el 2 de enero (orden de EE. UU.) o el 1 de febrero.
import-date-read-month-first = Se leyeron con el mes primero. ¿Cómo están escritas?
import-date-month-first = Mes primero (MM/DD/AAAA)
import-date-day-first = Día primero (DD/MM/AAAA)
import-date-remembered = La elección se recuerda para archivos con las mismas columnas.
import-date-apply = Aplicar y volver a cargar
import-date-keep = Dejar el mes primero

import-sheets-title = Hojas que cargar
import-sheets-intro = Desmarque las hojas que no contienen rastreos (notas, resúmenes, datos de gráficos).
import-sheets-hidden = { $sheet } (oculta en el libro)
import-sheets-load = Cargar
import-sheets-tick-one = Marque al menos una hoja
import-sheets-cancel = Cancelar

import-matrix-title = Matriz de conteos
import-matrix-unclear = { $files } contiene conteos con zonas en sus filas y en sus columnas, pero sus países no indican qué lado es donde se compraron las armas (un solo país en ambos lados, o ambos países en uno).
import-matrix-question = ¿Qué son sus filas?
import-matrix-rows-destinations = Donde se aseguraron (destinos)
import-matrix-rows-destinations-hint = Una fila por zona de aseguramiento; las columnas son donde se compraron
import-matrix-rows-origins = Donde se compraron (orígenes)
import-matrix-rows-origins-hint = Una fila por zona de compra; las columnas son donde se aseguraron
import-matrix-saved = La elección se guarda con el proyecto y el archivo se vuelve a cargar.

import-report-title = Informe de importación
import-report-failed = La última importación no cargó nada; los datos mostrados son de antes.
import-report-save = Guardar como CSV…
import-report-save-title = Guardar el informe de importación
import-report-saved = Informe de importación guardado en { $path }
import-report-not-saved = No se pudo guardar el informe en { $path }: { $error }
# Una línea por archivo; $kind ("traces CSV") es del importador, $encoding
# está vacío o es " (UTF-8)".
import-report-file = { $file } — { $kind }{ $encoding }: { $rows } filas, { $traces } rastreos, { $stores } armerías, { $sites } lugares de aseguramiento, { $rejected } rechazadas, { $warnings } advertencias
# Problemas de un tipo más allá de los ejemplos listados (MoreLike::line_in);
# $field está vacío o es " (columna)", $example es el motivo del importador.
import-report-more-errors = { $file }{ $field }: { $count ->
    [one] { $count } error más
   *[other] { $count } errores más
} como los { $listed } listados, desde la línea { $line }: { $example }
import-report-more-rejected = { $file }{ $field }: { $count ->
    [one] { $count } fila rechazada más
   *[other] { $count } filas rechazadas más
} como las { $listed } listadas, desde la línea { $line }: { $example }
import-report-more-warnings = { $file }{ $field }: { $count ->
    [one] { $count } advertencia más
   *[other] { $count } advertencias más
} como las { $listed } listadas, desde la línea { $line }: { $example }
import-report-unlisted = { $count ->
    [one] { $count } problema más está contado pero no listado.
   *[other] { $count } problemas más están contados pero no listados.
}
import-report-no-problems = No se encontraron problemas.
import-report-severity = Gravedad
import-report-file-column = Archivo
import-report-line = Línea
import-report-column = Columna
import-report-reason = Motivo
import-report-severity-error = error
import-report-severity-rejected = rechazada
import-report-severity-warning = advertencia
