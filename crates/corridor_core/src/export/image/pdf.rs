//! Turns map SVGs into one vector PDF, one page per SVG, with the embedded fonts only.

use std::collections::HashMap;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
use resvg::usvg;
use svg2pdf::ConversionOptions;

use super::fonts;
use crate::i18n::{Phrase, ToPhrase};
use crate::phrase;

/// Why [`svgs_to_pdf`] failed.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// No SVG was given.
    NoPages,
    /// An SVG did not parse.
    Svg {
        /// The page, counted from 1.
        page: usize,
        /// The SVG parser's error.
        reason: usvg::Error,
    },
    // svg2pdf's error type has no std::error::Error impl, so it cannot be a #[source].
    /// svg2pdf could not convert a parsed SVG.
    Convert {
        /// The page, counted from 1.
        page: usize,
        /// svg2pdf's error.
        reason: svg2pdf::ConversionError,
    },
}

/// Page numbers as digits; usvg's and svg2pdf's errors in their own words.
impl ToPhrase for PdfError {
    fn phrase(&self) -> Phrase {
        match self {
            PdfError::NoPages => phrase!("pdf-error-no-pages"),
            PdfError::Svg { page, reason } => phrase!(
                "pdf-error-svg",
                page = page.to_string(),
                error = reason.to_string(),
            ),
            PdfError::Convert { page, reason } => phrase!(
                "pdf-error-convert",
                page = page.to_string(),
                error = reason.to_string(),
            ),
        }
    }
}

crate::display_in_english!(PdfError);

const SVG_NAME: Name<'static> = Name(b"Map");

