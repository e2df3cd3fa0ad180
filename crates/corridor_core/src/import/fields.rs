//! The fields Corridor understands and the many ways headers name them.

use crate::i18n::Lang;
use crate::msg_id;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A canonical field. In a stores or recoveries file the unprefixed headers
/// (`id`, `name`, `lat`) map to the store or recovery fields.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Id of the trace request, normally one per firearm (repeats are warned
    /// about, and kept).
    TraceId,
    /// Free-text weapon type (`PISTOL`, `Rifle`, `fusil`), the classifier's
    /// first clue.
    WeaponType,
    /// Manufacturer or brand.
    Make,
    /// Model name or number (`WASR-10`, `M95`).
    Model,
    /// Caliber or gauge as written (`7.62X39`, `9MM`).
    Caliber,
    /// Serial number of the firearm.
    Serial,
    /// Day the firearm was bought at the store.
    PurchaseDate,
    /// Day the firearm was recovered (seized).
    RecoveryDate,
    /// Id of the store; a trace row names it to refer to a row of a stores
    /// file.
    StoreId,
    /// Name of the gun store (the dealer).
    StoreName,
    /// Federal Firearms License (FFL) number of the store.
    StoreFfl,
    /// Town of the store; with the state it places a store that has no
    /// coordinates.
    StoreCity,
    /// State of the store.
    StoreState,
    /// Latitude of the store in degrees, north positive.
    StoreLat,
    /// Longitude of the store in degrees, east positive (so negative in the
    /// Americas).
    StoreLon,
    /// Id of the recovery site; a trace row names it to refer to a row of a
    /// recovery sites file.
    RecoveryId,
    /// Town or municipality where the firearm was recovered; with the state it
    /// places a site that has no coordinates.
    RecoveryPlace,
    /// State of the recovery site.
    RecoveryState,
    /// Latitude of the recovery site in degrees, north positive.
    RecoveryLat,
    /// Longitude of the recovery site in degrees, east positive.
    RecoveryLon,
    /// Free-text description of the recovery site.
    RecoveryDescription,
    /// Who bought the firearm: an id or a name, as the source gives it.
    PurchaserId,
    /// Case or investigation number the trace belongs to.
    CaseId,
    /// Agency that reported or requested the trace.
    Agency,
    /// The purchaser's name: a person's name, not the purchaser id.
    PurchaserName,
    /// The purchaser's date of birth.
    PurchaserDob,
    /// The purchaser's address.
    PurchaserAddress,
    /// The person found with the firearm when it was recovered.
    PossessorName,
    /// The recovery event (one seizure, often several firearms).
    RecoveryEvent,
    /// Whether the serial number was obliterated (filed off): yes/no, or a
    /// serial written as `OBLITERATED` / `LIMADO` in the serial column.
    Obliterated,
    /// A NIBIN (ballistic imaging) lead id.
    NibinLead,
    /// The importer of a foreign-made firearm, as trace forms name it.
    Importer,
    /// The country the firearm was made in (trace forms' "country of
    /// origin").
    CountryOfOrigin,
    /// The purchaser's given name(s), when a form splits the name; joined
    /// with the surnames into [`Field::PurchaserName`].
    PurchaserFirstName,
    /// The purchaser's (first, or paternal) surname.
    PurchaserLastName,
    /// The purchaser's second (maternal) surname, as Mexican records give it.
    PurchaserSecondLastName,
    /// The possessor's given name(s); joined into [`Field::PossessorName`].
    PossessorFirstName,
    /// The possessor's (first, or paternal) surname.
    PossessorLastName,
    /// The possessor's second (maternal) surname.
    PossessorSecondLastName,
    /// How many firearms the row stands for, in a counted (aggregated)
    /// table; a row without it is one firearm.
    Count,
}

