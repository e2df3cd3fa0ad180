//! Keeps spreadsheet applications from running cell text as a formula.
//!
//! Source files come from many hands; a cell such as `=HYPERLINK(...)` must
//! reach the analyst's spreadsheet as text, not as something that executes.
//! Spreadsheets skip leading spaces and invisible marks and read full-width
//! signs as their ASCII forms, so those hide a formula as well as show one.

/// Characters a cell may start with that a spreadsheet reads as a formula
/// (OWASP's list: `=`, `+`, `-`, `@`, tab, carriage return), and their
/// full-width forms.
const TRIGGERS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// Marks that take no room: a byte-order mark or a zero-width character in
/// front of a sign hides it from the eye, not from the spreadsheet.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
    )
}

/// Prefixes a cell that a spreadsheet would read as a formula with `'`:
/// one whose first character after spaces and invisible marks is a
/// trigger.
///
/// ```
/// use corridor_core::export::csv_safe::neutralise;
/// assert_eq!(neutralise("=1+1"), "'=1+1");
/// assert_eq!(neutralise("+52 55"), "'+52 55");
/// assert_eq!(neutralise("-12.5"), "'-12.5");
/// assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
/// assert_eq!(neutralise("\tx"), "'\tx");
/// assert_eq!(neutralise("\r=cmd"), "'\r=cmd");
/// // Hidden behind spaces, a byte-order mark or a zero-width space.
/// assert_eq!(neutralise(" =1"), "' =1");
/// assert_eq!(neutralise("\u{FEFF}=1"), "'\u{FEFF}=1");
/// assert_eq!(neutralise("\u{200B}@x"), "'\u{200B}@x");
/// // Full-width signs.
/// assert_eq!(neutralise("＝HYPERLINK(1)"), "'＝HYPERLINK(1)");
/// assert_eq!(neutralise("＋1"), "'＋1");
/// assert_eq!(neutralise("－1"), "'－1");
/// assert_eq!(neutralise("＠A1"), "'＠A1");
/// // A sign further in is ordinary text.
/// assert_eq!(neutralise("a=b"), "a=b");
/// assert_eq!(neutralise("   "), "   ");
/// assert_eq!(neutralise(""), "");
/// assert_eq!(neutralise("Glock 19"), "Glock 19");
/// ```
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let first = cell
        .chars()
        .find(|&c| TRIGGERS.contains(&c) || !(c == ' ' || c.is_whitespace() || invisible(c)));
    match first {
        Some(c) if TRIGGERS.contains(&c) => format!("'{cell}").into(),
        _ => cell.into(),
    }
}
