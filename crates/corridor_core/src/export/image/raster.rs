//! Rasterises a map SVG to PNG with the embedded fonts only.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use super::fonts;
use crate::i18n::{Phrase, ToPhrase};
use crate::phrase;

/// Why [`svg_to_png`] failed.
#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    /// The scale given is zero, negative or not a finite number.
    InvalidScale(f32),
    /// The SVG did not parse.
    Svg(#[from] usvg::Error),
    /// The image would be too large: its size overflows, or it has more
    /// than 128 Mi pixels (512 MiB of RGBA), or the pixels could not be
    /// allocated.
    TooLarge {
        /// Width the image would have, in pixels.
        width: f32,
        /// Height the image would have, in pixels.
        height: f32,
        /// The scale asked for.
        scale: f32,
    },
    /// The pixels could not be encoded as PNG.
    Encode(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// The numbers as Rust writes them (`2`, `0.5`, `NaN`), not grouped; the
/// libraries' errors in their own words.
impl ToPhrase for RasterError {
    fn phrase(&self) -> Phrase {
        match self {
            RasterError::InvalidScale(scale) => {
                phrase!("raster-error-invalid-scale", scale = scale.to_string())
            }
            RasterError::Svg(error) => phrase!("raster-error-svg", error = error.to_string()),
            RasterError::TooLarge {
                width,
                height,
                scale,
            } => phrase!(
                "raster-error-too-large",
                scale = scale.to_string(),
                width = width.to_string(),
                height = height.to_string(),
            ),
            RasterError::Encode(error) => phrase!("raster-error-encode", error = error.to_string()),
        }
    }
}

crate::display_in_english!(RasterError);

/// 4 bytes each: a 512 MiB pixmap, far above an A0 sheet at 4× yet safe on a laptop.
const MAX_PIXELS: u64 = 128 * 1024 * 1024;

/// Renders `svg` to PNG bytes; the image is the SVG's size times `scale` pixels.
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, RasterError> {
    if !scale.is_finite() || scale <= 0.0 {
        return Err(RasterError::InvalidScale(scale));
    }
    let tree = usvg::Tree::from_str(svg, &fonts::svg_options())?;
    let size = tree.size();
    let too_large = || RasterError::TooLarge {
        width: size.width() * scale,
        height: size.height() * scale,
        scale,
    };
    // to_int_size rounds fractional SVG sizes up so nothing at the edge is cut off.
    let pixels = size.to_int_size().scale_by(scale).ok_or_else(too_large)?;
    // Pixmap::new aborts the process when the allocation fails instead of returning None,
    // so an absurd size must be refused before it is asked for.
    if u64::from(pixels.width()) * u64::from(pixels.height()) > MAX_PIXELS {
        return Err(too_large());
    }
    let mut pixmap = Pixmap::new(pixels.width(), pixels.height()).ok_or_else(too_large)?;
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|err| RasterError::Encode(Box::new(err)))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Decoded {
        width: u32,
        height: u32,
        rgba: Vec<u8>,
    }

    impl Decoded {
        fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
            let i = ((y * self.width + x) * 4) as usize;
            [
                self.rgba[i],
                self.rgba[i + 1],
                self.rgba[i + 2],
                self.rgba[i + 3],
            ]
        }
    }

    /// Decoded by a reader independent of the encoder's settings; the
    /// pixels tested are opaque, where premultiplied RGBA is plain RGBA.
    fn decode(png_bytes: &[u8]) -> Decoded {
        let pixmap = Pixmap::decode_png(png_bytes).unwrap();
        Decoded {
            width: pixmap.width(),
            height: pixmap.height(),
            rgba: pixmap.data().to_vec(),
        }
    }

    const RED_RECT: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">
        <rect width="120" height="80" fill="white"/>
        <rect x="10" y="10" width="40" height="30" fill="red"/>
    </svg>"#;

    #[test]
    fn png_has_svg_size_times_scale() {
        for (scale, width, height) in [(1.0, 120, 80), (2.0, 240, 160), (4.0, 480, 320)] {
            let image = decode(&svg_to_png(RED_RECT, scale).unwrap());
            assert_eq!(
                (image.width, image.height),
                (width, height),
                "scale {scale}"
            );
        }
    }

    #[test]
    fn filled_rect_is_red_at_every_scale() {
        for scale in [1.0, 2.0] {
            let image = decode(&svg_to_png(RED_RECT, scale).unwrap());
            let inside = |x: f32, y: f32| image.pixel((x * scale) as u32, (y * scale) as u32);
            assert_eq!(inside(30.0, 25.0), [255, 0, 0, 255], "scale {scale}");
            assert_eq!(inside(100.0, 60.0), [255, 255, 255, 255], "scale {scale}");
        }
    }

    fn dark_pixels(image: &Decoded, x0: u32, y0: u32, x1: u32, y1: u32) -> usize {
        (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| {
                let [r, g, b, a] = image.pixel(x, y);
                a == 255 && r < 128 && g < 128 && b < 128
            })
            .count()
    }

    #[test]
    fn text_renders_with_embedded_fonts_whatever_family_is_asked() {
        // A family no machine has, a generic one, the real one bold, and no family at all:
        // each must draw glyphs, which can only come from the embedded fonts.
        for font in [
            r#"font-family="No Such Font Anywhere""#,
            r#"font-family="serif""#,
            r#"font-family="DejaVu Sans" font-weight="bold""#,
            "",
        ] {
            let svg = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">
                    <rect width="200" height="60" fill="white"/>
                    <text x="10" y="40" font-size="28" fill="black" {font}>Corridor</text>
                </svg>"#
            );
            let image = decode(&svg_to_png(&svg, 1.0).unwrap());
            let dark = dark_pixels(&image, 0, 0, 200, 60);
            assert!(dark > 100, "only {dark} dark pixels for {font:?}");
            // Nothing outside the text's line box.
            assert_eq!(dark_pixels(&image, 0, 50, 200, 60), 0, "{font:?}");
        }
    }

    #[test]
    fn bold_text_is_darker_than_regular() {
        let render = |weight: &str| {
            let svg = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">
                    <rect width="200" height="60" fill="white"/>
                    <text x="10" y="40" font-size="28" font-family="DejaVu Sans" font-weight="{weight}">Corridor</text>
                </svg>"#
            );
            let image = decode(&svg_to_png(&svg, 1.0).unwrap());
            dark_pixels(&image, 0, 0, 200, 60)
        };
        let (regular, bold) = (render("normal"), render("bold"));
        assert!(bold > regular + 50, "bold {bold} vs regular {regular}");
    }

    #[test]
    fn rejects_bad_input_with_readable_errors() {
        let err = svg_to_png("this is not svg", 1.0).unwrap_err();
        assert!(matches!(err, RasterError::Svg(_)));
        assert!(
            err.to_string()
                .starts_with("could not read the map image as SVG: "),
            "{err}"
        );
        for scale in [0.0, -1.0, f32::NAN, f32::INFINITY] {
            assert!(matches!(
                svg_to_png(RED_RECT, scale),
                Err(RasterError::InvalidScale(_))
            ));
        }
        assert!(matches!(
            svg_to_png(RED_RECT, 100_000.0),
            Err(RasterError::TooLarge { .. })
        ));
    }

    #[test]
    fn errors_in_english_and_spanish_write_numbers_as_rust_does() {
        use crate::i18n::Lang;
        let scale = RasterError::InvalidScale(-1.5);
        crate::i18n::assert_says(
            &scale,
            "the export scale must be a positive number, not -1.5",
            "la escala de exportación debe ser un número positivo, no -1.5",
        );
        let nan = RasterError::InvalidScale(f32::NAN);
        assert_eq!(
            nan.to_string(),
            "the export scale must be a positive number, not NaN"
        );
        let large = RasterError::TooLarge {
            width: 12_000_000.0,
            height: 8000.5,
            scale: 100_000.0,
        };
        crate::i18n::assert_says(
            &large,
            "the map image is too large to export at scale 100000 (12000000 × 8000.5 pixels)",
            "la imagen del mapa es demasiado grande para exportarla a escala 100000 (12000000 × 8000.5 píxeles)",
        );
        let svg = svg_to_png("this is not svg", 1.0).unwrap_err();
        let usvg_says = match &svg {
            RasterError::Svg(error) => error.to_string(),
            other => panic!("{other}"),
        };
        crate::i18n::assert_says(
            &svg,
            &format!("could not read the map image as SVG: {usvg_says}"),
            &format!("no se pudo leer la imagen del mapa como SVG: {usvg_says}"),
        );
        let encode = RasterError::Encode("encoder stopped".into());
        assert_eq!(
            encode.text_in(Lang::Es),
            "no se pudo codificar la imagen del mapa como PNG: encoder stopped"
        );
    }
}
