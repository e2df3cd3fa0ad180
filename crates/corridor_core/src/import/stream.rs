//! A file's text as a stream read in bounded chunks, so that loading a
//! 2 GB export holds a few megabytes of it at a time instead of the whole
//! file (issue 14: memory bounded whatever the input).
//!
//! On the way through, the stream decodes to UTF-8 (the encoding chosen
//! from the file's first bytes), hashes the raw bytes (the file's SHA-256
//! is the one of what was read), refuses a line longer than
//! [`MAX_LINE_BYTES`](super::delimited::MAX_LINE_BYTES) before the CSV
//! reader buffers it, notes whether a NUL byte was seen, and keeps the
//! recent text so that a record's byte position can be turned into its
//! line number (the csv crate's own line numbers skip blank lines and
//! quoted line breaks, which would send the user to the wrong line).

use std::io::{self, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use encoding_rs::Decoder;
use sha2::{Digest, Sha256};

use super::decode;
use crate::i18n::Phrase;
use crate::phrase;

/// Bytes read from the file per refill, at most.
const CHUNK_BYTES: usize = 1 << 20;

/// The first refill's size: a small file (most of those dropped on the app,
/// and every fuzz input) is not worth a megabyte of zeroed buffer; the
/// buffer doubles up to [`CHUNK_BYTES`] as the file goes on.
const FIRST_CHUNK_BYTES: usize = 64 << 10;

/// Text kept behind the CSV reader for line numbers: more than a line may
/// be long plus the CSV reader's own buffer.
const KEEP_BYTES: usize = 2 * super::delimited::MAX_LINE_BYTES + (64 << 10);

/// Why the stream stopped early; carried inside an `io::Error` through the
/// CSV reader.
#[derive(Clone, Debug)]
pub enum StreamError {
    /// A line longer than the limit.
    LongLine {
        /// 1-based line number.
        line: u64,
        /// The limit it passed.
        max: usize,
    },
}

impl StreamError {
    /// Why the stream stopped, as a message.
    pub fn phrase(&self) -> Phrase {
        match self {
            StreamError::LongLine { line, max } => {
                phrase!("import-line-too-long", line = line.to_string(), max = *max)
            }
        }
    }

    /// The stream error inside an I/O error, if that is what it is.
    pub fn from_io(error: &io::Error) -> Option<&StreamError> {
        error.get_ref()?.downcast_ref::<StreamError>()
    }
}

/// The English text: "line 3 is longer than a table's line may be
/// (1,048,576 bytes); the rest of the file is not read".
impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.phrase().fmt(f)
    }
}

impl std::error::Error for StreamError {}

/// The decoded text of one file, read chunk by chunk; see the module docs.
pub struct TextStream {
    source: Box<dyn Read + Send>,
    /// `None` reads UTF-8 as it is (the common case: no copy, no work).
    decoder: Option<Decoder>,
    encoding: &'static str,
    /// Records of a UTF-8 file that were not UTF-8, read as Windows-1252.
    windows_1252_records: u64,
    /// Raw bytes at the start to drop (a byte-order mark).
    skip: usize,
    source_done: bool,
    /// Raw bytes of one refill, reused.
    raw: Vec<u8>,
    hasher: Sha256,
    /// Decoded text from byte `window_start` of the stream on.
    window: Vec<u8>,
    window_start: u64,
    /// Stream offset up to which the CSV reader was given text.
    served: u64,
    /// Stream offset where a long line passes the limit: text is served up
    /// to there, then the error.
    stop_at: Option<(u64, StreamError)>,
    /// Scanning state for the line limit: the length of the line unfinished
    /// at the end of the window, and the line breaks before it.
    line_bytes: usize,
    scanned_newlines: u64,
    max_line: usize,
    /// Line counting for [`Self::line_at`]: offset and its 1-based line.
    cursor: u64,
    cursor_line: u64,
    nul: Arc<AtomicBool>,
}

