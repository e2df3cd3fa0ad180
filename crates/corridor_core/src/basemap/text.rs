//! Folding names for matching: what people type against what the data spells.

/// Folds `text` for comparison: lower case, accents stripped, apostrophes dropped, any other
/// punctuation turned into a space, runs of spaces collapsed, ends trimmed.
///
/// ```
/// use corridor_core::basemap::fold_text;
/// assert_eq!(fold_text("  Michoacán de  Ocampo "), "michoacan de ocampo");
/// assert_eq!(fold_text("MICHOACAN"), fold_text("Michoacán"));
/// assert_eq!(fold_text("Coeur d'Alene"), "coeur dalene");
/// assert_eq!(fold_text("Winston-Salem"), "winston salem");
/// assert_eq!(fold_text("MX-SIN"), "mx sin");
/// ```
pub fn fold_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space_pending = false;
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if !c.is_alphanumeric() {
            space_pending = true;
            continue;
        }
        if space_pending && !out.is_empty() {
            out.push(' ');
        }
        space_pending = false;
        for lower in c.to_lowercase() {
            out.push(strip_accent(lower));
        }
    }
    out
}

/// Folds a place name and spells out the abbreviations that place names are written with, so that
/// `Cd. Juárez`, `St. Louis` and `Mt. Vernon` meet `Ciudad Juárez`, `Saint Louis` and `Mount Vernon`.
///
/// ```
/// use corridor_core::basemap::place_key;
/// assert_eq!(place_key("Cd. Juárez"), place_key("CIUDAD JUAREZ"));
/// assert_eq!(place_key("St. Louis"), "saint louis");
/// assert_eq!(place_key("H. Matamoros"), "heroica matamoros");
/// ```
pub fn place_key(name: &str) -> String {
    let folded = fold_text(name);
    let mut out = String::with_capacity(folded.len() + 8);
    for (i, word) in folded.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let expanded = match word {
            "cd" => "ciudad",
            "gral" => "general",
            "sta" => "santa",
            "sto" => "santo",
            "st" => "saint",
            "ste" => "sainte",
            "ft" => "fort",
            "mt" => "mount",
            "pto" => "puerto",
            // Only a leading "H." is Heroica; elsewhere a lone h is an initial.
            "h" if i == 0 => "heroica",
            other => other,
        };
        out.push_str(expanded);
    }
    out
}

/// The keys under which a place name is also found: without a parenthesised or bracketed suffix
/// (`Córdoba (Santa Leticia)`), and without the honorific `Heroica` and the `Ciudad` / `Ciudad de`
/// prefix, which people usually drop (`Juárez` for Ciudad Juárez, `Matamoros` for Heroica Matamoros).
/// The first key is the full name.
pub(crate) fn place_keys(name: &str) -> Vec<String> {
    let mut keys = vec![place_key(name)];
    let bare = name.split(['(', '[']).next().unwrap_or(name);
    if bare.len() < name.len() {
        push_new(&mut keys, place_key(bare));
    }
    for i in 0..keys.len() {
        let key = keys[i].clone();
        let without_heroica = key.strip_prefix("heroica ").unwrap_or(&key).to_owned();
        let without_ciudad = without_heroica
            .strip_prefix("ciudad de ")
            .or_else(|| without_heroica.strip_prefix("ciudad "))
            .unwrap_or(&without_heroica)
            .to_owned();
        push_new(&mut keys, without_heroica);
        push_new(&mut keys, without_ciudad);
    }
    keys
}

fn push_new(keys: &mut Vec<String>, key: String) {
    if !key.is_empty() && !keys.contains(&key) {
        keys.push(key);
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{02BB}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

/// Maps a lower-case Latin letter with a diacritic to its base letter. Covers Spanish, the
/// Hawaiian macrons in GeoNames and the French and German letters US place names carry.
fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(fold_text("Ángel R. Cabada"), "angel r cabada");
        assert_eq!(fold_text("Kapaʻa"), "kapaa");
        assert_eq!(fold_text("Nuevo León"), fold_text("NUEVO LEON"));
        assert_eq!(fold_text("--"), "");
    }

    #[test]
    fn place_keys_drop_prefixes_and_parentheses() {
        assert_eq!(place_keys("Ciudad Juárez"), ["ciudad juarez", "juarez"]);
        assert_eq!(
            place_keys("Heroica Ciudad de Juchitán de Zaragoza"),
            [
                "heroica ciudad de juchitan de zaragoza",
                "ciudad de juchitan de zaragoza",
                "juchitan de zaragoza"
            ]
        );
        assert_eq!(
            place_keys("Córdoba (Santa Leticia)"),
            ["cordoba santa leticia", "cordoba"]
        );
        assert_eq!(place_keys("Phoenix"), ["phoenix"]);
    }
}