impl Field {
    /// Every field, in declaration order, so `field as usize` is its index.
    pub const ALL: [Field; 40] = [
        Field::TraceId,
        Field::WeaponType,
        Field::Make,
        Field::Model,
        Field::Caliber,
        Field::Serial,
        Field::PurchaseDate,
        Field::RecoveryDate,
        Field::StoreId,
        Field::StoreName,
        Field::StoreFfl,
        Field::StoreCity,
        Field::StoreState,
        Field::StoreLat,
        Field::StoreLon,
        Field::RecoveryId,
        Field::RecoveryPlace,
        Field::RecoveryState,
        Field::RecoveryLat,
        Field::RecoveryLon,
        Field::RecoveryDescription,
        Field::PurchaserId,
        Field::CaseId,
        Field::Agency,
        Field::PurchaserName,
        Field::PurchaserDob,
        Field::PurchaserAddress,
        Field::PossessorName,
        Field::RecoveryEvent,
        Field::Obliterated,
        Field::NibinLead,
        Field::Importer,
        Field::CountryOfOrigin,
        Field::PurchaserFirstName,
        Field::PurchaserLastName,
        Field::PurchaserSecondLastName,
        Field::PossessorFirstName,
        Field::PossessorLastName,
        Field::PossessorSecondLastName,
        Field::Count,
    ];

