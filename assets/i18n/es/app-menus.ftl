# La barra de menús: Archivo (con las entradas del proyecto y las
# exportaciones), Vista (con las vistas de la presentación, el modo
# presentación y la ocultación de datos), Anotar, Configuración y Ayuda.

menu-file = Archivo
menu-file-open = Abrir…
menu-file-open-demo = Abrir datos de demostración
menu-file-import-report = Reporte de importación
menu-file-save-report = Guardar reporte de importación como CSV…
menu-file-agencies = Dependencias de los archivos…
menu-file-agencies-tip = De qué dependencia vienen los registros de cada archivo, para la tabla de coincidencias
menu-file-flowmap = Exportar a flowmap.blue…
menu-file-flowmap-tip = locations.csv y flows.csv de los rastreos del filtro, un lugar por armería y por lugar de aseguramiento
menu-file-quit = Salir

menu-project-new = Nuevo proyecto
menu-project-open = Abrir proyecto…
menu-project-recent = Proyectos recientes
menu-project-not-found = No se encuentra: { $path }
menu-project-save = Guardar proyecto
menu-project-save-as = Guardar proyecto como…
menu-project-embed = Incluir los datos en el proyecto
menu-project-embed-tip = Guarda los archivos de datos dentro del proyecto, para que se abra en un equipo que no los tenga. El proyecto crece en el tamaño de los archivos.
menu-project-hand-over = Crear paquete de entrega…
menu-project-hand-over-tip = Un solo archivo zip para otra dependencia: este proyecto con sus datos dentro, un manifiesto con el SHA-256 de cada archivo y un README. Opcionalmente sin identificadores.
menu-alias-key = Guardar clave de alias…
menu-alias-key-tip = Qué armería y qué comprador reales representa cada alias, en un archivo CSV aparte. Guárdela lejos de la presentación: deshace la ocultación.
menu-alias-key-disabled-tip = Los alias se usan mientras la ocultación de datos está activa (menú Vista)
menu-export-data = Exportar datos…
menu-export-data-tip = Los rastreos del filtro en CSV (con archivo de origen, SHA-256 y línea), GeoJSON o KML (según la extensión del archivo); con datos ocultos cuando la ocultación está activa
menu-export-image = Exportar imagen del mapa…
menu-export-image-tip = El mapa tal como está, con título, leyenda, barra de escala y atribución: PNG, SVG (vectorial, nítido en diapositivas) o PDF, según la extensión del archivo; con datos ocultos cuando la ocultación está activa
menu-export-deck = Exportar presentación…
menu-export-deck-tip = Cada vista guardada: un PDF con una página por vista, o un archivo PNG o SVG por vista, con el nombre de su título
menu-export-deck-disabled-tip = Primero guarde vistas en el panel de vistas (Ctrl+Shift+V)
menu-png-scale = Escala de la imagen PNG
menu-png-scale-tip = Píxeles por punto: 2x para diapositivas, 4x para imprimir

menu-view = Vista
menu-view-fit = Ajustar a los datos
menu-view-colour-class = Colorear los flujos por clase de arma
menu-view-colour-single = Un solo color para todos los flujos
menu-view-colour-network = Colorear los flujos por red de compradores
menu-view-colour-network-tip = Cada flujo en el color de la red a la que pertenecen la mayoría de sus rastreos (tabla de redes); los demás en gris
menu-view-mark-flagged = Marcar rastreos con indicadores
menu-view-mark-flagged-intro = Contornear los flujos y rodear los símbolos que llevan un rastreo con alguno de:
menu-view-mark-overlaps = Marcar registros que tiene otra dependencia
menu-view-mark-overlaps-tip = Rodea las armerías y los lugares de aseguramiento de registros que también tiene otra dependencia (tabla de coincidencias)
menu-view-fade-stale = Atenuar pistas viejas
menu-view-fade-stale-tip = Dibuja tenues los flujos cuyo último aseguramiento es una pista vieja a la fecha del filtro
menu-group-heading = Agrupar lugares
menu-group-clusters = Conglomerados según el zoom
menu-group-clusters-tip = Las armerías y los lugares cercanos se juntan al alejar el zoom; llevan el nombre del de más actividad.
menu-group-states = Estados de EE. UU. a estados de México
menu-group-towns = Ciudades a municipios
menu-group-locations = Cada armería y cada lugar
menu-group-locations-tip = Sin agrupar: un símbolo por armería y por lugar de aseguramiento.
menu-lock-scales = Fijar escalas
menu-lock-scales-tip = Mantiene el grosor de los flujos y el tamaño de los símbolos en la escala de todos los datos cargados, para comparar vistas y filtros lado a lado. La leyenda indica qué escala se usa.
menu-view-filter-panel = Panel de filtros
menu-view-legend = Leyenda
menu-view-city-labels = Nombres de ciudades
menu-view-ports = Puertos de entrada
menu-view-table-corridors = Tabla de corredores
menu-view-table-dealers = Tabla de armerías
menu-view-table-networks = Tabla de redes
menu-view-table-overlaps = Tabla de coincidencias
menu-view-time-bar = Barra de tiempo
menu-view-time-bar-tip = Rastreos por mes bajo el mapa: elija, arrastre o reproduzca un rango de fechas
menu-view-charts = Gráficas
menu-view-charts-tip = Mezcla de clases de arma, rastreos por mes y tiempo entre compra y aseguramiento del filtro o de la selección ({ $shortcut })
menu-views-panel = Panel de vistas
menu-views-panel-tip = Vistas guardadas: agréguelas, renómbrelas, reordénelas y muéstrelas
menu-present = Presentar
menu-present-tip = Pantalla completa, una vista guardada por diapositiva; las flechas avanzan, Esc sale
menu-redact-identifiers = Ocultar identificadores
menu-redact-identifiers-tip = Oculta los ids de comprador y los números de serie en todas partes: paneles, descripciones emergentes, búsqueda, presentación y exportaciones
menu-redact-dealers = Ocultar también nombres de armerías
menu-redact-dealers-tip = Oculta también los nombres de las armerías y los números FFL (sus ciudades se conservan); activa Ocultar identificadores
menu-view-online-tiles = Mosaicos de mapa en línea (OpenStreetMap)
menu-view-online-tiles-tip = Desactivado por omisión. Al activarlo, las imágenes del mapa se descargan de tile.openstreetmap.org, y ese servidor ve qué zonas consulta usted.

menu-annotate = Anotar
menu-annotate-note = Agregar nota
menu-annotate-arrow = Agregar flecha
menu-annotate-circle = Agregar círculo
menu-annotate-remove-all = Quitar todas las anotaciones

# Los nombres de los idiomas no son mensajes: cada uno se escribe en su idioma.
menu-settings = Configuración
menu-settings-language = Idioma

menu-help = Ayuda
menu-help-about = Acerca de Corridor
menu-export-bilingual = Imágenes y presentaciones en español e inglés
menu-export-bilingual-tip = Para una sesión conjunta: cada título, pie y línea de leyenda que escribe Corridor va seguido del otro idioma, en letra menor. Los títulos que usted escribió no se traducen.
