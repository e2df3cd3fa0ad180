//! Numbers as people read them, for reports, the CLI and the app.

/// `1234567` → `1,234,567`.
///
/// ```
/// use corridor_core::format::thousands;
/// assert_eq!(thousands(0u32), "0");
/// assert_eq!(thousands(999u32), "999");
/// assert_eq!(thousands(1000u32), "1,000");
/// assert_eq!(thousands(1234567u64), "1,234,567");
/// ```
pub fn thousands(n: impl Into<u64>) -> String {
    let digits = n.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1 trace`, `2,000 traces`.
///
/// ```
/// use corridor_core::format::count_noun;
/// assert_eq!(count_noun(1, "trace", "traces"), "1 trace");
/// assert_eq!(count_noun(2000, "trace", "traces"), "2,000 traces");
/// ```
pub fn count_noun(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}