    /// The canonical header.
    pub fn header(self) -> &'static str {
        match self {
            Field::TraceId => "trace_id",
            Field::WeaponType => "weapon_type",
            Field::Make => "make",
            Field::Model => "model",
            Field::Caliber => "caliber",
            Field::Serial => "serial",
            Field::PurchaseDate => "purchase_date",
            Field::RecoveryDate => "recovery_date",
            Field::StoreId => "store_id",
            Field::StoreName => "store_name",
            Field::StoreFfl => "store_ffl",
            Field::StoreCity => "store_city",
            Field::StoreState => "store_state",
            Field::StoreLat => "store_lat",
            Field::StoreLon => "store_lon",
            Field::RecoveryId => "recovery_id",
            Field::RecoveryPlace => "recovery_place",
            Field::RecoveryState => "recovery_state",
            Field::RecoveryLat => "recovery_lat",
            Field::RecoveryLon => "recovery_lon",
            Field::RecoveryDescription => "recovery_description",
            Field::PurchaserId => "purchaser_id",
            Field::CaseId => "case_id",
            Field::Agency => "agency",
            Field::PurchaserName => "purchaser_name",
            Field::PurchaserDob => "purchaser_dob",
            Field::PurchaserAddress => "purchaser_address",
            Field::PossessorName => "possessor_name",
            Field::RecoveryEvent => "recovery_event",
            Field::Obliterated => "obliterated",
            Field::NibinLead => "nibin_lead",
            Field::Importer => "importer",
            Field::CountryOfOrigin => "country_of_origin",
            Field::PurchaserFirstName => "purchaser_first_name",
            Field::PurchaserLastName => "purchaser_last_name",
            Field::PurchaserSecondLastName => "purchaser_second_last_name",
            Field::PossessorFirstName => "possessor_first_name",
            Field::PossessorLastName => "possessor_last_name",
            Field::PossessorSecondLastName => "possessor_second_last_name",
            Field::Count => "count",
        }
    }

    /// The field whose canonical header is `id`.
    ///
    /// ```
    /// use corridor_core::import::fields::Field;
    /// assert_eq!(Field::from_id("recovery_place"), Some(Field::RecoveryPlace));
    /// assert_eq!(Field::from_id("place"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.header() == id.trim())
    }

    /// Words for the mapping dialog.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            Field::TraceId => msg_id!("field-trace-id"),
            Field::WeaponType => msg_id!("field-weapon-type"),
            Field::Make => msg_id!("field-make"),
            Field::Model => msg_id!("field-model"),
            Field::Caliber => msg_id!("field-caliber"),
            Field::Serial => msg_id!("field-serial"),
            Field::PurchaseDate => msg_id!("field-purchase-date"),
            Field::RecoveryDate => msg_id!("field-recovery-date"),
            Field::StoreId => msg_id!("field-store-id"),
            Field::StoreName => msg_id!("field-store-name"),
            Field::StoreFfl => msg_id!("field-store-ffl"),
            Field::StoreCity => msg_id!("field-store-city"),
            Field::StoreState => msg_id!("field-store-state"),
            Field::StoreLat => msg_id!("field-store-lat"),
            Field::StoreLon => msg_id!("field-store-lon"),
            Field::RecoveryId => msg_id!("field-recovery-id"),
            Field::RecoveryPlace => msg_id!("field-recovery-place"),
            Field::RecoveryState => msg_id!("field-recovery-state"),
            Field::RecoveryLat => msg_id!("field-recovery-lat"),
            Field::RecoveryLon => msg_id!("field-recovery-lon"),
            Field::RecoveryDescription => msg_id!("field-recovery-description"),
            Field::PurchaserId => msg_id!("field-purchaser-id"),
            Field::CaseId => msg_id!("field-case-id"),
            Field::Agency => msg_id!("field-agency"),
            Field::PurchaserName => msg_id!("field-purchaser-name"),
            Field::PurchaserDob => msg_id!("field-purchaser-dob"),
            Field::PurchaserAddress => msg_id!("field-purchaser-address"),
            Field::PossessorName => msg_id!("field-possessor-name"),
            Field::RecoveryEvent => msg_id!("field-recovery-event"),
            Field::Obliterated => msg_id!("field-obliterated"),
            Field::NibinLead => msg_id!("field-nibin-lead"),
            Field::Importer => msg_id!("field-importer"),
            Field::CountryOfOrigin => msg_id!("field-country-of-origin"),
            Field::PurchaserFirstName => msg_id!("field-purchaser-first-name"),
            Field::PurchaserLastName => msg_id!("field-purchaser-last-name"),
            Field::PurchaserSecondLastName => msg_id!("field-purchaser-second-last-name"),
            Field::PossessorFirstName => msg_id!("field-possessor-first-name"),
            Field::PossessorLastName => msg_id!("field-possessor-last-name"),
            Field::PossessorSecondLastName => msg_id!("field-possessor-second-last-name"),
            Field::Count => msg_id!("field-count"),
        };
        crate::i18n::text(lang, id, &[])
    }

    /// Fields that describe the store (the purchase location).
    pub fn is_store(self) -> bool {
        matches!(
            self,
            Field::StoreId
                | Field::StoreName
                | Field::StoreFfl
                | Field::StoreCity
                | Field::StoreState
                | Field::StoreLat
                | Field::StoreLon
        )
    }

    /// Fields that describe the recovery site.
    pub fn is_recovery_site(self) -> bool {
        matches!(
            self,
            Field::RecoveryId
                | Field::RecoveryPlace
                | Field::RecoveryState
                | Field::RecoveryLat
                | Field::RecoveryLon
                | Field::RecoveryDescription
        )
    }

    /// Fields that only a per-firearm table has.
    pub fn is_trace_only(self) -> bool {
        matches!(
            self,
            Field::TraceId
                | Field::WeaponType
                | Field::Make
                | Field::Model
                | Field::Caliber
                | Field::Serial
                | Field::PurchaseDate
                | Field::PurchaserId
                | Field::CaseId
                | Field::Agency
                | Field::PurchaserName
                | Field::PurchaserDob
                | Field::PurchaserAddress
                | Field::PossessorName
                | Field::RecoveryEvent
                | Field::Obliterated
                | Field::NibinLead
                | Field::Importer
                | Field::CountryOfOrigin
                | Field::PurchaserFirstName
                | Field::PurchaserLastName
                | Field::PurchaserSecondLastName
                | Field::PossessorFirstName
                | Field::PossessorLastName
                | Field::PossessorSecondLastName
                | Field::Count
        )
    }
}

/// What a table holds; decides how unprefixed headers read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TableKind {
    /// One row per firearm, locations inline or by id.
    Traces,
    /// One row per store: id, name, FFL number, town, state, coordinates.
    Stores,
    /// One row per recovery site: id, place, state, coordinates, description.
    RecoverySites,
}

impl TableKind {
    /// Every kind, in the order the mapping dialog offers them.
    pub const ALL: [TableKind; 3] = [
        TableKind::Traces,
        TableKind::Stores,
        TableKind::RecoverySites,
    ];

