# Los errores del núcleo (proyectos, guardados, exportaciones) y los tipos de error del sistema.
# En inglés se escriben las palabras del propio sistema; estos mensajes dicen el tipo cuando se conoce.

system-not-found = el archivo o la carpeta no existe
system-permission-denied = permiso denegado
system-already-exists = ya existe
system-storage-full = no queda espacio en el disco
system-quota-exceeded = se agotó la cuota de disco
system-file-too-large = el archivo es más grande de lo que permite el sistema
system-is-a-directory = es una carpeta, no un archivo
system-not-a-directory = una parte de la ruta no es una carpeta
system-directory-not-empty = la carpeta no está vacía
system-read-only = el disco es de solo lectura
system-busy = el archivo está en uso
system-crosses-devices = no se puede mover a otro disco
system-invalid-filename = el nombre del archivo no es válido
system-unexpected-eof = el archivo termina antes de tiempo
system-invalid-data = el contenido no es válido
system-timed-out = tardó demasiado
system-interrupted = se interrumpió
system-out-of-memory = no hay memoria suficiente
system-broken-pipe = la salida se cerró
system-unsupported = el sistema no lo admite
system-stale-network-file = el archivo de red ya no está disponible
