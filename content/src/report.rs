//! How a problem in a content file is reported: file, line, column, field and message, the
//! way editors and their tools expect them.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::locate::locate;

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// Path of the field, e.g. `pillars[1].points[0].sources[0]`; empty for the whole file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = if self.field.is_empty() {
            "(file)"
        } else {
            &self.field
        };
        write!(
            f,
            "{}:{}:{}: field `{}`: {}",
            self.file.display(),
            self.line,
            self.column,
            field,
            self.message
        )
    }
}

/// A problem with the value at `field` of the JSON `text` read from `path`.
pub(crate) fn field_error(
    path: &Path,
    text: &str,
    field: &str,
    message: impl Into<String>,
) -> ContentError {
    let (line, column) = locate(text, field);
    ContentError {
        file: path.to_owned(),
        line,
        column,
        field: field.to_owned(),
        message: message.into(),
    }
}

/// A problem with a whole file (or folder), reported at its start.
pub(crate) fn whole_file_error(path: &Path, message: impl Into<String>) -> ContentError {
    ContentError {
        file: path.to_owned(),
        line: 1,
        column: 1,
        field: String::new(),
        message: message.into(),
    }
}

/// A problem serde_json found while parsing, at the place it names.
pub(crate) fn json_error(
    path: &Path,
    text: &str,
    field: String,
    error: &serde_json::Error,
) -> ContentError {
    // serde_json ends its messages with " at line L column C"; we say where ourselves.
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m)
        .to_owned();
    ContentError {
        file: path.to_owned(),
        line: error.line().max(1),
        column: char_column(text, error.line(), error.column()),
        field,
        message,
    }
}

/// serde_json counts columns in bytes; editors, and `locate`, count characters.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line) = text.lines().nth(line.saturating_sub(1)) else {
        return byte_column.max(1);
    };
    let mut end = byte_column.min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    line[..end].chars().count().max(1)
}
