# Lo que flota sobre el mapa: botones de zoom, las palabras propias de la
# leyenda (sus notas y colores están en captions.ftl, compartidos con las
# exportaciones), la atribución, el aviso de mosaicos en línea, los botones
# de los avisos, el avance de una carga y las notas nuevas.

map-zoom-in = Acercar (+)
map-zoom-out = Alejar (-)
map-fit = Todo
map-fit-hint = Ajustar a los datos (Ctrl+0)

map-legend = Leyenda
map-legend-show = Mostrar la leyenda
map-legend-fold = Plegar la leyenda
map-legend-fold-hint = Plegar la leyenda en un botón

map-osm-attribution = © colaboradores de OpenStreetMap
map-online-tiles-warning = Mosaicos en línea ACTIVADOS: openstreetmap.org ve qué zonas consulta

map-notice-show-report = Mostrar el informe de importación
map-notice-reset-filters = Restablecer filtros
map-notice-dismiss = Descartar

# $source: un nombre de archivo, o "3 archivos"; $rows ya viene escrito ("1,200 filas").
map-loading = Cargando { $source }
map-loading-rate = { $rows } · { $rate } filas/s
map-loading-cancel = Cancelar

# El texto con el que empieza una nota nueva.
map-new-note = Nota
