//! US and Mexican state codes and names, and turning what a state column says into a code.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

use super::BasemapError;
use super::assets::STATES_CSV;
use super::text::fold_text;

/// A country the basemap has states for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    /// The United States.
    Us,
    /// Mexico.
    Mx,
}

impl Country {
    /// ISO 3166-1 alpha-2 code: `"US"` or `"MX"`.
    pub fn iso_a2(self) -> &'static str {
        match self {
            Country::Us => "US",
            Country::Mx => "MX",
        }
    }

    /// The country of an ISO 3166-1 alpha-2 code, in any case; `None` for a
    /// country other than the US and Mexico.
    ///
    /// ```
    /// use corridor_core::basemap::Country;
    /// assert_eq!(Country::from_iso_a2("mx"), Some(Country::Mx));
    /// assert_eq!(Country::from_iso_a2("CA"), None);
    /// ```
    pub fn from_iso_a2(code: &str) -> Option<Self> {
        if code.eq_ignore_ascii_case("US") {
            Some(Country::Us)
        } else if code.eq_ignore_ascii_case("MX") {
            Some(Country::Mx)
        } else {
            None
        }
    }
}

/// ISO 3166-2 code of a US state (or DC) or a Mexican state: `US-TX`, `MX-SIN`, `MX-CMX`.
///
/// Stored inline so that it is `Copy` and cheap to compare and hash in aggregations.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StateCode {
    bytes: [u8; 6],
    len: u8,
}

impl StateCode {
    /// Parses a code in canonical form: `US-` and two capital letters, or `MX-` and three. Whether
    /// such a state exists is not checked; use [`normalize_state`] for input from people.
    ///
    /// ```
    /// use corridor_core::basemap::{Country, StateCode};
    /// let code = StateCode::parse("MX-SIN").unwrap();
    /// assert_eq!((code.as_str(), code.country(), code.subdivision()), ("MX-SIN", Country::Mx, "SIN"));
    /// assert!(StateCode::parse("US-TEX").is_none());
    /// assert!(StateCode::parse("mx-sin").is_none());
    /// ```
    pub fn parse(code: &str) -> Option<Self> {
        let subdivision_len = match code.get(..3)? {
            "US-" => 2,
            "MX-" => 3,
            _ => return None,
        };
        let subdivision = &code.as_bytes()[3..];
        if subdivision.len() != subdivision_len || !subdivision.iter().all(u8::is_ascii_uppercase) {
            return None;
        }
        let mut bytes = [0; 6];
        bytes[..code.len()].copy_from_slice(code.as_bytes());
        Some(Self {
            bytes,
            len: 3 + subdivision_len as u8,
        })
    }

    /// The whole code: `US-TX`, `MX-SIN`.
    pub fn as_str(&self) -> &str {
        // `parse` only lets ASCII in, so this never falls back.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    /// The country of the state, from the code's prefix.
    pub fn country(self) -> Country {
        if self.bytes[0] == b'U' {
            Country::Us
        } else {
            Country::Mx
        }
    }

    /// The part after the dash: `TX`, `SIN`.
    pub fn subdivision(&self) -> &str {
        self.as_str().get(3..).unwrap_or_default()
    }
}

impl fmt::Display for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StateCode({})", self.as_str())
    }
}

/// Codes and names of one state, from `assets/basemap/states_us_mx.csv`.
#[derive(Clone, Debug, PartialEq)]
pub struct StateInfo {
    /// ISO 3166-2 code, such as `US-TX` or `MX-SIN`.
    pub code: StateCode,
    /// The US or Mexico.
    pub country: Country,
    /// USPS code for US states; Natural Earth's two-letter code for Mexican states (no national
    /// standard exists), except `CDMX` for Mexico City.
    pub postal: String,
    /// English name (`Mexico City`, `New Mexico`).
    pub name: String,
    /// Spanish name (`Ciudad de México`, `Nuevo México`).
    pub name_es: String,
    /// GeoNames admin-1 code: the postal code for US states, `01`..`32` for Mexican states.
    pub geonames_admin1: String,
    /// Other spellings accepted by [`normalize_state`].
    pub aliases: Vec<String>,
    /// Natural Earth's hand-placed label point: its latitude, in degrees north.
    pub label_lat_deg: f64,
    /// Longitude of Natural Earth's label point, in degrees east.
    pub label_lon_deg: f64,
}