    /// Words for the mapping dialog, saying what one row is.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            TableKind::Traces => msg_id!("table-kind-traces"),
            TableKind::Stores => msg_id!("table-kind-stores"),
            TableKind::RecoverySites => msg_id!("table-kind-recovery-sites"),
        };
        crate::i18n::text(lang, id, &[])
    }
}

/// Normalises a header: lower case, accents folded, camelCase split, and
/// every run of other characters a single `_`; filler words dropped.
///
/// ```
/// use corridor_core::import::fields::normalise_header;
/// assert_eq!(normalise_header(" Store Latitude "), "store_latitude");
/// assert_eq!(normalise_header("storeLat"), "store_lat");
/// assert_eq!(normalise_header("Fecha de Recuperación"), "fecha_recuperacion");
/// assert_eq!(normalise_header("RECOVERY-LON"), "recovery_lon");
/// assert_eq!(normalise_header("\u{feff}trace_id"), "trace_id");
/// ```
pub fn normalise_header(header: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in header.chars() {
        let folded = fold_accent(c);
        if folded.is_ascii_alphanumeric() {
            if folded.is_ascii_uppercase() && previous_lower && !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = folded.is_ascii_lowercase() || folded.is_ascii_digit();
            current.push(folded.to_ascii_lowercase());
        } else {
            previous_lower = false;
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words.retain(|w| !matches!(w.as_str(), "de" | "del" | "la" | "el" | "of" | "the"));
    words.join("_")
}

/// Folds the accented letters of Spanish and French to ASCII.
pub fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ç' => 'c',
        'Ç' => 'C',
        other => other,
    }
}

const STORE_PREFIXES: &[&str] = &[
    "store",
    "dealer",
    "ffl",
    "seller",
    "gun_store",
    "gunstore",
    "purchase",
    "purchase_location",
    "origin",
    "tienda",
    "armeria",
    "vendedor",
    "compra",
    "source",
];
const RECOVERY_PREFIXES: &[&str] = &[
    "recovery",
    "recovered",
    "recovery_site",
    "site",
    "seizure",
    "destination",
    "dest",
    "recuperacion",
    "aseguramiento",
    "decomiso",
];

const ID_BASES: &[&str] = &["id", "code", "key", "clave"];
const NAME_BASES: &[&str] = &["name", "nombre", "dealer_name"];
const FFL_BASES: &[&str] = &[
    "ffl",
    "ffl_number",
    "ffl_no",
    "ffl_num",
    "license",
    "licence",
    "license_number",
    "licence_number",
    "ffl_license",
    "licencia",
];
const CITY_BASES: &[&str] = &[
    "city",
    "town",
    "ciudad",
    "municipio",
    "municipality",
    "localidad",
];
const PLACE_BASES: &[&str] = &[
    "place",
    "municipality",
    "municipio",
    "city",
    "town",
    "location",
    "ciudad",
    "localidad",
    "lugar",
];
const STATE_BASES: &[&str] = &["state", "st", "estado", "entidad", "province", "state_code"];
const LAT_BASES: &[&str] = &["lat", "latitude", "latitud", "y"];
const LON_BASES: &[&str] = &["lon", "lng", "long", "longitude", "longitud", "x"];
const DESCRIPTION_BASES: &[&str] = &["description", "descripcion", "notes", "note", "notas"];
const DATE_BASES: &[&str] = &["date", "fecha"];

