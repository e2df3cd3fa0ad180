# La presentación en la ventana: el panel de vistas, el editor de
# anotaciones y las indicaciones de sus herramientas, y el modo presentación.

briefing-views-heading = Vistas
briefing-views-close = Cerrar
briefing-views-close-tip = Ocultar el panel de vistas ({ $shortcut })
briefing-add-view = Agregar vista
briefing-add-view-tip = Guarda la cámara, los filtros, la selección, el agrupamiento, el tema y las anotaciones como una vista nueva
briefing-present = Presentar
briefing-present-tip = Muestra las vistas en pantalla completa, una por diapositiva (F5; Esc sale)
briefing-no-views = Aún no hay vistas. Prepare el mapa y luego pulse Agregar vista; cada vista es una diapositiva en el modo presentación.
briefing-view-name-field = Nombre de la vista
briefing-show-view-tip = Mostrar esta vista
briefing-rename = Renombrar
briefing-up = Subir
briefing-up-tip = Mover antes en la presentación
briefing-down = Bajar
briefing-down-tip = Mover después en la presentación
briefing-update = Actualizar
briefing-update-tip = Reemplaza esta vista con el mapa tal como está ahora (el nombre y los títulos se conservan)
briefing-delete = Eliminar
briefing-slide-title = Título (el nombre si está vacío)
briefing-slide-title-field = Título de la diapositiva
briefing-slide-subtitle = Subtítulo
briefing-slide-subtitle-field = Subtítulo de la diapositiva

briefing-annotation-title = Anotación
briefing-annotation-note = Nota
briefing-annotation-arrow = Flecha (su texto va en la cola)
briefing-annotation-circle = Círculo (su texto va en el centro)
briefing-annotation-hint = Texto en el mapa
briefing-annotation-text-field = Texto de la anotación
briefing-annotation-colour = Color
briefing-annotation-radius = Radio
briefing-annotation-delete = Eliminar anotación
briefing-annotation-delete-tip = La quita del mapa (Supr)
briefing-annotation-done = Listo
briefing-annotation-saved-note = Se guarda en una vista con Agregar vista o Actualizar.

briefing-hint-note = Haga clic en el mapa para colocar una nota (Esc cancela)
briefing-hint-arrow = Presione donde empieza la flecha y arrastre hasta donde apunta (Esc cancela)
briefing-hint-circle = Haga clic en el mapa para colocar un círculo (Esc cancela)

briefing-redacted-badge-tip = Los ids de comprador y los números de serie (y los nombres de armerías, si se eligió) están ocultos: Vista > Ocultar identificadores
