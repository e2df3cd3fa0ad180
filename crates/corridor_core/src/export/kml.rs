//! The filtered data as KML 2.2 for Google Earth: a folder of store
//! placemarks, one of recovery-site placemarks, one of flow lines (wider
//! for more traces). All text is XML-escaped, and characters XML 1.0 cannot
//! hold (control characters) are dropped.

use crate::i18n::Lang;
use crate::t;
use std::io::Write;

use super::class_mix::class_text;
use super::map_data::{MapData, Place, PlaceKind};

/// Text as XML character data or attribute value.
///
/// ```
/// use corridor_core::export::kml::xml_escape;
/// assert_eq!(xml_escape("A&B <\"x\"> 'y'\u{1}"), "A&amp;B &lt;&quot;x&quot;&gt; &apos;y&apos;");
/// ```
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Line width in pixels for a flow of `count` traces out of `max`.
fn line_width(count: u32, max: u32) -> f64 {
    1.0 + 7.0 * (count as f64 / max.max(1) as f64).sqrt()
}

fn placemark(out: &mut impl Write, place: &Place, lang: Lang) -> std::io::Result<()> {
    let style = match place.kind {
        PlaceKind::Store => "#store",
        PlaceKind::Site => "#site",
    };
    let mut description = t!(lang, "count-traces", count = place.traces);
    let mix = class_text(&place.by_class, lang);
    if !mix.is_empty() {
        description.push_str(&format!(": {mix}"));
    }
    if !place.ffl.is_empty() {
        description.push_str(&format!(". FFL {}", place.ffl));
    }
    if !place.source_id.is_empty() {
        description.push_str(". ");
        description.push_str(&t!(lang, "kml-source-id", id = &place.source_id));
    }
    writeln!(
        out,
        "      <Placemark id=\"{}\"><name>{}</name><description>{}</description><styleUrl>{style}</styleUrl><Point><coordinates>{},{}</coordinates></Point></Placemark>",
        place.id,
        xml_escape(&place.label()),
        xml_escape(&description),
        place.lon_deg,
        place.lat_deg
    )
}

/// Writes a KML document named `title`, its words in `lang`.
pub fn write_kml<W: Write>(data: &MapData, title: &str, lang: Lang, out: W) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(out);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<kml xmlns="http://www.opengis.net/kml/2.2">"#)?;
    writeln!(out, "  <Document>")?;
    writeln!(out, "    <name>{}</name>", xml_escape(title))?;
    writeln!(
        out,
        "    <description>{}</description>",
        xml_escape(&t!(
            lang,
            "kml-description",
            traces = data.traces,
            flows = data.flows.len()
        ))
    )?;
    // KML colours are aabbggrr.
    writeln!(
        out,
        r#"    <Style id="store"><IconStyle><color>ff1a5fd6</color><scale>0.8</scale></IconStyle></Style>"#
    )?;
    writeln!(
        out,
        r#"    <Style id="site"><IconStyle><color>ff2a2ad0</color><scale>0.8</scale></IconStyle></Style>"#
    )?;
    let finite = |p: &Place| p.lat_deg.is_finite() && p.lon_deg.is_finite();
    for (kind, name) in [
        (PlaceKind::Store, t!(lang, "kml-stores")),
        (PlaceKind::Site, t!(lang, "kml-sites")),
    ] {
        writeln!(out, "    <Folder><name>{}</name>", xml_escape(&name))?;
        for place in data.places.iter().filter(|p| p.kind == kind && finite(p)) {
            placemark(&mut out, place, lang)?;
        }
        writeln!(out, "    </Folder>")?;
    }
    writeln!(
        out,
        "    <Folder><name>{}</name>",
        xml_escape(&t!(lang, "kml-flows"))
    )?;
    let max = data.flows.iter().map(|f| f.count).max().unwrap_or(1);
    for flow in &data.flows {
        let (from, to) = (&data.places[flow.origin], &data.places[flow.dest]);
        if !finite(from) || !finite(to) {
            continue;
        }
        let name = t!(lang, "kml-flow-name", from = from.label(), to = to.label());
        let description = format!(
            "{}: {}",
            t!(lang, "count-traces", count = flow.count),
            class_text(&flow.by_class, lang)
        );
        writeln!(
            out,
            "      <Placemark><name>{}</name><description>{}</description><Style><LineStyle><color>c0e08a3a</color><width>{:.1}</width></LineStyle></Style><LineString><tessellate>1</tessellate><coordinates>{},{} {},{}</coordinates></LineString></Placemark>",
            xml_escape(&name),
            xml_escape(&description),
            line_width(flow.count, max),
            from.lon_deg,
            from.lat_deg,
            to.lon_deg,
            to.lat_deg
        )?;
    }
    writeln!(out, "    </Folder>")?;
    writeln!(out, "  </Document>")?;
    writeln!(out, "</kml>")?;
    out.flush()
}
