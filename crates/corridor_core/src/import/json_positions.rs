//! Line and column of each feature in a GeoJSON text, which JSON parsers
//! discard but an import report must name.

/// Byte offsets where the elements of the top-level `"features"` array start.
///
/// ```
/// use corridor_core::import::json_positions::feature_offsets;
/// let text = r#"{"type":"FeatureCollection","features":[ {"a":"[{"}, {"b":[1,2]} ]}"#;
/// let offsets = feature_offsets(text);
/// assert_eq!(offsets.len(), 2);
/// assert!(text[offsets[0]..].starts_with(r#"{"a""#));
/// assert!(text[offsets[1]..].starts_with(r#"{"b""#));
/// ```
pub fn feature_offsets(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut offsets = Vec::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut string_start = 0;
    let mut last_key_at_depth1: Option<(usize, usize)> = None;
    let mut in_features = false;
    let mut expecting_element = false;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if depth == 1 {
                    last_key_at_depth1 = Some((string_start, i));
                }
            }
            continue;
        }
        if in_features && depth == 2 && expecting_element && !b.is_ascii_whitespace() && b != b']' {
            offsets.push(i);
            expecting_element = false;
        }
        match b {
            b'"' => {
                in_string = true;
                string_start = i + 1;
            }
            b'{' | b'[' => {
                depth += 1;
                if b == b'[' && depth == 2 {
                    let is_features =
                        last_key_at_depth1.is_some_and(|(s, e)| &text[s..e] == "features");
                    if is_features {
                        in_features = true;
                        expecting_element = true;
                    }
                }
            }
            b'}' | b']' => {
                if depth == 2 && in_features && b == b']' {
                    in_features = false;
                }
                depth = depth.saturating_sub(1);
            }
            b',' if depth == 2 && in_features => expecting_element = true,
            b',' if depth == 1 => last_key_at_depth1 = None,
            _ => {}
        }
    }
    offsets
}

/// 1-based line and column (in characters) of a byte offset.
///
/// ```
/// use corridor_core::import::json_positions::line_column;
/// assert_eq!(line_column("ab\ncé\nx", 6), (2, 3));
/// assert_eq!(line_column("ab", 0), (1, 1));
/// ```
pub fn line_column(text: &str, offset: usize) -> (u64, u64) {
    let before = &text[..offset.min(text.len())];
    let line = before.bytes().filter(|&b| b == b'\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() as u64 + 1;
    (line, column)
}

/// Line and column for many ascending offsets in one pass.
pub fn line_columns(text: &str, offsets: &[usize]) -> Vec<(u64, u64)> {
    let mut result = Vec::with_capacity(offsets.len());
    let mut line = 1u64;
    let mut line_start = 0usize;
    let mut scanned = 0usize;
    for &offset in offsets {
        let offset = offset.min(text.len());
        if offset < scanned {
            result.push(line_column(text, offset));
            continue;
        }
        for (i, b) in text.as_bytes()[scanned..offset].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = scanned + i + 1;
            }
        }
        scanned = offset;
        let column = text[line_start..offset].chars().count() as u64 + 1;
        result.push((line, column));
    }
    result
}
