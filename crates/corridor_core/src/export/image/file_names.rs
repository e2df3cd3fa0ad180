//! Image files named after what they show: a view's title made safe as a
//! file name on every system the file may travel to (Windows included),
//! short enough for any file system, and unique within one export.

/// Longest file stem, in bytes (file systems allow 255; room is left for
/// the extension and a " (2)").
pub const MAX_STEM_BYTES: usize = 120;

/// The stem used when a title leaves nothing.
const FALLBACK_STEM: &str = "map";

/// Names Windows reserves for devices, whatever the extension.
const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// A title as a file stem: path separators and the characters Windows
/// refuses (`<>:"/\|?*`, control characters) become spaces, runs of
/// spaces one, no leading or trailing dots or spaces, at most
/// [`MAX_STEM_BYTES`] bytes (cut at a character), never a reserved device
/// name, never empty. Arrows, accents and other letters stay.
///
/// ```
/// use corridor_core::export::image::file_names::file_stem;
/// assert_eq!(file_stem("Texas → Tamaulipas, AK-pattern rifles, 2015–2019"),
///            "Texas → Tamaulipas, AK-pattern rifles, 2015–2019");
/// assert_eq!(file_stem("../etc/passwd"), "etc passwd");
/// assert_eq!(file_stem("a:b*c?\"d\" <e>|f\\g"), "a b c d e f g");
/// assert_eq!(file_stem("  ...  "), "map");
/// assert_eq!(file_stem("CON"), "CON map");
/// assert!(file_stem(&"é".repeat(200)).len() <= 120);
/// ```
pub fn file_stem(title: &str) -> String {
    let mut stem = String::with_capacity(title.len());
    for c in title.chars() {
        let bad =
            c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*');
        let c = if bad || c.is_whitespace() { ' ' } else { c };
        if c == ' ' && (stem.is_empty() || stem.ends_with(' ')) {
            continue;
        }
        stem.push(c);
    }
    let mut stem = trim_ends(&stem).to_owned();
    if stem.len() > MAX_STEM_BYTES {
        let mut end = MAX_STEM_BYTES;
        while !stem.is_char_boundary(end) {
            end -= 1;
        }
        stem.truncate(end);
        stem = trim_ends(&stem).to_owned();
    }
    if stem.is_empty() {
        return FALLBACK_STEM.to_owned();
    }
    // Windows reads the part before the first dot as the device name.
    let device_len = stem.find('.').unwrap_or(stem.len());
    if RESERVED
        .iter()
        .any(|r| r.eq_ignore_ascii_case(&stem[..device_len]))
    {
        stem.insert_str(device_len, " map");
    }
    stem
}

/// Windows drops trailing dots and spaces; leading dots hide a file on Unix.
fn trim_ends(stem: &str) -> &str {
    stem.trim_matches(|c: char| c == ' ' || c == '.')
}

/// One file name per title, with the extension, in order: each title's
/// [`file_stem`], and " (2)", " (3)", ... after a stem already used (compared
/// without regard to case, as Windows and macOS do).
///
/// ```
/// use corridor_core::export::image::file_names::unique_file_names;
/// let names = unique_file_names(["Sonora", "sonora", "Sinaloa", "Sonora"], "png");
/// assert_eq!(names, ["Sonora.png", "sonora (2).png", "Sinaloa.png", "Sonora (3).png"]);
/// ```
pub fn unique_file_names<'a>(
    titles: impl IntoIterator<Item = &'a str>,
    extension: &str,
) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    let mut names = Vec::new();
    for title in titles {
        let stem = file_stem(title);
        let name = (1..)
            .map(|n| {
                if n == 1 {
                    format!("{stem}.{extension}")
                } else {
                    format!("{stem} ({n}).{extension}")
                }
            })
            .find(|name| !taken.contains(&name.to_lowercase()))
            .unwrap_or_else(|| format!("{stem}.{extension}"));
        taken.push(name.to_lowercase());
        names.push(name);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stem_is_a_safe_file_name() {
        for title in [
            "a/b",
            "C:\\Users\\x",
            "tab\there",
            "new\nline",
            "nul.txt",
            "COM1",
            ". hidden",
            "ends with dot.",
            "",
            "→",
        ] {
            let stem = file_stem(title);
            assert!(!stem.is_empty(), "{title:?}");
            assert!(
                !stem.contains(['/', '\\', ':', '\t', '\n', '<', '>', '|', '?', '*', '"']),
                "{title:?} → {stem:?}"
            );
            assert!(
                !stem.starts_with(['.', ' ']) && !stem.ends_with(['.', ' ']),
                "{stem:?}"
            );
            let device = stem.split('.').next().unwrap_or_default();
            assert!(
                !RESERVED.iter().any(|r| r.eq_ignore_ascii_case(device)),
                "{stem:?}"
            );
        }
        assert_eq!(file_stem("nul.txt"), "nul map.txt");
    }

    #[test]
    fn long_titles_are_cut_at_a_character_and_stay_unique() {
        let long = "Texas → Tamaulipas ".repeat(20);
        let names = unique_file_names([long.as_str(), long.as_str()], "svg");
        assert!(names[0].len() <= MAX_STEM_BYTES + 4, "{}", names[0]);
        assert_ne!(names[0], names[1]);
        assert!(names[1].ends_with(" (2).svg"), "{}", names[1]);
    }
}
