//! Memoised classification for imports.
//!
//! A million-row import has only a few thousand distinct (type, make, model,
//! caliber) combinations, so remembering each answer turns most rows into a
//! single hash lookup.

use rustc_hash::FxHashMap;

use super::classification::Classification;
use super::classifier::Classifier;

/// A [`Classifier`] that remembers the answer for every distinct
/// combination of columns it has seen. Not shared between threads; give
/// each import worker its own (cloning a [`Classifier`] is cheap enough).
///
/// ```
/// use corridor_core::classify::{CachedClassifier, Classifier};
/// use corridor_core::model::WeaponClass;
///
/// let mut cached = CachedClassifier::new(Classifier::shipped()?);
/// for _ in 0..3 {
///     let c = cached.classify("RIFLE", "ROMARM/CUGIR", "WASR-10", "7.62X39");
///     assert_eq!(c.class, WeaponClass::AkPattern);
/// }
/// assert_eq!(cached.len(), 1);
/// # Ok::<(), corridor_core::classify::RulesError>(())
/// ```
#[derive(Clone, Debug)]
pub struct CachedClassifier {
    classifier: Classifier,
    /// Key → position in `results`. Keys are the four columns, each prefixed
    /// by its length, so no text can make two combinations collide.
    index: FxHashMap<Box<[u8]>, u32>,
    results: Vec<Classification>,
    key: Vec<u8>,
}

impl CachedClassifier {
    /// Wraps `classifier`, with nothing remembered yet.
    pub fn new(classifier: Classifier) -> CachedClassifier {
        CachedClassifier {
            classifier,
            index: FxHashMap::default(),
            results: Vec::new(),
            key: Vec::with_capacity(128),
        }
    }

    /// Same answer as [`Classifier::classify`], computed once per distinct
    /// combination of columns.
    pub fn classify(
        &mut self,
        weapon_type: &str,
        make: &str,
        model: &str,
        caliber: &str,
    ) -> &Classification {
        self.key.clear();
        for column in [weapon_type, make, model, caliber] {
            self.key
                .extend_from_slice(&(column.len() as u64).to_le_bytes());
            self.key.extend_from_slice(column.as_bytes());
        }
        if let Some(&i) = self.index.get(self.key.as_slice()) {
            return &self.results[i as usize];
        }
        let result = self.classifier.classify(weapon_type, make, model, caliber);
        let i = self.results.len();
        self.results.push(result);
        self.index.insert(
            self.key.as_slice().into(),
            u32::try_from(i).unwrap_or(u32::MAX),
        );
        &self.results[i]
    }

    /// Number of distinct combinations remembered.
    pub fn len(&self) -> usize {
        self.results.len()
    }

    /// Whether nothing is remembered yet.
    pub fn is_empty(&self) -> bool {
        self.results.is_empty()
    }

    /// Forget every remembered answer (the classifier is kept).
    pub fn clear(&mut self) {
        self.index.clear();
        self.results.clear();
    }

    /// The classifier that computes the answers not yet remembered.
    pub fn classifier(&self) -> &Classifier {
        &self.classifier
    }

    /// Gives the classifier back, forgetting the remembered answers.
    pub fn into_inner(self) -> Classifier {
        self.classifier
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WeaponClass;

    #[test]
    fn cached_answers_match_uncached_and_keys_do_not_collide() {
        let classifier = Classifier::from_toml_str(
            r#"
            [[model]]
            class = "pistol"
            keywords = ["GLOCK"]
            fields = ["make"]
            "#,
        )
        .unwrap();
        let mut cached = CachedClassifier::new(classifier.clone());
        let rows = [
            ("", "GLOCK", "", ""),
            ("", "", "GLOCK", ""),
            ("", "GLOCK", "", ""),
            ("GLOCK", "", "", ""),
        ];
        for (t, ma, mo, ca) in rows {
            assert_eq!(
                *cached.classify(t, ma, mo, ca),
                classifier.classify(t, ma, mo, ca)
            );
        }
        assert_eq!(cached.len(), 3);
        assert_eq!(
            cached.classify("", "GLOCK", "", "").class,
            WeaponClass::Pistol
        );
        assert_eq!(
            cached.classify("", "", "GLOCK", "").class,
            WeaponClass::Unknown
        );
        cached.clear();
        assert!(cached.is_empty());
    }
}
