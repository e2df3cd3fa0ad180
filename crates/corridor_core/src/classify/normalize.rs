//! Turning free text into match tokens.
//!
//! Trace data spells the same firearm many ways ("AK-47", "AK47", "ak 47",
//! "Revólver", "REVOLVER"), so both the data and the rule keywords are reduced
//! to the same token sequence before comparing. Matching whole tokens rather
//! than substrings is what keeps "AK" out of "MAKAROV" and "M4" out of "M40".

/// Split `text` into normalised tokens.
///
/// Letters are uppercased and Latin accents folded to ASCII; every character
/// that is neither a letter nor an ASCII digit separates tokens, and so does
/// a change between letters and digits.
///
/// ```
/// use corridor_core::classify::normalize::tokens;
///
/// assert_eq!(tokens("AK-47"), ["AK", "47"]);
/// assert_eq!(tokens("ak47"), ["AK", "47"]);
/// assert_eq!(tokens("M&P15"), ["M", "P", "15"]);
/// assert_eq!(tokens("Five-seveN"), ["FIVE", "SEVEN"]);
/// assert_eq!(tokens("5.7x28mm"), ["5", "7", "X", "28", "MM"]);
/// assert_eq!(tokens("Revólver"), ["REVOLVER"]);
/// assert!(tokens(" -- ").is_empty());
/// ```
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |token| out.push(token.to_owned()));
    out
}

/// The tokens of `text` joined by single spaces, for display.
///
/// ```
/// use corridor_core::classify::normalize::normalized;
///
/// assert_eq!(normalized(".50 BMG"), "50 BMG");
/// assert_eq!(normalized("Cuerno de Chivo"), "CUERNO DE CHIVO");
/// ```
pub fn normalized(text: &str) -> String {
    tokens(text).join(" ")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Letter,
    Digit,
}

/// Call `emit` with each token of `text`, reusing one buffer so that the
/// classifier's hot path does not allocate per token.
pub(crate) fn for_each_token(text: &str, mut emit: impl FnMut(&str)) {
    let mut t = Tokenizer {
        token: String::with_capacity(24),
        kind: None,
    };
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                t.push(c.to_ascii_uppercase(), Kind::Letter, &mut emit);
            } else if c.is_ascii_digit() {
                t.push(c, Kind::Digit, &mut emit);
            } else {
                t.flush(&mut emit);
            }
            continue;
        }
        match fold(c) {
            Folded::Ignore => {}
            Folded::Ascii(s) => {
                for b in s.chars() {
                    t.push(b, Kind::Letter, &mut emit);
                }
            }
            Folded::Other if c.is_alphabetic() => {
                for u in c.to_uppercase() {
                    t.push(u, Kind::Letter, &mut emit);
                }
            }
            Folded::Other => t.flush(&mut emit),
        }
    }
    t.flush(&mut emit);
}

struct Tokenizer {
    token: String,
    kind: Option<Kind>,
}

impl Tokenizer {
    fn push(&mut self, c: char, kind: Kind, emit: &mut impl FnMut(&str)) {
        if self.kind != Some(kind) {
            self.flush(emit);
        }
        self.kind = Some(kind);
        self.token.push(c);
    }

    fn flush(&mut self, emit: &mut impl FnMut(&str)) {
        if !self.token.is_empty() {
            emit(&self.token);
            self.token.clear();
        }
        self.kind = None;
    }
}

