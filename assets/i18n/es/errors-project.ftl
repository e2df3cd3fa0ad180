# Errores de proyectos, guardados, paquetes de entrega y fechas escritas.
# $path es un archivo o una carpeta tal como se dio; $error son las palabras
# del sistema o de una biblioteca (u otro de estos mensajes). Los números de
# línea, las versiones y los tamaños llegan como texto, sin agrupar.

# Las palabras de una biblioteca (serde_json, zip, base64), tal como están.
project-error-text = { $text }

## Leer y escribir un proyecto (ProjectError).

project-error-read = no se puede leer el proyecto { $path }: { $error }
# $message es de serde_json (en inglés).
project-error-json = { $path } no es un archivo de proyecto válido: { $message } (línea { $line }, columna { $column })
# $what es uno de project-limit-…; $found y $limit son cantidades (bytes para el tamaño del archivo).
project-error-too-large = { $path }: { $what } ({ $found }; como máximo { $limit }); el proyecto no se abre
project-limit-file-size = el archivo es demasiado grande
project-limit-views = demasiadas vistas guardadas
project-limit-annotations = demasiadas anotaciones
project-limit-data-files = demasiados archivos de datos
project-error-not-a-project = { $path } no es un proyecto de Corridor (no tiene "format": "corridor-project")
project-error-newer = { $path } se guardó con una versión más reciente de Corridor (versión { $found } del formato de proyecto; esta versión de Corridor lee hasta la versión { $supported }). Actualice Corridor para abrirlo.
project-error-unknown-version = { $path } tiene la versión { $found } del formato de proyecto, que ninguna versión de Corridor ha escrito
project-error-encode = no se puede codificar el proyecto { $path }: { $error }
# $name es el nombre de un archivo de datos; $reason es project-embedded-sha256 o las palabras de base64.
project-error-embedded = los datos de { $name } incluidos en el proyecto están dañados: { $reason }
project-embedded-sha256 = su SHA-256 es { $found }, pero el proyecto indica { $expected }
project-error-embed = no se puede incluir { $path } en el proyecto: { $error }
project-file-changed = el archivo cambió desde que se cargó

## Guardar un archivo de forma atómica (SaveError): $step es uno de save-step-…
## ("error al escribir").

save-error = no se puede guardar { $path }: error al { $step }: { $error }; el archivo anterior no cambió
save-error-replaced = no se puede guardar { $path }: error al { $step }: { $error } (el archivo se reemplazó, pero podría perderse si se corta la luz)
save-step-create-temp = crear un archivo temporal
save-step-write = escribir
save-step-flush = vaciar el búfer
save-step-sync-file = sincronizar con el disco
save-step-rename = reemplazar el archivo anterior
save-step-sync-dir = sincronizar la carpeta
save-already-committed = el archivo ya se terminó de escribir

## Paquetes de entrega (HandoverError).

handover-error-folder = no se puede crear la carpeta { $path }: { $error }
# $reason es uno de los mensajes de abajo, o las palabras de la biblioteca zip o del sistema.
handover-error-file = { $path }: { $reason }
# $kind dice qué es en su lugar (una carpeta, una tubería con nombre…).
handover-not-a-package = no es una carpeta de paquete ni un archivo zip ({ $kind })
handover-not-a-zip = no es un archivo zip: { $error }
handover-too-many-entries = { $entries } entradas; un paquete de entrega tiene como máximo { $most }
handover-zip-unsupported = esta compilación de Corridor no lee paquetes zip (función zip-packages); descomprímalo
handover-manifest-unreadable = no está o no se puede leer
handover-not-a-manifest = no es un manifiesto de paquete de entrega: { $error }
# $found y $expected van entre comillas ("corridor-handover").
handover-manifest-format = el formato es { $found }, no { $expected }

## Una salida que es una de las entradas (OverwritesInput): $role es uno de inputs-role-….

inputs-overwrites = no se escribirá { $output }: es { $role } { $input }, un archivo de entrada, que nunca se sobrescribe; elija otro archivo
inputs-role-data = el archivo de datos
inputs-role-project = el archivo de proyecto
inputs-role-project-source = el archivo de datos del proyecto
inputs-role-rules = el archivo de reglas

## Una fecha escrita en la barra de tiempo (BadDate).

date-error-format = no es una fecha (DD/MM/AAAA, MM/AAAA, AAAA o AAAA-MM-DD): { $text }
date-error-year = el año { $year } no está entre { $first } y { $last }: { $text }

## Archivos de reglas de armas (ConfigError, RulesError). $list es [[type]] o
## [[model]]; $key, las clases y los campos son las palabras del propio archivo.

config-error-shipped = las reglas de armas incluidas en Corridor: { $error }
config-error-read = no se puede leer el archivo de reglas { $path }: { $error }
config-error-rules = en el archivo de reglas { $path }: { $error }
# $message es del analizador de TOML (en inglés).
rules-error-toml = línea { $line }, columna { $column }: { $message }
rules-error-unknown-class = regla { $index } de { $list } (línea { $line }): clase desconocida "{ $class }"; se esperaba una de estas: { $expected }
rules-error-empty-keywords = regla { $index } de { $list } (línea { $line }): la lista `keywords` está vacía
rules-error-blank-keyword = regla { $index } de { $list } (línea { $line }): la entrada "{ $text }" de { $key } no tiene letras ni dígitos
rules-error-unknown-field = regla { $index } de { $list } (línea { $line }): campo desconocido "{ $field }"; se esperaba make, model o caliber
rules-error-empty-list = regla { $index } de { $list } (línea { $line }): la lista `{ $key }` está vacía; mejor omítala
