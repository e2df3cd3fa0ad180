//! Names, addresses and serial numbers compared the way people write them
//! differently: case, accents, punctuation and spacing do not count.

use crate::import::fields::fold_accent;

/// Lower case, accents folded, every run of other characters one space.
///
/// ```
/// use corridor_core::investigate::normalise::normalise_name;
/// assert_eq!(normalise_name("  José  MARÍA o'Neil-Pérez "), "jose maria o neil perez");
/// assert_eq!(normalise_name("..."), "");
/// ```
pub fn normalise_name(text: &str) -> String {
    words(text).collect::<Vec<_>>().join(" ")
}

/// A name's words: lower case, accents folded.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !fold_accent(c).is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .map(|c| fold_accent(c).to_ascii_lowercase())
                .collect()
        })
}

/// An address as [`normalise_name`] does it, with the usual street words
/// shortened the same way in English and Spanish (`Street` and `St.` are
/// one word; `Avenida` and `Av.` too) and number signs dropped.
///
/// ```
/// use corridor_core::investigate::normalise::normalise_address;
/// assert_eq!(normalise_address("123 North Main Street, Apt. 4"), normalise_address("123 N main st #4"));
/// assert_eq!(normalise_address("Avenida Juárez No. 12"), "av juarez 12");
/// ```
pub fn normalise_address(text: &str) -> String {
    words(text)
        .filter_map(|word| {
            let short = match word.as_str() {
                "street" => "st",
                "avenue" => "ave",
                "road" => "rd",
                "boulevard" => "blvd",
                "drive" => "dr",
                "lane" => "ln",
                "court" => "ct",
                "place" => "pl",
                "highway" => "hwy",
                "north" => "n",
                "south" => "s",
                "east" => "e",
                "west" => "w",
                "avenida" => "av",
                "calle" => "c",
                "colonia" => "col",
                "apartment" | "apt" | "unit" | "suite" | "ste" | "no" | "num" | "numero" => {
                    return None;
                }
                _ => return Some(word),
            };
            Some(short.to_owned())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A serial number by its letters and digits only, upper case.
///
/// ```
/// use corridor_core::investigate::normalise::normalise_serial;
/// assert_eq!(normalise_serial(" ab-12 34/c "), "AB1234C");
/// ```
pub fn normalise_serial(text: &str) -> String {
    let mut out = String::new();
    normalise_serial_into(text, &mut out);
    out
}

/// [`normalise_serial`] into a buffer kept between calls (a million
/// serials without a million allocations).
pub fn normalise_serial_into(text: &str, out: &mut String) {
    out.clear();
    out.extend(
        text.chars()
            .map(fold_accent)
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase()),
    );
}
