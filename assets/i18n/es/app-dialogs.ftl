# Ventanas y preguntas: fuentes del proyecto que cambiaron y recuperación,
# ¿guardar cambios?, agregar o reemplazar los datos, el selector de archivos,
# las dependencias de los archivos, el paquete de entrega, la exportación de
# imágenes, la ayuda, Acerca de, y soltar archivos.

dialog-cancel = Cancelar

dialog-sources-heading = Algunos archivos de datos del proyecto no están como se guardaron
dialog-source-found = encontrado
dialog-source-inside = dentro del proyecto
dialog-source-changed = cambió desde que se guardó el proyecto (su SHA-256 es distinto)
dialog-source-missing = no está (se movió o se eliminó)
dialog-source-was-at = estaba en { $path }
dialog-source-outside = fuera de la carpeta del proyecto: no se leyó
dialog-source-outside-detail = { $path } · SHA-256 esperado { $hash }
dialog-source-outside-detail-size = { $path } · { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
} · SHA-256 esperado { $hash }
dialog-source-locate = Buscar…
dialog-source-load-anyway = Cargar de todos modos
dialog-source-load-anyway-tip = Lee el archivo tal como está ahora; las vistas del proyecto podrían mostrar datos distintos de cuando se guardaron
dialog-source-skip = Omitir
dialog-source-skip-tip = Deja este archivo fuera de los datos del proyecto
dialog-sources-outside-warning = Este proyecto nombra archivos de datos fuera de su carpeta. Un proyecto recibido de otra persona podría usar eso para meter en una presentación archivos de este equipo que no tienen relación; permítalo solo si conoce estos archivos.
dialog-sources-open-anyway-note = Abrir de todos modos lee tal como están ahora los archivos cambiados marcados con Cargar de todos modos, y deja fuera los omitidos, los que no están y los que están fuera de la carpeta; las selecciones guardadas podrían entonces señalar otros lugares.
dialog-sources-allow-outside = Permitir archivos fuera de la carpeta
dialog-sources-allow-outside-tip = Se recuerda para este archivo de proyecto, tal como está ahora
dialog-sources-open-anyway = Abrir de todos modos

