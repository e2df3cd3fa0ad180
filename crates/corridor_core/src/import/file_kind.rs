//! Only regular files are read, and only text: a named pipe, a device or a
//! socket given as a data file is refused at once (reading one could hang
//! or never end), and a compressed archive, image or program is refused
//! after its first few kilobytes, naming what it looks like, instead of
//! being read whole and then rejected.

use std::io::Read;
use std::path::Path;

use crate::i18n::{Phrase, system_error};
use crate::phrase;

/// How much of a file is read to tell text from binary data.
pub const HEAD_BYTES: usize = 8 * 1024;

/// `cannot read file: …` with the system's words.
fn cannot_read(error: &std::io::Error) -> Phrase {
    phrase!("import-file-unreadable", error = system_error(error))
}

/// Why `path` cannot be read as a data file, if it cannot.
pub fn not_a_regular_file(path: &Path) -> Option<Phrase> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => return Some(cannot_read(&error)),
    };
    let kind = metadata.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some(phrase!("import-is-folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some(phrase!("import-is-fifo"));
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some(phrase!("import-is-device"));
        }
        if kind.is_socket() {
            return Some(phrase!("import-is-socket"));
        }
    }
    Some(phrase!("import-is-not-regular"))
}

/// What binary data starting with `head` is, by its signature (a part of
/// a sentence: `a gzip-compressed file`).
///
/// ```
/// use corridor_core::import::file_kind::binary_kind;
/// use corridor_core::i18n::Lang;
/// let kind = |head: &[u8]| binary_kind(head).map(|kind| kind.text(Lang::En));
/// assert_eq!(kind(b"\x1f\x8b\x08\x00").as_deref(), Some("a gzip-compressed file"));
/// assert_eq!(kind(b"%PDF-1.7").as_deref(), Some("a PDF document"));
/// assert_eq!(kind(b"\x7fELF\x02\x01").as_deref(), Some("a program (ELF executable)"));
/// assert_eq!(kind(b"trace_id,weapon_type\n"), None);
/// let pdf = binary_kind(b"%PDF-1.7").unwrap();
/// assert_eq!(pdf.text(Lang::Es), "un documento PDF");
/// ```
pub fn binary_kind(head: &[u8]) -> Option<Phrase> {
    let signatures: [(&[u8], &'static str); 14] = [
        (b"PK\x03\x04", crate::msg_id!("import-binary-zip")),
        (
            &[0xD0, 0xCF, 0x11, 0xE0],
            crate::msg_id!("import-binary-xls"),
        ),
        (&[0x1F, 0x8B], crate::msg_id!("import-binary-gzip")),
        (b"BZh", crate::msg_id!("import-binary-bzip2")),
        (
            &[0xFD, b'7', b'z', b'X', b'Z', 0x00],
            crate::msg_id!("import-binary-xz"),
        ),
        (
            &[0x28, 0xB5, 0x2F, 0xFD],
            crate::msg_id!("import-binary-zstd"),
        ),
        (b"7z\xBC\xAF\x27\x1C", crate::msg_id!("import-binary-7z")),
        (b"%PDF", crate::msg_id!("import-binary-pdf")),
        (b"\x89PNG", crate::msg_id!("import-binary-png")),
        (&[0xFF, 0xD8, 0xFF], crate::msg_id!("import-binary-jpeg")),
        (b"\x7fELF", crate::msg_id!("import-binary-elf")),
        (b"MZ", crate::msg_id!("import-binary-windows")),
        (b"PAR1", crate::msg_id!("import-binary-parquet")),
        (b"SQLite format 3\0", crate::msg_id!("import-binary-sqlite")),
    ];
    signatures
        .iter()
        .find(|(signature, _)| head.starts_with(signature))
        .map(|(_, id)| Phrase::new(id, Vec::new()))
}

/// Whether `head` is binary data without a known signature: many control
/// bytes that text has no use for. UTF-16 text (a zero in every other byte)
/// is text.
///
/// ```
/// use corridor_core::import::file_kind::looks_binary;
/// assert!(looks_binary(&[0u8; 512]));
/// assert!(!looks_binary(b"id,date\r\n1,2020-01-01\n"));
/// let utf16: Vec<u8> = "id,estado\r\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
/// assert!(!looks_binary(&utf16));
/// // One stray NUL in text does not make it binary: that row is refused.
/// assert!(!looks_binary(b"id,date\n1,\x002020-01-01\n2,2021-01-01\n"));
/// ```
pub fn looks_binary(head: &[u8]) -> bool {
    if head.is_empty() || utf16_pattern(head) {
        return false;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    // Text has next to none; binary formats are full of them.
    control * 10 > head.len()
}

/// UTF-16 with or without a byte-order mark: zeros at every other byte.
fn utf16_pattern(head: &[u8]) -> bool {
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let pairs = head.len() / 2;
    if pairs < 4 {
        return false;
    }
    let (even, odd) = head.chunks_exact(2).fold((0, 0), |(e, o), pair| {
        (e + usize::from(pair[0] == 0), o + usize::from(pair[1] == 0))
    });
    // One half of the bytes nearly all zero, the other nearly none.
    let mostly = |n: usize| n * 10 > pairs * 9;
    let hardly = |n: usize| n * 10 < pairs;
    (mostly(even) && hardly(odd)) || (mostly(odd) && hardly(even))
}

/// Opens a data file to read: refused at once when it is not a regular
/// file, and when its first [`HEAD_BYTES`] are binary.
pub fn open_data_file(path: &Path) -> Result<std::fs::File, Phrase> {
    if let Some(reason) = not_a_regular_file(path) {
        return Err(reason);
    }
    let file = std::fs::File::open(path).map_err(|error| cannot_read(&error))?;
    let mut head = Vec::with_capacity(HEAD_BYTES);
    (&file)
        .take(HEAD_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|error| cannot_read(&error))?;
    // Containers Corridor unpacks into tables: workbooks and Parquet files.
    #[cfg(feature = "workbooks")]
    let workbook = super::workbook::is_container_signature(&head);
    #[cfg(not(feature = "workbooks"))]
    let workbook = false;
    #[cfg(feature = "parquet")]
    let parquet = super::parquet_file::is_parquet_signature(&head);
    #[cfg(not(feature = "parquet"))]
    let parquet = false;
    let container = workbook || parquet;
    if let Some(kind) = binary_kind(&head).filter(|_| !container) {
        return Err(phrase!("import-not-text", kind = kind));
    }
    if !container && looks_binary(&head) {
        return Err(phrase!("import-binary"));
    }
    // Read again from the start by whoever reads the file.
    let mut file = file;
    std::io::Seek::rewind(&mut file).map_err(|error| cannot_read(&error))?;
    Ok(file)
}

/// The first `max` bytes of a data file (checked as [`open_data_file`]
/// does) and the file's size; nothing more is read.
pub fn read_data_head(path: &Path, max: usize) -> Result<(Vec<u8>, u64), Phrase> {
    let file = open_data_file(path)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut head = Vec::with_capacity(max.min(usize::try_from(size).unwrap_or(max)));
    (&file)
        .take(max as u64)
        .read_to_end(&mut head)
        .map_err(|error| cannot_read(&error))?;
    Ok((head, size))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_data_head_all(path: &Path) -> Result<Vec<u8>, String> {
        read_data_head(path, usize::MAX)
            .map(|(head, _)| head)
            .map_err(|reason| reason.to_string())
    }

    #[test]
    fn a_fifo_and_a_device_are_refused_at_once_and_binary_after_its_head() {
        let dir = tempfile::tempdir().expect("temp dir");
        #[cfg(unix)]
        {
            let fifo = dir.path().join("pipe.csv");
            let made = std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .is_ok_and(|s| s.success());
            if made {
                // Nobody writes to it: reading would wait forever.
                let refused = read_data_head_all(&fifo).expect_err("a FIFO is refused");
                assert!(refused.contains("named pipe"), "{refused}");
            }
            let zero = read_data_head_all(Path::new("/dev/zero")).expect_err("a device is refused");
            assert!(zero.contains("device"), "{zero}");
        }
        assert!(
            read_data_head_all(dir.path())
                .expect_err("a folder")
                .contains("folder")
        );
        let archive = dir.path().join("data.csv");
        let mut bytes = vec![0x1F, 0x8B, 0x08, 0x00];
        bytes.resize(1 << 20, 0xAB);
        std::fs::write(&archive, &bytes).expect("written");
        let refused = read_data_head_all(&archive).expect_err("gzip is refused");
        assert!(refused.contains("gzip"), "{refused}");
        let text = dir.path().join("ok.csv");
        std::fs::write(&text, "id,date\n1,2020-01-01\n").expect("written");
        assert_eq!(
            read_data_head_all(&text).expect("text is read"),
            b"id,date\n1,2020-01-01\n"
        );
    }
}
