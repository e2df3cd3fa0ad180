//! Source bytes carried inside a project for hand-over to a colleague who
//! does not have the files.
//!
//! UTF-8 files are kept as a JSON string (readable, and no bigger than the
//! file plus JSON escapes); anything else (Windows-1252, UTF-16 exports) as
//! standard base64 with padding. Either way the SHA-256 saved beside it is
//! checked when the project is opened.

use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// A source file's bytes as stored in the project, tagged in JSON by an
/// `encoding` field (`utf8` or `base64`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "encoding", rename_all = "snake_case")]
pub enum Embedded {
    /// The file's bytes were valid UTF-8: the text itself.
    Utf8 {
        /// The file's whole text.
        text: String,
    },
    /// Any other bytes, base64 (RFC 4648 standard alphabet, padded).
    Base64 {
        /// The file's bytes in base64.
        data: String,
    },
}

impl Embedded {
    /// The smallest faithful form of `bytes`.
    ///
    /// ```
    /// use corridor_core::project::embed::Embedded;
    /// assert_eq!(Embedded::from_bytes(b"id,name\n1,Ana\n".to_vec()), Embedded::Utf8 { text: "id,name\n1,Ana\n".into() });
    /// let latin1 = Embedded::from_bytes(b"Jos\xe9".to_vec());
    /// assert_eq!(latin1, Embedded::Base64 { data: "Sm9z6Q==".into() });
    /// assert_eq!(latin1.bytes().unwrap(), b"Jos\xe9");
    /// ```
    pub fn from_bytes(bytes: Vec<u8>) -> Embedded {
        match String::from_utf8(bytes) {
            Ok(text) => Embedded::Utf8 { text },
            Err(error) => Embedded::Base64 {
                data: base64::engine::general_purpose::STANDARD.encode(error.as_bytes()),
            },
        }
    }

    /// The file's bytes; `Err` says why base64 did not decode.
    pub fn bytes(&self) -> Result<Vec<u8>, String> {
        match self {
            Embedded::Utf8 { text } => Ok(text.as_bytes().to_vec()),
            Embedded::Base64 { data } => base64::engine::general_purpose::STANDARD
                .decode(data)
                .map_err(|error| error.to_string()),
        }
    }
}