enum Folded {
    /// Combining accents (text in decomposed form): dropped so that
    /// "Revo\u{301}lver" stays one token.
    Ignore,
    Ascii(&'static str),
    Other,
}

/// ASCII spelling of Latin letters with diacritics. Covers Latin-1 and
/// Latin Extended-A, which is everything Spanish, Portuguese and the
/// European maker names in trace data use.
fn fold(c: char) -> Folded {
    let s = match c {
        '\u{300}'..='\u{36F}' => return Folded::Ignore,
        'À'..='Å' | 'à'..='å' | 'ª' => "A",
        'Æ' | 'æ' => "AE",
        'Ç' | 'ç' => "C",
        'È'..='Ë' | 'è'..='ë' => "E",
        'Ì'..='Ï' | 'ì'..='ï' => "I",
        'Ð' | 'ð' => "D",
        'Ñ' | 'ñ' => "N",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'º' => "O",
        'Ù'..='Ü' | 'ù'..='ü' => "U",
        'Ý' | 'ý' | 'ÿ' => "Y",
        'Þ' | 'þ' => "TH",
        'ß' => "SS",
        // "7.62×39" must read like "7.62x39".
        '×' => "X",
        'Ĳ' | 'ĳ' => "IJ",
        'Œ' | 'œ' => "OE",
        '\u{100}'..='\u{17F}' => {
            let i = c as usize - 0x100;
            return match LATIN_EXTENDED_A.get(i..=i) {
                Some(s) => Folded::Ascii(s),
                None => Folded::Other,
            };
        }
        _ => return Folded::Other,
    };
    Folded::Ascii(s)
}

/// Base letter of each code point U+0100..=U+017F, in order. The two
/// ligatures (Ĳ ĳ, Œ œ) are handled before this table is consulted; their
/// slots hold placeholders.
const LATIN_EXTENDED_A: &str = concat!(
    "AAAAAA",       // Ā ā Ă ă Ą ą
    "CCCCCCCC",     // Ć ć Ĉ ĉ Ċ ċ Č č
    "DDDD",         // Ď ď Đ đ
    "EEEEEEEEEE",   // Ē ē Ĕ ĕ Ė ė Ę ę Ě ě
    "GGGGGGGG",     // Ĝ ĝ Ğ ğ Ġ ġ Ģ ģ
    "HHHH",         // Ĥ ĥ Ħ ħ
    "IIIIIIIIII",   // Ĩ ĩ Ī ī Ĭ ĭ Į į İ ı
    "II",           // Ĳ ĳ (placeholder)
    "JJ",           // Ĵ ĵ
    "KKK",          // Ķ ķ ĸ
    "LLLLLLLLLL",   // Ĺ ĺ Ļ ļ Ľ ľ Ŀ ŀ Ł ł
    "NNNNNNNNN",    // Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ
    "OOOOOO",       // Ō ō Ŏ ŏ Ő ő
    "OO",           // Œ œ (placeholder)
    "RRRRRR",       // Ŕ ŕ Ŗ ŗ Ř ř
    "SSSSSSSS",     // Ś ś Ŝ ŝ Ş ş Š š
    "TTTTTT",       // Ţ ţ Ť ť Ŧ ŧ
    "UUUUUUUUUUUU", // Ũ ũ Ū ū Ŭ ŭ Ů ů Ű ű Ų ų
    "WW",           // Ŵ ŵ
    "YYY",          // Ŷ ŷ Ÿ
    "ZZZZZZ",       // Ź ź Ż ż Ž ž
    "S",            // ſ
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_examples() {
        let cases: &[(&str, &[&str])] = &[
            ("AK-47", &["AK", "47"]),
            ("AK47", &["AK", "47"]),
            ("ak 47", &["AK", "47"]),
            ("WASR-10", &["WASR", "10"]),
            ("M&P15", &["M", "P", "15"]),
            ("Five-seveN", &["FIVE", "SEVEN"]),
            (".50 BMG", &["50", "BMG"]),
            ("5.7x28mm", &["5", "7", "X", "28", "MM"]),
            ("Revólver", &["REVOLVER"]),
            ("M4A1", &["M", "4", "A", "1"]),
            ("10/22", &["10", "22"]),
        ];
        for (text, want) in cases {
            assert_eq!(tokens(text), *want, "{text:?}");
        }
    }

    #[test]
    fn accents_fold_in_both_composed_and_decomposed_form() {
        assert_eq!(tokens("Revólver"), tokens("Revo\u{301}lver"));
        assert_eq!(tokens("ESCOPETA CAÑÓN"), ["ESCOPETA", "CANON"]);
        assert_eq!(tokens("Pingüino"), ["PINGUINO"]);
        assert_eq!(tokens("Łódź Œuvre straße"), ["LODZ", "OEUVRE", "STRASSE"]);
        assert_eq!(tokens("calibre 7,62×39"), ["CALIBRE", "7", "62", "X", "39"]);
    }

    #[test]
    fn latin_extended_a_table_covers_the_whole_block() {
        assert_eq!(LATIN_EXTENDED_A.len(), 0x180 - 0x100);
        assert!(matches!(fold('Ā'), Folded::Ascii("A")));
        assert!(matches!(fold('ž'), Folded::Ascii("Z")));
        assert!(matches!(fold('ſ'), Folded::Ascii("S")));
        assert!(matches!(fold('Š'), Folded::Ascii("S")));
        assert!(matches!(fold('ő'), Folded::Ascii("O")));
    }

    #[test]
    fn other_scripts_stay_letters_and_symbols_separate() {
        assert_eq!(tokens("АК-47"), ["АК", "47"]);
        assert_eq!(tokens("№5 ½"), ["5"]);
        assert_eq!(tokens(""), Vec::<String>::new());
    }
}