const TRACE_SYNONYMS: &[(Field, &[&str])] = &[
    (
        Field::TraceId,
        &[
            "trace_id",
            "trace",
            "trace_number",
            "trace_no",
            "trace_num",
            "id_rastreo",
            "numero_rastreo",
            "rastreo",
            "folio",
        ],
    ),
    (
        Field::WeaponType,
        &[
            "weapon_type",
            "weapon",
            "type",
            "firearm_type",
            "gun_type",
            "tipo_arma",
            "tipo",
            "weapon_class",
            "class",
            "clase",
            "arma",
            "tipo_de_arma",
        ],
    ),
    (
        Field::Make,
        &[
            "make",
            "manufacturer",
            "brand",
            "marca",
            "fabricante",
            "mfr",
        ],
    ),
    (Field::Model, &["model", "modelo"]),
    (
        Field::Caliber,
        &["caliber", "calibre", "cal", "gauge", "calibre_arma"],
    ),
    (
        Field::Serial,
        &[
            "serial",
            "serial_number",
            "serial_no",
            "serial_num",
            "sn",
            "numero_serie",
            "serie",
            "no_serie",
            "num_serie",
        ],
    ),
    (
        Field::PurchaseDate,
        &[
            "purchase_date",
            "date_purchase",
            "date_purchased",
            "purchased",
            "purchased_date",
            "sale_date",
            "date_sale",
            "sold_date",
            "fecha_compra",
            "fecha_venta",
        ],
    ),
    (
        Field::RecoveryDate,
        &[
            "recovery_date",
            "date_recovery",
            "date_recovered",
            "recovered_date",
            "seizure_date",
            "date_seizure",
            "fecha_recuperacion",
            "fecha_aseguramiento",
            "fecha_decomiso",
        ],
    ),
    (
        Field::PurchaserId,
        &[
            "purchaser_id",
            "purchaser",
            "buyer",
            "buyer_id",
            "straw_purchaser",
            "comprador",
            "comprador_id",
            "id_comprador",
        ],
    ),
    (
        Field::CaseId,
        &[
            "case_id",
            "case",
            "case_number",
            "case_no",
            "investigation",
            "caso",
            "expediente",
            "averiguacion",
        ],
    ),
    (
        Field::Agency,
        &[
            "agency",
            "source_agency",
            "agencia",
            "dependencia",
            "reporting_agency",
            "source",
        ],
    ),
    (
        Field::PurchaserName,
        &[
            "purchaser_name",
            "purchaser_full_name",
            "buyer_name",
            "name_purchaser",
            "nombre_comprador",
            "comprador_nombre",
            "nombre_completo_comprador",
        ],
    ),
    (
        Field::PurchaserDob,
        &[
            "purchaser_dob",
            "purchaser_date_birth",
            "purchaser_birth_date",
            "buyer_dob",
            "dob",
            "date_birth",
            "birth_date",
            "birthdate",
            "fecha_nacimiento",
            "fecha_nacimiento_comprador",
            "nacimiento",
        ],
    ),
    (
        Field::PurchaserAddress,
        &[
            "purchaser_address",
            "buyer_address",
            "address",
            "purchaser_addr",
            "domicilio",
            "domicilio_comprador",
            "direccion",
            "direccion_comprador",
        ],
    ),
    (
        Field::PossessorName,
        &[
            "possessor_name",
            "possessor",
            "possessor_full_name",
            "poseedor",
            "nombre_poseedor",
            "portador",
            "nombre_portador",
            "detenido",
        ],
    ),
    (
        Field::RecoveryEvent,
        &[
            "recovery_event",
            "recovery_event_id",
            "seizure_event",
            "seizure_event_id",
            "event",
            "event_id",
            "evento",
            "id_evento",
            "evento_aseguramiento",
            "evento_decomiso",
        ],
    ),
    (
        Field::Obliterated,
        &[
            "obliterated",
            "serial_obliterated",
            "obliterated_serial",
            "limado",
            "serie_limada",
            "numero_serie_limado",
            "serie_borrada",
        ],
    ),
    (
        Field::NibinLead,
        &[
            "nibin_lead",
            "nibin_lead_id",
            "nibin",
            "nibin_id",
            "pista_nibin",
            "ibis",
        ],
    ),
    // The field names of US trace requests and their exports, with their
    // Spanish counterparts in Mexican seizure reports (docs/data-format.md).
    (
        Field::Importer,
        &[
            "importer",
            "importer_name",
            "firearm_importer",
            "importador",
        ],
    ),
    (
        Field::CountryOfOrigin,
        &[
            "country_of_origin",
            "country_origin",
            "origin_country",
            "country_of_manufacture",
            "country_manufacture",
            "manufacture_country",
            "pais_de_origen",
            "pais_origen",
            "pais_de_fabricacion",
            "pais_fabricacion",
            "procedencia",
        ],
    ),
    (
        Field::PurchaserFirstName,
        &[
            "purchaser_first_name",
            "purchaser_first",
            "purchaser_given_name",
            "buyer_first_name",
            "purchaser_name_first",
            "nombre_de_pila_comprador",
            "nombres_comprador",
        ],
    ),
    (
        Field::PurchaserLastName,
        &[
            "purchaser_last_name",
            "purchaser_last",
            "purchaser_surname",
            "buyer_last_name",
            "purchaser_name_last",
            "apellido_comprador",
            "apellidos_comprador",
            "apellido_paterno_comprador",
            "primer_apellido_comprador",
        ],
    ),
    (
        Field::PurchaserSecondLastName,
        &[
            "purchaser_second_last_name",
            "purchaser_maternal_last_name",
            "apellido_materno_comprador",
            "segundo_apellido_comprador",
        ],
    ),
    (
        Field::PossessorFirstName,
        &[
            "possessor_first_name",
            "possessor_first",
            "possessor_given_name",
            "possessor_name_first",
            "nombres_poseedor",
            "nombre_detenido",
            "nombre_probable_responsable",
        ],
    ),
    (
        Field::PossessorLastName,
        &[
            "possessor_last_name",
            "possessor_last",
            "possessor_surname",
            "possessor_name_last",
            "apellido_poseedor",
            "apellido_paterno_poseedor",
            "apellido_paterno_detenido",
            "apellido_paterno_probable_responsable",
        ],
    ),
    (
        Field::PossessorSecondLastName,
        &[
            "possessor_second_last_name",
            "possessor_maternal_last_name",
            "apellido_materno_poseedor",
            "apellido_materno_detenido",
            "apellido_materno_probable_responsable",
        ],
    ),
    (
        Field::Count,
        &[
            "count",
            "quantity",
            "qty",
            "firearms",
            "guns",
            "n",
            "total",
            "number_firearms",
            "firearms_traced",
            "traces",
            "cantidad",
            "armas",
            "total_armas",
            "numero_armas",
            "armas_aseguradas",
        ],
    ),
];

