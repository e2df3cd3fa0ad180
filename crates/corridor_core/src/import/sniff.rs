//! Guessing the field separator of delimited text.

/// Candidates in order of preference when the evidence ties.
const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Picks the separator that splits the first lines into the same number of
/// fields (more than one), counting only separators outside quotes.
///
/// ```
/// use corridor_core::import::sniff::detect_delimiter;
/// assert_eq!(detect_delimiter("a;b;c\n1;\"x;y\";3\n"), b';');
/// assert_eq!(detect_delimiter("a\tb\n1,5\t2\n"), b'\t');
/// assert_eq!(detect_delimiter("a,b\n1,2\n"), b',');
/// ```
pub fn detect_delimiter(text: &str) -> u8 {
    let lines = sample_lines(text, 20);
    let mut best = (b',', 0usize, 0usize);
    for candidate in CANDIDATES {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, candidate))
            .collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        if first == 0 {
            continue;
        }
        let consistent = counts.iter().filter(|&&c| c == first).count();
        if (consistent, first) > (best.1, best.2) {
            best = (candidate, consistent, first);
        }
    }
    best.0
}

/// Readable name for reports.
pub fn delimiter_name(delimiter: u8) -> &'static str {
    match delimiter {
        b',' => "comma",
        b';' => "semicolon",
        b'\t' => "tab",
        b'|' => "pipe",
        _ => "other",
    }
}

/// The first logical lines (quoted newlines kept inside a line), blank ones skipped.
fn sample_lines(text: &str, max: usize) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                let line = text[start..i].trim_end_matches('\r');
                if !line.trim().is_empty() {
                    lines.push(line);
                    if lines.len() == max {
                        return lines;
                    }
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    let last = text[start..].trim_end_matches('\r');
    if !last.trim().is_empty() && !quoted {
        lines.push(last);
    }
    lines
}

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_newlines_and_separators_do_not_confuse_detection() {
        let text = "id;note;lat\r\n1;\"a, b,\nc, d\";25,5\r\n\r\n2;x;26,1\r\n";
        assert_eq!(detect_delimiter(text), b';');
    }

    #[test]
    fn single_column_falls_back_to_comma() {
        assert_eq!(detect_delimiter("id\n1\n2\n"), b',');
    }
}
