//! The outcome of classifying one trace, with enough provenance for the
//! importer's warnings and the details panel.

use std::fmt;
use std::sync::Arc;

use super::rules::{Field, RuleList, RuleOrigin};
use crate::model::WeaponClass;

/// Which column decided the class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClassSource {
    /// A `[[type]]` rule matched the weapon-type column.
    Type,
    /// A `[[model]]` rule matched this column.
    Model(Field),
    /// No rule decided; the class is `unknown`.
    None,
}

/// Identifies the rule that decided a classification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuleRef {
    /// The list the rule is in: `[[type]]` or `[[model]]`.
    pub list: RuleList,
    /// Whether the rule is built in or one of the user's.
    pub origin: RuleOrigin,
    /// 1-based position within its list in its file.
    pub index: usize,
    /// 1-based line of the rule in its file.
    pub line: usize,
}

impl fmt::Display for RuleRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} rule {}, line {}",
            self.origin, self.list, self.index, self.line
        )
    }
}

/// The class of one trace and why.
///
/// `Display` renders a one-line explanation for the details panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classification {
    /// The class decided; [`WeaponClass::Unknown`] when no rule decided.
    pub class: WeaponClass,
    /// Which column decided, and so which list of rules.
    pub source: ClassSource,
    /// The keyword that decided, as written in the rules file.
    pub matched: Option<Arc<str>>,
    /// The rule that decided.
    pub rule: Option<RuleRef>,
    /// Set when the weapon type named a generic class (say `pistol`) that a
    /// make/model rule refined into a pattern class (say a Draco →
    /// `ak_pattern`).
    pub refined_type: Option<WeaponClass>,
    /// The weapon-type column had text but no `[[type]]` rule matched it.
    pub unrecognised_type: bool,
}

impl Classification {
    pub(crate) fn none(unrecognised_type: bool) -> Classification {
        Classification {
            class: WeaponClass::Unknown,
            source: ClassSource::None,
            matched: None,
            rule: None,
            refined_type: None,
            unrecognised_type,
        }
    }

    /// Whether the importer should warn about this row.
    pub fn needs_warning(&self) -> bool {
        self.class == WeaponClass::Unknown || self.unrecognised_type
    }
}

impl fmt::Display for Classification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.class.id())?;
        let column = match self.source {
            ClassSource::Type => "weapon type".to_owned(),
            ClassSource::Model(field) => field.id().to_owned(),
            ClassSource::None => "no rule matched".to_owned(),
        };
        match (&self.matched, &self.rule) {
            (Some(keyword), Some(rule)) => write!(f, ": {column} matched \"{keyword}\" ({rule})")?,
            _ => write!(f, ": {column}")?,
        }
        if let Some(generic) = self.refined_type {
            write!(f, ", refining weapon type {}", generic.id())?;
        }
        if self.unrecognised_type {
            f.write_str("; weapon type not recognised")?;
        }
        Ok(())
    }
}