fn combine(prefixes: &[&str], bases: &[&str], field: Field, table: &mut HashMap<String, Field>) {
    for prefix in prefixes {
        for base in bases {
            table.entry(format!("{prefix}_{base}")).or_insert(field);
            table.entry(format!("{base}_{prefix}")).or_insert(field);
        }
    }
}

fn insert_all(bases: &[&str], field: Field, table: &mut HashMap<String, Field>) {
    for base in bases {
        table.entry((*base).to_owned()).or_insert(field);
    }
}

fn traces_table() -> HashMap<String, Field> {
    let mut table = HashMap::new();
    for (field, names) in TRACE_SYNONYMS {
        insert_all(names, *field, &mut table);
    }
    add_prefixed(&mut table);
    // A Spanish-language trace export (from a Mexican agency) describes where
    // the weapon was secured: its unqualified place columns are the recovery's.
    insert_all(
        &["estado", "entidad", "entidad_federativa"],
        Field::RecoveryState,
        &mut table,
    );
    insert_all(
        &["municipio", "localidad"],
        Field::RecoveryPlace,
        &mut table,
    );
    insert_all(&["latitud"], Field::RecoveryLat, &mut table);
    insert_all(&["longitud"], Field::RecoveryLon, &mut table);
    table
}

fn add_prefixed(table: &mut HashMap<String, Field>) {
    combine(STORE_PREFIXES, ID_BASES, Field::StoreId, table);
    combine(STORE_PREFIXES, NAME_BASES, Field::StoreName, table);
    combine(STORE_PREFIXES, FFL_BASES, Field::StoreFfl, table);
    combine(STORE_PREFIXES, CITY_BASES, Field::StoreCity, table);
    combine(STORE_PREFIXES, STATE_BASES, Field::StoreState, table);
    combine(STORE_PREFIXES, LAT_BASES, Field::StoreLat, table);
    combine(STORE_PREFIXES, LON_BASES, Field::StoreLon, table);
    combine(RECOVERY_PREFIXES, ID_BASES, Field::RecoveryId, table);
    combine(RECOVERY_PREFIXES, PLACE_BASES, Field::RecoveryPlace, table);
    combine(RECOVERY_PREFIXES, STATE_BASES, Field::RecoveryState, table);
    combine(RECOVERY_PREFIXES, LAT_BASES, Field::RecoveryLat, table);
    combine(RECOVERY_PREFIXES, LON_BASES, Field::RecoveryLon, table);
    combine(
        RECOVERY_PREFIXES,
        DESCRIPTION_BASES,
        Field::RecoveryDescription,
        table,
    );
    insert_all(
        &["ffl", "ffl_number", "ffl_no", "licencia"],
        Field::StoreFfl,
        table,
    );
    insert_all(
        &[
            "dealer",
            "dealer_name",
            "store",
            "gun_store",
            "tienda",
            "armeria",
            "vendedor",
        ],
        Field::StoreName,
        table,
    );
    insert_all(&["municipio_recuperacion"], Field::RecoveryPlace, table);
}

