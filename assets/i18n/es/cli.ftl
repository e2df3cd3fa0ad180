# Lo que la línea de comandos informa de lo que escribió una exportación,
# en el idioma de su --lang (su salida JSON sigue en inglés).

cli-wrote = Se escribió { $path }
cli-wrote-traces = { $count ->
    [one] Se escribió { $count } rastreo en formato { $format } en { $path }
   *[other] Se escribieron { $count } rastreos en formato { $format } en { $path }
}
cli-views = { $count ->
    [one] { $count } vista
   *[other] { $count } vistas
}
cli-redacted = con datos ocultos

# Antes de una advertencia en stderr.
cli-warning = advertencia:
