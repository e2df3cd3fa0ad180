# Errores de las exportaciones de imágenes, presentaciones y datos.
# Las rutas, los números ($page, $scale, $width, $height) y las palabras de
# otros programas ($error: usvg, svg2pdf, el codificador PNG, CSV, Parquet,
# el sistema) se escriben tal como vienen.

## Imágenes del mapa y presentaciones (export::image).

image-error-no-views = no hay ninguna vista que exportar
image-error-unknown-format = { $path } no es un nombre de archivo de imagen: use .svg, .png o .pdf, o una carpeta
image-error-no-level = la vista "{ $name }" no se puede dibujar con los datos cargados
image-error-folder = no se puede crear la carpeta { $path }: { $error }

raster-error-invalid-scale = la escala de exportación debe ser un número positivo, no { $scale }
raster-error-svg = no se pudo leer la imagen del mapa como SVG: { $error }
raster-error-too-large = la imagen del mapa es demasiado grande para exportarla a escala { $scale } ({ $width } × { $height } píxeles)
raster-error-encode = no se pudo codificar la imagen del mapa como PNG: { $error }

pdf-error-no-pages = no hay nada que exportar: el PDF no tendría páginas
pdf-error-svg = no se pudo leer la imagen de mapa { $page } como SVG: { $error }
pdf-error-convert = no se pudo convertir la imagen de mapa { $page } a PDF: { $error }

## Exportaciones de datos (export::data) y archivos de flowmap.blue.

data-export-error-write = no se puede escribir { $path }: { $error }; el archivo anterior no cambió
data-export-error-no-parquet = esta compilación de Corridor no escribe Parquet (función `parquet` desactivada)

flowmap-error-create = no se pudo crear { $path }: { $error }
flowmap-error-write = no se pudieron escribir los archivos de flowmap.blue en { $dir }: { $error }

## Una importación que detuvo el usuario.

import-error-cancelled = importación cancelada

## El generador de datos de demostración y el mapa base integrado: una
## compilación defectuosa, no datos erróneos. $detail es la nota del propio
## generador (en inglés en todos los idiomas), $class el id de una clase de
## arma (ak_pattern), $asset y $file nombres de archivo.

generate-error-gazetteer = el nomenclátor integrado no concuerda con la calibración: { $detail }
generate-error-calibration = las constantes de calibración son incoherentes: { $detail }
generate-error-catalogue = el catálogo de armas no tiene ningún modelo de la clase { $class }
generate-error-create = no se puede crear { $path }: { $error }
generate-error-write = no se puede escribir { $file }: { $error }

basemap-error = recurso del mapa base { $asset }: { $detail }
