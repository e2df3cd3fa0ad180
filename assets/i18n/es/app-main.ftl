# El marco de la aplicación: la ventana, los avisos del proyecto y de la
# sesión, las exportaciones de datos, las tareas de fondo que fallan, las
# pestañas de las tablas y las franjas plegadas.

main-untitled = Sin título
main-no-data = Sin datos

main-tab-corridors = Corredores
main-tab-dealers = Armerías
main-tab-networks = Redes
main-tab-overlaps = Coincidencias

main-strip-filters = Filtros
main-strip-filters-hint = Mostrar el panel de filtros (Ctrl+B)
main-strip-details = Detalles
main-strip-details-hint = Mostrar los rastreos de la selección
main-link-chart-title = Gráfico de vínculos — red { $number }

# Una tarea de fondo que falló. $what es uno de los mensajes main-task-…
# de abajo (con la primera letra en mayúscula), $kept uno de main-kept-….
main-task-failed = { $what } se detuvo por un error interno: { $reason }. { $kept } Corridor sigue funcionando; por favor, repórtelo (tarea { $task }).
main-task-counting-map = el conteo del mapa
main-task-histograms = el conteo de los histogramas de tiempo
main-task-corridors = el conteo de la tabla de corredores
main-task-dealers = el conteo de la tabla de armerías
main-task-networks = la búsqueda de las redes de compradores
main-task-overlaps = la búsqueda de coincidencias entre dependencias
main-task-source-check = la revisión de los archivos de datos del proyecto
main-kept-map = El mapa muestra el último resultado.
main-kept-time-bar = La barra de tiempo muestra el último resultado.
main-kept-corridors = La tabla de corredores muestra el último resultado.
main-kept-dealers = La tabla de armerías muestra el último resultado.
main-kept-networks = La tabla de redes muestra el último resultado.
main-kept-overlaps = La tabla de coincidencias muestra el último resultado.
main-kept-project-not-opened = No se abrió el proyecto; los datos mostrados no cambiaron.

main-open-project = Abrir proyecto
main-project-or-package = Proyecto de Corridor o paquete de entrega
main-locate-source = Localizar { $name }
main-save-project = Guardar proyecto
main-corridor-project = Proyecto de Corridor
# El nombre de archivo que se propone para un proyecto nuevo (antes de ".corridor").
main-default-project-name = Presentación
main-project-not-opened = No se pudo abrir el proyecto: { $error }
main-project-no-sources = No se pudo encontrar ni leer ninguno de los archivos de datos del proyecto; sus vistas y su configuración se muestran sobre los datos ya cargados.
main-project-changed-left-out = { $count ->
    [one] Se omitió { $names }: cambió desde que se guardó el proyecto (el SHA-256 es distinto). Abra el proyecto de nuevo y elija Cargar de todos modos para leerlo.
   *[other] Se omitieron { $names }: cambiaron desde que se guardó el proyecto (el SHA-256 es distinto). Abra el proyecto de nuevo y elija Cargar de todos modos para leerlos.
}
main-project-not-saved = No se guardó el proyecto: { $error }
main-project-saved = Proyecto guardado en { $path }
main-recovery-not-deleted = No se pudo borrar el archivo de recuperación { $path }: { $error }
main-recovery-unreadable = No se pudo leer el trabajo sin guardar de una sesión anterior: { $error }
main-autosave-failed = No se pudo guardar automáticamente el trabajo sin guardar: { $error }

main-alias-key-title = Guardar la clave de alias
main-alias-key-saved = Clave de alias guardada en { $path }. Guárdela aparte de la presentación: dice a quién corresponde cada alias.
main-alias-key-not-saved = No se pudo guardar la clave de alias en { $path }: { $error }

main-export-data-title = Exportar los datos del filtro
# El título que lleva la exportación de los datos de un proyecto sin guardar.
main-export-title = Exportación de Corridor
main-data-exported = { $count ->
    [one] Se exportó { $count } rastreo
   *[other] Se exportaron { $count } rastreos
} como { $format } a { $path }
main-data-exported-redacted = { $count ->
    [one] Se exportó { $count } rastreo
   *[other] Se exportaron { $count } rastreos
} como { $format } a { $path } (con datos ocultos)
main-data-not-exported = No se pudieron exportar los datos: { $error }
main-flowmap-title = Exportar a flowmap.blue: elija una carpeta
main-flowmap-written = Se escribieron { $flows ->
    [one] { $flows } flujo
   *[other] { $flows } flujos
} ({ $traces ->
    [one] { $traces } rastreo
   *[other] { $traces } rastreos
}) en { $locations_file } y { $flows_file }
main-flowmap-failed = No se pudo exportar a flowmap.blue: { $error }