impl TextStream {
    /// A stream over `source`, whose first bytes are `head` (already read,
    /// to choose the encoding; `source` gives what follows them).
    pub fn new(head: Vec<u8>, rest: Option<Box<dyn Read + Send>>, max_line: usize) -> Self {
        let encoding = decode::choose_encoding(&head);
        let source: Box<dyn Read + Send> = match rest {
            Some(rest) => Box::new(io::Cursor::new(head).chain(rest)),
            None => Box::new(io::Cursor::new(head)),
        };
        TextStream {
            source,
            decoder: encoding
                .transcode
                .map(|e| e.new_decoder_without_bom_handling()),
            encoding: encoding.name,
            windows_1252_records: 0,
            skip: encoding.bom_bytes,
            source_done: false,
            raw: Vec::new(),
            hasher: Sha256::new(),
            window: Vec::new(),
            window_start: 0,
            served: 0,
            stop_at: None,
            line_bytes: 0,
            scanned_newlines: 0,
            max_line,
            cursor: 0,
            cursor_line: 1,
            nul: Arc::new(AtomicBool::new(false)),
        }
    }

    /// The encoding the text was read in, for the report; says how many
    /// records of a UTF-8 file were not UTF-8.
    pub fn encoding_name(&self) -> String {
        self.encoding_phrase().to_string()
    }

    /// [`Self::encoding_name`] as a message.
    pub fn encoding_phrase(&self) -> Phrase {
        match self.windows_1252_records {
            0 => phrase!("import-text", text = self.encoding),
            n => phrase!(
                "import-encoding-mixed",
                encoding = self.encoding,
                rows = phrase!("count-rows", count = n)
            ),
        }
    }

    /// Notes a record that was not UTF-8 and was read as Windows-1252.
    pub fn note_windows_1252_record(&mut self) {
        self.windows_1252_records += 1;
    }