fn stores_table() -> HashMap<String, Field> {
    let mut table = HashMap::new();
    insert_all(ID_BASES, Field::StoreId, &mut table);
    insert_all(NAME_BASES, Field::StoreName, &mut table);
    insert_all(FFL_BASES, Field::StoreFfl, &mut table);
    insert_all(CITY_BASES, Field::StoreCity, &mut table);
    insert_all(STATE_BASES, Field::StoreState, &mut table);
    insert_all(LAT_BASES, Field::StoreLat, &mut table);
    insert_all(LON_BASES, Field::StoreLon, &mut table);
    insert_all(&["store", "dealer"], Field::StoreName, &mut table);
    add_prefixed(&mut table);
    table
}

fn recovery_sites_table() -> HashMap<String, Field> {
    let mut table = HashMap::new();
    insert_all(ID_BASES, Field::RecoveryId, &mut table);
    insert_all(PLACE_BASES, Field::RecoveryPlace, &mut table);
    insert_all(NAME_BASES, Field::RecoveryPlace, &mut table);
    insert_all(STATE_BASES, Field::RecoveryState, &mut table);
    insert_all(LAT_BASES, Field::RecoveryLat, &mut table);
    insert_all(LON_BASES, Field::RecoveryLon, &mut table);
    insert_all(DESCRIPTION_BASES, Field::RecoveryDescription, &mut table);
    insert_all(DATE_BASES, Field::RecoveryDate, &mut table);
    insert_all(
        &["site", "site_id", "recovery"],
        Field::RecoveryId,
        &mut table,
    );
    add_prefixed(&mut table);
    table.insert("recovery_date".to_owned(), Field::RecoveryDate);
    table
}

/// Looks a header up for a kind of table.
///
/// ```
/// use corridor_core::import::fields::{match_header, Field, TableKind};
/// assert_eq!(match_header("Store Latitude", TableKind::Traces), Some(Field::StoreLat));
/// assert_eq!(match_header("recovery_lng", TableKind::Traces), Some(Field::RecoveryLon));
/// assert_eq!(match_header("lat", TableKind::Stores), Some(Field::StoreLat));
/// assert_eq!(match_header("lat", TableKind::Traces), None);
/// assert_eq!(match_header("Municipio", TableKind::RecoverySites), Some(Field::RecoveryPlace));
/// ```
pub fn match_header(header: &str, kind: TableKind) -> Option<Field> {
    static TABLES: OnceLock<[HashMap<String, Field>; 3]> = OnceLock::new();
    let tables = TABLES.get_or_init(|| [traces_table(), stores_table(), recovery_sites_table()]);
    let table = match kind {
        TableKind::Traces => &tables[0],
        TableKind::Stores => &tables[1],
        TableKind::RecoverySites => &tables[2],
    };
    table.get(&normalise_header(header)).copied()
}

/// Which column holds each field, after matching a header row.
#[derive(Clone, Debug, Default)]
pub struct ColumnMap {
    columns: HashMap<Field, usize>,
    /// Headers that matched nothing, with their 0-based column.
    pub unrecognised: Vec<(usize, String)>,
    /// Headers that named a field already taken: (column, header, first column).
    pub duplicates: Vec<(usize, String, usize)>,
    /// Every header of the row by 0-based column, ignored columns included.
    pub headers: Vec<String>,
}

