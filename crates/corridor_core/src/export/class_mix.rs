//! Per-class counts as a JSON object keyed by class id, for GeoJSON
//! properties and KML descriptions.

use crate::aggregate::ClassCounts;
use crate::i18n::Lang;
use crate::model::WeaponClass;

/// `{"ak_pattern": 3, "pistol": 1}`: classes with no trace left out.
///
/// ```
/// use corridor_core::export::class_mix::class_object;
/// let mut counts = [0; 9];
/// counts[0] = 3;
/// counts[4] = 1;
/// assert_eq!(class_object(&counts).to_string(), r#"{"ak_pattern":3,"pistol":1}"#);
/// ```
pub fn class_object(counts: &ClassCounts) -> serde_json::Value {
    let map: serde_json::Map<String, serde_json::Value> = WeaponClass::ALL
        .into_iter()
        .filter(|c| counts[c.index()] > 0)
        .map(|c| (c.id().to_owned(), counts[c.index()].into()))
        .collect();
    serde_json::Value::Object(map)
}

/// "3 AK-pattern rifles, 1 Pistols" style text: most first.
pub fn class_text(counts: &ClassCounts, lang: Lang) -> String {
    let mut classes: Vec<WeaponClass> = WeaponClass::ALL
        .into_iter()
        .filter(|c| counts[c.index()] > 0)
        .collect();
    classes.sort_by_key(|c| std::cmp::Reverse(counts[c.index()]));
    classes
        .iter()
        .map(|c| format!("{} {}", counts[c.index()], c.label(lang)))
        .collect::<Vec<_>>()
        .join(", ")
}