/// Builds a PDF with one page per SVG; each page is the SVG's size in points
/// (one SVG user unit = 1/72 inch) and text stays selectable text.
///
/// The bytes differ from run to run: svg2pdf 0.13 writes fonts and resource entries in
/// HashMap order. The pages are the same; compare exports by parsing, not by bytes.
pub fn svgs_to_pdf(pages: &[String]) -> Result<Vec<u8>, PdfError> {
    if pages.is_empty() {
        return Err(PdfError::NoPages);
    }
    let options = fonts::svg_options();
    let mut alloc = Ref::new(1);
    let catalog_ref = alloc.bump();
    let page_tree_ref = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_refs = Vec::with_capacity(pages.len());

    for (index, svg) in pages.iter().enumerate() {
        let page = index + 1;
        let tree =
            usvg::Tree::from_str(svg, &options).map_err(|reason| PdfError::Svg { page, reason })?;
        // svg2pdf writes a whole document only for a single page; a chunk per SVG, renumbered
        // into this document's ids, is its documented way to place several in one file.
        let (chunk, svg_ref) = svg2pdf::to_chunk(&tree, ConversionOptions::default())
            .map_err(|reason| PdfError::Convert { page, reason })?;
        let mut renumbered = HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| alloc.bump()));
        let svg_ref = renumbered.get(&svg_ref).copied().ok_or(PdfError::Convert {
            page,
            reason: svg2pdf::ConversionError::UnknownError,
        })?;

        let (width, height) = (tree.size().width(), tree.size().height());
        let page_ref = alloc.bump();
        let content_ref = alloc.bump();
        page_refs.push(page_ref);

        let mut pdf_page = pdf.page(page_ref);
        pdf_page.media_box(Rect::new(0.0, 0.0, width, height));
        pdf_page.parent(page_tree_ref);
        pdf_page.contents(content_ref);
        // Without a page group viewers may blend the map's opacity in CMYK, shifting colours.
        pdf_page
            .group()
            .transparency()
            .isolated(true)
            .knockout(false)
            .color_space()
            .device_rgb();
        pdf_page.resources().x_objects().pair(SVG_NAME, svg_ref);
        pdf_page.finish();

        // svg2pdf's form is one point square; stretch it over the page.
        let mut content = Content::new();
        content
            .transform([width, 0.0, 0.0, height, 0.0, 0.0])
            .x_object(SVG_NAME);
        pdf.stream(content_ref, &content.finish());
        pdf.extend(&chunk);
    }

    pdf.catalog(catalog_ref).pages(page_tree_ref);
    let count = i32::try_from(page_refs.len()).unwrap_or(i32::MAX);
    pdf.pages(page_tree_ref).kids(page_refs).count(count);
    pdf.document_info(alloc.bump())
        .producer(TextStr("Corridor"));
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map_svg(width: u32, height: u32, title: &str) -> String {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">
                <defs><clipPath id="frame"><rect x="20" y="60" width="{w}" height="{h}"/></clipPath></defs>
                <rect width="{width}" height="{height}" fill="white"/>
                <text x="20" y="40" font-family="DejaVu Sans" font-weight="bold" font-size="24">{title}</text>
                <g clip-path="url(#frame)">
                    <rect x="20" y="60" width="{w}" height="{h}" fill="#cde" />
                    <path d="M 20 300 L 200 120 L 400 260" stroke="#c00" stroke-width="4" fill="none" opacity="0.7"/>
                    <circle cx="200" cy="120" r="8" fill="#036"/>
                    <polygon points="300,100 340,180 260,180" fill="green" fill-opacity="0.5"/>
                </g>
                <text x="20" y="{label_y}" font-family="DejaVu Sans" font-size="12">Scale 1:50 000</text>
            </svg>"##,
            w = width - 40,
            h = height - 100,
            label_y = height - 15,
        )
    }

    fn three_page_pdf() -> Vec<u8> {
        let pages = [
            map_svg(842, 595, "North corridor"),
            map_svg(595, 842, "South corridor"),
            map_svg(500, 400, "Overview"),
        ];
        svgs_to_pdf(&pages).unwrap()
    }

    #[test]
    fn one_page_per_svg_sized_in_points() {
        let doc = lopdf::Document::load_mem(&three_page_pdf()).unwrap();
        let pages = doc.get_pages();
        assert_eq!(pages.len(), 3);
        let expected = [[842.0, 595.0], [595.0, 842.0], [500.0, 400.0]];
        for ((_, &page_id), [width, height]) in pages.iter().zip(expected) {
            let page = doc.get_dictionary(page_id).unwrap();
            let media_box: Vec<f32> = page
                .get(b"MediaBox")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_float().unwrap())
                .collect();
            assert_eq!(media_box, [0.0, 0.0, width, height]);
        }
    }

    #[test]
    fn text_is_embedded_as_text_with_dejavu_subsets() {
        let doc = lopdf::Document::load_mem(&three_page_pdf()).unwrap();
        let base_fonts: Vec<String> = doc
            .objects
            .values()
            .filter_map(|object| object.as_dict().ok())
            .filter(|dict| dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Font"))
            .filter(|dict| dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Type0"))
            .filter_map(|dict| dict.get(b"BaseFont").and_then(|n| n.as_name()).ok())
            .map(|name| String::from_utf8_lossy(name).into_owned())
            .collect();
        assert!(
            base_fonts
                .iter()
                .any(|name| name.ends_with("DejaVuSans-Bold")),
            "{base_fonts:?}"
        );
        assert!(
            base_fonts.iter().any(|name| name.ends_with("DejaVuSans")),
            "{base_fonts:?}"
        );
        // Glyphs are shown with the text operator, not drawn as paths.
        let text_shown = doc.objects.values().any(|object| {
            object.as_stream().is_ok_and(|stream| {
                stream
                    .decompressed_content()
                    .is_ok_and(|bytes| bytes.windows(3).any(|w| w == b"Tj\n" || w == b"TJ\n"))
            })
        });
        assert!(text_shown);
    }

    #[test]
    fn errors_name_the_failing_page() {
        assert!(matches!(svgs_to_pdf(&[]), Err(PdfError::NoPages)));
        let pages = [map_svg(300, 200, "ok"), "<svg".to_owned()];
        let err = svgs_to_pdf(&pages).unwrap_err();
        assert!(matches!(err, PdfError::Svg { page: 2, .. }));
        assert!(
            err.to_string()
                .starts_with("could not read map image 2 as SVG: "),
            "{err}"
        );
    }

    #[test]
    fn errors_in_english_and_spanish() {
        use crate::i18n::Lang;
        crate::i18n::assert_says(
            &PdfError::NoPages,
            "there is nothing to export: the PDF would have no pages",
            "no hay nada que exportar: el PDF no tendría páginas",
        );
        let convert = PdfError::Convert {
            page: 1200,
            reason: svg2pdf::ConversionError::UnknownError,
        };
        let svg2pdf_says = svg2pdf::ConversionError::UnknownError.to_string();
        crate::i18n::assert_says(
            &convert,
            &format!("could not convert map image 1200 to PDF: {svg2pdf_says}"),
            &format!("no se pudo convertir la imagen de mapa 1200 a PDF: {svg2pdf_says}"),
        );
        let svg = svgs_to_pdf(&["<svg".to_owned()]).unwrap_err();
        assert!(
            svg.text_in(Lang::Es)
                .starts_with("no se pudo leer la imagen de mapa 1 como SVG: "),
            "{svg}"
        );
    }
}