    /// Set once a NUL byte has been read: rows handed out after that must
    /// be checked for one. It is set before the row holding it is read.
    pub fn nul_seen(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.nul)
    }

    /// The SHA-256 of the raw bytes read so far (all of them once the
    /// stream reached its end), as lowercase hex.
    pub fn sha256_hex(&self) -> String {
        crate::project::source::hex_digest(self.hasher.clone())
    }

    /// Reads the rest of the source, only to finish the hash (a table whose
    /// reading stopped early still names its file's hash).
    pub fn drain_for_hash(&mut self) -> io::Result<()> {
        let mut buf = std::mem::take(&mut self.raw);
        buf.resize(buf.len().max(FIRST_CHUNK_BYTES), 0);
        while !self.source_done {
            let n = self.source.read(&mut buf)?;
            if n == 0 {
                self.source_done = true;
            }
            self.hasher.update(&buf[..n]);
        }
        Ok(())
    }

    /// 1-based line of a record whose position the CSV reader gave as
    /// `byte`: that position is the end of the previous record, so line
    /// breaks (blank lines) after it are skipped first. Positions must not
    /// go backwards by more than the text kept.
    pub fn line_at(&mut self, byte: u64) -> u64 {
        let end = self.window_start + self.window.len() as u64;
        let mut byte = byte.clamp(self.cursor, end);
        while byte < end
            && matches!(
                self.window[(byte - self.window_start) as usize],
                b'\r' | b'\n'
            )
        {
            byte += 1;
        }
        self.line_at_exact(byte);
        self.cursor_line
    }

    /// Drops text nobody needs any more: before the line cursor, and in any
    /// case more than [`KEEP_BYTES`] behind what was served (then the cursor
    /// moves along, counting).
    fn trim(&mut self) {
        let keep_from = self.served.saturating_sub(KEEP_BYTES as u64);
        if self.cursor < keep_from {
            self.line_at_exact(keep_from);
        }
        let dead = (self.cursor.min(self.served) - self.window_start) as usize;
        // Only worth a move when it frees a good part of the window.
        if dead >= CHUNK_BYTES / 2 && dead * 2 >= self.window.len() {
            self.window.drain(..dead);
            self.window_start += dead as u64;
        }
    }

    /// Moves the line cursor to `byte` exactly (no blank-line skipping).
    fn line_at_exact(&mut self, byte: u64) {
        let from = (self.cursor - self.window_start) as usize;
        let to = (byte - self.window_start) as usize;
        self.cursor_line += memchr::memchr_iter(b'\n', &self.window[from..to]).count() as u64;
        self.cursor = byte;
    }

    /// Reads and decodes the next chunk onto the window; false at the end.
    fn fill(&mut self) -> io::Result<bool> {
        if self.source_done {
            return Ok(false);
        }
        self.trim();
        let mut raw = std::mem::take(&mut self.raw);
        let size = (raw.len() * 2).clamp(FIRST_CHUNK_BYTES, CHUNK_BYTES);
        raw.resize(size, 0);
        let mut n = 0;
        // A short read is not the end: fill the chunk or reach the end.
        while n < raw.len() {
            match self.source.read(&mut raw[n..]) {
                Ok(0) => {
                    self.source_done = true;
                    break;
                }
                Ok(read) => n += read,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
            }
        }
        let read = &raw[..n];
        self.hasher.update(read);
        let skip = self.skip.min(read.len());
        self.skip -= skip;
        let read = &read[skip..];
        let before = self.window.len();
        match &mut self.decoder {
            None => self.window.extend_from_slice(read),
            Some(decoder) => {
                let last = self.source_done;
                let room = decoder
                    .max_utf8_buffer_length(read.len())
                    .unwrap_or(read.len() * 3 + 16);
                let mut out = vec![0; room];
                let (_, _, written, _) = decoder.decode_to_utf8(read, &mut out, last);
                self.window.extend_from_slice(&out[..written]);
            }
        }
        self.raw = raw;
        self.scan(before);
        Ok(self.window.len() > before || !self.source_done)
    }

    /// Checks the text just added from window index `from`: the line limit
    /// and NUL bytes.
    fn scan(&mut self, from: usize) {
        let new = &self.window[from..];
        if !self.nul.load(Ordering::Relaxed) && memchr::memchr(0, new).is_some() {
            self.nul.store(true, Ordering::Relaxed);
        }
        if self.stop_at.is_some() {
            return;
        }
        let base = self.window_start + from as u64;
        let mut start = 0usize;
        for end in memchr::memchr_iter(b'\n', new) {
            if self.line_bytes + (end - start) > self.max_line {
                let at = base + start as u64 + (self.max_line - self.line_bytes) as u64;
                self.stop(at);
                return;
            }
            self.line_bytes = 0;
            self.scanned_newlines += 1;
            start = end + 1;
        }
        self.line_bytes += new.len() - start;
        if self.line_bytes > self.max_line {
            let over = self.line_bytes - self.max_line;
            self.stop(base + new.len() as u64 - over as u64);
        }
    }

    fn stop(&mut self, at: u64) {
        self.stop_at = Some((
            at,
            StreamError::LongLine {
                line: self.scanned_newlines + 1,
                max: self.max_line,
            },
        ));
    }
}