impl StateInfo {
    /// The state's name as a reader of `lang` writes it (`New Mexico`,
    /// `Nuevo México`; Mexican states keep their accents in both).
    pub fn name_in(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::En => &self.name,
            crate::i18n::Lang::Es => &self.name_es,
        }
    }
}

#[derive(Deserialize)]
struct StateRow {
    iso_3166_2: String,
    country: String,
    postal: String,
    name: String,
    name_es: String,
    geonames_admin1: String,
    aliases: String,
    label_lat: f64,
    label_lon: f64,
}

/// All US and Mexican states, with every spelling of them that [`normalize_state`] accepts.
#[derive(Debug)]
pub struct StateTable {
    states: Vec<StateInfo>,
    /// Folded spelling -> the states it may mean, most likely first.
    by_key: HashMap<String, Vec<StateCode>>,
}

/// How sure a spelling is, most sure first. A spelling claimed by two states at the same rank is a
/// data error; at different ranks the surer one wins (`CO` is Colorado's USPS code before it is
/// Natural Earth's code for Coahuila).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    IsoCode,
    UsPostal,
    MxIsoSuffix,
    GeoNames,
    Name,
    MxPostal,
}

impl StateTable {
    /// The table embedded in the binary, parsed on first use.
    pub fn embedded() -> Result<&'static StateTable, BasemapError> {
        static TABLE: OnceLock<Result<StateTable, BasemapError>> = OnceLock::new();
        match TABLE.get_or_init(|| StateTable::parse(STATES_CSV.text)) {
            Ok(table) => Ok(table),
            Err(err) => Err(BasemapError::Invalid {
                asset: STATES_CSV.name,
                reason: err.to_string(),
            }),
        }
    }

    fn parse(csv_text: &str) -> Result<Self, BasemapError> {
        let invalid = |reason: String| BasemapError::Invalid {
            asset: STATES_CSV.name,
            reason,
        };
        let mut states = Vec::new();
        for row in csv::Reader::from_reader(csv_text.as_bytes()).deserialize() {
            let row: StateRow = row.map_err(|source| BasemapError::Csv {
                asset: STATES_CSV.name,
                source,
            })?;
            let code = StateCode::parse(&row.iso_3166_2)
                .ok_or_else(|| invalid(format!("bad ISO 3166-2 code {:?}", row.iso_3166_2)))?;
            if Country::from_iso_a2(&row.country) != Some(code.country()) {
                return Err(invalid(format!("{code}: country {:?}", row.country)));
            }
            states.push(StateInfo {
                code,
                country: code.country(),
                postal: row.postal,
                name: row.name,
                name_es: row.name_es,
                geonames_admin1: row.geonames_admin1,
                aliases: row
                    .aliases
                    .split('|')
                    .filter(|alias| !alias.is_empty())
                    .map(str::to_owned)
                    .collect(),
                label_lat_deg: row.label_lat,
                label_lon_deg: row.label_lon,
            });
        }

        let mut ranked: HashMap<String, Vec<(Rank, StateCode)>> = HashMap::new();
        let mut add = |spelling: &str, rank: Rank, code: StateCode| -> Result<(), BasemapError> {
            let codes = ranked.entry(fold_text(spelling)).or_default();
            if let Some((_, other)) = codes.iter().find(|(r, c)| *r == rank && *c != code) {
                return Err(invalid(format!(
                    "{spelling:?} means both {other} and {code}"
                )));
            }
            if !codes.iter().any(|(_, c)| *c == code) {
                codes.push((rank, code));
            }
            Ok(())
        };
        for state in &states {
            let code = state.code;
            add(code.as_str(), Rank::IsoCode, code)?;
            match state.country {
                Country::Us => add(&state.postal, Rank::UsPostal, code)?,
                // "MX" is the country before it is Natural Earth's code for the State of Mexico.
                Country::Mx if state.postal != "MX" => add(&state.postal, Rank::MxPostal, code)?,
                Country::Mx => {}
            }
            if state.country == Country::Mx {
                add(code.subdivision(), Rank::MxIsoSuffix, code)?;
            }
            let gn = &state.geonames_admin1;
            add(
                &format!("{}.{gn}", state.country.iso_a2()),
                Rank::GeoNames,
                code,
            )?;
            if let Ok(number) = gn.parse::<u8>() {
                // State columns often lose the leading zero ("9" for "09").
                add(gn, Rank::GeoNames, code)?;
                add(&number.to_string(), Rank::GeoNames, code)?;
            }
            add(&state.name, Rank::Name, code)?;
            add(&state.name_es, Rank::Name, code)?;
            for alias in &state.aliases {
                add(alias, Rank::Name, code)?;
            }
        }
        let by_key = ranked
            .into_iter()
            .map(|(key, mut codes)| {
                codes.sort_by_key(|(rank, _)| *rank);
                (key, codes.into_iter().map(|(_, code)| code).collect())
            })
            .collect();
        Ok(Self { states, by_key })
    }

    /// All states, sorted by code.
    pub fn states(&self) -> &[StateInfo] {
        &self.states
    }

    /// The state with this code, if the table has it.
    pub fn get(&self, code: StateCode) -> Option<&StateInfo> {
        self.states.iter().find(|state| state.code == code)
    }

    /// The state a spelling most likely means; see [`normalize_state`].
    pub fn normalize(&self, text: &str) -> Option<StateCode> {
        self.candidates(text).first().copied()
    }

    /// Every state a spelling may mean, most likely first: `CO` is Colorado, then Coahuila.
    ///
    /// ```
    /// use corridor_core::basemap::StateTable;
    /// let table = StateTable::embedded().unwrap();
    /// let codes: Vec<_> = table.candidates("co").iter().map(|c| c.as_str()).collect();
    /// assert_eq!(codes, ["US-CO", "MX-COA"]);
    /// assert!(table.candidates("Quebec").is_empty());
    /// ```
    pub fn candidates(&self, text: &str) -> &[StateCode] {
        self.by_key.get(&fold_text(text)).map_or(&[], Vec::as_slice)
    }

    /// The state of a GeoNames admin-1 code (`TX`, `26`) in a country.
    ///
    /// ```
    /// use corridor_core::basemap::{Country, StateTable};
    /// let table = StateTable::embedded().unwrap();
    /// assert_eq!(table.from_geonames(Country::Mx, "09").unwrap().as_str(), "MX-CMX");
    /// assert_eq!(table.from_geonames(Country::Us, "09"), None);
    /// ```
    pub fn from_geonames(&self, country: Country, admin1: &str) -> Option<StateCode> {
        self.states
            .iter()
            .find(|state| state.country == country && state.geonames_admin1 == admin1)
            .map(|state| state.code)
    }
}

