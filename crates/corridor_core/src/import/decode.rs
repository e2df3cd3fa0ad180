//! Turning a file's bytes into text, whatever encoding the exporting program chose.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// A file's bytes as text, and the encoding they were read in.
pub struct DecodedText<'a> {
    /// Borrowed from the bytes when they are UTF-8 already (no copy of a
    /// 250 MB file), owned when they had to be converted.
    pub text: Cow<'a, str>,
    /// Name of the encoding used, for the report.
    pub encoding: &'static str,
}

/// How a file's bytes become text, chosen from its first bytes.
#[derive(Clone, Copy, Debug)]
pub struct TextEncoding {
    /// The encoding to convert from; `None` for UTF-8, read as it is.
    pub transcode: Option<&'static Encoding>,
    /// Bytes of byte-order mark at the start, not part of the text.
    pub bom_bytes: usize,
    /// Name of the encoding, for the report.
    pub name: &'static str,
}

/// The encoding of a file that starts with `head`: by byte-order mark, else
/// UTF-16 when it looks like it, else UTF-8 when the head is valid UTF-8
/// (a character cut at the end of the sample does not count against it),
/// else Windows-1252 (see [`decode`]).
///
/// ```
/// use corridor_core::import::decode::choose_encoding;
/// assert_eq!(choose_encoding(b"\xEF\xBB\xBFid").name, "UTF-8 with BOM");
/// assert_eq!(choose_encoding(b"\xEF\xBB\xBFid").bom_bytes, 3);
/// assert_eq!(choose_encoding("Culiacán".as_bytes()).name, "UTF-8");
/// assert_eq!(choose_encoding(&"Culiacán".as_bytes()[..7]).name, "UTF-8");
/// assert_eq!(choose_encoding(b"Michoac\xe1n").name, "windows-1252");
/// ```
pub fn choose_encoding(head: &[u8]) -> TextEncoding {
    if let Some((encoding, bom_bytes)) = Encoding::for_bom(head) {
        return TextEncoding {
            transcode: (encoding != UTF_8).then_some(encoding),
            bom_bytes,
            name: if encoding == UTF_8 {
                "UTF-8 with BOM"
            } else {
                encoding.name()
            },
        };
    }
    if let Some(encoding) = sniff_utf16_without_bom(head) {
        return TextEncoding {
            transcode: Some(encoding),
            bom_bytes: 0,
            name: encoding.name(),
        };
    }
    match std::str::from_utf8(head) {
        Err(error) if error.error_len().is_some() => TextEncoding {
            transcode: Some(WINDOWS_1252),
            bom_bytes: 0,
            name: WINDOWS_1252.name(),
        },
        _ => TextEncoding {
            transcode: None,
            bom_bytes: 0,
            name: "UTF-8",
        },
    }
}

/// Decodes by byte-order mark, else as UTF-8 when valid, else as
/// Windows-1252: the encoding Excel on a Spanish or US Windows writes "CSV"
/// in, and a superset of Latin-1's printable characters, so `Michoac\xe1n`
/// reads as `Michoacán` either way.
///
/// ```
/// use corridor_core::import::decode::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFid").text, "id");
/// assert_eq!(decode(b"Michoac\xe1n").text, "Michoacán");
/// assert_eq!(decode(b"Michoac\xe1n").encoding, "windows-1252");
/// assert_eq!(decode("Querétaro".as_bytes()).encoding, "UTF-8");
/// ```
pub fn decode(bytes: &[u8]) -> DecodedText<'_> {
    let chosen = choose_encoding(bytes);
    let body = &bytes[chosen.bom_bytes..];
    let transcode = match chosen.transcode {
        Some(encoding) => Some(encoding),
        // Marked UTF-8: read as such, whatever is wrong in it.
        None if chosen.bom_bytes > 0 => Some(UTF_8),
        None => None,
    };
    if let Some(encoding) = transcode {
        let (text, _) = encoding.decode_without_bom_handling(body);
        return DecodedText {
            text,
            encoding: chosen.name,
        };
    }
    match std::str::from_utf8(body) {
        Ok(text) => DecodedText {
            text: Cow::Borrowed(text),
            encoding: chosen.name,
        },
        // Whole bytes, not a sample: a character cut at the end is wrong too.
        Err(_) => DecodedText {
            text: WINDOWS_1252.decode_without_bom_handling(body).0,
            encoding: WINDOWS_1252.name(),
        },
    }
}

/// Decodes the start of a file, for sniffing its kind: a UTF-8 character
/// cut in two at the end of the sample does not make it Windows-1252.
///
/// ```
/// use corridor_core::import::decode::decode_head;
/// let bytes = "id,ciudad\n1,Culiacán".as_bytes();
/// let cut = &bytes[..bytes.len() - 1]; // half of "á"... and the "n"
/// assert_eq!(decode_head(cut).encoding, "UTF-8");
/// ```
pub fn decode_head(bytes: &[u8]) -> DecodedText<'_> {
    if Encoding::for_bom(bytes).is_none()
        && sniff_utf16_without_bom(bytes).is_none()
        && let Err(error) = std::str::from_utf8(bytes)
        && error.error_len().is_none()
    {
        return decode(&bytes[..error.valid_up_to()]);
    }
    decode(bytes)
}

/// UTF-16 text of ASCII headers has a zero in every other byte.
fn sniff_utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(64) & !1];
    if sample.len() < 8 {
        return None;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if zeros_at(1) == half && zeros_at(0) == 0 {
        Some(UTF_16LE)
    } else if zeros_at(0) == half && zeros_at(1) == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for unit in "id,estado\r\n1,Michoacán".encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        let decoded = decode(&le);
        assert_eq!(decoded.text, "id,estado\r\n1,Michoacán");
        assert_eq!(decoded.encoding, "UTF-16LE");
        let decoded = decode(&le[2..]);
        assert_eq!(decoded.text, "id,estado\r\n1,Michoacán");
    }

    #[test]
    fn latin1_bytes_read_as_windows_1252() {
        let decoded = decode(b"Quer\xe9taro;Le\xf3n");
        assert_eq!(decoded.text, "Querétaro;León");
    }
}
