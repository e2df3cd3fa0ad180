# Errors of image, deck and data exports.
# Paths, numbers ($page, $scale, $width, $height) and the words of other
# programs ($error: usvg, svg2pdf, the PNG encoder, CSV, Parquet, the
# system) are written as they are.

## Map images and decks (export::image).

image-error-no-views = there is no view to export
image-error-unknown-format = { $path } is not an image file name: use .svg, .png or .pdf, or a folder
image-error-no-level = the view "{ $name }" cannot be drawn from the loaded data
image-error-folder = cannot create the folder { $path }: { $error }

raster-error-invalid-scale = the export scale must be a positive number, not { $scale }
raster-error-svg = could not read the map image as SVG: { $error }
raster-error-too-large = the map image is too large to export at scale { $scale } ({ $width } × { $height } pixels)
raster-error-encode = could not encode the map image as PNG: { $error }

pdf-error-no-pages = there is nothing to export: the PDF would have no pages
pdf-error-svg = could not read map image { $page } as SVG: { $error }
pdf-error-convert = could not convert map image { $page } to PDF: { $error }

## Data exports (export::data) and flowmap.blue files.

data-export-error-write = cannot write { $path }: { $error }; the previous file is unchanged
data-export-error-no-parquet = this build of Corridor writes no Parquet (feature `parquet` off)

flowmap-error-create = could not create { $path }: { $error }
flowmap-error-write = could not write the flowmap.blue files in { $dir }: { $error }

## An import stopped by the user.

import-error-cancelled = import cancelled

## The demo data generator and the embedded basemap: a broken build, not
## bad input. $detail is the generator's own note (English in every
## language), $class a weapon class id (ak_pattern), $asset and $file file
## names.

generate-error-gazetteer = the embedded gazetteer does not fit the calibration: { $detail }
generate-error-calibration = the calibration constants are inconsistent: { $detail }
generate-error-catalogue = the weapon catalogue has no { $class } model
generate-error-create = cannot create { $path }: { $error }
generate-error-write = cannot write { $file }: { $error }

basemap-error = basemap asset { $asset }: { $detail }
