//! Weapon classification: from the free-text weapon type, make, model and
//! caliber columns of a trace to a [`WeaponClass`](crate::model::WeaponClass).
//!
//! The rules live in a data file (`assets/weapon_rules.toml`, embedded as
//! [`SHIPPED_RULES`]) that users extend with their own file, tried first.
//! `docs/weapon-classes.md` describes the format, the token matching and
//! the decision procedure, and lists every shipped rule.
//!
//! GUI-free: nothing here touches egui, eframe or walkers.

mod cache;
mod classification;
mod classifier;
pub mod normalize;
mod rules;

#[cfg(test)]
mod docs_sync;
#[cfg(test)]
mod shipped_tests;

pub use cache::CachedClassifier;
pub use classification::{ClassSource, Classification, RuleRef};
pub use classifier::{Classifier, SHIPPED_RULES};
pub use rules::{Field, Rule, RuleList, RuleOrigin, RulesError};
