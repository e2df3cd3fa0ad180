//! Where each record came from, so evidence stays traceable to its source.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Index into [`crate::model::Dataset::sources`] plus the 1-based line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct SourceRef {
    /// Index into [`crate::model::Dataset::sources`].
    pub file: u16,
    /// Line in that file, counting from 1.
    pub line: u32,
}

/// One input file as it was read.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SourceFile {
    /// Path the file was read from.
    pub path: PathBuf,
    /// File name shown in reports.
    pub name: String,
    /// Lower-case hex SHA-256 of the bytes read.
    pub sha256: String,
    /// Size of the file as read, in bytes.
    pub size_bytes: u64,
    /// The file says it is generated demo data (its dealers are fictitious).
    pub synthetic: bool,
}