impl ColumnMap {
    /// Matches a header row against Corridor's synonyms for `kind`.
    pub fn from_headers<'a>(headers: impl IntoIterator<Item = &'a str>, kind: TableKind) -> Self {
        Self::from_headers_with(headers, kind, |header, kind| {
            match_header(header, kind).map(Some)
        })
    }

    /// Like [`Self::from_headers`] with another way to match a header
    /// (command-line overrides first): `Some(None)` means "ignore this
    /// column, silently".
    pub fn from_headers_with<'a>(
        headers: impl IntoIterator<Item = &'a str>,
        kind: TableKind,
        matcher: impl Fn(&str, TableKind) -> Option<Option<Field>>,
    ) -> Self {
        let mut map = ColumnMap::default();
        for (index, header) in headers.into_iter().enumerate() {
            let header = header.trim().trim_start_matches('\u{feff}').to_owned();
            let found = match matcher(&header, kind) {
                Some(None) => {
                    map.headers.push(header);
                    continue;
                }
                Some(Some(field)) => Some(field),
                None => None,
            };
            match found {
                Some(field) => match map.columns.get(&field) {
                    Some(&first) => map.duplicates.push((index, header.clone(), first)),
                    None => {
                        map.columns.insert(field, index);
                    }
                },
                None if header.is_empty() => {}
                None => map.unrecognised.push((index, header.clone())),
            }
            map.headers.push(header);
        }
        map
    }

    /// Says that the 0-based `column` holds `field`, replacing any earlier
    /// column.
    pub fn set(&mut self, field: Field, column: usize) {
        self.columns.insert(field, column);
    }

    /// The 0-based column holding `field`, if any.
    pub fn column(&self, field: Field) -> Option<usize> {
        self.columns.get(&field).copied()
    }

    /// Whether some column holds `field`.
    pub fn has(&self, field: Field) -> bool {
        self.columns.contains_key(&field)
    }

    /// The fields that have a column, in no particular order.
    pub fn fields(&self) -> impl Iterator<Item = Field> + '_ {
        self.columns.keys().copied()
    }

    /// Header of a 0-based column; empty past the last column.
    pub fn header_of(&self, column: usize) -> &str {
        self.headers.get(column).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_canonical_header_maps_to_its_field_in_a_traces_table() {
        for field in Field::ALL {
            if field == Field::RecoveryDescription {
                continue;
            }
            assert_eq!(
                match_header(field.header(), TableKind::Traces),
                Some(field),
                "{field:?}"
            );
        }
    }

    #[test]
    fn header_spelling_variants_are_equivalent() {
        for header in [
            "STORE_LAT",
            "Store Lat",
            "store-lat",
            "store lat",
            "StoreLat",
            "store_latitude",
            "Latitud Tienda",
        ] {
            assert_eq!(
                match_header(header, TableKind::Traces),
                Some(Field::StoreLat),
                "{header}"
            );
        }
        for header in [
            "recovery_longitude",
            "Recovery Long",
            "recovery-lng",
            "longitud_recuperacion",
        ] {
            assert_eq!(
                match_header(header, TableKind::Traces),
                Some(Field::RecoveryLon),
                "{header}"
            );
        }
        assert_eq!(
            match_header("Date of Purchase", TableKind::Traces),
            Some(Field::PurchaseDate)
        );
        assert_eq!(
            match_header("Fecha de compra", TableKind::Traces),
            Some(Field::PurchaseDate)
        );
    }

    #[test]
    fn column_map_reports_duplicates_and_unknown_headers() {
        let map = ColumnMap::from_headers(
            ["trace_id", "store_lat", "Store Latitude", "colour"],
            TableKind::Traces,
        );
        assert_eq!(map.column(Field::StoreLat), Some(1));
        assert_eq!(map.duplicates, vec![(2, "Store Latitude".to_owned(), 1)]);
        assert_eq!(map.unrecognised, vec![(3, "colour".to_owned())]);
    }
}