dialog-recovery-heading = ¿Restaurar el trabajo sin guardar?
dialog-count-views = { $count ->
    [one] { $count } vista
   *[other] { $count } vistas
}
dialog-count-annotations = { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
dialog-recovery-project = Corridor se cerró con cambios sin guardar en el proyecto { $path }: { $views }, { $annotations }.
dialog-recovery-project-ago = Corridor se cerró con cambios sin guardar en el proyecto { $path }, guardados automáticamente hace { $minutes } min: { $views }, { $annotations }.
dialog-recovery-untitled = Corridor se cerró con cambios sin guardar en una sesión sin título: { $views }, { $annotations }.
dialog-recovery-untitled-ago = Corridor se cerró con cambios sin guardar en una sesión sin título, guardados automáticamente hace { $minutes } min: { $views }, { $annotations }.
dialog-recovery-restore = Restaurar
dialog-recovery-discard = Descartar

dialog-unsaved-heading = ¿Guardar los cambios en "{ $name }"?
dialog-unsaved-text = Las vistas, anotaciones, filtros o datos de esta sesión cambiaron desde la última vez que se guardó.
dialog-unsaved-save = Guardar
dialog-unsaved-discard = No guardar
dialog-unsaved-discard-tip = Continuar; los cambios se pierden

dialog-open-choice-heading = Abrir { $files }
dialog-open-choice-question = { $count ->
    [one] Hay { $count } rastreo cargado. ¿Agregar los registros nuevos o reemplazarlo?
   *[other] Hay { $count } rastreos cargados. ¿Agregar los registros nuevos o reemplazarlos?
}
dialog-open-choice-note = Cada registro conserva su archivo de origen, su SHA-256 y su línea en ambos casos.
dialog-open-choice-add = Agregar a los datos cargados
dialog-open-choice-replace = Reemplazar los datos cargados

dialog-drop-to-load = { $count ->
    [one] Suelte el archivo para cargarlo
   *[other] Suelte los { $count } archivos para cargarlos
}

dialog-chooser-truncated = Solo se listan las primeras { $count } entradas.
dialog-chooser-file-name = Nombre del archivo
dialog-chooser-open = Abrir
dialog-chooser-save = Guardar
dialog-chooser-choose-folder = Elegir esta carpeta
dialog-chooser-up = Subir
dialog-chooser-up-tip = La carpeta que contiene a esta
dialog-chooser-folder = Carpeta
dialog-chooser-show = Mostrar
dialog-chooser-all-files = Todos los archivos
dialog-chooser-cannot-list = No se puede listar { $folder }: { $error }
dialog-chooser-not-a-folder = { $path } no es una carpeta

dialog-agencies-title = Dependencias de los archivos
dialog-agencies-intro = La dependencia de los registros de cada archivo que no tienen columna de dependencia (p. ej., ATF, HSI, FGR). Las coincidencias entre dependencias se buscan con estas etiquetas; un archivo sin etiqueta cuenta como una dependencia aparte.
dialog-agencies-hint = dependencia
dialog-agencies-apply = Aplicar y recargar
dialog-agencies-apply-tip = Vuelve a cargar los archivos con estas dependencias (se guardan en el proyecto)

dialog-handover-title = Paquete de entrega
dialog-handover-intro = Un solo archivo zip para otra dependencia: este proyecto con sus datos dentro, un manifiesto con el SHA-256 de cada archivo, quién lo hizo y cuándo, y un README. Quien lo recibe lo verifica con Corridor (al abrirlo indica si está tal como se entregó) o con `corridor verify`.
dialog-handover-from = De (dependencia)
dialog-handover-from-hint = p. ej., FGR Sonora
dialog-handover-identifiers = Identificadores
dialog-handover-as-is = Entregar los datos tal como están
dialog-handover-redact-people = Ocultar personas: compradores y domicilios como alias, sin nombres, fechas de nacimiento ni números de serie
dialog-handover-redact-people-tip = Las redes se conservan: los alias siguen distinguiendo a los compradores y los domicilios compartidos.
dialog-handover-redact-dealers = Ocultar personas y armerías (armerías como alias, sin números de licencia)
dialog-handover-write = Escribir paquete…
dialog-handover-filter = Paquete de entrega
dialog-handover-not-written = No se escribió el paquete: { $reason }
dialog-handover-unreadable = Se escribió { $path }, pero al leerlo no coincide con lo escrito
dialog-handover-done = Entregado en { $path } ({ $count ->
    [one] { $count } archivo de datos dentro
   *[other] { $count } archivos de datos dentro
}; verificado con su manifiesto)
dialog-handover-done-redacted = Entregado en { $path } ({ $count ->
    [one] { $count } archivo de datos dentro
   *[other] { $count } archivos de datos dentro
}, con datos ocultos; verificado con su manifiesto)
dialog-received-file-verified = { $name }: tal como se entregó
dialog-received-file-changed = { $name }: CAMBIÓ desde que se entregó
dialog-received-file-missing = { $name }: NO ESTÁ
dialog-received-verified = Recibido de { $agency }, verificado
dialog-received-not-verified = Recibido de { $agency }: NO verificado, hay archivos distintos del manifiesto
dialog-received-unnamed-verified = Recibido de una dependencia sin nombre, verificado
dialog-received-unnamed-not-verified = Recibido de una dependencia sin nombre: NO verificado, hay archivos distintos del manifiesto
dialog-package-not-opened = No se pudo abrir el paquete: { $error }
dialog-package-project-not-opened = No se pudo abrir el proyecto del paquete ({ $error }). { $headline } ({ $files })
dialog-package-manifest-unchecked = No se pudo verificar el manifiesto del paquete: { $error }

dialog-image-no-views = No hay vistas guardadas que exportar: primero agregue vistas en el panel de vistas (Ctrl+Shift+V).
dialog-image-title = Exportar el mapa como imagen
dialog-image-deck-title = Exportar cada vista guardada (PDF: una página cada una; PNG o SVG: un archivo por vista, con el nombre de su título)
dialog-image-busy = Todavía hay una exportación en curso; inténtelo de nuevo cuando termine.
# Lo que hacía la exportación, por si falla ("Exportando … se detuvo por un
# error interno").
dialog-image-task = exportando { $path }
# El nombre de archivo que se propone para una presentación antes de que el
# proyecto tenga nombre.
dialog-image-deck-name = Presentación
dialog-image-nothing-written = No se escribió nada en su lugar.
dialog-image-done = Mapa exportado a { $path }
dialog-image-done-redacted = Mapa exportado a { $path } (con datos ocultos)
dialog-images-done = { $count } imágenes exportadas, de { $first } a { $last }
dialog-images-done-redacted = { $count } imágenes exportadas, de { $first } a { $last } (con datos ocultos)
dialog-image-failed = No se pudo exportar el mapa: { $error }
dialog-image-format-png = Imagen PNG
dialog-image-format-svg = SVG (vectorial, para diapositivas)
dialog-image-format-pdf = PDF (una página por vista)

dialog-help-quick-start = Inicio rápido
dialog-help-data-formats = Formatos de datos
dialog-quick-load = 1. Cargar
dialog-quick-load-text = Corridor abre con datos de demostración sintéticos. Use Archivo › Abrir… o suelte archivos o una carpeta en la ventana: rastreos en CSV, TSV o GeoJSON (vea Ayuda › Formatos de datos). El reporte de importación dice qué se leyó y da el archivo, la línea y la columna de cada problema.
dialog-quick-load-keys = Ctrl+O abrir · Ctrl+R reporte de importación
dialog-quick-filter = 2. Filtrar
dialog-quick-filter-text = Marque clases de arma a la izquierda; escriba una marca o un modelo; elija un rango de tiempo entre compra y aseguramiento. Bajo el mapa, escriba un rango de fechas o arrastre sobre el histograma, y pulse Reproducir para avanzar en el tiempo (las escalas quedan fijas mientras se reproduce).
dialog-quick-filter-keys = Ctrl+B plegar los filtros
dialog-quick-select = 3. Seleccionar
dialog-quick-select-text = Haga clic en un flujo, una armería o un lugar de aseguramiento; Shift+clic agrega; Ctrl+arrastrar traza un rectángulo, Ctrl+Alt+arrastrar un lazo. Los detalles junto al mapa listan los rastreos (ordenables, Copiar tabla). Las tablas de corredores y de armerías bajo el mapa siguen la selección: seleccione los lugares de un estado para ver qué armerías lo abastecen.
dialog-quick-select-keys = Esc borrar · Ctrl+T tablas · Ctrl+F buscar · +/- zoom · Ctrl+0 ajustar
dialog-quick-view = 4. Guardar una vista
dialog-quick-view-text = Abra el panel de vistas y pulse Agregar vista: la cámara, el filtro, la selección y las anotaciones se guardan con el título de lo que se muestra. Anotar agrega notas, flechas y círculos.
dialog-quick-view-keys = Ctrl+Shift+V panel de vistas
dialog-quick-present = 5. Presentar
dialog-quick-present-text = Cada vista guardada es una diapositiva con su título, la línea del filtro, la leyenda y las fuentes.
dialog-quick-present-keys = F5 presentar · flechas o Espacio siguiente · Esc salir
dialog-quick-export = 6. Exportar
dialog-quick-export-text = Archivo › Exportar imagen del mapa, presentación (PDF), datos (CSV, GeoJSON, KML) o flowmap.blue. Con Vista › Ocultar identificadores, los compradores y las armerías se vuelven alias estables (Comprador 7, Armería C); Archivo › Guardar clave de alias escribe aparte quiénes son.
dialog-quick-export-keys = Ctrl+E exportar imagen
dialog-quick-save = 7. Guardar el proyecto
dialog-quick-save-text = Un proyecto .corridor guarda las fuentes de datos (o los datos mismos), las vistas, las anotaciones y la ocultación de datos. El trabajo sin guardar se guarda automáticamente y se ofrece de nuevo después de un cierre inesperado.
dialog-quick-save-keys = Ctrl+S guardar · Ctrl+Shift+S guardar como
dialog-formats-flat = Rastreos en una tabla (CSV, TSV)
dialog-formats-flat-text = Una fila por arma rastreada, con la armería y el aseguramiento en la misma fila. Los encabezados se reconocen con flexibilidad, en inglés o en español (store_city, Ciudad tienda, Municipio del hallazgo…); un archivo cuyas columnas no se distinguen pide una sola vez una asignación. Los lugares solo necesitan ciudad y estado: Corridor los ubica con su nomenclátor sin conexión. Las fechas pueden ser ISO o con diagonales (pregunta el orden cuando ambos son posibles).
dialog-formats-linked = Tablas vinculadas
dialog-formats-linked-text = Tres archivos CSV en una carpeta: armerías, aseguramientos y rastreos, unidos por sus ids.
dialog-formats-geojson = GeoJSON
dialog-formats-geojson-text = Puntos con las mismas propiedades que las columnas del CSV, uno por rastreo.
dialog-formats-flowmap = flowmap.blue
dialog-formats-flowmap-text = locations.csv y flows.csv (id, name, lat, lon; origin, dest, count), como Corridor también los escribe.
dialog-formats-sample = Un archivo de rastreos de ejemplo
dialog-formats-copy-sample = Copiar ejemplo
dialog-formats-copy-sample-tip = Péguelo en un archivo llamado sample.csv y ábralo
dialog-formats-more = Cada encabezado, sinónimo y regla está en docs/data-format.md junto al programa (en inglés); data/examples tiene un archivo de cada tipo.

dialog-about-title = Acerca de Corridor
dialog-about-purpose = Mapeo de evidencia sin conexión de armas de fuego rastreadas desde su compra en EE. UU. hasta su aseguramiento en México.
dialog-about-basemap = Mapa base: hecho con Natural Earth (dominio público), naturalearthdata.com.
dialog-about-places = Lugares: contiene datos de GeoNames (CC BY 4.0), geonames.org.
dialog-about-ports = Puertos de entrada: compilados a partir de información pública; posiciones aproximadas (alrededor de 1 km).
dialog-about-tiles = Mosaicos en línea, solo si se activan: © colaboradores de OpenStreetMap (ODbL).
dialog-about-demo = Los datos de demostración son sintéticos: sus armerías son ficticias y sus rastreos, inventados.
dialog-about-licence = Licencia: MIT (datos: Natural Earth de dominio público, GeoNames CC BY 4.0).