impl Read for TextStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let end = self.window_start + self.window.len() as u64;
            let limit = self.stop_at.as_ref().map_or(end, |(at, _)| (*at).min(end));
            if self.served < limit {
                let from = (self.served - self.window_start) as usize;
                let n = buf.len().min((limit - self.served) as usize);
                buf[..n].copy_from_slice(&self.window[from..from + n]);
                self.served += n as u64;
                return Ok(n);
            }
            if let Some((_, error)) = &self.stop_at {
                // Served up to the limit: the line goes no further.
                return Err(io::Error::new(io::ErrorKind::InvalidData, error.clone()));
            }
            if !self.fill()? {
                return Ok(0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads everything through a small buffer, as the CSV reader does.
    fn read_all(stream: &mut TextStream) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            let n = stream.read(&mut buf)?;
            if n == 0 {
                return Ok(out);
            }
            out.extend_from_slice(&buf[..n]);
        }
    }

    #[test]
    fn text_passes_through_and_is_hashed_and_counted() {
        let text = b"a,b\n\n1,2\r\n3,4\n".to_vec();
        let mut stream = TextStream::new(text.clone(), None, 100);
        assert_eq!(read_all(&mut stream).expect("read"), text);
        assert_eq!(
            stream.sha256_hex(),
            crate::project::source::sha256_hex(&text)
        );
        // "1,2" starts after the blank line 2: on line 3.
        assert_eq!(stream.line_at(0), 1);
        assert_eq!(stream.line_at(4), 3);
        assert_eq!(stream.line_at(10), 4);
    }

    #[test]
    fn a_long_line_stops_the_stream_where_it_passes_the_limit() {
        let mut text = b"a,b\n1,2\n".to_vec();
        text.extend(std::iter::repeat_n(b',', 50));
        text.extend_from_slice(b"\n3,4\n");
        let mut stream = TextStream::new(text, None, 20);
        let error = read_all(&mut stream).expect_err("refused");
        match StreamError::from_io(&error) {
            Some(StreamError::LongLine { line, max }) => assert_eq!((*line, *max), (3, 20)),
            None => panic!("not a long line: {error}"),
        }
        // What came before the long line was served, and not past the limit.
        assert_eq!(stream.served, 8 + 20);
    }

    #[test]
    fn lines_are_counted_across_chunks_and_trimmed_windows() {
        let row = b"12345,67890,abcdefghij\n";
        let rows = 3 * CHUNK_BYTES / row.len();
        let text: Vec<u8> = row.iter().copied().cycle().take(rows * row.len()).collect();
        let rest: Box<dyn Read + Send> = Box::new(io::Cursor::new(text[1000..].to_vec()));
        let mut stream = TextStream::new(text[..1000].to_vec(), Some(rest), 100);
        let mut buf = [0u8; 8192];
        let mut read = 0u64;
        let mut next_row = 0u64;
        loop {
            let n = stream.read(&mut buf).expect("read");
            if n == 0 {
                break;
            }
            read += n as u64;
            // Ask for each row fully read so far, as the CSV reader would.
            while (next_row + 1) * row.len() as u64 <= read {
                let at = next_row * row.len() as u64;
                assert_eq!(stream.line_at(at), next_row + 1);
                next_row += 1;
            }
        }
        assert_eq!(next_row, rows as u64);
        assert!(
            stream.window.len() < 4 * CHUNK_BYTES,
            "{}",
            stream.window.len()
        );
    }

    #[test]
    fn windows_1252_and_utf16_are_decoded_and_a_bom_dropped() {
        let mut stream = TextStream::new(b"Quer\xe9taro;Le\xf3n".to_vec(), None, 100);
        assert_eq!(
            read_all(&mut stream).expect("read"),
            "Querétaro;León".as_bytes()
        );
        let mut le = vec![0xFF, 0xFE];
        for unit in "id,estado\r\n1,Michoacán".encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        let mut stream = TextStream::new(le, None, 100);
        assert_eq!(
            read_all(&mut stream).expect("read"),
            "id,estado\r\n1,Michoacán".as_bytes()
        );
        let mut stream = TextStream::new(b"\xEF\xBB\xBFid\n".to_vec(), None, 100);
        assert_eq!(read_all(&mut stream).expect("read"), b"id\n");
    }

    #[test]
    fn a_nul_is_noticed() {
        let mut stream = TextStream::new(b"a\n\x00\n".to_vec(), None, 100);
        let seen = stream.nul_seen();
        assert!(!seen.load(Ordering::Relaxed));
        read_all(&mut stream).expect("read");
        assert!(seen.load(Ordering::Relaxed));
    }
}
