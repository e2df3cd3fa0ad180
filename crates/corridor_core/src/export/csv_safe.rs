//! Keeps spreadsheet applications from running cell text as a formula.
//!
//! Source files come from many hands; a cell such as `=HYPERLINK(...)` must
//! reach the analyst's spreadsheet as text, not as something that executes.

/// Prefixes a cell that a spreadsheet would read as a formula with `'`.
///
/// ```
/// use corridor_core::export::csv_safe::neutralise;
/// assert_eq!(neutralise("=1+1"), "'=1+1");
/// assert_eq!(neutralise("+52 55"), "'+52 55");
/// assert_eq!(neutralise("-12.5"), "'-12.5");
/// assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
/// assert_eq!(neutralise("\tx"), "'\tx");
/// assert_eq!(neutralise("\r=cmd"), "'\r=cmd");
/// // Only the first character counts: these are ordinary text.
/// assert_eq!(neutralise("a=b"), "a=b");
/// assert_eq!(neutralise(" =1"), " =1");
/// assert_eq!(neutralise(""), "");
/// assert_eq!(neutralise("Glock 19"), "Glock 19");
/// ```
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}