/// Turns what a state column says into an ISO 3166-2 code, or `None` if it names no US or Mexican
/// state. Accepts the ISO code (`US-TX`, `MX-SIN`), the USPS code (`TX`), the ISO suffix of a Mexican
/// state (`SIN`), the GeoNames code (`MX.25`, `25`), the English or Spanish name in any case with or
/// without accents, and common variants (`Edomex`, `CDMX`, `Distrito Federal`, `Veracruz de Ignacio de
/// la Llave`). A two-letter code that is both a USPS code and Natural Earth's code for a Mexican state
/// (`CO`, `MI`, `MO`) means the US state.
///
/// ```
/// use corridor_core::basemap::normalize_state;
/// let code = |text| normalize_state(text).map(|code| code.to_string());
/// assert_eq!(code("Michoacán de Ocampo").as_deref(), Some("MX-MIC"));
/// assert_eq!(code("MICHOACAN").as_deref(), Some("MX-MIC"));
/// assert_eq!(code("Distrito Federal").as_deref(), Some("MX-CMX"));
/// assert_eq!(code("edomex").as_deref(), Some("MX-MEX"));
/// assert_eq!(code("tx").as_deref(), Some("US-TX"));
/// assert_eq!(code("SIN").as_deref(), Some("MX-SIN"));
/// assert_eq!(code("CO").as_deref(), Some("US-CO"));
/// assert_eq!(code("Ontario"), None);
/// ```
pub fn normalize_state(text: &str) -> Option<StateCode> {
    StateTable::embedded().ok()?.normalize(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> &'static StateTable {
        StateTable::embedded().expect("embedded state table")
    }

    fn code(text: &str) -> StateCode {
        StateCode::parse(text).expect("valid code")
    }

    #[test]
    fn table_has_every_state_once() {
        let states = table().states();
        assert_eq!(states.len(), 83);
        assert_eq!(
            states.iter().filter(|s| s.country == Country::Us).count(),
            51
        );
        assert_eq!(
            states.iter().filter(|s| s.country == Country::Mx).count(),
            32
        );
        let mut codes: Vec<_> = states.iter().map(|s| s.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), 83);
    }

    #[test]
    fn mexico_city_is_cmx_with_spanish_name() {
        let cdmx = table().get(code("MX-CMX")).expect("Mexico City");
        assert_eq!(cdmx.name, "Mexico City");
        assert_eq!(cdmx.name_es, "Ciudad de México");
        assert_eq!(cdmx.geonames_admin1, "09");
        assert!(
            table()
                .get(code("MX-MEX"))
                .is_some_and(|s| s.name_es == "Estado de México")
        );
        for spelling in [
            "MX-DIF",
            "DF",
            "D.F.",
            "cdmx",
            "Ciudad de Mexico",
            "Mexico City",
            "09",
            "9",
        ] {
            assert_eq!(
                normalize_state(spelling),
                Some(code("MX-CMX")),
                "{spelling}"
            );
        }
    }

    #[test]
    fn mexican_state_variants() {
        let cases = [
            ("Estado de México", "MX-MEX"),
            ("Mexico State", "MX-MEX"),
            ("EDOMEX", "MX-MEX"),
            ("México", "MX-MEX"),
            ("Coahuila de Zaragoza", "MX-COA"),
            ("Veracruz de Ignacio de la Llave", "MX-VER"),
            ("Michoacán de Ocampo", "MX-MIC"),
            ("Nuevo Leon", "MX-NLE"),
            ("MX.26", "MX-SON"),
            ("Tamps.", "MX-TAM"),
            ("Baja California", "MX-BCN"),
            ("Baja California Sur", "MX-BCS"),
        ];
        for (spelling, expected) in cases {
            assert_eq!(
                normalize_state(spelling),
                Some(code(expected)),
                "{spelling}"
            );
        }
    }

    #[test]
    fn us_codes_win_two_letter_clashes_but_candidates_keep_both() {
        assert_eq!(normalize_state("MI"), Some(code("US-MI")));
        assert_eq!(table().candidates("mo"), [code("US-MO"), code("MX-MOR")]);
        assert_eq!(table().candidates("CO"), [code("US-CO"), code("MX-COA")]);
        assert_eq!(normalize_state("Nuevo México"), Some(code("US-NM")));
        assert_eq!(normalize_state("washington"), Some(code("US-WA")));
        assert_eq!(normalize_state("Washington, D.C."), Some(code("US-DC")));
    }

    #[test]
    fn unknown_spellings_are_rejected() {
        for spelling in [
            "",
            "  ",
            "MX",
            "Texas Panhandle",
            "US-XX",
            "33",
            "Mexico, DF, MX",
        ] {
            assert_eq!(normalize_state(spelling), None, "{spelling}");
        }
    }

    #[test]
    fn geonames_codes_map_to_iso() {
        assert_eq!(
            table().from_geonames(Country::Mx, "26"),
            Some(code("MX-SON"))
        );
        assert_eq!(
            table().from_geonames(Country::Mx, "09"),
            Some(code("MX-CMX"))
        );
        assert_eq!(
            table().from_geonames(Country::Us, "TX"),
            Some(code("US-TX"))
        );
        assert_eq!(table().from_geonames(Country::Us, "26"), None);
    }
}
